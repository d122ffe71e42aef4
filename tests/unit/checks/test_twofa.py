"""checks.twofa: parsing the directory shapes, matching typed sites, the ladder, findings and coverage."""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace

import pytest

from checks import twofa as T
from checks.base import CheckContext, Severity
from checks.registry import get as get_check

# A small directory in the real shapes (PROTOCOLS.md section 2), including the quirks:
# additional domains copied under their own key, {} for a site without 2FA, an IDN site.
V4 = {
    "github.com": {
        "methods": ["sms", "totp", "custom-software", "u2f"],
        "custom-software": ["GitHub Mobile"],
        "documentation": "https://docs.github.com/2fa",
        "recovery": "https://docs.github.com/recover",
        "notes": "Hardware tokens must have a backup method, either SMS or software token.",
    },
    "mail.google.com": {"methods": ["sms", "call", "totp", "custom-software", "u2f"], "documentation": "https://safety.google/authentication/"},
    "gmail.com": {"methods": ["sms", "call", "totp", "custom-software", "u2f"], "documentation": "https://safety.google/authentication/"},
    "drive.google.com": {"methods": ["totp"]},
    "amazon.com": {"methods": ["sms", "call", "totp"], "documentation": "https://www.amazon.com/2fa"},
    "amazon.co.uk": {"methods": ["sms", "call", "totp"], "documentation": "https://www.amazon.com/2fa"},
    "smallbank.co.uk": {"methods": ["sms"]},
    "2k.com": {},
    "xn--mnchen-3ya.de": {"methods": ["email"]},
    "mailbox.example": {"methods": ["email", "totp"]},
}
V3 = [
    ["GitHub", {"domain": "github.com", "tfa": ["sms", "totp", "custom-software", "u2f"], "keywords": ["developer"]}],
    ["Gmail", {"domain": "mail.google.com", "additional-domains": ["gmail.com"], "tfa": ["sms"], "keywords": ["email"]}],
    ["Google Drive", {"domain": "drive.google.com", "tfa": ["totp"], "keywords": ["backup"]}],
    ["Amazon", {"domain": "amazon.com", "additional-domains": ["amazon.co.uk"], "tfa": ["sms"], "keywords": ["retail"]}],
    ["Small Bank", {"domain": "smallbank.co.uk", "tfa": ["sms"], "keywords": ["banking"], "regions": ["gb"]}],
    ["2K Games", {"domain": "2k.com", "contact": {"form": "https://support.2k.com/", "twitter": "2K"}, "keywords": ["gaming"]}],
    ["München", {"domain": "xn--mnchen-3ya.de", "tfa": ["email"], "keywords": ["government"]}],
]
PASSKEYS = {
    "github.com": {"mfa": "allowed", "passwordless": "allowed", "documentation": "https://docs.github.com/passkeys", "name": "GitHub"},
    "mail.google.com": {"mfa": "allowed", "passwordless": "allowed", "name": "Gmail"},
    "amazon.co.uk": {"passwordless": "allowed", "name": "Amazon"},
    "kayak.com": {"passwordless": "allowed", "name": "KAYAK"},
    "nothing.com": {"name": "Nothing"},
}


@pytest.fixture(scope="module")
def index() -> T.DirectoryIndex:
    return T.build_index(V4, V3, PASSKEYS)


# -- parsing ----------------------------------------------------------------------------------


def test_build_index_reads_all_three_shapes(index: T.DirectoryIndex) -> None:
    gh = index.get("github.com")
    assert gh is not None and gh.name == "GitHub" and gh.categories == ("developer",)
    assert gh.methods == ("sms", "totp", "custom-software", "u2f")
    assert gh.custom_software == ("GitHub Mobile",)
    assert gh.passkeys == T.PasskeyInfo("allowed", "allowed", "https://docs.github.com/passkeys", None, None, "GitHub")
    # The additional domain gets the name and the passkeys of its main domain.
    gmail = index.get("gmail.com")
    assert gmail is not None and gmail.name == "Gmail" and gmail.main_domain == "mail.google.com"
    assert gmail.passkeys is not None and gmail.passkeys.passwordless == "allowed"
    # {} = listed, no 2FA; contact details from v3.
    k2 = index.get("2k.com")
    assert k2 is not None and k2.methods == () and not k2.has_2fa and k2.contact["twitter"] == "2K"
    # A site only the Passkeys Directory knows is added; one with no passkey support is not.
    assert index.get("kayak.com") is not None and not index.get("kayak.com").in_2fa_directory  # type: ignore[union-attr]
    assert index.get("nothing.com") is None


