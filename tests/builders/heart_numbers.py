# SPDX-License-Identifier: GPL-3.0-or-later
"""Beats with known numbers for the heart's measures: steady, a wave at a pace, the demo file."""

from __future__ import annotations

import importlib.util
import itertools
import math
import random
from pathlib import Path
from types import ModuleType

from breathapp.core.heart.beats import Beat

ROOT = Path(__file__).resolve().parents[2]
DEMO_RR = ROOT / "assets" / "heart" / "demo-resonance.rr"


def beats_of(rr_ms: list[float], start_s: float = 0.0) -> list[Beat]:
    """Beats back to back: each one's time is the sum of the intervals so far."""
    ends = itertools.accumulate(rr_ms)
    return [Beat(start_s + end / 1000, float(rr)) for end, rr in zip(ends, rr_ms, strict=True)]


def wave_beats(
    seconds: float,
    rate_bpm: float = 6.0,
    mean_ms: float = 900.0,
    amplitude_ms: float = 80.0,
    noise_ms: float = 0.0,
    seed: int = 1,
    start_s: float = 0.0,
) -> list[Beat]:
    """Intervals following a sine wave at a breathing rate (breaths a minute), for ``seconds``."""
    rng = random.Random(seed)
    rr: list[float] = []
    t = 0.0
    while t < seconds:
        value = mean_ms + amplitude_ms * math.sin(2 * math.pi * rate_bpm / 60 * t)
        value = round(value + rng.gauss(0, noise_ms)) if noise_ms else value
        rr.append(value)
        t += value / 1000
    return beats_of(rr, start_s)


def demo_script() -> ModuleType:
    """scripts/make_demo_rr.py, loaded as a module (it writes nothing until ``main()``)."""
    spec = importlib.util.spec_from_file_location("make_demo_rr", ROOT / "scripts/make_demo_rr.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def demo_rr_ms() -> list[int]:
    """The committed demo recording's intervals (ms)."""
    return [int(line) for line in DEMO_RR.read_text(encoding="ascii").splitlines()]
