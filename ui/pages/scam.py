"""Scam check: paste a message, link or phone number (or open an .eml file) and ask "is this a scam?".

The page only renders: ``app.scam`` decides. The original text is shown as PLAIN
text (never rendered as rich text, so nothing in it is ever loaded) with the red
flags highlighted, and a numbered list explains each one in a plain sentence.
Online services run only when the person ticks "Also ask the online services I
turned on" for this check, after seeing what would be sent.

Also ``ScamServicesSettings``: the part of the Settings page that turns services on
and off and stores their keys (through a worker; the key itself is never shown).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import presenters, scam
from app import settings as S
from app.storage.repos import Member
from ui.context import UiContext
from ui.i18n import guidance, guidance_all, reader_time
from ui.pages.base import PageBase, error_text, wrapping
from ui.widgets.flow import FlowLayout
from ui.widgets.grow import grow_to_contents
from ui.widgets.verdict import VerdictBanner
from ui.widgets.wizard_parts import Expander

log = logging.getLogger(__name__)

VERDICT_ICONS = {"scam": "✖", "suspicious": "⚠", "likely_safe": "✔", "warning_signs": "⚠", "unknown": "?"}
# The verdict as a level of ui.widgets.verdict (icon and colour; the words come from app.scam).
VERDICT_LEVELS = {"scam": "danger", "suspicious": "warning", "likely_safe": "ok", "unknown": "info"}
KIND_CHOICES = (
    ("auto", QT_TRANSLATE_NOOP("ScamPage", "Let Hearth work it out")),
    ("message", QT_TRANSLATE_NOOP("ScamPage", "A text message, chat or e-mail")),
    ("url", QT_TRANSLATE_NOOP("ScamPage", "A link (web address)")),
    ("phone", QT_TRANSLATE_NOOP("ScamPage", "A phone number")),
    ("call", QT_TRANSLATE_NOOP("ScamPage", "A phone call I had (describe it in your own words)")),
)
# "Who sent it?": only the person knows. A friendly first text from a stranger is a warning sign whatever its words.
SENDER_CHOICES = (
    (None, QT_TRANSLATE_NOOP("ScamPage", "I'm not sure")),
    (True, QT_TRANSLATE_NOOP("ScamPage", "Someone I know")),
    (False, QT_TRANSLATE_NOOP("ScamPage", "A number or address I don't know")),
)
PLACEHOLDERS = {
    "auto": QT_TRANSLATE_NOOP("ScamPage", "Paste the message, link or phone number here, or describe a phone call…"),
    "message": QT_TRANSLATE_NOOP("ScamPage", "Paste the text message, chat or e-mail here…"),
    "url": QT_TRANSLATE_NOOP("ScamPage", "Paste the link here, for example http://example.com/…"),
    "phone": QT_TRANSLATE_NOOP("ScamPage", "Type or paste the phone number here…"),
    "call": QT_TRANSLATE_NOOP("ScamPage", 'Describe the call, for example: "A man said he was from Microsoft and my computer had a virus."'),
}
MAX_FILE = scam.MAX_EML_BYTES


#: Picture files a user may drop or open (the OCR reads them on this computer).
PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp")


def _read_file(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(MAX_FILE + 1)


class PasteBox(QPlainTextEdit):
    """The big paste box. Plain text only; dropping an .eml file emits ``eml_dropped``.

    Signals:
        eml_dropped(str): the path of a dropped .eml file.
    """

    eml_dropped = Signal(str)
    picture_dropped = Signal(str)
    picture_pasted = Signal(bytes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAcceptDrops(True)

    @staticmethod
    def _eml_path(event: QDragEnterEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        if mime is not None and mime.hasUrls():
            for url in mime.urls():
                if url.isLocalFile() and url.toLocalFile().lower().endswith(".eml"):
                    return url.toLocalFile()
        return None

    @staticmethod
    def _picture_path(event: QDragEnterEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        if mime is not None and mime.hasUrls():
            for url in mime.urls():
                if url.isLocalFile() and url.toLocalFile().lower().endswith(PICTURE_SUFFIXES):
                    return url.toLocalFile()
        return None

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        """A pasted picture (Print Screen, then Ctrl+V) is read, not inserted."""
        if source.hasImage() and not source.hasText():
            image = source.imageData()
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            if image is not None and not image.isNull() and image.save(buffer, "PNG"):
                self.picture_pasted.emit(bytes(data.data()))
            return
        super().insertFromMimeData(source)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._eml_path(event) or self._picture_path(event):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        if self._eml_path(event) or self._picture_path(event):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._eml_path(event)
        if path:
            event.acceptProposedAction()
            self.eml_dropped.emit(path)
            return
        picture = self._picture_path(event)
        if picture:
            event.acceptProposedAction()
            self.picture_dropped.emit(picture)
            return
        super().dropEvent(event)


class ScamPage(PageBase):
    """The Scam check page.

    Attributes:
        paste: the paste box.
        check_button, open_button, cancel_button: actions.
        online: "Also ask the online services I turned on" (off for every new check).
        verdict_label, score_label: the verdict as icon + words, and how sure Hearth is, in words.
        original: the original text, read-only plain text, red flags highlighted.
        reasons_list: the numbered red flags.
        advice_label: what to do now.
        history_list: recent checks for the selected member.
    """

    AREA = "scam"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._handle: Any = None
        self._preview_handle: Any = None
        self._eml: tuple[str, bytes] | None = None
        self.result: scam.ScamResult | None = None

        # The main window puts every page in a scroll area; the page lays out directly on itself.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)

        layout.addWidget(self.heading(self.tr("Is this a scam?")))
        layout.addWidget(
            self.paragraph(
                self.tr(
                    "Paste a text message, chat, e-mail, link or phone number, or describe a phone call. "
                    "Hearth checks it on this computer first; nothing is sent anywhere unless you say so below."
                )
            )
        )

        # The two questions line up: labels in one column, choices in the other.
        questions = QGridLayout()
        questions.setColumnStretch(1, 1)
        questions.setHorizontalSpacing(8)
        self.kind = self._question(questions, self.tr("&What is it?"), self.tr("What are you checking?"), KIND_CHOICES)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.sender_known = self._question(
            questions, self.tr("Who &sent it?"), self.tr("Do you know who sent it?"), SENDER_CHOICES
        )
        layout.addLayout(questions)

        self.paste = PasteBox()
        self.paste.setObjectName("scamPaste")
        self.paste.setAccessibleName(self.tr("Message to check"))
        self.paste.setAccessibleDescription(
            self.tr("Paste the message here, then press Control and Enter or the Check button.")
        )
        self.paste.setPlaceholderText(self.tr(PLACEHOLDERS["auto"]))
        self.paste.setMinimumHeight(150)
        self.paste.eml_dropped.connect(self.open_eml)
        self.paste.picture_dropped.connect(self.open_picture)
        self.paste.picture_pasted.connect(self.read_picture)
        self.paste.textChanged.connect(self._on_paste_text_changed)
        layout.addWidget(self.paste)

        self.eml_label = QLabel("")
        self.eml_label.setWordWrap(True)
        self.eml_label.setAccessibleName(self.tr("Chosen e-mail file"))
        self.eml_label.hide()
        layout.addWidget(self.eml_label)

        self.online = QCheckBox(self.tr("Also ask the &online services I turned on"))
        self.online.setAccessibleName(self.tr("Also ask the online services I turned on"))
        self.online.toggled.connect(self._on_online_toggled)
        layout.addWidget(wrapping(self.online))
        self.online_note = self.paragraph("")
        self.online_note.setAccessibleName(self.tr("Online services"))
        layout.addWidget(self.online_note)

        self.consent = QTextEdit()
        self.consent.setReadOnly(True)
        self.consent.setAcceptRichText(False)
        self.consent.setAccessibleName(self.tr("What would be sent, and to which service"))
        self.consent.setTabChangesFocus(True)
        self.consent.setMaximumHeight(160)
        self.consent.hide()
        layout.addWidget(self.consent)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(400)
        self._preview_timer.timeout.connect(self._refresh_preview)

        buttons = FlowLayout()  # wraps when the window is narrow (large text)
        self.check_button = QPushButton(self.tr("&Check this message"))
        self.check_button.setProperty("primary", True)  # filled: the page's main action
        self.check_button.setObjectName("bigAction")
        self.check_button.setAccessibleName(self.tr("Check this message"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.start_check)
        self.open_button = QPushButton(self.tr("Open an &e-mail file (.eml)…"))
        self.open_button.setAccessibleName(self.tr("Open an e-mail file (.eml)"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.setAccessibleName(self.tr("Clear the message and the result"))
        self.clear_button.clicked.connect(self.clear)
        self.picture_button = QPushButton(self.tr("Open a &picture…"))
        self.picture_button.setAccessibleName(self.tr("Open a picture or screenshot of the message"))
        self.picture_button.setToolTip(
            self.tr("Hearth reads the words in the picture on this computer. You can also paste a screenshot here.")
        )
        self.picture_button.clicked.connect(self._on_picture_clicked)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.picture_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self.start_check)

        busy = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of the check"))
        self.progress.setRange(0, 0)
        self.status = QLabel("")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Ca&ncel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the check"))
        self.cancel_button.clicked.connect(self.cancel)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        layout.addLayout(busy)
        layout.addWidget(self.status)
        self._set_busy(False)

        # -- result ---------------------------------------------------------------------------
        self.result_box = QGroupBox(self.tr("Result"))
        rl = QVBoxLayout(self.result_box)
        self.verdict_label = VerdictBanner()  # icon + words + colour; .text() gives icon and words
        rl.addWidget(self.verdict_label)
        self.score_label = QLabel("")
        self.score_label.setTextFormat(Qt.TextFormat.PlainText)
        self.score_label.setWordWrap(True)  # a long sentence at 200 % would widen the page
        self.score_label.setAccessibleName(self.tr("How sure Hearth is"))
        rl.addWidget(self.score_label)

        self.message_heading = self.heading(self.tr("The message, with the red flags marked"), level=2)
        rl.addWidget(self.message_heading)
        self.original = QTextEdit()
        self.original.setReadOnly(True)
        self.original.setAcceptRichText(False)
        self.original.setTabChangesFocus(True)
        self.original.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.original.setAccessibleName(self.tr("The message, with the red flags marked"))
        self.original.setMinimumHeight(120)
        rl.addWidget(grow_to_contents(self.original))  # no scrolling box inside the scrolling page

        rl.addWidget(self.heading(self.tr("Red flags"), level=2))
        self.reasons_list = QListWidget()
        self.reasons_list.setWordWrap(True)  # long sentences wrap instead of scrolling sideways
        self.reasons_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reasons_list.setAccessibleName(self.tr("Red flags"))
        self.reasons_list.currentRowChanged.connect(self._on_reason_selected)
        rl.addWidget(grow_to_contents(self.reasons_list))
        self.more_reasons = QPushButton(self.tr("Show all red flags"))
        self.more_reasons.setAccessibleName(self.tr("Show all red flags"))
        self.more_reasons.clicked.connect(self._show_all_reasons)
        self.more_reasons.setVisible(False)
        rl.addWidget(self.more_reasons, 0, Qt.AlignmentFlag.AlignLeft)
        self._view: presenters.ScamView | None = None

        rl.addWidget(self.heading(self.tr("What to do now"), level=2))
        self.advice_label = QLabel("")
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.advice_label.setAccessibleName(self.tr("What to do now"))
        self.advice_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        rl.addWidget(self.advice_label)
        self.emergency_button = QPushButton(self.tr("I already clicked, paid or shared something: get &help"))
        self.emergency_button.setAccessibleName(self.tr("Open Emergency help"))
        self.emergency_button.clicked.connect(lambda: self.ctx.navigate.emit("emergency"))
        rl.addWidget(self.emergency_button)

        self.sources_label = QLabel("")
        self.sources_label.setWordWrap(True)
        self.sources_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sources_label.setAccessibleName(self.tr("Online services and notes"))
        rl.addWidget(self.sources_label)
        self.result_box.hide()
        layout.addWidget(self.result_box)

        # -- history --------------------------------------------------------------------------
        self.history_heading = self.heading(self.tr("Recent checks"), level=2)
        layout.addWidget(self.history_heading)
        self.history_list = QListWidget()
        self.history_list.setWordWrap(True)  # long sentences wrap instead of scrolling sideways
        self.history_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history_list.setAccessibleName(self.tr("Recent checks"))
        self.history_list.setMaximumHeight(180)
        layout.addWidget(self.history_list)
        layout.addStretch(1)

        self._update_online_note()
        self.load_history()

    # -- member ---------------------------------------------------------------------------------

    def _question(self, grid: QGridLayout, label: str, accessible: str, choices: tuple[tuple[Any, str], ...]) -> QComboBox:
        """One labelled choice on the next row of ``grid`` (choices: (value, text marked for translation))."""
        row = grid.count() // 2  # two widgets a row
        caption = QLabel(label)
        combo = QComboBox()
        for value, text in choices:
            combo.addItem(self.tr(text), value)
        combo.setAccessibleName(accessible)
        caption.setBuddy(combo)
        grid.addWidget(caption, row, 0)
        grid.addWidget(combo, row, 1)
        return combo

    def on_member_changed(self, member: Member | None) -> None:  # noqa: ARG002
        """The previous person's message, result, consent and status go; their history is replaced."""
        self._reset()
        self.history_list.clear()
        self.load_history()

    def on_shown(self) -> None:
        self._update_online_note()
        self.load_history()

    def load_history(self) -> None:
        member = self.ctx.current_member()
        member_id = member.id if member else None
        self.ctx.tasks.run(
            scam.history, self.ctx.hearth, member_id, 10,
            on_finished=lambda records, m=member_id: self._show_history(records, m),
            on_failed=lambda e: None, owner=self,
        )

    def _show_history(self, records: list[scam.ScamCheckRecord], member_id: int | None) -> None:
        member = self.ctx.current_member()
        if (member.id if member else None) != member_id:
            return  # loaded for the member selected before
        self.history_list.clear()
        if not records:
            self.history_list.addItem(self.tr("No checks yet."))
            return
        for r in records:
            icon = VERDICT_ICONS.get(r.shown_verdict, "?")
            when = reader_time(r.at)
            excerpt = r.excerpt if len(r.excerpt) <= 90 else r.excerpt[:89] + "…"
            self.history_list.addItem(QListWidgetItem(f"{icon} {self._verdict(r.verdict_words)} — {when} — {excerpt}"))

    # -- input ----------------------------------------------------------------------------------

    def _verdict(self, words: str) -> str:
        """``app.scam``'s verdict words in the interface language: the guidance catalogue, as the CLI
        and the reports (one translation: "Likely scam" was worded twice in Spanish)."""
        return guidance(words)

    def _on_kind_changed(self, index: int) -> None:  # noqa: ARG002
        key = self.kind.currentData() or "auto"
        self.paste.setPlaceholderText(self.tr(PLACEHOLDERS.get(key, PLACEHOLDERS["auto"])))

    def _on_paste_text_changed(self) -> None:
        if self._eml is not None and self.paste.toPlainText().strip():
            self._eml = None
            self.eml_label.hide()
        if self.online.isChecked():
            self._preview_timer.start()

    def _on_open_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open an e-mail file"), "", self.tr("E-mail files (*.eml);;All files (*)")
        )
        if path:
            self.open_eml(path)

    def _on_picture_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a picture of the message"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)"),
        )
        if path:
            self.open_picture(path)

    def open_picture(self, path: str) -> None:
        """Read the text in a picture file (off the GUI thread), show it, then check it."""
        self._read_picture(path)

    def read_picture(self, data: bytes) -> None:
        """Read the text in a pasted picture, show it, then check it."""
        self._read_picture(data)

    def _read_picture(self, source: str | bytes) -> None:
        if self._handle is not None:
            return
        self._set_busy(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Reading the text in the picture, on this computer…"))

        def work(cancel: Any, progress: Any) -> Any:
            return scam.read_image(source, cancel=cancel, progress=progress)

        self._handle = self.ctx.tasks.run(
            work, on_finished=self._picture_read, on_failed=self._on_failed, on_progress=self._on_progress, owner=self
        )

    def _picture_read(self, read: Any) -> None:
        self._handle = None
        self._set_busy(False)
        self._eml = None
        self.eml_label.hide()
        self.paste.setPlainText(read.text)
        self.eml_label.setText(
            self.tr("Hearth read this text in the picture. If a word was misread, correct it and check again.")
        )
        self.eml_label.show()
        self.start_check()

    def open_eml(self, path: str) -> None:
        """Read an .eml file (in a worker) and check it."""
        self.status.setText(self.tr("Reading the e-mail file…"))
        self.ctx.tasks.run(
            _read_file,
            path,
            on_finished=lambda data: self._eml_loaded(path, data),
            on_failed=self._on_failed,
            owner=self,
        )

    def _eml_loaded(self, path: str, data: bytes) -> None:
        self.paste.blockSignals(True)
        self.paste.clear()
        self.paste.blockSignals(False)
        self._eml = (Path(path).name, data)
        self.eml_label.setText(self.tr("E-mail file: %s") % Path(path).name)
        self.eml_label.show()
        self.status.setText("")
        self.start_check()

    def clear(self) -> None:
        self._reset()
        self.paste.setFocus()

    def _reset(self) -> None:
        """Nothing of the last check stays: the text, the e-mail file, the result, the status, the consent."""
        self.cancel()
        self._eml = None
        self.eml_label.hide()
        self.paste.clear()
        self.result = None
        self._view = None
        self.result_box.hide()
        self.status.setText("")
        self.online.setChecked(False)
        self.sender_known.setCurrentIndex(0)

    # -- consent --------------------------------------------------------------------------------

    def _update_online_note(self) -> None:
        enabled = scam.enabled_services(self.ctx.hearth)
        offline = self.ctx.hearth.is_offline()
        if offline:
            self.online_note.setText(self.tr("Hearth is set to work offline, so only the check on this computer runs."))
        elif not enabled:
            self.online_note.setText(
                self.tr("No online services are turned on. You can turn them on in Settings; the check on this computer always runs.")
            )
        else:
            labels = ", ".join(guidance(scam.SERVICES[n].label) for n in enabled)
            self.online_note.setText(self.tr("Turned on in Settings: %s.") % labels)
        usable = bool(enabled) and not offline
        self.online.setEnabled(usable)
        if not usable:
            self.online.setChecked(False)

    def _on_online_toggled(self, checked: bool) -> None:
        self.consent.setVisible(checked)
        if checked:
            self._refresh_preview()

    def _refresh_preview(self) -> None:
        if not self.online.isChecked():
            return
        text = self.paste.toPlainText()
        eml = self._eml[1] if self._eml else None
        if not text.strip() and eml is None:
            self.consent.setPlainText(self.tr("Paste something first to see what would be sent."))
            return
        if self._preview_handle is not None:
            self._preview_handle.cancel()
        kind = self.kind.currentData() or "auto"
        hearth = self.ctx.hearth
        self._preview_handle = self.ctx.tasks.run(
            lambda: scam.preview_outbound(hearth, None if eml is not None else text, eml_bytes=eml, kind=kind),
            on_finished=self._show_preview,
            on_failed=lambda e: self.consent.setPlainText(error_text(e)),
            owner=self,
        )

    def _show_preview(self, entries: list[dict[str, Any]]) -> None:
        lines: list[str] = []
        for e in entries:
            lines.append(f"• {guidance(e['label'])}: {guidance(e['sends'])}")
            if e.get("note"):
                lines.append(f"    {guidance(e['note'])}")
            if e.get("removed"):
                lines.append(f"    {guidance(e['removed'])}")
            # Shown whole: the consent must show exactly what is sent (app.scam caps what it sends).
            for item in e.get("items", []):
                lines.append("    " + item.replace("\n", "\n    "))
        self.consent.setPlainText("\n".join(lines) if lines else self.tr("Nothing would be sent."))

    # -- the check ------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.check_button.setEnabled(not busy)
        self.open_button.setEnabled(not busy)
        self.picture_button.setEnabled(not busy)

    def start_check(self) -> None:
        if self._handle is not None:
            return
        text = self.paste.toPlainText()
        eml = self._eml[1] if self._eml else None
        if eml is None and not text.strip():
            self.status.setText(self.tr("Paste a message, link or phone number first (or open an e-mail file)."))
            self.paste.setFocus()
            return
        member = self.ctx.current_member()
        member_id = member.id if member else None
        offline = not self.online.isChecked()
        kind = self.kind.currentData() or "auto"
        known = self.sender_known.currentData()
        sender_known = known if isinstance(known, bool) else None
        hearth = self.ctx.hearth

        def work(cancel: Any, progress: Any) -> scam.ScamResult:
            if eml is not None:
                return scam.check(hearth, eml_bytes=eml, member_id=member_id, offline=offline, cancel=cancel, progress=progress)
            return scam.check(
                hearth,
                text,
                member_id=member_id,
                offline=offline,
                kind=kind,
                sender_known=sender_known,
                cancel=cancel,
                progress=progress,
            )

        self._set_busy(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Checking on this computer…"))
        self._handle = self.ctx.tasks.run(
            work, on_finished=self._on_finished, on_failed=self._on_failed, on_progress=self._on_progress, owner=self
        )

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
            self._set_busy(False)
            self.status.setText(self.tr("Stopped. Nothing more was sent."))

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.status.setText(guidance(text))

    def _on_failed(self, error: BaseException) -> None:
        self._handle = None
        self._set_busy(False)
        self.status.setText(error_text(error))

    def _on_finished(self, result: scam.ScamResult) -> None:
        self._handle = None
        self._set_busy(False)
        self.status.setText("")
        self.show_result(result)
        self.online.setChecked(False)  # consent is per check
        self.load_history()

    # -- rendering ------------------------------------------------------------------------------

    def show_result(self, result: scam.ScamResult) -> None:
        self.result = result
        v = presenters.scam_view(result)  # the same lines and words as `hearth scam check`
        words = guidance(v.verdict)
        level = VERDICT_LEVELS.get(result.verdict, "info")
        if level == "ok" and result.reasons:
            level = "warning"  # the words then say there are warning signs (app.scam.FEW_FLAGS_WORDS)
        self.verdict_label.set_verdict(level, words)
        self.verdict_label.setProperty("verdict", result.verdict)
        self.verdict_label.setAccessibleName(self.tr("Verdict: %s") % words)
        self.score_label.setText(guidance(v.score))
        self.original.setPlainText(result.text)
        self._highlight(result)
        # "with the red flags marked" only when something in the text is marked
        title = (self.tr("The message, with the red flags marked") if self.highlighted_spans()
                 else self.tr("The message you checked"))
        self.message_heading.setText(title)
        self.message_heading.setAccessibleName(title)
        self.original.setAccessibleName(title)

        self._view = v
        self._fill_reasons(v, all_of_them=False)

        self.advice_label.setText("\n".join(f"{i}. {a}" for i, a in enumerate(guidance_all(v.advice), 1)))
        self.emergency_button.setVisible(v.offer_emergency)
        extra = []
        for label, message in v.sources:
            extra.append(f"• {guidance(label)}: {guidance(message)}")
        extra += [guidance(n) for n in v.notes]
        self.sources_label.setText("\n".join(extra))
        self.sources_label.setVisible(bool(extra))
        self.result_box.show()
        self.verdict_label.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reveal(self.verdict_label)

    def _fill_reasons(self, v: presenters.ScamView, *, all_of_them: bool) -> None:
        """The red flags: the first few (strongest, no repeats), the rest behind "Show all"."""
        self.reasons_list.clear()
        if v.no_reasons is not None:
            self.reasons_list.addItem(guidance(v.no_reasons))
        shown = v.reasons if all_of_them or not v.shown_first else v.reasons[: v.shown_first]
        for i, r in enumerate(shown, 1):
            text = f"{i}. {guidance(r.message)}"
            if r.evidence:
                text += f'  ("{r.evidence}")'
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (r.start, r.end))
            self.reasons_list.addItem(item)
        hidden = len(v.reasons) - len(shown)
        self.more_reasons.setVisible(hidden > 0)
        if hidden > 0:
            self.more_reasons.setText(self.tr("Show all %n red flags", "", len(v.reasons)))
            self.more_reasons.setAccessibleName(self.more_reasons.text())

    def _show_all_reasons(self) -> None:
        if self._view is not None:
            self._fill_reasons(self._view, all_of_them=True)
            self.reasons_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _highlight(self, result: scam.ScamResult) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe08a"))
        fmt.setForeground(QColor("#000000"))
        fmt.setFontUnderline(True)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor("#b00020"))
        fmt.setFontWeight(700)
        selections = []
        length = len(result.text)
        doc_len = self.original.document().characterCount()
        for r in result.reasons:
            if not (0 <= r.start < r.end <= length):
                continue
            cursor = QTextCursor(self.original.document())
            # Offsets are Python characters; Qt counts UTF-16 units: map through the text.
            start = _utf16_offset(result.text, r.start)
            end = _utf16_offset(result.text, r.end)
            if end > doc_len:
                continue
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        self.original.setExtraSelections(selections)

    def highlighted_spans(self) -> list[tuple[int, int]]:
        """The highlighted ranges (Qt positions), for tests and screen readers."""
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.original.extraSelections()]

    def _on_reason_selected(self, row: int) -> None:
        item = self.reasons_list.item(row) if row >= 0 else None
        span = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not span or self.result is None:
            return
        start, end = span
        if not (0 <= start < end <= len(self.result.text)):
            return
        cursor = self.original.textCursor()
        cursor.setPosition(_utf16_offset(self.result.text, start))
        cursor.setPosition(_utf16_offset(self.result.text, end), QTextCursor.MoveMode.KeepAnchor)
        self.original.setTextCursor(cursor)
        self.original.ensureCursorVisible()


