"""OS-independent parsers: the router's web page, SSDP/UPnP, NAT-PMP, DNS messages, hosts files.

Everything here is pure and defensive: input from a router (or something pretending to be
one) is untrusted, so sizes are capped, XML with a DOCTYPE/ENTITY is refused (no "billion
laughs"), and garbage gives ``None``/empty results rather than exceptions.
"""

from __future__ import annotations

import html
import ipaddress
import re
import struct
import xml.etree.ElementTree as ET
from typing import Any

from checks.i18n import MessageError

MAX_XML_BYTES = 256 * 1024
MAX_HTML_CHARS = 512 * 1024


class ParseError(MessageError, ValueError):
    """The text is not in the format the parser expects."""


# -- IP addresses ------------------------------------------------------------------------

CGNAT = ipaddress.ip_network("100.64.0.0/10")


def ip_kind(text: str) -> str:
    """'private', 'cgnat', 'loopback', 'link_local', 'public' or 'invalid' for an IP address."""
    try:
        ip = ipaddress.ip_address(text.strip().split("%", 1)[0])
    except ValueError:
        return "invalid"
    if ip.version == 4 and ip in CGNAT:
        return "cgnat"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link_local"
    if ip.is_private:
        return "private"
    if ip.is_global:
        return "public"
    return "private"


def normalize_mac(text: str) -> str | None:
    """'aa:bb:cc:dd:ee:ff' from any of 'AA-BB-CC-DD-EE-FF', 'a:b:c:d:e:f' (macOS drops zeros), 'aabb.ccdd.eeff'."""
    text = (text or "").strip().lower()
    if not text:
        return None
    if re.fullmatch(r"[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}", text):
        raw = text.replace(".", "")
        parts = [raw[i : i + 2] for i in range(0, 12, 2)]
    else:
        parts = re.split(r"[:\-]", text)
        if len(parts) != 6 or not all(re.fullmatch(r"[0-9a-f]{1,2}", p) for p in parts):
            return None
        parts = [p.zfill(2) for p in parts]
    mac = ":".join(parts)
    if mac in ("00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff"):
        return None
    return mac


def mac_is_locally_administered(mac: str) -> bool:
    """True when bit 0x02 of the first octet is set: a random/virtual address with no maker."""
    try:
        return bool(int(mac.split(":", 1)[0], 16) & 0x02)
    except (ValueError, IndexError):
        return False


# -- the router's admin page ---------------------------------------------------------------

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_PASSWORD_INPUT = re.compile(r"<input\b[^>]*\btype\s*=\s*['\"]?password\b", re.I)
_FORM = re.compile(r"<form\b", re.I)
_REALM = re.compile(r'realm\s*=\s*"([^"]*)"|realm\s*=\s*([^,\s]+)', re.I)


def parse_admin_page(status: int, headers: dict[str, str], body: str) -> dict[str, Any]:
    """Facts about the router's web page from one HTTP answer (no redirect followed).

    Returns keys: status, server, title, realm, password_form, redirect_https, location.
    """
    h = {k.lower(): v for k, v in headers.items()}
    body = body[:MAX_HTML_CHARS]
    title_match = _TITLE.search(body)
    title = html.unescape(re.sub(r"\s+", " ", title_match.group(1))).strip()[:120] if title_match else ""
    realm = ""
    auth = h.get("www-authenticate", "")
    if auth:
        m = _REALM.search(auth)
        if m:
            realm = (m.group(1) or m.group(2) or "").strip()[:120]
    location = h.get("location", "").strip()
    redirect_https = 300 <= status < 400 and location.lower().startswith("https://")
    # A page that only redirects with <meta http-equiv=refresh> or JavaScript to https counts too.
    if not redirect_https and re.search(r"(?:location(?:\.href)?\s*=|url\s*=)\s*['\"]?https://", body, re.I):
        redirect_https = True
    return {
        "status": status,
        "server": h.get("server", "").strip()[:120],
        "title": title,
        "realm": realm,
        "password_form": bool(_PASSWORD_INPUT.search(body)) or (status == 401 and "basic" in auth.lower()),
        "has_form": bool(_FORM.search(body)),
        "basic_auth": status == 401 and auth.lower().startswith("basic"),
        "redirect_https": redirect_https,
        "location": location[:300],
    }


# -- SSDP and UPnP --------------------------------------------------------------------------

