"""app.twofa: accounts' 2FA status and the recovery-codes checklist (never the codes), coverage, cache writes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app import twofa
from app.core import Hearth
from app.errors import InvalidInput
from app.services import twofa_directory as D
from checks import twofa as T


def test_save_account_normalises_the_site_and_keeps_the_checklist(hearth: Hearth) -> None:
    rose = hearth.members.add("Rose")
    acc = twofa.save_account(
        hearth, rose.id, service="Gmail", domain="https://WWW.Gmail.com/mail", twofa_method="TOTP", codes_saved="yes", where="in the safe"
    )
    assert (acc.domain, acc.twofa_method) == ("gmail.com", "totp")
    assert acc.recovery_set == {"codes_saved": "yes", "where": "in the safe"}
    edited = twofa.save_account(hearth, rose.id, service="Gmail", domain="gmail.com", twofa_method="passkey", account_id=acc.id)
    assert edited.id == acc.id and edited.twofa_method == "passkey" and edited.recovery_set["codes_saved"] == "unknown"
    assert twofa.set_method(hearth, acc.id, "sms").twofa_method == "sms"
    assert twofa.set_recovery(hearth, acc.id, "no").recovery_set == {"codes_saved": "no", "where": ""}


@pytest.mark.parametrize(
    "where",
    [
        "1234-5678 9012-3456",
        "abcd 1234 efgh 5678",
        "ABCD-EFGH-1234-5678",
        "codes: 84629173, 12345678",
        "a1b2c3d4e5",
    ],
)
def test_recovery_codes_themselves_are_refused(hearth: Hearth, where: str) -> None:
    with pytest.raises(InvalidInput) as info:
        twofa.recovery_set("yes", where)
    assert "never the codes" in info.value.message


@pytest.mark.parametrize("where", ["in the safe", "printed, desk drawer 2", "with the passports at Mum's", "envelope #3 in box 12"])
def test_ordinary_places_are_kept(where: str) -> None:
    assert twofa.recovery_set("yes", where)["where"] == where


@pytest.mark.parametrize(("method", "saved"), [("carrier-pigeon", "yes"), ("totp", "maybe")])
def test_unknown_choices_are_refused(hearth: Hearth, method: str, saved: str) -> None:
    rose = hearth.members.add("Rose")
    with pytest.raises(InvalidInput):
        twofa.save_account(hearth, rose.id, service="X", twofa_method=method, codes_saved=saved)
    assert hearth.accounts.list(rose.id) == []


def test_bad_site_is_refused_before_saving(hearth: Hearth) -> None:
    rose = hearth.members.add("Rose")
    with pytest.raises(InvalidInput):
        twofa.save_account(hearth, rose.id, service="Router", domain="192.168.1.1")
    assert hearth.accounts.list(rose.id) == []


def _write_small_cache(hearth: Hearth) -> None:
    folder = Path(hearth.paths.cache) / "twofa"
    D.atomic_write(folder / "2fa-v4-all.json", json.dumps({"gmail.com": {"methods": ["sms", "totp"]}, "mybank.com": {"methods": ["sms"]}}).encode())
    D.atomic_write(folder / "2fa-v3-all.json", json.dumps([["My Bank", {"domain": "mybank.com", "keywords": ["banking"]}]]).encode())


def test_coverage_and_views_use_the_cache_without_network(hearth: Hearth) -> None:
    _write_small_cache(hearth)
    rose = hearth.members.add("Rose")
    sam = hearth.members.add("Sam")
    twofa.save_account(hearth, rose.id, service="Gmail", domain="gmail.com", twofa_method="sms")
    twofa.save_account(hearth, rose.id, service="My Bank", domain="mybank.com", twofa_method="none")
    cov = twofa.coverage(hearth)
    assert [(m.member, m.total, m.with_2fa) for m in cov.members] == [("Rose", 2, 1), ("Sam", 0, 0)]
    assert cov.members[0].important_missing == (("My Bank", "bank"),)
    views = twofa.account_views(hearth, rose.id)
    gmail = next(v for v in views if v.account.service == "Gmail")
    assert gmail.result is not None and gmail.result.recommended == "totp"
    assert [f.check_id for f in gmail.findings] == ["twofa.weak_method"]
    facts = twofa.gather_facts(hearth, rose.id)
    assert isinstance(facts[T.FACT_TWOFA_INDEX], T.DirectoryIndex)
    assert [f.check_id for f in twofa.member_findings(hearth, rose.id)] == ["twofa.important_without_2fa", "twofa.weak_method"]
    assert hearth.ledger.entries() == []
    assert sam.name == "Sam"


def test_atomic_write_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "file.json"
    D.atomic_write(target, b"{}")
    D.atomic_write(target, b'{"a": 1}')
    assert target.read_bytes() == b'{"a": 1}'
    assert os.listdir(target.parent) == ["file.json"]


def test_attribution_names_both_directories() -> None:
    assert "2FA Directory by 2factorauth" in twofa.ATTRIBUTION and "Passkeys Directory" in twofa.ATTRIBUTION
