# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for the storage tests: a data folder, an open database, the time they open at."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from breathapp.storage import files
from breathapp.storage.db import Database, OpenReport
from tests.builders.backups import NOW
from tests.builders.full_disk import FullDiskConnection

STAMP = "20261125T152300Z"


@pytest.fixture
def now() -> datetime:
    """The wall-clock time the tests open databases at."""
    return NOW


@pytest.fixture
def stamp() -> str:
    """NOW as it appears in backup and damaged-file names."""
    return STAMP


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def opened(data_dir: Path) -> Iterator[tuple[Database, OpenReport]]:
    db, report = Database.open(data_dir, NOW)
    yield db, report
    db.close()


@pytest.fixture
def db(opened: tuple[Database, OpenReport]) -> Database:
    return opened[0]


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[FullDiskConnection]]:
    """The store's connections can be made to meet a full disk (FullDiskConnection.full)."""

    def connect(path: Path) -> sqlite3.Connection:
        return sqlite3.connect(path, isolation_level=None, factory=FullDiskConnection)

    monkeypatch.setattr(files, "_open_store", connect)
    FullDiskConnection.full = False
    yield FullDiskConnection
    FullDiskConnection.full = False
