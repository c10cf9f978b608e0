# SPDX-License-Identifier: GPL-3.0-or-later
"""Relaxation scripts: reading and checking them, and playing them on a hand-driven clock."""

from __future__ import annotations

import pytest

from breathapp.core.checkin import Ratings
from breathapp.core.clock import ManualClock
from breathapp.core.patterns import Phase
from breathapp.core.relaxation import (
    Script,
    ScriptError,
    ScriptProblem,
    StepKind,
    parse_script,
    script_id_of,
)
from breathapp.core.relaxation_player import Player
from breathapp.core.session import SessionState, SessionStatus
from tests.builders.relaxation import TINY_SCRIPT


def script() -> Script:
    return parse_script(TINY_SCRIPT, "tiny.en.toml", "tiny", "en")


def broken(old: str, new: str) -> ScriptError:
    with pytest.raises(ScriptError) as caught:
        parse_script(TINY_SCRIPT.replace(old, new, 1), "tiny.en.toml", "tiny", "en")
    return caught.value


def test_a_good_script_reads_with_its_timing() -> None:
    s = script()
    assert [step.kind for step in s.steps] == [
        StepKind.SAY,
        StepKind.TENSE,
        StepKind.RELEASE,
        StepKind.BREATHE,
        StepKind.SAY,
    ]
    assert s.steps[3].seconds == 30.0  # 3 breaths of 4 + 6 s
    assert s.starts_s == (0.0, 10.0, 16.0, 36.0, 66.0)
    assert s.total_s == 80.0
    assert [step.id for step in s.steps] == [
        "lie-down",
        "fist-tense",
        "fist-release",
        "breathe",
        "come-back",
    ]
    assert s.minutes == 1
    assert s.order == 3
    assert s.kind == "relaxation:tiny"
    assert script_id_of(s.kind) == "tiny"
    assert script_id_of("breathing") is None


def test_texts_are_kept_on_one_calm_line() -> None:
    s = parse_script(TINY_SCRIPT.replace('"Let go."', '"""Let\n   go."""'), "tiny.en.toml")
    assert s.steps[2].text == "Let go."


@pytest.mark.parametrize(
    ("old", "new", "step", "field", "problem"),
    [
        ("seconds = 6\n", "seconds = 12\n", 2, "seconds", ScriptProblem.OUT_OF_RANGE),
        ("seconds = 6\n", 'seconds = "six"\n', 2, "seconds", ScriptProblem.WRONG_TYPE),
        ("seconds = 6\n", "seconds = true\n", 2, "seconds", ScriptProblem.WRONG_TYPE),
        ("seconds = 6\n", "", 2, "seconds", ScriptProblem.MISSING),
        ('kind = "tense"', 'kind = "squeeze"', 2, "kind", ScriptProblem.BAD_VALUE),
        ('pattern = "calm"', 'pattern = "box"', 4, "pattern", ScriptProblem.HOLDS),
        ('pattern = "calm"', 'pattern = "4-x"', 4, "pattern", ScriptProblem.BAD_VALUE),
        ("breaths = 3", "breaths = 2.5", 4, "breaths", ScriptProblem.WRONG_TYPE),
        ("breaths = 3", "breaths = 0", 4, "breaths", ScriptProblem.OUT_OF_RANGE),
        ("breaths = 3", "breaths = 3\nseconds = 30", 4, "seconds", ScriptProblem.UNKNOWN_KEY),
        ('text = "Let go."', 'text = ""', 3, "text", ScriptProblem.OUT_OF_RANGE),
        ('text = "Let go."', f'text = "{"x" * 241}"', 3, "text", ScriptProblem.OUT_OF_RANGE),
        ('text = "Let go."', 'words = "Let go."', 3, "words", ScriptProblem.UNKNOWN_KEY),
        ('id = "tiny"', 'id = "other"', None, "id", ScriptProblem.MISMATCH),
        ('id = "tiny"', 'id = "calm"', None, "id", ScriptProblem.BAD_VALUE),
        ('language = "en"', 'language = "nl"', None, "language", ScriptProblem.MISMATCH),
        ('title = "A tiny session"', "title = 5", None, "title", ScriptProblem.WRONG_TYPE),
        ("format = 1", "format = 2", None, "format", ScriptProblem.BAD_VALUE),
        ("order = 3", "order = 0", None, "order", ScriptProblem.OUT_OF_RANGE),
        ("order = 3", "colour = 3", None, "colour", ScriptProblem.UNKNOWN_KEY),
        ('id = "fist-release"\n', "", 3, "id", ScriptProblem.MISSING),
        ('id = "fist-release"', 'id = ""', 3, "id", ScriptProblem.OUT_OF_RANGE),
        ('id = "fist-release"', 'id = "Fist release"', 3, "id", ScriptProblem.BAD_VALUE),
        ('id = "fist-release"', "id = 3", 3, "id", ScriptProblem.WRONG_TYPE),
        ('id = "fist-release"', 'id = "fist-tense"', 3, "id", ScriptProblem.BAD_VALUE),
    ],
)
def test_a_broken_script_names_the_file_the_step_and_the_field(
    old: str, new: str, step: int | None, field: str, problem: ScriptProblem
) -> None:
    error = broken(old, new)
    assert (error.source, error.step, error.field, error.problem) == (
        "tiny.en.toml",
        step,
        field,
        problem,
    )
    where = f"tiny.en.toml, step {step}, field '{field}'" if step else "tiny.en.toml, field"
    assert str(error).startswith(where)


