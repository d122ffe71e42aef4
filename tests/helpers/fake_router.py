"""A fake home router on loopback, speaking the real protocols the network probes use.

Everything binds to 127.0.0.1 on free ports; ``FakeRouter.targets()`` gives the
``app.probes.common.Targets`` that point the probes at it (gateway override 127.0.0.1 plus
a port map), so no packet ever leaves this computer.

Parts:
- the admin web page (HTTP, on a FakeServer): a login form, a redirect to https, or none;
- an optional HTTPS listener (self-signed certificate) for the TLS handshake probe;
- TCP listeners for "open" management ports; "closed" ports are free ports nobody listens on;
- an SSDP responder (unicast UDP) answering M-SEARCH with a LOCATION on the UPnP server,
  optionally flooding replies or sending garbage;
- the UPnP IGD description and SOAP control (GetExternalIPAddress, GetGenericPortMappingEntry
  with error 713 after the last entry);
- a NAT-PMP responder (RFC 6886 public-address reply);
- a DNS server that answers NXDOMAIN or rewrites every name, and an HTTPS server with a
  certificate for any name, for the consented hijack tests.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import ipaddress
import re
import socket
import socketserver
import ssl
import struct
import threading
from pathlib import Path
from typing import Any

from app.probes.common import Targets
from tests.helpers.fakeserver import FakeServer, Reply, Request

DATA = Path(__file__).resolve().parents[1] / "data" / "probes" / "common"

LOGIN_PAGE = (DATA / "router_netgear_login.html").read_text(encoding="utf-8")
IGD_DESCRIPTION = (DATA / "igd_rootdesc.xml").read_text(encoding="utf-8")
XML_BOMB = (DATA / "xml_bomb.xml").read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_cert(
    tmp: Path, names: tuple[str, ...] = ("localhost",), *, ca: tuple[Any, Any] | None = None, is_ca: bool = False
) -> tuple[Path, Path, tuple[Any, Any]]:
    """A certificate for ``names`` (self-signed, or signed by ``ca``); returns (cert, key, (cert_obj, key_obj))."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])])
    issuer_cert, issuer_key = ca if ca else (None, key)
    now = dt.datetime.now(dt.timezone.utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_cert.subject if issuer_cert is not None else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=is_ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if is_ca:
        builder = builder.add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
    else:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName(n) for n in names] + [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        ).add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
    if issuer_cert is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_cert.public_key()), critical=False
        )
    cert = builder.sign(issuer_key, hashes.SHA256())
    stem = re.sub(r"[^a-z0-9]+", "_", names[0].lower())
    cert_path = tmp / f"{stem}.crt"
    key_path = tmp / f"{stem}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return cert_path, key_path, (cert, key)


class TlsServer:
    """Accepts TLS connections on 127.0.0.1 and completes the handshake (then closes)."""

    def __init__(self, cert: Path, key: Path) -> None:
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(cert, key)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = int(self.sock.getsockname()[1])
        self.handshakes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(2)
        try:
            with self.ctx.wrap_socket(conn, server_side=True) as tls:
                self.handshakes += 1
                try:
                    tls.recv(1)
                except (OSError, ssl.SSLError):
                    pass
        except (OSError, ssl.SSLError):
            pass

    def close(self) -> None:
        self._stop.set()
        self._thread.join(1)
        self.sock.close()


class UdpResponder:
    """A UDP server on 127.0.0.1 calling ``answer(data, addr) -> list[bytes]``."""

    def __init__(self, answer: Any) -> None:
        outer = self

        class _Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                data, sock = self.request
                outer.received.append(data)
                for reply in answer(data, self.client_address):
                    try:
                        sock.sendto(reply, self.client_address)
                    except OSError:
                        pass

        self.received: list[bytes] = []
        self.server = socketserver.ThreadingUDPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.port = int(self.server.server_address[1])
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclasses.dataclass
class Mapping:
    external_port: int
    protocol: str
    internal_client: str
    internal_port: int
    description: str


@dataclasses.dataclass
class RouterConfig:
    """What the fake router does.

    admin: "login" (form over http), "redirect" (302 to https), "basic" (401 Basic realm), "none" (no http).
    """

    admin: str = "login"
    https: bool = False
    open_ports: tuple[int, ...] = (80,)
    upnp: bool = True
    upnp_description: str = IGD_DESCRIPTION
    upnp_location_host: str = "127.0.0.1"
    external_ip: str = "203.0.113.7"
    mappings: tuple[Mapping, ...] = ()
    soap_garbage: bool = False
    ssdp_flood: int = 0
    ssdp_garbage: bool = False
    wfa: bool = False
    natpmp: bool = True
    natpmp_external_ip: str = "203.0.113.7"