def test_build_index_without_names_still_works() -> None:
    idx = T.build_index(V4)
    assert idx.get("github.com").name is None  # type: ignore[union-attr]
    assert T.recommend(idx.get("github.com")) == "u2f"


@pytest.mark.parametrize("bad", [[], {}, "text", None, 3, {"a.com": "x"}])
def test_bad_v4_shapes_are_refused(bad: object) -> None:
    with pytest.raises(T.DirectoryFormatError):
        T.build_index(bad)


@pytest.mark.parametrize(("v3", "pk"), [({}, None), ([], None), (None, []), (None, {"a.com": 1})])
def test_bad_optional_shapes_are_refused(v3: object, pk: object) -> None:
    with pytest.raises(T.DirectoryFormatError):
        T.build_index(V4, v3, pk)


def test_broken_single_entries_are_skipped() -> None:
    idx = T.build_index({"good.com": {"methods": ["totp", "carrier-pigeon", 7]}, "bad.com": ["totp"]})
    assert idx.get("good.com").methods == ("totp",)  # type: ignore[union-attr]
    assert idx.get("bad.com") is None


# -- normalising and matching ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "host", "matched_domain", "how"),
    [
        ("github.com", "github.com", "github.com", T.MATCH_EXACT),
        ("GitHub.COM", "github.com", "github.com", T.MATCH_EXACT),
        ("github.com.", "github.com", "github.com", T.MATCH_EXACT),
        ("www.github.com", "github.com", "github.com", T.MATCH_EXACT),
        ("  https://www.github.com/settings/security?tab=2fa#top  ", "github.com", "github.com", T.MATCH_EXACT),
        ("http://user@github.com:8443/login", "github.com", "github.com", T.MATCH_EXACT),
        ("gist.github.com", "gist.github.com", "github.com", T.MATCH_PARENT),
        ("a.b.gist.github.com", "a.b.gist.github.com", "github.com", T.MATCH_PARENT),
        ("mail.google.com", "mail.google.com", "mail.google.com", T.MATCH_EXACT),
        ("gmail.com", "gmail.com", "gmail.com", T.MATCH_EXACT),  # an additional domain
        ("rose.smith@gmail.com", "gmail.com", "gmail.com", T.MATCH_EXACT),  # an e-mail address
        ("google.com", "google.com", "mail.google.com", T.MATCH_ACCOUNT),
        ("accounts.google.com", "accounts.google.com", "mail.google.com", T.MATCH_ACCOUNT),
        ("amazon.co.uk", "amazon.co.uk", "amazon.co.uk", T.MATCH_EXACT),  # regional, listed
        ("www.amazon.co.uk/gp/yourstore", "amazon.co.uk", "amazon.co.uk", T.MATCH_EXACT),
        ("amazon.de", "amazon.de", "amazon.com", T.MATCH_REGIONAL),  # regional, not listed: the .com
        ("münchen.de", "xn--mnchen-3ya.de", "xn--mnchen-3ya.de", T.MATCH_EXACT),  # IDN typed in Unicode
        ("MÜNCHEN.DE", "xn--mnchen-3ya.de", "xn--mnchen-3ya.de", T.MATCH_EXACT),
        ("xn--mnchen-3ya.de", "xn--mnchen-3ya.de", "xn--mnchen-3ya.de", T.MATCH_EXACT),  # punycode
        ("https://www.münchen.de/rathaus", "xn--mnchen-3ya.de", "xn--mnchen-3ya.de", T.MATCH_EXACT),
        ("github\u200b.com", "github.com", "github.com", T.MATCH_EXACT),  # invisible character pasted along
        ("ｇｉｔｈｕｂ.ｃｏｍ", "github.com", "github.com", T.MATCH_EXACT),  # full-width letters
    ],
)
def test_matching(index: T.DirectoryIndex, typed: str, host: str, matched_domain: str, how: str) -> None:
    result = T.lookup(index, typed)
    assert result.domain == host
    assert result.matched and result.matched_domain == matched_domain
    assert result.how == how


