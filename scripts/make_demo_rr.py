# SPDX-License-Identifier: GPL-3.0-or-later
"""Synthesises the demo recording assets/heart/demo-resonance.rr (run once; the file is committed).

Not a real person: a breathing model, so there is no licence or privacy question. The
heart rate is a slow mean (about 68 beats a minute, drifting a little) plus a wave in step
with the breath (respiratory sinus arrhythmia) whose peak-to-trough size follows a
resonance curve over the breathing frequency, largest at 5.5 breaths a minute. Each beat's
interval is 60 000 / heart rate at the beat before it, plus a little noise. Timeline:
a minute of free breathing, then the resonance test with the app's default settings
(6.5, 6.0, 5.5, 5.0 and 4.5 breaths a minute, 2 minutes each, 30 s of free breathing
between), then free breathing to 16 minutes. Four artefacts are planted: two missed beats,
an extra beat and a premature beat with its pause. Standard library only (``random`` with
a fixed seed), so the file comes out the same wherever it is made; a test checks that.

    python scripts/make_demo_rr.py
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

from breathapp.core.heart.resonance import DEFAULT_PACES_BPM, DEFAULT_REST_S, DEFAULT_STEP_S

OUT = Path(__file__).resolve().parent.parent / "assets" / "heart" / "demo-resonance.rr"

SEED = 17
LEAD_IN_S = 60.0  # free breathing before the test starts
TOTAL_S = 960.0  # 16 minutes
MEAN_HR_BPM = 68.0
DRIFT_BPM = 2.0  # the mean wanders this much, slowly (period DRIFT_PERIOD_S)
DRIFT_PERIOD_S = 230.0
RESONANCE_BPM = 5.5  # the breathing rate where the heart's wave is largest
PEAK_SWING_BPM = 14.0  # peak-to-trough heart rate at that rate
SHARPNESS = 4.0  # the resonance curve's quality factor: how quickly the wave shrinks off it
FREE_RATE_BPM = 13.0  # free breathing: about this rate, each breath a little different
FREE_SWING_BPM = 4.5
NOISE_MS = 12.0  # beat-to-beat noise on each interval (standard deviation)
HR_PEAK_PHASE = 0.45  # the heart rate peaks just after the breath in ends (inhale 0.4)


def swing_at(rate_bpm: float) -> float:
    """Peak-to-trough heart rate (beats a minute) of the wave at a breathing rate."""
    x = rate_bpm / RESONANCE_BPM
    return PEAK_SWING_BPM / math.sqrt(1 + SHARPNESS**2 * (x - 1 / x) ** 2)


def paced_windows() -> list[tuple[float, float, float]]:
    """(rate in breaths a minute, start s, end s) of each pace, from the recording's start."""
    out = []
    start = LEAD_IN_S
    for rate in DEFAULT_PACES_BPM:
        out.append((rate, start, start + DEFAULT_STEP_S))
        start += DEFAULT_STEP_S + DEFAULT_REST_S
    return out


def _free_breath_starts(rng: random.Random) -> list[float]:
    starts = [0.0]
    while starts[-1] < TOTAL_S:
        starts.append(starts[-1] + rng.gauss(60 / FREE_RATE_BPM, 0.5))
    return starts


def _breath(t: float, free_starts: list[float]) -> tuple[float, float]:
    """(phase 0..1 in the breath, the wave's peak-to-trough in beats a minute) at ``t``."""
    for rate, start, end in paced_windows():
        if start <= t < end:
            period = 60 / rate
            return ((t - start) % period) / period, swing_at(rate)
    k = max(i for i, s in enumerate(free_starts) if s <= t)
    return (t - free_starts[k]) / (free_starts[k + 1] - free_starts[k]), FREE_SWING_BPM


def _plant_artefacts(rr: list[float], t_end: list[float]) -> None:
    """Two missed beats, an extra beat, a premature beat and its pause, in place."""

    def at(t: float) -> int:
        return next(i for i, e in enumerate(t_end) if e >= t)

    windows = paced_windows()
    premature = at(windows[3][1] + 47)  # in the 5.0 pace: short, then a long pause
    rr[premature], rr[premature + 1] = 0.7 * rr[premature], rr[premature + 1] + 0.3 * rr[premature]
    missed = at(windows[2][1] + 61)  # in the 5.5 pace: two intervals read as one
    rr[missed : missed + 2] = [rr[missed] + rr[missed + 1]]
    extra = at(windows[1][1] + 33)  # in the 6.0 pace: one interval cut in two
    rr[extra : extra + 1] = [0.4 * rr[extra], 0.6 * rr[extra]]
    missed = at(30.0)  # in the first minute
    rr[missed : missed + 2] = [rr[missed] + rr[missed + 1]]


def demo_rr_ms() -> list[int]:
    """The recording: one interval in whole milliseconds per beat."""
    rng = random.Random(SEED)
    free_starts = _free_breath_starts(rng)
    rr: list[float] = []
    t_end: list[float] = []
    t = 0.0
    while t < TOTAL_S:
        phase, swing = _breath(t, free_starts)
        mean = MEAN_HR_BPM + DRIFT_BPM * math.sin(2 * math.pi * t / DRIFT_PERIOD_S)
        hr = mean + swing / 2 * math.cos(2 * math.pi * (phase - HR_PEAK_PHASE))
        interval = 60_000 / hr + rng.gauss(0, NOISE_MS)
        t += interval / 1000
        rr.append(interval)
        t_end.append(t)
    _plant_artefacts(rr, t_end)
    return [round(x) for x in rr]


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(f"{ms}\n" for ms in demo_rr_ms()), encoding="ascii", newline="\n")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
