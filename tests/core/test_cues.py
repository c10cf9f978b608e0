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
