"""The small-business self-audit: answers, evidence, gaps as findings, and the gap report."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import checkup as C
from app import reports as R
from app.business import ANSWERS, BusinessAudit, load_questions
from app.core import Hearth
from app.errors import InvalidInput


def test_questions_map_to_frameworks() -> None:
    intro, questions = load_questions()
    assert intro and len(questions) >= 10
    controls = {q.control for q in questions}
    assert {"Multi-factor authentication", "Backups", "Change default passwords"} <= controls
    frameworks = {name for q in questions for name, _ in q.refs}
    assert "UK NCSC Cyber Essentials" in frameworks and "NIST CSF 2.0 Small Business Quick-Start Guide" in frameworks
    ce = {item for q in questions for name, item in q.refs if name == "UK NCSC Cyber Essentials"}
    for control in ("Firewalls", "Secure configuration", "User access control", "Malware protection",
                    "Security update management"):
        assert any(item.startswith(control) for item in ce), control
    assert all(q.fix for q in questions)


def test_gaps_become_findings_and_a_report(hearth: Hearth, tmp_path: Path) -> None:
    shop = hearth.members.add("Corner Shop", "business")
    audit = BusinessAudit(hearth)
    audit.save(shop.id, {"mfa": ("no", "Only the owner has it on e-mail"), "backups": "partly", "router": "yes",
                         "email_auth": "not_needed"})
    gaps = audit.gaps(shop.id)
    assert [g.question.id for g in gaps] == ["mfa", "backups"]
    assert gaps[0].evidence == "Only the owner has it on e-mail"
    open_ids = {f.check_id: f for f in C.FindingsStore(hearth).list(shop.id, C.OPEN)}
    assert set(open_ids) == {"business.mfa", "business.backups"}
    assert open_ids["business.mfa"].step_title == "Small-business self-audit"
    assert "NCSC Cyber Essentials" in open_ids["business.mfa"].why
    html = R.render_gap_html(hearth, shop.id)
    assert "Multi-factor authentication" in html and "Only the owner has it on e-mail" in html
    assert "UK NCSC Cyber Essentials: User access control" in html
    assert "Backups" in html and "Firewall and router hardened" not in html
    audit.save(shop.id, {"mfa": "yes"})  # gap closed -> its finding is fixed
    assert {f.check_id for f in C.FindingsStore(hearth).list(shop.id, C.OPEN)} == {"business.backups"}
    path = R.export_gaps(hearth, shop.id, tmp_path / "gaps.pdf", "pdf")
    assert path.read_bytes().startswith(b"%PDF")
    pypdf = pytest.importorskip("pypdf")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages)
    assert "Backups" in text and "Framework items" in text
    with pytest.raises(InvalidInput):
        audit.save(shop.id, {"mfa": "maybe"})
    assert "not_needed" in ANSWERS
