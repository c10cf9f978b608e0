# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance pace test as values: its settings, each pace's window and measures, the result."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from breathapp.core.heart.beats import RrSeries

# Lehrer, Vaschillo and Shaffer's paces, from quicker to slower (breaths per minute).
DEFAULT_PACES_BPM = (6.5, 6.0, 5.5, 5.0, 4.5)
DEFAULT_STEP_S = 120.0  # about two minutes at each pace
DEFAULT_REST_S = 30.0  # breathing freely between two paces
DEFAULT_INHALE_SHARE = 0.4  # inhale 4 : exhale 6, kept at every pace; never a hold


@dataclass(frozen=True)
class ResonanceSettings:
    """How a test runs; the therapist may change the times and the paces."""

    paces_bpm: tuple[float, ...] = DEFAULT_PACES_BPM
    step_s: float = DEFAULT_STEP_S
    rest_s: float = DEFAULT_REST_S
    inhale_share: float = DEFAULT_INHALE_SHARE


@dataclass(frozen=True)
class PaceWindow:
    """When one pace was breathed, in seconds from the test's start."""

    rate_bpm: float
    start_s: float
    end_s: float


@dataclass(frozen=True)
class PaceResult:
    """What the heart did at one pace (None where too few clean beats to say)."""

    rate_bpm: float
    swing_bpm: float | None  # mean peak-to-trough heart rate per breath
    lf_power_ms2: float | None  # power of the RR series in 0.04-0.15 Hz
    lf_peak_hz: float | None  # where that band peaks
    in_step: float | None  # 0..1: how well the heart wave keeps in step with the breath
    beats: int  # clean beats in the window
    removed_share: float  # share of beats left out or corrected as artefacts, 0..1


@dataclass(frozen=True)
class ResonanceTest:
    """One test, as stored with the profile: its beats, its windows, its measures, the choice."""

    started_utc: datetime
    settings: ResonanceSettings
    windows: tuple[PaceWindow, ...]
    results: tuple[PaceResult, ...]
    rr: RrSeries  # times from the test's start
    suggested_bpm: float | None  # the pace with the largest swing and LF power
    chosen_bpm: float | None = None  # the therapist's choice; None until chosen
    completed: bool = True  # False: stopped before the last pace
    id: int | None = field(default=None, compare=False)  # the stored row, once stored