def _utf16_offset(text: str, index: int) -> int:
    """The Qt (UTF-16) position of Python index ``index`` in ``text``."""
    head = text[:index]
    return len(head) + sum(1 for ch in head if ord(ch) > 0xFFFF)


# -- Settings section ------------------------------------------------------------------------------

REGIONS = (
    ("", QT_TRANSLATE_NOOP("ScamServicesSettings", "Follow this computer's settings")),
    ("US", QT_TRANSLATE_NOOP("ScamServicesSettings", "United States")),
    ("GB", QT_TRANSLATE_NOOP("ScamServicesSettings", "United Kingdom")),
    ("CA", QT_TRANSLATE_NOOP("ScamServicesSettings", "Canada")),
    ("AU", QT_TRANSLATE_NOOP("ScamServicesSettings", "Australia")),
    ("NZ", QT_TRANSLATE_NOOP("ScamServicesSettings", "New Zealand")),
    ("IE", QT_TRANSLATE_NOOP("ScamServicesSettings", "Ireland")),
    ("DE", QT_TRANSLATE_NOOP("ScamServicesSettings", "Germany")),
    ("FR", QT_TRANSLATE_NOOP("ScamServicesSettings", "France")),
    ("ES", QT_TRANSLATE_NOOP("ScamServicesSettings", "Spain")),
    ("IT", QT_TRANSLATE_NOOP("ScamServicesSettings", "Italy")),
    ("NL", QT_TRANSLATE_NOOP("ScamServicesSettings", "Netherlands")),
    ("IN", QT_TRANSLATE_NOOP("ScamServicesSettings", "India")),
    ("SG", QT_TRANSLATE_NOOP("ScamServicesSettings", "Singapore")),
)

