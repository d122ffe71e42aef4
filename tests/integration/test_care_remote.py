"""Caring at a distance (issue 18): two installations (two data folders, two keyrings) and one
shared folder, as two computers kept in step by a sync tool would see it."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import checkup as C
from app import scam
from app.care import remote, wire
from app.core import Hearth
from app.errors import InvalidInput, NotFound
from app.paths import Paths
from app.secrets import SecretStore
from checks.base import Finding, Severity, Subject
from tests.helpers.memkeyring import MemoryKeyring

SCAM_TEXT = (
    "USPS: your parcel is on hold. Pay the 1.99 redelivery fee now at http://usps-redelivery.top/pay "
    "or call 0800 123 4567. Margaret, reply to margaret.jones@example.com"
)


def _open(root: Path) -> Hearth:
    return Hearth.open(Paths(data=root, cache=root / "cache", logs=root / "logs"), secrets=SecretStore(MemoryKeyring()))


@pytest.fixture
def homes(tmp_path: Path) -> Iterator[tuple[Hearth, Hearth, Path]]:
    """(caregiver's Hearth, relative's Hearth, the shared folder)."""
    shared = tmp_path / "Shared with Mum"
    shared.mkdir()
    carer, rel = _open(tmp_path / "carer"), _open(tmp_path / "relative")
    yield carer, rel, shared
    carer.close()
    rel.close()


def _pair(carer: Hearth, rel: Hearth, shared: Path, scopes: str = "findings,scam_history,reports") -> None:
    rel.members.add("Margaret Jones", role="senior")
    rel.members.add("Tommy", role="child")
    code = remote.invite(carer, "Daniel", shared).code
    link = remote.accept(rel, shared, "Margaret Jones", code, scopes)
    assert link.caregiver == "Daniel" and link.member == "Margaret Jones"
    assert "can withdraw this at any time" in str(link.consent_sentence)
    result = remote.sync(carer)
    assert result.paired == ("Margaret Jones",) and not result.refused


def _finding(title: str, severity: Severity = Severity.HIGH) -> Finding:
    return Finding(check_id="test." + title[:8], subject=Subject.ACCOUNT, severity=severity, title=title,
                   why="Someone could get in.", fix=("Open the settings.", "Turn it on."), subject_ref="Gmail",
                   evidence=("margaret.jones@example.com",))


def _checkup(rel: Hearth, member_id: int, findings: list[Finding]) -> None:
    """A checkup whose device step looked at 5 things and found ``findings`` (no real probes)."""
    run = C.Checkup.start(rel, member_id, fresh=True)
    run.runners = {"device": lambda ctx: C.StepResult(tuple(findings), checked=5)}
    run.run_step("device")
    run.finish()  # the hook sends the update


def _folder_bytes(shared: Path) -> bytes:
    return b"".join(p.read_bytes() + p.name.encode() for p in sorted(shared.iterdir()))


def test_round_trip_of_a_checkup_and_a_scam_check(homes: tuple[Hearth, Hearth, Path]) -> None:
    carer, rel, shared = homes
    _pair(carer, rel, shared)
    margaret = rel.members.find("Margaret Jones").id
    _checkup(rel, margaret, [_finding("Turn on two-step sign-in for your e-mail"),
                             _finding("Change the password used on three sites", Severity.CRITICAL)])
    scam.check(rel, SCAM_TEXT, member_id=margaret, region="US")  # the hook sends another update

    result = remote.sync(carer)
    assert result.updated == ("Margaret Jones",) and not result.refused
    kinds = {a.kind for a in result.alerts}
    assert kinds == {"scam", "urgent"}, result.alerts
    seen = remote.view(carer, "margaret jones").to_dict()
    titles = [t["title"] for t in seen["findings"]["todo"]]
    assert titles == ["Change the password used on three sites", "Turn on two-step sign-in for your e-mail"]
    assert seen["findings"]["todo"][0]["urgent"] is True and seen["findings"]["todo"][0]["fix"]
    assert seen["findings"]["score"] is not None and seen["findings"]["last_checkup"]
    assert [c["verdict"] for c in seen["scam_checks"]] in (["scam"], ["suspicious"])
    assert "usps-redelivery.top" in seen["scam_checks"][0]["excerpt"]
    assert seen["updated_at"] and "report" in seen
    # Redacted before it left: no e-mail address, no other member's name, no evidence field.
    text = json.dumps(seen)
    assert "margaret.jones@example.com" not in text and "Tommy" not in text and "evidence" not in text
    # A second sync with nothing new changes nothing and alerts nobody again.
    again = remote.sync(carer)
    assert again.updated == () and again.alerts == ()
    # What left the relative's computer is in their privacy ledger, as requests are.
    entries = [e for e in rel.ledger.entries() if e.service == "care"]
    assert len(entries) >= 3 and entries[0].purpose == "an encrypted update for a caregiver, through the shared folder"
    assert remote.view(carer, "Margaret Jones").to_dict()["findings"]["todo"][0]["title"] == titles[0]


def test_only_the_consented_scopes_travel(homes: tuple[Hearth, Hearth, Path]) -> None:
    carer, rel, shared = homes
    _pair(carer, rel, shared, scopes="scam_history")
    margaret = rel.members.find("Margaret Jones").id
    _checkup(rel, margaret, [_finding("Turn on two-step sign-in for your e-mail")])
    scam.check(rel, SCAM_TEXT, member_id=margaret, region="US")
    remote.sync(carer)
    seen = remote.view(carer, "Margaret Jones").to_dict()
    assert "findings" not in seen and "report" not in seen and len(seen["scam_checks"]) == 1
    assert "two-step" not in json.dumps(seen)


def test_nothing_readable_in_the_folder(homes: tuple[Hearth, Hearth, Path]) -> None:
    carer, rel, shared = homes
    _pair(carer, rel, shared)
    margaret = rel.members.find("Margaret Jones").id
    _checkup(rel, margaret, [_finding("Turn on two-step sign-in for your e-mail")])
    scam.check(rel, SCAM_TEXT, member_id=margaret, region="US")
    remote.nudge(carer, "Margaret Jones", "Please turn on two-step sign-in for Gmail")
    files = list(shared.iterdir())
    assert files and all(len(p.name) == 32 + len(wire.SUFFIX) and p.name.endswith(wire.SUFFIX) for p in files)
    raw = _folder_bytes(shared)
    for word in (b"Margaret", b"margaret", b"Daniel", b"two-step", b"Gmail", b"usps", b"redelivery", b"findings",
                 b"scam", b"http", b"Tommy"):
        assert word not in raw, word
    for word in ("Margaret", "two-step", "redelivery"):
        assert word.encode("utf-16-le") not in raw


def test_a_wrong_code_is_refused_and_a_new_code_is_needed_after_withdrawal(homes: tuple[Hearth, Hearth, Path]) -> None:
    carer, rel, shared = homes
    rel.members.add("Margaret Jones", role="senior")
    code = remote.invite(carer, "Daniel", shared).code
    digits = code.replace("-", "")
    wrong = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    with pytest.raises(InvalidInput) as err:
        remote.accept(rel, shared, "Margaret Jones", wrong, "findings")
    assert "code does not match" in str(err.value.message)
    with pytest.raises(InvalidInput):
        remote.accept(rel, shared, "Margaret Jones", "12-34", "findings")
    assert rel.care.peers() == [] and remote.sync(carer).paired == ()
    # The right code works; after withdrawal the old code finds nothing to accept.
    remote.accept(rel, shared, "Margaret Jones", code, "findings")
    assert remote.sync(carer).paired == ("Margaret Jones",)
    remote.withdraw(rel, "Margaret Jones", "daniel")
    assert remote.sync(carer).withdrawn == ("Margaret Jones",)
    with pytest.raises(NotFound):
        remote.accept(rel, shared, "Margaret Jones", code, "findings")
    code2 = remote.invite(carer, "Daniel", shared).code
    with pytest.raises(InvalidInput):
        remote.accept(rel, shared, "Margaret Jones", code, "findings")
    remote.accept(rel, shared, "Margaret Jones", code2, "findings")
    assert remote.sync(carer).paired == ("Margaret Jones",)


def test_an_acceptance_copied_back_is_refused(homes: tuple[Hearth, Hearth, Path]) -> None:
    carer, rel, shared = homes
    rel.members.add("Margaret Jones", role="senior")
    code = remote.invite(carer, "Daniel", shared).code
    remote.accept(rel, shared, "Margaret Jones", code, "findings")
    acceptance = {p.name: p.read_bytes() for p in shared.iterdir()}
    remote.sync(carer)
    for name, data in acceptance.items():
        (shared / name).write_bytes(data)
    result = remote.sync(carer)
    assert {r.reason for r in result.refused} <= {"invite_used", "replay"} and result.refused
    assert len(remote.links(carer)) == 1


def test_a_flipped_byte_or_a_replayed_old_file_is_refused_and_what_was_there_is_kept(
    homes: tuple[Hearth, Hearth, Path],
) -> None:
    carer, rel, shared = homes
    _pair(carer, rel, shared)
    margaret = rel.members.find("Margaret Jones").id
    _checkup(rel, margaret, [_finding("First thing to do")])
    old = {p.name: p.read_bytes() for p in shared.iterdir()}  # the update the caregiver never read
    _checkup(rel, margaret, [_finding("Second thing to do")])
    assert remote.sync(carer).updated == ("Margaret Jones",)
    kept = remote.view(carer, "Margaret Jones").to_dict()
    assert [t["title"] for t in kept["findings"]["todo"]] == ["Second thing to do"]

    # An old update put back in the folder (it was pruned, the caregiver never read it).
    for name, data in old.items():
        (shared / name).write_bytes(data)
    result = remote.sync(carer)
    assert [r.reason for r in result.refused] == ["replay"]
    assert "older update" in str(result.refused[0].message) and "Margaret Jones" in str(result.refused[0].message)
    assert remote.view(carer, "Margaret Jones").to_dict() == kept
    for name in old:
        (shared / name).unlink()

    # A newer update with one byte changed on the way.
    _checkup(rel, margaret, [_finding("Third thing to do")])
    (path,) = [p for p in shared.iterdir()]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    result = remote.sync(carer)
    assert [r.reason for r in result.refused] == ["damaged"] and result.updated == ()
    assert remote.view(carer, "Margaret Jones").to_dict() == kept


def test_a_file_signed_by_an_unpaired_key_is_refused(homes: tuple[Hearth, Hearth, Path]) -> None:
    carer, rel, shared = homes
    _pair(carer, rel, shared)
    remote.sync(carer)
    before = remote.view(carer, "Margaret Jones").to_dict()
    (peer,) = rel.care.peers()
    stranger = wire.KeyPair.generate()
    forged = {"v": wire.VERSION, "t": "update", "seq": 999, "at": "2026-12-07T00:00:00+00:00",
              "snapshot": {"member": "Margaret Jones", "scopes": ["findings"],
                           "findings": {"checked": True, "score": 0, "todo": []}}}
    wire.write_atomic(shared, wire.new_name(), wire.seal(forged, stranger, peer.peer_box))
    result = remote.sync(carer)
    assert [r.reason for r in result.refused] == ["unpaired"]
    assert remote.view(carer, "Margaret Jones").to_dict() == before


def test_withdrawal_leaves_the_caregiver_nothing(homes: tuple[Hearth, Hearth, Path]) -> None:
    carer, rel, shared = homes
    _pair(carer, rel, shared)
    margaret = rel.members.find("Margaret Jones").id
    _checkup(rel, margaret, [_finding("Turn on two-step sign-in for your e-mail")])
    remote.nudge(carer, "Margaret Jones", "Please look at your e-mail settings")
    remote.sync(carer)
    assert remote.view(carer, "Margaret Jones").findings
    remote.withdraw(rel, "Margaret Jones", "Daniel")
    with pytest.raises(NotFound):
        remote.publish(rel, "Margaret Jones")  # stops writing
    result = remote.sync(carer)
    assert result.withdrawn == ("Margaret Jones",)
    with pytest.raises(NotFound):
        remote.view(carer, "Margaret Jones")
    assert remote.links(carer) == [] and remote.views(carer) == []
    with carer.database.read() as db:
        dump = "\n".join(db.conn.iterdump())
    assert "Margaret" not in dump and "two-step" not in dump and "e-mail settings" not in dump
    assert carer.secrets.get(remote.SECRET) is None and rel.secrets.get(remote.SECRET) is None
    assert list(shared.iterdir()) == []
    # The hook does nothing now.
    scam.check(rel, SCAM_TEXT, member_id=margaret, region="US")
    assert list(shared.iterdir()) == []


def test_a_nudge_reaches_the_relative_signed(homes: tuple[Hearth, Hearth, Path]) -> None:
    carer, rel, shared = homes
    _pair(carer, rel, shared)
    remote.nudge(carer, "Margaret Jones", "Please turn on two-step sign-in for Gmail")
    result = remote.sync(rel)
    assert result.nudges == 1 and not result.refused
    (n,) = remote.nudges_for(rel, rel.members.find("Margaret Jones").id)
    assert n.caregiver == "Daniel" and n.text == "Please turn on two-step sign-in for Gmail"
    remote.dismiss_nudge(rel, n.id)
    assert remote.nudges_for(rel) == []
    assert remote.sync(rel).nudges == 0


def test_old_update_files_are_pruned_and_writes_leave_no_temporary_file(homes: tuple[Hearth, Hearth, Path]) -> None:
    carer, rel, shared = homes
    _pair(carer, rel, shared)
    for _ in range(4):
        remote.publish(rel, "Margaret Jones")
    assert len(list(shared.iterdir())) == 1
    assert not [p for p in shared.iterdir() if p.name.startswith(".")]


def test_expired_invitation_is_refused_and_cleared(homes: tuple[Hearth, Hearth, Path]) -> None:
    carer, rel, shared = homes
    rel.members.add("Margaret Jones", role="senior")
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)
    code = remote.invite(carer, "Daniel", shared, now=long_ago).code
    with pytest.raises(InvalidInput) as err:
        remote.accept(rel, shared, "Margaret Jones", code, "findings")
    assert "expired" in str(err.value.message)
    assert remote.sync(carer).expired == 1 and list(shared.iterdir()) == []


def test_the_hook_does_nothing_without_a_link(hearth: Hearth, tmp_path: Path) -> None:
    m = hearth.members.add("Rose")
    scam.check(hearth, SCAM_TEXT, member_id=m.id, region="US")
    run = C.Checkup.start(hearth, m.id)
    run.finish()
    assert hearth.care.peers() == [] and hearth.secrets.get(remote.SECRET) is None
    assert remote.sync(hearth).to_dict()["updated"] == []


def test_folder_copied_by_a_sync_tool(homes: tuple[Hearth, Hearth, Path], tmp_path: Path) -> None:
    """Each computer has its own copy of the folder; files are carried across (as by Syncthing)."""
    carer, rel, shared = homes
    theirs = tmp_path / "relative copy"
    theirs.mkdir()
    rel.members.add("Margaret Jones", role="senior")
    code = remote.invite(carer, "Daniel", shared).code
    for p in shared.iterdir():
        shutil.copy2(p, theirs / p.name)
    remote.accept(rel, theirs, "Margaret Jones", code, "findings")
    for p in theirs.iterdir():
        shutil.copy2(p, shared / p.name)
    result = remote.sync(carer)
    assert result.paired == ("Margaret Jones",) and result.updated == ("Margaret Jones",)


def test_a_changed_hint_byte_is_ignored_and_what_was_there_is_kept(homes: tuple[Hearth, Hearth, Path]) -> None:
    carer, rel, shared = homes
    _pair(carer, rel, shared)
    margaret = rel.members.find("Margaret Jones").id
    _checkup(rel, margaret, [_finding("First thing to do")])
    remote.sync(carer)
    kept = remote.view(carer, "Margaret Jones").to_dict()
    _checkup(rel, margaret, [_finding("Second thing to do")])
    (path,) = list(shared.iterdir())
    data = bytearray(path.read_bytes())
    data[0] ^= 0x80
    path.write_bytes(bytes(data))
    result = remote.sync(carer)
    assert result.updated == () and result.refused == ()  # looks addressed to someone else
    assert remote.view(carer, "Margaret Jones").to_dict() == kept and path.exists()


ALERT_TEXT = ("Wells Fargo Fraud Prevention: Did you use card ending 0934 for $89.00 at STEAMGAMES.COM on 03/14? "
              "Reply YES or NO.")


def test_a_check_with_warning_signs_reaches_the_caregiver_as_such(homes: tuple[Hearth, Hearth, Path]) -> None:
    carer, rel, shared = homes
    _pair(carer, rel, shared, scopes="scam_history")
    margaret = rel.members.find("Margaret Jones").id
    result = scam.check(rel, ALERT_TEXT, member_id=margaret, region="US")
    assert result.verdict == "likely_safe" and result.reasons  # likely fine, one warning sign listed
    remote.sync(carer)
    view = remote.view(carer, "Margaret Jones")
    assert [c["shown"] for c in view.scam_checks] == ["warning_signs"]
    seen = view.to_dict()
    assert seen["scam_checks"][0]["verdict"] == "likely_safe"
    assert seen["scam_checks"][0]["verdict_words"] == "A few warning signs"
    # an update from a Hearth that does not send the key still reads as before
    old = dict(view.snapshot["scam_checks"][0])
    old.pop("warning_signs")
    view.snapshot["scam_checks"] = [old]
    assert [c["shown"] for c in view.scam_checks] == ["likely_safe"]
