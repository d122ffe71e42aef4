from __future__ import annotations

import pytest

from app import playbooks
from app.errors import NotFound


def test_every_playbook_is_complete_and_plain() -> None:
    g = playbooks.load()
    ids = [p.id for p in g.playbooks]
    assert ids == ["clicked", "password", "paid", "remote", "code", "details"]
    for p in g.playbooks:
        assert p.title and p.summary and len(p.steps) >= 3
        assert all(len(step) < 400 for step in p.steps)
        assert "safe" not in " ".join(p.steps).lower().split()  # never tell people they are safe


@pytest.mark.parametrize(
    "region, expected",
    [("US", "ReportFraud.ftc.gov"), ("gb", "7726"), ("UK", "reportfraud.police.uk"), ("ES", "017"), ("FR", "police")],
)
def test_reporting_places_by_region(region: str, expected: str) -> None:
    assert expected in " ".join(playbooks.load().reporting_for(region))


def test_printable_html_escapes_and_includes_reporting() -> None:
    g = playbooks.load()
    page = playbooks.to_html(g, "US", ["paid"])
    assert page.startswith("<!doctype html>") and "I paid or gave card details" in page
    assert "ic3.gov" in page and "I clicked a link" not in page
    assert "&quot;" in page or "&#x27;" in page  # quotes in the texts are escaped


def test_unknown_playbook() -> None:
    with pytest.raises(NotFound):
        playbooks.load().playbook("lottery")


def test_bad_guidance_file_is_refused() -> None:
    with pytest.raises((ValueError, KeyError)):
        playbooks.parse({"playbooks": [{"id": "x", "title": "X", "steps": []}], "reporting": {"default": []}})
