# SPDX-License-Identifier: GPL-3.0-or-later
"""The log: a disk that fills up drops lines quietly, never prints a traceback."""

from __future__ import annotations

import errno
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from breathapp.logs import log, setup_logging


class FullDisk:
    """A stream on a disk with no room left, until ``room`` is set."""

    def __init__(self) -> None:
        self.room = False
        self.written: list[str] = []

    def write(self, text: str) -> int:
        if not self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.written.append(text)
        return len(text)

    def flush(self) -> None:
        if not self.room:
            raise OSError(errno.ENOSPC, "No space left on device")

    def close(self) -> None:
        pass


@pytest.fixture
def restored() -> Iterator[None]:
    handlers, level = list(log.handlers), log.level
    yield
    for handler in log.handlers:
        handler.close()
    log.handlers[:] = handlers
    log.setLevel(level)


def test_a_full_disk_prints_nothing_and_says_later_what_was_lost(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], restored: None
) -> None:
    setup_logging(tmp_path)
    (handler,) = log.handlers
    assert isinstance(handler, logging.FileHandler)
    disk = FullDisk()
    handler.stream.close()
    handler.stream = disk  # type: ignore[assignment]
    log.info("a checkpoint")
    log.error("unexpected error", exc_info=(ValueError, ValueError("x"), None))
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")  # no "--- Logging error ---", no traceback
    disk.room = True
    log.info("room again")
    text = "".join(disk.written)
    assert "2 log lines could not be written" in text and "room again" in text
    assert capfd.readouterr() == ("", "")


def test_a_log_folder_that_cannot_be_made_falls_back_quietly_too(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], restored: None
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    setup_logging(blocker)  # logs/ cannot be made under a file: the stream handler instead
    (handler,) = log.handlers
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(FullDisk())  # type: ignore[arg-type]
    log.info("nowhere to go")
    assert capfd.readouterr() == ("", "")
