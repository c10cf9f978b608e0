# SPDX-License-Identifier: GPL-3.0-or-later
"""Live pace changes through the session controller, on a hand-driven clock."""

from __future__ import annotations

import itertools

import pytest

from breathapp.core.cues import Cue
from breathapp.core.live_pace import PaceStep
from breathapp.core.pacer import PacerState
from breathapp.core.patterns import Phase, preset
from breathapp.core.session import Length, SessionState
from tests.builders.controllers import CALM, SessionRig, calm_plan

FRAME_S = 1 / 60


def _states(rig: SessionRig, seconds: float) -> list[PacerState]:
    out: list[PacerState] = []
    t = 0.0
    while t < seconds - 1e-9:
        rig.run(FRAME_S)
        t += FRAME_S
        state = rig.c.pacer_state()
        if state is not None:
            out.append(state)
    return out


def test_a_faster_step_eases_in_without_a_jump_in_the_breath() -> None:
    rig = SessionRig()
    changes: list[object] = []
    rig.c.pace_changed.connect(changes.append)
    rig.c.start(calm_plan(Length.minutes(5), settle_s=0))
    rig.run(5.0)
    new = rig.c.step_pace(PaceStep.FASTER)
    assert new is not None and new.rate_bpm == pytest.approx(6.5, abs=1e-3)
    assert changes == [new]
    states = _states(rig, 40.0)
    # A frame of breathing moves the volume at most pi/2 per second of the shortest phase.
    limit = 3.1416 / 2 / new.inhale_s * FRAME_S + 1e-6
    for a, b in itertools.pairwise(states):
        assert abs(a.volume - b.volume) <= limit
    assert states[-1].rate_bpm == pytest.approx(6.5, abs=1e-3)


def test_steps_stop_at_the_limits() -> None:
    rig = SessionRig()
    rig.c.start(calm_plan(Length.minutes(30), settle_s=0))
    rig.run(1.0)
    accepted = 0
    while rig.c.step_pace(PaceStep.SLOWER) is not None:
        accepted += 1
    assert accepted == 6  # 6 -> 3 breaths per minute
    heading = rig.c.heading_to()
    assert heading is not None and heading.rate_bpm == pytest.approx(3.0, abs=1e-3)
    assert rig.c.step_pace(PaceStep.SLOWER) is None


def test_no_change_before_a_session_or_after_it() -> None:
    rig = SessionRig()
    assert rig.c.step_pace(PaceStep.FASTER) is None
    assert not rig.c.change_pace(CALM)
    rig.c.start(calm_plan(Length.breaths(1), settle_s=0))
    rig.run(11.0)
    assert rig.c.state is SessionState.FINISHED
    assert rig.c.step_pace(PaceStep.FASTER) is None


def test_cues_still_follow_the_phases_after_a_change() -> None:
    rig = SessionRig()
    cues: list[tuple[float, Cue]] = []
    rig.c.cue.connect(lambda cue: cues.append((rig.c.session.active_s(), cue)))  # type: ignore[union-attr]
    rig.c.start(calm_plan(Length.minutes(5), settle_s=0))
    rig.run(1.0)
    box = preset("box").pattern
    assert rig.c.change_pace(box)
    rig.run(30.0)
    kinds = [c for _, c in cues]
    # 4-0-6-0 until the lungs are full at 4 s, then box takes over at its exhale.
    assert kinds[:6] == [Cue.INHALE, Cue.EXHALE, Cue.HOLD, Cue.INHALE, Cue.HOLD, Cue.EXHALE]
    session = rig.c.session
    assert session is not None
    for active, cue in cues:
        state = session.pace.state_at(active)
        expected = {Cue.INHALE: Phase.INHALE, Cue.EXHALE: Phase.EXHALE}.get(cue)
        if expected is not None:
            assert state.phase is expected
            assert state.phase_elapsed_s <= FRAME_S + 1e-6


def test_the_record_lists_what_was_shown() -> None:
    rig = SessionRig()
    rig.c.start(calm_plan(Length.minutes(5), settle_s=0))
    rig.run(5.0)
    new = rig.c.step_pace(PaceStep.FASTER)
    assert new is not None
    rig.run(65.0)
    rig.c.stop()
    record = rig.store.rows[1]
    assert [s.pattern for s in record.shown] == [CALM, new]
    assert [round(s.seconds) for s in record.shown] == [10, 60]
    assert record.pattern_text == "4-0-6-0"  # what the session began with


def test_a_session_length_in_breaths_ends_after_whole_breaths_at_the_new_pace() -> None:
    rig = SessionRig()
    rig.c.start(calm_plan(Length.breaths(3), settle_s=0))
    rig.run(1.0)
    fast = rig.c.step_pace(PaceStep.FASTER)
    assert fast is not None
    rig.run(40.0)
    assert rig.c.state is SessionState.FINISHED
    assert rig.ended and rig.store.rows[1].breaths == 3


def test_an_ordinary_session_records_nothing_shown() -> None:
    rig = SessionRig()
    rig.c.start(calm_plan(Length.breaths(1), settle_s=0))
    rig.run(11.0)
    assert rig.store.rows[1].shown == ()
