"""Caring at a distance (issue 18): a caregiver follows a relative's security from their own home,
through a folder both computers see (Syncthing, Dropbox, a USB stick...), with no Hearth cloud.

The caregiver's Hearth writes an invitation and shows a 12-digit code; the relative's Hearth
accepts with that code and the scopes the relative chose; from then on it writes an encrypted,
signed update after each checkup and scam check (``after_change``) and on demand (``publish``);
the caregiver's Hearth reads them (``sync``) and may send back a "please do this" nudge. The
relative can withdraw at any time. Design and threat model: docs/CARE.md. Wire format:
app/care/wire.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.caregiver import SCOPES, scopes_text
from app.errors import InvalidInput, KeyringUnavailable, NotFound, UserFacingError
from app.storage.care import Peer
from checks.i18n import N_, Msg, from_data, to_data

if TYPE_CHECKING:
    from app.care.wire import KeyPair
    from app.core import Hearth

log = logging.getLogger(__name__)

SECRET = "care_keys"
INVITE_LIFETIME = dt.timedelta(hours=1)
MAX_NUDGE = 300
SCAM_CHECKS_SHARED = 20
KEEP_UPDATE_FILES = 1


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)


def _iso(when: dt.datetime) -> str:
    return when.isoformat(timespec="seconds")


def _parse(text: str | None) -> dt.datetime | None:
    try:
        when = dt.datetime.fromisoformat(text or "")
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def when_words(text: str | None, language: str | None = None) -> str:
    """A stored time as a person reads it, in this computer's time zone: "7 December 2026, 14:05"."""
    from app import i18n

    when = _parse(text)
    if when is None:
        return ""
    local = when.astimezone()
    return i18n.long_date(local.day, local.month, local.year, language) + local.strftime(", %H:%M")


# -- keys in the keyring ---------------------------------------------------------------------


class _Keys:
    """All of this computer's caring keys, one keyring entry (JSON), read once per operation."""

    def __init__(self, hearth: Hearth) -> None:
        self._hearth = hearth
        raw = hearth.secrets.get(SECRET)
        try:
            self.data: dict[str, dict[str, str]] = json.loads(raw) if raw else {}
        except ValueError:
            log.warning("the caring keys in the keyring could not be read; starting afresh")
            self.data = {}

    def pair(self, ref: str) -> KeyPair | None:
        from app.care.wire import KeyPair

        entry = self.data.get(ref)
        return KeyPair.from_data(entry) if entry else None

    def add(self, pair: KeyPair, **extra: str) -> str:
        ref = secrets.token_hex(8)
        self.data[ref] = {**pair.to_data(), **extra}
        self.save()
        return ref

    def drop(self, ref: str, field: str | None = None) -> None:
        if ref not in self.data:
            return
        if field is None:
            del self.data[ref]
        else:
            self.data[ref].pop(field, None)
        self.save()

    def save(self) -> None:
        if self.data:
            self._hearth.secrets.set(SECRET, json.dumps(self.data, separators=(",", ":")))
        else:
            self._hearth.secrets.delete(SECRET)


def _folder(folder: str | Path) -> Path:
    path = Path(folder).expanduser()
    if not path.is_dir():
        raise NotFound(N_("There is no folder at {path}.", path=str(path)),
                       hint=N_("Choose a folder that both computers see, for example one kept in step by Syncthing or Dropbox."))
    return path.resolve()


def _ledger(hearth: Hearth, folder: str | Path, purpose: Msg) -> None:
    """What left this computer through the shared folder goes in the privacy ledger, like a request."""
    try:
        hearth.ledger.record(service="care", method="WRITE", url=Path(folder).as_uri(), purpose=purpose,
                             status=None, outcome="written, encrypted")
    except Exception:  # noqa: BLE001 - the ledger must not stop the update
        log.exception("could not record the care update in the ledger")


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())[:60]
    if not name:
        raise InvalidInput(N_("Type the name first."))
    return name


# -- invitations (caregiver side) ------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Invitation:
    code: str
    expires_at: str
    folder: str
    caregiver: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "expires_at": self.expires_at, "folder": self.folder, "caregiver": self.caregiver}


