"""checks.passwords: strength, personal words, long input, variants, clusters, account health."""

from __future__ import annotations

import datetime as dt

import pytest

from checks import passwords as pw
from checks.base import Severity


def test_empty_password_does_not_crash() -> None:
    s = pw.estimate_strength("")
    assert s.score == 0 and s.method == "empty" and s.warning == pw.EMPTY_WARNING


def test_common_password_is_very_weak() -> None:
    s = pw.estimate_strength("password")
    assert s.score == 0
    assert "common" in s.warning.lower()
    assert s.crack_time == "less than a second"


def test_passphrase_is_strong() -> None:
    assert pw.estimate_strength("correct horse battery staple").score == 4


def test_personal_words_make_rex2019_weak() -> None:
    inputs = pw.personal_inputs(["Rex the dog", "2019-05-04"], "Alice Smith")
    assert {"rex", "dog", "alice", "smith", "2019", "0405", "0504"} <= set(inputs)
    plain = pw.estimate_strength("Rex2019!")
    personal = pw.estimate_strength("Rex2019!", inputs)
    assert personal.personal and not plain.personal
    assert personal.score <= 1 < 3
    assert "profile" in personal.warning
    # the warning never repeats the word itself
    assert "rex" not in personal.warning.lower()


def test_l33t_personal_word_is_found() -> None:
    inputs = pw.personal_inputs(["Buster"])
    assert pw.estimate_strength("8u$ter!!2020", inputs).personal


@pytest.mark.parametrize("length", [73, 150, 300])
def test_long_input_is_estimated_not_refused(length: int) -> None:
    text = ("Tr0ub4dor&3 staple Horse battery #" * 20)[:length]
    s = pw.estimate_strength(text)
    assert s.length == length
    assert s.method in ("zxcvbn-chunks", "zxcvbn-repeat")
    assert 0 <= s.score <= 4


def test_long_repeat_is_weak_and_long_random_is_strong() -> None:
    assert pw.estimate_strength("a" * 300).score <= 1
    random_text = "kq8#Vz2!mP0xLr7@tY4&bN1^cW6*hJ3%sD9(fG5)aE0_uI8+oQ2=yT7~pK4Zr" * 2 + "Qm9#x"
    s = pw.estimate_strength(random_text)
    assert s.score == 4
    # never rated below its first 72 characters
    assert s.guesses_log10 >= pw.estimate_strength(random_text[:72]).guesses_log10


def test_crack_time_words() -> None:
    assert pw.crack_time_words(0.5) == "less than a second"
    assert pw.crack_time_words(1) == "1 second"
    assert pw.crack_time_words(3 * 3600) == "3 hours"
    assert pw.crack_time_words(1e12) == "more than a hundred years"


def test_to_dict_is_json_ready_and_has_no_password() -> None:
    import json

    d = pw.estimate_strength("Sunshine2024!").to_dict()
    text = json.dumps(d)
    assert "Sunshine" not in text
    assert {"score", "guesses_log10", "crack_time", "warning", "suggestions"} <= set(d)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Summer2023!", "Summer2024!"),
        ("Summer2023!", "summer2024?"),
        ("P@ssw0rd2023", "Password2024"),
        ("Sum!2023mer", "Sum!2024mer"),
        ("123Football", "football456"),
    ],
)
def test_variants_share_a_form(a: str, b: str) -> None:
    assert set(pw.variant_forms(a)) & set(pw.variant_forms(b))


@pytest.mark.parametrize(("a", "b"), [("Summer2023!", "Winter2023!"), ("horse staple", "battery correct")])
def test_different_passwords_share_no_form(a: str, b: str) -> None:
    assert not set(pw.variant_forms(a)) & set(pw.variant_forms(b))


def test_short_cores_are_not_forms() -> None:
    assert pw.variant_forms("ab12345!") == ()


def test_cluster_exact_and_variants() -> None:
    items = [
        ("gmail", "E1", ["core:summer"]),
        ("shop", "E1", ["core:summer"]),
        ("bank", "E2", ["core:summer"]),
        ("forum", "E3", ["core:other"]),
    ]
    c = pw.cluster(items)
    assert c.exact["gmail"] == c.exact["shop"] and "bank" not in c.exact and "forum" not in c.exact
    assert c.exact_sizes[c.exact["gmail"]] == 2
    assert c.variants["bank"] == c.variants["gmail"]
    assert c.variant_sizes[c.variants["bank"]] == 3
    assert "forum" not in c.variants


def test_account_kind_and_change_url() -> None:
    assert pw.account_kind("Gmail", "mail.google.com") == "email"
    assert pw.account_kind("My Bank", "") == "bank"
    assert pw.account_kind("PayPal", "paypal.com") == "bank"
    assert pw.account_kind("Vodafone", "vodafone.co.uk") == "phone"
    assert pw.account_kind("Bitwarden", "vault.bitwarden.com") == "password_manager"
    assert pw.account_kind("Forum", "forum.example") == "other"
    assert pw.change_password_url("www.github.com") == "https://github.com/settings/security"
    assert pw.change_password_url("shop.example") == "https://shop.example/.well-known/change-password"
    assert pw.change_password_url("") == ""


