"""Spanish for the password, device and service/error layers: every text they produce translates.

Each test drives the real code (checks.passwords, checks.password_import, checks.device,
app.passwords, app.device, app.services.*, app.errors, app.secrets, app.storage, app.paths,
app.settings) over many cases and asks ``app.i18n.translate(text, "es", strict=True)`` for every
text a person would read. A text that is not (or no longer) in resources/i18n/guidance_es.ts
raises ``Untranslated``; a "translation" that is still the English text fails too.

Service answers come from small fake sessions handed to the real code (``hearth.session`` is
replaced on the test's own Hearth); ``requests`` itself is never patched.
"""

from __future__ import annotations

import ast
import csv
import datetime as dt
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import keyring.backends.fail
import pytest
import requests
from zxcvbn import feedback as zx_feedback

from app import device as app_device
from app import passwords as app_passwords
from app import settings as S
from app.core import Hearth
from app.errors import (
    InvalidInput,
    KeyringUnavailable,
    NotFound,
    OfflineError,
    ServiceError,
    StorageError,
    UserFacingError,
)
from app.i18n import translate
from app.paths import Paths
from app.secrets import KNOWN_SECRETS, SecretStore, backend_problem
from app.services import feeds, hibp, http, llm, pwned, safebrowsing, twofa_directory, urlhaus, virustotal
from app.storage import migrations
from app.storage.db import DamagedDatabase, Database
from app.storage.repos import FIELD_WORDS, AccountsRepo, MembersRepo, clean_text, clean_words
from checks import password_import as imp
from checks import passwords as pw
from checks.base import Subject
from checks.device import browser_items, evaluate_device, os_item
from checks.network import Item, Status
from tests.helpers.memkeyring import MemoryKeyring

#: Texts that are the same in Spanish (brand names only).
SAME_IN_SPANISH: frozenset[str] = frozenset()

EOL = json.loads((Path(__file__).resolve().parents[3] / "resources" / "eol.json").read_text(encoding="utf-8"))
TODAY = dt.date(2026, 11, 27)


# ---------------------------------------------------------------------------------------------
# helpers


def es(text: str) -> str:
    """The Spanish of ``text`` (strict), checked to differ from the English when it has words."""
    spanish = translate(text, "es", strict=True)
    if any(c.isalpha() for c in text) and text not in SAME_IN_SPANISH:
        assert spanish != text, f"not translated: {text!r}"
    return spanish


def all_es(texts: Iterable[str]) -> list[str]:
    texts = [t for t in texts if t]
    assert texts, "the code produced no text to check"
    return [es(t) for t in texts]


def error_texts(exc: UserFacingError | imp.CsvImportError) -> list[str]:
    return [t for t in (exc.message, exc.hint) if t]


def catch(call: Callable[[], Any], kind: type[BaseException] = UserFacingError) -> Any:
    with pytest.raises(kind) as info:
        call()
    return info.value


def response(status: int, body: bytes | str = b"", headers: dict[str, str] | None = None) -> requests.Response:
    """A finished ``requests.Response`` (as a server would have sent it)."""
    r = requests.Response()
    r.status_code = status
    r._content = body.encode() if isinstance(body, str) else body  # noqa: SLF001 - building a reply by hand
    r._content_consumed = True  # noqa: SLF001
    r.encoding = "utf-8"
    r.headers.update(headers or {})
    r.url = "http://127.0.0.1:9/fake"
    return r


class BrokenResponse(requests.Response):
    """A 200 whose body breaks off while it is read."""

    def iter_content(self, chunk_size: int | None = 1, decode_unicode: bool = False):  # type: ignore[override]
        yield b"["
        raise requests.exceptions.ChunkedEncodingError("connection broken")


def broken() -> requests.Response:
    r = BrokenResponse()
    r.status_code = 200
    r._content_consumed = True  # noqa: SLF001 - nothing to release
    return r


