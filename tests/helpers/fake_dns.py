"""A real DNS server on loopback (UDP and TCP on one port) serving zones from a dict.

Built with dnspython's message classes, it speaks the wire protocol a resolver expects:

- ``zones = {"example.com": {"MX": [(10, "aspmx.l.google.com")], "TXT": ["v=spf1 ..."]}}``;
  a name is matched case-insensitively, without the trailing dot. ``"CNAME": "target"`` makes
  the name an alias (the target is followed inside the server, as a recursive resolver would).
- A TXT value is a ``str`` (cut into 255-byte strings, so a 400-byte DKIM key becomes two strings
  of one record) or a ``tuple`` of strings (sent exactly so split).
- UDP answers larger than 512 bytes (or the client's EDNS size) are sent truncated (TC set) and
  the resolver asks again over TCP, as the RFCs say.
- A name under no zone entry answers NXDOMAIN; a name that exists without the type asked, NOERROR
  with no answer (NODATA).
- ``servfail`` (names) answers SERVFAIL, ``silent`` (names) never answers; ``"*"`` means every
  name. ``delay`` (seconds) waits before each answer.
- ``queries`` records each question as ``(transport, name, type, client address)``.
"""

from __future__ import annotations

import socket
import socketserver
import struct
import threading
import time
from collections.abc import Iterable, Mapping
from typing import Any

import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.rdata
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rdtypes.ANY.CNAME
import dns.rdtypes.ANY.MX
import dns.rdtypes.ANY.TXT
import dns.rrset

Zones = Mapping[str, Mapping[str, Any]]


def _key(name: str) -> str:
    return name.strip().rstrip(".").lower()


def txt_strings(value: str | tuple[str, ...] | bytes) -> list[bytes]:
    if isinstance(value, tuple):
        return [s.encode("utf-8") if isinstance(s, str) else bytes(s) for s in value]
    data = value.encode("utf-8") if isinstance(value, str) else bytes(value)
    return [data[i:i + 255] for i in range(0, len(data), 255)] or [b""]


