# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the benchmark children and prints one table: BreathApp beside a bare Qt window."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks.history_bench import measure_history
from benchmarks.measure import Result, median, parse_result

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((800, 600), (1920, 1080))
STARTUP_TIMEOUT_S = 60.0
EXIT_OK, EXIT_MISSED, EXIT_FAILED = 0, 1, 2


class ChildError(Exception):
    """A child exited badly, timed out or reported nothing."""


@dataclass(frozen=True)
class Plan:
    seconds: float
    warmup_s: float
    startup_runs: int
    frozen: Path | None = None


@dataclass(frozen=True)
class Row:
    measure: str
    app: str
    ref: str
    ratio: str
    target: str
    ok: str


def _child_env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("BREATHAPP_DATA_DIR", None)
    # An installed app starts from compiled bytecode: let the children cache it (in this
    # run's temporary folder, not the source tree) even where the shell forbids writing it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
    return env


def run_child(
    module: str, mode: str, root: Path, timeout_s: float, *extra: str, data_dir: str = ""
) -> Result:
    """One child (in a fresh data folder unless given one); ``t0`` = monotonic time before Popen."""
    data_dir = data_dir or tempfile.mkdtemp(prefix=f"{module}-{mode}-", dir=root)
    command = [sys.executable, "-m", f"benchmarks.{module}", mode, "--data-dir", data_dir, *extra]
    env = _child_env(root)
    t0 = time.monotonic()
    proc = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        out, err = proc.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise ChildError(_failure(command, f"timed out after {timeout_s:g} s", err)) from None
    result = parse_result(out)
    if proc.returncode != 0 or result is None:
        why = f"exit code {proc.returncode}" + ("" if result else ", no result line")
        raise ChildError(_failure(command, why, err + out))
    result["t0"] = t0
    return result


def _failure(command: list[str], why: str, output: str) -> str:
    return (
        f"benchmark child failed ({why}):\n  {' '.join(command)}\n"
        f"--- its output ---\n{output.rstrip() or '(nothing)'}\n--- end ---"
    )


def measure_startup(root: Path, runs: int) -> tuple[list[float], list[float], Result]:
    """Interleaved app and reference start-ups (after one untimed warm-up of each), in ms.

    The app's warm-up creates its store; the timed starts reuse it, as a patient's
    everyday start does (the one-time creation of the store is not what people wait for).
    """
    data_dir = tempfile.mkdtemp(prefix="app_child-startup-", dir=root)
    warm = run_child("app_child", "startup", root, STARTUP_TIMEOUT_S, data_dir=data_dir)
    size = ("--width", str(warm["width"]), "--height", str(warm["height"]))
    run_child("reference", "startup", root, STARTUP_TIMEOUT_S, *size)
    app_ms: list[float] = []
    ref_ms: list[float] = []
    for _ in range(runs):
        r = run_child("app_child", "startup", root, STARTUP_TIMEOUT_S, data_dir=data_dir)
        app_ms.append((r["first_paint_s"] - r["t0"]) * 1000.0)
        r = run_child("reference", "startup", root, STARTUP_TIMEOUT_S, *size)
        ref_ms.append((r["first_paint_s"] - r["t0"]) * 1000.0)
    return app_ms, ref_ms, warm


def _animation_args(plan: Plan, width: int, height: int) -> list[str]:
    return [
        *("--width", str(width), "--height", str(height)),
        *("--seconds", str(plan.seconds), "--warmup-s", str(plan.warmup_s)),
    ]


def measure_animation(root: Path, plan: Plan, width: int, height: int) -> tuple[Result, Result]:
    timeout = plan.seconds + plan.warmup_s + 60.0
    common = _animation_args(plan, width, height)
    app = run_child("app_child", "animate", root, timeout, *common)
    interval = ("--interval-ms", str(app["interval_ms"]))
    ref = run_child("reference", "animate", root, timeout, *common, *interval)
    return app, ref