def invite(hearth: Hearth, caregiver: str, folder: str | Path, *, now: dt.datetime | None = None) -> Invitation:
    """Write an invitation to ``folder`` and return the code to read to the relative on the phone."""
    from app.care import wire

    caregiver = _clean_name(caregiver)
    path = _folder(folder)
    now = _now(now)
    expires = now + INVITE_LIFETIME
    code = wire.new_code()
    digits = wire.normalise_code(code)
    assert digits is not None
    pair = wire.KeyPair.generate()
    invite_id = secrets.token_hex(16)
    payload = {"v": wire.VERSION, "t": "invite", "id": invite_id, "caregiver": caregiver,
               "sign": pair.sign_public, "box": pair.box_public, "created": _iso(now), "expires": _iso(expires)}
    data, key = wire.seal_invitation(payload, digits)
    keys = _Keys(hearth)
    ref = keys.add(pair, proof=wire.b64(wire.proof_key(key)))
    name = wire.new_name()
    wire.write_atomic(path, name, data)
    hearth.care.add_invite(invite_id=invite_id, caregiver_name=caregiver, folder=str(path), file_name=name,
                           key_ref=ref, created_at=_iso(now), expires_at=_iso(expires))
    return Invitation(code, _iso(expires), str(path), caregiver)


# -- accepting (relative side) ---------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Link:
    """A link as shown to people: who shares what with whom."""

    id: int
    side: str
    member: str
    caregiver: str
    scopes: tuple[str, ...]
    consent_at: str
    folder: str
    updated_at: str

    @property
    def consent_sentence(self) -> Msg:
        return consent_sentence(self.member, self.caregiver, self.scopes)

    def to_dict(self) -> dict[str, Any]:
        return {"side": self.side, "member": self.member, "caregiver": self.caregiver, "scopes": list(self.scopes),
                "consent_at": self.consent_at, "folder": self.folder, "updated_at": self.updated_at or None,
                "consent": str(self.consent_sentence)}


def consent_sentence(member: str, caregiver: str, scopes: Iterable[str]) -> Msg:
    return N_("{member} shares {what} with {caregiver}, and can withdraw this at any time.",
              member=member, what=scopes_text(scopes), caregiver=caregiver)


def _link(p: Peer) -> Link:
    return Link(p.id, p.side, p.member_name, p.caregiver_name, p.scopes, p.consent_at, p.folder, p.updated_at)


