"""``hearth care`` as scripts use it, in process (each installation has its own in-memory keyring):
the contract of issue 18 §6, end to end between two data folders and one shared folder."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import build_parser
from app.core import Hearth
from app.errors import InvalidInput
from tests.integration.test_care_remote import SCAM_TEXT, _open


def run(hearth: Hearth, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    args = build_parser().parse_args(list(argv))
    assert args.handler(args, hearth) == 0
    return capsys.readouterr().out


@pytest.fixture
def homes(tmp_path: Path) -> Iterator[tuple[Hearth, Hearth, Path]]:
    shared = tmp_path / "shared"
    shared.mkdir()
    carer, rel = _open(tmp_path / "carer"), _open(tmp_path / "relative")
    yield carer, rel, shared
    carer.close()
    rel.close()


def test_the_cli_contract(homes: tuple[Hearth, Hearth, Path], capsys: pytest.CaptureFixture[str]) -> None:
    from app import scam

    carer, rel, shared = homes
    rel.members.add("Grandma Rose", role="senior")
    code = json.loads(run(carer, capsys, "care", "invite", "--caregiver", "Ana", "--folder", str(shared), "--json"))["code"]
    assert len(code.replace("-", "")) == 12
    with pytest.raises(InvalidInput):
        run(rel, capsys, "care", "accept", "--folder", str(shared), "--member", "Grandma Rose", "--code",
            "0000-0000-0000" if code != "0000-0000-0000" else "1111-1111-1111", "--scopes", "findings")
    out = run(rel, capsys, "care", "accept", "--folder", str(shared), "--member", "Grandma Rose", "--code", code,
              "--scopes", "findings,scam_history,reports")
    assert "Grandma Rose shares" in out and "Ana" in out
    scam.check(rel, SCAM_TEXT, member_id=rel.members.find("Grandma Rose").id, region="US")
    run(rel, capsys, "care", "publish", "--member", "Grandma Rose")
    synced = json.loads(run(carer, capsys, "care", "sync", "--json"))
    assert synced["paired"] == ["Grandma Rose"] and synced["updated"] == ["Grandma Rose"] and synced["refused"] == []
    seen = json.loads(run(carer, capsys, "care", "view", "--member", "Grandma Rose", "--json"))
    assert seen["scopes"] == ["findings", "scam_history", "reports"] and len(seen["scam_checks"]) == 1
    human = run(carer, capsys, "care", "view", "--member", "Grandma Rose")
    assert "Updated " in human and "T0" not in human.split("Updated ")[1][:30]
    run(carer, capsys, "care", "nudge", "--member", "Grandma Rose", "--text", "Please call me about that text")
    run(rel, capsys, "care", "sync")
    run(rel, capsys, "care", "withdraw", "--member", "Grandma Rose", "--caregiver", "Ana")
    assert json.loads(run(carer, capsys, "care", "sync", "--json"))["withdrawn"] == ["Grandma Rose"]
    assert json.loads(run(carer, capsys, "care", "links", "--json")) == []
