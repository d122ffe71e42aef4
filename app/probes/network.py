"""Network probes that send packets: to the default gateway only (and, with consent, a few DNS
and HTTPS look-ups). Every socket call passes :func:`app.probes.common.guard` first, has a
short timeout, caps what it reads, and can be cancelled.

- ``admin_page``: ``GET /`` over http (no redirect followed) and a TLS handshake on 443 (no
  certificate check: routers use self-signed ones). Never submits a form.
- ``ports``: TCP connect, in parallel, 1 s each.
- ``upnp``: SSDP M-SEARCH (multicast, TTL 2; unicast to the override in tests), the gateway's
  device description, then read-only SOAP (GetExternalIPAddress, GetGenericPortMappingEntry).
- ``natpmp``: the public-address request (RFC 6886) with 3 quick retries.
- ``dns_hijack`` (consent): a random made-up name, and certificate checks of a few big sites.
"""

from __future__ import annotations

import concurrent.futures
import http.client
import os
import random
import socket
import ssl
import string
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from typing import Any

from app.probes.common import Host, Refused, Targets, fail, guard, is_loopback, loopback_only, ok
from checks.base import Cancelled, CancelToken
from checks.i18n import N_
from checks.parsers import common as P

MANAGEMENT_PORTS = (80, 443, 8080, 8443, 22, 23, 7547)
HTTP_TIMEOUT = 3.0
PORT_TIMEOUT = 1.0
SSDP_WAIT = 2.5
MAX_SSDP_REPLIES = 200
MAX_MAPPINGS = 64
MAX_BODY = 256 * 1024
TLS_TEST_HOSTS = ("www.google.com", "www.paypal.com", "www.microsoft.com", "www.apple.com")

#: every contact a probe made, for the privacy ledger: (service, method, url, purpose, outcome)
Contact = tuple[str, str, str, str, str]


class ContactLog:
    def __init__(self) -> None:
        self.items: list[Contact] = []

    def add(self, service: str, method: str, url: str, purpose: str, outcome: str) -> None:
        self.items.append((service, method, url, purpose, outcome))


def _check(cancel: CancelToken | None) -> None:
    if cancel is not None and cancel.cancelled:
        raise Cancelled()


def _host_for_url(ip: str) -> str:
    return f"[{ip}]" if ":" in ip else ip


# -- HTTP to the gateway ---------------------------------------------------------------------


def http_get(ip: str, port: int, path: str = "/", *, timeout: float | None = None, method: str = "GET", body: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """One HTTP request to the gateway, no redirects, no proxy, body capped at MAX_BODY."""
    guard(ip)
    conn = http.client.HTTPConnection(ip, port, timeout=HTTP_TIMEOUT if timeout is None else timeout)
    try:
        conn.request(method, path, body=body, headers={"User-Agent": "Hearth", "Connection": "close", **(headers or {})})
        resp = conn.getresponse()
        data = resp.read(MAX_BODY + 1)
        return resp.status, {k: v for k, v in resp.getheaders()}, data[:MAX_BODY]
    finally:
        conn.close()


def admin_page(ip: str, targets: Targets, log: ContactLog, cancel: CancelToken | None = None) -> dict[str, Any]:
    _check(cancel)
    http_fact: dict[str, Any] | None = None
    port = targets.port(80)
    url = f"http://{_host_for_url(ip)}:{port}/" if port != 80 else f"http://{_host_for_url(ip)}/"
    try:
        status, headers, body = http_get(ip, port)
        http_fact = P.parse_admin_page(status, headers, body.decode("utf-8", "replace"))
        log.add("router", "GET", url, N_("see whether the router's settings page uses encryption"), f"HTTP {status}")
    except Refused as exc:
        return fail("failed", str(exc))
    except (OSError, http.client.HTTPException) as exc:
        log.add("router", "GET", url, N_("see whether the router's settings page uses encryption"), type(exc).__name__)
    _check(cancel)
    https = tls_handshake(ip, targets.port(443))
    log.add("router", "TLS", f"https://{_host_for_url(ip)}:{targets.port(443)}/", N_("see whether the router's settings page has an encrypted version"), "answered" if https else "no answer")
    return ok(http=http_fact, https=https)


def tls_handshake(ip: str, port: int, timeout: float | None = None) -> bool:
    """True when a TLS handshake completes (certificate not checked: routers use self-signed ones)."""
    guard(ip)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    try:
        with (
            socket.create_connection((ip, port), timeout=HTTP_TIMEOUT if timeout is None else timeout) as sock,
            ctx.wrap_socket(sock, server_hostname=None) as tls,
        ):
            return bool(tls.version())
    except (OSError, ssl.SSLError):
        return False


# -- ports -------------------------------------------------------------------------------------


def tcp_state(ip: str, port: int, timeout: float = PORT_TIMEOUT) -> str:
    """'open', 'closed' (refused) or 'filtered' (no answer in time)."""
    guard(ip)
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.settimeout(timeout)
        try:
            code = s.connect_ex((ip, port))
        except TimeoutError:
            return "filtered"
        except OSError:
            return "filtered"
        if code == 0:
            return "open"
        if code in (111, 10061, 61):  # ECONNREFUSED on Linux / Windows / macOS
            return "closed"
        return "filtered"


def ports(ip: str, targets: Targets, log: ContactLog, cancel: CancelToken | None = None) -> dict[str, Any]:
    _check(cancel)
    guard(ip)
    results: dict[str, str] = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(MANAGEMENT_PORTS)) as pool:
        futures = {pool.submit(tcp_state, ip, targets.port(p)): p for p in MANAGEMENT_PORTS}
        for fut in concurrent.futures.as_completed(futures, timeout=PORT_TIMEOUT * 3 + 1):
            try:
                results[str(futures[fut])] = fut.result()
            except Exception:
                results[str(futures[fut])] = "filtered"
    log.add("router", "TCP", f"tcp://{_host_for_url(ip)}", N_("see which doors (ports) the router has open"), ", ".join(f"{p}:{s}" for p, s in sorted(results.items())))
    _check(cancel)
    return ok(results=results)


