# SPDX-License-Identifier: GPL-3.0-or-later
"""Missed, extra and stray beats are split, merged or left out before anything is measured."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breathapp.core.heart.artefacts import ARTEFACT_SHARE, Cleaned, clean
from breathapp.core.heart.beats import RR_MAX_MS, RR_MIN_MS, Beat
from tests.builders.heart_numbers import beats_of, wave_beats

STEADY = [800.0, 820.0, 810.0, 790.0, 805.0, 815.0, 800.0, 795.0, 810.0, 800.0, 820.0, 790.0]


def test_clean_beats_pass_untouched() -> None:
    beats = wave_beats(60, amplitude_ms=90)  # a big breathing wave is no artefact
    assert clean(beats) == Cleaned(tuple(beats), removed=0, corrected=0, total=len(beats))


def test_a_missed_beat_is_split_in_two_halves() -> None:
    rr = [*STEADY[:6], 1620.0, *STEADY[6:]]
    cleaned = clean(beats_of(rr))
    assert [b.rr_ms for b in cleaned.beats] == [*STEADY[:6], 810.0, 810.0, *STEADY[6:]]
    # the new beat falls in the middle of the long interval; the times stay the beats' own
    before, inserted, after = cleaned.beats[5:8]
    assert inserted.t_s == pytest.approx(before.t_s + 0.810)
    assert after.t_s == pytest.approx(before.t_s + 1.620)
    assert (cleaned.removed, cleaned.corrected, cleaned.total) == (0, 1, len(rr))
    assert cleaned.removed_share == pytest.approx(1 / len(rr))


@pytest.mark.parametrize("cut", [0.35, 0.6, 0.82])
def test_an_extra_beat_is_merged_with_the_right_neighbour(cut: float) -> None:
    # An extra beat cuts one interval in two: short-long, long-short or nearly even.
    rr = [*STEADY[:6], 800 * cut, 800 * (1 - cut), *STEADY[6:]]
    cleaned = clean(beats_of(rr))
    assert [b.rr_ms for b in cleaned.beats] == pytest.approx([*STEADY[:6], 800.0, *STEADY[6:]])
    assert cleaned.beats[6].t_s == pytest.approx(beats_of(rr)[7].t_s)
    assert (cleaned.removed, cleaned.corrected) == (0, 2)


def test_a_premature_beat_and_its_pause_are_left_out() -> None:
    rr = [*STEADY[:6], 560.0, 1050.0, *STEADY[6:]]
    cleaned = clean(beats_of(rr))
    assert [b.rr_ms for b in cleaned.beats] == STEADY
    assert (cleaned.removed, cleaned.corrected, cleaned.total) == (2, 0, len(rr))


def test_no_interval_outside_the_plausible_range_is_kept() -> None:
    # Too long: left out. Too short and no neighbour to make a whole beat with: left out.
    rr = [*STEADY[:4], 240.0, *STEADY[4:], 3000.0]
    cleaned = clean(beats_of(rr))
    assert [b.rr_ms for b in cleaned.beats] == STEADY
    assert cleaned.removed == 2
    # Too short, but the other half of a beat counted twice: merged (the 0.82 cut above).
    assert clean(beats_of([*STEADY[:4], 660.0, 140.0, *STEADY[4:]])).beats[4].rr_ms == 800.0


def test_the_threshold_is_a_share_of_the_local_median() -> None:
    just_in = 800 * (1 + ARTEFACT_SHARE) - 1
    just_out = 800 * (1 + ARTEFACT_SHARE) + 1
    flat = [800.0] * 12
    assert clean(beats_of([*flat[:6], just_in, *flat[6:]])).removed == 0
    assert clean(beats_of([*flat[:6], just_out, *flat[6:]])).removed == 1
    # the median is local: a slow stretch after a quick one is no artefact
    assert clean(beats_of([600.0] * 20 + [1000.0] * 20)).removed == 0


def test_nothing_given_nothing_removed() -> None:
    empty = clean([])
    assert empty == Cleaned((), 0, 0, 0)
    assert empty.removed_share == 0.0
    one = [Beat(1.0, 900.0)]
    assert clean(one).beats == tuple(one)


@given(st.lists(st.floats(min_value=50, max_value=4000), max_size=80))
def test_whatever_comes_in_only_plausible_beats_come_out_in_order(rr: list[float]) -> None:
    cleaned = clean(beats_of(rr))
    assert all(RR_MIN_MS <= b.rr_ms <= RR_MAX_MS for b in cleaned.beats)
    assert all(a.t_s < b.t_s for a, b in itertools.pairwise(cleaned.beats))
    assert cleaned.total == len(rr)
    assert 0 <= cleaned.removed_share <= 1
    # every beat kept or split ends where a beat given ended, or halfway through one
    ends = {round(b.t_s, 9) for b in beats_of(rr)}
    halves = {round(b.t_s - b.rr_ms / 1000, 9) for b in cleaned.beats}
    assert all(round(b.t_s, 9) in ends or round(b.t_s, 9) in halves for b in cleaned.beats)