def parse_scopes(scopes: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(scopes, str):
        scopes = [s.strip() for s in scopes.split(",")]
    chosen = tuple(dict.fromkeys(s for s in scopes if s))
    bad = [s for s in chosen if s not in SCOPES]
    if bad or not chosen:
        raise InvalidInput(N_("Choose what the caregiver may see: findings, scam history and/or reports."),
                           hint=N_("For example: --scopes findings,scam_history,reports"))
    return tuple(s for s in SCOPES if s in chosen)


def accept(hearth: Hearth, folder: str | Path, member: str, code: str, scopes: Iterable[str] | str, *,
           now: dt.datetime | None = None) -> Link:
    """The relative accepts the invitation in ``folder`` with the code read on the phone."""
    from app.care import wire

    person = hearth.members.find(member)
    chosen = parse_scopes(scopes)
    path = _folder(folder)
    digits = wire.normalise_code(code)
    if digits is None:
        raise InvalidInput(N_("That is not a caregiver's code: it has 12 digits, like 4821-0937-5562."))
    now = _now(now)
    candidates = [f for f in wire.list_files(path) if wire.read_head(f) == wire.INVITE_HINT]
    if not candidates:
        raise NotFound(N_("There is no invitation in that folder."),
                       hint=N_("Ask your caregiver to make one, and wait until the folder has caught up."))
    opened = None
    for f in sorted(candidates, key=lambda p: p.stat().st_mtime, reverse=True):
        data = wire.read(f)
        if data is None:
            continue
        try:
            payload, key = wire.open_invitation(data, digits)
        except wire.WireError:
            continue
        opened = (f, payload, key)
        break
    if opened is None:
        raise InvalidInput(N_("That code does not match the invitation in this folder, so nothing was shared."),
                           hint=N_("Check the code with your caregiver, or ask them for a new one."))
    f, payload, key = opened
    expires = _parse(str(payload.get("expires", "")))
    if expires is None or expires < now:
        raise InvalidInput(N_("This invitation has expired, so nothing was shared."),
                           hint=N_("Ask your caregiver for a new code."))
    try:
        invite_id, caregiver = str(payload["id"]), _clean_name(str(payload["caregiver"]))
        their_sign, their_box = str(payload["sign"]), str(payload["box"])
        wire.unb64(their_sign), wire.unb64(their_box)
    except (KeyError, ValueError):
        raise InvalidInput(N_("The invitation in this folder is damaged. Ask your caregiver for a new code.")) from None
    pair = wire.KeyPair.generate()
    keys = _Keys(hearth)
    ref = keys.add(pair)
    peer_id = hearth.care.add_peer(
        side="relative", member_id=person.id, member_name=person.name, caregiver_name=caregiver, folder=str(path),
        key_ref=ref, peer_sign=their_sign, peer_box=their_box, scopes=chosen, consent_at=_iso(now),
        created_at=_iso(now),
    )
    seq = hearth.care.next_send_seq(peer_id)
    message = {"v": wire.VERSION, "t": "accept", "seq": seq, "at": _iso(now), "invite": invite_id,
               "member": person.name, "box": pair.box_public, "scopes": list(chosen),
               "proof": wire.proof(wire.proof_key(key), invite_id, pair.sign_public, pair.box_public)}
    name = wire.new_name()
    wire.write_atomic(path, name, wire.seal(message, pair, their_box))
    hearth.care.add_out_file(peer_id, "accept", name, seq, _iso(now))
    _ledger(hearth, path, N_("an encrypted acceptance for a caregiver, through the shared folder"))
    wire.remove(f)  # the invitation is used: fewer copies of it to guess at
    peer = hearth.care.peer(peer_id)
    assert peer is not None
    _publish_one(hearth, peer, pair, now)
    return _link(peer)


# -- updates (relative side) -----------------------------------------------------------------


def _clean_text(value: Any, names: list[str]) -> Any:
    """A text as data, with passwords, codes, card numbers, e-mail addresses and other household
    members' names taken out (checks.redact, as for stored scam checks)."""
    from checks.redact import redact

    if value is None:
        return None
    text = str(value)
    cleaned = redact(text, names=names).text
    if cleaned != text:
        return cleaned
    return to_data(value) if isinstance(value, Msg) else text


def snapshot(hearth: Hearth, peer: Peer, now: dt.datetime | None = None) -> dict[str, Any]:
    """What the relative shares with one caregiver: only the consented scopes, already redacted."""
    from app import checkup as C

    assert peer.member_id is not None
    member_id = peer.member_id
    others = [m.name for m in hearth.members.list() if m.id != member_id]
    out: dict[str, Any] = {"member": peer.member_name, "scopes": list(peer.scopes)}
    if "findings" in peer.scopes:
        checked = C.has_checkup(hearth, member_id)
        last = C.parse_time(hearth.checkup_runs.last_finished_at(member_id))
        todo = []
        for f in C.todo(hearth, member_id):
            ref = f.subject_ref if f.subject_ref and "@" not in f.subject_ref and "." not in f.subject_ref else ""
            todo.append({
                "title": _clean_text(f.title, others),
                "account": _clean_text(ref, others) if ref else "",
                "why": _clean_text(f.why, others),
                "fix": [_clean_text(s, others) for s in f.fix],
                "severity": int(f.severity),
                "severity_label": to_data(f.severity.label),
                "effort_minutes": f.effort_minutes,
                "first_seen": f.first_seen,
            })
        out["findings"] = {
            "checked": checked,
            "score": C.member_score(hearth, member_id).shown if checked else None,
            "last_checkup": _iso(last) if last is not None else None,
            "todo": todo,
        }
    if "scam_history" in peer.scopes:
        out["scam_checks"] = [
            {"at": r.at, "kind": r.kind, "verdict": r.verdict, "score": r.score,
             # "likely fine" that listed red flags (app.scam.shown_verdict); a receiver that does not know the key
             # ignores it
             "warning_signs": r.shown_verdict == "warning_signs",
             "excerpt": _clean_text(r.excerpt, others)}
            for r in hearth.scam_checks.list(member_id, limit=SCAM_CHECKS_SHARED)
        ]
    if "reports" in peer.scopes:
        from app import reports

        rep = reports.member_report(hearth, member_id, now)
        out["report"] = {
            "fixed": [_clean_text(i.title, others) for i in rep.fixed],
            "dismissed": [_clean_text(i.title, others) for i in rep.dismissed],
            "steps": [[to_data(t), to_data(s), _clean_text(m, others)] for t, s, m in rep.steps],
        }
    return out


@dataclasses.dataclass(frozen=True)
class Published:
    member: str
    caregiver: str
    seq: int
    file: str


def _publish_one(hearth: Hearth, peer: Peer, pair: KeyPair, now: dt.datetime, *, prune: bool = True) -> Published:
    from app.care import wire

    seq = hearth.care.next_send_seq(peer.id)
    message = {"v": wire.VERSION, "t": "update", "seq": seq, "at": _iso(now), "snapshot": snapshot(hearth, peer, now)}
    folder = Path(peer.folder)
    name = wire.new_name()
    wire.write_atomic(folder, name, wire.seal(message, pair, peer.peer_box))
    hearth.care.add_out_file(peer.id, "update", name, seq, _iso(now))
    _ledger(hearth, folder, N_("an encrypted update for a caregiver, through the shared folder"))
    if prune:
        old = hearth.care.out_files(peer.id, "update")
        stale = [o for o in old if o[1] != name][: max(0, len(old) - KEEP_UPDATE_FILES)]
        for _, old_name, _ in stale:
            wire.remove(folder / old_name)
        hearth.care.forget_out_files(o[0] for o in stale)
    return Published(peer.member_name, peer.caregiver_name, seq, name)


def publish(hearth: Hearth, member: str | None = None, *, member_id: int | None = None,
            now: dt.datetime | None = None, prune: bool = True) -> list[Published]:
    """Write an update for each caregiver a member shares with (relative side)."""
    if member_id is None:
        if not member:
            raise InvalidInput(N_("Say whose update to send (--member NAME)."))
        member_id = hearth.members.find(member).id
    peers = hearth.care.relative_peers(member_id)
    if not peers:
        name = hearth.members.get(member_id).name
        raise NotFound(N_("{member} does not share anything with a caregiver.", member=name),
                       hint=N_("A caregiver first makes an invitation; then 'hearth care accept' with their code."))
    keys = _Keys(hearth)
    now = _now(now)
    out = []
    for peer in peers:
        pair = keys.pair(peer.key_ref)
        if pair is None:
            raise KeyringUnavailable(N_("the keys for sharing with {caregiver} are missing from this computer's secure key store",
                                        caregiver=peer.caregiver_name))
        out.append(_publish_one(hearth, peer, pair, now, prune=prune))
    return out


def after_change(hearth: Hearth, member_id: int | None) -> None:
    """Called after a checkup or a scam check: send an update if this member shares with a
    caregiver. Does nothing (one small query) when there is no care link; never raises."""
    if member_id is None:
        return
    try:
        if not hearth.care.relative_peers(member_id):
            return
        publish(hearth, member_id=member_id)
    except Exception:  # noqa: BLE001 - sharing must never break the checkup or the scam check
        log.exception("could not send the care update")


def withdraw(hearth: Hearth, member: str, caregiver: str, *, now: dt.datetime | None = None) -> Link:
    """The relative stops sharing: a signed withdrawal is written, earlier updates are removed from
    the folder, and this side forgets the link and its keys. Sharing again needs a new code."""
    from app.care import wire

    person = hearth.members.find(member)
    key = " ".join(caregiver.split()).casefold()
    peer = next((p for p in hearth.care.relative_peers(person.id) if p.caregiver_name.casefold() == key), None)
    if peer is None:
        raise NotFound(N_("{member} does not share anything with {caregiver}.", member=person.name,
                          caregiver=caregiver))
    keys = _Keys(hearth)
    pair = keys.pair(peer.key_ref)
    now = _now(now)
    folder = Path(peer.folder)
    if pair is not None:
        seq = hearth.care.next_send_seq(peer.id)
        message = {"v": wire.VERSION, "t": "withdraw", "seq": seq, "at": _iso(now)}
        wire.write_atomic(folder, wire.new_name(), wire.seal(message, pair, peer.peer_box))
        _ledger(hearth, folder, N_("an encrypted withdrawal for a caregiver, through the shared folder"))
    for _, name, _ in hearth.care.out_files(peer.id):
        wire.remove(folder / name)
    hearth.care.delete_peer(peer.id)
    keys.drop(peer.key_ref)
    return _link(peer)


# -- nudges (caregiver side writes, relative side shows) ---------------------------------------


def nudge(hearth: Hearth, member: str, text: str, *, now: dt.datetime | None = None) -> None:
    """Send a signed "please do this" suggestion to a relative (shown on their Home; never imposed)."""
    from app.care import wire

    text = " ".join((text or "").split())
    if not text:
        raise InvalidInput(N_("Type what you would like them to do."))
    if len(text) > MAX_NUDGE:
        raise InvalidInput(N_("That is too long: keep it under {n} characters.", n=MAX_NUDGE))
    peer = _caring_peer(hearth, member)
    pair = _Keys(hearth).pair(peer.key_ref)
    if pair is None:
        raise KeyringUnavailable(N_("the keys for {member} are missing from this computer's secure key store", member=peer.member_name))
    now = _now(now)
    seq = hearth.care.next_send_seq(peer.id)
    message = {"v": wire.VERSION, "t": "nudge", "seq": seq, "at": _iso(now), "text": text}
    name = wire.new_name()
    wire.write_atomic(Path(peer.folder), name, wire.seal(message, pair, peer.peer_box))
    hearth.care.add_out_file(peer.id, "nudge", name, seq, _iso(now))
    _ledger(hearth, peer.folder, N_("an encrypted suggestion for a relative, through the shared folder"))
    hearth.care.add_nudge(peer.id, "sent", text, _iso(now))


@dataclasses.dataclass(frozen=True)
class ReceivedNudge:
    id: int
    caregiver: str
    member: str
    text: str
    at: str


def nudges_for(hearth: Hearth, member_id: int | None = None) -> list[ReceivedNudge]:
    """Suggestions from caregivers, for Home (relative side); those the person set aside are left out."""
    peers = {p.id: p for p in hearth.care.peers("relative") if member_id is None or p.member_id == member_id}
    return [ReceivedNudge(n.id, peers[n.peer_id].caregiver_name, peers[n.peer_id].member_name, n.text, n.at)
            for n in hearth.care.nudges(direction="received", peer_ids=peers)]


def dismiss_nudge(hearth: Hearth, nudge_id: int) -> None:
    hearth.care.dismiss_nudge(nudge_id, _iso(_now(None)))


# -- reading the folder (both sides) ---------------------------------------------------------


REFUSAL_WORDS = {
    "damaged": N_("A file could not be opened: it was changed or damaged on the way."),
    "signature": N_("A file's signature does not match the key it claims to come from."),
    "unpaired": N_("A file came from a key this Hearth is not paired with."),
    "replay": N_("A file holds an older update than the one already here (an old copy put back?)."),
    "format": N_("A file is not in a form this Hearth can read."),
    "invite_used": N_("A file answers an invitation that was already used or has expired."),
    "proof": N_("A file answers an invitation without knowing its code."),
}


@dataclasses.dataclass(frozen=True)
class Refusal:
    file: str
    reason: str
    member: str

    @property
    def message(self) -> Msg:
        words = REFUSAL_WORDS[self.reason]
        if self.member:
            return Msg.join(" ", [words, N_("It was not used; what you had from {member} is kept.", member=self.member)])
        return Msg.join(" ", [words, N_("It was not used.")])

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "reason": self.reason, "member": self.member or None, "message": str(self.message)}


