"""Phone numbers in text, and what their type and country say (offline metadata from ``phonenumbers``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberType as T

from checks.i18n import N_
from checks.scam._countries import COUNTRY_NAMES

MAX_PHONES = 30


@dataclass(frozen=True)
class PhoneHit:
    start: int  # scan offsets
    end: int
    raw: str
    e164: str | None
    region: str | None  # country of the number
    ntype: int | None
    valid: bool
    country: str | None = None  # country name in English, for messages


_FALLBACK_REGIONS = ("GB", "US", "IN", "AU", "ES", "NG", "CA")
_DIGITS = re.compile(r"(?<![\w.£$€])(?:\+|00)?\d[\d \-().]{6,18}\d(?![\d])")


# Words that name the digits after them as an order, booking, parcel or account number, not a phone number
# ("Your order 1234567890 is ready", "Ref: 20245567", "tarjeta *1234", "pedido n.º 1293845721").
_ID_BEFORE = re.compile(r"(\b(order|orders|ref|reference|booking|tracking|track|confirmation|conf|shipment|parcel|package|"
                        r"item|invoice|receipt|account|acct|card|ending( in)?|policy|claim|case|ticket|id|membership|member|"
                        r"pedido|reserva|referencia|localizador|env[ií]o|paquete|factura|cuenta|tarjeta|p[oó]liza|"
                        r"expediente|recibo|cliente|gu[ií]a|seguimiento|rastreo|waybill|awb|consignment)\b|#)\s*(number|no\.?|num\.?|n\.?\s?[º°o]\.?|nr\.?|n[uú]mero|code|c[oó]digo)?\W{0,3}$", re.I)


# Ordinary numbers, not toll-free, premium-rate or shared-cost ones.
LOCAL_LINE_TYPES = frozenset({T.FIXED_LINE, T.MOBILE, T.FIXED_LINE_OR_MOBILE})
# A business's own line: an ordinary number or a free one (not premium, shared-cost or personal).
BUSINESS_LINE_TYPES = LOCAL_LINE_TYPES | {T.TOLL_FREE}


def _is_id_number(scan: str, start: int) -> bool:
    # digits glued to letters by a hyphen or slash are part of a code ("BBY01-806622184", "R-2024-88172")
    if start >= 2 and scan[start - 1] in "-/" and scan[start - 2].isalnum() and not scan[start - 2].isdigit():
        return True
    if start >= 2 and scan[start - 1] in "-/" and re.search(r"[a-z]\w*\d[-/]$", scan[max(0, start - 12):start], re.I):
        return True
    return bool(_ID_BEFORE.search(scan[max(0, start - 30):start]))


def _regions_for(region: str, scan: str) -> tuple[str, ...]:
    regions = [region]
    # Money signs tell which country a text was written in; try its numbering plan next.
    if "£" in scan and "GB" not in regions:
        regions.append("GB")
    if ("Rs" in scan or "INR" in scan or "₹" in scan) and "IN" not in regions:
        regions.append("IN")
    if "€" in scan and "ES" not in regions:
        regions.append("ES")
    if "$" in scan and "US" not in regions:
        regions.append("US")
    return tuple(regions)


# A toll-free number spelled in letters, as companies print them ("1-800-REGIONS", "1-877-FTC-HELP").
_VANITY = re.compile(r"(?<![\w-])(?:\+?1[-. ]?)?\(?(8(?:00|88|77|66|55|44|33))\)?[-. ]?((?=[A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z])"
                     r"[A-Z0-9](?:-?[A-Z0-9]){6,9})(?![\w-])")
_KEYPAD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "22233344455566677778889999")


def _vanity_hits(scan: str) -> list[PhoneHit]:
    out = []
    for m in _VANITY.finditer(scan):
        digits = m.group(2).replace("-", "").translate(_KEYPAD)[:7]  # letters past the seventh are only spelling
        try:
            num = phonenumbers.parse("+1" + m.group(1) + digits, None)
        except phonenumbers.NumberParseException:
            continue
        out.append(_hit(m.start(), m.end(), m.group(0), num))
    return out


def find_phones(scan: str, region: str, skip: Sequence[tuple[int, int]] = ()) -> list[PhoneHit]:
    """The phone numbers in ``scan``; digits inside the ``skip`` spans (the text's links: 'venmo.com/code?user_id=
    2290481736') are not numbers to call."""
    hits: list[PhoneHit] = []
    taken: list[tuple[int, int]] = list(skip)
    region = (region or "US").upper()
    if not any(c.isdigit() for c in scan):
        return hits
    if "8" in scan:
        for h in _vanity_hits(scan):
            if not any(not (h.end <= a or h.start >= b) for a, b in taken):
                hits.append(h)
                taken.append((h.start, h.end))
    for reg in _regions_for(region, scan):
        try:
            matcher = phonenumbers.PhoneNumberMatcher(scan, reg, leniency=phonenumbers.Leniency.VALID, max_tries=200)
            for m in matcher:
                if any(not (m.end <= a or m.start >= b) for a, b in taken):
                    continue
                if _is_id_number(scan, m.start):
                    taken.append((m.start, m.end))
                    continue
                hits.append(_hit(m.start, m.end, m.raw_string, m.number))
                taken.append((m.start, m.end))
                if len(hits) >= MAX_PHONES:
                    return hits
        except Exception:  # noqa: BLE001 - phonenumbers must never break the analysis
            continue
    # Long digit runs phonenumbers did not accept in the user's country: try other numbering plans,
    # so a UK premium line ("09066 612661") in a text read in the US is still recognised.
    for d in _DIGITS.finditer(scan):
        if any(not (d.end() <= a or d.start() >= b) for a, b in taken):
            continue
        raw = d.group(0)
        if _is_id_number(scan, d.start()):
            continue
        digits = re.sub(r"\D", "", raw)
        if len(digits) < 7 or len(digits) > 15:
            continue
        groups = re.findall(r"\d+", raw)
        if len(groups) > 2 and sum(len(g) <= 2 for g in groups) >= 2:
            continue  # "4 12 19 33 41": lottery numbers, scores, dates
        best = None
        home_shaped = (region in _HOME_GROUPS[0] and len(digits) == 10 and raw.lstrip()[:1] not in ("+", "0")
                       and re.fullmatch(r"(\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}", raw.strip()) is not None)
        for reg in (region,) + (() if home_shaped else _FALLBACK_REGIONS):
            # A number written the home way ("555-123-9876") that is not valid at home is not read as foreign.
            try:
                num = phonenumbers.parse(raw, reg)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(num):
                best = num
                break
        if best is None and home_shaped:
            # not a number that can exist, but written as one: still a number the text may ask you to call
            try:
                best = phonenumbers.parse(raw, region)
            except phonenumbers.NumberParseException:
                best = None
        if best is not None:
            hits.append(_hit(d.start(), d.end(), raw, best))
            taken.append((d.start(), d.end()))
        if len(hits) >= MAX_PHONES:
            break
    hits.sort(key=lambda h: h.start)
    return hits


def _hit(start: int, end: int, raw: str, num) -> PhoneHit:
    try:
        valid = phonenumbers.is_valid_number(num)
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) if valid else None
        reg = phonenumbers.region_code_for_number(num) if valid else None
        ntype = phonenumbers.number_type(num) if valid else None
        country = COUNTRY_NAMES.get(reg or "") if valid else None
    except Exception:  # noqa: BLE001
        valid, e164, reg, ntype, country = False, None, None, None, None
    return PhoneHit(start, end, raw, e164, reg, ntype, valid, country or reg)


