"""Spanish for everything the scam analyser shows: verdicts, reasons, advice, notes and service texts.

Drives the real code (``checks.scam.analyse`` / ``analyse_email``, ``checks.redact``, ``app.scam``
without network) over many inputs, collects every text a person would read, and checks that
``app.i18n.translate(text, "es", strict=True)`` translates it and that the Spanish differs from the
English. A second check looks inside the Spanish for English left in a value: no marked English
phrase of these files may survive translation. Finally every text marked in the scam files
(checks/scam except _signals.py, checks/redact.py, app/scam.py) must have been produced at least
once, so a marked branch that no input reaches is noticed.
"""

from __future__ import annotations

import csv
import functools
import re
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from app import i18n
from app import scam as app_scam
from app.errors import InvalidInput, KeyringUnavailable
from checks.base import CancelToken
from checks.redact import KIND_LABELS, Redacted, Replacement, redact
from checks.scam import MAX_CHARS, analyse, analyse_email
from checks.scam._countries import COUNTRY_NAMES
from checks.scam._phones import PhoneHit, phone_flags
from phonenumbers import PhoneNumberType as T
from tests.helpers.producers import run_producers
from tests.unit.checks.test_scam_corpus import EMAIL_LEGIT, EMAIL_SCAMS, LEGIT, LEGIT_MORE, SCAMS, SCAMS_MORE
from tests.unit.checks.test_scam_email import LEGIT as LEGIT_EML
from tests.unit.checks.test_scam_email import PHISH as PHISH_EML
from tests.unit.checks.test_scam_urls import CASES as URL_CASES

ROOT = Path(__file__).resolve().parents[3]
SMS_DEV = Path(__file__).resolve().parents[2] / "data" / "scam" / "sms-dev.csv"
MODERN = ROOT / "tests" / "data" / "scam_modern.csv"
MY_FILES = ("checks/scam/__init__.py", "checks/scam/_urls.py", "checks/scam/_phones.py", "checks/scam/_email.py",
            "checks/scam/_countries.py", "checks/scam/_data.py", "checks/scam/_text.py", "checks/redact.py",
            "app/scam.py")
REGIONS = ("US", "GB", "ES", "FR")

# ---------------------------------------------------------------------------------------------
# inputs


MESSAGES = [
    # links: lookalike domains, IP links, shorteners, punycode, tunnels, free hosts ...
    "PayPal: your account is limited, verify now at https://paypa1.com/login",
    "HTTPS:/A*H",  # flagged for the link's shape alone: the model_link reason
    "Amazon: confirm your order at http://185.203.44.17/amazon/login or it will be cancelled",
    "Your parcel is waiting, pay the fee at https://bit.ly/3AbCdEf today",
    "Apple ID locked. Unlock at https://xn--pple-43d.com/verify",
    "Netflix: update billing at https://netflix-billing.weebly.com/login now",
    "Your bank: confirm at https://secure-banking-update.com/confirm",
    "Click here: https://abc-files.trycloudflare.com/doc",
    "USPS: redelivery fee due https://usps.com-trackhelp.top/us",
    "Chase alert: sign in at https://chase.account-verify.co/login",
    "Microsoft: your licence expired, download the fix https://ms-fix-tools.com/update.exe",
    "Open https://www.paypal.com@verify-user.top/signin to keep your account",
    "Verify: http://%70aypal-help.com/ now",
    "Your package is on hold: http://parcel-help.example-shop.com:8081/pay",
    "Claim prize: https://a.b.c.d.e.example-service.com/claim",
    "Join us https://wa.me/15555550123 to claim your reward",
    "Pay now javascript:alert(1)",
    "Toll due: https://parcel-status.top/id pay today",
    "Visit https://bücher-shop.com/angebote for your refund",
    "Pay at https://pаypal.com/signin today",  # Cyrillic letter
    "Pay your toll at https://e-zpass.com-tollpay.vip/pay within 24 hours",
    "Login at https://gov.uk-tax-refund.info/claim to get your refund",
    "Your Netflix is on hold. Update at https://example-billing.com/pay",
    "Your account is on hold. Update now: bit.ly/3xUpd",
    "USPS: package on hold, pay now https://bit.ly/x or call 1-888-555-0100 or email help@uspsfix.com",
    "You won a prize! Contact claims@prize-desk.com or reply YES",
    "Hi, is this Jessica? It's Amanda, nice to meet you",
    "Sorry, wrong number! You seem nice though, where are you from?",
    # phones
    "WINNER! Call 09066 612661 now to claim your £900 prize",
    "Call our agent on +44 7624 123456 today about your refund",
    "Your account is frozen, call +234 803 123 4567 now",
    "Urgent: call 1-876-555-0123 about your prize",
    "Call +1 900 555 0123 to claim your reward now",
    "Your bank card is blocked. Call 0870 123 4567 now",
    "Your prize is waiting, call 0844 123 4567 today",
    "Prairie Valley Bank: Your debit card ending 4411 was locked after 3 wrong PIN tries. Call 785-632-4410 to unlock.",
    # hidden characters
    "Your acc\u200bount is loc\u200bked, verify now",
    "Invoice \u202eexe.pdf attached, open it now",
    "Your Аmazon account is suspended, verify now",
    "You won a prize! Claim at https://prize-desk.top/claim or e-mail claims@prize-desk.com",
    "You won a prize! Call 1-888-555-0100 or email claims@prize-desk.com to claim",
    "PayPal: your account is limited, open javascript:alert(1) to verify",
    "Your parcel fee is due: https://www.com.parcel-fees.net/pay",
    # many links
    " ".join(f"https://site{i}.example-promo.com/x" for i in range(55)),
]

