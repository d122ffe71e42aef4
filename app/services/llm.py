"""An OpenAI-compatible language model asked for a structured scam verdict.

``POST {base}/v1/chat/completions`` with ``response_format`` ``json_schema`` (the
nested ``json_schema.schema`` form that OpenAI, Ollama and llama.cpp all read) and
``temperature: 0`` (PROTOCOLS.md §4). The caller passes text that is ALREADY
REDACTED (checks.redact); this module never sees the original message.

The answer is parsed defensively: a refusal, a cut-off answer, invalid JSON or
JSON of the wrong shape all become a plain ServiceError. If the server rejects
``json_schema`` (400), one retry asks for ``json_object`` and validates the result.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from app import config
from app.errors import ServiceError
from app.services.http import describe_refusal
from app.services.safebrowsing import read_json
from checks.base import CancelToken
from checks.i18n import N_

if TYPE_CHECKING:
    from app.core import Hearth

TIMEOUT = (5.0, 60.0)  # (connect, read) seconds
SERVICE = "llm"
LABEL = N_("The language model")
ENV_MODEL = config.LLM_MODEL
VERDICTS = ("scam", "suspicious", "likely_safe", "unknown")
MAX_TEXT = 4000

SYSTEM_PROMPT = (
    "You classify messages as scams. Personal details in the message were replaced with words in "
    "square brackets such as [name] or [phone number]; that is normal and not a warning sign. "
    "Reply only with JSON matching the schema: verdict is one of scam, suspicious, likely_safe, unknown; "
    "confidence is between 0 and 1; reasons are short plain sentences a 12-year-old can understand."
)

SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["verdict", "confidence", "reasons", "red_flags"],
    "properties": {
        "verdict": {"type": "string", "enum": list(VERDICTS)},
        "confidence": {"type": "number"},
        "reasons": {"type": "array", "items": {"type": "string"}},
        "red_flags": {"type": "array", "items": {"type": "string"}},
    },
}


@dataclasses.dataclass(frozen=True)
class ModelVerdict:
    """What the model said (already validated).

    Attributes:
        verdict: one of VERDICTS.
        confidence: 0..1.
        reasons: up to five short sentences.
        red_flags: up to ten short phrases.
        model: the model that answered.
    """

    verdict: str
    confidence: float
    reasons: tuple[str, ...]
    red_flags: tuple[str, ...]
    model: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "confidence": self.confidence,
            "reasons": list(self.reasons),
            "red_flags": list(self.red_flags),
            "model": self.model,
        }


def model_name(hearth: Hearth, setting_value: str = "") -> str:
    return config.current().llm_model or (setting_value or "").strip()


def endpoint(base: str) -> str:
    base = base.rstrip("/")
    if base.endswith("/chat/completions"):
        return base
    if base.endswith("/v1"):
        return f"{base}/chat/completions"
    return f"{base}/v1/chat/completions"


def build_user_message(redacted_text: str, urls: Sequence[str] = (), local_codes: Sequence[str] = ()) -> str:
    text = redacted_text[:MAX_TEXT]
    parts = ["Message (personal details replaced):", text]
    if urls:
        parts += ["", "Links in the message:", *[f"- {u}" for u in list(urls)[:20]]]
    if local_codes:
        parts += ["", "Warning signs found by simple rules: " + ", ".join(list(local_codes)[:20])]
    return "\n".join(parts)


def build_request(model: str, user_message: str, *, mode: str = "json_schema") -> dict[str, Any]:
    if mode == "json_schema":
        response_format: dict[str, Any] = {
            "type": "json_schema",
            "json_schema": {"name": "scam_verdict", "strict": True, "schema": SCHEMA},
        }
    else:
        response_format = {"type": "json_object"}
    return {
        "model": model,
        "temperature": 0,
        "messages": [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": user_message},
        ],
        "response_format": response_format,
    }


def _bad(message: str) -> ServiceError:
    return ServiceError(message, hint=N_("The check on this computer still counts."), service=SERVICE)


#: Deeper JSON than this is refused before it is parsed (a verdict needs 4 levels; Python's parser
#: raises RecursionError, not ValueError, on an answer nested 100,000 levels deep).
MAX_JSON_DEPTH = 32
_JSON_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def json_too_deep(body: bytes | str, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when ``body`` opens more than ``limit`` arrays or objects inside each other (strings skipped)."""
    data = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    depth = 0
    for m in _JSON_TOKENS.finditer(data):
        token = m.group(0)
        if token in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        elif token in (b"]", b"}"):
            depth -= 1
    return False


