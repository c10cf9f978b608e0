# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's log: one file in the data folder, rotated at start; bugs go there with a traceback."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

log = logging.getLogger("breathapp")
LOG_MAX_BYTES = 512_000


def setup_logging(data_dir: Path) -> None:
    log_file = data_dir / "logs" / "breathapp.log"
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        # Rotated once at start rather than with logging.handlers, whose import
        # (socket, pickle, queue) costs start-up time for nothing.
        if log_file.exists() and log_file.stat().st_size > LOG_MAX_BYTES:
            log_file.replace(log_file.with_suffix(".log.1"))
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in log.handlers:
        old.close()
    log.handlers[:] = [handler]
    log.setLevel(logging.INFO)


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    # A bug, not the machine: into the log with its traceback, and onto stderr.
    log.error("unexpected error", exc_info=(kind, value, tb))
    sys.__excepthook__(kind, value, tb)
