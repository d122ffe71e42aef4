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
    # inside a link the placeholder has no spaces, so the link stays one word
    assert "http://x.example/?u=[e-mail_address_at_example.com]" in r.text


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


# -- issue 15 §3: what the attack found going out ------------------------------------------------


def test_personal_data_inside_a_link_is_removed_and_the_host_kept() -> None:
    url = "http://x.top/upd?email=alice.smith%40gmail.com&card=4111111111111111&phone=%2B447700900123"
    r = redact(f"Update now: {url}")
    for secret in ("alice", "4111", "7700900123", "%2B44", "%40"):
        assert secret not in r.text
    assert "http://x.top/upd?email=[e-mail_address_at_gmail.com]&card=[card_number]&phone=[phone_number]" in r.text
    assert r.counts() == {"email": 1, "card": 1, "phone": 1}


def test_link_paths_logins_fragments_and_nested_links() -> None:
    text = (
        "http://alice:secret@evil.example/u/alice.smith%40gmail.com/x?next=https%3A%2F%2Fa.example%2F%3Femail%3Dbob%2540x.com"
        " and www.evil.example/p?name=Zoe+Garcia&id=88123#dob=1960-02-01"
        " and evil.example/login?user=amy99&t=abc"
    )
    r = redact(text, names=["Zoë García"])
    for secret in ("alice", "secret@", "bob", "Zoe", "Garcia", "1960", "amy99"):
        assert secret not in r.text
    for kept in ("evil.example/u/", "https://a.example/", "www.evil.example/p?name=", "id=88123", "t=abc"):
        assert kept in r.text


def test_card_numbers_in_any_grouping() -> None:
    for card in (
        "4111-1111.1111 1111",
        "4 1111111 11111111",
        "4111 - 1111 - 1111 - 1111",
        "4111_1111_1111_1111",
        "５５５５ ５５５５ ５５５５ ４４４４",
        "378282246310005",
        "3782 822463 10005",
    ):
        r = redact(f"card {card} thanks")
        assert "[card number]" in r.text, card
        assert not any(ch.isdigit() for ch in r.text), (card, r.text)
    # an amount or a date next to a card stays
    r = redact("Pay £12.50 on 03/04/2026 with 4111 1111 1111 1111")
    assert "£12.50" in r.text and "03/04/2026" in r.text and "[card number]" in r.text


@pytest.mark.parametrize(
    ("text", "gone", "kind"),
    [
        ("Your temporary password is Xy7!pq9 until tomorrow", "Xy7!pq9", "password"),
        ("password: hunter2", "hunter2", "password"),
        ("Password = hunter2", "hunter2", "password"),
        ("Tu contraseña temporal es Perro_2024.", "Perro_2024", "password"),
        ("contraseña: gatito", "gatito", "password"),
        ("clave: 7Kd9x", "7Kd9x", "password"),
        ("tu clave de acceso es MiClave1", "MiClave1", "password"),
        ("código: 884422", "884422", "code"),
        ("El código de verificación es 48A7Z", "48A7Z", "code"),
        ("Your PIN is 4321", "4321", "code"),
        ("PIN 1234", "1234", "code"),
        ("CVV 123 exp 12/27", "123", "cvv"),
        ("CVV 123 exp 12/27", "12/27", "expiry"),
        ("security code: 9876", "9876", "cvv"),
        ("código de seguridad 321", "321", "cvv"),
        ("valid thru 08/2029", "08/2029", "expiry"),
        ("fecha de caducidad: 11/28", "11/28", "expiry"),
        ("IBAN ES91 2100 0418 4502 0005 1332 please", "2100", "iban"),
        ("iban es9121000418450200051332", "0418", "iban"),
    ],
)
def test_secrets_after_their_keywords(text: str, gone: str, kind: str) -> None:
    r = redact(text)
    assert gone not in r.text, r.text
    assert kind in r.counts(), r.replacements


def test_everyday_words_after_password_keywords_stay() -> None:
    text = "Your password is expired. Your code is ready. Tu contraseña es incorrecta. Total $1,234.56 from Amazon"
    assert redact(text).text == text


def test_names_and_personal_words_ignore_case_and_accents() -> None:
    r = redact("Hi Zoe Garcia, ZOË GARCÍA here; zoë garcia; Zoe\u0308 too", names=["Zoë García"])
    assert r.text == "Hi [name], [name] here; [name]; [name] too"
    r = redact("Hola José, hi JOSE and Jose", names=["Jose"])
    assert r.text.count("[name]") == 3
    r = redact("My dog Rex loves the Maplewood park, and REX likes Çelik", words=["rex", "maplewood", "celik"])
    assert "Rex" not in r.text and "REX" not in r.text and "Maplewood" not in r.text and "Çelik" not in r.text
    assert r.counts() == {"word": 4}
    assert "[personal word]" in r.text


