from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ui.main_window import MainWindow


def test_emergency_page_shows_each_playbook_and_region(qtbot, window: MainWindow, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    window.show_area("emergency")
    page = window.page("emergency")
    page.buttons["paid"].click()
    text = page.view.toPlainText()
    assert "Call your bank" in text and page.buttons["paid"].isChecked() and not page.buttons["clicked"].isChecked()
    page.region.setCurrentIndex(page.region.findData("GB"))
    assert "7726" in page.view.toPlainText()
    page.region.setCurrentIndex(page.region.findData("US"))
    assert "ReportFraud.ftc.gov" in page.view.toPlainText()

    out = tmp_path / "guide.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page.save_copy()
    assert "I gave someone remote access" in out.read_text(encoding="utf-8")
