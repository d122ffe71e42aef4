"""checks.redact: personal data is removed before anything leaves the computer."""

from __future__ import annotations

import pytest

from checks.redact import PLACEHOLDERS, iban_valid, luhn_valid, redact


def kinds(text: str, **kw: object) -> list[str]:
    return [r.kind for r in redact(text, **kw).replacements]  # type: ignore[arg-type]


def test_names_from_profiles_and_their_parts() -> None:
    r = redact("Hello Alice Smith! alice, please tell SMITH junior.", names=["Alice Smith"])
    assert "Alice" not in r.text and "alice" not in r.text and "SMITH" not in r.text
    assert r.text.count("[name]") == 3
    # a word that merely contains the name stays
    assert redact("Malice and Alicetown", names=["Alice"]).text == "Malice and Alicetown"


def test_email_addresses_keep_only_the_domain() -> None:
    r = redact("Write to bob.jones+x@gmail.com or admin@paypa1-secure.example today")
    assert "bob.jones" not in r.text and "admin@" not in r.text
    assert "[e-mail address at gmail.com]" in r.text
    assert "[e-mail address at paypa1-secure.example]" in r.text
    assert [x.kind for x in r.replacements] == ["email", "email"]


def test_email_domain_that_holds_a_household_name_is_removed_too() -> None:
    r = redact("mail me at me@smithfamily.net or me@smith-home.net", names=["Jo Smith"])
    assert "smith" not in r.text.lower()


def test_phone_numbers_except_the_senders() -> None:
    text = "From +44 7911 123456: call me on 020 7946 0958 or +1 (415) 555-0132."
    r = redact(text, keep_phones=["07911 123456"], region="GB")
    assert "+44 7911 123456" in r.text
    assert "7946" not in r.text and "555-0132" not in r.text
    assert r.text.count("[phone number]") == 2


def test_card_numbers_need_luhn() -> None:
    r = redact("Card 4111 1111 1111 1111 expires soon; order 4111 1111 1111 1112 shipped")
    assert "[card number]" in r.text
    assert "4111 1111 1111 1111" not in r.text
    assert "card" in [x.kind for x in r.replacements]
    # the non-Luhn number is not called a card, but it is still a long number and removed
    assert r.text.count("[card number]") == 1
    assert "1112" not in r.text


def test_luhn_and_iban_checks() -> None:
    assert luhn_valid("4111111111111111") and luhn_valid("79927398713")
    assert not luhn_valid("4111111111111112") and not luhn_valid("") and not luhn_valid("12a4")
    assert iban_valid("GB82 WEST 1234 5698 7654 32") and iban_valid("DE89370400440532013000")
    assert not iban_valid("GB82 WEST 1234 5698 7654 33") and not iban_valid("XX00")


def test_bank_details() -> None:
    r = redact("IBAN GB82 WEST 1234 5698 7654 32, sort code 12-34-56, account number 12345678, acct: 9876")
    assert "GB82" not in r.text and "12-34-56" not in r.text and "12345678" not in r.text and "9876" not in r.text
    assert "[bank account (IBAN)]" in r.text
    assert r.text.count("[account number]") == 3


def test_ssn_and_ni_numbers() -> None:
    r = redact("My SSN is 123-45-6789 and ssn 987654321; NI number QQ 12 34 56 C")
    assert "6789" not in r.text and "987654321" not in r.text and "QQ 12" not in r.text
    assert [x.kind for x in r.replacements] == ["ssn", "ssn", "ni"]


@pytest.mark.parametrize(
    "text",
    [
        "Your verification code is 482913.",
        "482913 is your Amazon verification code",
        "G-482913 is your Google verification code.",
        "Use OTP: 4829 to log in",
        "Your code: 482 913",
    ],
)
def test_one_time_codes(text: str) -> None:
    r = redact(text)
    assert "482913" not in r.text.replace(" ", "") and "4829" not in r.text
    assert "[code]" in r.text


def test_addresses() -> None:
    r = redact("Deliver to 221B Baker Street, London NW1 6XE or 42 Elm Avenue, Springfield, IL 62704. Flat 3 is fine")
    for part in ("Baker", "NW1 6XE", "Elm", "62704", "Flat 3"):
        assert part not in r.text
    assert "London" in r.text  # a city alone does not identify anyone
    assert set(x.kind for x in r.replacements) == {"address"}


def test_links_are_kept_but_emails_inside_them_are_removed() -> None:
    url = "https://paypa1-secure.example/login/verify?id=88123&next=/home"
    r = redact(f"Click {url} now, or http://x.example/?u=amy@example.com")
    assert url in r.text  # evidence for the look-up services stays intact
    assert "amy@example.com" not in r.text
    assert "http://x.example/?u=[e-mail address" in r.text


def test_ordinary_text_is_left_alone() -> None:
    text = "See you at 5 pm on the road, 2 days to go. Bring 3 apples! Total 12.50 GBP, 10:30 on 12/05."
    r = redact(text, names=["Zed"])
    assert r.text == text
    assert r.replacements == ()
    assert r.summary() == "No personal details were found to remove."


def test_zero_width_characters_do_not_hide_numbers() -> None:
    r = redact("call 020\u200b7946\u200b0958 now", region="GB")
    assert "7946" not in r.text


def test_summary_and_list_never_hold_original_values() -> None:
    r = redact("Alice, code 551234, mail alice@example.com, phone 020 7946 0958", names=["Alice"], region="GB")
    listing = repr([x.to_dict() for x in r.replacements]) + r.summary()
    for original in ("Alice", "551234", "alice@", "7946"):
        assert original not in listing
    assert r.counts() == {"name": 1, "code": 1, "email": 1, "phone": 1}
    assert r.summary().startswith("Removed 1 name, 1 one-time code, 1 e-mail address and 1 phone number")
    assert all(x.placeholder.startswith("[") for x in r.replacements)
    assert set(PLACEHOLDERS) >= {x.kind for x in r.replacements}


def test_plurals_in_summary() -> None:
    r = redact("1 High Street and 2 Low Street", names=[])
    assert r.summary() == "Removed 2 addresses."


@pytest.mark.parametrize(
    "text",
    ["", "\x00\x01\x02", "\u202eevil\u202c", "@@@@", "1" * 5000, "http://" * 200, "a@b." * 300, "💥" * 100],
)
def test_odd_input_does_not_crash(text: str) -> None:
    r = redact(text, names=["A", "", "  "], keep_phones=["", "not a number"], region="ZZ")
    assert isinstance(r.text, str)
    assert "1" * 13 not in r.text  # a long run of digits never goes out whole


def test_unknown_region_still_finds_international_numbers() -> None:
    assert "phone" in kinds("ring +44 20 7946 0958", region="ZZ")


def test_random_text_with_planted_card_and_email() -> None:
    """A seeded fuzz: whatever surrounds them, a card number and an e-mail address never survive."""
    import random

    rng = random.Random(20261127)
    alphabet = "abcdefghij KLMNOP 0123456789 .,:;@-+/()#\n\u200b\u00e9\u0430\U0001f600"
    for _ in range(300):
        left = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        right = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        text = f"{left} 4111 1111 1111 1111 {right} write to zoe.q@example.org now"
        out = redact(text, names=["Zoe"], region="GB").text
        assert "4111 1111 1111 1111" not in out
        assert "zoe.q@" not in out
