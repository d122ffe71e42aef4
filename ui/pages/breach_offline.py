"""The offline breach list on the Passwords page: download it, pause, resume, cancel, refresh.

Renders ``app.breach_download.status`` and runs ``app.breach_download.download`` through
``ctx.tasks`` (off the GUI thread). Pause stops the download and keeps what is done; Cancel
throws the partial download away. A finished list offers a refresh once it is 6 months old.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app import breach_download, breach_store
from app.i18n import format_number
from ui.context import UiContext
from ui.i18n import current_language, guidance, reader_date
from ui.pages.base import error_text


class BreachListBox(QGroupBox):
    """The "Check passwords without the internet" box.

    Signals:
        status_shown(dict): a status was rendered (for tests).
    """

    status_shown = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check passwords without the internet"))
        self.ctx = ctx
        self.prefixes = breach_store.ALL_PREFIXES  # tests use a small part of the list
        self._task: Any = None
        self._stopping: str = ""  # "pause" or "cancel" while a stopped task winds down
        self._info: dict[str, Any] | None = None
        self._error = ""  # why the last download stopped, shown with the next status
        v = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Hearth can download the whole list of passwords seen in breaches (about 2.4 GB; a few hours on a home "
            "connection). After that, password checks happen on this computer and nothing is sent. Every part of "
            "the list is asked for, so nothing about your passwords leaves the computer. You can pause and go on "
            "later, even after restarting the computer."
        ))
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.intro)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Offline breach list status"))
        v.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        v.addWidget(self.progress)
        row = QHBoxLayout()
        self.download_button = QPushButton(self.tr("&Download the breach list"))
        self.download_button.setAccessibleName(self.tr("Download the breach list"))
        self.download_button.clicked.connect(self.start)
        row.addWidget(self.download_button)
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.setAccessibleName(self.tr("Pause the download"))
        self.pause_button.clicked.connect(self.pause)
        row.addWidget(self.pause_button)
        self.cancel_button = QPushButton(self.tr("Cancel the do&wnload"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the download and throw away what was downloaded"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        v.addLayout(row)
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._check_stopped)
        self._set_buttons(running=False, paused=False, complete=False, due=False)

    # -- status ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._task is not None:
            return
        self.ctx.tasks.run(
            breach_download.status, self.ctx.hearth.paths.data, on_finished=self._show_status,
            on_failed=lambda e: self.status.setText(error_text(e)), owner=self,
        )

    def _show_status(self, info: dict[str, Any]) -> None:
        self._info = info
        if self._task is not None:
            return
        job = info.get("download")
        lines = []
        if info["complete"]:
            lines.append(self.tr(
                "The breach list on this computer is from {date} ({n} passwords). Password checks use it and "
                "send nothing. A password found in it was very likely seen in breaches (the list keeps no counts)."
            ).format(date=reader_date(info["date"]), n=format_number(info["hashes"], current_language())))
            if info["refresh_due"]:
                lines.append(self.tr(
                    "It is more than 6 months old. Download it again to include newer breaches; the old list is "
                    "used until the new one is complete."))
        else:
            lines.append(self.tr("There is no breach list on this computer yet."))
        if job:
            pct = int(100 * job["prefixes_done"] / max(1, job["prefixes_total"]))
            lines.append(self.tr("A download is paused at {pct}%. It goes on where it stopped.").format(pct=pct))
        if self._error:
            lines.append(self._error)
            self._error = ""
        self.status.setText("\n".join(lines))
        self.progress.hide()
        self._set_buttons(running=False, paused=bool(job), complete=bool(info["complete"]),
                          due=bool(info.get("refresh_due")))
        self.status_shown.emit(info)

    def _set_buttons(self, *, running: bool, paused: bool, complete: bool, due: bool) -> None:
        if paused:
            self.download_button.setText(self.tr("&Resume the download"))
            self.download_button.setAccessibleName(self.tr("Resume the download"))
        elif complete:
            self.download_button.setText(self.tr("&Download it again"))
            self.download_button.setAccessibleName(self.tr("Download the breach list again"))
        else:
            self.download_button.setText(self.tr("&Download the breach list"))
            self.download_button.setAccessibleName(self.tr("Download the breach list"))
        self.download_button.setVisible(not running and (paused or not complete or due))
        self.pause_button.setVisible(running)
        self.cancel_button.setVisible(running or paused)

    # -- actions --------------------------------------------------------------------------

    def start(self) -> None:
        if self._task is not None:
            return
        self._stopping = ""
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Starting the download…"))
        self._set_buttons(running=True, paused=False, complete=False, due=False)
        self._task = self.ctx.tasks.run(
            breach_download.download, self.ctx.hearth, prefixes=self.prefixes,
            on_finished=self._on_done, on_failed=self._on_failed, on_progress=self._on_progress, owner=self,
        )

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._task is None or total <= 0:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(guidance(text) + ": %p%")
        self.status.setText(self.tr("Downloading: {done} of {total} parts. You can keep using Hearth.").format(
            done=f"{done:,}", total=f"{total:,}"))

    def pause(self) -> None:
        self._stop("pause")

    def cancel(self) -> None:
        if self._task is None:
            self._discard()
        else:
            self._stop("cancel")

    def _stop(self, how: str) -> None:
        if self._task is None:
            return
        self._stopping = how
        self._task.cancel()  # the workers stop at their next step; the result is dropped
        self.pause_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Stopping the download…"))
        self._poll.start()

    def _check_stopped(self) -> None:
        if self._task is None or not self._task.done.is_set():
            return
        self._poll.stop()
        self._task = None
        self.pause_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        if self._stopping == "cancel":
            self._discard()
        else:
            self.refresh()

    def _discard(self) -> None:
        self.ctx.tasks.run(
            breach_download.discard, self.ctx.hearth.paths.data, on_finished=lambda _had: self.refresh(),
            on_failed=lambda e: self.status.setText(error_text(e)), owner=self,
        )

    def _on_done(self, summary: dict[str, Any]) -> None:  # noqa: ARG002
        self._task = None
        self.refresh()

    def _on_failed(self, error: BaseException) -> None:
        self._task = None
        self._error = error_text(error) + "\n" + self.tr("What was downloaded so far is kept.")
        self.refresh()