IGD_TYPES = (
    "urn:schemas-upnp-org:device:InternetGatewayDevice:1",
    "urn:schemas-upnp-org:device:InternetGatewayDevice:2",
    "urn:schemas-upnp-org:service:WANIPConnection:1",
    "urn:schemas-upnp-org:service:WANIPConnection:2",
    "urn:schemas-upnp-org:service:WANPPPConnection:1",
)
WFA_DEVICE = "urn:schemas-wifialliance-org:device:WFADevice:1"


def build_msearch(st: str, mx: int = 2, host: str = "239.255.255.250:1900") -> bytes:
    return (
        "M-SEARCH * HTTP/1.1\r\n"
        f"HOST: {host}\r\n"
        'MAN: "ssdp:discover"\r\n'
        f"MX: {mx}\r\n"
        f"ST: {st}\r\n\r\n"
    ).encode("ascii")


def parse_ssdp_response(data: bytes) -> dict[str, str] | None:
    """Headers (lower-case keys) of an SSDP answer (``HTTP/1.1 200 OK``), or None if it is not one."""
    if len(data) > 8192:
        return None
    try:
        text = data.decode("utf-8", "replace")
    except Exception:  # pragma: no cover - decode with replace never fails
        return None
    lines = text.split("\r\n") if "\r\n" in text else text.split("\n")
    if not lines or not re.match(r"HTTP/1\.[01]\s+200\b", lines[0].strip(), re.I):
        return None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
    if "location" not in headers and "st" not in headers:
        return None
    return headers


def _safe_xml(data: bytes | str) -> ET.Element | None:
    raw = data.encode("utf-8", "replace") if isinstance(data, str) else data
    if len(raw) > MAX_XML_BYTES:
        return None
    if re.search(rb"<!DOCTYPE|<!ENTITY", raw, re.I):
        return None  # no DTDs: refuses entity-expansion bombs outright
    try:
        return ET.fromstring(raw)
    except ET.ParseError:
        return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(el: ET.Element, name: str) -> str:
    for c in el:
        if _local(c.tag) == name:
            return (c.text or "").strip()
    return ""


def parse_device_description(data: bytes | str) -> dict[str, Any] | None:
    """The root device's maker/model and the control URLs of WAN*Connection services."""
    root = _safe_xml(data)
    if root is None or _local(root.tag) != "root":
        return None
    url_base = ""
    device = None
    for c in root:
        if _local(c.tag) == "URLBase":
            url_base = (c.text or "").strip()
        elif _local(c.tag) == "device":
            device = c
    if device is None:
        return None
    services: list[dict[str, str]] = []
    for el in device.iter():
        if _local(el.tag) == "service":
            st = _child_text(el, "serviceType")
            if "WANIPConnection" in st or "WANPPPConnection" in st:
                services.append({"service_type": st, "control_url": _child_text(el, "controlURL")})
    return {
        "device_type": _child_text(device, "deviceType"),
        "friendly_name": _child_text(device, "friendlyName")[:120],
        "manufacturer": _child_text(device, "manufacturer")[:120],
        "model_name": _child_text(device, "modelName")[:120],
        "model_number": _child_text(device, "modelNumber")[:60],
        "url_base": url_base,
        "wan_services": services,
    }


def build_soap(action: str, service_type: str, args: dict[str, str] | None = None) -> bytes:
    inner = "".join(f"<{k}>{html.escape(str(v))}</{k}>" for k, v in (args or {}).items())
    return (
        '<?xml version="1.0"?>\r\n'
        '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
        's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">'
        f'<s:Body><u:{action} xmlns:u="{service_type}">{inner}</u:{action}></s:Body></s:Envelope>'
    ).encode()


def parse_soap_response(data: bytes | str, action: str) -> dict[str, Any]:
    """``{"ok": True, "values": {...}}`` or ``{"ok": False, "error_code": int|None, "error": str}``."""
    root = _safe_xml(data)
    if root is None:
        return {"ok": False, "error_code": None, "error": "unreadable answer"}
    for el in root.iter():
        name = _local(el.tag)
        if name == f"{action}Response":
            return {"ok": True, "values": {_local(c.tag): (c.text or "").strip() for c in el}}
        if name == "UPnPError":
            code_text = _child_text(el, "errorCode")
            try:
                code: int | None = int(code_text)
            except ValueError:
                code = None
            return {"ok": False, "error_code": code, "error": _child_text(el, "errorDescription")[:120]}
    return {"ok": False, "error_code": None, "error": "unexpected answer"}


