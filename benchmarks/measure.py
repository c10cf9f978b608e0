# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared measuring for the benchmark children and the parent: timing, stats, result lines."""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

# A child reports exactly one line starting with this on stdout; anything else there is ignored.
RESULT_PREFIX = "BENCH-RESULT "

Result = dict[str, Any]


# -- child side: arguments and reporting ---------------------------------------------------


class ChildArgs:
    """The few options every child takes: ``MODE --key value ...`` (no argparse: it is slow)."""

    def __init__(self, argv: list[str]) -> None:
        if not argv or argv[0] not in ("startup", "animate"):
            raise SystemExit(f"usage: MODE [--key value ...], MODE startup|animate; got {argv}")
        self.mode = argv[0]
        values: dict[str, str] = {}
        rest = argv[1:]
        if len(rest) % 2:
            raise SystemExit(f"options come in --key value pairs, got {rest}")
        for key, value in zip(rest[::2], rest[1::2], strict=True):
            if not key.startswith("--"):
                raise SystemExit(f"expected an --option, got {key!r}")
            values[key[2:].replace("-", "_")] = value
        self.data_dir = values.get("data_dir", "")
        self.width = int(values.get("width", "800"))
        self.height = int(values.get("height", "600"))
        self.interval_ms = int(values.get("interval_ms", "16"))
        self.settle_s = float(values.get("settle_s", "0.5"))
        self.warmup_s = float(values.get("warmup_s", "1.0"))
        self.seconds = float(values.get("seconds", "20"))
        # The app child: the background sound under its session ("off", "brown", ...).
        self.background = values.get("background", "off")
        # The app child: the guide's spoken cues ("off", "words", "count") with Qt's mock voice.
        self.speak = values.get("speak", "off")
        # The app child: "demo" replays assets/heart/demo-resonance.rr with the heart curve shown.
        self.heart = values.get("heart", "off")
        # A file to write a cProfile of the measured window to (Python calls only).
        self.profile = values.get("profile", "")


def emit(result: Result) -> None:
    """Send the child's result to the parent."""
    sys.stdout.write(RESULT_PREFIX + json.dumps(result) + "\n")
    sys.stdout.flush()


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def versions() -> Result:
    import PySide6
    from PySide6.QtCore import qVersion

    return {
        "python": sys.version.split()[0],
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
    }


# -- child side: the measured animation window --------------------------------------------


class AnimationWindow:
    """One measured stretch: wall and process CPU time, and the paints that fell inside it.

    ``paint(t, lag_s)`` records a paint whose state was taken at monotonic time ``t`` and was
    ``lag_s`` seconds old when the paint completed; paints outside the window are ignored.
    """

    def __init__(self, profile_to: str = "") -> None:
        self.profile_to = profile_to
        self._profiler: Any = None
        self.active = False
        self.t0 = self.t1 = 0.0
        self.cpu0 = self.cpu1 = 0.0
        self.times: list[float] = []
        self.lags: list[float] = []
        self.keep: list[object] = []  # Qt timers that must live as long as the run

    def begin(self) -> None:
        self.times.clear()
        self.lags.clear()
        self.active = True
        if self.profile_to:
            import cProfile

            self._profiler = cProfile.Profile()
            self._profiler.enable()
        self.t0 = time.monotonic()
        self.cpu0 = time.process_time()  # all threads of the process, user + system

    def end(self) -> None:
        self.cpu1 = time.process_time()
        self.t1 = time.monotonic()
        self.active = False
        if self._profiler is not None:
            self._profiler.disable()
            self._profiler.dump_stats(self.profile_to)
            self._profiler = None

    def paint(self, t: float, lag_s: float) -> None:
        if self.active:
            self.times.append(t)
            self.lags.append(lag_s)

    def summary(self) -> Result:
        wall = self.t1 - self.t0
        gaps = [(b - a) * 1000.0 for a, b in zip(self.times, self.times[1:], strict=False)]
        return {
            "wall_s": wall,
            "cpu_s": self.cpu1 - self.cpu0,
            "cpu_pct": 100.0 * (self.cpu1 - self.cpu0) / wall if wall > 0 else 0.0,
            "frames": len(self.times),
            "fps": len(self.times) / wall if wall > 0 else 0.0,
            "frame_p50_ms": percentile(gaps, 50),
            "frame_p99_ms": percentile(gaps, 99),
            "frame_max_ms": max(gaps, default=0.0),
            "lag_max_ms": max(self.lags, default=0.0) * 1000.0,
            "lag_p50_ms": percentile([x * 1000.0 for x in self.lags], 50),
        }


def drive(
    window: AnimationWindow,
    args: ChildArgs,
    start: Callable[[], None],
    done: Callable[[], None],
) -> None:
    """Schedule a run on the Qt event loop: settle, ``start()``, warm up, measure, ``done()``."""
    from PySide6.QtCore import Qt, QTimer

    def stop_measuring() -> None:
        window.end()
        done()

    def begin_measuring() -> None:
        window.begin()
        # A precise timer: a coarse one may fire 5 % late on a 20 s interval.
        end_timer.start(round(args.seconds * 1000))

    end_timer = QTimer()
    end_timer.setSingleShot(True)
    end_timer.setTimerType(Qt.TimerType.PreciseTimer)
    end_timer.timeout.connect(stop_measuring)
    begin_timer = QTimer()
    begin_timer.setSingleShot(True)
    begin_timer.setTimerType(Qt.TimerType.PreciseTimer)
    begin_timer.timeout.connect(begin_measuring)

    def start_animating() -> None:
        start()
        begin_timer.start(round(args.warmup_s * 1000))

    window.keep += [end_timer, begin_timer]
    QTimer.singleShot(round(args.settle_s * 1000), start_animating)


# -- shared statistics ---------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile with linear interpolation between closest ranks; 0.0 if empty."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def median(values: list[float]) -> float:
    return percentile(values, 50)


def parse_result(stdout: str) -> Result | None:
    """The result line a child printed, or None if it printed none."""
    for line in reversed(stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            parsed = json.loads(line[len(RESULT_PREFIX) :])
            return parsed if isinstance(parsed, dict) else None
    return None