class FakeDns:
    def __init__(self, zones: Zones | None = None, *, ttl: int = 60) -> None:
        self.zones: dict[str, dict[str, Any]] = {_key(k): dict(v) for k, v in (zones or {}).items()}
        self.ttl = ttl
        self.servfail: set[str] = set()
        self.silent: set[str] = set()
        self.delay = 0.0
        self.queries: list[tuple[str, str, str, str]] = []
        self._lock = threading.Lock()
        self._udp: socketserver.ThreadingUDPServer | None = None
        self._tcp: socketserver.ThreadingTCPServer | None = None
        self._threads: list[threading.Thread] = []
        self.port = 0

    # -- set-up -------------------------------------------------------------------------

    def set(self, name: str, rdtype: str, value: Any) -> None:
        self.zones.setdefault(_key(name), {})[rdtype] = value

    def remove(self, name: str, rdtype: str | None = None) -> None:
        if rdtype is None:
            self.zones.pop(_key(name), None)
        else:
            self.zones.get(_key(name), {}).pop(rdtype, None)

    def fail(self, names: Iterable[str]) -> None:
        self.servfail.update(_key(n) if n != "*" else "*" for n in names)

    def mute(self, names: Iterable[str]) -> None:
        self.silent.update(_key(n) if n != "*" else "*" for n in names)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def asked(self, transport: str | None = None) -> list[tuple[str, str]]:
        with self._lock:
            return [(n, t) for tr, n, t, _ in self.queries if transport is None or tr == transport]

    # -- answers ------------------------------------------------------------------------

    def _matches(self, names: set[str], qname: str) -> bool:
        return "*" in names or qname in names

    def answer(self, wire: bytes, transport: str, client: str) -> bytes | None:
        try:
            request = dns.message.from_wire(wire)
        except dns.exception.DNSException:
            return None
        if not request.question:
            return None
        q = request.question[0]
        qname = _key(q.name.to_text())
        qtype = dns.rdatatype.to_text(q.rdtype)
        with self._lock:
            self.queries.append((transport, qname, qtype, client))
        if self._matches(self.silent, qname):
            return None
        if self.delay:
            time.sleep(self.delay)
        response = dns.message.make_response(request)
        response.flags |= dns.flags.RA
        if self._matches(self.servfail, qname):
            response.set_rcode(dns.rcode.SERVFAIL)
            return response.to_wire()
        name, hops = qname, 0
        while True:
            entry = self.zones.get(name)
            if entry is None:
                if hops == 0:
                    response.set_rcode(dns.rcode.NXDOMAIN)
                break
            if "CNAME" in entry and qtype != "CNAME" and hops < 8:
                target = _key(entry["CNAME"])
                rrset = dns.rrset.RRset(dns.name.from_text(name), dns.rdataclass.IN, dns.rdatatype.CNAME)
                rrset.update_ttl(self.ttl)
                rrset.add(dns.rdtypes.ANY.CNAME.CNAME(dns.rdataclass.IN, dns.rdatatype.CNAME,
                                                      dns.name.from_text(target)))
                response.answer.append(rrset)
                name, hops = target, hops + 1
                continue
            if qtype in entry:
                response.answer.append(self._rrset(name, qtype, entry[qtype]))
            break
        data = response.to_wire()
        if transport == "udp":
            limit = max(512, request.payload) if request.edns >= 0 else 512
            if len(data) > limit:
                small = dns.message.make_response(request)
                small.flags |= dns.flags.TC | dns.flags.RA
                data = small.to_wire()
        return data

    def _rrset(self, name: str, qtype: str, values: Any) -> dns.rrset.RRset:
        rdtype = dns.rdatatype.from_text(qtype)
        rrset = dns.rrset.RRset(dns.name.from_text(name), dns.rdataclass.IN, rdtype)
        rrset.update_ttl(self.ttl)
        items = values if isinstance(values, list) else [values]
        for v in items:
            if qtype == "TXT":
                rrset.add(dns.rdtypes.ANY.TXT.TXT(dns.rdataclass.IN, rdtype, txt_strings(v)))
            elif qtype == "MX":
                pref, host = v
                rrset.add(dns.rdtypes.ANY.MX.MX(dns.rdataclass.IN, rdtype, int(pref),
                                                dns.name.from_text(host if host != "." else ".")))
            else:
                rrset.add(dns.rdata.from_text(dns.rdataclass.IN, rdtype, str(v)))
        return rrset

    # -- serving ------------------------------------------------------------------------

    def start(self) -> FakeDns:
        fake = self

        class Udp(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                data, sock = self.request
                reply = fake.answer(data, "udp", self.client_address[0])
                if reply is not None:
                    sock.sendto(reply, self.client_address)

        class Tcp(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                conn: socket.socket = self.request
                conn.settimeout(10)
                try:
                    while True:
                        head = _read(conn, 2)
                        if head is None:
                            return
                        body = _read(conn, struct.unpack("!H", head)[0])
                        if body is None:
                            return
                        reply = fake.answer(body, "tcp", self.client_address[0])
                        if reply is not None:
                            conn.sendall(struct.pack("!H", len(reply)) + reply)
                except OSError:
                    return

        for _ in range(20):
            udp = socketserver.ThreadingUDPServer(("127.0.0.1", 0), Udp)
            port = udp.server_address[1]
            tcp = socketserver.ThreadingTCPServer(("127.0.0.1", port), Tcp, bind_and_activate=False)
            try:
                tcp.allow_reuse_address = True
                tcp.server_bind()
                tcp.server_activate()
            except OSError:  # the TCP port of the same number is taken: close both and try another
                tcp.server_close()
                udp.server_close()
                continue
            break
        else:  # pragma: no cover
            raise RuntimeError("no free port for the fake DNS server")
        udp.daemon_threads = tcp.daemon_threads = True
        self._udp, self._tcp, self.port = udp, tcp, port
        for server in (udp, tcp):
            t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
            t.start()
            self._threads.append(t)
        return self

    def stop(self) -> None:
        for server in (self._udp, self._tcp):
            if server is not None:
                server.shutdown()
                server.server_close()
        for t in self._threads:
            t.join(timeout=5)
        self._udp = self._tcp = None

    def __enter__(self) -> FakeDns:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _read(conn: socket.socket, n: int) -> bytes | None:
    buf = b""
    while len(buf) < n:
        chunk = conn.recv(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return buf
