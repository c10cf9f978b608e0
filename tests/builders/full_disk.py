# SPDX-License-Identifier: GPL-3.0-or-later
"""A store connection that meets a full disk on command (the ``disk`` fixture of tests/storage)."""

from __future__ import annotations

import sqlite3
from typing import Any


class FullDiskConnection(sqlite3.Connection):
    """A store connection whose commits fail as SQLite's do when the disk is full."""

    full = False

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if FullDiskConnection.full and sql.strip().upper() == "COMMIT":
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = sqlite3.SQLITE_FULL
            error.sqlite_errorname = "SQLITE_FULL"
            raise error
        return super().execute(sql, *args)
