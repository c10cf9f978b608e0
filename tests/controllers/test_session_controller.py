# SPDX-License-Identifier: GPL-3.0-or-later
"""The session controller on a hand-driven clock and hand-fired timers."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from breathapp.controllers.safety_gate import SafetyGate
from breathapp.controllers.session_controller import (
    SessionController,
)
from breathapp.core.checkin import Ratings
from breathapp.core.clock import ManualClock
from breathapp.core.pacer import state_at
from breathapp.core.patterns import Phase, preset
from breathapp.core.profiles import Profile
from breathapp.core.safety import FirstMonthError, HoldsNotAllowedError, LengthCapped
from breathapp.core.session import Length, SessionPlan, SessionState, SessionStatus
from tests.builders.controllers import CALM, SessionRig, calm_plan
from tests.fakes import FakeTimer, FixedProfile, MemoryStore, make_gate


def test_start_writes_the_session_at_once_and_starts_the_timers() -> None:
    rig = SessionRig()
    rig.c.start(calm_plan(Length.minutes(5)))
    assert rig.store.rows[1].status is SessionStatus.RUNNING
    assert rig.frame.active and rig.checkpoint.active
    assert rig.states == [SessionState.SETTLING]
    assert rig.readouts[-1].settle_left_s == 3


def test_settle_in_counts_three_two_one_then_breathes() -> None:
    rig = SessionRig()
    rig.c.start(calm_plan(Length.minutes(5)))
    rig.run(3.5)
    counts = [r.settle_left_s for r in rig.readouts if r.state is SessionState.SETTLING]
    assert counts == [3, 2, 1]
    assert rig.c.state is SessionState.RUNNING
    assert rig.readouts[-1].phase is Phase.INHALE


def test_the_painted_state_comes_from_the_clock_not_from_ticks() -> None:
    rig = SessionRig()
    rig.c.start(calm_plan(Length.minutes(5), settle_s=0))
    rig.run(2.0)
    # Frames are lost (a busy machine): the clock moves on without ticks.
    rig.clock.advance(3.3)
    state = rig.c.pacer_state()
    active = rig.c.session.active_s()  # type: ignore[union-attr]
    assert active == pytest.approx(5.3)
    assert state == state_at(CALM, active)
    assert state is not None and state.phase is Phase.EXHALE


def test_text_is_emitted_only_when_a_whole_number_changes() -> None:
    rig = SessionRig()
    rig.c.start(calm_plan(Length.minutes(5), settle_s=0))
    rig.run(10.0)
    assert rig.frames >= 599
    # 10 s of breathing: about one readout per second (phase countdown, elapsed, remaining)
    assert 10 <= len(rig.readouts) <= 25


def test_checkpoints_at_least_every_ten_seconds() -> None:
    rig = SessionRig()
    rig.c.start(calm_plan(Length.minutes(5), settle_s=0))
    rig.run(31.0)
    saved = [active for _id, active in rig.store.checkpoints]
    assert len(saved) >= 6
    assert saved[-1] == pytest.approx(30, abs=0.1)
    gaps = [b - a for a, b in zip([0.0, *saved], saved, strict=False)]
    assert max(gaps) <= 10


def test_pause_stops_the_frames_and_saves() -> None:
    rig = SessionRig()
    rig.c.start(calm_plan(Length.minutes(5), settle_s=0))
    rig.run(7)
    rig.c.toggle_pause()
    assert rig.c.state is SessionState.PAUSED
    assert not rig.frame.active
    assert rig.store.checkpoints[-1][1] == pytest.approx(7)
    rig.clock.advance(100)
    rig.c.toggle_pause()
    assert rig.frame.active
    assert rig.c.session.active_s() == pytest.approx(7)  # type: ignore[union-attr]


def test_a_finished_session_is_written_complete_and_the_timers_stop() -> None:
    rig = SessionRig()
    rig.c.start(calm_plan(Length.breaths(2), settle_s=0))
    rig.run(20.5)
    assert rig.c.state is SessionState.FINISHED
    record = rig.store.rows[1]
    assert (record.status, record.active_s, record.breaths) == (SessionStatus.COMPLETED, 20, 2)
    assert rig.ended == [record]
    assert not rig.frame.active and not rig.checkpoint.active


def test_stop_is_saved_as_stopped() -> None:
    rig = SessionRig()
    rig.c.start(calm_plan(Length.minutes(5), settle_s=0))
    rig.run(12)
    rig.c.stop()
    assert rig.store.rows[1].status is SessionStatus.STOPPED
    assert rig.store.rows[1].active_s == pytest.approx(12)
    rig.c.reset()
    assert rig.c.state is SessionState.READY
    assert rig.c.pacer_state() is None


def test_a_full_disk_keeps_the_session_going_and_writes_it_later() -> None:
    rig = SessionRig()
    rig.store.full = True
    rig.c.start(calm_plan(Length.minutes(1), settle_s=0))
    assert len(rig.failed) == 1
    assert rig.c.has_unsaved()
    rig.run(30)
    assert rig.c.state is SessionState.RUNNING  # the guide goes on
    assert len(rig.failed) == 1  # said once, not every checkpoint
    assert rig.store.rows == {}
    rig.store.full = False
    rig.run(6)
    assert rig.recovered == 1
    assert rig.store.rows[1].status is SessionStatus.RUNNING
    assert not rig.c.has_unsaved()


def test_a_session_that_ends_on_a_full_disk_is_kept_until_it_fits() -> None:
    rig = SessionRig()
    rig.c.start(calm_plan(Length.breaths(1), settle_s=0))
    rig.store.full = True
    rig.run(10.5)
    assert rig.c.state is SessionState.FINISHED
    assert rig.c.has_unsaved()
    assert rig.checkpoint.active  # keeps trying
    rig.store.full = False
    rig.checkpoint.fire()
    assert rig.store.rows[1].status is SessionStatus.COMPLETED
    assert not rig.checkpoint.active
    assert rig.c.flush()


def test_space_like_intents_do_nothing_when_they_do_not_apply() -> None:
    rig = SessionRig()
    rig.c.toggle_pause()
    rig.c.stop()
    rig.c.skip_settle()
    assert rig.c.state is SessionState.READY
    assert rig.store.rows == {}


def test_dizzy_ends_at_once_is_recorded_and_a_gentler_pattern_is_suggested() -> None:
    rig = SessionRig()
    assert rig.c.suggested_preset() is None
    rig.c.start(calm_plan(Length.minutes(5), settle_s=0))
    rig.run(6.5)  # in the middle of the exhale
    rig.c.stop(dizzy=True)
    record = rig.store.rows[1]
    assert (record.status, record.dizzy) == (SessionStatus.STOPPED, True)
    assert record.active_s == pytest.approx(6.5, abs=0.02)
    assert rig.c.suggested_preset() == "gentle"
    # it is remembered across a restart through the store
    gate = make_gate(rig.clock, rig.store)
    again = SessionController(rig.clock, FakeTimer(), FakeTimer(), rig.store, gate)
    assert again.suggested_preset() == "gentle"


def test_check_ins_before_and_after_are_stored_with_the_session() -> None:
    rig = SessionRig()
    before = Ratings(tension=7, pain=5)
    rig.c.start(SessionPlan(CALM, Length.breaths(1), "calm", 0, before))
    assert (rig.store.rows[1].tension_before, rig.store.rows[1].pain_before) == (7, 5)
    rig.run(10.5)
    rig.c.record_after(Ratings(tension=3), "  warm hands  ")
    record = rig.store.rows[1]
    assert (record.tension_after, record.pain_after, record.note) == (3, None, "warm hands")
    assert record.status is SessionStatus.COMPLETED
    assert rig.c.last_ended == record


def test_cues_come_at_each_phase_within_a_frame_and_a_bell_at_the_end() -> None:
    from breathapp.core.cues import Cue

    rig = SessionRig()
    cues: list[tuple[float, object]] = []
    rig.c.cue.connect(lambda cue: cues.append((rig.c.session.active_s(), cue)))  # type: ignore[union-attr]
    rig.c.start(calm_plan(Length.breaths(2), settle_s=3))
    rig.run(3.0)
    assert cues == []  # nothing during the settle-in
    rig.run(20.5)
    kinds = [c for _, c in cues]
    assert kinds == [Cue.INHALE, Cue.EXHALE, Cue.INHALE, Cue.EXHALE, Cue.END]
    for (active, _), start in zip(cues[:4], [0, 4, 10, 14], strict=True):
        assert start <= active <= start + 1 / 60 + 1e-6


def test_no_cue_again_after_a_pause_and_no_bell_when_stopped() -> None:
    from breathapp.core.cues import Cue

    rig = SessionRig()
    cues: list[object] = []
    rig.c.cue.connect(cues.append)
    rig.c.start(calm_plan(Length.minutes(5), settle_s=0))
    rig.run(2.0)
    rig.c.toggle_pause()
    rig.clock.advance(30)
    rig.c.toggle_pause()
    rig.run(1.0)
    assert cues == [Cue.INHALE]
    rig.c.stop()
    assert cues == [Cue.INHALE]


# -- the safety gate: every start and every change of pace asks it ---------------------

BOX = preset("box").pattern
FOUR_7_8 = preset("4-7-8").pattern


def test_holds_for_a_no_holds_profile_are_refused_and_nothing_is_stored() -> None:
    clock, store = ManualClock(), MemoryStore()
    gate = make_gate(clock, store, Profile(1, "", no_holds=True))
    c = SessionController(clock, FakeTimer(), FakeTimer(), store, gate)
    refused: list[object] = []
    c.refused.connect(refused.append)
    assert c.start(SessionPlan(BOX, Length.minutes(5), "box")) is False
    assert c.state is SessionState.READY and store.rows == {}
    assert isinstance(refused[0], HoldsNotAllowedError)
    with pytest.raises(HoldsNotAllowedError):
        c.vet(SessionPlan(BOX, Length.minutes(5), "box"))
    assert c.start(calm_plan(Length.minutes(5))) is True
    assert c.change_pace(BOX) is False and len(refused) == 2
    assert c.heading_to() == CALM


def test_the_gate_reads_the_profile_as_it_is_now() -> None:
    clock, store = ManualClock(), MemoryStore()
    profile = FixedProfile()
    c = SessionController(clock, FakeTimer(), FakeTimer(), store, SafetyGate(profile, store, clock))
    profile.profile = Profile(1, "", no_holds=True)  # the therapist changed it a moment ago
    assert c.start(SessionPlan(BOX, Length.minutes(5), "box")) is False


def test_4_7_8_is_four_breaths_in_its_first_month_and_says_so() -> None:
    rig = SessionRig()
    capped: list[LengthCapped] = []
    rig.c.length_capped.connect(capped.append)
    assert rig.c.start(SessionPlan(FOUR_7_8, Length.minutes(5), "4-7-8", 0.0)) is True
    session = rig.c.session
    assert session is not None and session.plan.length == Length.breaths(4)
    first_day = rig.clock.now_utc().astimezone().date()
    assert [c.last_day for c in capped] == [first_day + timedelta(days=29)]
    rig.c.stop()
    rig.c.reset()
    rig.clock.advance(29 * 86400)  # the last day of the month: still four breaths
    rig.c.start(SessionPlan(FOUR_7_8, Length.minutes(5), "4-7-8", 0.0))
    assert rig.c.session is not None and rig.c.session.plan.length == Length.breaths(4)
    rig.c.stop()
    rig.c.reset()
    rig.clock.advance(86400)  # a month after the first use: the usual lengths again
    rig.c.start(SessionPlan(FOUR_7_8, Length.minutes(5), "4-7-8", 0.0))
    assert rig.c.session is not None and rig.c.session.plan.length == Length.minutes(5)
    assert len(capped) == 2


def test_a_live_switch_to_4_7_8_in_its_first_month_is_refused() -> None:
    rig = SessionRig()
    refused: list[object] = []
    rig.c.refused.connect(refused.append)
    rig.c.start(calm_plan(Length.minutes(5), settle_s=0.0))
    assert rig.c.change_pace(FOUR_7_8) is False
    assert isinstance(refused[0], FirstMonthError) and rig.c.heading_to() == CALM


def test_a_history_that_cannot_be_read_keeps_4_7_8_short() -> None:
    rig = SessionRig()
    rig.store.full = True  # every read and write fails like a broken disk
    gate = rig.c.gate
    assert gate.first_478() is None  # counts as never used: the safe side
    assert gate.first_month_last_day() is not None


def test_the_history_is_asked_only_when_4_7_8_is_asked_for() -> None:
    class CountingStore(MemoryStore):
        asked = 0

        def first_started(self, profile_id: int, pattern_text: str) -> datetime | None:
            CountingStore.asked += 1
            return super().first_started(profile_id, pattern_text)

    clock, store = ManualClock(), CountingStore()
    c = SessionController(clock, FakeTimer(), FakeTimer(), store, make_gate(clock, store))
    c.start(calm_plan(Length.minutes(5), settle_s=0.0))
    c.change_pace(preset("long-exhale").pattern)
    assert CountingStore.asked == 0
    c.change_pace(FOUR_7_8)
    assert CountingStore.asked == 1


def test_the_soft_count_comes_at_each_whole_second_within_a_frame() -> None:
    rig = SessionRig()
    counts: list[tuple[float, int]] = []
    rig.c.count.connect(lambda n: counts.append((rig.c.session.active_s(), n)))  # type: ignore[union-attr]
    rig.c.start(calm_plan(Length.breaths(1), settle_s=0))
    rig.run(10.5)
    assert [n for _, n in counts] == [2, 3, 4, 2, 3, 4, 5, 6]
    for (active, _), start in zip(counts, [1, 2, 3, 5, 6, 7, 8, 9], strict=True):
        assert start - 1e-6 <= active <= start + 1 / 60 + 1e-6  # the rig's clock adds up frames