EMAILS = [
    PHISH_EML,
    LEGIT_EML,
    b'From: "support@apple.com" <x12@mailer-zone.ru>\nSubject: Receipt\n\n'
    b"Your Apple ID was used to buy an item. If you did not make this purchase call 1-888-555-0110.",
    b'From: "IT Helpdesk" <it.helpdesk.admin@gmail.com>\nSubject: Mailbox\n\nYour mailbox is full.',
    b'From: "PayPal" <service@paypal-alerts.net>\nReply-To: refund.desk@gmail.com\nSubject: Refund\n'
    b"Authentication-Results: mx; spf=softfail; dkim=fail\n\nYour refund is ready, log in to claim it.",
    b'From: "" <>\nSubject: hi\n\n',
    b"",
    b"   \n\n",
    b"Content-Type: text/html\n\n<html><body></body></html>",
    b'From: "support@apple.com" <>\nSubject: Receipt\n\nYour Apple ID was used.',
]

PHONES = ["+1 900 555 0123", "1-876-555-0123", "+234 803 123 4567", "(303) 555-0182", "07911 123456",
          "+1 555 1", "hello there", "+44 7624 123456", "+44 870 123 4567", "+44 56 1234 5678", "+1 500 555 0123"]


def _rows(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [row["text"] for row in csv.DictReader(fh)]


def _report_texts(report) -> list[str]:
    return [r.message for r in report.reasons] + list(report.advice) + [report.certainty]


@functools.cache  # the analyser is deterministic: the produced-texts test below asks again
def _analysis_texts() -> tuple[str, ...]:
    texts: list[str] = []
    for text in MESSAGES + SCAMS + SCAMS_MORE + LEGIT + LEGIT_MORE + EMAIL_SCAMS + EMAIL_LEGIT:
        for region in REGIONS:
            texts += _report_texts(analyse(text, region=region))
    for text in _rows(SMS_DEV) + _rows(MODERN):
        texts += _report_texts(analyse(text, region="GB"))
    for url in URL_CASES.values():
        texts += _report_texts(analyse(url))
    for raw in EMAILS:
        for region in ("US", "GB", "ES"):
            texts += _report_texts(analyse_email(raw, region=region))
    texts += _report_texts(analyse(PHISH_EML.decode()))
    for number in PHONES:
        for region in ("US", "GB", "ES"):
            texts += _report_texts(analyse(number, region=region))
            texts += _report_texts(analyse(number, kind="phone", region=region))
            texts += _report_texts(analyse("Your account is locked, call us now", sender=number, region=region))
    texts += _report_texts(analyse("Your Apple account is locked, verify your account now",
                                   sender="alerts@apple-id-help.com"))
    for known in (None, True, False):  # "Who sent it?" as the person answers it
        texts += _report_texts(analyse("Good morning! How was your weekend?", sender_known=known))
        texts += _report_texts(analyse("Can you send me $20 for the pizza? my venmo is @jake-m-22", sender_known=known))
    texts += _report_texts(analyse(""))
    texts += _report_texts(analyse("   ", kind="url"))
    texts += _report_texts(analyse("Urgent: verify your account now " + "x" * MAX_CHARS))
    return tuple(texts)


def _every_country() -> list[str]:
    """The phone reasons for a number in each country phonenumbers knows (seen from the US and from Spain),
    and for each unusual kind of line."""
    texts = []
    for ntype in (T.PREMIUM_RATE, T.SHARED_COST, T.UAN, T.PERSONAL_NUMBER, T.VOIP, T.PAGER):
        hit = PhoneHit(0, 10, "0845 123 4567", "+448451234567", "GB", ntype, True, "United Kingdom")
        texts += [msg for _, _, msg in phone_flags(hit, "GB")]
    for code, name in COUNTRY_NAMES.items():
        for home in ("US", "ES"):
            hit = PhoneHit(0, 10, "+00 000 0000", "+000000000", code, None, True, name)
            texts += [msg for _, _, msg in phone_flags(hit, home)]
    return texts


def _redaction_texts() -> list[str]:
    kinds = list(KIND_LABELS)
    texts = [Redacted("", ()).summary()]
    for size in range(1, len(kinds) + 1):
        for n in (1, 2):
            reps = tuple(Replacement(kind, "[x]") for kind in kinds[:size] for _ in range(n))
            texts.append(Redacted("", reps).summary())
    texts.append(redact("Call Bob at 0207 946 0018 or bob@x.com, 12 High Street, SW1A 1AA",
                        names=["Bob"], region="GB").summary())
    texts.append(redact("My card 4111 1111 1111 1111, code 123456, SSN 123-45-6789, "
                        "IBAN GB29 NWBK 6016 1331 9268 19").summary())
    return texts


# ---------------------------------------------------------------------------------------------
# checks


def _marked_sources() -> list[str]:
    import importlib.util

    # packaging/ is not a package (and "packaging" is also a PyPI module): load the tool by path.
    spec = importlib.util.spec_from_file_location("guidance_catalogue", ROOT / "packaging" / "guidance_catalogue.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return [source for context, source in tool.python_sources() if context in MY_FILES]


@functools.cache
def _phrase_patterns(phrases: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    # compiled once: there are more phrases than the re module's own cache holds
    return tuple((p, re.compile(r"(?<![\w'])" + re.escape(p) + r"(?![\w'])")) for p in phrases)


def _english_left(spanish: str, phrases: Iterable[str]) -> list[str]:
    return [p for p, pattern in _phrase_patterns(tuple(phrases)) if pattern.search(spanish)]


@pytest.fixture(scope="module")
def english_phrases() -> list[str]:
    """Marked phrases of these files (two words or more) whose Spanish is different: never left in Spanish."""
    out = []
    for source in _marked_sources():
        if i18n.placeholders(source) or len(source.split()) < 2:
            continue
        if i18n.translate(source, "es", strict=True) != source:
            out.append(source)
    return out


def _assert_spanish(texts: Iterable[str], phrases: list[str]) -> dict[str, str]:
    done: dict[str, str] = {}
    problems = []
    for text in dict.fromkeys(texts):
        if not text or not any(c.isalpha() for c in text):
            continue
        try:
            spanish = i18n.translate(text, "es", strict=True)
        except i18n.Untranslated:
            problems.append(f"untranslated: {text!r}")
            continue
        if spanish == text:
            problems.append(f"same as English: {text!r}")
        # words quoted from the message itself ('click a link to') are data, kept as the sender wrote them
        left = _english_left(re.sub(r"'[^'\n]*'", "''", spanish), phrases)
        if left:
            problems.append(f"English left in {spanish!r}: {left}")
        done[text] = spanish
    assert not problems, "\n".join(problems[:40])
    return done


_PRODUCED: list[str] = []


@pytest.fixture(autouse=True, scope="module")
def _fresh_catalogue():
    i18n.reload()
    yield


def test_analyser_texts_are_spanish(english_phrases: list[str]) -> None:
    texts = _analysis_texts()
    assert len(texts) > 5000
    done = _assert_spanish(texts, english_phrases)
    _PRODUCED.extend(done)
    # The composed texts translate as a whole, with their inner words in Spanish.
    story = next(t for t in done if t.startswith("It tells a story") and " and " in t.split("gives you")[1])
    assert "Cuenta una historia" in done[story] and " y " in done[story]
    sender = next(t for t in done if t.startswith("The sender's number:"))
    assert done[sender].startswith("El número del remitente: El número ")


def test_every_country_name_is_spanish(english_phrases: list[str]) -> None:
    texts = _every_country()
    done = _assert_spanish(texts, english_phrases)
    _PRODUCED.extend(done)
    jamaica = next(s for e, s in done.items() if "Jamaica" in e)
    assert "Jamaica" in jamaica
    spain = [s for e, s in done.items() if e.endswith("is in Spain, not your country.")]
    assert spain == ["El número +00 000 0000 es de España, no de tu país."]
    assert len(done) >= len(COUNTRY_NAMES)


def test_redaction_summaries_are_spanish(english_phrases: list[str]) -> None:
    texts = _redaction_texts()
    done = _assert_spanish(texts, english_phrases)
    _PRODUCED.extend(done)
    one = Redacted("", (Replacement("phone", "[x]"), Replacement("phone", "[x]"), Replacement("name", "[x]"))).summary()
    assert one == "Removed 2 phone numbers and 1 name."
    assert i18n.translate(one, "es", strict=True) == "Se quitó: 2 números de teléfono y 1 nombre."
    assert len(done) >= 2 * len(KIND_LABELS)


def _app_texts(hearth, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from app.services import llm, urlhaus
    from app.services.llm import ModelVerdict
    from app.services.safebrowsing import NOT_LISTED, Listing

    texts: list[str] = []
    texts += list(app_scam.VERDICT_WORDS.values())
    for info in app_scam.SERVICES.values():
        texts.append(info.sends)
        if info.name in ("feeds", "llm"):
            texts.append(info.label)
    for setting in (app_scam.SCAM_SERVICES, app_scam.SCAM_REGION, app_scam.SCAM_LLM_MODEL):
        texts += [setting.label, setting.description]
    for verdict in ("scam", "suspicious", "likely_safe", "unknown"):
        for region in ("US", "GB", "ES"):
            texts += list(app_scam.advice_for(verdict, region))

    def result_texts(result) -> list[str]:
        return ([result.verdict_words] + [r.message for r in result.reasons] + list(result.advice) + list(result.notes)
                + [s.get("message", "") for s in result.sources])

    for text in ("USPS: your parcel is on hold. Pay the 1.99 fee now at http://usps-redelivery.top/pay",
                 "see you at 7 x", ""):
        texts += result_texts(app_scam.check(hearth, text, region="GB"))
    with pytest.raises(InvalidInput) as err:
        app_scam.check(hearth)
    texts += [err.value.message, err.value.hint]
    with pytest.raises(InvalidInput) as err:
        app_scam.set_service_enabled(hearth, "no-such-service", True)
    texts.append(err.value.message)

    # Notes about long input (text and e-mail file).
    texts += result_texts(app_scam.check(hearth, "Verify your account now. " * 5000, store=False))
    monkeypatch.setattr(app_scam, "MAX_EML_BYTES", 2 * 1024 * 1024)
    texts += result_texts(app_scam.check(hearth, eml_bytes=PHISH_EML + b"x" * (2 * 1024 * 1024), store=False))

    # Services turned on: offline, skipped without a key, no links to send, lists not downloaded.
    link_text = "Your account is locked, verify at http://paypa1-login.com/verify now"
    for name in ("feeds", "virustotal", "llm"):
        app_scam.set_service_enabled(hearth, name, True)
    texts += result_texts(app_scam.check(hearth, link_text, offline=True, store=False))
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    texts += result_texts(app_scam.check(hearth, link_text, store=False))
    monkeypatch.delenv("HEARTH_OFFLINE")
    texts += result_texts(app_scam.check(hearth, link_text, services=["feeds", "virustotal"], refresh_feeds=False,
                                         store=False))
    hearth.secrets.set("virustotal", "k")
    for entry in app_scam.preview_outbound(hearth, "Call Margaret on 0207 946 0018, no links here", region="GB"):
        brand = entry["service"] not in ("feeds", "llm")  # "VirusTotal" is a name, the same in Spanish
        texts += [entry["sends"], entry["note"], entry.get("removed", "")] + ([] if brand else [entry["label"]])
    hearth.secrets.delete("virustotal")

    # The keyring cannot be reached.
    def no_keyring(name: str):
        raise KeyringUnavailable()

    with monkeypatch.context() as patch:
        patch.setattr(hearth.secrets, "get", no_keyring)
        texts += result_texts(app_scam.check(hearth, link_text, services=["virustotal"], store=False))

    # Progress words, a stopped check, a service that breaks, and the summaries of look-ups.
    data = app_scam._analyse(hearth, link_text, None, "auto", "US", None)
    seen: list[str] = []
    app_scam._run_services(hearth, data, "US", services=["virustotal"], cancel=CancelToken(),
                           progress=lambda done, total, text: seen.append(text), refresh_feeds=False)
    stopped = CancelToken()
    stopped.cancel()
    _, _, _, notes = app_scam._run_services(hearth, data, "US", services=None, cancel=stopped,
                                            progress=lambda done, total, text: seen.append(text), refresh_feeds=False)
    texts += seen + notes

    def broken(*args, **kwargs):
        raise RuntimeError("bug")

    hearth.secrets.set("urlhaus", "k")
    app_scam.set_service_enabled(hearth, "urlhaus", True)
    monkeypatch.setattr(urlhaus, "lookup", broken)
    texts += result_texts(app_scam.check(hearth, link_text, services=["urlhaus"], store=False))
    listings = [Listing("urlhaus", u, NOT_LISTED, detail="") for u in ("http://a.example", "http://b.example")]
    texts.append(app_scam._summary_source("urlhaus", listings)["message"])
    texts.append(app_scam._summary_source("urlhaus", [])["message"])

    # No time left: the check's one deadline was used up before this service's turn.
    from app.services import http

    with http.overall_deadline(0):
        texts += result_texts(app_scam.check(hearth, link_text, services=["urlhaus"], store=False))

    # The language model's opinion (its answer faked; its own reasons are its own words, not checked).
    hearth.settings.set(app_scam.SCAM_LLM_MODEL, "test-model")
    for verdict, reasons in (("scam", ()), ("suspicious", ()), ("likely_safe", ()), ("unknown", ())):
        monkeypatch.setattr(llm, "ask", lambda *a, v=verdict, r=reasons, **k: ModelVerdict(v, 0.9, r, (), "m"))
        result = app_scam.check(hearth, "see you at the station at 7", services=["llm"], store=False)
        texts += result_texts(result)
    return texts


def test_app_scam_texts_are_spanish(hearth, monkeypatch: pytest.MonkeyPatch, english_phrases: list[str]) -> None:
    texts = _app_texts(hearth, monkeypatch)
    done = _assert_spanish(texts, english_phrases)
    _PRODUCED.extend(done)
    assert done["Likely scam"] == "Probable estafa"
    opinion = next(t for t in done if t.startswith("The language model thinks this is: likely scam"))
    assert done[opinion].startswith("El modelo de lenguaje cree que esto es: probable estafa")
    model = next(t for t in done if t.startswith("The language model you turned on"))
    assert done[model] == ("El modelo de lenguaje que activaste cree que esto puede ser una estafa: "
                           "no dio ningún motivo.")


def test_texts_after_an_internal_error_are_spanish(monkeypatch: pytest.MonkeyPatch, english_phrases: list[str]) -> None:
    """The analyser answers even when its own code breaks; those answers are translated too."""
    import checks.scam
    import checks.scam._email

    def boom(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(checks.scam, "_analyse", boom)
    monkeypatch.setattr(checks.scam._email, "parse_email", boom)
    texts = _report_texts(analyse("hello")) + _report_texts(analyse_email(PHISH_EML))
    assert "Hearth could not read this text well enough to check it." in texts
    done = _assert_spanish(texts, english_phrases)
    _PRODUCED.extend(done)


def _reached(source: str, produced: list[str], blob: str) -> bool:
    """``source`` (a phrase, or a template's words in order) occurs in one of the produced texts."""
    if not i18n.placeholders(source):
        return re.search(r"(?<!\w)" + re.escape(source) + r"(?!\w)", blob) is not None
    parts = [p for p in i18n.PLACEHOLDER.split(source) if p]
    for text in produced:
        at = 0
        for part in parts:
            at = text.find(part, at)
            if at < 0:
                break
            at += len(part)
        else:
            return True
    return False


# Marked texts that no code path shows today.
UNREACHABLE = {
    "a pager number",  # _phones.phone_flags never names pagers (the word is kept for a future flag)
}


def test_every_marked_text_was_produced(request: pytest.FixtureRequest) -> None:
    # Produces the texts itself (every other test of this file, with fresh fixtures): no test order is assumed.
    _PRODUCED.clear()
    assert run_producers(sys.modules[__name__], request, exclude="test_every_marked_text_was_produced") > 3
    blob = "\n".join(_PRODUCED)
    missing = [s for s in dict.fromkeys(_marked_sources()) if s not in UNREACHABLE and not _reached(s, _PRODUCED, blob)]
    assert not missing, missing
