# SPDX-License-Identifier: GPL-3.0-or-later
"""An RR file: one interval between beats a line, in milliseconds, as Polar, Elite HRV and
Kubios export them. It is data: read, checked line by line, never executed."""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path

from breathapp.core.heart.beats import RR_MAX_MS, RR_MIN_MS

RR_FILE_MAX_BYTES = 2_000_000  # about 300 000 intervals: days of beats, far past any session
RR_FILE_MIN_VALUES = 10
# Milliseconds only, whole or with a decimal point. Values in seconds (0.85) are not guessed:
# they fall outside RR_MIN_MS..RR_MAX_MS and the message says the file is read in ms.
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


class RrProblem(Enum):
    """What is wrong with an RR file, for the caller to put into the user's language."""

    UNREADABLE = "unreadable"  # missing, a folder, no permission (detail: the system's words)
    TOO_LARGE = "too_large"
    NOT_TEXT = "not_text"  # not UTF-8 text
    NOT_A_NUMBER = "not_a_number"  # line, got
    OUT_OF_RANGE = "out_of_range"  # line, got
    TOO_FEW = "too_few"  # got: how many intervals there were


class RrFileError(ValueError):
    """A file that cannot be replayed; its English text names the file and the line."""

    def __init__(
        self, problem: RrProblem, path: Path, line: int | None = None, got: str = ""
    ) -> None:
        self.problem = problem
        self.path = path
        self.line = line
        self.got = got
        super().__init__(f"{path}: {self.what()}")

    def what(self) -> str:
        """The problem in English, without the file's name."""
        where = f"line {self.line}: " if self.line is not None else ""
        if self.problem is RrProblem.UNREADABLE:
            return f"cannot be read: {self.got}"
        if self.problem is RrProblem.TOO_LARGE:
            return f"larger than {RR_FILE_MAX_BYTES // 1_000_000} MB: not an RR file"
        if self.problem is RrProblem.NOT_TEXT:
            return "not a text file (UTF-8) with one interval in milliseconds a line"
        if self.problem is RrProblem.NOT_A_NUMBER:
            return f"{where}{self.got!r} is not a number of milliseconds"
        if self.problem is RrProblem.OUT_OF_RANGE:
            return (
                f"{where}{self.got} ms is not between {RR_MIN_MS} and {RR_MAX_MS} ms "
                "(the file is read in milliseconds)"
            )
        return f"too few intervals ({self.got}); at least {RR_FILE_MIN_VALUES} are needed"


def read_rr_file(path: Path | str) -> tuple[float, ...]:
    """The intervals of an RR file, in ms; RrFileError says what is wrong and where.

    Blank lines are skipped and line numbers count them, as an editor does.
    """
    path = Path(path)
    try:
        with path.open("rb") as file:
            raw = file.read(RR_FILE_MAX_BYTES + 1)
    except OSError as error:
        raise RrFileError(RrProblem.UNREADABLE, path, got=error.strerror or str(error)) from None
    if len(raw) > RR_FILE_MAX_BYTES:
        raise RrFileError(RrProblem.TOO_LARGE, path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RrFileError(RrProblem.NOT_TEXT, path) from None
    intervals: list[float] = []
    for number, line in enumerate(text.splitlines(), start=1):
        word = line.strip()
        if not word:
            continue
        if "\x00" in word or _NUMBER.fullmatch(word) is None:
            shown = word if len(word) <= 40 else word[:40] + "..."
            raise RrFileError(RrProblem.NOT_A_NUMBER, path, number, shown)
        value = float(word)
        if not RR_MIN_MS <= value <= RR_MAX_MS:
            raise RrFileError(RrProblem.OUT_OF_RANGE, path, number, word)
        intervals.append(value)
    if len(intervals) < RR_FILE_MIN_VALUES:
        raise RrFileError(RrProblem.TOO_FEW, path, got=str(len(intervals)))
    return tuple(intervals)
