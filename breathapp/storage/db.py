# SPDX-License-Identifier: GPL-3.0-or-later
"""The database file: opening with checks and recovery, migrations, transactions, backups."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

from breathapp.storage import migrations
from breathapp.storage.checkpoint_journal import CheckpointJournal, Row
from breathapp.storage.errors import StorageError, StorageProblem, storage_errors
from breathapp.storage.files import (
    check_connection,
    check_file,
    connect_read_only,
    copy_database,
    header_problem,
    header_user_version,
    is_damage,
    move_aside,
    newest_first,
    open_read_only,
    open_store,
    unused_path,
)
from breathapp.storage.timestamps import file_stamp
from breathapp.storage.vault import Keyring

DB_FILENAME = "breathapp.db"
SCHEMA_VERSION = migrations.SCHEMA_VERSION
BACKUP_DIR = "backups"

_PROBE_NAME = ".breathapp-write-probe"

Params = Sequence[object] | Mapping[str, object]


def prepare_data_dir(path: Path) -> None:
    """Create the data folder if needed and prove that files can be written in it."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f"{_PROBE_NAME}-{os.getpid()}"
        with probe.open("wb") as stream:
            stream.write(b"BreathApp checks that this folder is writable.\n")
        probe.unlink()
    except OSError as exc:
        raise StorageError(
            StorageProblem.DATA_DIR_UNUSABLE, path, exc.strerror or str(exc)
        ) from exc


def read_one_row(db_file: Path, sql: str, params: Params = ()) -> sqlite3.Row | None:
    """One row from a database file, opened read-only: writes nothing, not even a new file
    (files.connect_read_only).

    None when the file is missing, unreadable or the query fails. For checks on the
    command line that must leave everything as it was.
    """
    if not db_file.is_file():
        return None
    try:
        with closing(connect_read_only(db_file)) as conn:
            conn.row_factory = sqlite3.Row
            row: sqlite3.Row | None = conn.execute(sql, params).fetchone()
            return row
    except (sqlite3.Error, OSError):
        return None


class OpenReport(NamedTuple):
    """What opening the database had to do; the ui tells the user about the unusual parts."""

    # A NamedTuple, not a dataclass: nothing to compile when the module loads (start-up).

    damaged_moved_to: Path | None = None
    restored_from: Path | None = None
    started_fresh_after_damage: bool = False
    migrated_from: int | None = None
    pre_migration_backup: Path | None = None
    interrupted_recovered: int = 0
    sessions_salvaged: int = 0  # read back from the damaged file set aside (session_merge)


