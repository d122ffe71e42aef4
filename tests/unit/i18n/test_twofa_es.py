"""Spanish for everything the 2FA / passkeys features show: the ladder, look-ups, setup, findings, practice.

Drives the real code (``checks.twofa`` over the test directory of tests/unit/checks/test_twofa.py
and over the real 2FA and Passkeys Directories in the shared test data, ``app.twofa`` with a
cached copy, ``app.practice_totp``) over many cases: every method (passkey, security key, app,
the company's app or device, SMS, call, e-mail, none, unknown), sites with and without
instructions links, sites without 2FA, unknown, regional and related sites, every kind of
important account. For each text a person reads it checks that
``app.i18n.translate(text, "es", strict=True)`` translates it, that the Spanish differs from the
English, and that no marked English phrase of these files is left inside the Spanish (a value put
into a template stays English when the template matched the wrong way). Finally every text marked
in checks/twofa.py, app/twofa.py and app/practice_totp.py must have been produced at least once.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from types import SimpleNamespace

import pytest

from app import i18n
from app import practice_totp as P
from app import twofa
from app.core import Hearth
from app.errors import InvalidInput, ServiceError, UserFacingError
from app.services import twofa_directory as D
from checks import twofa as T
from tests.helpers.fake_twofa import data_dir
from tests.helpers.producers import run_producers
from tests.unit.checks.test_twofa import PASSKEYS, V3, V4

ROOT = Path(__file__).resolve().parents[3]
MY_FILES = ("checks/twofa.py", "app/twofa.py", "app/practice_totp.py")
#: Texts whose Spanish is spelled like the English.
SAME_IN_SPANISH = {"No"}

# ---------------------------------------------------------------------------------------------
# checking texts


def _marked_sources() -> list[str]:
    import importlib.util

    # packaging/ is not a package (and "packaging" is also a PyPI module): load the tool by path.
    spec = importlib.util.spec_from_file_location("guidance_catalogue", ROOT / "packaging" / "guidance_catalogue.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return [source for context, source in tool.python_sources() if context in MY_FILES]


_LEFT_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _english_left(spanish: str, phrases: list[str]) -> list[str]:
    """The English phrases found (as whole words) in ``spanish``; one regex for all of them."""
    key = tuple(phrases)
    pattern = _LEFT_PATTERNS.get(key)
    if pattern is None:
        alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        pattern = _LEFT_PATTERNS[key] = re.compile(r"(?<![\w'])(?=((?:" + alternatives + r")(?![\w'])))")
    return [m.group(1) for m in pattern.finditer(spanish)]


@pytest.fixture(scope="module")
def english_phrases() -> list[str]:
    """English that must never survive in Spanish: marked texts of two words or more, and the words
    of the templates (e.g. "Hearth recommends"), where their Spanish differs."""
    out: list[str] = []
    for source in dict.fromkeys(_marked_sources()):
        if not i18n.placeholders(source):
            if len(source.split()) >= 2 and i18n.translate(source, "es", strict=True) != source:
                out.append(source)
            continue
        translation = i18n.catalogue("es").translate(source) or ""
        for piece in i18n.PLACEHOLDER.split(source):
            piece = piece.strip(" .,;:()\u201c\u201d")
            if len(piece.split()) >= 2 and piece not in translation:
                out.append(piece)
    return sorted(set(out), key=len, reverse=True)


_PRODUCED: list[str] = []


def _assert_spanish(texts: Iterable[str], phrases: list[str]) -> dict[str, str]:
    done: dict[str, str] = {}
    problems = []
    for text in dict.fromkeys(texts):
        if not text or not any(c.isalpha() for c in text):
            continue
        _PRODUCED.append(text)
        try:
            spanish = i18n.translate(text, "es", strict=True)
        except i18n.Untranslated:
            problems.append(f"untranslated: {text!r}")
            continue
        if spanish == text and text not in SAME_IN_SPANISH:
            problems.append(f"same as English: {text!r}")
        left = _english_left(spanish, phrases)
        if left:
            problems.append(f"English left in {spanish!r}: {left}")
        done[text] = spanish
    assert not problems, "\n".join(problems[:40])
    return done


@pytest.fixture(autouse=True, scope="module")
def _fresh_catalogue():
    i18n.reload()
    yield


# ---------------------------------------------------------------------------------------------
# what checks.twofa produces


@pytest.fixture(scope="module")
def small_index() -> T.DirectoryIndex:
    return T.build_index(V4, V3, PASSKEYS)


@pytest.fixture(scope="module")
def real_index() -> T.DirectoryIndex:
    data = data_dir()
    return T.build_index(
        json.loads((data / "v4-all.json").read_text(encoding="utf-8")),
        json.loads((data / "v3-all.json").read_text(encoding="utf-8")),
        json.loads((data / "passkeys-v1-all.json").read_text(encoding="utf-8")),
    )


def _result_texts(result: T.LookupResult) -> list[str]:
    out = [result.summary, *result.advice]
    for rung in result.ladder:
        out += [rung.label, rung.tier_label, rung.trade_off]
    return out


def _guide_texts(guide: T.SetupGuide) -> list[str]:
    return [guide.title, *guide.need, *guide.steps, guide.qr_explainer, *guide.recovery]


def _finding_texts(findings: Iterable[object]) -> list[str]:
    out: list[str] = []
    for f in findings:
        out += [f.title, f.why, *f.fix, *f.evidence]  # type: ignore[attr-defined]
    return out


SMALL_SITES = [
    "github.com", "gist.github.com", "gmail.com", "google.com", "accounts.google.com", "drive.google.com",
    "docs.google.com", "amazon.com", "amazon.co.uk", "amazon.de", "smallbank.co.uk", "2k.com", "münchen.de",
    "mailbox.example", "kayak.com", "example.org", "notlisted.co.uk", "new-site.zzzunknowntld",
]
BAD_SITES = ["", "   ", "github", "192.168.1.1", "http://[::1]/", "two words.com", "a..b.com", "x" * 3000,
             "bad\u2603domain<>.com", "http://exa mple.com:99999"]


def _acc(service: str, domain: str, method: str) -> SimpleNamespace:
    return SimpleNamespace(service=service, domain=domain, twofa_method=method)


#: (service, domain): one per kind of important account, on sites with and without a link, no 2FA ...
ACCOUNTS = [
    ("Gmail", "gmail.com"),  # e-mail, with instructions, passkey best
    ("GitHub", "github.com"),  # not important, passkey best, with instructions
    ("Google Drive", "drive.google.com"),  # app best, no instructions
    ("Amazon", "amazon.com"),  # passkey via sibling, instructions
    ("Small Bank", "smallbank.co.uk"),  # bank, SMS only
    ("My e-mail at 2K", "2k.com"),  # e-mail, site without 2FA
    ("Mailbox", "mailbox.example"),  # e-mail, app best
    ("München", "münchen.de"),  # e-mail codes only
    ("1Password", "1password.com"),  # password manager, unknown site
    ("Verizon", "verizon.com"),  # phone company
    ("Facebook", "facebook.com"),  # social
    ("Credit Union savings", ""),  # bank from the name only
    ("Chess club", "chess.example"),  # nothing important
]


def _account_cases() -> list[SimpleNamespace]:
    return [_acc(s, d, m) for s, d in ACCOUNTS for m in T.ACCOUNT_METHODS]


def test_ladder_labels_and_lookups_are_spanish(small_index: T.DirectoryIndex, english_phrases: list[str]) -> None:
    texts: list[str] = [T.TWOFA_CHECK.title, T.QR_EXPLAINER, *T.GENERIC_ADVICE, *T.RECOVERY_ADVICE]
    texts += list(T.METHOD_LABELS.values()) + list(T.METHOD_SHORT.values()) + list(T.TIER_LABELS.values())
    texts += list(T.TRADE_OFFS.values()) + list(T.IMPORTANCE_LABELS.values())
    texts += [T.method_label(m) for m in (None, "", *T.ACCOUNT_METHODS)]
    for site in SMALL_SITES:
        texts += _result_texts(T.lookup(small_index, site))
    texts += _result_texts(T.lookup(None, "github.com"))
    # A site offering every method (passkey and security key from the Passkeys Directory).
    everything = T.build_index(
        {"all.example": {"methods": ["totp", "u2f", "sms", "call", "email", "custom-software", "custom-hardware"]}},
        None,
        {"all.example": {"passwordless": "allowed", "mfa": "required"}},
    )
    assert len(T.lookup(everything, "all.example").offered) == len(T.METHODS)
    texts += _result_texts(T.lookup(everything, "all.example"))
    done = _assert_spanish(texts, english_phrases)
    # Method names put into sentences are translated there too.
    gh = T.lookup(small_index, "github.com").summary
    assert done[gh].startswith(
        "GitHub ofrece: una clave de acceso (passkey), una llave de seguridad, una app de autenticación, "
        "un aviso en la app de la empresa, códigos por mensaje de texto (SMS). Hearth recomienda una clave de acceso"
    )
    regional = T.lookup(small_index, "amazon.de").summary
    assert done[regional].startswith("amazon.de no aparece en la lista, así que Hearth muestra amazon.com")
    assert "Amazon ofrece: una clave de acceso (passkey), una app de autenticación" in done[regional]
    account = T.lookup(small_index, "google.com").summary
    assert done[account].startswith("El directorio incluye la cuenta de esta empresa como Gmail (mail.google.com). Gmail ofrece:")
    assert done[T.lookup(small_index, "2k.com").advice[-1]] == (
        "Pide a la empresa que añada la verificación en dos pasos (formulario: https://support.2k.com/; Twitter: 2K)."
    )


def _shape(entry: T.SiteEntry) -> tuple[object, ...]:
    """What decides which texts a look-up of the site produces (the rest is the site's own data)."""
    return (
        T.offered_methods(entry), bool(entry.documentation), bool(entry.passkeys and entry.passkeys.documentation),
        tuple(sorted(k for k, v in entry.contact.items() if v)), bool(entry.custom_software),
        bool(entry.custom_hardware), bool(entry.recovery),
    )


def test_every_kind_of_site_in_the_real_directories(real_index: T.DirectoryIndex, english_phrases: list[str]) -> None:
    """Up to 2 sites of each shape in the real directories (every offer, link and contact combination)."""
    texts: list[str] = []
    shapes: dict[tuple[object, ...], int] = {}
    for domain, entry in real_index.entries.items():
        shape = _shape(entry)
        shapes[shape] = shapes.get(shape, 0) + 1
        if shapes[shape] > 2:
            continue
        result = T.lookup(real_index, domain)
        assert result.matched_domain == domain
        texts += [result.summary, *result.advice]
        for method in result.offered:
            texts += _guide_texts(T.setup_guide(method, result))
    for typed in ("amazon.pl", "accounts.google.com", "support.google.com", "my.example.gov"):
        texts += _result_texts(T.lookup(real_index, typed))
    assert {len(shape[0]) for shape in shapes} >= set(range(8))  # type: ignore[arg-type]  # 0 ... 7 methods
    _assert_spanish(texts, english_phrases)


def test_invalid_sites_and_directory_errors_are_spanish(english_phrases: list[str]) -> None:
    texts = []
    for typed in BAD_SITES:
        with pytest.raises(T.InvalidSite) as info:
            T.normalise_site(typed)
        texts.append(str(info.value))
    for v4, v3, pk in [
        ([], None, None), ({}, None, None), ({"a.com": "x"}, None, None),
        (V4, {}, None), (V4, [], None), (V4, None, []), (V4, None, {"a.com": 1}),
    ]:
        with pytest.raises(T.DirectoryFormatError) as err:
            T.build_index(v4, v3, pk)
        texts.append(str(err.value))
    done = _assert_spanish(texts, english_phrases)
    assert done["\u201cgithub\u201d is missing its ending, like .com or .co.uk. Please type the whole site name."].startswith(
        "A «github» le falta el final"
    )


def test_setup_guides_are_spanish(small_index: T.DirectoryIndex, english_phrases: list[str]) -> None:
    results = [None] + [T.lookup(small_index, s) for s in ("github.com", "gmail.com", "drive.google.com", "example.org")]
    custom = T.lookup(
        T.build_index({"bank.example": {"methods": ["custom-hardware", "custom-software"], "custom-hardware": ["Card reader"],
                                        "custom-software": ["Bank App", "Bank Key"], "recovery": "https://bank.example/lost"}}),
        "bank.example",
    )
    texts: list[str] = []
    for result in [*results, custom]:
        for method in T.METHODS:
            texts += _guide_texts(T.setup_guide(method, result))
    done = _assert_spanish(texts, english_phrases)
    assert done["Set up a security key for GitHub"] == "Configura una llave de seguridad en GitHub"
    assert done["The company's app: Bank App, Bank Key."] == "La app de la empresa: Bank App, Bank Key."


def test_findings_for_every_method_and_kind_of_account_are_spanish(
    small_index: T.DirectoryIndex, real_index: T.DirectoryIndex | None, english_phrases: list[str]
) -> None:
    texts: list[str] = []
    check_ids: set[str] = set()
    for index in (small_index, real_index, None):
        if index is None and real_index is None:
            continue
        found = T.findings(_account_cases(), index)
        check_ids.update(f.check_id for f in found)
        texts += _finding_texts(found)
    assert check_ids == {"twofa.weak_method", "twofa.not_offered", "twofa.important_without_2fa"}
    done = _assert_spanish(texts, english_phrases)
    weak = T.findings([_acc("Gmail", "gmail.com", "sms")], small_index)[0]
    assert done[weak.title] == "Gmail: cambia de códigos por mensaje de texto (SMS) a una clave de acceso (passkey)"
    assert done[weak.why].startswith("Gmail ofrece una clave de acceso (passkey), que es más fuerte. Un código por mensaje")
    assert done[weak.fix[0]] == (
        "Entra en Gmail y abre los ajustes de seguridad (busca «verificación en dos pasos»). "
        "Las instrucciones del propio sitio: https://safety.google/authentication/"
    )
    bank = T.findings([_acc("Small Bank", "smallbank.co.uk", "none")], small_index)[0]
    assert done[bank.evidence[1]] == "tipo de cuenta: banco o dinero"


def test_coverage_sentences_are_spanish(small_index: T.DirectoryIndex, english_phrases: list[str]) -> None:
    households = [
        {},
        {"Ann": []},
        {"Rose": [_acc("Gmail", "gmail.com", "sms")]},
        {"Rose": [_acc("Gmail", "gmail.com", "unknown")]},
        {"Rose": [_acc("Gmail", "gmail.com", "none")], "Sam": [_acc("Chess club", "chess.example", "none")]},
        {"Rose": [_acc(s, d, m) for (s, d), m in zip(ACCOUNTS, (*T.ACCOUNT_METHODS, *T.ACCOUNT_METHODS), strict=False)]},
        {"Rose": [_acc("GitHub", "github.com", "totp"), _acc("Small Bank", "smallbank.co.uk", "unknown")]},
    ]
    texts: list[str] = []
    for accounts in households:
        cov = T.household_coverage(accounts, small_index)
        texts += [cov.sentence, *(m.sentence for m in cov.members)]
    rose = T.member_coverage("Rose", [_acc("Gmail", "gmail.com", "none"), _acc("X", "", "unknown")], small_index)
    texts.append(rose.sentence)
    done = _assert_spanish(texts, english_phrases)
    assert done[rose.sentence] == (
        "Rose: 0 de 2 cuentas tienen la verificación en dos pasos activada (1 sin saber todavía). "
        "Lo más importante de arreglar: Gmail (correo electrónico)."
    )


# ---------------------------------------------------------------------------------------------
# what app.twofa and app.practice_totp produce


def _error_texts(error: UserFacingError) -> list[str]:
    return [error.message, *([error.hint] if error.hint else [])]


def _write_cache(hearth: Hearth) -> None:
    folder = Path(hearth.paths.cache) / "twofa"
    D.atomic_write(folder / "2fa-v4-all.json", json.dumps(V4).encode())
    D.atomic_write(folder / "2fa-v3-all.json", json.dumps(V3).encode())


def test_app_twofa_texts_are_spanish(hearth: Hearth, english_phrases: list[str]) -> None:
    texts: list[str] = [twofa.ATTRIBUTION, *twofa.CODES_SAVED_LABELS.values()]
    with pytest.raises(ServiceError) as no_copy:
        twofa.lookup(hearth, "github.com", download=False)
    texts += _error_texts(no_copy.value)
    for call in (
        lambda: twofa.recovery_set("maybe"),
        lambda: twofa.recovery_set("yes", "1234-5678 9012-3456"),
        lambda: twofa.check_method("carrier-pigeon"),
        lambda: twofa.check_site("github"),
        lambda: twofa.lookup(hearth, "192.168.1.1"),
    ):
        with pytest.raises(InvalidInput) as bad:
            call()
        texts += _error_texts(bad.value)
    _write_cache(hearth)
    rose = hearth.members.add("Rose")
    hearth.members.add("Sam")
    for (service, domain), method in zip(ACCOUNTS, T.ACCOUNT_METHODS * 2, strict=False):
        twofa.save_account(hearth, rose.id, service=service, domain=domain, twofa_method=method)
    cov = twofa.coverage(hearth)
    texts += [cov.sentence, *(m.sentence for m in cov.members)]
    for view in twofa.account_views(hearth, rose.id):
        texts += _finding_texts(view.findings)
        if view.result is not None:
            texts += _result_texts(view.result)
    texts += _finding_texts(twofa.member_findings(hearth, rose.id))
    done = _assert_spanish(texts, english_phrases)
    assert done[twofa.ATTRIBUTION] == "Datos del 2FA Directory de 2factorauth (MIT) y del Passkeys Directory (CC BY 4.0)"
    assert done["Sam has no accounts listed yet."] == "Sam todavía no tiene cuentas en la lista."


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_practice_authenticator_texts_are_spanish(english_phrases: list[str]) -> None:
    import pyotp

    clock = Clock(1_800_000_000)
    session = P.PracticeSession(clock=clock)
    secret = session.secret_for_typing.replace(" ", "")
    right = pyotp.TOTP(secret).at(clock.now)
    near = {pyotp.TOTP(secret).at(clock.now + d) for d in range(-90, 91, 30)}
    wrong = next(c for c in ("000000", "123456", "999999", "555555") if c not in near)
    results = [session.check(t) for t in ("", "12a456", "1", "12345", "1234567")]
    results += [session.check(wrong) for _ in range(P.FAILURES_BEFORE_CLOCK_CHECK)]
    results.append(session.check(right))
    assert [r.status for r in results][-2:] == ["wrong", "ok"] and results[-2].suggest_clock_check
    texts = [r.message for r in results]
    for offset in (0.0, 0.4, 1.0, 2.0, 12.0, 30.0, -30.0, 45.0, -45.0, 89.0, 600.0, -600.0, 3600.0, 7200.0, -7200.0, -86400.0):
        texts.append(P.explain_offset(offset))
    texts += [P._amount(s) for s in (1, 2, 60, 120, 3600, 7200)]
    texts.append(P.GENERIC_DRIFT)
    done = _assert_spanish(texts, english_phrases)
    assert done[P.explain_offset(600.0)].startswith("El reloj de este equipo va unos 10 minutos adelantado")
    assert "2 horas atrasado" in done[P.explain_offset(-7200.0)]
    assert "con la hora de internet es de un segundo como mucho" in done[P.explain_offset(0.0)]
    assert "12 segundos como mucho" in done[P.explain_offset(12.0)]
    assert done[results[-2].message].endswith("Hearth puede revisar el reloj de este equipo.")


def test_clock_check_texts_are_spanish(
    hearth: Hearth, monkeypatch: pytest.MonkeyPatch, english_phrases: list[str]
) -> None:
    texts = []
    monkeypatch.setenv("HEARTH_OFFLINE", "1")
    texts.append(P.check_clock(hearth).message)
    monkeypatch.delenv("HEARTH_OFFLINE")

    def unreachable(hearth: object, *, cancel: object = None) -> dt.datetime | None:
        raise ServiceError("The server could not be reached.", service="twofa_directory")

    monkeypatch.setattr(D, "server_time", unreachable)
    texts.append(P.check_clock(hearth).message)
    monkeypatch.setattr(D, "server_time", lambda hearth, *, cancel=None: None)
    texts.append(P.check_clock(hearth).message)
    server = dt.datetime(2027, 1, 1, 12, 0, 0, tzinfo=dt.timezone.utc)
    monkeypatch.setattr(D, "server_time", lambda hearth, *, cancel=None: server)
    for ahead in (0.0, 20.0, 600.0, -7200.0):
        report = P.check_clock(hearth, clock=lambda ahead=ahead: server.timestamp() + ahead)
        assert report.checked
        texts.append(report.message)
    done = _assert_spanish(texts, english_phrases)
    assert done[texts[0]].startswith(
        "Hearth está configurado para trabajar sin conexión, así que no pudo comparar el reloj. Los códigos"
    )


def test_qr_title_is_in_the_readers_language() -> None:
    before = i18n.current()
    session = P.PracticeSession()
    try:
        i18n.set_language("es")
        spanish = session.qr_svg()
        i18n.set_language("en")
        english = session.qr_svg()
    finally:
        i18n.set_language(before)
    assert "Código QR de la cuenta de práctica".encode() in spanish
    assert b"QR code for the practice account" in english
    _PRODUCED.append("QR code for the practice account")


# ---------------------------------------------------------------------------------------------
# every marked text was produced


def _reached(source: str, blob: str) -> bool:
    if not i18n.placeholders(source):
        return re.search(r"(?<![\w'])" + re.escape(source) + r"(?![\w'])", blob) is not None
    parts = i18n.PLACEHOLDER.split(source)
    pattern = re.compile("".join(re.escape(p) + ("(.+?)" if i < len(parts) - 1 else "") for i, p in enumerate(parts)), re.S)
    return pattern.search(blob) is not None


def test_every_marked_text_was_produced(request: pytest.FixtureRequest) -> None:
    # Produces the texts itself (every other test of this file, with fresh fixtures): no test order is assumed.
    _PRODUCED.clear()
    assert run_producers(sys.modules[__name__], request, exclude="test_every_marked_text_was_produced") > 3
    blob = "\n".join(_PRODUCED)
    missing = [s for s in dict.fromkeys(_marked_sources()) if not _reached(s, blob)]
    assert not missing, missing
