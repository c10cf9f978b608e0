# SPDX-License-Identifier: GPL-3.0-or-later
"""Files in and out of one profile's history, for the window (the command line has its own)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Collection
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple, TextIO

from breathapp.core.report import ReportData
from breathapp.storage.backup import Backup, ImportReport, import_backup, load_backup, write_backup
from breathapp.storage.db import Database
from breathapp.storage.export import export_csv
from breathapp.storage.history_repo import HistoryRepo
from breathapp.storage.own_files import check_output
from breathapp.storage.plain_files import write_atomically, write_path_atomically
from breathapp.storage.plan_history import PlanHistory


class OpenedFile(NamedTuple):
    """A practice file in a store of its own (a temporary folder), until ``close``.

    ``plans`` reads its movement days; it never has a plan (backups carry none).
    """

    history: HistoryRepo
    profile_id: int
    close: Callable[[], None]
    plans: PlanHistory


class Transfers:
    """Export, import, the report's figures and practice files, for one profile.

    Raises StorageError (the store or the disk), OSError (a file that cannot be written),
    BackupError (a file that is not a usable backup) and OwnFileError (a file chosen in
    the data folder, written nowhere); nothing half-written is left.
    ``script_ids`` are the relaxation sessions this app has (relaxation_files.script_ids):
    those a practice file may name. Only reading a file needs them.
    """

    def __init__(
        self, db: Database, profile_id: int, script_ids: Collection[str] = frozenset()
    ) -> None:
        self._db = db
        self._profile_id = profile_id
        self._script_ids = frozenset(script_ids)

    def export(
        self, path: Path, fmt: str, now_utc: datetime, first: date | None, last: date | None
    ) -> int:
        """Write "csv" or "json" (a backup); returns the number of sessions written."""
        check_output(path, self._db.data_dir)
        count = [0]

        def write(stream: TextIO) -> None:
            if fmt == "json":
                count[0] = write_backup(
                    self._db, self._profile_id, stream, first, last, now_utc=now_utc
                )
            else:
                count[0] = export_csv(self._db, self._profile_id, stream, first, last)

        write_atomically(path, write)
        return count[0]

    def save(self, path: Path, write: Callable[[Path], object]) -> None:
        """A file made by ``write`` at a path of its own (the PDF report), saved as ``path``."""
        check_output(path, self._db.data_dir)
        write_path_atomically(path, write)

    def report(
        self, first: date, last: date, today: date, goal_minutes: int, name: str
    ) -> ReportData:
        return HistoryRepo(self._db).report(
            self._profile_id, first, last, today, goal_minutes, name
        )

    def read(self, path: Path, now_utc: datetime) -> Backup:
        return load_backup(path, now_utc=now_utc, script_ids=self._script_ids)

    def merge(self, backup: Backup) -> ImportReport:
        return import_backup(self._db, self._profile_id, backup)

    @staticmethod
    def open_file(backup: Backup, now_utc: datetime) -> OpenedFile:
        """The backup in a temporary store, apart from every profile; ``close`` removes it."""
        folder = Path(tempfile.mkdtemp(prefix="breathapp-view-"))
        try:
            db, _report = Database.open(folder, now_utc)
            import_backup(db, 1, backup)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise

        def close() -> None:
            db.close()
            shutil.rmtree(folder, ignore_errors=True)

        return OpenedFile(HistoryRepo(db), 1, close, PlanHistory(db))