def port_mapping_from_soap(values: dict[str, str]) -> dict[str, Any] | None:
    try:
        ext = int(values.get("NewExternalPort", ""))
        internal = int(values.get("NewInternalPort", "") or 0)
    except ValueError:
        return None
    return {
        "external_port": ext,
        "protocol": values.get("NewProtocol", "").upper()[:4],
        "internal_client": values.get("NewInternalClient", "")[:64],
        "internal_port": internal,
        "description": values.get("NewPortMappingDescription", "")[:120],
        "enabled": values.get("NewEnabled", "1").strip() in ("1", "true", "yes"),
        "remote_host": values.get("NewRemoteHost", "")[:64],
        "lease": values.get("NewLeaseDuration", "0"),
    }


# -- NAT-PMP (RFC 6886) ------------------------------------------------------------------

NATPMP_REQUEST = b"\x00\x00"


def parse_natpmp_response(data: bytes) -> dict[str, Any] | None:
    """The public-address answer: ``{"result", "epoch", "external_ip"}``; None if not NAT-PMP."""
    if len(data) < 12:
        return None
    version, op, result, epoch = struct.unpack("!BBHI", data[:8])
    if version != 0 or op != 128:
        return None
    ext = str(ipaddress.IPv4Address(data[8:12])) if result == 0 else ""
    return {"result": result, "epoch": epoch, "external_ip": ext}


# -- DNS messages (for the consented hijack test, against a chosen server) -----------------


def build_dns_query(name: str, qid: int, qtype: int = 1) -> bytes:
    header = struct.pack("!HHHHHH", qid & 0xFFFF, 0x0100, 1, 0, 0, 0)
    labels = b"".join(bytes([len(p)]) + p.encode("ascii") for p in name.strip(".").split(".") if p)
    return header + labels + b"\x00" + struct.pack("!HH", qtype, 1)


def _skip_name(data: bytes, pos: int) -> int:
    for _ in range(128):
        if pos >= len(data):
            raise ParseError("truncated name")
        length = data[pos]
        if length & 0xC0 == 0xC0:
            return pos + 2
        if length == 0:
            return pos + 1
        pos += 1 + length
    raise ParseError("name too long")


def parse_dns_response(data: bytes, qid: int) -> dict[str, Any] | None:
    """``{"rcode": int, "addresses": [...]}`` for an A/AAAA answer to query ``qid``; None if garbage."""
    try:
        if len(data) < 12:
            return None
        rid, flags, qd, an, _ns, _ar = struct.unpack("!HHHHHH", data[:12])
        if rid != qid or not flags & 0x8000:
            return None
        pos = 12
        for _ in range(qd):
            pos = _skip_name(data, pos) + 4
        addresses: list[str] = []
        for _ in range(min(an, 64)):
            pos = _skip_name(data, pos)
            rtype, _cls, _ttl, rdlen = struct.unpack("!HHIH", data[pos : pos + 10])
            pos += 10
            rdata = data[pos : pos + rdlen]
            pos += rdlen
            if rtype == 1 and rdlen == 4:
                addresses.append(str(ipaddress.IPv4Address(rdata)))
            elif rtype == 28 and rdlen == 16:
                addresses.append(str(ipaddress.IPv6Address(rdata)))
        return {"rcode": flags & 0x000F, "addresses": addresses}
    except (struct.error, ParseError, ValueError):
        return None


# -- hosts file --------------------------------------------------------------------------


def parse_hosts(text: str) -> list[tuple[str, str]]:
    """(address, name) pairs from a hosts file (Linux, macOS and Windows use the same format)."""
    pairs: list[tuple[str, str]] = []
    for line in text.splitlines()[:20000]:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) < 2 or ip_kind(parts[0]) == "invalid":
            continue
        pairs.extend((parts[0], name.lower().rstrip(".")) for name in parts[1:])
    return pairs


# -- versions ------------------------------------------------------------------------------


def version_tuple(text: str) -> tuple[int, ...]:
    """(131, 0, 6778, 85) from '131.0.6778.85'; () when there is no number."""
    m = re.search(r"\d+(?:\.\d+)*", text or "")
    if not m:
        return ()
    return tuple(int(p) for p in m.group(0).split(".")[:5])
