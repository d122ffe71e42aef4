"""One normaliser for international domain names: IDNA 2008 with the UTS 46 mapping (the ``idna`` package).

Every module that turns a host name into its ASCII form, or back, calls these, so the same typed name
gives the same host everywhere (the 2FA look-up, imported passwords, the e-mail domain check, links in
a scam check). The standard library's ``"idna"`` codec is IDNA 2003 and maps differently
(``faß.de`` becomes ``fass.de`` there, ``xn--fa-hia.de`` here, as browsers do), so it is not used.
"""

from __future__ import annotations

import idna

#: raised for a name that is not a valid international domain name (a ``UnicodeError``)
IDNAError = idna.IDNAError


def to_ascii(name: str) -> str:
    """The lower-case ASCII (``xn--``) form of ``name``; raises :class:`IDNAError` (a UnicodeError) if invalid."""
    return idna.encode(name, uts46=True, transitional=False).decode("ascii").lower()


def to_unicode(name: str) -> str:
    """The Unicode form of an ASCII name (``xn--bcher-kva.de`` -> ``bücher.de``); raises like :func:`to_ascii`."""
    return idna.decode(name)
