# SPDX-License-Identifier: GPL-3.0-or-later
"""The eyes-closed tone rises with the inhale, falls with the exhale, and never clicks."""

import itertools
import math
from array import array

from breathapp.core.breath_tone import HIGH_HZ, LOW_HZ, ToneGenerator, tone_at


def test_pitch_and_loudness_follow_the_breath() -> None:
    low, quiet = tone_at(0.0)
    high, loud = tone_at(1.0)
    mid, _ = tone_at(0.5)
    assert (low, high) == (LOW_HZ, HIGH_HZ)
    assert low < mid < high and quiet < loud
    assert tone_at(-1.0) == tone_at(0.0) and tone_at(2.0) == tone_at(1.0)


def _samples(data: bytes) -> array:
    out = array("h")
    out.frombytes(data)
    return out


def test_blocks_join_without_a_click() -> None:
    gen = ToneGenerator()
    samples = _samples(gen.block(0.0, 441) + gen.block(0.2, 441) + gen.block(0.4, 441))
    # The biggest step between neighbours stays what a smooth low hum allows.
    biggest = max(abs(b - a) for a, b in itertools.pairwise(samples))
    assert biggest < 12000 * 2 * math.pi * HIGH_HZ / 22050 * 1.1


def test_the_tone_is_louder_with_full_lungs_and_the_user_volume_scales_it() -> None:
    full = max(_samples(ToneGenerator().block(1.0, 2205)))
    empty = max(_samples(ToneGenerator().block(0.0, 2205)))
    half = max(_samples(ToneGenerator().block(1.0, 2205, gain=0.5)))
    assert full > 3 * empty
    assert abs(half - full / 2) < full * 0.05


def test_the_hum_sounds_only_with_eyes_closed_while_breathing_and_never_muted() -> None:
    from breathapp.core.breath_tone import hum_gain

    assert hum_gain(True, False, 60, True) == 0.6
    assert hum_gain(True, False, 60, False) is None  # settling, paused, between steps
    assert hum_gain(False, False, 60, True) is None  # eyes-closed mode off
    assert hum_gain(True, True, 60, True) is None  # M: sound off
    assert hum_gain(True, False, 150, True) == 1.0  # a damaged volume stays in range
