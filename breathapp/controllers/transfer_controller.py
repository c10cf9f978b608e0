# SPDX-License-Identifier: GPL-3.0-or-later
"""Files in and out of the history: CSV, backups, the report's figures, practice files to view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from PySide6.QtCore import QObject, Signal

from breathapp.controllers.history_controller import (
    HistoryController,
    HistoryStore,
    PlanHistoryStore,
)
from breathapp.core.clock import Clock
from breathapp.core.report import ReportData


class Opened(Protocol):
    """storage.transfer.OpenedFile: a practice file in a temporary store of its own."""

    history: HistoryStore
    profile_id: int
    close: Callable[[], None]
    plans: PlanHistoryStore  # the movement days; a backup has no plan


class TransferStore(Protocol):
    """storage.transfer.Transfers: raises StorageError, OSError, BackupError or OwnFileError."""

    def export(
        self, path: Path, fmt: str, now_utc: datetime, first: date | None, last: date | None
    ) -> int: ...
    def save(self, path: Path, write: Callable[[Path], object]) -> None: ...
    def report(
        self, first: date, last: date, today: date, goal_minutes: int, name: str
    ) -> ReportData: ...
    def read(self, path: Path, now_utc: datetime) -> Any: ...
    def merge(self, backup: Any) -> Any: ...
    def open_file(self, backup: Any, now_utc: datetime) -> Any: ...


class PracticeFile(NamedTuple):
    """A patient's exported file, opened to look at, read-only, mixed into no profile."""

    name: str  # the profile name in the file ("" for the default profile)
    saved: date  # the day it was exported
    sessions: int
    history: HistoryController
    report: Callable[[date, date, int], ReportData]
    close: Callable[[], None]


class TransferController(QObject):
    """Export, import and "view a practice file" for one profile.

    Errors reach the screen as they are: StorageError, OSError, BackupError, and
    OwnFileError for a file chosen in the data folder (the screen asks again).

    Signals:
        imported(object): sessions were merged in from a backup (its ImportReport).
    """

    imported = Signal(object)

    def __init__(
        self, store: TransferStore, profile_name: str, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._name = profile_name
        self._clock = clock

    def today(self) -> date:
        return self._clock.now_utc().astimezone().date()

    def export(
        self, path: Path, fmt: str, first: date | None = None, last: date | None = None
    ) -> int:
        """Write the history as "csv" or "json" (a backup); returns the number of sessions."""
        return self._store.export(path, fmt, self._clock.now_utc(), first, last)

    def save(self, path: Path, write: Callable[[Path], object]) -> None:
        """Save what ``write`` makes at a path it is given (the PDF report) as ``path``."""
        self._store.save(path, write)

    def report(self, first: date, last: date, goal_minutes: int) -> ReportData:
        return self._store.report(first, last, self.today(), goal_minutes, self._name)

    def read(self, path: Path) -> Any:
        """A checked backup (nothing is changed yet); raises BackupError."""
        return self._store.read(path, self._clock.now_utc())

    def merge(self, backup: Any) -> Any:
        """Add a backup's sessions; those already there are skipped. Returns added/skipped."""
        report = self._store.merge(backup)
        self.imported.emit(report)
        return report

    def open_practice_file(self, backup: Any) -> PracticeFile:
        opened = self._store.open_file(backup, self._clock.now_utc())
        # The movement dots and the "moved" card as in a profile's own history.
        history = HistoryController(
            opened.history,
            opened.profile_id,
            self._clock,
            read_only=True,
            plans=opened.plans,
            parent=self,
        )
        name = str(backup.profile_name)

        def report(first: date, last: date, goal_minutes: int) -> ReportData:
            return opened.history.report(  # type: ignore[no-any-return]
                opened.profile_id, first, last, self.today(), goal_minutes, name
            )

        return PracticeFile(
            name,
            backup.exported_utc.astimezone().date(),
            len(backup.sessions),
            history,
            report,
            opened.close,
        )
