# SPDX-License-Identifier: GPL-3.0-or-later
"""The eyes-closed tone: a soft hum whose pitch and loudness follow the breath."""

from __future__ import annotations

import math

SAMPLE_RATE_HZ = 22050
LOW_HZ = 196.0  # G3 with empty lungs
HIGH_HZ = 294.0  # D4 with full lungs: a calm fifth above
QUIET = 0.12  # loudness with empty lungs, so the tone never quite disappears
LOUD = 0.45
PEAK = 12000  # of 32767: soft, with room to spare


def hum_gain(eyes_closed: bool, muted: bool, volume_percent: int, breathing: bool) -> float | None:
    """How loud the eyes-closed hum is now (0..1); None: no hum.

    It hums only in eyes-closed mode, only while a guide breathes, and never when sound is off.
    """
    if not (eyes_closed and breathing) or muted:
        return None
    return max(0, min(100, volume_percent)) / 100


def tone_at(volume: float) -> tuple[float, float]:
    """Pitch (Hz) and loudness (0..1) for a breath volume (0 empty .. 1 full)."""
    v = min(1.0, max(0.0, volume))
    return LOW_HZ * (HIGH_HZ / LOW_HZ) ** v, QUIET + (LOUD - QUIET) * v


class ToneGenerator:
    """Makes 16-bit mono samples; the phase carries over, so the hum never clicks.

    Pitch and loudness glide from the last block's values to this block's, so a
    block of 20 ms is never a step.
    """

    def __init__(self, sample_rate_hz: int = SAMPLE_RATE_HZ) -> None:
        self.sample_rate_hz = sample_rate_hz
        self._phase = 0.0
        self._last: tuple[float, float] | None = None

    def block(self, volume: float, samples: int, gain: float = 1.0) -> bytes:
        """``samples`` samples for the breath at ``volume``; ``gain`` is the user's volume."""
        from array import array  # only eyes-closed mode needs it: off the start-up path

        freq, loud = tone_at(volume)
        freq0, loud0 = self._last or (freq, loud)
        self._last = (freq, loud)
        out = array("h")
        two_pi = 2.0 * math.pi
        step = 1.0 / max(1, samples)
        phase = self._phase
        for i in range(samples):
            x = i * step
            f = freq0 + (freq - freq0) * x
            level = (loud0 + (loud - loud0) * x) * gain
            phase += two_pi * f / self.sample_rate_hz
            out.append(int(PEAK * level * math.sin(phase)))
        self._phase = phase % two_pi
        return out.tobytes()