@dataclasses.dataclass(frozen=True)
class Alert:
    member: str
    kind: str  # "scam" or "urgent"
    text: Msg

    def to_dict(self) -> dict[str, Any]:
        return {"member": self.member, "kind": self.kind, "message": str(self.text)}


@dataclasses.dataclass(frozen=True)
class SyncResult:
    paired: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    withdrawn: tuple[str, ...] = ()
    nudges: int = 0
    refused: tuple[Refusal, ...] = ()
    alerts: tuple[Alert, ...] = ()
    expired: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"paired": list(self.paired), "updated": list(self.updated), "withdrawn": list(self.withdrawn),
                "nudges": self.nudges, "refused": [r.to_dict() for r in self.refused],
                "alerts": [a.to_dict() for a in self.alerts], "expired_invitations": self.expired}


def _alerts(member: str, before: dict[str, Any] | None, after: dict[str, Any]) -> list[Alert]:
    out: list[Alert] = []
    seen_at = max((c.get("at", "") for c in (before or {}).get("scam_checks", [])), default="")
    for c in after.get("scam_checks", []):
        if c.get("verdict") == "scam" and str(c.get("at", "")) > seen_at:
            out.append(Alert(member, "scam", N_("{member} checked a message that came out as a scam.", member=member)))
            break
    old_urgent = {json.dumps(t.get("title"), sort_keys=True) for t in (before or {}).get("findings", {}).get("todo", [])
                  if t.get("severity", 0) >= 4}
    for t in after.get("findings", {}).get("todo", []):
        if t.get("severity", 0) >= 4 and json.dumps(t.get("title"), sort_keys=True) not in old_urgent:
            out.append(Alert(member, "urgent", N_("{member} has something urgent to do: {title}", member=member,
                                                  title=_msg(t.get("title")))))
    return out


