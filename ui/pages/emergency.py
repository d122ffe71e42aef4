"""Emergency help: "I think I've been scammed" playbooks, one plain step at a time, printable."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import playbooks
from ui import i18n
from ui.context import UiContext
from ui.pages.base import ButtonGrid, PageBase
from ui.widgets.flow import FlowLayout
from ui.widgets.grow import grow_to_contents

REGIONS = (
    ("US", QT_TRANSLATE_NOOP("EmergencyPage", "United States")),
    ("GB", QT_TRANSLATE_NOOP("EmergencyPage", "United Kingdom")),
    ("ES", "España"),
    ("", QT_TRANSLATE_NOOP("EmergencyPage", "Somewhere else")),
)


def _region(ctx: UiContext) -> str:
    from app.scam import region_for  # the household's region: the Scam check setting, or the computer's locale

    return region_for(ctx.hearth)


class EmergencyPage(PageBase):
    AREA = "emergency"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.guidance = playbooks.load(i18n.current_language())
        self.current: playbooks.Playbook | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        layout.addWidget(self.heading(self.tr("I think I've been scammed")))
        layout.addWidget(self.paragraph(self.guidance.intro))
        pause = QLabel("⚠ " + self.guidance.pause)
        pause.setObjectName("comingSoon")  # the same calm note style
        pause.setWordWrap(True)
        pause.setAccessibleName(self.guidance.pause)
        layout.addWidget(pause)

        layout.addWidget(self.heading(self.tr("What happened?"), level=2))
        grid = ButtonGrid(8)
        self.buttons: dict[str, QPushButton] = {}
        for p in self.guidance.playbooks:
            button = QPushButton(p.title)
            button.setObjectName("bigAction")
            button.setAccessibleName(p.title)
            button.setAccessibleDescription(p.summary)
            button.setCheckable(True)
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _=False, pid=p.id: self.show_playbook(pid))
            self.buttons[p.id] = button
            grid.add(button)
        layout.addWidget(grid)

        row = QHBoxLayout()
        region_label = QLabel(self.tr("Where you &live (for where to report):"))
        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Country for reporting"))
        region_label.setBuddy(self.region)
        here = _region(ctx)
        for code, name in REGIONS:
            self.region.addItem(self.tr(name) if code != "ES" else name, code)
        index = self.region.findData(here if here in {c for c, _ in REGIONS} else "")
        self.region.setCurrentIndex(max(0, index))
        self.region.currentIndexChanged.connect(lambda _i: self._render())
        row.addWidget(region_label)
        row.addWidget(self.region)
        row.addStretch(1)
        layout.addLayout(row)

        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.setAccessibleName(self.tr("Steps to take"))
        self.view.setMinimumHeight(300)
        layout.addWidget(grow_to_contents(self.view))  # the page scrolls, not a box inside it

        actions = FlowLayout()  # wraps when the window is narrow (large text)
        self.print_button = QPushButton(self.tr("&Print these steps…"))
        self.print_button.setAccessibleName(self.tr("Print these steps"))
        self.print_button.clicked.connect(self.print_steps)
        self.save_button = QPushButton(self.tr("&Save a printable copy of all guides…"))
        self.save_button.setAccessibleName(self.tr("Save a printable copy of all guides"))
        self.save_button.clicked.connect(self.save_copy)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.show_playbook(self.guidance.playbooks[0].id)

    def region_code(self) -> str:
        return self.region.currentData() or "default"

    def show_playbook(self, playbook_id: str) -> None:
        self.current = self.guidance.playbook(playbook_id)
        for pid, button in self.buttons.items():
            button.setChecked(pid == playbook_id)
        self._render()

    def _render(self) -> None:
        p = self.current
        if p is None:
            return
        e = html.escape
        parts = [f"<h2>{e(p.title)}</h2><p>{e(p.summary)}</p>"]
        if p.first:
            parts.append(f"<p><b>{e(self.guidance.label('first'))}</b> {e(p.first)}</p>")
        parts.append("<ol>" + "".join(f"<li style='margin-bottom:6px'>{e(s)}</li>" for s in p.steps) + "</ol>")
        if p.say:
            parts.append(f"<p><b>{e(self.guidance.label('say'))}</b> <i>{e(p.say)}</i></p>")
        parts.append(f"<h3>{e(self.guidance.label('report'))}</h3><ul>")
        parts += [f"<li>{e(line)}</li>" for line in self.guidance.reporting_for(self.region_code())]
        parts.append("</ul>")
        self.view.setHtml("".join(parts))

    def print_steps(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            self.view.document().print_(printer)

    def save_copy(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a printable copy"),
            self.tr("if-you-think-youve-been-scammed.html"),
            self.tr("Web page (*.html)"),
        )
        if not path:
            return
        try:
            with open(path, "w", encoding="utf-8") as out:
                out.write(playbooks.to_html(self.guidance, self.region_code()))
        except OSError as exc:
            from app.errors import UserFacingError

            self.show_error(
                UserFacingError(
                    self.tr("Hearth could not save the file ({reason}).").format(reason=exc.strerror),
                    hint=self.tr("Choose another folder."),
                )
            )


#: The name ``ui.main_window`` looks for; the class has its own name so that its ``tr()`` texts have
#: their own translation context ("EmergencyPage"), not one shared by every page.
Page = EmergencyPage
