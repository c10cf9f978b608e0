# SPDX-License-Identifier: GPL-3.0-or-later
"""The session state machine on a hand-driven clock."""

import pytest

from breathapp.core.clock import ManualClock
from breathapp.core.pacer import state_at
from breathapp.core.patterns import Phase, Ramp, preset
from breathapp.core.session import (
    Length,
    LengthError,
    LengthKind,
    Session,
    SessionPlan,
    SessionState,
    SessionStatus,
)

CALM = preset("calm").pattern


def make(length: Length, settle_s: float = 3.0) -> tuple[Session, ManualClock]:
    clock = ManualClock()
    return Session(SessionPlan(CALM, length, "calm", settle_s), clock), clock


def test_settle_in_counts_down_then_runs() -> None:
    s, clock = make(Length.minutes(1))
    assert s.state is SessionState.READY
    s.start()
    assert s.state is SessionState.SETTLING
    assert s.settle_remaining_s() == 3.0
    clock.advance(2.5)
    assert s.update() is SessionState.SETTLING
    assert s.active_s() == 0
    clock.advance(1.0)
    assert s.update() is SessionState.RUNNING
    # the breath starts when the countdown ends, not when update() noticed
    assert s.active_s() == pytest.approx(0.5)


def test_settle_in_can_be_skipped() -> None:
    s, clock = make(Length.minutes(1))
    s.start()
    clock.advance(1)
    s.skip_settle()
    assert s.state is SessionState.RUNNING
    clock.advance(2)
    assert s.active_s() == 2


def test_pauses_are_not_counted_and_the_breath_resumes_where_it_was() -> None:
    s, clock = make(Length.minutes(5), settle_s=0)
    s.start()
    clock.advance(7)
    before = s.pacer_state()
    s.pause()
    clock.advance(300)
    assert s.update() is SessionState.PAUSED
    assert s.active_s() == 7
    assert s.pacer_state() == before
    s.toggle_pause()
    clock.advance(1)
    assert s.active_s() == 8
    assert s.pacer_state() == state_at(CALM, 8)


def test_minutes_end_after_a_whole_breath() -> None:
    s, clock = make(Length.minutes(1.05), settle_s=0)  # 63 s asked -> 70 s
    s.start()
    clock.advance(65)
    assert s.update() is SessionState.RUNNING
    assert s.pacer_state().phase is Phase.EXHALE
    clock.advance(5)
    assert s.update() is SessionState.FINISHED
    assert s.active_s() == 70
    assert s.breaths() == 7


def test_late_update_does_not_count_extra_time() -> None:
    s, clock = make(Length.breaths(2), settle_s=0)
    s.start()
    clock.advance(25)
    assert s.update() is SessionState.FINISHED
    assert s.active_s() == 20
    rec = s.record()
    assert rec.status is SessionStatus.COMPLETED
    assert (rec.breaths, rec.active_s, rec.length_kind) == (2, 20, LengthKind.BREATHS)
    assert rec.ended_utc is not None and rec.started_utc < rec.ended_utc


def test_stop_keeps_what_was_practised() -> None:
    s, clock = make(Length.minutes(10))
    s.start()
    clock.advance(3 + 25)
    s.stop()
    assert s.state is SessionState.STOPPED
    rec = s.record()
    assert (rec.status, rec.active_s, rec.breaths) == (SessionStatus.STOPPED, 25, 2)
    clock.advance(10)
    assert s.active_s() == 25


def test_record_while_running_says_running() -> None:
    s, clock = make(Length.minutes(10), settle_s=0)
    s.start()
    clock.advance(12.3456)
    rec = s.record()
    assert rec.status is SessionStatus.RUNNING
    assert rec.active_s == 12.346
    assert rec.pattern_text == "4-0-6-0" and rec.pattern_id == "calm"


def test_ramp_session_records_both_rates() -> None:
    clock = ManualClock()
    s = Session(SessionPlan(Ramp.make(CALM, 10, 2), Length.minutes(5)), clock)
    rec = s.record()
    assert (rec.rate_bpm, rec.ramp_start_bpm) == (6.0, 10.0)


@pytest.mark.parametrize(
    ("make_length", "value"),
    [(Length.minutes, 0), (Length.minutes, 181), (Length.breaths, 0), (Length.breaths, 2.5)],
)
def test_length_limits(make_length: object, value: float) -> None:
    with pytest.raises(LengthError):
        make_length(value)  # type: ignore[operator]


def test_transitions_that_do_not_apply_are_ignored() -> None:
    s, _clock = make(Length.minutes(1))
    s.pause()
    s.resume()
    s.stop()
    assert s.state is SessionState.READY
