"""The files caring at a distance writes to the shared folder, and their cryptography (PyNaCl).

Every file is ``hint (8 bytes) || body`` under a random name ``<32 hex>.hearth``:

* invitation: hint = ``INVITE_HINT``; body = ``salt (16) || SecretBox(key)``, the key derived from
  the short code with Argon2id (``KDF_OPS``, ``KDF_MEM``) and the salt;
* every other message: hint = BLAKE2b of the recipient's X25519 public key (8 bytes, so a reader
  finds its own files without trying to open every file); body = ``SealedBox(recipient)`` of
  ``sender Ed25519 verify key (32) || Ed25519 signed JSON``.

No hand-made crypto: SecretBox (XSalsa20-Poly1305), SealedBox (X25519 + XSalsa20-Poly1305),
Ed25519 signatures, BLAKE2b and Argon2id all come from libsodium through PyNaCl.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import secrets
from pathlib import Path
from typing import Any

import nacl.encoding
import nacl.exceptions
import nacl.hash
import nacl.pwhash.argon2id
import nacl.secret
import nacl.signing
import nacl.utils
from nacl.public import PrivateKey, PublicKey, SealedBox

from app.fileio import atomic_write

VERSION = 1
SUFFIX = ".hearth"
HINT_BYTES = 8
INVITE_HINT = bytes.fromhex("c4e1a7f03b9d5e21")
#: Argon2id cost for the code: about 0.2 s and 128 MiB per guess on a 2024 laptop core.
KDF_OPS = nacl.pwhash.argon2id.OPSLIMIT_MODERATE
KDF_MEM = 128 * 1024 * 1024
CODE_DIGITS = 12
MAX_FILE = 4 * 1024 * 1024


class WireError(Exception):
    """A file that cannot be used; ``reason`` is one of "damaged", "signature", "unpaired", "format"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# -- keys -------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class KeyPair:
    """One side's keys for one link: Ed25519 to sign, X25519 to receive."""

    sign: nacl.signing.SigningKey
    box: PrivateKey

    @classmethod
    def generate(cls) -> KeyPair:
        return cls(nacl.signing.SigningKey.generate(), PrivateKey.generate())

    def to_data(self) -> dict[str, str]:
        return {"sign": b64(bytes(self.sign)), "box": b64(bytes(self.box))}

    @classmethod
    def from_data(cls, data: dict[str, str]) -> KeyPair:
        return cls(nacl.signing.SigningKey(unb64(data["sign"])), PrivateKey(unb64(data["box"])))

    @property
    def sign_public(self) -> str:
        return b64(bytes(self.sign.verify_key))

    @property
    def box_public(self) -> str:
        return b64(bytes(self.box.public_key))


def hint_for(box_public: bytes) -> bytes:
    return nacl.hash.blake2b(box_public, digest_size=HINT_BYTES, person=b"hearth-care-to", encoder=nacl.encoding.RawEncoder)


# -- the code ---------------------------------------------------------------------------------


def new_code() -> str:
    """A 12-digit code in groups of four ("4821-0937-5562"): easy to read on the phone, 40 bits."""
    digits = "".join(str(secrets.randbelow(10)) for _ in range(CODE_DIGITS))
    return "-".join(digits[i:i + 4] for i in range(0, CODE_DIGITS, 4))


def normalise_code(code: str) -> str | None:
    """The digits of a code as typed (spaces and dashes ignored), or None if it is not a code."""
    digits = "".join(ch for ch in code if not ch.isspace() and ch not in "-.")
    if len(digits) != CODE_DIGITS or not digits.isascii() or not digits.isdigit():
        return None
    return digits


def code_key(code_digits: str, salt: bytes) -> bytes:
    return nacl.pwhash.argon2id.kdf(nacl.secret.SecretBox.KEY_SIZE, code_digits.encode("ascii"), salt,
                                    opslimit=KDF_OPS, memlimit=KDF_MEM)


def proof_key(key: bytes) -> bytes:
    """The key the relative uses to prove, in the acceptance, that they knew the code."""
    return nacl.hash.blake2b(b"accept", key=key, digest_size=32, person=b"hearth-care-prf",
                             encoder=nacl.encoding.RawEncoder)


