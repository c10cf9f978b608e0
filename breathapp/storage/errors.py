# SPDX-License-Identifier: GPL-3.0-or-later
"""Errors of the environment (disk full, read-only, damaged files), kept apart from bugs."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from breathapp.core.errors import StorageError, StorageProblem

__all__ = ["StorageError", "StorageProblem", "classify", "storage_errors", "to_storage_error"]


# Raised for mistakes in our own SQL or arguments: these are bugs and must reach the log.
_BUG_TYPES: tuple[type[sqlite3.Error], ...] = (
    sqlite3.ProgrammingError,
    sqlite3.IntegrityError,
    sqlite3.InterfaceError,
    sqlite3.NotSupportedError,
    sqlite3.DataError,
)

_SQLITE_PROBLEMS = {
    sqlite3.SQLITE_FULL: StorageProblem.DISK_FULL,
    sqlite3.SQLITE_READONLY: StorageProblem.READ_ONLY,
    sqlite3.SQLITE_PERM: StorageProblem.READ_ONLY,
    sqlite3.SQLITE_IOERR: StorageProblem.IO,
    sqlite3.SQLITE_CANTOPEN: StorageProblem.IO,
    sqlite3.SQLITE_CORRUPT: StorageProblem.IO,
    sqlite3.SQLITE_NOTADB: StorageProblem.IO,
    sqlite3.SQLITE_BUSY: StorageProblem.IO,
    sqlite3.SQLITE_LOCKED: StorageProblem.IO,
    sqlite3.SQLITE_NOLFS: StorageProblem.IO,
    sqlite3.SQLITE_PROTOCOL: StorageProblem.IO,
    sqlite3.SQLITE_NOMEM: StorageProblem.IO,
}

_ERRNO_PROBLEMS = {
    errno.ENOSPC: StorageProblem.DISK_FULL,
    errno.EDQUOT: StorageProblem.DISK_FULL,
    errno.EACCES: StorageProblem.READ_ONLY,
    errno.EPERM: StorageProblem.READ_ONLY,
    errno.EROFS: StorageProblem.READ_ONLY,
}


def classify(exc: BaseException) -> StorageProblem | None:
    """The environment problem behind ``exc``, or None when it is a bug (or not ours)."""
    if isinstance(exc, OSError):
        return _ERRNO_PROBLEMS.get(exc.errno or 0, StorageProblem.IO)
    if not isinstance(exc, sqlite3.Error) or isinstance(exc, _BUG_TYPES):
        return None
    code = exc.sqlite_errorcode
    if code is None:
        return None
    # Extended result codes (e.g. SQLITE_IOERR_WRITE) keep the primary code in the low byte.
    return _SQLITE_PROBLEMS.get(code & 0xFF)


def to_storage_error(exc: BaseException, path: Path | None) -> StorageError | None:
    """A StorageError for an environment failure; None for a bug, which must propagate."""
    if isinstance(exc, StorageError):
        return exc
    problem = classify(exc)
    if problem is None:
        return None
    detail = str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        detail = exc.strerror
    return StorageError(problem, path, detail)


@contextmanager
def storage_errors(path: Path | None) -> Iterator[None]:
    """Turn environment failures inside the block into StorageError; let bugs through."""
    try:
        yield
    except StorageError:
        raise
    except (sqlite3.Error, OSError) as exc:
        converted = to_storage_error(exc, path)
        if converted is None:
            raise
        raise converted from exc
