""" "Is this a scam?": the app API that both the command line and the window use.

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
import locale
import logging
import os
import re
import urllib.parse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from app import settings as S
from app.errors import InvalidInput, KeyringUnavailable, OfflineError, UserFacingError
from app.services.http import overall_deadline, time_left
from app.storage.scam_checks import EXCERPT_CHARS, ScamCheckRecord, ScamChecksRepo
from checks.base import Cancelled, CancelToken
from checks.i18n import N_, Msg, map_text
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


_LINKS_SENT = N_("The links in the message, cut short before any personal details in them.")

SERVICES: dict[str, ServiceInfo] = {
    "feeds": ServiceInfo(
        "feeds",
        N_("Public phishing lists (OpenPhish, URLhaus)"),
        None,
        False,
        N_("Nothing about your message: Hearth downloads the public lists and compares links on this computer."),
        "feed",
    ),
    "safe_browsing": ServiceInfo("safe_browsing", "Google Safe Browsing", "safe_browsing", False, _LINKS_SENT, "links"),
    "urlhaus": ServiceInfo("urlhaus", "URLhaus", "urlhaus", False, _LINKS_SENT, "links"),
    "virustotal": ServiceInfo("virustotal", "VirusTotal", "virustotal", False, _LINKS_SENT, "links"),
    "llm": ServiceInfo(
        "llm",
        N_("Language model (OpenAI-compatible)"),
        "llm",
        True,
        N_(
            "The message with names, personal words, e-mail addresses, phone, card and account numbers, "
            "passwords and codes, dates of birth and addresses removed."
        ),
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
    # "likely_safe" that listed red flags, in a list of past checks (shown_verdict)
    "warning_signs": N_("A few warning signs"),
}
# A low score that still lists a red flag or two (a phone number from abroad, ...).
FEW_FLAGS_WORDS = N_("A few warning signs: read them below")
#: The same in a list of past checks, where there is nothing "below" to read.
FEW_FLAGS_SHORT = VERDICT_WORDS["warning_signs"]


def shown_verdict(verdict: str, has_reasons: bool) -> str:
    """The verdict as people see it: "likely_safe" that lists red flags is shown as "warning_signs", so that a past
    check never reads "No red flags found" above the flags it found."""
    return "warning_signs" if verdict == "likely_safe" and has_reasons else verdict
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
    shown_first: int = 0  # the analyser's: reasons[:shown_first] of the local ones come first (0: all)

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
        raise InvalidInput(N_("Hearth does not know a scam-check service called {service}.", service=repr(name)))
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


def html_to_text(markup: str) -> str:
    """Text of an HTML body; link targets are kept next to their words so they can be checked.

    One converter, the scam check's (``html.parser``, the standard tokenizer), not a second set of regexes.
    """
    from checks.scam._email import html_to_text as convert

    return convert(markup)[0]


def _household_names(hearth: Hearth) -> list[str]:
    try:
        return [m.name for m in hearth.members.list()]
    except UserFacingError:
        return []


def _household_words(hearth: Hearth) -> list[str]:
    """Every member's personal words (pets, streets, teams...): they never leave the computer."""
    try:
        return [w for m in hearth.members.list() for w in m.personal_words]
    except UserFacingError:
        return []


@dataclasses.dataclass(frozen=True)
class Redactor:
    """One way of removing personal data, used for what is sent AND for what is stored."""

    names: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    keep_phones: tuple[str, ...] = ()
    region: str = "US"

    def __call__(self, text: str) -> Redacted:
        return redact(text, names=self.names, words=self.words, keep_phones=self.keep_phones, region=self.region)


def redactor(hearth: Hearth, *, sender: str | None = None, region: str = "US") -> Redactor:
    """The household's redactor: its names and personal words, the sender's number kept."""
    return Redactor(
        tuple(_household_names(hearth)), tuple(_household_words(hearth)), (sender,) if sender else (), region
    )


def outbound_url(url: str, clean: Redactor | None = None) -> str:
    """A link as it is sent to a look-up service: the scheme, host and the path up to the first
    part that held personal data; the query and fragment are cut off when they held any (an
    e-mail address, a card or phone number, a name, a password...). Otherwise unchanged."""
    red = (clean or Redactor())(url)
    if not red.replacements:
        return url
    text = red.text.strip()
    head, _, frag = text.partition("#")
    base, _, query = head.partition("?")
    if _PLACEHOLDER.search(frag):
        frag = ""
    if _PLACEHOLDER.search(query):
        query = frag = ""
    scheme, sep, rest = base.partition("://")
    if not sep:
        scheme, rest = "", base
    host, slash, path = rest.partition("/")
    if _PLACEHOLDER.search(host):  # a login in the link ("user:pass@host"): only the host goes
        host = host.rpartition("@")[2]
    segments = path.split("/") if slash else []
    for i, segment in enumerate(segments):
        if _PLACEHOLDER.search(segment):
            segments, query, frag = segments[:i], "", ""
            slash = "/"
            break
    out = (scheme + sep if sep else "") + host + (slash + "/".join(segments) if slash else "")
    if query:
        out += "?" + query
    if frag:
        out += "#" + frag
    return out