def _msg(data: Any) -> Any:
    try:
        return from_data(data)
    except (ValueError, TypeError, KeyError):
        return ""


def sync(hearth: Hearth, *, now: dt.datetime | None = None) -> SyncResult:
    """Read every file addressed to this computer in the folders it knows; apply what is new and
    properly signed; refuse the rest and say why. Keeps what it had when a file is refused."""
    from app.care import wire

    now = _now(now)
    care = hearth.care
    peers = care.peers()
    invites = care.invites()
    if not peers and not invites:
        return SyncResult()
    keys = _Keys(hearth)
    pairs: dict[str, KeyPair] = {}
    hints: dict[bytes, str] = {}
    folders: set[str] = set()
    for ref, folder in [(p.key_ref, p.folder) for p in peers] + [(i.key_ref, i.folder) for i in invites]:
        pair = keys.pair(ref)
        if pair is None:
            continue
        pairs[ref] = pair
        hints[wire.hint_for(bytes(pair.box.public_key))] = ref
        folders.add(folder)

    refused: list[Refusal] = []
    by_ref: dict[str, Peer] = {p.key_ref: p for p in peers}
    opened: list[tuple[Path, str, str, dict[str, Any], str]] = []  # (path, ref, sender, message, digest)
    for folder in sorted(folders):
        for path in wire.list_files(Path(folder)):
            found = hints.get(wire.read_head(path) or b"")
            if found is None:
                continue  # not for this computer
            ref = found
            data = wire.read(path)
            if data is None:
                continue
            peer = by_ref.get(ref)
            member = peer.member_name if peer and peer.side == "caregiver" else ""
            try:
                sender, message = wire.open_sealed(data, pairs[ref])
                seq = int(message["seq"])
                if not isinstance(message.get("t"), str) or seq < 1:
                    raise ValueError
            except wire.WireError as exc:
                refused.append(Refusal(path.name, exc.reason, member))
                continue
            except (KeyError, ValueError, TypeError):
                refused.append(Refusal(path.name, "format", member))
                continue
            opened.append((path, ref, sender, message, wire.digest(data)))

    paired: list[str] = []
    updated: list[str] = []
    withdrawn: list[str] = []
    all_alerts: list[Alert] = []
    nudges = expired = 0

    # 1. Acceptances of this computer's invitations.
    open_invites = {i.key_ref: i for i in invites}
    rest = []
    for path, ref, sender, message, dig in opened:
        if message["t"] != "accept":
            rest.append((path, ref, sender, message, dig))
            continue
        inv = open_invites.get(ref)
        if inv is None or ref in by_ref:
            refused.append(Refusal(path.name, "invite_used", ""))
            continue
        expires = _parse(inv.expires_at)
        try:
            member = _clean_name(str(message["member"]))
            box, scopes = str(message["box"]), parse_scopes([str(s) for s in message["scopes"]])
            wire.unb64(box)
            expected = wire.proof(wire.unb64(keys.data[ref]["proof"]), inv.invite_id, sender, box)
            good = secrets.compare_digest(expected, str(message["proof"])) and message.get("invite") == inv.invite_id
        except (KeyError, ValueError, TypeError, UserFacingError):
            refused.append(Refusal(path.name, "format", ""))
            continue
        if not good:
            refused.append(Refusal(path.name, "proof", ""))
            continue
        answered = _parse(str(message.get("at")))
        if expires is None or answered is None or answered > expires:
            refused.append(Refusal(path.name, "invite_used", ""))
            continue
        if not care.use_invite(inv.invite_id, _iso(now)):
            refused.append(Refusal(path.name, "invite_used", ""))
            continue
        peer_id = care.add_peer(side="caregiver", member_id=None, member_name=member, caregiver_name=inv.caregiver_name,
                                folder=inv.folder, key_ref=ref, peer_sign=sender, peer_box=box, scopes=scopes,
                                consent_at=str(message.get("at")), created_at=_iso(now), recv_seq=int(message["seq"]))
        care.store_update(peer_id, seq=int(message["seq"]), digest=dig, snapshot=None, updated_at="",
                          received_at=_iso(now))
        keys.drop(ref, "proof")
        wire.remove(path)
        wire.remove(Path(inv.folder) / inv.file_name)
        paired.append(member)
        peer = care.peer(peer_id)
        assert peer is not None
        by_ref[ref] = peer
    # Invitations nobody answered in time are taken out of the folder.
    for inv in invites:
        expires = _parse(inv.expires_at)
        if inv.key_ref not in by_ref and expires is not None and expires < now:
            care.use_invite(inv.invite_id, _iso(now))
            wire.remove(Path(inv.folder) / inv.file_name)
            keys.drop(inv.key_ref)
            expired += 1

    # 2. Everything else, per link, in order.
    grouped: dict[str, list[tuple[Path, str, dict[str, Any], str]]] = {}
    for path, ref, sender, message, dig in rest:
        peer = by_ref.get(ref)
        if peer is None:
            refused.append(Refusal(path.name, "unpaired", ""))
            continue
        member = peer.member_name if peer.side == "caregiver" else ""
        if sender != peer.peer_sign:
            refused.append(Refusal(path.name, "unpaired", member))
            continue
        grouped.setdefault(ref, []).append((path, message["t"], message, dig))
    to_remove: list[Path] = []
    for ref, items in grouped.items():
        peer = by_ref[ref]
        member = peer.member_name if peer.side == "caregiver" else ""
        last_seq, last_digest = peer.recv_seq, peer.last_digest
        latest: tuple[int, str, dict[str, Any], str] | None = None  # (seq, digest, snapshot, at)
        alerts: list[Alert] = []
        before = peer.snapshot
        applied: list[Path] = []
        gone = False
        for path, kind, message, dig in sorted(items, key=lambda i: int(i[2]["seq"])):
            seq = int(message["seq"])
            if seq <= last_seq:
                if dig == last_digest:
                    to_remove.append(path)  # a file read before, still in the folder
                else:
                    refused.append(Refusal(path.name, "replay", member))
                continue
            ok_kinds = ("update", "withdraw") if peer.side == "caregiver" else ("nudge",)
            if kind not in ok_kinds:
                refused.append(Refusal(path.name, "format", member))
                continue
            if kind == "withdraw":
                gone = True
                applied.append(path)
                break
            if kind == "update":
                snap = message.get("snapshot")
                if not isinstance(snap, dict):
                    refused.append(Refusal(path.name, "format", member))
                    continue
                snap = {k: v for k, v in snap.items() if k in ("member", "scopes", *_SCOPE_KEYS.values())
                        and (k in ("member", "scopes") or _scope_of(k) in peer.scopes)}
                alerts.extend(_alerts(peer.member_name, before, snap))
                before = snap
                latest = (seq, dig, snap, str(message.get("at", "")))
            else:  # nudge, relative side
                text = " ".join(str(message.get("text", "")).split())[:MAX_NUDGE]
                if text:
                    care.add_nudge(peer.id, "received", text, str(message.get("at", "")) or _iso(now))
                    nudges += 1
                care.store_update(peer.id, seq=seq, digest=dig, snapshot=None, updated_at="", received_at=_iso(now))
            last_seq, last_digest = seq, dig
            applied.append(path)
        if gone:
            # The relative withdrew: forget everything received from them, and the keys.
            for _, name, _ in care.out_files(peer.id):
                wire.remove(Path(peer.folder) / name)
            care.delete_peer(peer.id)
            keys.drop(ref)
            to_remove.extend(applied)
            withdrawn.append(peer.member_name)
            continue
        if latest is not None:
            seq, dig, snap, at = latest
            care.store_update(peer.id, seq=seq, digest=dig, snapshot=snap, updated_at=at, received_at=_iso(now))
            updated.append(peer.member_name)
            all_alerts.extend(alerts)
        to_remove.extend(applied)
    wire.remove_all(to_remove)
    return SyncResult(tuple(paired), tuple(dict.fromkeys(updated)), tuple(withdrawn), nudges, tuple(refused),
                      tuple(all_alerts), expired)