class NeedsTheAppError(StorageError):
    """A store a command that only reads must leave alone: the app has to open it first."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(StorageProblem.IO, path, detail)

    def __str__(self) -> str:
        return self.detail


def _needs_repair(path: Path, detail: str) -> NeedsTheAppError:
    return NeedsTheAppError(
        path,
        f"the history file {path} is damaged ({' '.join(detail.split())}): open BreathApp, "
        "which sets it aside and restores the newest backup, then try again",
    )


def _refuse_newer(path: Path, version: int | None, known: int) -> None:
    if version is not None and version > known:
        raise StorageError(
            StorageProblem.NEWER_VERSION,
            path,
            f"file version {version}, this version of BreathApp reads up to {known}",
        )


class Database:
    """One open database file. Build it with :meth:`open`."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        connection.row_factory = sqlite3.Row
        self._conn: sqlite3.Connection | None = connection
        self._savepoints = 0
        self.path = path
        self.data_dir = path.parent
        self.backup_dir = path.parent / BACKUP_DIR
        # Where a session's checkpoint goes when the database will not take it (full disk).
        self.journal: CheckpointJournal | None = None
        # The data keys of the profiles open on this store (PIN profiles): memory only.
        self.keyring = Keyring()

    @classmethod
    def open(
        cls, data_dir: Path, now_utc: datetime, *, app_open_elsewhere: bool = False
    ) -> tuple[Database, OpenReport]:
        """Open (creating, recovering or migrating as needed) the database in ``data_dir``.

        ``app_open_elsewhere``: another process (the app, see instance_lock) has the store
        open, so a session marked running is under way there, and the checkpoint journal is
        its own: neither is touched (a command that writes beside the open app).
        Raises StorageError for problems of the environment, including a database
        written by a newer version, which is left exactly as it was.
        """
        prepare_data_dir(data_dir)
        path = data_dir / DB_FILENAME
        stamp = file_stamp(now_utc)
        known = migrations.target_version()
        moved_to: Path | None = None
        restored: Path | None = None
        with storage_errors(path):
            if path.exists():
                # The header alone answers "newer?" without SQLite touching anything.
                _refuse_newer(path, header_user_version(path), known)
                check = check_file(path, known)
                _refuse_newer(path, check.user_version, known)
                if check.damaged:
                    moved_to = move_aside(path, f"breathapp.damaged-{stamp}")
                    restored = _restore_newest_backup(path, known)
            conn = open_store(path)
        db = cls(conn, path)
        try:
            migrated_from, pre_backup = db._migrate(now_utc, stamp)
            waiting: list[Row] = []
            if not app_open_elsewhere:
                db.journal, waiting = CheckpointJournal.open(data_dir)
            salvaged = db._bring_in(moved_to, waiting)
            recovered = 0 if app_open_elsewhere else db._recover_interrupted()
        except BaseException:
            db.close()
            raise
        report = OpenReport(
            damaged_moved_to=moved_to,
            restored_from=restored,
            started_fresh_after_damage=moved_to is not None and restored is None,
            migrated_from=migrated_from,
            pre_migration_backup=pre_backup,
            interrupted_recovered=recovered,
            sessions_salvaged=salvaged,
        )
        return db, report

    def _bring_in(self, damaged: Path | None, waiting: list[Row]) -> int:
        """Before cut-off sessions are marked: what the damaged file set aside still tells,
        then the journal's rows; never older than what the table holds (session_merge).

        Returns how many sessions the damaged file gave back.
        """
        if damaged is None and not waiting:
            return 0
        from breathapp.storage.session_merge import merge_sessions, salvage  # rarely needed

        with self.transaction() as conn:
            salvaged = salvage(conn, damaged) if damaged is not None else 0
            merge_sessions(conn, waiting)
        if waiting and self.journal is not None:
            self.journal.clear()
        return salvaged

    @classmethod
    def open_read_only(cls, data_dir: Path) -> Database:
        """The database in ``data_dir`` for reading only: never recovered, migrated or backed up.

        Works in a read-only folder and leaves no new file (files.connect_read_only).
        Raises StorageError, and NeedsTheAppError for a store the app must repair or update
        first; either way nothing is changed.
        """
        path = data_dir / DB_FILENAME
        known = migrations.target_version()
        with storage_errors(path):
            problem = header_problem(path)
            if problem is not None:
                raise _needs_repair(path, problem)
            _refuse_newer(path, header_user_version(path), known)
            try:
                conn = connect_read_only(path)
            except sqlite3.DatabaseError as exc:
                if is_damage(exc):
                    raise _needs_repair(path, str(exc)) from exc
                raise
        try:
            with storage_errors(path):
                check = check_connection(conn, known)
            _refuse_newer(path, check.user_version, known)
            if check.damaged:
                raise _needs_repair(path, check.detail)
            if check.user_version is not None and check.user_version < known:
                raise NeedsTheAppError(
                    path,
                    f"the history file {path} is from an older version of BreathApp (file "
                    f"version {check.user_version}, this version reads {known}): open "
                    "BreathApp once to update it, then try again",
                )
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    def _migrate(self, now_utc: datetime, stamp: str) -> tuple[int | None, Path | None]:
        """Back up an older database, switch on WAL, then run the missing migration steps."""
        conn = self.connection
        known = migrations.target_version()
        with storage_errors(self.path):
            version = migrations.user_version(conn)
            _refuse_newer(self.path, version, known)
            has_content = (
                version > 0 or conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
            )
            migrating = version < known and has_content
            backup: Path | None = None
            if migrating:
                self.backup_dir.mkdir(parents=True, exist_ok=True)
                backup = unused_path(self.backup_dir, f"breathapp-before-v{known}-{stamp}")
                copy_database(conn, backup)
            conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL, not FULL: in WAL mode NORMAL never corrupts the file; a power cut
            # may lose only the last commits. Sessions are checkpointed every 5 s, so
            # that is a few seconds of one session, and it spares an fsync per checkpoint.
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            # What is deleted or overwritten is zeroed, not left in free space (PIN profiles).
            conn.execute("PRAGMA secure_delete=ON")
            migrations.migrate(conn, now_utc)
        return (version, backup) if migrating else (None, None)

    def _recover_interrupted(self) -> int:
        """Sessions still 'running' at open were cut off by a crash, kill or power cut."""
        with self.transaction() as conn:
            return conn.execute(_MARK_INTERRUPTED).rowcount

    @property
    def connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("the database is closed")
        return self._conn

    @property
    def closed(self) -> bool:
        return self._conn is None

    def close(self) -> None:
        if self._conn is None:
            return
        conn, self._conn = self._conn, None
        with storage_errors(self.path):
            conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; nested use becomes a savepoint. Rolls back on any exception."""
        conn = self.connection
        with storage_errors(self.path):
            if conn.in_transaction:
                self._savepoints += 1
                name = f"sp{self._savepoints}"
                conn.execute(f"SAVEPOINT {name}")
                try:
                    yield conn
                    conn.execute(f"RELEASE {name}")
                except BaseException:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute(f"ROLLBACK TO {name}")
                        conn.execute(f"RELEASE {name}")
                    raise
                finally:
                    self._savepoints -= 1
            else:
                # IMMEDIATE takes the write lock now, so a write never fails half-way
                # through for want of a lock.
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                    conn.execute("COMMIT")
                except BaseException:
                    migrations.rollback_quietly(conn)
                    raise

    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """Rows of a read; environment failures become StorageError."""
        with storage_errors(self.path):
            rows: list[sqlite3.Row] = self.connection.execute(sql, params).fetchall()
            return rows

    def daily_backup(self, today: date) -> Path | None:
        """Copy the database to backups/breathapp-YYYY-MM-DD.db once per day, then rotate.

        Rotation keeps the last 7 dailies, one a week for 8 weeks and the newest sound one
        (backup_rotation). Returns the new file, or None when today's backup already exists.
        """
        from breathapp.storage.backup_rotation import daily_name  # after the first paint

        dest = self.backup_dir / daily_name(today)
        with storage_errors(dest):
            if dest.exists():
                return None
            self.backup_dir.mkdir(parents=True, exist_ok=True)
            copy_database(self.connection, dest, settle=_settle_running)
            self._rotate_backups()
        return dest

    def _rotate_backups(self) -> None:
        """Delete the daily backups rotation gives up; only the newest sound one is sought."""
        from breathapp.storage.backup_rotation import DailyBackup, backups_to_keep, daily_day

        known = migrations.target_version()
        dailies = [
            (path, day)
            for path in self.backup_dir.iterdir()
            if (day := daily_day(path.name)) is not None and path.is_file()
        ]
        dailies.sort(key=lambda pair: (pair[1], pair[0].name), reverse=True)
        backups: list[DailyBackup] = []
        found = False
        for path, day in dailies:
            sound = None if found else _restorable(path, known)
            found = found or bool(sound)
            backups.append(DailyBackup(path.name, day, sound))
        keep = backups_to_keep(backups)
        for path, _day in dailies:
            if path.name not in keep:
                path.unlink()


_MARK_INTERRUPTED = (
    "UPDATE sessions SET status = 'interrupted', ended_utc = COALESCE(checkpoint_utc, started_utc)"
    " WHERE status = 'running'"
)


def _settle_running(copy: sqlite3.Connection) -> None:
    """A backup holds no session as running: one under way is kept as a kill would leave it
    (interrupted at its last checkpoint), and one with nothing practised yet is left out.

    The day's backup is taken after the first paint, when a session started with --start
    is already under way: kept as running with 0 s, a restore would show it cut off at 0 s
    even though it went on to complete in the live store.
    """
    copy.execute(  # their beats too: the copy's connection does not cascade
        "DELETE FROM session_beats WHERE session_id IN"
        " (SELECT id FROM sessions WHERE status = 'running' AND active_s <= 0)"
    )
    copy.execute("DELETE FROM sessions WHERE status = 'running' AND active_s <= 0")
    copy.execute(_MARK_INTERRUPTED)
    copy.commit()


def _restorable(backup: Path, known: int) -> bool:
    """True when ``backup`` passes the integrity check and this version can read it."""
    try:
        check = check_file(backup, known)
    except (sqlite3.Error, OSError):
        return False
    version = check.user_version
    return not check.damaged and version is not None and version <= known


def _restore_newest_backup(path: Path, known: int) -> Path | None:
    """Copy the newest sound backup to ``path``; None when there is none."""
    backup_dir = path.parent / BACKUP_DIR
    if not backup_dir.is_dir():
        return None
    for candidate in newest_first(p for p in backup_dir.glob("*.db") if p.is_file()):
        if not _restorable(candidate, known):
            continue
        with closing(open_read_only(candidate)) as source:
            copy_database(source, path)
        return candidate
    return None
