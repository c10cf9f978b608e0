# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for the storage tests: a data folder, an open database, session records."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from breathapp.core.session import LengthKind, SessionRecord, SessionStatus
from breathapp.storage.db import Database, OpenReport

NOW = datetime(2026, 11, 25, 15, 23, 0, 123000, tzinfo=UTC)
STAMP = "20261125T152300Z"


MakeRecord = Callable[..., SessionRecord]


def _make_record(**changes: Any) -> SessionRecord:
    record = SessionRecord(
        started_utc=datetime(2026, 11, 25, 8, 0, 0, 250000, tzinfo=UTC),
        ended_utc=None,
        active_s=0.0,
        pattern_text="4-0-6-0",
        pattern_id="calm",
        rate_bpm=6.0,
        ramp_start_bpm=None,
        breaths=0,
        status=SessionStatus.RUNNING,
        length_kind=LengthKind.MINUTES,
        length_value=5.0,
    )
    return replace(record, **changes)


@pytest.fixture
def now() -> datetime:
    """The wall-clock time the tests open databases at."""
    return NOW


@pytest.fixture
def stamp() -> str:
    """NOW as it appears in backup and damaged-file names."""
    return STAMP


@pytest.fixture
def make_record() -> MakeRecord:
    """A factory of running session records; keyword arguments replace fields."""
    return _make_record


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