_PLACEHOLDER = re.compile(r"\[[^\[\]]+\]")


_TEXT_URL = re.compile(r"(?i)\bhttps?://[^\s<>\"'`]+")


def lookup_urls(text: str, indicator_urls: Sequence[str], clean: Redactor | None = None) -> list[str]:
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
    return list(dict.fromkeys(outbound_url(u, clean) for u in found))[:MAX_LOOKUP_URLS]


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
    sender_known: bool | None = None,
) -> _Input:
    from checks.scam import analyse, analyse_email

    notes: list[str] = []
    names = tuple(_household_names(hearth))
    if eml_bytes is not None:
        if len(eml_bytes) > MAX_EML_BYTES:
            megabytes = MAX_EML_BYTES // (1024 * 1024)
            notes.append(
                N_("This e-mail file is very large: Hearth checked the first {megabytes} MB.", megabytes=megabytes)
            )
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
        notes.append(
            N_(
                "This is very long ({length} characters): Hearth checked the first {limit} characters.",
                length=length,
                limit=limit,
            )
        )
        text = text[:MAX_CHARS]
    kind = kind if kind in KINDS else "auto"
    report = analyse(text, kind=kind, household_names=names, region=region, sender=sender, sender_known=sender_known)
    return _Input(text, getattr(report, "kind", kind) or kind, report, notes, sender)


def _message(value: Any) -> str:
    return value if isinstance(value, Msg) else str(value or "")


