# SPDX-License-Identifier: GPL-3.0-or-later
"""SQLite files on disk: read-only checks, backup-API copies, moving damaged files aside."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import NamedTuple

SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_HEADER_BYTES = 100
# Files SQLite keeps next to a database; they travel with it when it moves.
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
_DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


class FileCheck(NamedTuple):
    """What a read-only look at a database file found."""

    # A NamedTuple, not a dataclass: nothing to compile when the module loads (start-up).

    user_version: int | None  # None when the file could not be read as a database
    damaged: bool
    detail: str = ""


def header_user_version(path: Path) -> int | None:
    """PRAGMA user_version straight from the file header, without opening SQLite at all."""
    with path.open("rb") as stream:
        header = stream.read(SQLITE_HEADER_BYTES)
    if len(header) < SQLITE_HEADER_BYTES or not header.startswith(SQLITE_MAGIC):
        return None
    return int.from_bytes(header[60:64], "big", signed=True)


def header_problem(path: Path) -> str | None:
    """Why the file cannot hold a database, from its first bytes alone; None when it may.

    SQLite takes an empty file for a new, empty database. A file that should hold the
    history but is empty, or shorter than a header, was cut off: that is damage.
    """
    with path.open("rb") as stream:
        header = stream.read(SQLITE_HEADER_BYTES)
    if not header:
        return "the file is empty"
    if len(header) < SQLITE_HEADER_BYTES:
        return f"the file has only {len(header)} bytes, fewer than an SQLite header"
    if not header.startswith(SQLITE_MAGIC):
        return "the file is not an SQLite database"
    return None


def is_damage(exc: sqlite3.Error) -> bool:
    """True when SQLite says the file itself is not a sound database."""
    code = exc.sqlite_errorcode
    if code is None:
        return False
    return (code & 0xFF) in _DAMAGE_CODES or code == sqlite3.SQLITE_IOERR_SHORT_READ


def open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)


@contextmanager
def no_new_sidecars(path: Path) -> Iterator[None]:
    """Remove -wal/-shm files that a read-only look created, so a look leaves no trace."""
    before = {suffix for suffix in SIDECAR_SUFFIXES if _sidecar(path, suffix).exists()}
    try:
        yield
    finally:
        for suffix in SIDECAR_SUFFIXES:
            if suffix not in before:
                with contextlib.suppress(FileNotFoundError):
                    _sidecar(path, suffix).unlink()


def check_file(path: Path, max_version: int) -> FileCheck:
    """Read the version and, unless it is newer than ``max_version``, run PRAGMA quick_check.

    Damage (an empty or cut-off file among it) is reported in the result; other failures
    (locked, unreadable) raise.
    """
    problem = header_problem(path)
    if problem is not None:
        return FileCheck(None, damaged=True, detail=problem)
    with no_new_sidecars(path), closing(open_read_only(path)) as conn:
        return check_connection(conn, max_version)


def check_connection(conn: sqlite3.Connection, max_version: int) -> FileCheck:
    """check_file on an open connection: its version, then PRAGMA quick_check."""
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > max_version:
            return FileCheck(version, damaged=False)
        rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return FileCheck(None, damaged=True, detail=str(exc))
        raise
    if rows != ["ok"]:
        return FileCheck(version, damaged=True, detail="; ".join(rows[:5]))
    return FileCheck(version, damaged=False)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read ``path`` and leaves no new file beside it.

    SQLite reads a WAL database through its -wal and -shm files, and a read-only
    connection makes them when they are missing and then leaves them behind. So:
    - a -wal is there (the app is open, or was killed): read through it, read-only;
      SQLite can read so even in a read-only folder, as its documentation says;
    - no -wal, and the file and its folder may be written: an ordinary connection kept
      from writing by PRAGMA query_only; SQLite itself removes the -wal and -shm it makes
      when the last connection closes, safely beside a writer that opens meanwhile;
    - no -wal and no way to make one (a read-only file or folder): nobody can be
      writing it, which is when SQLite's immutable flag is right.
    """
    uri = path.absolute().as_uri()
    if any(_sidecar(path, suffix).exists() for suffix in ("-wal", "-journal")):
        return _query_only(uri + "?mode=ro")
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        conn = _query_only(uri + "?mode=rw")
        try:
            conn.execute("PRAGMA schema_version").fetchone()  # the first read makes the -wal
            return conn
        except sqlite3.OperationalError as exc:
            conn.close()
            # os.access can say yes where a write is refused (Windows looks only at the
            # read-only flag): no -wal can be made, so nobody is writing.
            if (exc.sqlite_errorcode or 0) & 0xFF not in _CANNOT_WRITE:
                raise
        except BaseException:
            conn.close()
            raise
    return _query_only(uri + "?mode=ro&immutable=1")


_CANNOT_WRITE = frozenset({sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM})


def _query_only(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA query_only = 1")
    except BaseException:
        conn.close()
        raise
    return conn


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def unused_path(directory: Path, stem: str, suffix: str = ".db") -> Path:
    """``directory/stem+suffix``, or with -2, -3, ... so that no existing file is ever reused."""
    n = 1
    while True:
        name = stem + suffix if n == 1 else f"{stem}-{n}{suffix}"
        candidate = directory / name
        taken = [candidate, *(_sidecar(candidate, s) for s in SIDECAR_SUFFIXES)]
        if not any(p.exists() for p in taken):
            return candidate
        n += 1


def move_aside(path: Path, stem: str) -> Path:
    """Rename ``path`` and its sidecar files to an unused name in the same folder."""
    target = unused_path(path.parent, stem, path.suffix)
    os.rename(path, target)
    for suffix in SIDECAR_SUFFIXES:
        side = _sidecar(path, suffix)
        if side.exists():
            os.rename(side, _sidecar(target, suffix))
    return target


def _open_store(path: Path) -> sqlite3.Connection:
    """The connection the store reads and writes through (a seam for tests that fill the disk)."""
    return sqlite3.connect(path, isolation_level=None)


def open_store(path: Path) -> sqlite3.Connection:
    return _open_store(path)


def _open_copy_target(path: Path) -> sqlite3.Connection:
    """The connection a copy is written through (a seam for tests that fill the disk)."""
    return sqlite3.connect(path)


def copy_database(
    source: sqlite3.Connection,
    dest: Path,
    settle: Callable[[sqlite3.Connection], None] | None = None,
) -> None:
    """Copy ``source`` to the new file ``dest`` with the backup API, as one self-contained file.

    ``settle`` may change the copy (and commit) before it is complete. The copy is written
    under a temporary name and renamed when complete, so a failure (such as a full disk)
    never leaves a half copy that looks like a good one.
    """
    if dest.exists():
        raise FileExistsError(dest)
    partial = dest.with_name(dest.name + ".partial")
    for stale in (partial, *(_sidecar(partial, s) for s in SIDECAR_SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
    try:
        with closing(_open_copy_target(partial)) as target:
            source.backup(target)
            if settle is not None:
                settle(target)
            # The copy inherits WAL mode from the source; a backup should be one file.
            target.execute("PRAGMA journal_mode=DELETE")
        os.rename(partial, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def newest_first(paths: Iterable[Path]) -> list[Path]:
    """Files sorted by modification time, newest first; the name breaks ties."""
    return sorted(paths, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