_SCOPE_KEYS = {"findings": "findings", "scam_history": "scam_checks", "reports": "report"}


def _scope_of(key: str) -> str:
    return next(s for s, k in _SCOPE_KEYS.items() if k == key)


# -- what the caregiver sees -----------------------------------------------------------------


def links(hearth: Hearth) -> list[Link]:
    return [_link(p) for p in hearth.care.peers()]


def _caring_peer(hearth: Hearth, member: str) -> Peer:
    key = " ".join((member or "").split()).casefold()
    for p in hearth.care.peers("caregiver"):
        if p.member_name.casefold() == key:
            return p
    raise NotFound(N_("You are not following anyone called {member} at a distance.", member=member),
                   hint=N_("'hearth care sync' reads what relatives have shared; 'hearth care links' lists them."))


@dataclasses.dataclass(frozen=True)
class RemoteView:
    """What a caregiver has from one relative: the latest update, limited to what they consented to."""

    link: Link
    snapshot: dict[str, Any]
    updated_at: str
    received_at: str
    sent_nudges: tuple[tuple[str, str], ...]  # (at, text)

    @property
    def findings(self) -> dict[str, Any] | None:
        value = self.snapshot.get("findings")
        return value if isinstance(value, dict) else None

    @property
    def todo(self) -> list[dict[str, Any]]:
        """To-do items with their texts as messages (``Msg``) to translate when shown."""
        out = []
        for t in (self.findings or {}).get("todo", []):
            out.append({**t, "title": _msg(t.get("title")), "why": _msg(t.get("why")),
                        "fix": [_msg(s) for s in t.get("fix", [])], "severity_label": _msg(t.get("severity_label")),
                        "urgent": int(t.get("severity", 0)) >= 4})
        return out

    @property
    def scam_checks(self) -> list[dict[str, Any]]:
        """The shared checks; "shown" is the verdict as people see it (app.scam.shown_verdict), "words" says it."""
        from app.scam import VERDICT_WORDS, shown_verdict

        value = self.snapshot.get("scam_checks")
        if not isinstance(value, list):
            return []
        out = []
        for c in value:
            shown = shown_verdict(str(c.get("verdict")), c.get("warning_signs") is True)
            out.append({**c, "excerpt": _msg(c.get("excerpt")), "shown": shown,
                        "words": VERDICT_WORDS.get(shown, str(c.get("verdict")))})
        return out

    @property
    def report(self) -> dict[str, Any] | None:
        value = self.snapshot.get("report")
        if not isinstance(value, dict):
            return None
        return {"fixed": [_msg(t) for t in value.get("fixed", [])],
                "dismissed": [_msg(t) for t in value.get("dismissed", [])],
                "steps": [[_msg(x) for x in s] for s in value.get("steps", [])]}

    def to_dict(self) -> dict[str, Any]:
        """JSON for scripts (English, like every --json)."""
        findings = self.findings
        out: dict[str, Any] = {**self.link.to_dict(), "updated_at": self.updated_at or None,
                               "received_at": self.received_at or None,
                               "nudges_sent": [{"at": a, "text": t} for a, t in self.sent_nudges]}
        if findings is not None:
            out["findings"] = {
                "checked": bool(findings.get("checked")), "score": findings.get("score"),
                "last_checkup": findings.get("last_checkup"),
                "todo": [{"title": str(t["title"]), "account": str(_msg(t.get("account")) or ""), "why": str(t["why"]),
                          "fix": [str(s) for s in t["fix"]], "severity": t.get("severity"),
                          "severity_label": str(t["severity_label"]), "urgent": t["urgent"],
                          "effort_minutes": t.get("effort_minutes")} for t in self.todo],
            }
        if "scam_checks" in self.snapshot:
            out["scam_checks"] = [{"at": c.get("at"), "kind": c.get("kind"), "verdict": c.get("verdict"),
                                   "verdict_words": str(c["words"]),
                                   "excerpt": str(c["excerpt"])} for c in self.scam_checks]
        report = self.report
        if report is not None:
            out["report"] = {"fixed": [str(t) for t in report["fixed"]],
                             "dismissed": [str(t) for t in report["dismissed"]],
                             "steps": [[str(x) for x in s] for s in report["steps"]]}
        return out


def view(hearth: Hearth, member: str) -> RemoteView:
    peer = _caring_peer(hearth, member)
    return _view(hearth, peer)


def _view(hearth: Hearth, peer: Peer) -> RemoteView:
    sent = tuple((n.at, n.text) for n in hearth.care.nudges(direction="sent", peer_ids=[peer.id],
                                                             include_dismissed=True))
    return RemoteView(_link(peer), peer.snapshot or {}, peer.updated_at, peer.received_at, sent)


def views(hearth: Hearth) -> list[RemoteView]:
    """Every relative this computer follows (caregiver side)."""
    return [_view(hearth, p) for p in hearth.care.peers("caregiver")]
