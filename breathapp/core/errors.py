# SPDX-License-Identifier: GPL-3.0-or-later
"""Errors of the environment (disk full, read-only folder, newer file): not bugs."""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class StorageProblem(Enum):
    DATA_DIR_UNUSABLE = "data_dir_unusable"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    NEWER_VERSION = "newer_version"
    IO = "io"


_ENGLISH = {
    StorageProblem.DATA_DIR_UNUSABLE: "the data folder cannot be created or written",
    StorageProblem.DISK_FULL: "the disk is full",
    StorageProblem.READ_ONLY: "the data folder is read-only",
    StorageProblem.NEWER_VERSION: "the database was made by a newer version of BreathApp",
    StorageProblem.IO: "the database file could not be read or written",
}


class StorageError(Exception):
    """The store could not do its work because of the machine, not because of a bug.

    The ui words it by ``problem``; ``str()`` is a plain English sentence for logs and
    the command line.
    """

    def __init__(self, problem: StorageProblem, path: Path | None = None, detail: str = "") -> None:
        self.problem = problem
        self.path = path
        self.detail = detail
        where = f" ({path})" if path else ""
        extra = f": {detail}" if detail else ""
        super().__init__(f"{_ENGLISH[problem]}{where}{extra}")