# -- UPnP ---------------------------------------------------------------------------------------


def ssdp_search(gateway: str, targets: Targets, cancel: CancelToken | None = None, wait: float | None = None) -> list[tuple[str, dict[str, str]]]:
    """Send M-SEARCH for IGD types; return (sender address, headers) of replies (capped)."""
    wait = SSDP_WAIT if wait is None else wait
    if targets.unicast_ssdp:
        dest = (gateway, targets.port(1900))
        guard(gateway)
    else:
        if loopback_only():
            raise Refused(N_("not asking the whole home network in test mode"))
        dest = ("239.255.255.250", 1900)
    replies: list[tuple[str, dict[str, str]]] = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 2)
        s.settimeout(0.2)
        if targets.unicast_ssdp:
            s.bind((gateway if is_loopback(gateway) else "", 0))
        for st in (*P.IGD_TYPES[:3], P.IGD_TYPES[4], P.WFA_DEVICE):
            s.sendto(P.build_msearch(st, mx=2), dest)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and len(replies) < MAX_SSDP_REPLIES:
            _check(cancel)
            try:
                data, addr = s.recvfrom(8192)
            except TimeoutError:
                continue
            except OSError:
                break
            headers = P.parse_ssdp_response(data)
            if headers is not None:
                replies.append((addr[0], headers))
    return replies


def upnp(gateway: str, targets: Targets, log: ContactLog, cancel: CancelToken | None = None) -> dict[str, Any]:
    _check(cancel)
    try:
        replies = ssdp_search(gateway, targets, cancel)
    except Refused as exc:
        return fail("failed", str(exc))
    except OSError as exc:
        why = exc.strerror or exc
        return fail("failed", N_("could not send the UPnP search ({why})", why=why))
    log.add("router", "SSDP", f"udp://{_host_for_url(gateway)}:{targets.port(1900)}" if targets.unicast_ssdp else "udp://239.255.255.250:1900", N_("ask whether the router opens ports automatically (UPnP)"), f"{len(replies)} replies")
    from_gw = [h for src, h in replies if src == gateway]
    others = {src for src, _ in replies if src != gateway}
    wfa = any(P.WFA_DEVICE in (h.get("st", "") + h.get("usn", "")) for h in from_gw)
    igd_replies = [h for h in from_gw if any(t in h.get("st", "") + h.get("usn", "") for t in P.IGD_TYPES)]
    igd: dict[str, Any] | None = None
    if igd_replies:
        igd = _read_igd(gateway, igd_replies, log, cancel)
    return ok(igd=igd, wfa=wfa, other_devices=len(others), replies=len(replies))