def _catalogue() -> list[pw.Breach]:
    raw = {
        "Name": "ExampleShop", "Title": "Example Shop", "Domain": "shop.example", "BreachDate": "2024-03-01",
        "DataClasses": ["Email addresses", "Passwords"], "IsVerified": True, "Extra": 1,
    }
    b = pw.parse_breach(raw)
    assert b is not None
    return [b]


def test_breached_after_change() -> None:
    facts = pw.AccountFacts(key=1, service="Example Shop", domain="www.shop.example", last_changed="2023-01-01")
    problems = pw.account_problems(facts, catalogue=_catalogue(), today=dt.date(2025, 1, 1))
    assert [p.check_id for p in problems] == ["password.site_breached"]
    assert problems[0].severity == Severity.HIGH
    assert "2024-03-01" in problems[0].why and "Passwords" in problems[0].why
    changed_after = pw.AccountFacts(key=1, service="Example Shop", domain="shop.example", last_changed="2024-06-01")
    assert pw.account_problems(changed_after, catalogue=_catalogue(), today=dt.date(2025, 1, 1)) == []


def test_parse_breach_tolerates_junk() -> None:
    assert pw.parse_breach({"Title": "no name"}) is None
    assert pw.parse_breach("nope") is None  # type: ignore[arg-type]
    b = pw.parse_breach({"Name": "X", "BreachDate": "garbage", "DataClasses": ["A", 3]})
    assert b is not None and b.breach_date is None and b.data_classes == ("A",)


def test_one_row_per_account_ranked_reset_accounts_first() -> None:
    accounts = [
        pw.AccountFacts(key="forum", service="Forum", domain="forum.example", strength_score=0,
                        breach_count=5000, reuse_cluster="R1", reuse_count=2),
        pw.AccountFacts(key="gmail", service="Gmail", domain="gmail.com", strength_score=2,
                        reuse_cluster="R1", reuse_count=2),
        pw.AccountFacts(key="news", service="News", domain="news.example", strength_score=4),
        pw.AccountFacts(key="bank", service="Bank", domain="chase.com", strength_score=4,
                        variant_cluster="V1", variant_count=2),
    ]
    rows = pw.account_health(accounts)
    assert [r.key for r in rows] == ["gmail", "bank", "forum", "news"]
    assert len(rows) == 4  # one row per account
    forum = next(r for r in rows if r.key == "forum")
    assert {p.check_id for p in forum.problems} == {"password.pwned", "password.reused", "password.weak"}
    assert all(p.fix for p in forum.problems)
    gmail = rows[0]
    assert gmail.can_reset_others and gmail.change_url.startswith("https://myaccount.google.com")
    assert gmail.problems[0].severity == Severity.CRITICAL
    assert rows[-1].problems == ()
    d = gmail.to_dict()
    assert d["worst"] == "critical" and d["problems"][0]["fix"]


def _leet_cases() -> list[str]:
    import random

    rng = random.Random(7)
    words = ["password", "monkey", "dragon", "shadow", "football", "letmein", "sunshine", "princess", "welcome",
             "trustno1", "iloveyou", "starwars", "superman", "jennifer", "baseball", "summer"]
    table = {"a": "4@", "e": "3", "i": "1!|", "o": "0", "s": "$5", "t": "7+", "l": "1|7", "g": "9", "b": "8"}
    out = ["P@ssw0rd", "p4$$w0rd!", "l33th4x0r", "Tr0ub4dor&3", "5umm3r2024!", "|1!7+(", "@dm1n1str4t0r",
           "P@ssw0rd!" * 8, ("@4$5!1|0+7" * 8)[:72]]
    for _ in range(60):
        w = "".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
        out.append("".join(rng.choice(table[c]) if c in table and rng.random() < 0.6 else c for c in w))
    return out


def test_fast_zxcvbn_matches_the_library() -> None:
    from zxcvbn import zxcvbn

    for text in _leet_cases():
        expected = zxcvbn(text, user_inputs=["rex", "alice"])
        with pw._ZXCVBN_LOCK:
            got = pw._zxcvbn_fast(text, ["rex", "alice"])
        assert (got["guesses"], got["score"], got["feedback"]) == (
            expected["guesses"], expected["score"], expected["feedback"]), text


def test_fast_zxcvbn_refuses_over_72() -> None:
    with pytest.raises(ValueError):
        pw._zxcvbn_fast("x" * 73, [])


def test_filler_words_from_profile_phrases_do_not_count_as_personal() -> None:
    inputs = pw.personal_inputs(["Rex the dog"])
    assert not pw.estimate_strength("theatre-Lantern-Quokka-88", inputs).personal
    assert pw.estimate_strength("rexrex!!77", inputs).personal
