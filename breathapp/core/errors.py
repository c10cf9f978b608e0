# SPDX-License-Identifier: GPL-3.0-or-later
"""Errors of the environment (disk full, read-only folder, newer file): not bugs.

They live in core so every layer can name them; storage raises them.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class StorageProblem(Enum):
    """What went wrong, for the ui to put into the user's language."""

    DATA_DIR_UNUSABLE = "data_dir_unusable"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    NEWER_VERSION = "newer_version"
    IO = "io"


_SENTENCES = {
    StorageProblem.DATA_DIR_UNUSABLE: "The data folder {where} cannot be used",
    StorageProblem.DISK_FULL: "The disk is full, so {where} could not be written",
    StorageProblem.READ_ONLY: "{where} is read-only, so it could not be written",
    StorageProblem.NEWER_VERSION: "{where} was written by a newer version of BreathApp",
    StorageProblem.IO: "Reading or writing {where} failed",
}


class StorageError(Exception):
    """An error of the environment, not a bug: the user can do something about it."""

    def __init__(self, problem: StorageProblem, path: Path | None = None, detail: str = "") -> None:
        super().__init__(problem, path, detail)
        self.problem = problem
        self.path = path
        self.detail = detail

    def __str__(self) -> str:
        where = str(self.path) if self.path is not None else "the data file"
        text = _SENTENCES[self.problem].format(where=where)
        return f"{text} ({self.detail})." if self.detail else f"{text}."


class BackupError(ValueError):
    """A practice file that cannot be used: where in it, and what is wrong."""

    def __init__(self, source: str, where: str, message: str) -> None:
        self.source = source
        self.where = where
        self.message = message
        parts = [p for p in (source, where) if p]
        super().__init__(": ".join([*parts, message]))


class OwnFileError(ValueError):
    """An output file the user chose is one of BreathApp's own in the data folder.

    Writing there could replace the history, its backups or its log: the caller asks for
    another place. ``path`` is the file as chosen, ``data_dir`` the data folder.
    """

    def __init__(self, path: Path, data_dir: Path) -> None:
        super().__init__(path, data_dir)
        self.path = path
        self.data_dir = data_dir

    def __str__(self) -> str:
        return (
            f"{self.path} is one of BreathApp's own files in the data folder {self.data_dir} "
            "(the history, its backups, its log): choose another name or folder"
        )