def _read_igd(gateway: str, replies: list[dict[str, str]], log: ContactLog, cancel: CancelToken | None) -> dict[str, Any]:
    igd: dict[str, Any] = {"found": True}
    location = next((h.get("location", "") for h in replies if h.get("location")), "")
    igd["server"] = next((h.get("server", "") for h in replies if h.get("server")), "")[:120]
    loc = urllib.parse.urlsplit(location)
    if not location or loc.scheme != "http" or loc.hostname != gateway:
        igd["error"] = "the description address was not on the router, so it was not opened"
        return igd
    port = loc.port or 80
    try:
        status, _, body = http_get(gateway, port, loc.path or "/")
    except (OSError, http.client.HTTPException) as exc:
        igd["error"] = f"description not readable ({type(exc).__name__})"
        return igd
    log.add("router", "GET", location, N_("read the router's UPnP description (maker and model)"), f"HTTP {status}")
    desc = P.parse_device_description(body) if status == 200 else None
    if desc is None:
        igd["error"] = "description not readable"
        return igd
    igd.update({k: desc[k] for k in ("manufacturer", "model_name", "model_number", "friendly_name")})
    if not desc["wan_services"]:
        return igd
    svc = desc["wan_services"][0]
    control = urllib.parse.urljoin(desc["url_base"] or location, svc["control_url"])
    cu = urllib.parse.urlsplit(control)
    if cu.hostname != gateway or cu.scheme != "http":
        igd["error"] = "the control address was not on the router, so it was not used"
        return igd

    def soap(action: str, args: dict[str, str] | None = None) -> dict[str, Any]:
        _check(cancel)
        body = P.build_soap(action, svc["service_type"], args)
        headers = {"Content-Type": 'text/xml; charset="utf-8"', "SOAPAction": f'"{svc["service_type"]}#{action}"'}
        try:
            _, _, data = http_get(gateway, cu.port or 80, cu.path or "/", method="POST", body=body, headers=headers)
        except (OSError, http.client.HTTPException) as exc:
            return {"ok": False, "error_code": None, "error": type(exc).__name__}
        return P.parse_soap_response(data, action)

    ext = soap("GetExternalIPAddress")
    if ext.get("ok"):
        igd["external_ip"] = ext["values"].get("NewExternalIPAddress", "")[:45]
    mappings = []
    for i in range(MAX_MAPPINGS):
        res = soap("GetGenericPortMappingEntry", {"NewPortMappingIndex": str(i)})
        if not res.get("ok"):
            if res.get("error_code") not in (713, 714, 402, 501) and i == 0:
                igd["mappings_error"] = res.get("error") or "unreadable"
            break
        m = P.port_mapping_from_soap(res["values"])
        if m:
            mappings.append(m)
    else:
        igd["mappings_truncated"] = True
    igd["mappings"] = mappings
    log.add("router", "POST", control, N_("read-only: list the doors UPnP has opened"), f"{len(mappings)} mappings")
    return igd


# -- NAT-PMP ------------------------------------------------------------------------------------


def natpmp(gateway: str, targets: Targets, log: ContactLog, cancel: CancelToken | None = None) -> dict[str, Any]:
    _check(cancel)
    try:
        guard(gateway)
    except Refused as exc:
        return fail("failed", str(exc))
    port = targets.port(5351)
    answer = None
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect((gateway, port))
            for wait in (0.25, 0.5, 1.0):
                _check(cancel)
                s.send(P.NATPMP_REQUEST)
                s.settimeout(wait)
                try:
                    data = s.recv(64)
                except TimeoutError:
                    continue
                answer = P.parse_natpmp_response(data)
                if answer is not None:
                    break
        except OSError:
            answer = None  # ICMP port unreachable: nothing listens
    log.add("router", "NAT-PMP", f"udp://{_host_for_url(gateway)}:{port}", N_("ask whether the router opens ports automatically (NAT-PMP)"), "answered" if answer else "no answer")
    if answer is None:
        return ok(answered=False)
    return ok(answered=True, external_ip=answer["external_ip"], result=answer["result"])


