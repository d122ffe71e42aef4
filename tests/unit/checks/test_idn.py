"""checks.idn: the one IDNA normaliser (IDNA 2008 + UTS 46), used by every module that turns a host to ASCII."""

from __future__ import annotations

import pathlib
import re

import pytest

from checks import idn
from checks import password_import as imp
from checks.email_domain import parse_domain
from checks.twofa import normalise_site

ROOT = pathlib.Path(__file__).resolve().parents[3]


def test_uts46_not_idna_2003() -> None:
    # The stdlib codec (IDNA 2003) maps ß to ss: a different site from the one the browser opens.
    assert "faß.de".encode("idna") == b"fass.de"
    assert idn.to_ascii("Faß.DE") == "xn--fa-hia.de"
    assert idn.to_ascii("Bücher.de") == "xn--bcher-kva.de"
    assert idn.to_unicode("xn--bcher-kva.de") == "bücher.de"
    with pytest.raises(UnicodeError):
        idn.to_ascii("☃.net")  # a symbol: valid in IDNA 2003, not in IDNA 2008


def test_imported_passwords_and_the_2fa_look_up_agree_on_the_host() -> None:
    for typed in ("faß.de", "www.bücher.de"):
        assert imp.domain_of(f"https://{typed}/login") == normalise_site(typed).host
    assert imp.domain_of("https://faß.de/login") == "xn--fa-hia.de"
    assert imp.domain_of("https://☃.net/") == "☃.net"  # not a valid name: kept as typed, not guessed


def test_the_e_mail_domain_check_uses_the_same_form() -> None:
    name, problem = parse_domain("faß.de")
    assert name == "xn--fa-hia.de" and not problem


def test_no_module_uses_the_stdlib_idna_codec() -> None:
    pattern = re.compile(r"""(en|de)code\(\s*["']idna["']""")
    offenders = [str(p.relative_to(ROOT)) for folder in ("app", "checks", "ui") for p in (ROOT / folder).rglob("*.py")
                 if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
