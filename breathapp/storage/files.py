# SPDX-License-Identifier: GPL-3.0-or-later
"""SQLite files on disk: read-only checks, backup-API copies, moving damaged files aside."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import NamedTuple

SQLITE_MAGIC = b"SQLite format 3\x00"
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
        header = stream.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None
    return int.from_bytes(header[60:64], "big", signed=True)


def is_damage(exc: sqlite3.Error) -> bool:
    """True when SQLite says the file itself is not a sound database."""
    code = exc.sqlite_errorcode
    if code is None:
        return False
    return (code & 0xFF) in _DAMAGE_CODES or code == sqlite3.SQLITE_IOERR_SHORT_READ


def open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)


@contextmanager
def _no_new_sidecars(path: Path) -> Iterator[None]:
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

    Damage is reported in the result; other failures (locked, unreadable) raise.
    """
    with _no_new_sidecars(path):
        try:
            with closing(open_read_only(path)) as conn:
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


def _open_copy_target(path: Path) -> sqlite3.Connection:
    """The connection a copy is written through (a seam for tests that fill the disk)."""
    return sqlite3.connect(path)


def copy_database(source: sqlite3.Connection, dest: Path) -> None:
    """Copy ``source`` to the new file ``dest`` with the backup API, as one self-contained file.

    The copy is written under a temporary name and renamed when complete, so a failure
    (such as a full disk) never leaves a half copy that looks like a good one.
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