def measure_background(root: Path, plan: Plan, width: int, height: int) -> Result:
    """The same breathing session with the brown noise playing (to a null sink on CI) and
    the guide counting aloud (Qt's mock speech engine: the app's side of speaking)."""
    timeout = plan.seconds + plan.warmup_s + 60.0
    args = (*_animation_args(plan, width, height), "--background", "brown", "--speak", "count")
    return run_child("app_child", "animate", root, timeout, *args)


def measure_heart(root: Path, plan: Plan, width: int, height: int) -> Result:
    """The same breathing session with the heart curve beside the guide, fed by the demo
    recording replayed in real time (what a therapist shows with a chest strap)."""
    timeout = plan.seconds + plan.warmup_s + 60.0
    args = (*_animation_args(plan, width, height), "--heart", "demo")
    return run_child("app_child", "animate", root, timeout, *args)


def heart_row(app: Result, ref: Result, width: int, height: int) -> Row:
    """CPU with the heart curve, beside the reference; "no" if the curve was not shown."""
    row = _ratio_row(
        f"CPU, guide and heart curve, {width}×{height}",
        float(app["cpu_pct"]),
        float(ref["cpu_pct"]),
        "%",
        2.0,
        2,
    )
    return row if app.get("heart_shown") else replace(row, app=f"{row.app} (no curve)", ok="no")


def background_row(app: Result, ref: Result, width: int, height: int) -> Row:
    """CPU with the background sound, beside the reference; "no" if no sound streamed."""
    row = _ratio_row(
        f"CPU, session speaking, with background sound, {width}×{height}",
        float(app["cpu_pct"]),
        float(ref["cpu_pct"]),
        "%",
        2.0,
        2,
    )
    # 16-bit mono at 22 050 Hz streams 44 100 bytes a second; a silent run measured nothing.
    if app["background_bytes_per_s"] < 40_000:
        why = app["background_problem"] or "too little sound streamed"
        return replace(row, app=f"{row.app} (silent: {why})", ok="no")
    if app.get("spoken", 0) < 1:  # a word a second is said: none means the voice was not heard
        return replace(row, app=f"{row.app} (no words spoken)", ok="no")
    return row


# -- the table ----------------------------------------------------------------------------


def _ratio_row(
    measure: str, app: float, ref: float, unit: str, limit: float, digits: int = 1
) -> Row:
    ratio = app / ref if ref > 0 else float("inf")
    return Row(
        measure,
        f"{app:.{digits}f} {unit}",
        f"{ref:.{digits}f} {unit}",
        _ratio_text(ratio, limit),
        f"≤ {limit:g}× ref",
        "yes" if ratio <= limit else "no",
    )


def _ratio_text(ratio: float, limit: float) -> str:
    """Two decimals, or three when two would hide which side of the limit it is on."""
    text = f"{ratio:.2f}×"
    return f"{ratio:.3f}×" if text == f"{limit:.2f}×" and ratio != limit else text


def _limit_row(
    measure: str, app: float, ref: float, frame_ms: int, frames: float, mark: str = " *"
) -> Row:
    ratio = app / ref if ref > 0 else float("inf")
    limit = frames * frame_ms
    return Row(
        measure,
        f"{app:.1f} ms",
        f"{ref:.1f} ms",
        f"{ratio:.2f}×",
        f"≤ {frames:g} frame{'s' if frames != 1 else ''} ({limit:g} ms){mark}",
        "yes" if app <= limit else "no",
    )