class FakeSession:
    """Stands in for a HearthSession: answers from ``reply(method, url, kwargs)``, records purposes."""

    def __init__(self, reply: Callable[[str, str, dict[str, Any]], requests.Response]) -> None:
        self.reply = reply
        self.purposes: list[str] = []

    def _call(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        if kwargs.get("purpose"):
            self.purposes.append(kwargs["purpose"])
        return self.reply(method, url, kwargs)

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        return self._call("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> requests.Response:
        return self._call("POST", url, **kwargs)

    def head(self, url: str, **kwargs: Any) -> requests.Response:
        return self._call("HEAD", url, **kwargs)

    def close(self) -> None:
        return None

    def __enter__(self) -> FakeSession:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def use_session(monkeypatch: pytest.MonkeyPatch, hearth: Hearth, reply: Callable[..., requests.Response]) -> FakeSession:
    session = FakeSession(reply)
    monkeypatch.setattr(hearth, "session", lambda service, cancel=None, **options: session)
    return session


def always(r: requests.Response | Callable[[], requests.Response]) -> Callable[..., requests.Response]:
    return lambda method, url, kwargs: r() if callable(r) else r


# ---------------------------------------------------------------------------------------------
# checks.passwords: strength


PASSWORDS = [
    "", "a", "password", "Password", "PASSWORD", "drowssap", "p@ssw0rd", "123456", "qwerty", "qwertyuiop",
    "zxcvbnm", "aaaaaa", "abcabcabc", "abcdef", "987654", "2019", "1999", "12/05/1987", "smith", "Johnson",
    "jennifer", "correct horse", "Rex2019!", "Summer2023!", "Tr0ub4dor&3", "monkey123", "iloveyou", "dragon",
    "correct horse battery staple", "Quokka-Lantern-7741!", "xX9#kP2!vQ7@", "football", "letmein1",
    "aaaa" * 30, "abcd" * 25, "the quick brown fox jumps over the lazy dog " * 3,
    "Zebra-Piano-Lantern-42-Oboe " * 3 + "p@ssw0rd 2019 qwerty",
]


@pytest.mark.parametrize("password", PASSWORDS)
def test_strength_words_translate(password: str) -> None:
    for personal in ([], pw.personal_inputs(["Rex the dog", "2019-05-04"], "Alice")):
        s = pw.estimate_strength(password, personal)
        all_es([s.label, s.crack_time])
        if s.warning:
            es(s.warning)
        for suggestion in s.suggestions:
            es(suggestion)


def test_personal_word_warning_translates() -> None:
    s = pw.estimate_strength("Rex2019!", pw.personal_inputs(["Rex"], "Alice"))
    assert s.personal and s.warning == pw.PERSONAL_WARNING
    all_es([s.warning, *s.suggestions])


def test_every_score_label_and_duration_translates() -> None:
    all_es(pw.SCORE_LABELS)
    seconds = [0.2, 1, 2, 60, 120, 3600, 7200, 86400, 3 * 86400, 30.4 * 86400, 70 * 86400,
               365 * 86400, 5 * 365 * 86400, 1e12]
    words = [pw.crack_time_words(s) for s in seconds]
    assert "1 second" in words and "more than a hundred years" in words and "1 month" in words
    spanish = all_es(words)
    assert "más de cien años" in spanish and "1 segundo" in spanish


def _feedback_matches() -> list[tuple[dict[str, Any], bool]]:
    def dictionary(name: str, token: str = "password", rank: int = 5, **extra: Any) -> dict[str, Any]:
        return {"pattern": "dictionary", "token": token, "dictionary_name": name, "rank": rank,
                "reversed": False, "guesses_log10": 3.0, **extra}

    return [
        ({"pattern": "spatial", "token": "qwerty", "turns": 1}, True),
        ({"pattern": "spatial", "token": "qazse", "turns": 3}, True),
        ({"pattern": "repeat", "token": "aaa", "base_token": "a"}, True),
        ({"pattern": "repeat", "token": "abcabc", "base_token": "abc"}, True),
        ({"pattern": "sequence", "token": "abcd"}, True),
        ({"pattern": "regex", "token": "2019", "regex_name": "recent_year"}, True),
        ({"pattern": "date", "token": "1987"}, True),
        (dictionary("passwords", rank=5), True),
        (dictionary("passwords", rank=50), True),
        (dictionary("passwords", rank=500), True),
        (dictionary("passwords", rank=500), False),
        (dictionary("english_wikipedia", token="Horse"), True),
        (dictionary("surnames", token="SMITH"), True),
        (dictionary("male_names", token="john"), False),
        (dictionary("passwords", token="drowssap", reversed=True), True),
        (dictionary("passwords", token="p@ssword", l33t=True), True),
    ]


def test_every_zxcvbn_feedback_sentence_translates() -> None:
    """zxcvbn's own warnings and suggestions (which Hearth shows) are all in the catalogue."""
    seen: set[str] = set()
    empty = zx_feedback.get_feedback(0, [])
    seen.update(empty["suggestions"])
    for match, sole in _feedback_matches():
        sequence = [match] if sole else [match, {"pattern": "bruteforce", "token": "x"}]
        fb = zx_feedback.get_feedback(1, sequence)
        seen.update(t for t in [fb["warning"], *fb["suggestions"]] if t)
    # every sentence of the installed library's feedback module was produced, and each is a marked source
    tree = ast.parse(Path(zx_feedback.__file__).read_text(encoding="utf-8"))
    literal = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
        and isinstance(node.args[0], ast.Constant)
    }
    assert len(literal) == 27 and seen == literal, literal ^ seen
    assert set(pw.ZXCVBN_FEEDBACK) == seen
    all_es(sorted(seen))


# ---------------------------------------------------------------------------------------------
# checks.passwords: account health


def _catalogue() -> list[pw.Breach]:
    raw = [
        {"Name": "Shop2024", "Title": "Shop", "Domain": "shop.example", "BreachDate": "2024-03-01",
         "DataClasses": ["Email addresses", "Passwords", "Phone numbers"]},
        {"Name": "Forum", "Title": "Forum", "Domain": "forum.example", "BreachDate": "2023-06-01",
         "DataClasses": ["Credit cards", "Dates of birth", "Security questions and answers"]},
        {"Name": "Quiet", "Title": "Quiet Site", "Domain": "quiet.example", "BreachDate": "2022-01-01",
         "DataClasses": []},
        {"Name": "Gmailish", "Title": "Mail Co", "Domain": "gmail.com", "BreachDate": "2021-01-01",
         "DataClasses": ["Email addresses", "Physical addresses", "Bank account numbers"]},
    ]
    return [b for b in (pw.parse_breach(r) for r in raw) if b is not None]


ACCOUNTS = [
    pw.AccountFacts(1, "Gmail", "gmail.com", "a@x", 0, 120_000, "R1", 3, "", 0, None),
    pw.AccountFacts(2, "Verizon", "verizon.com", "a", 1, 1, "R2", 2, "V1", 3, "2020-01-01"),
    pw.AccountFacts(3, "Bitwarden", "bitwarden.com", "a", 2, None, "", 0, "V1", 2, None),
    pw.AccountFacts(4, "My Bank", "", "a", 2, 0, "", 0, "", 0, None),
    pw.AccountFacts(5, "Shop", "shop.example", "a", 4, 0, "", 0, "", 0, "2023-01-01"),
    pw.AccountFacts(6, "Shop again", "shop.example", "b", 3, None, "", 0, "", 0, None),
    pw.AccountFacts(7, "Forum", "forum.example", "c", 1, 7, "R1", 3, "", 0, "2020-05-05"),
    pw.AccountFacts(8, "Quiet", "quiet.example", "d", None, None, "", 0, "", 0, None),
    pw.AccountFacts(9, "Paypal", "paypal.com", "e", 0, 3, "", 0, "", 0, None),
    pw.AccountFacts(10, "Webmail", "", "f", 2, None, "R3", 2, "", 0, None),
]


def test_account_problems_translate() -> None:
    rows = pw.account_health(ACCOUNTS, catalogue=_catalogue(), today=TODAY)
    checked = 0
    ids: set[str] = set()
    for row in rows:
        es(pw.kind_label(row.kind))
        for f in row.problems:
            ids.add(f.check_id)
            all_es([f.title, f.why, *f.fix, *f.evidence])
            checked += 1
    assert ids == {"password.pwned", "password.reused", "password.similar", "password.weak", "password.site_breached"}
    assert checked >= 15


def test_kind_labels_and_breach_steps_translate() -> None:
    all_es([pw.kind_label(k) for k in ("email", "phone", "password_manager", "bank", "other")])
    steps = pw.explain_data_classes(["Passwords", "Email addresses", "Phone numbers", "Credit cards",
                                     "Dates of birth", "Security questions and answers"])
    assert len(steps) == 6
    all_es(steps)


def test_reused_title_plural_and_singular() -> None:
    one = pw.account_problems(pw.AccountFacts(1, "A", reuse_cluster="R1", reuse_count=2))[0].title
    many = pw.account_problems(pw.AccountFacts(1, "A", reuse_cluster="R1", reuse_count=4))[0].title
    assert one.endswith("1 other account") and many.endswith("3 other accounts")
    assert es(one).endswith("1 cuenta más") and es(many).endswith("3 cuentas más")


# ---------------------------------------------------------------------------------------------
# checks.password_import


BAD_EXPORTS: list[bytes] = [
    b"\x00\x01binary\x00",
    b"name,url\n\x81\x8d\x8f\x90",
    b"\xff\xfe" + b"\x00\xd8",
    b"   \n  ",
    b"a,b,c\n1,2,3\n",
    b"\nname,url\n",
    b'"a"b,c\n1,2\n',
    b'name,url,username,password\nx,"y"z,u,p\n',
    b"name,url,username,password\nx,https://a.example\n",
    b"name,url,username,password\nx,https://a.example,u,\n",
    b"folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
    b",,note,Secret note,text,,,,,,\n",
    b'name,url,username,password\nx,"' + b"y" * 100_001 + b'",u,p\n',
]


@pytest.mark.parametrize("data", BAD_EXPORTS, ids=range(len(BAD_EXPORTS)))
def test_import_errors_translate(data: bytes) -> None:
    err = catch(lambda: imp.parse_export(data), imp.CsvImportError)
    all_es(error_texts(err))


def test_more_import_errors_translate() -> None:
    too_many = "name,url,username,password\n" + "".join(f"s{i},https://s{i}.example,u,p{i}\n" for i in range(imp.MAX_ROWS + 1))
    err = catch(lambda: imp.parse_export(too_many), imp.CsvImportError)
    assert "20,000" in err.message
    all_es(error_texts(err))
    all_es(error_texts(imp.too_big(50 * 1024 * 1024)))
    all_es([imp._csv_problem(csv.Error("something else"))])  # noqa: SLF001
    all_es([imp.FORMAT_LABELS["chrome"], imp.FORMAT_LABELS["generic"]])
    parsed = imp.parse_export(b"name,url,username,password\n,,u,pw\n")
    assert parsed.logins[0].service == "Unnamed login"
    es(parsed.logins[0].service)
    generic = imp.parse_export(b"Title,URL,Username,Password\nSite,https://a.example,u,pw\n")
    es(generic.label)


# ---------------------------------------------------------------------------------------------
# checks.device


SYNTHETIC_EOL = {
    "snapshot_date": "2024-01-01",
    "products": {
        "ubuntu": [
            {"cycle": "18.04", "eol": "2023-05-31"},
            {"cycle": "20.04", "support": "2025-05-29", "eol": "2030-04-01"},
            {"cycle": "21.04", "support": "2025-01-01", "eol": False},
            {"cycle": "22.04", "eol": "2027-01-15"},
            {"cycle": "24.04", "eol": "2029-05-31"},
            {"cycle": "25.04", "eol": False},
        ],
        "macos": [{"cycle": "12", "eol": "2024-09-16"}, {"cycle": "15", "eol": False}],
        "windows": [{"major": "11", "version": "24H2", "line": "home_pro", "eol": "2026-10-13"}],
    },
    "browsers": EOL["browsers"],
}


def _os_cases() -> list[Item]:
    out = []
    for eol, today in ((SYNTHETIC_EOL, dt.date(2026, 11, 27)), (SYNTHETIC_EOL, dt.date(2024, 6, 1)), (EOL, TODAY)):
        for fact in (
            {"product": "ubuntu", "version": "18.04", "name": "Ubuntu 18.04"},
            {"product": "ubuntu", "version": "20.04", "name": "Ubuntu 20.04"},
            {"product": "ubuntu", "version": "21.04", "name": "Ubuntu 21.04"},
            {"product": "ubuntu", "version": "22.04", "name": "Ubuntu 22.04"},
            {"product": "ubuntu", "version": "24.04", "name": "Ubuntu 24.04"},
            {"product": "ubuntu", "version": "25.04", "name": ""},
            {"product": "macos", "version": "12.7", "name": "macOS 12.7"},
            {"product": "macos", "version": "15.1", "name": "macOS 15.1"},
            {"product": "windows", "major": "11", "display_version": "24H2", "name": "Windows 11 24H2"},
            {"product": "windows", "major": "10", "display_version": "22H2", "name": "Windows 10"},
            {"product": "arch", "version": "", "name": "Arch Linux"},
            {"version": ""},
        ):
            out.append(os_item({"ok": True, **fact}, eol, today))
    out.append(os_item({"ok": True, "product": "arch", "name": "Arch"}, {"products": {}}, TODAY))
    return out


def _device_fact_sets() -> list[dict[str, Any]]:
    chrome = EOL["browsers"]["chrome"]["major"]
    browsers = {"ok": True, "found": [
        {"key": "chrome", "version": f"{chrome + 20}.0.1"},
        {"key": "chrome", "version": "118.0.5993.88"},
        {"key": "firefox", "version": "115.18.0esr"},
        {"key": "firefox", "version": "60.0"},
        {"key": "edge", "version": "garbage"},
        {"key": "vivaldi", "version": "7.0"},
        {"key": "safari", "version": "17.1"},
    ]}
    sets = []
    for system in ("windows", "macos", "linux"):
        base_os = {"ok": True, "system": system, "product": {"windows": "windows", "macos": "macos", "linux": "ubuntu"}[system],
                   "version": "24.04" if system == "linux" else "15.1", "major": "11", "display_version": "25H2",
                   "name": {"windows": "Windows 11 25H2", "macos": "macOS 15.1", "linux": "Ubuntu 24.04"}[system]}
        variants = [
            {"disk_encryption": {"ok": True, "state": "on", "method": "BitLocker"},
             "firewall": {"ok": True, "enabled": True, "product": "ufw"},
             "updates": {"ok": True, "pending": 0, "security": 0, "lists_age_days": 30},
             "auto_updates": {"ok": True, "enabled": True},
             "screen_lock": {"ok": True, "lock_enabled": True, "delay_seconds": 0},
             "antivirus": {"ok": True, "gatekeeper": True, "products": [{"name": "Defender", "enabled": True, "up_to_date": True}]},
             "browsers": browsers},
            {"disk_encryption": {"ok": True, "state": "on", "method": ""},
             "firewall": {"ok": True, "enabled": True},
             "updates": {"ok": True, "pending": 0, "security": 0},
             "auto_updates": {"ok": True, "enabled": False},
             "screen_lock": {"ok": True, "lock_enabled": True, "delay_seconds": 300},
             "antivirus": {"ok": True, "gatekeeper": False, "products": [
                 {"name": "Defender", "enabled": True, "up_to_date": False},
                 {"name": "Other AV", "enabled": False, "up_to_date": True}]},
             "browsers": {"ok": True, "found": []}},
            {"disk_encryption": {"ok": True, "state": "encrypting"},
             "firewall": {"ok": True, "enabled": False, "listeners": 3},
             "updates": {"ok": True, "pending": 5, "security": 2, "lists_age_days": 12},
             "screen_lock": {"ok": True, "lock_enabled": True, "delay_seconds": 45},
             "antivirus": {"ok": True, "products": [{"name": "Old AV", "enabled": False, "up_to_date": False}]}},
            {"disk_encryption": {"ok": True, "state": "off", "method": "FileVault"},
             "firewall": {"ok": True, "enabled": False, "listeners": 0},
             "updates": {"ok": True, "pending": 5, "security": 2},
             "screen_lock": {"ok": True, "lock_enabled": True, "delay_seconds": 3600},
             "antivirus": {"ok": True, "products": []}},
            {"disk_encryption": {"ok": True, "state": "not_encryptable"},
             "updates": {"ok": True, "pending": 3, "security": 0, "lists_age_days": 9},
             "screen_lock": {"ok": True, "lock_enabled": True, "delay_seconds": None}},
            {"disk_encryption": {"ok": True, "state": "suspended"},
             "updates": {"ok": True, "pending": 3, "security": 0},
             "screen_lock": {"ok": True, "lock_enabled": False}},
            {"disk_encryption": {"ok": True, "state": None}, "browsers": {"ok": False, "reason": "failed"}},
        ]
        sets += [{"os": base_os, **v} for v in variants]
    return sets


def _device_items() -> list[Item]:
    items = _os_cases()
    for facts in _device_fact_sets():
        items += evaluate_device(facts, EOL, TODAY)
    return items


def _is_raw_evidence(item: Item, text: str) -> bool:
    """Evidence that is a raw observation (a name, a version, seconds), not a sentence Hearth wrote."""
    return (
        text.endswith(" s")
        or item.id.startswith("browser_")
        or (item.id == "os_support" and ", support ended " not in text)
        or item.id in ("firewall", "auto_updates")
        or (item.id == "disk_encryption" and not text.endswith((": on", ": off")) and text != "encrypting")
    )


def test_device_items_translate() -> None:
    items = _device_items()
    statuses = {i.status for i in items}
    assert statuses == {Status.GOOD, Status.ATTENTION, Status.RISKY, Status.UNKNOWN}
    texts: list[str] = []
    for item in items:
        texts.append(item.title)
        texts.extend(item.fix)
        if item.status is not Status.UNKNOWN or not item.detail.startswith("Couldn't check: ") or "Hearth" in item.detail \
                or "browser" in item.detail or "drive" in item.detail:
            texts.append(item.detail)  # unknown_item's reasons belong to checks.network
        texts.extend(e for e in item.evidence if not _is_raw_evidence(item, e))
    distinct = sorted(set(texts))
    assert len(distinct) >= 120
    all_es(distinct)


def test_device_finding_and_check_title_translate() -> None:
    facts = {"os": {"ok": True, "system": "macos", "product": "macos", "version": "12.7", "name": "macOS 12.7"},
             "disk_encryption": {"ok": True, "state": "off"}, "screen_lock": {"ok": True, "lock_enabled": False}}
    items = evaluate_device(facts, EOL, dt.date(2026, 11, 27))
    findings = [f for f in (i.to_finding(Subject.DEVICE, "device.hygiene") for i in items) if f is not None]
    assert len(findings) == 3
    for f in findings:
        all_es([f.title, f.why, *f.fix])


def test_browser_unknown_items_translate() -> None:
    items = browser_items({"ok": True, "found": [{"key": "chrome", "version": "130"}]}, {"browsers": {"chrome": {"major": "x"}}}, TODAY)
    assert items[0].status is Status.UNKNOWN and "unreadable" in items[0].detail
    all_es([items[0].title, items[0].detail, *items[0].fix])
    unknown = browser_items({"ok": False, "reason": "failed"}, EOL, TODAY)[0]
    all_es([unknown.title, *unknown.fix])


# ---------------------------------------------------------------------------------------------
# app.passwords


def test_breach_advice_translates() -> None:
    texts = [app_passwords.breach_advice(n) for n in (None, 0, 1, 2, 12_345)]
    assert "once" in texts[2] and "12,345 times" in texts[4]
    all_es(texts)


def test_password_check_translates(hearth: Hearth) -> None:
    member = hearth.members.add("Alice", personal_words=["Rex", "2019"])
    for password in ("", "rex2019", "Rex-the-dog", "correct horse battery staple", "Zebra-Piano-Lantern-42-Oboe"):
        out = app_passwords.check_password(hearth, password, member.id)
        all_es([out["label"], out["crack_time"], *out["suggestions"]])
        if out["warning"]:
            es(out["warning"])


def test_import_progress_and_notes_translate(hearth: Hearth) -> None:
    member = hearth.members.add("Alice")
    hearth.settings.set(S.OFFLINE, True)
    seen: list[str] = []
    result = app_passwords.import_csv(
        hearth, member.id, b"name,url,username,password\nMail,https://gmail.com,a@x,Summer2023!\n",
        breach=True, progress=lambda done, total, text: seen.append(text),
    )
    assert {"Reading the file", "Checking password strength", "Saving"} <= set(seen)
    all_es(seen)
    assert len(result.notes) == 2 and result.notes[0].startswith("Breach check not done: Hearth is set to work offline")
    spanish = all_es(result.notes)
    assert "comprobar si una contraseña" in spanish[0]  # the purpose inside the offline message is translated too


def test_import_without_keyring_note_translates(tmp_path: Path) -> None:
    class NoKeyring:
        secrets = SecretStore(keyring.backends.fail.Keyring())

    keying = app_passwords._fingerprint_key(NoKeyring())  # noqa: SLF001
    assert not keying.persistent
    es(keying.note)


def test_import_file_errors_translate(hearth: Hearth, tmp_path: Path) -> None:
    member = hearth.members.add("Alice")
    cases: list[str | Path | bytes] = [tmp_path / "missing.csv", tmp_path, b"\x00\x00"]
    if os.geteuid() != 0:
        locked = tmp_path / "locked.csv"
        locked.write_text("name,url,username,password\n")
        locked.chmod(0)
        cases.append(locked)
    for case in cases:
        err = catch(lambda case=case: app_passwords.import_csv(hearth, member.id, case), InvalidInput)
        all_es(error_texts(err))
    err = catch(lambda: app_passwords.add_login(hearth, member.id, "Mail", ""), InvalidInput)
    all_es(error_texts(err))


# ---------------------------------------------------------------------------------------------
# app.services.http and app.errors


STATUSES = [
    (401, {}), (403, {}), (429, {"Retry-After": "7"}), (429, {}), (500, {}), (503, {}), (418, {}), (400, {}),
]


@pytest.mark.parametrize("service", ["pwned_passwords", "hibp", "twofa_directory", "passkeys_directory",
                                     "safe_browsing", "urlhaus", "virustotal", "llm", "feeds", "endoflife"])
def test_describe_refusal_translates(service: str) -> None:
    for status, headers in STATUSES:
        err = http.describe_refusal(service, response(status, b"", headers))
        assert err.status == status
        spanish = all_es(error_texts(err))
        if status == 429 and headers:
            assert "8 segundos" in spanish[1]


def test_unreachable_and_failure_words_translate(hearth: Hearth) -> None:
    session = hearth.session("hibp", retries=0)
    err = catch(lambda: session.get("http://127.0.0.1:9/x", purpose="test"), ServiceError)
    assert "could not be reached (no connection)" in err.message
    all_es(error_texts(err))
    for exc in (requests.exceptions.Timeout(), requests.exceptions.SSLError(), requests.exceptions.ConnectionError(),
                requests.exceptions.InvalidURL()):
        es(http._describe_failure(exc))  # noqa: SLF001


def test_offline_errors_translate(hearth: Hearth) -> None:
    hearth.settings.set(S.OFFLINE, True)
    purposes = [pwned.PURPOSE, "", *(f.purpose for f in twofa_directory.FILES)]
    for purpose in purposes:
        err = catch(lambda purpose=purpose: hearth.session("hibp").get("http://127.0.0.1:9/", purpose=purpose), OfflineError)
        all_es(error_texts(err))
    all_es(error_texts(OfflineError()))
    err = catch(lambda: feeds.refresh(hearth), OfflineError)
    all_es(error_texts(err))


def test_keyring_errors_translate(memory_keyring: MemoryKeyring) -> None:
    class PlaintextKeyring(MemoryKeyring):
        pass

    details = [backend_problem(keyring.backends.fail.Keyring()), backend_problem(PlaintextKeyring())]
    assert all(details)
    for detail in [*details, ""]:
        all_es(error_texts(KeyringUnavailable(detail or "")))
    err = catch(lambda: SecretStore(keyring.backends.fail.Keyring()).get("hibp"), KeyringUnavailable)
    all_es(error_texts(err))
    store = SecretStore(memory_keyring)
    for name in KNOWN_SECRETS:
        all_es(error_texts(catch(lambda name=name: store.set(name, "  "), InvalidInput)))
    all_es(error_texts(catch(lambda: store.get("nope"), InvalidInput)))


# ---------------------------------------------------------------------------------------------
# app.services: each service's own messages


def test_pwned_passwords_messages_translate(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    session = use_session(monkeypatch, hearth, always(response(200, "not a range answer")))
    seen: list[str] = []
    with pwned.PwnedPasswords(hearth, workers=1) as client:
        err = catch(lambda: client.counts([pwned.sha1_hex("x")], progress=lambda d, t, text: seen.append(text)), ServiceError)
    all_es([*error_texts(err), *seen, *session.purposes])
    for status in (401, 429, 503):
        use_session(monkeypatch, hearth, always(response(status)))
        with pwned.PwnedPasswords(hearth) as client:
            all_es(error_texts(catch(lambda client=client: client.count("x"), ServiceError)))


def test_offline_index_messages_translate(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    bad = tmp_path / "bad.txt"
    bad.write_text("hello\n")
    mixed = tmp_path / "mixed.txt"
    mixed.write_text("5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:3\n" + "A" * 32 + ":1\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    folder = tmp_path / "folder"
    folder.mkdir()
    for source in (tmp_path / "missing.txt", bad, mixed, empty, folder):
        all_es(error_texts(catch(lambda source=source: pwned.build_offline_index(source, data), InvalidInput)))
    good = tmp_path / "good.txt"
    good.write_text("5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:3\n")
    seen: list[str] = []
    pwned.build_offline_index(good, data, progress=lambda d, t, text: seen.append(text))
    (folder / "00000.txt").write_text("0" * 35 + ":2\n")
    pwned.build_offline_index(folder, data, progress=lambda d, t, text: seen.append(text))
    assert {"Reading the breach file", "Reading the breach folder"} <= set(seen)
    all_es(seen)
    damaged = tmp_path / "damaged.idx"
    damaged.write_bytes(b"HEARTHPW")
    all_es(error_texts(catch(lambda: pwned.OfflineIndex(damaged), StorageError)))


def test_hibp_messages_translate(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    all_es(error_texts(catch(lambda: hibp.hibp_key(hearth), InvalidInput)))
    all_es(error_texts(catch(lambda: hibp.breached_account(hearth, "not an address"), InvalidInput)))
    session = use_session(monkeypatch, hearth, always(response(200, "<html>")))
    all_es(error_texts(catch(lambda: hibp.breach_catalogue(hearth), ServiceError)))
    hearth.secrets.set("hibp", "k" * 32)
    hearth.settings.set(hibp.HIBP_RATE, 10_000)
    all_es(error_texts(catch(lambda: hibp.breached_account(hearth, "a@example.com"), ServiceError)))
    seen: list[str] = []
    results = hibp.check_household(hearth, addresses=["a@example.com", "bad"], progress=lambda d, t, text: seen.append(text))
    assert all(r["error"] for r in results)
    all_es([*seen, *session.purposes, *(r["error"] for r in results)])
    all_es([hibp.HIBP_RATE.label, hibp.HIBP_RATE.description])


def _directory_cache(hearth: Hearth) -> twofa_directory.DirectoryCache:
    return twofa_directory.DirectoryCache.for_hearth(hearth)


def test_twofa_directory_messages_translate(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = _directory_cache(hearth)
    now = dt.datetime(2026, 11, 27, tzinfo=dt.UTC)
    v4 = twofa_directory.FILES_BY_KEY["v4"]
    replies: list[Callable[[], requests.Response]] = [
        lambda: response(304),
        lambda: response(500),
        lambda: response(200, b"[]", {"Content-Length": str(twofa_directory.MAX_BYTES + 1)}),
        lambda: response(200, b"  "),
        lambda: response(200, b"<html>login</html>", {"Content-Type": "text/html"}),
        lambda: response(200, b"{not json"),
        lambda: response(200, b'{"unexpected": true}'),
    ]

    replies.append(broken)
    messages: list[str] = []
    for reply in replies:
        use_session(monkeypatch, hearth, always(reply))
        outcome = twofa_directory.refresh_file(hearth, cache, v4, cancel=twofa_directory.CancelToken(), now=now, force=True)
        assert outcome.status == "missing", outcome
        messages.append(outcome.message)
    # with a copy already there, the messages say Hearth keeps it
    previous = {f"site{i}.example": {"methods": ["totp"]} for i in range(10)}
    cache.folder.mkdir(parents=True, exist_ok=True)
    cache.path(v4).write_bytes(json.dumps(previous).encode())
    cache.save_meta("v4", {"fetched_at": "2026-11-01T10:00:00+00:00"})
    for body in (b'{"one.example": {"methods": ["totp"]}}', b"[]", b""):
        use_session(monkeypatch, hearth, always(lambda body=body: response(200, body)))
        kept = twofa_directory.refresh_file(hearth, cache, v4, cancel=twofa_directory.CancelToken(), now=now, force=True)
        assert kept.status == "kept" and "keeps using its copy from 1 November 2026" in kept.message, kept
        messages.append(kept.message)
    all_es(messages)
    all_es([f.label for f in twofa_directory.FILES] + [f.purpose for f in twofa_directory.FILES])
    all_es([twofa_directory.plain_date(None)])


def test_twofa_directory_status_and_errors_translate(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    use_session(monkeypatch, hearth, always(lambda: response(503)))
    seen: list[str] = []
    err = catch(lambda: twofa_directory.ensure_directory(hearth, progress=lambda d, t, text: seen.append(text)), ServiceError)
    all_es([*error_texts(err), *seen])
    hearth.settings.set(S.OFFLINE, True)
    err = catch(lambda: twofa_directory.ensure_directory(hearth), OfflineError)
    all_es(error_texts(err))
    outcome = twofa_directory.refresh_file(hearth, _directory_cache(hearth), twofa_directory.FILES[0],
                                           cancel=twofa_directory.CancelToken(), now=dt.datetime.now(dt.UTC))
    all_es([outcome.message])
    statuses = [
        twofa_directory.DirectoryStatus(False, "none", None),
        twofa_directory.DirectoryStatus(True, "snapshot", None),
        twofa_directory.DirectoryStatus(True, "cache", "2026-11-01T10:00:00+00:00"),
    ]
    all_es([twofa_directory.describe_status(s) for s in statuses])


def test_feed_messages_translate(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    session = use_session(monkeypatch, hearth, always(lambda: response(200, b"<html>blocked</html>")))
    statuses = feeds.refresh(hearth, force=True)
    messages = [s.message for s in statuses]
    use_session(monkeypatch, hearth, always(lambda: response(500)))
    messages += [s.message for s in feeds.refresh(hearth, force=True)]

    use_session(monkeypatch, hearth, always(broken))
    messages += [s.message for s in feeds.refresh(hearth, force=True)]
    monkeypatch.setattr(feeds, "MAX_BYTES", 4)
    use_session(monkeypatch, hearth, always(lambda: response(200, b"https://a.example/x\n")))
    messages += [s.message for s in feeds.refresh(hearth, force=True)]
    assert len(set(messages)) >= 5 and all(messages)
    all_es(messages + session.purposes + [f.threat for f in feeds.FEEDS])
    monkeypatch.setattr(feeds, "MAX_BYTES", 64 * 1024 * 1024)
    use_session(monkeypatch, hearth, always(lambda: response(200, b"https://bad.example/login\nhttps://worse.example/\n")))
    feeds.refresh(hearth, force=True)
    listings = feeds.match(hearth, ["https://bad.example/login", "https://fine.example/"])
    assert {x.status for x in listings} == {safebrowsing.LISTED, safebrowsing.NOT_LISTED}
    all_es([x.detail for x in listings])


def test_safe_browsing_messages_translate(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    found = {"matches": [{"threatType": t, "threat": {"url": "https://bad.example/"}}
                         for t in ("MALWARE", "SOCIAL_ENGINEERING", "UNWANTED_SOFTWARE", "POTENTIALLY_HARMFUL_APPLICATION", "NEW")]}
    session = use_session(monkeypatch, hearth, always(lambda: response(200, json.dumps(found))))
    listings = safebrowsing.lookup(hearth, ["https://bad.example/", "https://fine.example/"], key="k")
    all_es([x.detail for x in listings] + session.purposes)
    for body, ctype in ((b"<html>", "text/html"), (b"\xff\xfe", ""), (b"[]", ""), (b'{"matches": 3}', "")):
        use_session(monkeypatch, hearth, always(lambda body=body, ctype=ctype: response(200, body, {"Content-Type": ctype})))
        err = catch(lambda: safebrowsing.lookup(hearth, ["https://a.example/"], key="k"), ServiceError)
        all_es(error_texts(err))


def test_urlhaus_and_virustotal_messages_translate(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter([
        {"query_status": "ok", "threat": "malware_download", "url_status": "online"},
        {"query_status": "ok", "threat": "malware_download", "url_status": "offline"},
        {"query_status": "no_results"},
    ])
    session = use_session(monkeypatch, hearth, lambda m, u, k: response(200, json.dumps(next(answers))))
    listings = urlhaus.lookup(hearth, ["https://a.example/", "https://b.example/", "https://c.example/"], key="k")
    assert "still online" in listings[0].detail
    texts = [x.detail for x in listings] + session.purposes
    for answer in ({"query_status": "invalid_auth_key"}, {"query_status": "strange"}):
        use_session(monkeypatch, hearth, always(lambda answer=answer: response(200, json.dumps(answer))))
        texts += error_texts(catch(lambda: urlhaus.lookup(hearth, ["https://a.example/"], key="k"), ServiceError))

    def vt(stats: dict[str, int] | None, status: int = 200) -> Callable[[], requests.Response]:
        body = {"data": {"attributes": {"last_analysis_stats": stats}}} if stats is not None else {"data": {}}
        return lambda: response(status, json.dumps(body))

    for reply in (vt({"malicious": 5, "harmless": 60, "undetected": 10}), vt({"suspicious": 1, "harmless": 70}),
                  vt({"harmless": 70, "undetected": 5}), vt(None, 404)):
        session = use_session(monkeypatch, hearth, always(reply))
        texts += [x.detail for x in virustotal.lookup(hearth, ["https://a.example/"], key="k")] + session.purposes
    use_session(monkeypatch, hearth, always(vt(None)))
    texts += error_texts(catch(lambda: virustotal.lookup(hearth, ["https://a.example/"], key="k"), ServiceError))
    assert len(set(texts)) >= 10
    all_es(texts)


def test_language_model_messages_translate(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    bad_answers: list[Any] = [
        [], {"choices": []}, {"choices": [{"message": "x"}]}, {"choices": [{"message": {"refusal": "no"}}]},
        {"choices": [{"finish_reason": "length", "message": {"content": "{"}}]},
        {"choices": [{"message": {"content": " "}}]}, {"choices": [{"message": {"content": "not json"}}]},
        {"choices": [{"message": {"content": '{"verdict": "maybe"}'}}]},
    ]
    texts: list[str] = []
    for answer in bad_answers:
        texts += error_texts(catch(lambda answer=answer: llm.parse_response(answer, "m"), ServiceError))
    texts += error_texts(catch(lambda: llm.ask(hearth, "hello", model=""), ServiceError))
    session = use_session(monkeypatch, hearth, always(lambda: response(401)))
    texts += error_texts(catch(lambda: llm.ask(hearth, "hello", model="m"), ServiceError))
    texts += session.purposes
    monkeypatch.setenv("HEARTH_LLM_URL", "")
    texts += error_texts(catch(lambda: llm.ask(hearth, "hello", model="m"), ServiceError))
    assert len(set(texts)) >= 10
    all_es(texts)


def test_end_of_life_refresh_messages_translate(hearth: Hearth, monkeypatch: pytest.MonkeyPatch) -> None:
    texts: list[str] = []
    for reply in (lambda: response(500), lambda: response(200, b"not json")):
        session = use_session(monkeypatch, hearth, always(reply))
        texts += error_texts(catch(lambda: app_device.refresh_eol(hearth), ServiceError))
        texts += session.purposes[:1]

    def no_address(service: str) -> str:
        raise KeyError(service)

    monkeypatch.setattr(hearth, "service_url", no_address)
    texts += error_texts(catch(lambda: app_device.refresh_eol(hearth), ServiceError))
    assert "(windows: HTTP 500)" in texts[0]
    all_es(texts)


# ---------------------------------------------------------------------------------------------
# app.settings, app.storage, app.paths


def test_settings_texts_translate(hearth: Hearth) -> None:
    mine = [S.OFFLINE, S.CURRENT_MEMBER, S.WINDOW_GEOMETRY, S.TEXT_SCALE, S.HIGH_CONTRAST, S.LANGUAGE,
            S.SERVICE_URLS, S.ENABLED_SERVICES, hibp.HIBP_RATE]
    all_es([s.label for s in mine] + [s.description for s in mine if s.description])
    texts = []
    texts += error_texts(catch(lambda: hearth.settings.set(S.OFFLINE, None), InvalidInput))  # type: ignore[arg-type]
    texts += error_texts(catch(lambda: hearth.settings.set(S.OFFLINE, "yes"), InvalidInput))  # type: ignore[arg-type]
    texts += error_texts(catch(lambda: hearth.settings.set(S.TEXT_SCALE, 3.0), InvalidInput))
    spanish = all_es(texts)
    assert "«Trabajar sin conexión»" in spanish[0]


def test_storage_errors_translate(tmp_path: Path) -> None:
    texts: list[str] = []
    texts += error_texts(catch(lambda: Database(tmp_path / "nope" / "h.sqlite3"), StorageError))
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not a database at all" * 100)
    texts += error_texts(catch(lambda: Database(damaged), DamagedDatabase))
    import sqlite3

    newer = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 5}")
    conn.close()
    texts += error_texts(catch(lambda: Database(newer), StorageError))
    if os.geteuid() != 0:
        ro = tmp_path / "ro.sqlite3"
        Database(ro).close()
        os.chmod(ro, 0o400)
        texts += error_texts(catch(lambda: Database(ro), StorageError))
        folder = tmp_path / "ro-folder"
        folder.mkdir()
        folder.chmod(0o500)
        try:
            texts += error_texts(catch(lambda: Paths(data=folder, cache=folder, logs=folder).ensure(), StorageError))
            texts += error_texts(catch(lambda: Database(folder / "h.sqlite3"), StorageError))
        finally:
            folder.chmod(0o700)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    texts += error_texts(catch(lambda: Paths(data=blocker / "d", cache=blocker / "c", logs=blocker / "l").ensure(), StorageError))
    assert len(set(texts)) >= 8
    all_es(texts)


def test_repository_messages_translate(tmp_path: Path) -> None:
    db = Database(tmp_path / "h.sqlite3")
    try:
        members, accounts = MembersRepo(db), AccountsRepo(db)
        alice = members.add("Alice")
        texts: list[str] = []
        for call in (
            lambda: members.add(""),
            lambda: members.add("x" * 500),
            lambda: members.add("alice"),
            lambda: members.add("Bob", role="king"),
            lambda: members.add("Bob", personal_words=[f"w{i}" for i in range(500)]),
            lambda: members.get(9999),
            lambda: members.find("Nobody"),
            lambda: members.remove(9999),
            lambda: accounts.get(9999),
            lambda: accounts.update(9999, notes="x"),
            lambda: accounts.add_many(alice.id, [{"domain": "a.example"}]),
            lambda: accounts.add_many(9999, [{"service": "Mail"}]),
            lambda: accounts.add(alice.id, ""),
            lambda: accounts.add(alice.id, "Mail", notes="n" * 600),
            lambda: clean_words(["w" * 500]),
        ):
            texts += error_texts(catch(call, (InvalidInput, NotFound)))
        for what in ("name", "word", "service name", "domain", "login hint", "notes", "twofa method", "place"):
            texts += error_texts(catch(lambda what=what: clean_text("", what=what, limit=5), InvalidInput))
            texts += error_texts(catch(lambda what=what: clean_text("x" * 9, what=what, limit=5), InvalidInput))
        assert len(set(texts)) >= 25
        spanish = all_es(texts)
        assert "Escribe algo en el campo «nombre»." in spanish
        all_es(FIELD_WORDS)
    finally:
        db.close()


def test_breach_data_classes_read_in_spanish() -> None:
    from checks.i18n import N_, Msg
    from checks.passwords import HIBP_DATA_CLASSES, data_class

    exposed = Msg.join(", ", [data_class(c) for c in ("Email addresses", "Password hints", "Passwords", "Usernames")])
    text = N_(
        "{site} was broken into on {when}, and Hearth does not know when this password was last changed. "
        "The thieves took: {exposed}.", site="Adobe", when="2013-10-04", exposed=exposed
    )
    assert text == (
        "Adobe was broken into on 2013-10-04, and Hearth does not know when this password was last changed. "
        "The thieves took: Email addresses, Password hints, Passwords, Usernames."
    )
    spanish = translate(text, "es", strict=True)
    assert "Adobe" in spanish and "2013-10-04" in spanish
    for english in ("Email addresses", "Password hints", "Passwords", "Usernames", "thieves"):
        assert english not in spanish
    assert all(translate(c, "es", strict=True) != c for c in HIBP_DATA_CLASSES)
