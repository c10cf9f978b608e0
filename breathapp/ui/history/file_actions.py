# SPDX-License-Identifier: GPL-3.0-or-later
"""Saving and opening files from the history: dialogs, a wait while it works, calm messages."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from breathapp.controllers.transfer_controller import PracticeFile, TransferController
from breathapp.core.errors import BackupError, OwnFileError, StorageError
from breathapp.core.report import ReportData
from breathapp.ui.common import labels

Ask = Callable[[str, str, str], str]  # (title, suggested path or folder, filter) -> path or ""
T = TypeVar("T")


@contextmanager
def working(parent: QWidget) -> Iterator[None]:
    """A wait cursor while a long piece of work runs (an import of years of practice)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents()
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class FileActions(QObject):
    """The history's file actions; ``ask_save``, ``ask_open``, ``tell`` and ``confirm`` open
    dialogs and are replaced in tests. ``show_practice_file`` shows an opened practice file.

    Emits no signals: the transfer controller says when sessions were imported.
    """

    def __init__(
        self,
        transfer: TransferController,
        window: QWidget,
        goal_minutes: Callable[[], int],
        title_names: Callable[[str], str],
        show_practice_file: Callable[[PracticeFile], None],
    ) -> None:
        super().__init__(window)
        self._transfer = transfer
        self._window = window
        self._goal = goal_minutes
        self._names = title_names
        self._show_practice_file = show_practice_file
        self.ask_save: Ask = self._ask_save
        self.ask_open: Ask = self._ask_open
        self.tell: Callable[[str], None] = self._tell
        self.confirm: Callable[[str, str], bool] = self._confirm

    # -- actions ---------------------------------------------------------------------
    def save_report(
        self,
        first: date,
        last: date,
        report: Callable[[date, date, int], ReportData] | None = None,
    ) -> Path | None:
        """The therapist's PDF report of ``first`` to ``last``."""
        from breathapp.ui.report.report_pdf import write_pdf  # painting PDFs: loaded when needed

        name = f"breathapp-report-{first.isoformat()}-{last.isoformat()}.pdf"
        figures: list[ReportData] = []  # worked out once, however often the place is asked

        def save(target: Path) -> None:
            if not figures:
                figures.append((report or self._transfer.report)(first, last, self._goal()))
            self._transfer.save(target, lambda path: write_pdf(path, figures[0], self._names))

        saved = self._save_as(self.tr("Save the report"), name, "PDF (*.pdf)", save)
        if saved is None:
            return None
        target = saved[0]
        self.tell(self.tr("The report is saved as:\n%1").replace("%1", str(target)))
        return target

    def save_export(self, fmt: str) -> Path | None:
        """A backup ("json") or a spreadsheet ("csv") of the whole history."""
        today = self._transfer.today().isoformat()
        if fmt == "json":
            title, name, kind = (
                self.tr("Save a backup"),
                f"breathapp-backup-{today}.json",
                "JSON (*.json)",
            )
        else:
            title, name, kind = (
                self.tr("Export as a spreadsheet"),
                f"breathapp-{today}.csv",
                "CSV (*.csv)",
            )
        saved = self._save_as(title, name, kind, lambda target: self._transfer.export(target, fmt))
        if saved is None:
            return None
        target, count = saved
        self.tell(self.tr("%n sessions are saved in:\n%1", "", count).replace("%1", str(target)))
        return target

    def import_backup(self) -> bool:
        """Merge a backup into this profile, after showing what it holds."""
        backup = self._open_backup(self.tr("Import a backup"))
        if backup is None:
            return False
        question = self.tr(
            "This file holds %n sessions, saved on %1. Add them to your history? "
            "Sessions you already have are left as they are.",
            "",
            len(backup.sessions),
        )
        saved = labels.date_text(backup.exported_utc.astimezone().date())
        if not self.confirm(self.tr("Import a backup"), question.replace("%1", saved)):
            return False
        with working(self._window):
            try:
                report = self._transfer.merge(backup)
            except StorageError as error:
                self.tell(labels.storage_message(error))
                return False
        parts = [
            self.tr("%n sessions were added.", "", report.added),
            self.tr("%n were already in your history.", "", report.skipped),
        ]
        if report.moved_added:
            parts.append(
                self.tr(
                    "%n days you moved 15 minutes or more were added too.", "", report.moved_added
                )
            )
        self.tell(" ".join(parts))
        return True

    def open_practice_file(self) -> PracticeFile | None:
        """A patient's file, shown read-only beside everything else, mixed into nothing."""
        backup = self._open_backup(self.tr("Open a practice file"))
        if backup is None:
            return None
        with working(self._window):
            try:
                opened = self._transfer.open_practice_file(backup)
            except StorageError as error:
                self.tell(labels.storage_message(error))
                return None
        self._show_practice_file(opened)
        return opened

    # -- helpers ------------------------------------------------------------------------
    def _save_as(
        self, title: str, name: str, kind: str, save: Callable[[Path], T]
    ) -> tuple[Path, T] | None:
        """Ask where, then ``save`` there; None when cancelled or it failed (said calmly).

        A place in the data folder is refused before anything is written, and asked again.
        """
        while True:
            path = self.ask_save(title, self._suggest(name), kind)
            if not path:
                return None
            target = Path(path)
            try:
                with working(self._window):
                    return target, save(target)
            except OwnFileError as error:
                self.tell(labels.own_file_message(error))
            except (StorageError, OSError) as error:
                self.tell(self._cannot_write(target, error))
                return None

    def _open_backup(self, title: str) -> Any:
        path = self.ask_open(title, self._suggest(""), "JSON (*.json)")
        if not path:
            return None
        try:
            with working(self._window):
                return self._transfer.read(Path(path))
        except BackupError as error:
            text = self.tr("This file cannot be used, and nothing was changed.\n\n%1")
            self.tell(text.replace("%1", str(error)))
            return None

    @staticmethod
    def _suggest(name: str) -> str:
        from breathapp.ui.common.file_dialogs import in_documents

        return in_documents(name)

    def _cannot_write(self, target: Path, error: Exception) -> str:
        if isinstance(error, StorageError):
            return labels.storage_message(error)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return (
            self.tr("%1 could not be saved: %2.").replace("%1", str(target)).replace("%2", reason)
        )

    def _ask_save(self, title: str, suggested: str, kind: str) -> str:
        from breathapp.ui.common.file_dialogs import ask_file

        return ask_file(self._window, title, suggested, kind, save=True)

    def _ask_open(self, title: str, folder: str, kind: str) -> str:
        from breathapp.ui.common.file_dialogs import ask_file

        return ask_file(self._window, title, "", kind, save=False)

    def _tell(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self._window, "BreathApp", text)

    def _confirm(self, title: str, question: str) -> bool:
        from breathapp.ui.common.dialogs import ask_yes_no

        return ask_yes_no(self._window, title, question)