def test_bad_toml_says_where_it_stumbled() -> None:
    error = broken('title = "A tiny session"', "title = ")
    assert error.problem is ScriptProblem.SYNTAX
    assert "line" in str(error)


def test_too_few_steps_and_too_long_a_session_are_refused() -> None:
    one_step = TINY_SCRIPT[: TINY_SCRIPT.index('[[steps]]\nid = "fist-tense"')]
    with pytest.raises(ScriptError) as caught:
        parse_script(one_step, "tiny.en.toml")
    assert caught.value.field == "steps"
    long = TINY_SCRIPT.replace("breaths = 3", "breaths = 60") + "".join(
        f'\n[[steps]]\nid = "more-{n}"\nkind = "breathe"\npattern = "calm"\nbreaths = 60\n'
        'text = "More."\n'
        for n in (1, 2)
    )
    with pytest.raises(ScriptError) as caught:
        parse_script(long, "tiny.en.toml")
    assert caught.value.problem is ScriptProblem.TOO_LONG


# -- the player -------------------------------------------------------------------------


def player(clock: ManualClock) -> Player:
    p = Player(script(), clock, Ratings(tension=6))
    p.start()
    return p


def test_steps_follow_the_clock_and_the_session_ends_exactly() -> None:
    clock = ManualClock()
    p = player(clock)
    assert p.where().step == 0
    clock.advance(9.999)
    assert p.where().step == 0
    clock.advance(0.001)
    assert p.where().step == 1 and p.where().step_elapsed_s == pytest.approx(0.0)
    clock.advance(60.0)  # 70 s: inside the last step
    assert p.update() is SessionState.RUNNING
    assert p.where().step == 4
    assert p.where().step_left_s == pytest.approx(10.0)
    clock.advance(25.0)  # late frame: 15 s past the end
    assert p.update() is SessionState.FINISHED
    assert p.practised_s() == pytest.approx(80.0)  # the late frame adds nothing
    record = p.record()
    assert record.status is SessionStatus.COMPLETED
    assert record.kind == "relaxation:tiny"
    assert record.active_s == pytest.approx(80.0)
    assert record.breaths == 3
    assert record.tension_before == 6
    assert record.pattern_text == "4-0-6-0"


def test_the_guide_inside_a_breathe_step_runs_on_the_same_clock() -> None:
    clock = ManualClock()
    p = player(clock)
    assert p.pacer_state() is None  # a say step: no guide
    clock.advance(36.0)  # the breathe step begins
    state = p.pacer_state()
    assert state is not None and state.phase is Phase.INHALE and state.volume == pytest.approx(0)
    clock.advance(4.0 + 6.0 + 5.0)  # second breath, 1 s into its exhale
    state = p.pacer_state()
    assert state is not None
    assert (state.phase, state.cycle) == (Phase.EXHALE, 1)
    assert state.phase_elapsed_s == pytest.approx(1.0)


def test_pause_stops_both_times_and_resume_goes_on_where_it_was() -> None:
    clock = ManualClock()
    p = player(clock)
    clock.advance(12.0)
    p.pause()
    clock.advance(300.0)
    assert p.where().position_s == pytest.approx(12.0)
    assert p.practised_s() == pytest.approx(12.0)
    p.toggle_pause()
    clock.advance(1.0)
    assert p.where().position_s == pytest.approx(13.0)
    assert p.practised_s() == pytest.approx(13.0)


def test_next_and_previous_move_the_position_not_the_time_practised() -> None:
    clock = ManualClock()
    p = player(clock)
    clock.advance(3.0)
    p.next_step()
    assert p.where() == (1, 0.0, 6.0, 10.0, 80.0)
    clock.advance(2.0)
    p.next_step()
    p.next_step()
    assert p.where().step == 3
    p.previous_step()
    assert p.where().step == 2 and p.where().step_elapsed_s == 0.0
    assert p.practised_s() == pytest.approx(5.0)
    for _ in range(10):
        p.previous_step()
    assert p.where().position_s == 0.0
    for _ in range(10):
        p.next_step()
    assert p.where().step == 4  # the gentle ending is never skipped
    assert p.update() is SessionState.RUNNING


def test_steps_can_be_moved_while_paused() -> None:
    clock = ManualClock()
    p = player(clock)
    p.pause()
    p.next_step()
    clock.advance(100.0)
    assert p.state is SessionState.PAUSED and p.where().step == 1
    p.resume()
    clock.advance(1.0)
    assert p.where().step_elapsed_s == pytest.approx(1.0)


def test_breaths_count_each_breathe_step_once_however_often_replayed() -> None:
    clock = ManualClock()
    p = player(clock)
    p.go_to_step(3)
    clock.advance(21.0)  # two whole breaths and a bit
    p.previous_step()
    p.next_step()
    clock.advance(5.0)
    assert p.breaths() == 2


def test_stopping_with_dizziness_ends_at_once_and_is_recorded() -> None:
    clock = ManualClock()
    p = player(clock)
    clock.advance(7.5)
    p.stop(dizzy=True)
    clock.advance(50.0)
    record = p.record()
    assert p.state is SessionState.STOPPED
    assert record.status is SessionStatus.STOPPED and record.dizzy
    assert record.active_s == pytest.approx(7.5)
    assert record.ended_utc is not None


def test_a_running_record_is_marked_running() -> None:
    clock = ManualClock()
    p = player(clock)
    clock.advance(5.0)
    assert p.record().status is SessionStatus.RUNNING
    assert p.record().ended_utc is None