def test_full_width_and_compatibility_forms() -> None:
    r = redact("write to ａｌｉｃｅ＠ｅｘａｍｐｌｅ．ｃｏｍ or call ０２０ ７９４６ ０９５８", region="GB")
    assert "alice" not in r.text.lower() and "ａｌｉｃｅ" not in r.text and "7946" not in r.text
    assert "[e-mail address at example.com]" in r.text and "[phone number]" in r.text


def test_idn_email_addresses() -> None:
    r = redact("josé.pérez@correo.españa and ivan@пример.рф and x@xn--80ak6aa92e.com")
    assert "josé" not in r.text and "ivan@" not in r.text and "x@" not in r.text
    assert r.counts() == {"email": 3}


@pytest.mark.parametrize(
    "text",
    [
        "DOB: 01/02/1960",
        "d.o.b. 1960-02-01",
        "born on 3 March 1975",
        "Born: March 3rd, 1975",
        "fecha de nacimiento: 5 de mayo de 1980",
        "nacida el 05/05/1980",
        "birthday 5th May",
        "I was born 12.05.1961 in Leeds",
        "Confirm 14/07/1958 to continue",
    ],
)
def test_dates_of_birth(text: str) -> None:
    r = redact(text)
    assert "birth" in r.counts(), r.text
    assert not any(ch.isdigit() for ch in r.text), r.text


def test_other_dates_stay() -> None:
    text = "Pay by 12/05/2026 or on 2026-11-03, the parcel from 3 March 2025."
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Entrega en Calle Mayor 12, 3º B, 28013 Madrid hoy", "Mayor"),
        ("Vivo en C/ de la Paz, 4 desde enero", "Paz"),
        ("Avda. de América nº 37", "América"),
        ("Paseo del Prado 8, 2º izq", "Prado"),
        ("Plaza de España 1", "España"),
        ("CP 08001", "08001"),
        ("12 rue de la Paix, Paris", "Paix"),
        ("Hauptstraße 5, Berlin", "Haupt"),
        ("221B Baker Street", "Baker"),
        ("1600 Pennsylvania Avenue NW, Washington, DC 20500", "20500"),
    ],
)
def test_addresses_in_other_languages(text: str, gone: str) -> None:
    r = redact(text)
    assert gone not in r.text, r.text
    assert "address" in r.counts()


def test_brands_amounts_and_hosts_stay() -> None:
    text = "PayPal: your payment of €249.99 to Amazon failed. Log in at https://paypa1-secure.example/login now."
    assert redact(text, names=["Ana"]).text == text


def test_redacting_twice_changes_nothing() -> None:
    text = (
        "Hi Zoë, http://x.top/upd?email=alice%40gmail.com&name=Zoe card 4111 1111 1111 1111 CVV 123 exp 12/27 "
        "password: hunter2 DOB 01/02/1960 Calle Mayor 12 call 020 7946 0958 name card"
    )
    kw = {"names": ["Zoë", "name", "card", "e-mail"], "words": ["address", "number"], "region": "GB"}
    once = redact(text, **kw)  # type: ignore[arg-type]
    assert redact(once.text, **kw).text == once.text  # type: ignore[arg-type]


def test_english_words_that_look_like_spanish_street_words_stay() -> None:
    text = "Sent via Royal Mail 24 hours ago"
    assert redact(text).text == text
    assert redact("Vía Augusta 12, Barcelona").text == "[address], Barcelona"


def test_found_by_fuzzing_no_digit_of_a_phone_number_is_left() -> None:
    # the matcher left "+1" of "+ +1 201-555-0000"; a two-letter word before a number read as a US ZIP code
    assert redact("+ +1 201-555-0000 ", region="US").text == "+ [phone number] "
    assert redact("LJ 07400 123456", region="GB").text == "LJ [phone number]"
    assert redact("Springfield, IL 62704. ok").text == "Springfield, [address]. ok"


def test_every_kind_has_its_count_words() -> None:
    from checks.redact import KIND_COUNTS, KIND_LABELS, PLACEHOLDERS

    assert set(KIND_COUNTS) == set(PLACEHOLDERS) == set(KIND_LABELS)
    assert str(KIND_COUNTS["phone"](1)) == "1 phone number" and str(KIND_COUNTS["phone"](3)) == "3 phone numbers"
