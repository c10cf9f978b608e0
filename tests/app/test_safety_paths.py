# SPDX-License-Identifier: GPL-3.0-or-later
"""'No breath holds' holds on every path a session can start by: each through the real gate.

The two leaks of issue 11 first: a start checked before the picker, and a second launch
handed over to a window open on another profile. Then the other callers, none of which
filters: the window's Start, Today and plans, a ramp, the presentation keys, relaxation.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from breathapp.app import profiles as app_profiles
from breathapp.app.built import Built
from breathapp.app.instance import watch_requests
from breathapp.app.plans import start_item
from breathapp.app.starting import start_from_options
from breathapp.cli.main import ALREADY_OPEN, main, window_options
from breathapp.cli.parser import parse_options
from breathapp.core.patterns import Ramp, preset
from breathapp.core.plans import ItemKind, PlanItem
from breathapp.core.profiles import ProfileChoice
from breathapp.core.relaxation import Script, Step, StepKind
from breathapp.core.session import Length, SessionPlan, SessionState
from breathapp.storage.instance_lock import InstanceLock
from breathapp.ui.shell.main_window import HISTORY_PAGE
from tests.builders.app import close_app, make_app
from tests.builders.profiles import profiles_in

RAISE_WARNING = "This plugin does not support raise"
BOX = preset("box").pattern


def _profiles(data: Path) -> dict[str, int]:
    """The first profile allows holds; Mia's therapist set hers to no breath holds."""
    return profiles_in(data, "Mia", no_holds=("Mia",))


def _sessions(data: Path) -> list[tuple[int, str]]:
    conn = sqlite3.connect(data / "breathapp.db")
    try:
        return list(conn.execute("SELECT profile_id, pattern_text FROM sessions"))
    finally:
        conn.close()


def _refused_in_words(built: Built, name: str) -> None:
    """Nothing runs, and the guide's page says which pattern, why, and what instead."""
    window = built.window
    assert built.session.state is SessionState.READY
    assert window.pages.currentWidget() is window.guide
    text = window.guide.error_label.text()
    assert window.guide.error_label.isVisibleTo(window.guide)
    assert name in text and "without pauses" in text and "Calm belly breathing" in text


# -- the two leaks ---------------------------------------------------------------------


@pytest.mark.parametrize(("start", "name"), [("box", "Box breathing"), ("4-7-8", "4-7-8")])
def test_a_start_checked_before_the_picker_is_refused_for_the_profile_chosen_there(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str, name: str
) -> None:
    data = tmp_path / "data"
    ids = _profiles(data)
    env = {"BREATHAPP_DATA_DIR": str(data)}
    # Two profiles and no --profile: the command line cannot know who will practise.
    args = parse_options(["--lang", "en", "--start", start, "--breaths", "1"], env)
    monkeypatch.setattr(app_profiles, "pick", lambda *_a: ProfileChoice(ids["Mia"]))
    options = window_options(args)  # what the command line hands to the window
    fields = options._asdict()
    built = make_app(qtbot, fields.pop("data_dir"), **fields)
    assert built.profile.profile.name == "Mia"
    start_from_options(built, options)
    _refused_in_words(built, name)
    close_app(built)
    assert _sessions(data) == []  # nothing stored, for anyone


@pytest.mark.qt_log_ignore(RAISE_WARNING)
def test_a_second_launch_handed_to_a_window_on_a_no_holds_profile_is_refused_there(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _profiles(data)
    built = make_app(qtbot, data, profile="Mia")
    built.window.show_page(HISTORY_PAGE)  # wherever the window was
    lock = InstanceLock.acquire(data)  # this window is the one open on the folder
    assert lock is not None
    try:
        code = main(["--data-dir", str(data), "--start", "box", "--breaths", "1"])
        assert (code, capsys.readouterr().out) == (0, ALREADY_OPEN + "\n")
        watch_requests(built)  # the open window takes the hand-over
    finally:
        lock.release()
    _refused_in_words(built, "Box breathing")
    close_app(built)
    assert _sessions(data) == []


def test_the_command_line_still_refuses_at_once_when_it_knows_the_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _profiles(data)
    assert main(["--data-dir", str(data), "--profile", "Mia", "--start", "box"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "breath holds" in err
    assert _sessions(data) == []


# -- every other caller, none trusted --------------------------------------------------


@pytest.fixture
def mia(qtbot: QtBot, tmp_path: Path) -> Built:
    data = tmp_path / "data"
    _profiles(data)
    built = make_app(qtbot, data, profile="Mia")
    yield built  # type: ignore[misc]
    close_app(built)


def test_today_and_plans_starting_an_item_with_holds_are_refused(mia: Built) -> None:
    start_item(mia, PlanItem(ItemKind.BREATHING, "box", minutes=5), from_today=True)
    _refused_in_words(mia, "Box breathing")
    assert mia.session.writer.last_ended is None


def test_a_ramp_into_a_pattern_with_holds_is_refused(mia: Built) -> None:
    ramp = Ramp.make(BOX, 9.0, 2.0)
    assert mia.session.start(SessionPlan(ramp, Length.minutes(5), "box", 0.0)) is False
    _refused_in_words(mia, "Box breathing")


def test_a_live_change_to_holds_is_refused_and_said_on_the_presentation(
    mia: Built, qtbot: QtBot
) -> None:
    mia.prefs.update(settle_in=False)
    mia.window.show()
    mia.window.guide.present()
    presentation = mia.window.guide.presentation
    assert presentation is not None and mia.session.state is SessionState.RUNNING
    heading = mia.session.heading_to()
    assert mia.session.change_pace(BOX) is False  # as a number key would ask
    assert mia.session.heading_to() == heading
    assert "Box breathing" in presentation.window.notice_label.text()
    presentation.controls.dizzy()  # D: the demonstration ends at once, kept as dizzy
    assert mia.session.state is SessionState.STOPPED
    assert mia.session.last_ended is not None and mia.session.last_ended.dizzy
    assert not presentation.is_open


def test_a_relaxation_that_breathes_with_holds_is_refused(mia: Built) -> None:
    step = Step(StepKind.BREATHE, "Breathe", BOX.cycle_s * 2, BOX, 2)
    script = Script("made-here", "en", "Made here", "", (step,))
    refused: list[object] = []
    mia.relax.refused.connect(refused.append)
    assert mia.relax.start(script) is False
    assert not mia.relax.state.is_live and len(refused) == 1
    assert mia.relax.writer.last_ended is None
