# SPDX-License-Identifier: GPL-3.0-or-later
"""Synthetic takes for the voice recorder's tests: silence and a tone as 16-bit PCM."""

from __future__ import annotations

import math
import struct

RATE = 8000  # what FakeAudioDevice records at


def silence_pcm(seconds: float, rate: int = RATE) -> bytes:
    return b"\0\0" * round(seconds * rate)


def tone_pcm(seconds: float, amplitude: float = 8000, rate: int = RATE) -> bytes:
    n = round(seconds * rate)
    values = [round(amplitude * math.sin(2 * math.pi * 220 * i / rate)) for i in range(n)]
    return struct.pack(f"<{n}h", *values)
