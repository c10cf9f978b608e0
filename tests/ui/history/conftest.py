# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for the history screens: an empty store of their own, opened at NOW."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from breathapp.storage.db import Database
from tests.builders.history import NOW


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _report = Database.open(tmp_path / "data", NOW)
    yield database
    database.close()
