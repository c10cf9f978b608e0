# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's log: one file in the data folder, rotated at start; bugs go there with a traceback."""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path
from types import TracebackType

from breathapp.storage.own_files import LOGS_DIRNAME

log = logging.getLogger("breathapp")
LOG_MAX_BYTES = 512_000


class _Quiet(logging.StreamHandler):  # type: ignore[type-arg]  # generic only in typeshed
    """A log that cannot be written (a full disk) drops lines quietly, and counts them.

    logging's own handleError prints "--- Logging error ---" and a traceback on stderr
    for every line that fails: on a full disk, a flood on the terminal about the log,
    while the app itself carries on calmly. The next line that can be written says how
    many were lost.
    """

    dropped = 0

    def emit(self, record: logging.LogRecord) -> None:
        lost = self.dropped
        if lost:
            self.dropped = 0
            note = f"{lost} log lines could not be written (was the disk full?)"
            super().emit(logging.makeLogRecord({"name": log.name, "msg": note, **_WARNING}))
            if self.dropped:  # still no room: the note is not a line of the log's own
                self.dropped = lost + 1
                return
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        self.dropped += 1

    def flush(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            super().flush()


_WARNING = {"levelno": logging.WARNING, "levelname": "WARNING"}


class _QuietFile(_Quiet, logging.FileHandler):
    """The log file, quiet when it cannot be written."""

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            super().close()


def setup_logging(data_dir: Path) -> None:
    log_file = data_dir / LOGS_DIRNAME / "breathapp.log"
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        # Rotated once at start rather than with logging.handlers, whose import
        # (socket, pickle, queue) costs start-up time for nothing.
        if log_file.exists() and log_file.stat().st_size > LOG_MAX_BYTES:
            log_file.replace(log_file.with_suffix(".log.1"))
        handler: logging.Handler = _QuietFile(log_file, encoding="utf-8")
    except OSError:
        handler = _Quiet()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in log.handlers:
        old.close()
    log.handlers[:] = [handler]
    log.setLevel(logging.INFO)


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    # A bug, not the machine: into the log with its traceback, and onto stderr.
    log.error("unexpected error", exc_info=(kind, value, tb))
    sys.__excepthook__(kind, value, tb)
