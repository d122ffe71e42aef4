""""Is this a scam?": the app API that both the command line and the window use.

``check(hearth, text)`` runs the offline analyser (``checks.scam``) first; then,
unless Hearth is offline or the caller says ``offline=True``, each scam-check
service the user turned on in Settings (``SCAM_SERVICES`` setting, default none).
Services that need a key are skipped with a note when no key is stored. The
verdicts are combined: a service that lists a link as dangerous raises the verdict
to "scam" and is named as a source ("URLhaus lists this link as malware"); a
model's opinion can raise "No red flags" to "Be careful" but never lowers anything.
A failing service never blocks the local verdict: it becomes a source with the
status "failed" and a plain message.

Before anything leaves the computer, personal data is removed (``checks.redact``);
``preview_outbound`` shows exactly what would be sent, for the consent display.
Every check is stored in ``scam_checks`` with a REDACTED excerpt (``history``).
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import html
import locale
import logging
import os
import re
import urllib.parse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from app import settings as S
from app.errors import InvalidInput, KeyringUnavailable, OfflineError, UserFacingError
from app.storage.scam_checks import EXCERPT_CHARS, ScamCheckRecord, ScamChecksRepo
from checks.base import Cancelled, CancelToken
from checks.i18n import N_
from checks.redact import Redacted, redact

if TYPE_CHECKING:
    from app.core import Hearth

log = logging.getLogger(__name__)

MAX_CHARS = 100_000  # longer pastes are cut here, with a note
MAX_EML_BYTES = 10 * 1024 * 1024
MAX_LOOKUP_URLS = 20
KINDS = ("auto", "message", "url", "phone", "email", "call")


@dataclasses.dataclass(frozen=True)
class ServiceInfo:
    """A scam-check service as the Settings page and the consent panel describe it."""

    name: str
    label: str
    key_name: str | None  # keyring name, or None when no key is needed
    key_optional: bool
    sends: str  # what leaves the computer, in plain words
    kind: str  # "links" (looks up links), "feed" (downloads lists), "text" (sends redacted text)


SERVICES: dict[str, ServiceInfo] = {
    "feeds": ServiceInfo(
        "feeds",
        N_("Public phishing lists (OpenPhish, URLhaus)"),
        None,
        False,
        N_("Nothing about your message: Hearth downloads the public lists and compares links on this computer."),
        "feed",
    ),
    "safe_browsing": ServiceInfo(
        "safe_browsing", "Google Safe Browsing", "safe_browsing", False, N_("The links in the message."), "links"
    ),
    "urlhaus": ServiceInfo("urlhaus", "URLhaus", "urlhaus", False, N_("The links in the message."), "links"),
    "virustotal": ServiceInfo(
        "virustotal", "VirusTotal", "virustotal", False, N_("The links in the message."), "links"
    ),
    "llm": ServiceInfo(
        "llm",
        N_("Language model (OpenAI-compatible)"),
        "llm",
        True,
        N_("The message with names, e-mail addresses, phone numbers, account numbers and addresses removed."),
        "text",
    ),
}
SERVICE_ORDER = ("feeds", "safe_browsing", "urlhaus", "virustotal", "llm")

# Declared in app/settings.py (one place for every setting), re-exported for callers.
SCAM_SERVICES = S.SCAM_SERVICES
SCAM_REGION = S.SCAM_REGION
SCAM_LLM_MODEL = S.SCAM_LLM_MODEL

VERDICT_WORDS = {
    "scam": N_("Likely scam"),
    "suspicious": N_("Be careful"),
    "likely_safe": N_("No red flags found"),
    "unknown": N_("Not enough to go on"),
}
# A low score that still lists a red flag or two (a phone number from abroad, ...).
FEW_FLAGS_WORDS = N_("A few warning signs: read them below")
#: The same words inside a sentence ("The language model thinks this is: likely scam").
_VERDICT_WORDS_INLINE = {
    "scam": N_("likely scam"),
    "suspicious": N_("be careful"),
    "likely_safe": N_("no red flags found"),
    "unknown": N_("not enough to go on"),
}
_RANK = {"unknown": 0, "likely_safe": 1, "suspicious": 2, "scam": 3}

REPORTING = {
    "US": (
        N_("Report it to the FTC at ReportFraud.ftc.gov."),
        N_("If money was lost online, also report it to the FBI at ic3.gov."),
        N_("Forward scam texts to 7726 (SPAM), then delete them."),
    ),
    "GB": (
        N_("Forward scam texts to 7726, free of charge, then delete them."),
        N_("Report it to Action Fraud at actionfraud.police.uk or call 0300 123 2040."),
        N_("Forward scam e-mails to report@phishing.gov.uk."),
    ),
}
REPORTING_OTHER = (N_("Report it to your country's consumer protection or police fraud reporting service."),)


# -- results ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class ResultReason:
    """One red flag: a plain sentence, what was seen, and where (offsets into ``ScamResult.text``)."""

    code: str
    message: str
    evidence: str
    start: int
    end: int
    points: int = 0
    source: str = "local"

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "points": self.points,
            "source": self.source,
        }


@dataclasses.dataclass(frozen=True)
class ScamResult:
    """The answer to one check.

    Attributes:
        verdict: "scam" | "suspicious" | "likely_safe" | "unknown" (combined).
        score: 0-100 (combined).
        reasons: red flags, local first, then the services that listed a link.
        advice: what to do now, step by step (with reporting places for the region).
        indicators: {"urls", "domains", "phones", "emails"} found in the text.
        sources: one dict per service asked or skipped: service, label, status, message.
        kind: what the analyser treated the input as.
        text: the text the offsets in ``reasons`` refer to (the original, capped).
        notes: plain sentences about what was not done (truncated, offline, skipped).
        local_verdict, local_score: what the offline analyser alone said.
        check_id: the row in history, or None when not stored.
    """

    verdict: str
    score: int
    reasons: tuple[ResultReason, ...]
    advice: tuple[str, ...]
    indicators: dict[str, list[str]]
    sources: tuple[dict[str, Any], ...]
    kind: str
    text: str
    notes: tuple[str, ...] = ()
    local_verdict: str = "unknown"
    local_score: int = 0
    region: str = "US"
    check_id: int | None = None

    @property
    def verdict_words(self) -> str:
        if self.verdict == "likely_safe" and self.reasons:
            # the verdict never contradicts the red flags listed under it
            return FEW_FLAGS_WORDS
        return VERDICT_WORDS.get(self.verdict, "Not enough to go on")

    def to_dict(self) -> dict[str, Any]:
        """The ``hearth scam check --json`` shape (ARCHITECTURE.md), with a few extra keys."""
        return {
            "verdict": self.verdict,
            "verdict_words": self.verdict_words,
            "score": self.score,
            "reasons": [r.to_dict() for r in self.reasons],
            "advice": list(self.advice),
            "indicators": {k: list(self.indicators.get(k, [])) for k in ("urls", "domains", "phones", "emails")},
            "sources": [dict(s) for s in self.sources],
            "kind": self.kind,
            "notes": list(self.notes),
            "local": {"verdict": self.local_verdict, "score": self.local_score},
            "region": self.region,
        }


# -- history ---------------------------------------------------------------------------------


# The table and its records live in app/storage/scam_checks.py (re-exported here).


def repo(hearth: Hearth) -> ScamChecksRepo:
    return hearth.scam_checks


def history(hearth: Hearth, member_id: int | None = None, limit: int = 50) -> list[ScamCheckRecord]:
    """Recent checks, newest first (all members when ``member_id`` is None)."""
    return repo(hearth).list(member_id, limit)


# -- settings helpers ------------------------------------------------------------------------


def enabled_services(hearth: Hearth) -> list[str]:
    chosen = set(hearth.settings.get(SCAM_SERVICES))
    return [name for name in SERVICE_ORDER if name in chosen]


def set_service_enabled(hearth: Hearth, name: str, enabled: bool) -> None:
    if name not in SERVICES:
        service = name
        raise InvalidInput(N_(f"Hearth does not know a scam-check service called {service!r}."))
    chosen = set(hearth.settings.get(SCAM_SERVICES))
    chosen.add(name) if enabled else chosen.discard(name)
    hearth.settings.set(SCAM_SERVICES, [n for n in SERVICE_ORDER if n in chosen])


def key_status(hearth: Hearth) -> dict[str, str]:
    """service -> "stored" | "missing" | "not_needed" | "no_keyring". Never the key. Call from a worker."""
    out: dict[str, str] = {}
    for name, info in SERVICES.items():
        if info.key_name is None:
            out[name] = "not_needed"
            continue
        try:
            out[name] = "stored" if hearth.secrets.get(info.key_name) else "missing"
        except KeyringUnavailable:
            out[name] = "no_keyring"
    return out


def system_region() -> str:
    """The two-letter region of the computer's locale ("en_GB" -> "GB"), or "US"."""
    candidates = []
    try:
        candidates.append(locale.getlocale()[0] or "")
    except ValueError:
        pass
    for env in ("LC_ALL", "LC_MESSAGES", "LANG"):
        candidates.append(os.environ.get(env, ""))
    for value in candidates:
        m = re.match(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})\b", value or "")
        if m:
            return m.group(1).upper()
    return "US"