class FakeRouter:
    """Start with ``with FakeRouter(RouterConfig(...), tmp_path) as router:``; use ``router.targets()``."""

    LOGICAL_PORTS = (80, 443, 8080, 8443, 22, 23, 7547)

    def __init__(self, config: RouterConfig | None = None, tmp: Path | None = None) -> None:
        self.config = config or RouterConfig()
        self.tmp = tmp
        self.ports: dict[int, int] = {}
        self._listeners: list[socket.socket] = []
        self._closers: list[Any] = []
        self.http = FakeServer()
        self.upnp_http = FakeServer()
        self.soap_calls: list[str] = []

    # -- lifecycle -------------------------------------------------------------------------

    def __enter__(self) -> FakeRouter:
        cfg = self.config
        self._setup_admin()
        self.http.start()
        self._closers.append(self.http.stop)
        for logical in self.LOGICAL_PORTS:
            if logical == 80 and cfg.admin != "none":
                self.ports[80] = int(self.http.url.rsplit(":", 1)[1])
            elif logical == 443 and cfg.https:
                assert self.tmp is not None, "https needs a tmp folder for the certificate"
                cert, key, _ = make_cert(self.tmp, ("router.local",))
                tls = TlsServer(cert, key)
                self._closers.append(tls.close)
                self.ports[443] = tls.port
            elif logical in cfg.open_ports and logical not in (80, 443):
                s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                s.bind(("127.0.0.1", 0))
                s.listen(8)
                self._listeners.append(s)
                self.ports[logical] = int(s.getsockname()[1])
            else:
                self.ports[logical] = free_port()  # nothing listens: connection refused
        self._setup_upnp()
        self.upnp_http.start()
        self._closers.append(self.upnp_http.stop)
        self.ssdp = UdpResponder(self._ssdp_answer)
        self._closers.append(self.ssdp.close)
        self.ports[1900] = self.ssdp.port
        if cfg.natpmp:
            self.natpmp = UdpResponder(self._natpmp_answer)
            self._closers.append(self.natpmp.close)
            self.ports[5351] = self.natpmp.port
        else:
            self.ports[5351] = free_port()
        return self

    def __exit__(self, *exc: object) -> None:
        for s in self._listeners:
            s.close()
        for close in reversed(self._closers):
            close()

    def targets(self, **extra: Any) -> Targets:
        return Targets(gateway_override="127.0.0.1", ports=dict(self.ports), **extra)

    def env_ports(self) -> str:
        return ",".join(f"{a}:{b}" for a, b in self.ports.items())

    # -- the admin page ----------------------------------------------------------------------

    def _setup_admin(self) -> None:
        cfg = self.config
        if cfg.admin == "login":
            self.http.route("GET", "/", Reply(200, LOGIN_PAGE, {"Content-Type": "text/html", "Server": "uhttpd"}))
        elif cfg.admin == "redirect":
            self.http.route("GET", "/", Reply(302, b"", {"Location": "https://127.0.0.1/"}))
        elif cfg.admin == "basic":
            self.http.route("GET", "/", Reply(401, b"", {"WWW-Authenticate": 'Basic realm="NETGEAR R6250"'}))
        elif cfg.admin == "plain":
            self.http.route("GET", "/", Reply(200, "<html><title>Status</title></html>", {"Content-Type": "text/html"}))
        self.http.route("POST", "/.*", lambda req, m: Reply(500, b"the probe must never post to the admin page"))

    # -- UPnP ---------------------------------------------------------------------------------

    def _setup_upnp(self) -> None:
        cfg = self.config
        self.upnp_http.route("GET", "/rootDesc.xml", Reply(200, cfg.upnp_description, {"Content-Type": "text/xml"}))
        self.upnp_http.route("POST", "/ctl/IPConn", self._soap)

    def _soap(self, req: Request, _m: re.Match[str]) -> Reply:
        action = (req.header("SOAPAction") or "").strip('"').rsplit("#", 1)[-1]
        self.soap_calls.append(action)
        if self.config.soap_garbage:
            return Reply(200, b"<s:Envelope><unclosed", {"Content-Type": "text/xml"})
        body = req.body.decode("utf-8", "replace")
        if action == "GetExternalIPAddress":
            return self._soap_ok(action, {"NewExternalIPAddress": self.config.external_ip})
        if action == "GetGenericPortMappingEntry":
            m = re.search(r"<NewPortMappingIndex>(\d+)</NewPortMappingIndex>", body)
            index = int(m.group(1)) if m else -1
            if 0 <= index < len(self.config.mappings):
                mp = self.config.mappings[index]
                return self._soap_ok(
                    action,
                    {
                        "NewRemoteHost": "",
                        "NewExternalPort": str(mp.external_port),
                        "NewProtocol": mp.protocol,
                        "NewInternalPort": str(mp.internal_port),
                        "NewInternalClient": mp.internal_client,
                        "NewEnabled": "1",
                        "NewPortMappingDescription": mp.description,
                        "NewLeaseDuration": "0",
                    },
                )
            return self._soap_error(713, "SpecifiedArrayIndexInvalid")
        return self._soap_error(401, "Invalid Action")

    @staticmethod
    def _soap_ok(action: str, values: dict[str, str]) -> Reply:
        inner = "".join(f"<{k}>{v}</{k}>" for k, v in values.items())
        xml = (
            '<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
            's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><s:Body>'
            f'<u:{action}Response xmlns:u="urn:schemas-upnp-org:service:WANIPConnection:1">{inner}</u:{action}Response>'
            "</s:Body></s:Envelope>"
        )
        return Reply(200, xml, {"Content-Type": 'text/xml; charset="utf-8"'})

    @staticmethod
    def _soap_error(code: int, text: str) -> Reply:
        xml = (
            '<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault>'
            "<faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail>"
            f'<UPnPError xmlns="urn:schemas-upnp-org:control-1-0"><errorCode>{code}</errorCode>'
            f"<errorDescription>{text}</errorDescription></UPnPError></detail></s:Fault></s:Body></s:Envelope>"
        )
        return Reply(500, xml, {"Content-Type": 'text/xml; charset="utf-8"'})

    def _ssdp_answer(self, data: bytes, _addr: Any) -> list[bytes]:
        cfg = self.config
        text = data.decode("ascii", "replace")
        if not cfg.upnp or not text.startswith("M-SEARCH * HTTP/1.1") or '"ssdp:discover"' not in text:
            return []
        st = re.search(r"^ST:\s*(.+?)\r?$", text, re.M | re.I)
        st_value = st.group(1).strip() if st else ""
        if cfg.ssdp_garbage:
            return [b"\x00\xffnot ssdp at all" * 20]
        if st_value == "urn:schemas-wifialliance-org:device:WFADevice:1":
            if not cfg.wfa:
                return []
        port = int(self.upnp_http.url.rsplit(":", 1)[1])
        reply = (
            "HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\n"
            f"ST: {st_value}\r\nUSN: uuid:824ff22b-8c7d-41c5-a131-44f534e12555::{st_value}\r\nEXT:\r\n"
            "SERVER: Linux/3.4.103 UPnP/1.0 MiniUPnPd/1.9\r\n"
            f"LOCATION: http://{cfg.upnp_location_host}:{port}/rootDesc.xml\r\n\r\n"
        ).encode("ascii")
        return [reply] * (1 + cfg.ssdp_flood)

    # -- NAT-PMP -----------------------------------------------------------------------------

    def _natpmp_answer(self, data: bytes, _addr: Any) -> list[bytes]:
        if data[:2] != b"\x00\x00":
            return []
        ip = ipaddress.IPv4Address(self.config.natpmp_external_ip).packed
        return [struct.pack("!BBHI", 0, 128, 0, 12345) + ip]


