# SPDX-License-Identifier: GPL-3.0-or-later
"""Cues follow the phases of the breath, once per phase."""

from breathapp.core.cues import Cue, cue_between
from breathapp.core.pacer import state_at
from breathapp.core.patterns import preset


def _cues(pattern_id: str, seconds: float, frame_s: float = 1 / 60) -> list[tuple[float, Cue]]:
    pattern = preset(pattern_id).pattern
    out: list[tuple[float, Cue]] = []
    before = None
    t = 0.0
    while t < seconds:
        now = state_at(pattern, t)
        cue = cue_between(before, now)
        if cue is not None:
            out.append((t, cue))
        before = now
        t += frame_s
    return out


def test_calm_gives_rising_then_falling_at_each_phase_start() -> None:
    cues = _cues("calm", 20.0)
    assert [c for _, c in cues] == [Cue.INHALE, Cue.EXHALE, Cue.INHALE, Cue.EXHALE]
    starts = [0.0, 4.0, 10.0, 14.0]
    for (t, _), start in zip(cues, starts, strict=True):
        assert start <= t < start + 1 / 60 + 1e-9  # never more than one frame late


def test_box_ticks_for_both_holds() -> None:
    assert [c for _, c in _cues("box", 16.0)] == [Cue.INHALE, Cue.HOLD, Cue.EXHALE, Cue.HOLD]


def test_the_sigh_top_up_has_no_cue_of_its_own() -> None:
    assert [c for _, c in _cues("sigh", 9.0)] == [Cue.INHALE, Cue.EXHALE]


def test_the_soft_count_says_each_whole_second_of_a_phase_on_time() -> None:
    from breathapp.core.cues import count_between

    pattern = preset("calm").pattern  # 4 in, 6 out
    frame_s = 1 / 60
    counts: list[tuple[float, int]] = []
    before = None
    for i in range(600):
        t = i * frame_s
        now = state_at(pattern, t)
        n = count_between(before, now)
        if n is not None:
            counts.append((t, n))
        before = now
    assert [n for _, n in counts] == [2, 3, 4, 2, 3, 4, 5, 6]
    starts = [1.0, 2.0, 3.0, 5.0, 6.0, 7.0, 8.0, 9.0]
    for (t, _), start in zip(counts, starts, strict=True):
        assert start <= t < start + frame_s + 1e-9  # never more than one frame late


def test_no_count_too_close_to_the_next_phase() -> None:
    from breathapp.core.cues import count_between

    pattern = preset("coherent-5.5").pattern  # phases of about 5.45 s
    said = []
    before = None
    for i in range(11 * 60):
        now = state_at(pattern, i / 60)
        n = count_between(before, now)
        if n is not None:
            said.append((now.phase_remaining_s, n))
        before = now
    assert said and all(left >= 0.6 for left, _ in said)
    assert max(n for _, n in said) == 5  # "6" would fall 0.45 s before the breath turns