def build_rows(
    startup: tuple[list[float], list[float]], runs: dict[tuple[int, int], tuple[Result, Result]]
) -> list[Row]:
    app_ms, ref_ms = startup
    # Each app start runs right beside a reference start, so a pair shares the machine's
    # mood; the median of the pairs' ratios is steadier than a ratio of two medians.
    paired = median([a / r for a, r in zip(app_ms, ref_ms, strict=True)])
    startup_row = _ratio_row(
        f"start-up to first paint (median of {len(app_ms)})",
        median(app_ms),
        median(ref_ms),
        "ms",
        1.5,
        0,
    )
    startup_row = replace(
        startup_row,
        ratio=_ratio_text(paired, 1.5) + " p",
        ok="yes" if paired <= 1.5 else "no",
    )
    rows = [startup_row]
    frame_ms = next(iter(runs.values()))[0]["interval_ms"]
    for (w, h), (app, ref) in runs.items():
        rows.append(
            _ratio_row(
                f"CPU animating, {w}×{h} (% of a core)", *_pair("cpu_pct", app, ref), "%", 2.0, 2
            )
        )
    for (w, h), (app, ref) in runs.items():
        rows.append(
            _limit_row(
                f"frame interval p50, {w}×{h}", *_pair("frame_p50_ms", app, ref), frame_ms, 1.1
            )
        )
        rows.append(
            _limit_row(
                f"frame interval p99, {w}×{h}", *_pair("frame_p99_ms", app, ref), frame_ms, 2
            )
        )
        rows.append(
            _limit_row(f"largest frame gap, {w}×{h}", *_pair("frame_max_ms", app, ref), frame_ms, 3)
        )
    for (w, h), (app, ref) in runs.items():
        rows.append(
            _limit_row(
                f"phase error (max), {w}×{h}", *_pair("lag_max_ms", app, ref), frame_ms, 1, ""
            )
        )
    checked = sum(app["checked"] for app, _ in runs.values())
    bad = sum(max(0, app["mismatches"]) for app, _ in runs.values())
    unknown = any(app["mismatches"] < 0 for app, _ in runs.values())
    rows.append(
        Row(
            "painted state = state_at(active_s)",
            f"{checked - bad}/{checked} paints",
            "n/a",
            "",
            "all paints",
            "yes" if not bad and not unknown and checked else "no",
        )
    )
    for (w, h), (app, ref) in runs.items():
        rows.append(_ratio_row(f"peak RSS, {w}×{h}", *_pair("rss_mb", app, ref), "MB", 1.5, 0))
    return rows


def _pair(key: str, app: Result, ref: Result) -> tuple[float, float]:
    return float(app[key]), float(ref[key])


def _history_row(measure: str, app: str, ref: str, ratio: str, target: str, ok: bool) -> Row:
    return Row(measure, app, ref, ratio, target, "yes" if ok else "no")


def format_table(rows: Sequence[Row]) -> str:
    header = Row("measure", "BreathApp", "reference", "ratio", "target", "ok")
    table = [header, *rows]
    cells = [(r.measure, r.app, r.ref, r.ratio, r.target, r.ok) for r in table]
    widths = [max(len(row[i]) for row in cells) for i in range(6)]
    lines = []
    for n, row in enumerate(cells):
        left = row[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(row[1:4], widths[1:4], strict=True)]
        tail = [row[4].ljust(widths[4]), row[5]]
        lines.append(" | ".join([left, *rest, *tail]).rstrip())
        if n == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def _parse(argv: Sequence[str] | None) -> Plan:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=(
            "Measure BreathApp beside a bare Qt window (offscreen, each run in its own "
            "process). Exit code 0: all targets met; 1: a target missed; 2: a run failed."
        ),
    )
    parser.add_argument(
        "--quick", action="store_true", help="a fast check: 3 s animation, 2 start-up runs"
    )
    parser.add_argument("--seconds", type=float, help="seconds of measured animation (20)")
    parser.add_argument("--runs", type=int, help="timed start-ups of each (9)")
    parser.add_argument(
        "--frozen",
        metavar="DIST",
        type=Path,
        help="also measure the frozen build in DIST (made by build_installer.py)",
    )
    args = parser.parse_args(argv)
    seconds = args.seconds or (3.0 if args.quick else 20.0)
    runs = args.runs or (2 if args.quick else 9)
    if seconds <= 0 or runs <= 0:
        parser.error("--seconds and --runs must be positive")
    return Plan(
        seconds=seconds,
        warmup_s=0.5 if args.quick else 1.0,
        startup_runs=runs,
        frozen=args.frozen,
    )