@pytest.mark.parametrize("typed", ["example.org", "docs.google.com", "notlisted.co.uk", "new-site.zzzunknowntld"])
def test_unknown_sites_get_generic_guidance(index: T.DirectoryIndex, typed: str) -> None:
    result = T.lookup(index, typed)
    assert not result.matched and result.methods == () and result.recommended is None and result.passkeys is None
    assert result.advice == T.GENERIC_ADVICE
    d = result.to_dict()
    assert d["matched"] is False and d["name"] is None and d["methods"] == []


def test_unknown_sub_site_lists_related_sites(index: T.DirectoryIndex) -> None:
    result = T.lookup(index, "docs.google.com")
    assert ("drive.google.com", "Google Drive") in result.related
    assert "drive.google.com" in result.summary


def test_short_names_are_not_matched_regionally(index: T.DirectoryIndex) -> None:
    idx = T.build_index({"ee.com": {"methods": ["sms"]}})
    assert not T.lookup(idx, "ee.co.uk").matched


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "type a website"),
        ("   ", "type a website"),
        ("github", "missing its ending"),
        ("192.168.1.1", "numeric"),
        ("http://[::1]/", "numeric"),
        ("two words.com", "does not look like"),
        ("a..b.com", "does not look like"),
        ("x" * 3000, "too long"),
        ("bad\u2603domain<>.com", "cannot be in a web address"),
    ],
)
def test_bad_input_gets_a_plain_message(index: T.DirectoryIndex, typed: str, words: str) -> None:
    with pytest.raises(T.InvalidSite) as info:
        T.lookup(index, typed)
    assert words in str(info.value)


def test_lookup_without_an_index_is_generic() -> None:
    result = T.lookup(None, "github.com")
    assert not result.matched and result.advice == T.GENERIC_ADVICE


# -- the ladder -----------------------------------------------------------------------------


def test_every_method_has_a_label_a_tier_and_one_sentence() -> None:
    for method in T.METHODS:
        assert method in T.TIER and T.METHOD_LABELS[method] and T.METHOD_SHORT[method]
        sentence = T.TRADE_OFFS[method]
        assert sentence.endswith(".") and sentence.count(". ") == 0, method


def test_ladder_order_and_recommendation(index: T.DirectoryIndex) -> None:
    assert [T.TIER[m] for m in T.METHODS] == sorted(T.TIER[m] for m in T.METHODS)
    assert T.recommend(index.get("github.com")) == "passkey"
    assert T.recommend(index.get("drive.google.com")) == "totp"
    assert T.recommend(index.get("smallbank.co.uk")) == "sms"
    assert T.recommend(index.get("xn--mnchen-3ya.de")) == "email"
    assert T.recommend(index.get("2k.com")) is None
    assert T.recommend(None) is None
    rungs = T.ladder(index.get("amazon.com"))
    assert [r.method for r in rungs] == list(T.METHODS)
    # amazon.com has no passkeys entry itself, but its sibling amazon.co.uk (same v3 site) has.
    assert [r.method for r in rungs if r.offered] == ["passkey", "totp", "sms", "call"]
    assert [r.method for r in rungs if r.recommended] == ["passkey"]
    assert [r.method for r in T.ladder(index.get("drive.google.com")) if r.offered] == ["totp"]


def test_lookup_json_shape(index: T.DirectoryIndex) -> None:
    d = T.lookup(index, "https://github.com/").to_dict()
    assert {k: d[k] for k in ("domain", "matched", "name", "methods", "recommended", "documentation", "recovery", "notes")} == {
        "domain": "github.com",
        "matched": True,
        "name": "GitHub",
        "methods": ["sms", "totp", "custom-software", "u2f"],
        "recommended": "passkey",
        "documentation": "https://docs.github.com/2fa",
        "recovery": "https://docs.github.com/recover",
        "notes": "Hardware tokens must have a backup method, either SMS or software token.",
    }
    assert d["passkeys"]["mfa"] == "allowed" and d["passkeys"]["passwordless"] == "allowed"
    none = T.lookup(index, "2k.com").to_dict()
    assert none["matched"] is True and none["methods"] == [] and none["recommended"] is None and none["passkeys"] is None
    assert any("support.2k.com" in a for a in none["advice"])


def test_setup_guide_uses_the_sites_links(index: T.DirectoryIndex) -> None:
    gh = T.lookup(index, "github.com")
    guide = T.setup_guide("passkey", gh)
    assert guide.documentation == "https://docs.github.com/passkeys"
    assert any("docs.github.com/passkeys" in s for s in guide.steps)
    assert any("passport" in s for s in guide.recovery)
    assert any("docs.github.com/recover" in s for s in guide.recovery)
    assert T.setup_guide("custom-software", gh).need[0] == "The company's app: GitHub Mobile."
    assert "QR code" in T.setup_guide("totp").qr_explainer
    with pytest.raises(ValueError):
        T.setup_guide("carrier-pigeon")


