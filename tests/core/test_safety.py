# SPDX-License-Identifier: GPL-3.0-or-later
"""Safety rules: no breath holds for some profiles, and a gentler pattern after dizziness."""

import pytest

from breathapp.core.clock import ManualClock
from breathapp.core.patterns import Ramp, preset
from breathapp.core.profiles import Profile
from breathapp.core.safety import (
    HoldsNotAllowedError,
    allowed_presets,
    check_pacing,
    gentler_after,
)
from breathapp.core.session import Length, Session, SessionPlan, SessionState

FREE = Profile(1, "")
NO_HOLDS = Profile(1, "", no_holds=True)


def test_a_no_holds_profile_is_offered_no_patterns_with_holds() -> None:
    assert len(allowed_presets(FREE)) == 8
    ids = [p.id for p in allowed_presets(NO_HOLDS)]
    assert "box" not in ids and "4-7-8" not in ids and len(ids) == 6


def test_holds_are_refused_for_a_no_holds_profile_with_a_clear_message() -> None:
    check_pacing(preset("box").pattern, FREE)
    check_pacing(preset("calm").pattern, NO_HOLDS)
    with pytest.raises(HoldsNotAllowedError, match="4-4-4-4 has breath holds"):
        check_pacing(preset("box").pattern, NO_HOLDS)
    with pytest.raises(HoldsNotAllowedError):
        check_pacing(Ramp.make(preset("4-7-8").pattern, 10, 2), NO_HOLDS)


def test_a_ramp_never_creates_holds() -> None:
    ramp = Ramp.make(preset("calm").pattern, 10, 3)
    check_pacing(ramp, NO_HOLDS)
    assert not ramp.pattern.has_holds


def test_dizzy_ends_at_once_and_is_recorded_then_a_gentler_pattern_is_suggested() -> None:
    clock = ManualClock()
    session = Session(SessionPlan(preset("calm").pattern, Length.minutes(5), "calm", 0), clock)
    session.start()
    clock.advance(12.5)  # in the middle of an inhale
    session.stop(dizzy=True)
    record = session.record()
    assert session.state is SessionState.STOPPED
    assert (record.dizzy, record.active_s) == (True, 12.5)
    assert gentler_after(record) == "gentle"
    assert gentler_after(None) is None
    clock2 = ManualClock()
    calm = Session(SessionPlan(preset("calm").pattern, Length.minutes(5), "calm", 0), clock2)
    calm.start()
    calm.stop()
    assert gentler_after(calm.record()) is None
