# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance test through the session controller and its safety gate, on a fake clock."""

from __future__ import annotations

from datetime import date

import pytest

from breathapp.controllers.resonance_controller import Progress, RunState
from breathapp.controllers.safety_gate import SafetyGate
from breathapp.core.heart.resonance_plan import SettingsError, StepKind, pattern_for
from breathapp.core.patterns import Pattern
from breathapp.core.profiles import Profile
from breathapp.core.safety import FirstMonthError
from breathapp.core.session import SessionState, SessionStatus
from tests.builders.resonance import SHORT, SHORT_DONE_S, ResonanceRig
from tests.fakes import make_gate


def test_a_whole_test_runs_one_stored_session_and_suggests_the_biggest_wave() -> None:
    rig = ResonanceRig()
    assert rig.begin()
    rig.go(3.0)  # the 3-2-1
    assert rig.c.heading_to() == pattern_for(6.5, 0.4)
    rig.go(SHORT.step_s + 1)
    assert rig.c.state is SessionState.PAUSED  # the rest: breathing freely
    rig.go(SHORT.rest_s)
    assert rig.c.state is SessionState.RUNNING
    assert rig.c.heading_to() == pattern_for(5.5, 0.4)
    rig.go(SHORT_DONE_S)
    assert rig.r.state is RunState.DONE
    [test] = rig.finished
    assert test.completed and test.id == 1 and rig.repo.tests[1].id == 1
    assert [w.rate_bpm for w in test.windows] == [6.5, 5.5, 4.5]
    assert test.windows[1].start_s == pytest.approx(SHORT.step_s + SHORT.rest_s)
    assert test.suggested_bpm == 5.5
    swings = [r.swing_bpm for r in test.results]
    assert swings[1] == pytest.approx(14.0, rel=0.15)
    assert all(r.beats > 50 for r in test.results)
    # A step of SHORT.step_s gives LF power its clean minute at every pace.
    assert all(r.lf_power_ms2 is not None for r in test.results)
    assert len(test.rr.rr_ms) > 200
    # One session, stored like any other, with the paces it showed.
    [record] = rig.store.rows.values()
    assert record.status is SessionStatus.COMPLETED
    assert [s.pattern for s in record.shown] == [pattern_for(r, 0.4) for r in SHORT.paces_bpm]
    # Paced time only; the session ends when the last slow breath does (up to 13.3 s more).
    assert record.active_s == pytest.approx(3 * SHORT.step_s + 7.0, abs=8.0)


def test_every_pace_change_asks_the_safety_gate_and_a_refusal_stops_the_test_calmly() -> None:
    rig = ResonanceRig()
    asked: list[Pattern] = []

    class Refusing(SafetyGate):
        def vet_change(self, pattern: Pattern) -> None:
            asked.append(pattern)
            if pattern.rate_bpm < 5.0:
                raise FirstMonthError(date(2026, 2, 1))

    base = make_gate(rig.clock, rig.store)
    rig.c.gate = Refusing(base._profile, base._history, base._clock)
    rig.begin()
    rig.go(300)
    assert asked == [pattern_for(5.5, 0.4), pattern_for(4.5, 0.4)]
    assert [type(r) for r in rig.refusals] == [FirstMonthError]
    [test] = rig.finished
    assert not test.completed
    assert [w.rate_bpm for w in test.windows] == [6.5, 5.5]
    assert test.results[1].swing_bpm is not None  # what was measured is kept
    [record] = rig.store.rows.values()
    assert record.status is SessionStatus.STOPPED and not record.dizzy


def test_a_first_pace_the_rules_refuse_starts_nothing() -> None:
    rig = ResonanceRig()

    class RefuseAll(SafetyGate):
        def vet_start(self, plan):  # type: ignore[no-untyped-def]
            raise FirstMonthError(date(2026, 2, 1))

    base = make_gate(rig.clock, rig.store)
    rig.c.gate = RefuseAll(base._profile, base._history, base._clock)
    assert not rig.begin()
    assert rig.r.state is RunState.READY and not rig.store.rows
    assert len(rig.refusals) == 1


def test_stopping_early_or_feeling_dizzy_keeps_what_was_measured() -> None:
    rig = ResonanceRig()
    rig.begin()
    rig.go(3.0 + SHORT.step_s + SHORT.rest_s + 45)  # the first pace, its rest, half the second
    rig.c.stop(dizzy=True)
    [test] = rig.finished
    assert not test.completed
    assert [w.rate_bpm for w in test.windows] == [6.5, 5.5]
    assert test.windows[1].end_s == pytest.approx(SHORT.step_s + SHORT.rest_s + 45, abs=0.5)
    assert test.results[0].swing_bpm is not None
    assert rig.repo.tests[1] == test
    [record] = rig.store.rows.values()
    assert record.dizzy


def test_the_therapist_stops_the_test() -> None:
    rig = ResonanceRig()
    rig.begin()
    rig.go(30)
    rig.r.stop()
    [test] = rig.finished
    assert not test.completed and len(test.windows) == 1


def test_progress_names_the_step_and_time_left() -> None:
    rig = ResonanceRig()
    seen: list[Progress] = []
    rig.r.progress.connect(seen.append)
    rig.begin()
    into_s = SHORT.step_s + SHORT.rest_s - 5.0  # 5 s before the second pace
    rig.go(3.0 + into_s)
    last = seen[-1]
    assert last.step.kind is StepKind.REST and last.step.rate_bpm == 5.5
    assert last.step.left_s == pytest.approx(5.0, abs=0.3)
    assert last.test_left_s == pytest.approx(SHORT.step_s * 3 + SHORT.rest_s * 2 - into_s, abs=0.3)
    assert last.paces == 3


def test_without_a_heart_signal_nothing_starts() -> None:
    rig = ResonanceRig(heart=False)
    assert not rig.r.has_beats
    assert not rig.begin()
    assert not rig.store.rows


def test_nothing_starts_over_a_running_session_and_bad_settings_are_refused() -> None:
    rig = ResonanceRig()
    rig.begin()
    assert not rig.r.start(SHORT)
    rig2 = ResonanceRig()
    with pytest.raises(SettingsError):
        rig2.begin(SHORT.__class__(step_s=10))


def test_the_choice_goes_into_the_test_and_the_profile() -> None:
    rig = ResonanceRig()
    rig.begin()
    rig.go(SHORT_DONE_S)
    assert rig.r.choose(4.5)
    assert rig.repo.tests[1].chosen_bpm == 4.5
    # The profile keeps the pace, and its everyday breathing pattern breathes at it
    # (inhale:exhale as tested, no holds): the Breathe page offers it as its own pattern.
    assert rig.prefs.changes == [{"resonance_bpm": 4.5, "pattern": "5.333-0-8-0"}]
    assert rig.r.test is not None and rig.r.test.chosen_bpm == 4.5
    assert not rig.r.choose(7.0)  # not a pace of this test


def test_a_store_that_fails_keeps_the_test_in_memory_and_says_so() -> None:
    rig = ResonanceRig()
    failed: list[object] = []
    rig.r.storage_failed.connect(failed.append)
    rig.repo.fail = True
    rig.begin()
    rig.go(SHORT_DONE_S)
    assert len(failed) == 1
    assert rig.r.test is not None and rig.r.test.id is None and rig.r.test.results


def test_the_test_runs_for_a_no_holds_profile() -> None:
    rig = ResonanceRig(profile=Profile(id=1, name="Ann", no_holds=True))
    rig.begin()
    rig.go(SHORT_DONE_S)
    assert rig.finished[0].completed
