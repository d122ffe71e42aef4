"""Reading a whole e-mail (.eml): header red flags and the body text to analyse. Lenient by design."""

from __future__ import annotations

import email
import email.header
import email.utils
import re
from dataclasses import dataclass, field
from email.message import Message
from html.parser import HTMLParser

from checks.i18n import N_

from ._data import FREE_MAIL

MAX_BODY = 200_000


@dataclass
class ParsedEmail:
    from_name: str = ""
    from_addr: str = ""
    reply_to: str = ""
    return_path: str = ""
    subject: str = ""
    auth_results: list[str] = field(default_factory=list)
    body: str = ""
    body_only: str = ""  # the body without the subject line
    link_mismatches: list[tuple[str, str]] = field(default_factory=list)  # (shown text, real href)


def _decode(value) -> str:
    if value is None:
        return ""
    try:
        return str(email.header.make_header(email.header.decode_header(str(value))))
    except Exception:  # noqa: BLE001
        return str(value)


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001
        payload = None
    if not isinstance(payload, bytes):  # None (not decodable); a Message only for multipart parts
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, "replace")
    except (LookupError, TypeError):
        return payload.decode("utf-8", "replace")


_DROPPED = frozenset({"script", "style", "head"})  # their content is never text a person reads
_BREAKING = frozenset({"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
_INLINE = frozenset({"b", "i", "u", "s", "em", "strong", "span", "font", "small", "big", "sub", "sup", "abbr", "code", "mark", "label", "strike"})
MAX_LINKS = 500


class _TextAndLinks(HTMLParser):
    """Text of an HTML body and its links, by the standard HTML tokenizer.

    A tokenizer, not regular expressions: an attribute value may hold ``>`` or quotes
    (``<a title="go >" href=...>``), which regexes cut in the middle, leaving markup in the text.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.links: list[tuple[str, str]] = []  # (visible text, href)
        self._skip: list[str] = []  # open dropped elements
        self._href: str | None = None
        self._shown: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self._skip.append(tag)
            return
        if self._skip:
            return
        if tag == "a":
            self._end_link()
            self._href = next((v.strip() for k, v in attrs if k == "href" and v), None)
            self._shown = []
        elif tag in _BREAKING:
            self.out.append("\n")
        elif tag not in _VOID and tag not in _INLINE:
            self.out.append(" ")  # <td>a</td><td>b</td> reads "a b"; <b>yo</b>u stays "you"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _DROPPED:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            if tag in self._skip:
                del self._skip[len(self._skip) - 1 - self._skip[::-1].index(tag):]
            return
        if self._skip:
            return
        if tag == "a":
            self._end_link()
        elif tag in _BREAKING:
            self.out.append("\n")
        elif tag not in _INLINE:
            self.out.append(" ")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.out.append(data)
        if self._href is not None:
            self._shown.append(data)

    def _end_link(self) -> None:
        if self._href is not None:
            self.out.append(f" ({self._href}) ")
            if len(self.links) < MAX_LINKS:
                self.links.append((" ".join("".join(self._shown).split()), self._href))
        self._href = None
        self._shown = []

    def close(self) -> None:
        super().close()
        self._end_link()


def html_to_text(markup: str) -> tuple[str, list[tuple[str, str]]]:
    """Plain text from HTML (never rendered), plus links whose visible text shows another address."""
    parser = _TextAndLinks()
    parser.feed(markup)
    parser.close()
    mismatches: list[tuple[str, str]] = []
    for shown, href in parser.links:
        if re.match(r"(https?://|www\.)", shown, re.I) or re.fullmatch(r"[\w-]+(\.[\w-]+)+(/\S*)?", shown):
            mismatches.append((shown, href))
        elif href.lower().startswith(("http://", "https://")):
            mismatches.append(("", href))
    text = "".join(parser.out)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    text = re.sub(r"\n\s*\n+", "\n\n", text)
    return text.strip(), mismatches


def parse_email(raw: bytes) -> ParsedEmail:
    out = ParsedEmail()
    msg = email.message_from_bytes(raw[: 5 * 1024 * 1024])
    try:
        name, addr = email.utils.parseaddr(_decode(msg.get("From", "")))
        out.from_name, out.from_addr = name.strip(), addr.strip()
    except Exception:  # noqa: BLE001
        pass
    try:
        out.reply_to = email.utils.parseaddr(_decode(msg.get("Reply-To", "")))[1].strip()
        out.return_path = email.utils.parseaddr(_decode(msg.get("Return-Path", "")))[1].strip()
    except Exception:  # noqa: BLE001
        pass
    out.subject = _decode(msg.get("Subject", "")).strip()
    try:
        out.auth_results = [str(v) for v in (msg.get_all("Authentication-Results") or [])]
    except Exception:  # noqa: BLE001
        out.auth_results = []
    plain: list[str] = []
    htmls: list[str] = []
    try:
        parts = list(msg.walk()) if msg.is_multipart() else [msg]
    except Exception:  # noqa: BLE001
        parts = [msg]
    for part in parts[:200]:
        try:
            ctype = part.get_content_type()
        except Exception:  # noqa: BLE001
            ctype = "text/plain"
        if part.is_multipart():
            continue
        if ctype == "text/plain":
            plain.append(_part_text(part))
        elif ctype == "text/html":
            htmls.append(_part_text(part))
    body = "\n\n".join(p for p in plain if p.strip())
    mismatches: list[tuple[str, str]] = []
    for h in htmls:
        text, mm = html_to_text(h)
        mismatches.extend(mm)
        if not body.strip():
            body = text
    out.link_mismatches = mismatches
    out.body_only = body[:MAX_BODY]
    if out.subject:
        body = out.subject + "\n\n" + body
    out.body = body[:MAX_BODY]
    return out


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[-1].lower().strip(" <>.") if "@" in addr else ""


def _registrable(domain: str) -> str:
    from ._urls import registrable_domain

    return registrable_domain(domain)


_ORG_WORDS = re.compile(r"\b(support|service|services|security|team|billing|account|accounts|bank|helpdesk|help desk|"
                        r"customer|admin|administrator|notification|alert|department|payroll|hr|it desk|postmaster|"
                        r"delivery|tracking|refund|claims|irs|hmrc|paypal|amazon|apple|microsoft|netflix|usps|fedex|"
                        r"dhl|ups|chase|wells fargo|bank of america|geek squad|norton|mcafee|coinbase|docusign)\b", re.I)


def header_reasons(p: ParsedEmail):
    from . import Reason
    from ._urls import analyse_url, official_brand_for

    reasons: list[Reason] = []
    auth = " ".join(p.auth_results).lower()
    fails = [k for k in ("dmarc", "spf", "dkim") if re.search(rf"\b{k}\s*=\s*(fail|softfail|permerror)\b", auth)]
    if fails:
        pts = 30 if "dmarc" in fails else 20
        failed = ", ".join(f.upper() for f in fails)
        reasons.append(Reason("email_auth_failed", N_("The receiving mail server could not confirm the sender ({failed} check failed): the "
                                                      "'From' address may be forged.", failed=failed), ", ".join(fails), -1, -1, pts))
    from_dom = _domain(p.from_addr)
    from_reg = _registrable(from_dom)
    # A display name that carries another address, or a company's name while the address is elsewhere.
    m = re.search(r"[\w.+-]+@([\w-]+(\.[\w-]+)+)", p.from_name)
    if m and _registrable(m.group(1).lower()) != from_reg:
        in_name, sender = m.group(0), p.from_addr
        if sender:
            why = N_("The sender's name shows the address {in_name}, but the message really came from "
                     "{sender}.", in_name=in_name, sender=sender)
        else:
            why = N_("The sender's name shows the address {in_name}, but the message really came from another "
                     "address.", in_name=in_name)
        reasons.append(Reason("email_display_name_spoof", why, p.from_name, -1, -1, 30))
    else:
        brand = None
        for word in re.findall(r"[a-z0-9]+", p.from_name.lower()):
            for cand in (word,):
                from ._urls import _TOKENS

                for token, b in _TOKENS:
                    if cand == token and len(token) >= 3:
                        brand = b
                        break
                if brand:
                    break
            if brand:
                break
        if brand and from_reg and official_brand_for(from_reg, from_dom) != brand:
            pts = 30 if from_reg in FREE_MAIL else 20
            who, address = repr(p.from_name), p.from_addr
            reasons.append(Reason("email_display_name_spoof", N_("The sender calls itself {who}, but the address is {address}, which is not {brand}'s.", who=who, address=address, brand=brand), p.from_name, -1, -1, pts))
        elif from_reg in FREE_MAIL and _ORG_WORDS.search(p.from_name):
            who = repr(p.from_name)
            reasons.append(Reason("email_freemail_org", N_("The sender calls itself {who} but writes from a free personal address ({from_dom}); "
                                                           "real companies use their own.", who=who, from_dom=from_dom), p.from_name, -1, -1, 15))
    reply_dom = _domain(p.reply_to)
    if reply_dom and from_reg and _registrable(reply_dom) != from_reg:
        pts = 20 if _registrable(reply_dom) in FREE_MAIL else 12
        reply, sender = p.reply_to, p.from_addr
        reasons.append(Reason("email_reply_to_mismatch", N_("Replies would go to {reply}, not to the sender's address {sender}.", reply=reply, sender=sender), p.reply_to, -1, -1, pts))
    for shown, href in p.link_mismatches[:50]:
        if not shown:
            continue
        shown_host = re.sub(r"^(https?://)?(www\.)?", "", shown.lower()).split("/")[0]
        href_info = analyse_url(href, href)
        if href_info.registrable and _registrable(shown_host) and _registrable(shown_host) != href_info.registrable:
            real_site = href_info.registrable
            reasons.append(Reason("email_link_text_mismatch", N_("A link shows {shown_host} but really goes to {real_site}.", shown_host=shown_host, real_site=real_site), shown, -1, -1, 35))
            break
    return reasons