def main(argv: Sequence[str] | None = None) -> int:
    plan = _parse(argv)
    started = time.monotonic()
    print(
        f"BreathApp benchmarks: {plan.seconds:g} s animation per size after a "
        f"{plan.warmup_s:g} s warm-up, {plan.startup_runs} start-ups each; offscreen (raster)",
        flush=True,
    )
    runs: dict[tuple[int, int], tuple[Result, Result]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="breathapp-bench-") as tmp:
            root = Path(tmp)
            app_ms, ref_ms, first = measure_startup(root, plan.startup_runs)
            for width, height in SIZES:
                runs[(width, height)] = measure_animation(root, plan, width, height)
            with_sound = measure_background(root, plan, *SIZES[0])
            with_heart = measure_heart(root, plan, *SIZES[0])
            history_rows = measure_history(root, run_child, _history_row)
            if plan.frozen is not None:
                from benchmarks.frozen_bench import measure_frozen  # needs build_installer.py

                history_rows += measure_frozen(plan.frozen, _history_row)
    except (ChildError, RuntimeError) as error:  # RuntimeError: no usable frozen build
        print(error, file=sys.stderr)
        return EXIT_FAILED
    app0 = runs[SIZES[0]][0]
    print(
        f"Python {app0['python']}, PySide6 {app0['pyside6']}, Qt {app0['qt']}; "
        f"frame interval {app0['interval_ms']} ms (app and reference, precise QTimer)"
    )
    print()
    rows = build_rows((app_ms, ref_ms), runs)
    cpu_rows = sum(1 for row in rows if row.measure.startswith("CPU animating"))
    rows.insert(1 + cpu_rows, background_row(with_sound, runs[SIZES[0]][1], *SIZES[0]))
    rows.insert(2 + cpu_rows, heart_row(with_heart, runs[SIZES[0]][1], *SIZES[0]))
    rows += history_rows
    print(format_table(rows))
    print()
    print(
        f"start-up ms, app: {', '.join(f'{x:.0f}' for x in app_ms)}; "
        f"reference: {', '.join(f'{x:.0f}' for x in ref_ms)} "
        f"(app window {first['width']}×{first['height']}, an everyday start, store made)"
    )
    for (width, height), (app, ref) in runs.items():
        print(
            f"{width}×{height}: app {app['frames']} paints ({app['fps']:.1f}/s), guide canvas "
            f"{app['canvas_width']}×{app['canvas_height']}; reference {ref['frames']} paints "
            f"({ref['fps']:.1f}/s) at {ref['width']}×{ref['height']}"
        )
    print(
        f"background sound: {with_sound['background']} noise at "
        f"{with_sound['background_bytes_per_s'] / 1000:.1f} kB/s to the default sound device "
        f"(loop made in {with_sound.get('background_make_ms', 0.0):.0f} ms), "
        f"{with_sound.get('spoken', 0)} cues spoken by Qt's mock speech engine; reference: "
        f"the bare window animating at {SIZES[0][0]}×{SIZES[0][1]}, without sound"
    )
    print(
        "p: start-up ratio = median of the ratios of interleaved app/reference pairs.\n"
        "* the suite's own targets for frame timing (the brief sets none): the guide keeps "
        "display rate, drops no frames routinely and never hitches visibly."
    )
    print(
        "phase error: session active_s read right after the paint minus the active_s the "
        "painted state was taken at; reference: the same for its monotonic time."
    )
    print(
        "history: click to painted, pyqtgraph loaded in idle time as the app does (cold: "
        "opened before that, the import included); year: switching to the year view; "
        "export: the whole command in its own process."
    )
    print(f"took {time.monotonic() - started:.0f} s")
    return EXIT_OK if all(row.ok == "yes" for row in rows) else EXIT_MISSED


if __name__ == "__main__":
    sys.exit(main())