# -- DNS for the consented tests -----------------------------------------------------------------


class FakeDns(UdpResponder):
    """Answers every A query: NXDOMAIN for names in ``nx_for`` patterns unless ``rewrite`` is set,
    otherwise 127.0.0.1 (the fake TLS server stands in for every website)."""

    def __init__(self, *, rewrite_unknown: bool = False) -> None:
        self.rewrite_unknown = rewrite_unknown
        self.names: list[str] = []
        super().__init__(self._answer)

    def _answer(self, data: bytes, _addr: Any) -> list[bytes]:
        if len(data) < 12:
            return []
        qid = struct.unpack("!H", data[:2])[0]
        pos, labels = 12, []
        while pos < len(data) and data[pos]:
            n = data[pos]
            labels.append(data[pos + 1 : pos + 1 + n].decode("ascii", "replace"))
            pos += 1 + n
        question = data[12 : pos + 5]
        name = ".".join(labels)
        self.names.append(name)
        known = name.startswith("www.")
        if not known and not self.rewrite_unknown:
            return [struct.pack("!HHHHHH", qid, 0x8183, 1, 0, 0, 0) + question]
        answer = b"\xc0\x0c" + struct.pack("!HHIH", 1, 1, 60, 4) + bytes([127, 0, 0, 1])
        return [struct.pack("!HHHHHH", qid, 0x8180, 1, 1, 0, 0) + question + answer]
