# SPDX-License-Identifier: GPL-3.0-or-later
"""History rows of the benchmark table: opening, panning, exporting, over big made-up stores."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.history_data import fill
from benchmarks.measure import Result

# (label, sessions, sessions per practice day, open target ms, PIN)
STORES = (
    ("10 years", 11_000, 3, 300.0, None),
    ("100,000 sessions", 100_000, 10, 1000.0, None),
    # The same history behind a PIN: every note and rating sealed, opened as it is read.
    ("100,000 sessions, PIN profile (sealed)", 100_000, 10, 1000.0, "2580"),
)
PAN_MEAN_MS, PAN_MAX_MS = 16.0, 50.0
EXPORT_LIMIT_S = 2.0

RunChild = Callable[..., Result]
MakeRow = Callable[[str, str, str, str, str, bool], object]


def measure_history(root: Path, run_child: RunChild, row: MakeRow) -> list[object]:
    """Fill two stores, open the history over each (preloaded and cold), export the big one."""
    rows: list[object] = []
    big: Path | None = None
    for label, sessions, per_day, target, pin in STORES:
        data = root / f"history-{sessions}{'-sealed' if pin else ''}"
        made = fill(data, sessions, date.today(), per_day=per_day, pin=pin)
        big = data if pin is None else big
        extra = ("--pin", pin) if pin else ()
        warm = run_child("history_child", "open", root, 120.0, *extra, data_dir=str(data))
        cold = run_child("history_child", "cold", root, 120.0, *extra, data_dir=str(data))
        rows.append(
            row(
                f"history opens, {label} ({made:,} sessions)",
                f"{warm['open_ms']:.0f} ms",
                f"cold {cold['open_ms']:.0f} ms",
                f"year {warm['year_ms']:.0f} ms",
                f"≤ {target:g} ms",
                warm["open_ms"] <= target,
            )
        )
        rows.append(
            row(
                f"pan / zoom step, year view, {label}",
                f"{warm['pan_mean_ms']:.1f} ms",
                f"max {warm['pan_max_ms']:.1f} ms",
                "",
                f"mean ≤ {PAN_MEAN_MS:g} ms, max ≤ {PAN_MAX_MS:g} ms *",
                warm["pan_mean_ms"] <= PAN_MEAN_MS and warm["pan_max_ms"] <= PAN_MAX_MS,
            )
        )
    assert big is not None
    for fmt in ("csv", "pdf"):
        seconds, ok = _export_s(big, fmt, root)
        rows.append(
            row(
                f"export {fmt.upper()}, 100,000 sessions (whole command)",
                f"{seconds:.2f} s" if ok else "failed",
                "",
                "",
                f"≤ {EXPORT_LIMIT_S:g} s",
                ok and seconds <= EXPORT_LIMIT_S,
            )
        )
    return rows


def _export_s(data: Path, fmt: str, root: Path) -> tuple[float, bool]:
    """The wall time of ``breathapp export`` in its own process, Python's start included."""
    out = root / f"export.{fmt}"
    command = [sys.executable, "-m", "breathapp", "--data-dir", str(data), "export"]
    command += ["--format", fmt, "--output", str(out)]
    t0 = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    seconds = time.perf_counter() - t0
    return seconds, done.returncode == 0 and out.is_file()
