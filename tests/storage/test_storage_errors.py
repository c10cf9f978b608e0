# SPDX-License-Identifier: GPL-3.0-or-later
"""Environment errors become StorageError; bugs pass through unchanged."""

from __future__ import annotations

import errno
import pickle
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from breathapp.storage.errors import StorageError, StorageProblem, classify, storage_errors
from breathapp.storage.files import open_read_only


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        (errno.ENOSPC, StorageProblem.DISK_FULL),
        (errno.EROFS, StorageProblem.READ_ONLY),
        (errno.EACCES, StorageProblem.READ_ONLY),
        (errno.ENOENT, StorageProblem.IO),
        (errno.EIO, StorageProblem.IO),
    ],
)
def test_os_errors(code: int, problem: StorageProblem) -> None:
    with pytest.raises(StorageError) as info, storage_errors(Path("/x")):
        raise OSError(code, "text from the OS")
    assert info.value.problem is problem
    assert info.value.path == Path("/x")
    assert info.value.detail == "text from the OS"
    assert isinstance(info.value.__cause__, OSError)


def test_read_only_database(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn = open_read_only(path)
    with closing(conn), pytest.raises(StorageError) as info, storage_errors(path):
        conn.execute("INSERT INTO t VALUES (1)")
    assert info.value.problem is StorageProblem.READ_ONLY
    assert "readonly" in info.value.detail


def test_not_a_database_is_io(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(b"not a database at all" * 10)
    conn = sqlite3.connect(path)
    with closing(conn), pytest.raises(StorageError) as info, storage_errors(path):
        conn.execute("SELECT * FROM sqlite_master")
    assert info.value.problem is StorageProblem.IO


def test_sql_mistakes_are_bugs_not_storage_errors() -> None:
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("CREATE TABLE p (id INTEGER PRIMARY KEY)")
        conn.execute("CREATE TABLE c (p INTEGER REFERENCES p(id))")
        with pytest.raises(sqlite3.OperationalError), storage_errors(None):
            conn.execute("SELEC 1")
        with pytest.raises(sqlite3.IntegrityError), storage_errors(None):
            conn.execute("INSERT INTO c VALUES (42)")
        with pytest.raises(sqlite3.ProgrammingError), storage_errors(None):
            conn.execute("SELECT ?", (1, 2))
    assert classify(sqlite3.InterfaceError("x")) is None
    assert classify(ValueError("x")) is None


def test_message_is_a_sentence_and_pickles() -> None:
    err = StorageError(
        StorageProblem.DISK_FULL, Path("/d/breathapp.db"), "database or disk is full"
    )
    text = str(err)
    assert text.startswith("The disk is full")
    assert "/d/breathapp.db" in text
    assert text.endswith("(database or disk is full).")
    again = pickle.loads(pickle.dumps(err))
    assert (again.problem, again.path, again.detail) == (err.problem, err.path, err.detail)
    assert str(StorageError(StorageProblem.IO)).endswith("failed.")