KEY_STATUS_WORDS = {
    "stored": QT_TRANSLATE_NOOP("ScamServicesSettings", "✔ A key is stored in this computer's secure key store."),
    "missing": QT_TRANSLATE_NOOP("ScamServicesSettings", "✖ No key stored yet."),
    "not_needed": QT_TRANSLATE_NOOP("ScamServicesSettings", "No key needed."),
    "no_keyring": QT_TRANSLATE_NOOP("ScamServicesSettings", "⚠ This computer's secure key store cannot be reached, so keys cannot be stored."),
}


class ScamServicesSettings(QWidget):
    """Turn each scam-check service on or off and store or remove its key (never shown).

    Attributes:
        toggles: service name -> its on/off checkbox.
        key_fields: service name -> the (password-style) field for a new key.
        key_status: service name -> the label saying whether a key is stored.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        hearth = ctx.hearth
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Each service is off until you turn it on. Even then, a check only asks them when you tick "
                "\"Also ask the online services I turned on\" and after showing you what will be sent. "
                "Some services are for personal, non-commercial use only."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.toggles: dict[str, QCheckBox] = {}
        self.key_fields: dict[str, QLineEdit] = {}
        self.key_status: dict[str, QLabel] = {}
        enabled = set(scam.enabled_services(hearth))
        for name in scam.SERVICE_ORDER:
            info = scam.SERVICES[name]
            service = guidance(info.label)
            box = QGroupBox(service)
            bl = QVBoxLayout(box)
            toggle = QCheckBox(self.tr("Use %s") % service)
            toggle.setAccessibleName(self.tr("Use %s") % service)
            toggle.setChecked(name in enabled)
            toggle.toggled.connect(lambda on, n=name: self._on_toggle(n, on))
            bl.addWidget(wrapping(toggle))
            self.toggles[name] = toggle
            sends = QLabel(self.tr("What is sent: %s") % guidance(info.sends))
            sends.setWordWrap(True)
            bl.addWidget(sends)
            if info.key_name is not None:
                status = QLabel(self.tr("Checking for a stored key…"))
                status.setWordWrap(True)
                status.setAccessibleName(self.tr("Key status for %s") % service)
                bl.addWidget(status)
                self.key_status[name] = status
                row = QHBoxLayout()
                label = QLabel(self.tr("New key (optional):") if info.key_optional else self.tr("New key:"))
                field = QLineEdit()
                field.setEchoMode(QLineEdit.EchoMode.Password)
                field.setAccessibleName(self.tr("New key for %s") % service)
                label.setBuddy(field)
                save = QPushButton(self.tr("Save key"))
                save.setAccessibleName(self.tr("Save the key for %s") % service)
                save.clicked.connect(lambda _=False, n=name: self._save_key(n))
                field.returnPressed.connect(lambda n=name: self._save_key(n))
                remove = QPushButton(self.tr("Remove key"))
                remove.setAccessibleName(self.tr("Remove the key for %s") % service)
                remove.clicked.connect(lambda _=False, n=name: self._remove_key(n))
                row.addWidget(label)
                row.addWidget(field, 1)
                bl.addLayout(row)
                key_buttons = FlowLayout()  # under the field, so long words and large text fit
                key_buttons.addWidget(save)
                key_buttons.addWidget(remove)
                bl.addLayout(key_buttons)
                self.key_fields[name] = field
            if name == "llm":
                self.llm_url = QLineEdit(hearth.settings.get(S.SERVICE_URLS).get("llm", ""))
                self.llm_url.setPlaceholderText("http://127.0.0.1:11434")
                self.llm_url.setAccessibleName(self.tr("Address of the language model server"))
                url_label = QLabel(self.tr("Where the language model runs (its web address):"))
                url_label.setBuddy(self.llm_url)
                self.llm_url.editingFinished.connect(self._save_llm_url)
                self.llm_model = QLineEdit(hearth.settings.get(scam.SCAM_LLM_MODEL))
                self.llm_model.setPlaceholderText("gpt-4o-mini, llama3.1, …")
                self.llm_model.setAccessibleName(self.tr("Language model name"))
                model_label = QLabel(self.tr("Which model it should use:"))
                model_label.setBuddy(self.llm_model)
                self.llm_model.editingFinished.connect(self._save_llm_model)
                # Technical details, folded away: most people never need them.
                details = QWidget()
                dl = QVBoxLayout(details)
                dl.setContentsMargins(0, 0, 0, 0)
                for lab, fld in ((url_label, self.llm_url), (model_label, self.llm_model)):
                    lab.setWordWrap(True)
                    dl.addWidget(lab)
                    dl.addWidget(fld)
                self.llm_details = Expander(self.tr("Advanced: where the language model runs"), details)
                bl.addWidget(self.llm_details)
            layout.addWidget(box)

        region_row = QVBoxLayout()  # the words above the choice, so both get the full width
        region_label = QLabel(self.tr("Your &country (for phone numbers and where to report scams):"))
        self.region = QComboBox()
        for code, text in REGIONS:
            self.region.addItem(self.tr(text) + (f" ({code})" if code else f" ({scam.system_region()})"), code)
        current = hearth.settings.get(scam.SCAM_REGION)
        index = self.region.findData(current)
        self.region.setCurrentIndex(max(0, index))
        self.region.setAccessibleName(self.tr("Your country"))
        region_label.setBuddy(self.region)
        self.region.currentIndexChanged.connect(self._on_region_changed)
        region_row.addWidget(region_label)
        region_row.addWidget(self.region)
        layout.addLayout(region_row)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message about keys"))
        layout.addWidget(self.message)
        self.refresh_key_status()

    def _on_toggle(self, name: str, on: bool) -> None:
        scam.set_service_enabled(self.ctx.hearth, name, on)

    def _on_region_changed(self, index: int) -> None:  # noqa: ARG002
        self.ctx.hearth.settings.set(scam.SCAM_REGION, self.region.currentData() or "")

    def _save_llm_url(self) -> None:
        urls = dict(self.ctx.hearth.settings.get(S.SERVICE_URLS))
        value = self.llm_url.text().strip()
        if value:
            urls["llm"] = value
        else:
            urls.pop("llm", None)
        self.ctx.hearth.settings.set(S.SERVICE_URLS, urls)

    def _save_llm_model(self) -> None:
        self.ctx.hearth.settings.set(scam.SCAM_LLM_MODEL, self.llm_model.text().strip())

    def refresh_key_status(self) -> None:
        self.ctx.tasks.run(
            scam.key_status, self.ctx.hearth, on_finished=self._show_key_status, on_failed=self._show_error, owner=self
        )

    def _show_key_status(self, status: dict[str, str]) -> None:
        if any(status.get(name) == "no_keyring" for name in self.key_status):
            # Said once here (and explained in the banner at the top of the window), not beside every key.
            self.message.setText(self.tr(KEY_STATUS_WORDS["no_keyring"]))
        for name, label in self.key_status.items():
            state = status.get(name, "")
            if state == "no_keyring":
                label.setText("")
            elif state == "missing" and scam.SERVICES[name].key_optional:
                label.setText(self.tr("No key stored (a local model server usually needs none)."))
            else:
                label.setText(self.tr(KEY_STATUS_WORDS.get(state, "")))

    def _show_error(self, error: BaseException) -> None:
        self.message.setText(error_text(error))

    def _save_key(self, name: str) -> None:
        info = scam.SERVICES[name]
        field = self.key_fields[name]
        value = field.text()
        field.clear()  # the key leaves the widget at once; only the worker holds it
        if not value.strip():
            self.message.setText(self.tr("Type or paste the key first."))
            return
        secrets = self.ctx.hearth.secrets
        key_name = info.key_name or name
        self.ctx.tasks.run(
            lambda: secrets.set(key_name, value),
            on_finished=lambda _: self._after_key_change(self.tr("Saved the key for %s.") % guidance(info.label)),
            on_failed=self._show_error,
            owner=self,
        )

    def _remove_key(self, name: str) -> None:
        info = scam.SERVICES[name]
        secrets = self.ctx.hearth.secrets
        key_name = info.key_name or name
        self.ctx.tasks.run(
            lambda: secrets.delete(key_name),
            on_finished=lambda _: self._after_key_change(self.tr("Removed the key for %s.") % guidance(info.label)),
            on_failed=self._show_error,
            owner=self,
        )

    def _after_key_change(self, message: str) -> None:
        self.message.setText(message)
        self.refresh_key_status()


#: The name ``ui.main_window`` looks for; the class has its own name so that its ``tr()`` texts have
#: their own translation context ("ScamPage"), not one shared by every page.
Page = ScamPage