def region_for(hearth: Hearth, region: str | None = None, text: str | None = None) -> str:
    """The country for phone numbers and advice: given, else the setting, else what the message shows
    (a £ Royal Mail text is British), else the computer's locale."""
    if region and len(region.strip()) == 2 and region.strip().isalpha():
        return region.strip().upper()
    saved = hearth.settings.get(SCAM_REGION)
    if saved:
        return saved.upper()
    if text:
        from checks.scam._region import infer_region

        inferred = infer_region(text)
        if inferred:
            return inferred
    return system_region()


# -- input -----------------------------------------------------------------------------------


def email_text(raw: bytes) -> str:
    """Subject and readable body of an e-mail (HTML shown as text, never rendered)."""
    try:
        msg = email.message_from_bytes(raw[:MAX_EML_BYTES], policy=email.policy.default)
    except Exception:  # noqa: BLE001 - malformed MIME: show what can be decoded
        return raw[:MAX_CHARS].decode("utf-8", errors="replace")
    parts = []
    try:
        subject = str(msg.get("Subject", "") or "")
    except Exception:  # noqa: BLE001
        subject = ""
    if subject:
        parts.append(f"Subject: {subject}")
    body_text = ""
    try:
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is not None:
            content = body.get_content()
            if isinstance(content, bytes):
                content = content.decode("utf-8", errors="replace")
            if body.get_content_subtype() == "html":
                content = html_to_text(str(content))
            body_text = str(content)
    except Exception:  # noqa: BLE001 - undecodable body
        payload = msg.get_payload(decode=True) if not msg.is_multipart() else b""
        body_text = (payload or b"").decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    parts.append(body_text)
    return "\n\n".join(p for p in parts if p)[:MAX_CHARS]