# -- local: hosts file and proxy settings -------------------------------------------------------


def hosts_file(host: Host) -> dict[str, Any]:
    path = os.path.join(host.env.get("SystemRoot", r"C:\Windows"), "System32", "drivers", "etc", "hosts") if host.system == "windows" else "/etc/hosts"
    text = host.read_text(path)
    if text is None:
        return fail("failed", N_("could not read {path}", path=path))
    return ok(entries=[list(p) for p in P.parse_hosts(text)])


def proxy_settings(host: Host, os_specific: Callable[[Host], dict[str, Any]]) -> dict[str, Any]:
    proxies = {k: v for k, v in urllib.request.getproxies_environment().items() if k != "no"} if host.env is os.environ else {}
    extra = os_specific(host)
    pac = extra.pop("pac", "")
    proxies.update(extra)
    return ok(proxies=proxies, pac=pac)


# -- consented DNS/TLS tests ---------------------------------------------------------------------


def _random_name() -> str:
    return "".join(random.choice(string.ascii_lowercase + string.digits) for _ in range(25)) + ".com"


def resolve(name: str, targets: Targets, timeout: float = 2.0) -> tuple[int, list[str]]:
    """(rcode, addresses): via the test server when set, else the system resolver (refused in test mode)."""
    if targets.dns_server:
        server, port = targets.dns_server
        guard(server)
        qid = random.randrange(1, 0xFFFF)
        with socket.socket(socket.AF_INET6 if ":" in server else socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.settimeout(timeout)
            s.sendto(P.build_dns_query(name, qid), (server, port))
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                data, _ = s.recvfrom(4096)
                parsed = P.parse_dns_response(data, qid)
                if parsed is not None:
                    return parsed["rcode"], parsed["addresses"]
        raise TimeoutError("no DNS answer")
    if loopback_only():
        raise Refused(N_("refusing to use the system resolver in test mode"))
    try:
        infos = socket.getaddrinfo(name, 443, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        if exc.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", -5)):
            return 3, []
        raise
    return 0, sorted({str(i[4][0]) for i in infos})  # the address; typeshed allows an int there for raw sockets


def tls_verify(hostname: str, address: str, targets: Targets, timeout: float = 3.0) -> tuple[str, str]:
    """('ok'|'bad_certificate'|'unreachable', error) for a verified TLS connection with SNI."""
    ip, port = targets.tls_target or (address, 443)
    guard(ip)
    ctx = ssl.create_default_context(cafile=targets.tls_cafile or None)
    try:
        with (
            socket.create_connection((ip, port), timeout=timeout) as sock,
            ctx.wrap_socket(sock, server_hostname=hostname),
        ):
            return "ok", ""
    except ssl.SSLCertVerificationError as exc:
        return "bad_certificate", (exc.verify_message or "certificate not valid")[:120]
    except ssl.SSLError as exc:
        return "bad_certificate", (exc.reason or "TLS error")[:120]
    except OSError as exc:
        return "unreachable", type(exc).__name__


def dns_hijack(targets: Targets, log: ContactLog, cancel: CancelToken | None = None) -> dict[str, Any]:
    _check(cancel)
    nx: dict[str, Any] = {"checked": False}
    try:
        name = _random_name()
        rcode, addrs = resolve(name, targets)
        nx = {"checked": True, "rewritten": bool(addrs), "addresses": addrs[:4], "rcode": rcode}
        log.add("dns_test", "DNS", f"dns://{name}", N_("test: does a made-up name get a fake answer?"), "answer" if addrs else "no such name")
    except Refused as exc:
        return fail("failed", str(exc))
    except OSError:
        nx = {"checked": False}
    tls = []
    for host in TLS_TEST_HOSTS:
        _check(cancel)
        try:
            _, addrs = resolve(host, targets)
        except Refused as exc:
            return fail("failed", str(exc))
        except OSError:
            addrs = []
        if not addrs and not targets.tls_target:
            tls.append({"host": host, "result": "unreachable", "error": "name did not resolve"})
            continue
        result, error = tls_verify(host, addrs[0] if addrs else "", targets)
        log.add("dns_test", "TLS", f"https://{host}/", N_("test: does this website show its real certificate?"), result)
        tls.append({"host": host, "result": result, "error": error})
    return ok(nxdomain=nx, tls=tls)
