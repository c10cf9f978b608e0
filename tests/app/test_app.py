# SPDX-License-Identifier: GPL-3.0-or-later
"""The composition root: what is remembered, what is told, and the real timers wired."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathapp.app.build import build
from breathapp.app.run import after_first_paint
from breathapp.app.starting import start_from_options
from breathapp.core.clock import ManualClock, SystemClock
from breathapp.core.errors import StorageError, StorageProblem
from breathapp.core.prefs import GuideStyle, session_plan
from breathapp.core.session import LengthKind, SessionState
from tests.builders.app import Told, app_options, close_app, make_app


def test_choices_are_remembered_between_runs(qtbot: QtBot, tmp_path: Path) -> None:
    told = Told()
    first = make_app(qtbot, tmp_path, told, language=None)
    first.prefs.update(
        pattern="box", length_minutes=12.0, guide_style=GuideStyle.BELLY, language="nl"
    )
    close_app(first)
    second = make_app(qtbot, tmp_path, told, language=None)
    prefs = second.prefs.prefs
    assert (prefs.pattern, prefs.length_minutes, prefs.guide_style) == (
        "box",
        12.0,
        GuideStyle.BELLY,
    )
    assert second.language.language == "nl"
    assert second.window.guide.setup_bar.start_button.text() == "Starten"
    close_app(second)
    assert told.messages == []


def test_language_from_the_command_line_wins_over_the_saved_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = make_app(qtbot, tmp_path, Told(), language=None)
    first.prefs.update(language="nl")
    close_app(first)
    second = make_app(qtbot, tmp_path, Told(), language="en")
    assert second.language.language == "en"
    close_app(second)


def test_an_unusable_data_dir_is_told_calmly(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    told = Told()
    assert build(app_options(blocker / "data"), ManualClock(), told) is None
    assert len(told.messages) == 1
    assert "cannot save in this folder" in told.messages[0]
    assert str(blocker / "data") in told.messages[0]


def test_a_damaged_file_is_set_aside_and_told_after_the_first_paint(
    qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / "breathapp.db").write_bytes(b"this is not a database" * 100)
    told = Told()
    built = make_app(qtbot, tmp_path, told)
    assert told.messages == []
    after_first_paint(built)
    damage = [m for m in told.messages if "set aside, untouched" in m]
    assert len(damage) == 1
    assert list(tmp_path.glob("breathapp.damaged-*.db"))
    assert len(list((tmp_path / "backups").glob("breathapp-*.db"))) == 1  # the daily backup
    close_app(built)


def test_start_from_the_command_line_does_not_change_the_saved_choices(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_app(qtbot, tmp_path, Told(), start="4-2-6-0", breaths=3)
    start_from_options(built, built_options := app_options(tmp_path, start="4-2-6-0", breaths=3))
    session = built.session.session
    assert session is not None and session.state is SessionState.SETTLING
    assert session.plan.length.kind is LengthKind.BREATHS and session.plan.length.value == 3
    assert session.record().pattern_text == "4-2-6-0"
    assert built.prefs.prefs.pattern == "calm"
    assert built_options.start == "4-2-6-0"
    built.session.stop()
    close_app(built)


def test_a_failed_write_is_said_under_the_guide_and_cleared_when_it_works(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_app(qtbot, tmp_path, Told())
    guide = built.window.guide
    built.window.show()
    built.session.storage_failed.emit(StorageError(StorageProblem.DISK_FULL, tmp_path))
    assert guide.error_label.isVisible()
    assert "disk is full" in guide.error_label.text()
    built.session.storage_recovered.emit()
    assert not guide.error_label.isVisible()
    close_app(built)


def test_the_real_frame_timer_paints_the_guide(qtbot: QtBot, tmp_path: Path) -> None:
    """The one test on real time: proves the QTimer is connected to the canvas."""
    built = make_app(qtbot, tmp_path, Told(), clock=SystemClock())
    built.window.show()
    canvas = built.window.guide.canvas
    built.session.start(session_plan(replace(built.prefs.prefs, settle_in=False)))
    qtbot.waitUntil(lambda: canvas.last_painted is not None, timeout=5000)
    first = canvas.last_painted
    qtbot.waitUntil(lambda: canvas.last_painted != first, timeout=5000)
    built.session.stop()
    close_app(built)
    QApplication.processEvents()


@pytest.mark.parametrize("theme_dark", [False, True])
def test_theme_follows_the_palette(theme_dark: bool) -> None:
    from PySide6.QtGui import QColor, QPalette

    from breathapp.ui.common.theme import theme_for_palette

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020" if theme_dark else "#f0f0f0"))
    assert theme_for_palette(palette).is_dark is theme_dark


def test_an_interrupted_session_is_mentioned_kindly_at_the_next_start(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = make_app(qtbot, tmp_path / "a", Told())
    first.session.start(session_plan(replace(first.prefs.prefs, settle_in=False)))
    # What a power cut leaves on disk: the session row, still marked running.
    (tmp_path / "b").mkdir()
    with sqlite3.connect(tmp_path / "b" / "breathapp.db") as copy:
        first.db.connection.backup(copy)
    copy.close()
    first.session.stop()
    close_app(first)
    second = make_app(qtbot, tmp_path / "b", Told())
    second.window.show()
    after_first_paint(second)
    notice = second.window.guide.error_label
    assert notice.isVisible() and "cut off" in notice.text()
    assert second.report.interrupted_recovered == 1
    close_app(second)


def test_a_damaged_file_is_restored_from_the_newest_backup(qtbot: QtBot, tmp_path: Path) -> None:
    first = make_app(qtbot, tmp_path, Told())
    first.prefs.update(pattern="box")
    after_first_paint(first)  # makes today's backup
    close_app(first)
    (tmp_path / "breathapp.db").write_bytes(b"\0garbage" * 512)
    told = Told()
    second = make_app(qtbot, tmp_path, told)
    after_first_paint(second)
    assert len([m for m in told.messages if "restored from the backup of" in m]) == 1
    assert second.prefs.prefs.pattern == "box"
    close_app(second)


def test_the_safety_notice_is_shown_once_on_the_first_run(qtbot: QtBot, tmp_path: Path) -> None:
    told = Told()
    first = make_app(qtbot, tmp_path, told)
    after_first_paint(first)
    assert len(told.messages) == 1 and "Breathe gently" in told.messages[0]
    assert "I feel dizzy" in told.messages[0]
    close_app(first)
    second = make_app(qtbot, tmp_path, told)
    after_first_paint(second)
    assert len(told.messages) == 1
    close_app(second)


def test_turning_holds_off_moves_a_remembered_box_pattern_to_calm(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_app(qtbot, tmp_path, Told())
    built.prefs.update(pattern="box")
    built.profile.set_no_holds()
    assert built.prefs.prefs.pattern == "calm"
    patterns = built.window.guide.setup_bar.patterns
    assert patterns.button("box") is None and patterns.button("4-7-8") is None
    close_app(built)
    again = make_app(qtbot, tmp_path, Told())
    assert again.profile.profile.no_holds
    close_app(again)


def test_the_chosen_colours_apply_at_once_and_are_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    from breathapp.ui.common.theme import HIGH_CONTRAST

    built = make_app(qtbot, tmp_path, Told())
    canvas = built.window.guide.canvas
    built.prefs.update(appearance="high_contrast")
    assert canvas._theme == HIGH_CONTRAST
    assert built.app.palette().window().color().name() == HIGH_CONTRAST.background.lower()
    close_app(built)
    again = make_app(qtbot, tmp_path, Told())
    assert again.window.guide.canvas._theme == HIGH_CONTRAST
    again.prefs.update(appearance="")
    close_app(again)


def test_m_turns_sound_off_and_on(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    built = make_app(qtbot, tmp_path, Told())
    built.window.show()
    built.window.activateWindow()
    QApplication.processEvents()
    qtbot.keyClick(built.window, Qt.Key.Key_M)
    assert built.prefs.prefs.sound_muted
    qtbot.keyClick(built.window, Qt.Key.Key_M)
    assert not built.prefs.prefs.sound_muted
    close_app(built)


def test_eyes_closed_mode_hums_only_while_breathing(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_app(qtbot, tmp_path, Told())
    built.prefs.update(eyes_closed=True, check_in=False, settle_in=False)
    built.window.guide.start()
    # A real device hums; a machine without sound says why and stays quiet.
    assert built.hum.tone.running or built.hum.tone.problem
    built.prefs.update(sound_muted=True)
    assert not built.hum.tone.running
    built.prefs.update(sound_muted=False)
    built.session.stop()
    assert not built.hum.tone.running
    close_app(built)


def test_start_names_a_relaxation_session_and_it_is_stored_with_its_kind(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_app(qtbot, tmp_path, Told(), start="breathing-space", quit_when_done=True)
    built.window.show()
    start_from_options(built, app_options(tmp_path, start="breathing-space"))
    relax = built.relax
    assert relax.state is SessionState.RUNNING and built.session.state is SessionState.READY
    assert built.window.pages.currentWidget() is built.window.relax_view
    assert relax.player is not None
    clock = built.clock
    assert isinstance(clock, ManualClock)
    length_s = relax.player.script.total_s  # the script's own length, about 3 minutes
    assert 150 <= length_s <= 210
    clock.advance(length_s + 1)
    relax._on_frame()  # the frame timer's tick
    assert relax.state is SessionState.FINISHED
    rows = sqlite3.connect(tmp_path / "breathapp.db").execute(
        "SELECT kind, status, active_s FROM sessions"
    )
    assert list(rows) == [("relaxation:breathing-space", "completed", length_s)]
    close_app(built)


def test_the_relax_page_reads_its_sessions_only_when_first_opened(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_app(qtbot, tmp_path, Told(), language=None)
    assert not built.window.relax_view_built
    assert built.relax._library is None  # not read at start-up
    built.prefs.update(language="nl")
    built.window.show_page(1)
    assert built.window.relax_view.list.cards[0].title.text() == "Buikademhaling leren"
    close_app(built)


def test_eyes_closed_hums_in_a_relaxation_only_in_its_breathe_steps(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_app(qtbot, tmp_path, Told())
    built.prefs.update(eyes_closed=True, check_in=False)
    lesson = built.relax.script("belly-lesson")
    assert lesson is not None
    built.relax.start(lesson)
    assert not built.hum.tone.running  # the first step is words only
    breathe = next(i for i, s in enumerate(lesson.steps) if s.pattern is not None)
    built.relax.player.go_to_step(breathe)  # type: ignore[union-attr]
    built.relax._on_frame()
    assert built.hum.tone.running or built.hum.tone.problem
    built.relax.stop()
    assert not built.hum.tone.running
    close_app(built)


def test_the_window_gets_its_icon_after_the_first_paint(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_app(qtbot, tmp_path, Told())
    built.prefs.update(safety_notice_seen=True)
    after_first_paint(built)
    icon = built.app.windowIcon()
    assert not icon.isNull()
    assert not icon.pixmap(32, 32).isNull()  # the SVG was read and drawn
    close_app(built)