def parse_single(text: str, region: str) -> PhoneHit | None:
    """The whole input is a phone number (kind="phone")."""
    raw = text.strip()
    for reg in ((region or "US").upper(),) + _FALLBACK_REGIONS:
        try:
            num = phonenumbers.parse(raw, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return _hit(0, len(text), raw, num)
    try:
        num = phonenumbers.parse(raw, (region or "US").upper())
        return _hit(0, len(text), raw, num)
    except phonenumbers.NumberParseException:
        return None


_TYPE_WORDS = {
    T.PREMIUM_RATE: N_("a premium-rate line (calls cost a lot per minute)"),
    T.SHARED_COST: N_("a shared-cost line"),
    T.UAN: N_("a company 'universal access' line"),
    T.PERSONAL_NUMBER: N_("a 'personal number' that can forward anywhere in the world"),
    T.VOIP: N_("an internet (VoIP) number that anyone can get"),
    T.PAGER: N_("a pager number"),
}


# Regions that share a numbering plan and are charged like home calls (not the "looks local, is abroad" trick).
_HOME_GROUPS = ({"US", "CA", "PR", "VI", "GU", "AS", "MP"}, {"GB", "GG", "JE", "IM"}, {"AU", "CC", "CX"},
                {"FR", "MC"}, {"IT", "VA", "SM"}, {"NO", "SJ"}, {"FI", "AX"}, {"RU", "KZ"})


def same_home(a: str, b: str) -> bool:
    return any(a in g and b in g for g in _HOME_GROUPS)


def phone_flags(hit: PhoneHit, region: str) -> list[tuple[str, int, str]]:
    """(code, points, message) for one number."""
    out: list[tuple[str, int, str]] = []
    if not hit.valid:
        return out
    region = (region or "US").upper()
    number, country = hit.raw.strip(), hit.country
    if hit.ntype == T.PREMIUM_RATE:
        line = _TYPE_WORDS[T.PREMIUM_RATE]
        out.append(("phone_premium_rate", 30, N_("The number {number} is {line}: calling it makes money for whoever runs it.", number=number, line=line)))
    elif hit.ntype in (T.PERSONAL_NUMBER, T.VOIP, T.SHARED_COST, T.UAN):
        pts = 8 if hit.ntype in (T.PERSONAL_NUMBER, T.VOIP) else 3
        line = _TYPE_WORDS[hit.ntype]
        out.append(("phone_unusual_type", pts, N_("The number {number} is {line}.", number=number, line=line)))
    if hit.region and hit.region != region and not same_home(hit.region, region):
        same_code = phonenumbers.country_code_for_region(region) == phonenumbers.country_code_for_region(hit.region)
        if same_code:
            out.append(("phone_hidden_foreign", 15, N_("The number {number} looks local but is really in {country}; calling it can cost a lot.", number=number, country=country)))
        else:
            out.append(("phone_foreign", 4, N_("The number {number} is in {country}, not your country.", number=number, country=country)))
    return out