def _too_deep_error() -> ServiceError:
    return _bad(N_("The language model sent an answer nested too deeply for Hearth to read."))


_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


def parse_response(data: Any, model: str) -> ModelVerdict:
    """Validate a chat-completions answer and read the verdict out of it."""
    unreadable = N_("The language model sent an answer Hearth could not read.")
    if not isinstance(data, dict):
        raise _bad(unreadable)
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise _bad(unreadable)
    choice = choices[0]
    message = choice.get("message")
    if not isinstance(message, dict):
        raise _bad(unreadable)
    if message.get("refusal"):
        raise _bad(N_("The language model declined to answer."))
    content = message.get("content")
    if choice.get("finish_reason") == "length":
        raise _bad(N_("The language model's answer was cut off before it finished."))
    if not isinstance(content, str) or not content.strip():
        raise _bad(N_("The language model gave an empty answer."))
    fenced = _FENCE.match(content)
    if fenced:
        content = fenced.group(1)
    if json_too_deep(content):
        raise _too_deep_error()
    try:
        verdict = json.loads(content)
    except ValueError:
        raise _bad(N_("The language model's answer was not in the expected form.")) from None
    if not isinstance(verdict, dict) or verdict.get("verdict") not in VERDICTS:
        raise _bad(N_("The language model's answer was not in the expected form."))
    try:
        confidence = float(verdict.get("confidence", 0.0))
    except (TypeError, ValueError):
        confidence = 0.0
    if confidence != confidence:  # NaN
        confidence = 0.0
    confidence = min(1.0, max(0.0, confidence if confidence <= 1.0 else confidence / 100.0))

    def strings(value: Any, limit: int) -> tuple[str, ...]:
        if not isinstance(value, list):
            return ()
        out = []
        for item in value:
            if isinstance(item, str) and item.strip():
                out.append(" ".join(item.split())[:300])
            if len(out) >= limit:
                break
        return tuple(out)

    named = data.get("model")
    answered_by = named if isinstance(named, str) else model
    return ModelVerdict(
        verdict["verdict"], confidence, strings(verdict.get("reasons"), 5), strings(verdict.get("red_flags"), 10), answered_by
    )


def ask(
    hearth: Hearth,
    user_message: str,
    *,
    model: str,
    key: str | None = None,
    cancel: CancelToken | None = None,
) -> ModelVerdict:
    """Ask the model for a verdict on ``user_message`` (redacted text, see build_user_message)."""
    base = hearth.service_url(SERVICE)
    if not base:
        raise ServiceError(
            N_("No language model address is set."),
            hint=N_("In Settings, under 'Language model', open 'Advanced' and type where it runs."),
            service=SERVICE,
        )
    if not model:
        raise ServiceError(
            N_("No language model is chosen."),
            hint=N_("In Settings, under 'Language model', open 'Advanced' and type which model it should use."),
            service=SERVICE,
        )
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    session = hearth.session(SERVICE, cancel=cancel, timeout=TIMEOUT)
    try:
        for mode in ("json_schema", "json_object"):
            response = session.post(
                endpoint(base),
                json=build_request(model, user_message, mode=mode),
                headers=headers,
                purpose=N_("ask the language model about a message (personal details removed)"),
            )
            if response.status_code == 400 and mode == "json_schema":
                continue  # the server may not support json_schema: try json_object once
            if response.status_code != 200:
                raise describe_refusal(SERVICE, response)
            if json_too_deep(response.content or b""):
                raise _too_deep_error()
            return parse_response(read_json(SERVICE, LABEL, response), model)
    finally:
        session.close()
    raise describe_refusal(SERVICE, response)
