# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for the command-line tests: the data folder a command without --data-dir uses."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of this test's own, made BREATHAPP_DATA_DIR; not made yet."""
    data = tmp_path / "data"
    monkeypatch.setenv("BREATHAPP_DATA_DIR", str(data))
    return data
