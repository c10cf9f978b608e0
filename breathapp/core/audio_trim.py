# SPDX-License-Identifier: GPL-3.0-or-later
"""A recorded take in 16-bit PCM: its level for a meter, its silence trimmed, what is wrong."""

from __future__ import annotations

import math
import sys
from array import array
from enum import Enum
from typing import NamedTuple

SAMPLE_BYTES = 2  # signed 16-bit, little-endian (what Qt's Int16 sample format gives)
FULL_SCALE = 32768.0
WINDOW_S = 0.010  # the level is judged in windows of 10 ms
# A window counts as sound when it is within 30 dB of the take's loudest window, and at
# least 50 dB above silence: quiet breathing and room hum stay out, a soft voice stays in.
RELATIVE_DB = -30.0
FLOOR_DB = -50.0
KEEP_BEFORE_S = 0.150  # the breath before the first word
KEEP_AFTER_S = 0.300  # the fading end of the last word
# The meter shows -60 dB (nothing) .. 0 dB (full scale).
METER_FLOOR_DB = -60.0
# A take is clipped when this share of its samples (or more) sits at full scale.
CLIPPED_SHARE = 0.001
_CLIP_AT = 32760
SHORTEST_S = 0.3  # a recording is 0.3 .. 60 s (voice pack manifest)
LONGEST_S = 60.0


class PcmFormat(NamedTuple):
    sample_rate: int
    channels: int = 1

    @property
    def frame_bytes(self) -> int:
        return SAMPLE_BYTES * self.channels

    def seconds(self, pcm: bytes) -> float:
        return len(pcm) / (self.frame_bytes * self.sample_rate)


class TakeProblem(Enum):
    """What is wrong with a take (the screen says it in words)."""

    SILENT = "silent"  # nothing above the floor: the microphone heard no voice
    CLIPPED = "clipped"  # too loud: parts were cut off at full scale
    TOO_SHORT = "too_short"  # under SHORTEST_S once trimmed
    TOO_LONG = "too_long"  # longer than the step allows once trimmed


def samples(pcm: bytes) -> array[int]:
    """The signed 16-bit samples of ``pcm`` (an odd last byte is dropped)."""
    values = array("h")
    values.frombytes(pcm[: len(pcm) - len(pcm) % SAMPLE_BYTES])
    if sys.byteorder == "big":
        values.byteswap()
    return values


def rms_db(values: array[int] | list[int]) -> float:
    """The RMS level of ``values`` in dB below full scale (-inf for silence or nothing)."""
    if not values:
        return -math.inf
    power = sum(v * v for v in values) / len(values)
    if power <= 0:
        return -math.inf
    return 10.0 * math.log10(power / (FULL_SCALE * FULL_SCALE))


def meter_level(pcm: bytes) -> float:
    """0..1 for a level meter: the block's RMS in dB, -60 dB and below as 0, 0 dB as 1."""
    db = rms_db(samples(pcm))
    if db == -math.inf:
        return 0.0
    return min(1.0, max(0.0, (db - METER_FLOOR_DB) / -METER_FLOOR_DB))


def _window_levels(values: array[int], window: int) -> list[float]:
    return [rms_db(values[i : i + window]) for i in range(0, len(values), window)]


def sound_span(pcm: bytes, fmt: PcmFormat) -> tuple[int, int] | None:
    """The first and last byte (end exclusive) of sound, whole windows; None if silent."""
    values = samples(pcm)
    window = max(1, round(WINDOW_S * fmt.sample_rate)) * fmt.channels
    levels = _window_levels(values, window)
    if not levels:
        return None
    threshold = max(max(levels) + RELATIVE_DB, FLOOR_DB)
    loud = [i for i, db in enumerate(levels) if db >= threshold]
    if not loud:
        return None
    start = loud[0] * window * SAMPLE_BYTES
    end = min(len(values), (loud[-1] + 1) * window) * SAMPLE_BYTES
    return start, end


def trim(pcm: bytes, fmt: PcmFormat) -> bytes:
    """``pcm`` without the silence at both ends, keeping 150 ms before and 300 ms after.

    A silent take comes back empty.
    """
    span = sound_span(pcm, fmt)
    if span is None:
        return b""
    before = round(KEEP_BEFORE_S * fmt.sample_rate) * fmt.frame_bytes
    after = round(KEEP_AFTER_S * fmt.sample_rate) * fmt.frame_bytes
    usable = len(pcm) - len(pcm) % fmt.frame_bytes
    start = max(0, span[0] - before)
    end = min(usable, span[1] + after)
    return pcm[start:end]


def clipped(pcm: bytes) -> bool:
    """True when the take was too loud: enough samples at full scale to be heard."""
    values = samples(pcm)
    if not values:
        return False
    at_full = sum(1 for v in values if v >= _CLIP_AT or v <= -_CLIP_AT)
    return at_full >= max(3, CLIPPED_SHARE * len(values))


def judge(trimmed: bytes, fmt: PcmFormat, longest_s: float = LONGEST_S) -> TakeProblem | None:
    """What is wrong with a trimmed take, the worst first; None for a good take."""
    if not trimmed:
        return TakeProblem.SILENT
    seconds = fmt.seconds(trimmed)
    if seconds < SHORTEST_S:
        return TakeProblem.TOO_SHORT
    if seconds > longest_s:
        return TakeProblem.TOO_LONG
    if clipped(trimmed):
        return TakeProblem.CLIPPED
    return None