def proof(pkey: bytes, invite_id: str, sign_public: str, box_public: str) -> str:
    data = "\n".join((invite_id, sign_public, box_public)).encode("ascii")
    return b64(nacl.hash.blake2b(data, key=pkey, digest_size=32, encoder=nacl.encoding.RawEncoder))


def seal_invitation(payload: dict[str, Any], code_digits: str) -> tuple[bytes, bytes]:
    """The invitation file, and the code key (for checking the relative's proof later)."""
    salt = nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
    key = code_key(code_digits, salt)
    return INVITE_HINT + salt + bytes(nacl.secret.SecretBox(key).encrypt(_dumps(payload))), key


def open_invitation(data: bytes, code_digits: str) -> tuple[dict[str, Any], bytes]:
    """The invitation's content and the code key, or WireError("damaged") (a wrong code looks the same)."""
    if not data.startswith(INVITE_HINT):
        raise WireError("format")
    salt = data[HINT_BYTES:HINT_BYTES + nacl.pwhash.argon2id.SALTBYTES]
    key = code_key(code_digits, salt)
    try:
        plain = nacl.secret.SecretBox(key).decrypt(data[HINT_BYTES + len(salt):])
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        raise WireError("damaged") from None
    return _loads(plain), key


# -- messages ---------------------------------------------------------------------------------


def seal(message: dict[str, Any], sender: KeyPair, recipient_box_public: str) -> bytes:
    recipient = PublicKey(unb64(recipient_box_public))
    signed = sender.sign.sign(_dumps(message))
    envelope = bytes(sender.sign.verify_key) + bytes(signed)
    return hint_for(bytes(recipient)) + SealedBox(recipient).encrypt(envelope)


def open_sealed(data: bytes, recipient: KeyPair) -> tuple[str, dict[str, Any]]:
    """(sender's verify key, message). WireError "damaged" when it cannot be opened (a changed
    byte), "signature" when the signature does not match the key it names."""
    try:
        envelope = SealedBox(recipient.box).decrypt(data[HINT_BYTES:])
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        raise WireError("damaged") from None
    if len(envelope) < 32 + 64:
        raise WireError("format")
    sender = envelope[:32]
    try:
        plain = nacl.signing.VerifyKey(sender).verify(envelope[32:])
    except (nacl.exceptions.BadSignatureError, ValueError, TypeError):
        raise WireError("signature") from None
    return b64(sender), _loads(plain)


def _dumps(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _loads(data: bytes) -> dict[str, Any]:
    try:
        obj = json.loads(data.decode("utf-8"))
    except ValueError:
        raise WireError("format") from None
    if not isinstance(obj, dict) or obj.get("v") != VERSION:
        raise WireError("format")
    return obj


def digest(data: bytes) -> str:
    return nacl.hash.blake2b(data, digest_size=16, encoder=nacl.encoding.HexEncoder).decode("ascii")


# -- the folder -------------------------------------------------------------------------------


def new_name() -> str:
    return secrets.token_hex(16) + SUFFIX


def write_atomic(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` as ``folder/name`` through a hidden temporary file and a rename (app.fileio), so a
    sync tool never sees half a file."""
    target = folder / name
    atomic_write(target, data, make_parents=False)
    return target


def list_files(folder: Path) -> list[Path]:
    """The Hearth files in a folder (temporary and hidden files left aside)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    return sorted(Path(e.path) for e in entries
                  if e.name.endswith(SUFFIX) and not e.name.startswith(".") and e.is_file())


def read_head(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as fh:
            return fh.read(HINT_BYTES)
    except OSError:
        return None


def read(path: Path) -> bytes | None:
    try:
        if path.stat().st_size > MAX_FILE:
            return None
        return path.read_bytes()
    except OSError:
        return None


def remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def remove_all(paths: list[Path]) -> None:
    """Remove many files. Unlinking a file that was just written and synced waits on the file
    system's journal (about 3 ms each on ext4), so large batches are removed by a few threads."""
    if len(paths) < 16:
        for path in paths:
            remove(path)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(remove, paths))