def _reason_from(r: Any, text: str) -> ResultReason:
    start = int(getattr(r, "start", -1) if getattr(r, "start", None) is not None else -1)
    end = int(getattr(r, "end", -1) if getattr(r, "end", None) is not None else -1)
    evidence = str(getattr(r, "evidence", "") or "")
    if not (0 <= start < end <= len(text)) and evidence:
        found = text.find(evidence)
        start, end = (found, found + len(evidence)) if found >= 0 else (-1, -1)
    return ResultReason(
        code=str(getattr(r, "code", "")),
        message=_message(getattr(r, "message", "")),  # a Msg stays a Msg: it is translated when shown
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
    return redactor(hearth, sender=sender, region=region)(text[:MAX_CHARS])


@dataclasses.dataclass(frozen=True)
class Outbound:
    """Exactly what a check sends: the links for the look-up services and the model's message."""

    urls: tuple[str, ...]
    redacted: Redacted
    model_message: str


def outbound(hearth: Hearth, data: _Input, region: str, *, text: bool = True) -> Outbound:
    """What the services of one check receive (the preview and the check both use this).
    With ``text=False`` (no language model turned on) the message itself is not prepared."""
    clean = redactor(hearth, sender=data.sender, region=region)
    urls = lookup_urls(data.text, _indicators(data.report)["urls"], clean)
    if not text:
        return Outbound(tuple(urls), Redacted("", ()), "")
    red = clean(data.text[:MAX_CHARS])
    return Outbound(tuple(urls), red, _llm_message(red, urls, data))


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
    sent = outbound(hearth, data, region, text="llm" in enabled_services(hearth))
    urls = list(sent.urls)
    out: list[dict[str, Any]] = []
    for name in enabled_services(hearth):
        info = SERVICES[name]
        ready, note = _key_ready(hearth, info)
        entry: dict[str, Any] = {
            "service": name,
            "label": info.label,
            "sends": info.sends,
            "ready": ready,
            "note": note,
        }
        if info.kind == "feed":
            entry["items"] = []
        elif info.kind == "links":
            entry["items"] = list(dict.fromkeys(urls))
            if not urls:
                entry["note"] = note or N_("There are no links in this message, so nothing would be sent.")
        else:
            entry["items"] = [sent.model_message]
            entry["removed"] = sent.redacted.summary()
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
        return False, N_("{label} needs a key, and Hearth cannot reach this computer's secure key store to read one.", label=label)
    if key or info.key_optional:
        return True, ""
    return False, N_("{label} needs a key. Add one in Settings to use it.", label=label)


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
    from app.services import llm

    names = [n for n in enabled_services(hearth) if services is None or n in services]
    sent = outbound(hearth, data, region, text="llm" in names)
    sources: list[dict[str, Any]] = []
    listings: list[Any] = []
    notes: list[str] = []
    total = len(names)
    with overall_deadline():  # the whole check waits at most 30 s for all services together
        _ask_each(hearth, data, names, sent, sources, listings, notes, cancel, progress, refresh_feeds)
    model_verdict = next((m for m in listings if isinstance(m, llm.ModelVerdict)), None)
    listings = [f for f in listings if not isinstance(f, llm.ModelVerdict)]
    progress(total, total, N_("Done"))
    return sources, listings, model_verdict, notes


def _ask_each(
    hearth: Hearth,
    data: _Input,
    names: Sequence[str],
    sent: Outbound,
    sources: list[dict[str, Any]],
    listings: list[Any],
    notes: list[str],
    cancel: CancelToken,
    progress: Callable[[int, int, str], None],
    refresh_feeds: bool,
) -> None:
    """Ask each service in turn, adding to ``sources``, ``listings`` (with the model's verdict) and ``notes``."""
    from app.services import feeds, llm, safebrowsing, urlhaus, virustotal

    urls = list(sent.urls)
    total = len(names)
    for i, name in enumerate(names):
        if cancel.cancelled:
            notes.append(N_("The check was stopped before every service answered."))
            break
        info = SERVICES[name]
        label = info.label
        left = time_left()
        if left is not None and left <= 0:
            sources.append(
                _source(
                    name,
                    "skipped",
                    N_("{label} was not asked: the services before it used all the time a check may wait.", label=label),
                )
            )
            continue
        progress(i, total, N_("Asking {label}…", label=label))
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
                message = sent.model_message
                model = llm.model_name(hearth, hearth.settings.get(SCAM_LLM_MODEL))
                model_verdict = llm.ask(hearth, message, model=model, key=key, cancel=cancel)
                listings.append(model_verdict)
                opinion = _VERDICT_WORDS_INLINE[model_verdict.verdict]
                percent = round(model_verdict.confidence * 100)
                sources.append(
                    _source(
                        name,
                        model_verdict.verdict,
                        N_(
                            "The language model thinks this is: {opinion} (confidence {percent}%).",
                            opinion=opinion,
                            percent=percent,
                        ),
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
            sources.append(
                _source(name, "failed", N_("{label} could not be asked because of a problem in Hearth.", label=label))
            )


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
        message = found[0].detail if len(found) == 1 else N_("{label} lists none of these links.", label=label)
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
    sender_known: bool | None = None,
    services: Sequence[str] | None = None,
    store: bool = True,
    refresh_feeds: bool = True,
) -> ScamResult:
    """Check a message (text) or an e-mail file (eml_bytes). Never raises for a failing service.

    ``sender_known`` is what the person says about the sender: True, someone they know; False, a
    number or address they don't know (a friendly first text from a stranger is then a warning
    sign); None, not said.

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
    data = _analyse(hearth, text, eml_bytes, kind, region, sender, sender_known)
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

    advice = tuple(_message(a) for a in getattr(report, "advice", ()) or ())  # messages stay messages
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
        shown_first=int(getattr(report, "shown_first", 0) or 0),
        region=region,
    )
    if store:
        check_id = _store(hearth, result, member_id, sender=data.sender, region=region)
        result = dataclasses.replace(result, check_id=check_id)
        from app import care  # noqa: PLC0415 - loaded only when a check is stored

        care.after_change(hearth, member_id)  # a caregiver at a distance gets an update (issue 18)
    return result


def _store(hearth: Hearth, result: ScamResult, member_id: int | None, *, sender: str | None, region: str) -> int:
    """Store the check with the text redacted exactly as it is for sending (the same redactor),
    and only then shortened (a number or an address cut in half would no longer be found)."""
    redacted = redactor(hearth, sender=sender, region=region)
    whole = redacted(result.text[:MAX_CHARS]).text

    def clean(s: str, limit: int = 300) -> str:
        return _shorten(redacted(s).text, limit)

    def evidence(s: str) -> str:
        # A piece of the message, redacted alone, must read the same in the redacted message:
        # otherwise something around it was personal ("password: hunter2" quoted as "hunter2").
        piece = redacted(s).text
        return _shorten(piece, 200) if piece.strip() and piece in whole else ""

    excerpt = _shorten(" ".join(whole.split()), EXCERPT_CHARS)
    def clean_msg(m: Any) -> Any:
        # a message keeps its template (translated when shown); only the data in it is redacted
        return map_text(m, lambda t: redacted(t).text) if isinstance(m, Msg) else clean(str(m or ""))

    reasons = [{"code": r.code, "message": clean_msg(r.message), "evidence": evidence(r.evidence)}
               for r in result.reasons]
    sources = [
        {"service": s.get("service"), "status": s.get("status"), "message": clean_msg(s.get("message", ""))}
        for s in result.sources
    ]
    return repo(hearth).add(
        member_id=member_id,
        kind=result.kind,
        excerpt=excerpt,
        verdict=result.verdict,
        score=result.score,
        reasons=reasons,
        sources=sources,
    )


def _shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, never cutting a placeholder in half."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    opened = cut.rfind("[")
    if opened > cut.rfind("]"):
        cut = cut[:opened]
    return cut.rstrip() + "…"


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
