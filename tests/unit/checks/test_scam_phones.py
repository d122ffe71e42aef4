"""Phone-number red flags (offline metadata from phonenumbers)."""

from __future__ import annotations

from checks.scam import analyse
from checks.scam._phones import find_phones, parse_single, phone_flags


def _codes(report) -> set[str]:
    return {r.code for r in report.reasons}


def test_premium_rate_number_alone() -> None:
    report = analyse("+1 900 555 0123")
    assert report.kind == "phone"
    assert "phone_premium_rate" in _codes(report)
    assert report.indicators.phones == ("+19005550123",)
    assert report.verdict == "suspicious"


def test_uk_premium_number_in_text_read_in_the_us() -> None:
    text = "WINNER! Call 09066 612661 now to claim your £900 prize"
    report = analyse(text, region="US")
    r = next(r for r in report.reasons if r.code == "phone_premium_rate")
    assert text[r.start:r.end].strip() == "09066 612661"
    assert report.verdict == "scam"


def test_caribbean_number_that_looks_domestic() -> None:
    report = analyse("1-876-555-0123", region="US")
    assert "phone_hidden_foreign" in _codes(report)
    assert "Jamaica" in next(r.message for r in report.reasons if r.code == "phone_hidden_foreign")


def test_ordinary_local_number_has_no_flags() -> None:
    report = analyse("(303) 555-0182", region="US")
    assert report.kind == "phone"
    assert report.verdict == "likely_safe"
    assert report.reasons == ()
    assert any("caller ID" in a for a in report.advice)


def test_uk_mobile_in_uk_region_has_no_flags() -> None:
    report = analyse("07911 123456", region="GB")
    assert report.verdict == "likely_safe"
    assert not {c for c in _codes(report) if c.startswith("phone_") and c != "phone_invalid"}


def test_foreign_number_is_noted_lightly() -> None:
    hit = parse_single("+234 803 123 4567", "US")
    assert hit is not None and hit.valid and hit.region == "NG"
    flags = phone_flags(hit, "US")
    assert [f[0] for f in flags] == ["phone_foreign"]
    assert flags[0][1] < 10


def test_invalid_number_alone() -> None:
    report = analyse("+1 555 1", kind="phone")
    assert report.kind == "phone"
    assert report.verdict in ("likely_safe", "suspicious")


def test_find_phones_keeps_offsets_and_e164() -> None:
    text = "Call our fraud team on 1-833-555-0188 or +44 20 7946 0018 today."
    hits = find_phones(text, "US")
    assert [text[h.start:h.end] for h in hits] == ["1-833-555-0188", "+44 20 7946 0018"]
    assert hits[1].e164 == "+442079460018"


def test_sender_number_flags_are_header_style() -> None:
    report = analyse("Your account is locked, call us", sender="+1 900 555 0123")
    r = next(r for r in report.reasons if r.code == "sender_phone_premium_rate")
    assert (r.start, r.end) == (-1, -1)


def test_text_that_is_not_a_number_is_unknown_as_phone() -> None:
    report = analyse("hello there", kind="phone")
    assert report.verdict == "unknown" and report.kind == "phone" and report.score == 0


def test_a_number_written_the_us_way_is_not_read_as_foreign() -> None:
    # 555 is no US area code, but "555-123-9876" is written the US way: it is not a UK number.
    assert [h.region for h in find_phones("call 555-123-9876 to book", "US")] in ([], [None])
    # the same digits run together may still be a foreign number written without its prefix
    assert any(h.region == "IN" for h in find_phones("HP World: WOC Rd 9986686555", "US"))


def test_order_booking_and_card_numbers_are_not_phone_numbers() -> None:
    for text in ("Argos: Your order 1234567890 is ready to collect.", "IKEA: pedido n.º 1293845721 listo para recoger",
                 "Ref: 20245567890", "Your order #1234567890 has shipped", "Booking reference 4412345678 confirmed",
                 "Estafeta: Tu envío con guía 4052318864 se encuentra en ruta de entrega",
                 "Número de seguimiento 4052318864", "Waybill 4052318864 is out for delivery"):
        assert find_phones(text.lower(), "GB") == [], text
    # a real number next to one still counts
    assert [h.raw for h in find_phones("order no. 1234567890: call 0800 9 123 123", "GB")] == ["0800 9 123 123"]


def test_someone_whose_old_number_still_works_is_not_the_new_number_scam() -> None:
    codes = {r.code for r in analyse("Hola papá, este es el número nuevo del trabajo, guárdalo. El mío de siempre sigue "
                                     "funcionando. Te llamo luego").reasons}
    assert not codes & {"family_new_number", "new_number"}
    codes = {r.code for r in analyse("Hola mamá, este es mi número nuevo, guárdalo. Necesito que me hagas un favor").reasons}
    assert codes & {"family_new_number", "new_number"}