_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]{0,2000}>", re.IGNORECASE | re.DOTALL)
_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)[^>]*>""", re.IGNORECASE)


def html_to_text(markup: str) -> str:
    """Text of an HTML body; link targets are kept next to their words so they can be checked."""
    markup = _HREF.sub(lambda m: f" {m.group(1)} ", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</p\s*>|</div\s*>|</tr\s*>", "\n", markup)
    text = html.unescape(_TAG.sub(" ", markup))
    return re.sub(r"[ \t]+", " ", text).strip()


def _household_names(hearth: Hearth) -> list[str]:
    try:
        return [m.name for m in hearth.members.list()]
    except UserFacingError:
        return []


def outbound_url(url: str) -> str:
    """A link as it is sent to a look-up service: unchanged, unless its query or fragment carries
    an e-mail address (personalised phishing links), which is then cut off."""
    base, sep, rest = url.partition("?")
    if "@" in rest or "%40" in rest.lower():
        return base
    head, hsep, frag = url.partition("#")
    if "@" in frag or "%40" in frag.lower():
        return head
    return url


_TEXT_URL = re.compile(r"(?i)\bhttps?://[^\s<>\"'`]+")


def lookup_urls(text: str, indicator_urls: Sequence[str]) -> list[str]:
    """The links a look-up service would receive, as written in the ORIGINAL text (the analyser's
    normalised copies are used only for links it found that are not written out plainly, such as
    defanged "hxxp" links, and only when no plain link has the same host). Personal parts cut off."""
    found: list[str] = []
    hosts: set[str] = set()
    for m in _TEXT_URL.finditer(text[:MAX_CHARS]):
        url = m.group(0).rstrip(".,;:!?)]}'\"")
        found.append(url)
        hosts.add(_host(url))
    refanged = re.sub(r"(?i)\[\.\]|\(\.\)|\{\.\}|\[dot\]", ".", text[:MAX_CHARS]).lower()
    for url in indicator_urls:
        host = _host(url)
        # Only links whose host is really written in the message (the analyser's copies are normalised).
        if url not in found and host and host not in hosts and host in refanged:
            found.append(url)
            hosts.add(host)
    return list(dict.fromkeys(outbound_url(u) for u in found))[:MAX_LOOKUP_URLS]


def _host(url: str) -> str:
    try:
        return (urllib.parse.urlsplit(url if "://" in url else "http://" + url).hostname or "").lower()
    except ValueError:
        return ""


# -- the check --------------------------------------------------------------------------------


@dataclasses.dataclass
class _Input:
    text: str
    kind: str
    report: Any
    notes: list[str]
    sender: str | None


def _analyse(
    hearth: Hearth,
    text: str | None,
    eml_bytes: bytes | None,
    kind: str,
    region: str,
    sender: str | None,
) -> _Input:
    from checks.scam import analyse, analyse_email

    notes: list[str] = []
    names = tuple(_household_names(hearth))
    if eml_bytes is not None:
        if len(eml_bytes) > MAX_EML_BYTES:
            megabytes = MAX_EML_BYTES // (1024 * 1024)
            notes.append(N_(f"This e-mail file is very large: Hearth checked the first {megabytes} MB."))
            eml_bytes = eml_bytes[:MAX_EML_BYTES]
        report = analyse_email(eml_bytes, household_names=names, region=region)
        shown = getattr(report, "analysed_text", None) or getattr(report, "text", None)
        display = shown if isinstance(shown, str) else email_text(eml_bytes)
        return _Input(display, "email", report, notes, sender)
    text = text or ""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if len(text) > MAX_CHARS:
        length, limit = len(text), MAX_CHARS
        notes.append(N_(f"This is very long ({length:,} characters): Hearth checked the first {limit:,} characters."))
        text = text[:MAX_CHARS]
    kind = kind if kind in KINDS else "auto"
    report = analyse(text, kind=kind, household_names=names, region=region, sender=sender)
    return _Input(text, getattr(report, "kind", kind) or kind, report, notes, sender)


def _reason_from(r: Any, text: str) -> ResultReason:
    start = int(getattr(r, "start", -1) if getattr(r, "start", None) is not None else -1)
    end = int(getattr(r, "end", -1) if getattr(r, "end", None) is not None else -1)
    evidence = str(getattr(r, "evidence", "") or "")
    if not (0 <= start < end <= len(text)) and evidence:
        found = text.find(evidence)
        start, end = (found, found + len(evidence)) if found >= 0 else (-1, -1)
    return ResultReason(
        code=str(getattr(r, "code", "")),
        message=str(getattr(r, "message", "")),
        evidence=evidence,
        start=start,
        end=end,
        points=int(getattr(r, "points", 0) or 0),
    )


def _indicators(report: Any) -> dict[str, list[str]]:
    ind = getattr(report, "indicators", None)
    out: dict[str, list[str]] = {}
    for key in ("urls", "domains", "phones", "emails"):
        value = getattr(ind, key, ()) if ind is not None else ()
        out[key] = [str(v) for v in (value or ())]
    return out


def outbound_text(hearth: Hearth, text: str, *, sender: str | None = None, region: str = "US") -> Redacted:
    """The message as the language model would receive it (redacted)."""
    return redact(text[:MAX_CHARS], names=_household_names(hearth), keep_phones=[sender] if sender else (), region=region)


def preview_outbound(
    hearth: Hearth,
    text: str | None = None,
    *,
    eml_bytes: bytes | None = None,
    kind: str = "auto",
    region: str | None = None,
    sender: str | None = None,
) -> list[dict[str, Any]]:
    """What a check would send to each enabled service, for the consent display.

    One dict per enabled service: ``service``, ``label``, ``sends`` (plain words), ``items``
    (the exact links, or the redacted text), ``ready`` (False when a needed key is missing),
    ``note``, and for the language model ``removed`` (a summary of what redaction took out).
    Reads the keyring: call it from a worker in the GUI.
    """
    region = region_for(hearth, region, text)
    data = _analyse(hearth, text, eml_bytes, kind, region, sender)
    urls = lookup_urls(data.text, _indicators(data.report)["urls"])
    out: list[dict[str, Any]] = []
    for name in enabled_services(hearth):
        info = SERVICES[name]
        ready, note = _key_ready(hearth, info)
        entry: dict[str, Any] = {"service": name, "label": info.label, "sends": info.sends, "ready": ready, "note": note}
        if info.kind == "feed":
            entry["items"] = []
        elif info.kind == "links":
            entry["items"] = list(dict.fromkeys(urls))
            if not urls:
                entry["note"] = note or N_("There are no links in this message, so nothing would be sent.")
        else:
            red = outbound_text(hearth, data.text, sender=sender, region=region)
            entry["items"] = [_llm_message(red, urls, data)]
            entry["removed"] = red.summary()
        out.append(entry)
    return out


def _llm_message(red: Redacted, urls: Sequence[str], data: _Input) -> str:
    from app.services import llm

    codes = [str(getattr(r, "code", "")) for r in getattr(data.report, "reasons", ())]
    return llm.build_user_message(red.text, urls, codes)


def _key_ready(hearth: Hearth, info: ServiceInfo) -> tuple[bool, str]:
    if info.key_name is None:
        return True, ""
    label = info.label
    try:
        key = hearth.secrets.get(info.key_name)
    except KeyringUnavailable:
        key = None
        if info.key_optional:
            return True, ""
        return False, N_(f"{label} needs a key, and Hearth cannot reach the system keyring to read one.")
    if key or info.key_optional:
        return True, ""
    return False, N_(f"{label} needs a key. Add one in Settings to use it.")


def _get_key(hearth: Hearth, info: ServiceInfo) -> str | None:
    if info.key_name is None:
        return None
    try:
        return hearth.secrets.get(info.key_name)
    except KeyringUnavailable:
        return None


def _source(name: str, status: str, message: str, **extra: Any) -> dict[str, Any]:
    info = SERVICES.get(name.split(":")[0])
    return {"service": name, "label": info.label if info else name, "status": status, "message": message, **extra}


def _run_services(
    hearth: Hearth,
    data: _Input,
    region: str,
    *,
    services: Sequence[str] | None,
    cancel: CancelToken,
    progress: Callable[[int, int, str], None],
    refresh_feeds: bool = True,
) -> tuple[list[dict[str, Any]], list[Any], Any, list[str]]:
    """Ask each enabled service. Returns (sources, listings, model verdict or None, notes)."""
    from app.services import feeds, llm, safebrowsing, urlhaus, virustotal

    names = [n for n in enabled_services(hearth) if services is None or n in services]
    urls = lookup_urls(data.text, _indicators(data.report)["urls"])
    sources: list[dict[str, Any]] = []
    listings: list[Any] = []
    notes: list[str] = []
    model_verdict = None
    total = len(names)
    for i, name in enumerate(names):
        if cancel.cancelled:
            notes.append(N_("The check was stopped before every service answered."))
            break
        info = SERVICES[name]
        label = info.label
        progress(i, total, N_(f"Asking {label}…"))
        ready, note = _key_ready(hearth, info)
        if not ready:
            sources.append(_source(name, "skipped", note))
            continue
        if info.kind == "links" and not urls:
            continue
        key = _get_key(hearth, info)
        try:
            if name == "feeds":
                if refresh_feeds:
                    for st in feeds.refresh(hearth, cancel=cancel):
                        if st.message:
                            notes.append(st.message)
                found = feeds.match(hearth, urls) if urls else []
                if urls and not found:
                    sources.append(_source(name, "unknown", N_("The phishing lists are not downloaded yet.")))
                    continue
                listings += found
                if urls:
                    sources.append(_summary_source(name, found))
                continue
            if name == "llm":
                red = outbound_text(hearth, data.text, sender=data.sender, region=region)
                message = _llm_message(red, urls, data)
                model = llm.model_name(hearth, hearth.settings.get(SCAM_LLM_MODEL))
                model_verdict = llm.ask(hearth, message, model=model, key=key, cancel=cancel)
                opinion = _VERDICT_WORDS_INLINE[model_verdict.verdict]
                percent = round(model_verdict.confidence * 100)
                sources.append(
                    _source(
                        name,
                        model_verdict.verdict,
                        N_(f"The language model thinks this is: {opinion} (confidence {percent}%)."),
                        reasons=list(model_verdict.reasons),
                        model=model_verdict.model,
                    )
                )
                continue
            client = {"safe_browsing": safebrowsing, "urlhaus": urlhaus, "virustotal": virustotal}[name]
            found = client.lookup(hearth, urls, key=key or "", cancel=cancel)
            listings += found
            sources.append(_summary_source(name, found))
        except Cancelled:
            notes.append(N_("The check was stopped before every service answered."))
            break
        except OfflineError as exc:
            sources.append(_source(name, "offline", exc.message))
        except UserFacingError as exc:
            sources.append(_source(name, "failed", f"{exc.message} {exc.hint}".strip()))
        except Exception:  # noqa: BLE001 - a bug in one service must not block the verdict
            log.exception("scam service %s failed", name)
            sources.append(_source(name, "failed", N_(f"{label} could not be asked because of a problem in Hearth.")))
    progress(total, total, N_("Done"))
    return sources, listings, model_verdict, notes


def _summary_source(name: str, found: Sequence[Any]) -> dict[str, Any]:
    from app.services.safebrowsing import FLAGGED, LISTED, NOT_LISTED

    listed = [f for f in found if f.status == LISTED]
    flagged = [f for f in found if f.status == FLAGGED]
    if listed:
        status, message = "listed", " ".join(dict.fromkeys(f.detail for f in listed))
    elif flagged:
        status, message = "flagged", " ".join(dict.fromkeys(f.detail for f in flagged))
    elif found and all(f.status == NOT_LISTED for f in found):
        label = SERVICES[name].label
        message = found[0].detail if len(found) == 1 else N_(f"{label} lists none of these links.")
        status = "not_listed"
    else:
        status, message = "unknown", found[0].detail if found else N_("No answer about these links.")
    return _source(name, status, message, listings=[f.to_dict() for f in found])


def advice_for(verdict: str, region: str) -> tuple[str, ...]:
    """General next steps for a verdict (used when a service changed the verdict)."""
    report = REPORTING.get(region.upper(), REPORTING_OTHER)
    if verdict == "scam":
        return (
            N_("Do not reply, do not click the link and do not call any number in the message."),
            N_(
                "If it claims to be your bank or a company, contact them using the number on your card or their "
                "official website."
            ),
            N_("Never share a code, a password or card details because a message asked for them."),
            *report,
            N_("Block the sender and delete the message."),
        )
    if verdict == "suspicious":
        return (
            N_("Do not click the link or reply until you are sure who sent it."),
            N_("Check with the company or person another way, using a number you already know."),
            *report,
        )
    return (N_("If anything about it still feels wrong, ask someone you trust before you act."),)


def check(
    hearth: Hearth,
    text: str | None = None,
    *,
    eml_bytes: bytes | None = None,
    member_id: int | None = None,
    offline: bool = False,
    region: str | None = None,
    cancel: CancelToken | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    kind: str = "auto",
    sender: str | None = None,
    services: Sequence[str] | None = None,
    store: bool = True,
    refresh_feeds: bool = True,
) -> ScamResult:
    """Check a message (text) or an e-mail file (eml_bytes). Never raises for a failing service.

    Raises InvalidInput for no input, NotFound for an unknown member, and checks.base.Cancelled
    when ``cancel`` was set while services were being asked (nothing is stored then).
    """
    cancel = cancel or CancelToken()
    progress = progress or (lambda done, total, text: None)
    if text is None and eml_bytes is None:
        raise InvalidInput(N_("There is nothing to check."), hint=N_("Paste a message, a link or a phone number."))
    if member_id is not None:
        hearth.members.get(member_id)  # NotFound when the member was removed
    region = region_for(hearth, region, text)
    data = _analyse(hearth, text, eml_bytes, kind, region, sender)
    report = data.report
    local_verdict = str(getattr(report, "verdict", "unknown") or "unknown")
    local_score = int(getattr(report, "score", 0) or 0)
    reasons = [_reason_from(r, data.text) for r in getattr(report, "reasons", ())]
    notes = list(data.notes)
    sources: list[dict[str, Any]] = []
    listings: list[Any] = []
    model_verdict = None

    wants_online = bool(enabled_services(hearth)) and (services is None or bool(services))
    if wants_online:
        if offline:
            notes.append(N_("Online services were not asked (offline check)."))
        elif hearth.is_offline():
            notes.append(N_("Hearth is set to work offline, so the online services were not asked."))
        else:
            sources, listings, model_verdict, more = _run_services(
                hearth, data, region, services=services, cancel=cancel, progress=progress, refresh_feeds=refresh_feeds
            )
            notes += more
            if cancel.cancelled:
                raise Cancelled()  # a stopped check is not stored and its result is not shown

    verdict, score = local_verdict, local_score
    from app.services.safebrowsing import FLAGGED, LISTED

    for listing in listings:
        if listing.status not in (LISTED, FLAGGED):
            continue
        pos = data.text.find(listing.url)
        reasons.append(
            ResultReason(
                code=f"service_{listing.service.replace(':', '_')}_{listing.status}",
                message=listing.detail,
                evidence=listing.url,
                start=pos,
                end=pos + len(listing.url) if pos >= 0 else -1,
                points=0,
                source=listing.service,
            )
        )
        if listing.status == LISTED:
            verdict, score = "scam", max(score, 90)
        elif _RANK[verdict] < _RANK["suspicious"]:
            verdict, score = "suspicious", max(score, 50)
    if (
        model_verdict is not None
        and model_verdict.verdict in ("scam", "suspicious")
        and model_verdict.confidence >= 0.6
        and _RANK[verdict] < _RANK["suspicious"]
    ):
        verdict, score = "suspicious", max(score, 45)
        reasons.append(
            ResultReason(
                code="service_llm_opinion",
                # Two sentences: ours (translated) and the model's own reason (in its words).
                message=N_("The language model you turned on thinks this may be a scam:")
                + " "
                + (model_verdict.reasons[0] if model_verdict.reasons else N_("it gave no reason.")),
                evidence="",
                start=-1,
                end=-1,
                source="llm",
            )
        )

    advice = tuple(str(a) for a in getattr(report, "advice", ()) or ())
    if verdict != local_verdict or not advice:
        advice = advice_for(verdict, region)
    result = ScamResult(
        verdict=verdict,
        score=max(0, min(100, int(score))),
        reasons=tuple(reasons),
        advice=advice,
        indicators=_indicators(report),
        sources=tuple(sources),
        kind=data.kind,
        text=data.text,
        notes=tuple(notes),
        local_verdict=local_verdict,
        local_score=local_score,
        region=region,
    )
    if store:
        check_id = _store(hearth, result, member_id, sender=data.sender, region=region)
        result = dataclasses.replace(result, check_id=check_id)
    return result


def _store(hearth: Hearth, result: ScamResult, member_id: int | None, *, sender: str | None, region: str) -> int:
    names = _household_names(hearth)
    keep = [sender] if sender else []

    def clean(s: str, limit: int = 300) -> str:
        return redact(s[:2000], names=names, keep_phones=keep, region=region).text[:limit]

    excerpt = " ".join(clean(result.text, 4000).split())
    if len(excerpt) > EXCERPT_CHARS:
        excerpt = excerpt[: EXCERPT_CHARS - 1].rstrip() + "…"
    reasons = [{"code": r.code, "message": clean(r.message), "evidence": clean(r.evidence, 200)} for r in result.reasons]
    sources = [{"service": s.get("service"), "status": s.get("status"), "message": clean(str(s.get("message", "")))} for s in result.sources]
    return repo(hearth).add(
        member_id=member_id,
        kind=result.kind,
        excerpt=excerpt,
        verdict=result.verdict,
        score=result.score,
        reasons=reasons,
        sources=sources,
    )


# -- pictures ------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class ImageCheck:
    """A check of a picture: what was read from it (``ocr``) and the verdict on that text (``result``)."""

    result: ScamResult
    ocr: Any  # app.ocr.OcrResult

    def to_dict(self) -> dict[str, Any]:
        """The ``scam check --image --json`` shape: the scam shape plus ``text`` and ``ocr``."""
        return {**self.result.to_dict(), "text": self.ocr.text, "ocr": self.ocr.as_json()}


def read_image(
    source: str | os.PathLike[str] | bytes,
    *,
    language: str | None = None,
    cancel: CancelToken | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> Any:
    """Read the text in a picture on this computer (``app.ocr``); nothing is stored or sent."""
    from app import i18n, ocr

    image = ocr.load_image(source)
    return ocr.read_text(image, language or i18n.current(), cancel=cancel, progress=progress)


def check_image(
    hearth: Hearth,
    source: str | os.PathLike[str] | bytes,
    *,
    language: str | None = None,
    cancel: CancelToken | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    **kwargs: Any,
) -> ImageCheck:
    """Read a screenshot and judge the text in it as pasted text is judged.

    The picture never leaves the computer and is never stored: an online service the user turned
    on receives the redacted text, and history keeps the redacted text. A picture that cannot be
    read raises InvalidInput (or app.ocr.OcrUnavailable) and stores nothing.
    """
    read = read_image(source, language=language, cancel=cancel, progress=progress)
    result = check(hearth, read.text, cancel=cancel, progress=progress, **kwargs)
    return ImageCheck(result=result, ocr=read)