# -- findings and coverage ------------------------------------------------------------------


def _acc(service: str, domain: str, method: str) -> SimpleNamespace:
    return SimpleNamespace(service=service, domain=domain, twofa_method=method)


def test_sms_where_an_app_or_key_is_offered_is_a_finding(index: T.DirectoryIndex) -> None:
    found = T.findings([_acc("Gmail", "gmail.com", "sms")], index)
    assert [f.check_id for f in found] == ["twofa.weak_method"]
    f = found[0]
    assert f.severity == Severity.MEDIUM and f.subject_ref == "gmail.com"
    assert "passkey" in f.title and f.fix and "safety.google" in f.fix[0]
    # SMS where SMS is all the site offers: nothing to switch to.
    assert T.findings([_acc("Small Bank", "smallbank.co.uk", "sms")], index) == []
    # An app user is fine.
    assert T.findings([_acc("GitHub", "github.com", "totp")], index) == []


def test_important_accounts_without_2fa_come_first_email_first(index: T.DirectoryIndex) -> None:
    accounts = [
        _acc("Facebook", "facebook.com", "none"),
        _acc("Small Bank", "smallbank.co.uk", "none"),
        _acc("Gmail", "gmail.com", "none"),
        _acc("Some game", "2k.com", "none"),  # not important: no finding
        _acc("1Password", "1password.com", "unknown"),
    ]
    found = T.findings(accounts, index)
    # Severity first; then e-mail, bank, phone carrier, password manager, social.
    assert [f.subject_ref for f in found] == ["gmail.com", "smallbank.co.uk", "1password.com", "facebook.com"]
    assert [f.severity for f in found] == [Severity.HIGH, Severity.HIGH, Severity.MEDIUM, Severity.MEDIUM]
    assert found[2].title.startswith("Check whether")  # "unknown" is one step milder than "none"
    assert all(f.fix for f in found)


def test_important_account_on_a_site_without_2fa(index: T.DirectoryIndex) -> None:
    found = T.findings([_acc("My e-mail at 2K", "2k.com", "none")], index)
    assert [f.check_id for f in found] == ["twofa.not_offered"]


def test_importance_from_names_when_the_site_is_unknown() -> None:
    assert T.importance(_acc("Credit Union savings", "", "none"), None) == "bank"
    assert T.importance(_acc("Verizon", "verizon.com", "none"), None) == "carrier"
    assert T.importance(_acc("Bitwarden", "", "none"), None) == "password_manager"
    assert T.importance(_acc("Chess club", "chess.example", "none"), None) is None


def test_household_coverage(index: T.DirectoryIndex) -> None:
    cov = T.household_coverage(
        {
            "Rose": [_acc("Gmail", "gmail.com", "sms"), _acc("Small Bank", "smallbank.co.uk", "none"), _acc("GitHub", "github.com", "unknown")],
            "Sam": [_acc("GitHub", "github.com", "passkey")],
            "Ann": [],
        },
        index,
    )
    rose, sam, ann = cov.members
    assert (rose.total, rose.with_2fa, rose.without_2fa, rose.unknown) == (3, 1, 1, 1)
    assert rose.phone_only == ("Gmail",)
    assert rose.important_missing == (("Small Bank", "bank"),)
    assert "1 of 3" in rose.sentence and "Small Bank" in rose.sentence
    assert (sam.total, sam.with_2fa, sam.percent) == (1, 1, 100)
    assert ann.total == 0 and "no accounts" in ann.sentence
    assert (cov.total, cov.with_2fa) == (4, 2)
    assert cov.to_dict()["members"][0]["important_missing"] == [{"service": "Small Bank", "kind": "bank"}]


def test_the_check_is_registered_and_pure(index: T.DirectoryIndex) -> None:
    check = get_check("twofa")
    ctx = CheckContext(
        now=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
        facts={T.FACT_ACCOUNTS: [_acc("Gmail", "gmail.com", "none")], T.FACT_TWOFA_INDEX: index},
    )
    found = check.run(ctx)
    assert [f.check_id for f in found] == ["twofa.important_without_2fa"]
    assert check.run(dataclasses.replace(ctx, facts={})) == []
