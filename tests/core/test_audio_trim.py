# SPDX-License-Identifier: GPL-3.0-or-later
"""Trimming a take's silence, its meter level, and what is wrong with it: synthetic PCM."""

from __future__ import annotations

import math
import random
import struct

import pytest

from breathapp.core.audio_trim import (
    KEEP_AFTER_S,
    KEEP_BEFORE_S,
    PcmFormat,
    TakeProblem,
    judge,
    meter_level,
    sound_span,
    trim,
)

RATE = 8000
FMT = PcmFormat(RATE)


def pcm(values: list[int]) -> bytes:
    return struct.pack(f"<{len(values)}h", *values)


def silence(seconds: float) -> list[int]:
    return [0] * round(seconds * RATE)


def hiss(seconds: float, amplitude: int, seed: int = 1) -> list[int]:
    rng = random.Random(seed)
    return [rng.randint(-amplitude, amplitude) for _ in range(round(seconds * RATE))]


def tone(seconds: float, amplitude: float, hz: float = 220.0) -> list[int]:
    n = round(seconds * RATE)
    return [round(amplitude * math.sin(2 * math.pi * hz * i / RATE)) for i in range(n)]


def test_trim_keeps_150_ms_before_and_300_ms_after_the_sound() -> None:
    take = pcm(silence(1.0) + tone(1.0, 8000) + silence(2.0))
    trimmed = trim(take, FMT)
    assert FMT.seconds(trimmed) == pytest.approx(1.0 + KEEP_BEFORE_S + KEEP_AFTER_S, abs=0.011)
    # The sound starts 150 ms in: the kept lead-in is silent, the tone follows.
    lead = round(KEEP_BEFORE_S * RATE) * 2
    assert set(trimmed[: lead - 20 * 2]) == {0}
    assert trimmed[lead : lead + 400] == take[RATE * 2 : RATE * 2 + 400]


def test_a_take_with_sound_at_its_very_edges_is_kept_whole() -> None:
    take = pcm(tone(0.5, 8000))
    assert trim(take, FMT) == take


def test_the_threshold_follows_the_recordings_own_level() -> None:
    """A loud voice over a room whose hum (-43 dB) is above the floor but 37 dB under it."""
    voice = tone(1.0, 20000)
    take = pcm(hiss(1.0, 400) + voice + hiss(1.0, 400, seed=2))
    assert FMT.seconds(trim(take, FMT)) == pytest.approx(1.45, abs=0.011)


def test_hum_under_the_absolute_floor_is_silence() -> None:
    take = pcm(hiss(2.0, 60))  # about -58 dB: no voice at all
    assert sound_span(take, FMT) is None
    assert trim(take, FMT) == b""
    assert judge(trim(take, FMT), FMT) is TakeProblem.SILENT


def test_digital_silence_and_nothing_are_silent() -> None:
    assert judge(trim(pcm(silence(1.0)), FMT), FMT) is TakeProblem.SILENT
    assert judge(trim(b"", FMT), FMT) is TakeProblem.SILENT


def test_trim_keeps_whole_frames_of_a_stereo_take() -> None:
    stereo = PcmFormat(RATE, 2)
    mono = silence(0.5) + tone(0.5, 8000) + silence(1.0)
    take = pcm([v for v in mono for _ in (0, 1)])
    trimmed = trim(take, stereo)
    assert len(trimmed) % stereo.frame_bytes == 0
    assert stereo.seconds(trimmed) == pytest.approx(0.95, abs=0.011)


def test_a_clipped_take_says_so() -> None:
    loud = [max(-32768, min(32767, v)) for v in tone(1.0, 60000)]
    assert judge(trim(pcm(loud), FMT), FMT) is TakeProblem.CLIPPED
    assert judge(trim(pcm(tone(1.0, 30000)), FMT), FMT) is None


def test_too_short_and_too_long_takes() -> None:
    assert judge(pcm(tone(0.2, 8000)), FMT) is TakeProblem.TOO_SHORT
    assert judge(pcm(tone(3.0, 8000)), FMT, longest_s=2.5) is TakeProblem.TOO_LONG
    assert judge(pcm(tone(2.0, 8000)), FMT, longest_s=2.5) is None


def test_meter_level_maps_minus_60_to_0_db_onto_0_to_1() -> None:
    assert meter_level(pcm(silence(0.05))) == 0.0
    assert meter_level(b"") == 0.0
    full = meter_level(pcm([32767, -32767] * 400))
    assert full == pytest.approx(1.0, abs=0.001)
    # A sine at -20 dB peak is -23 dB RMS: (60 - 23) / 60 of the meter.
    assert meter_level(pcm(tone(0.05, 3277))) == pytest.approx(37 / 60, abs=0.01)
    assert meter_level(pcm(hiss(0.05, 20))) == 0.0
