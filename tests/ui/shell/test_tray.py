# SPDX-License-Identifier: GPL-3.0-or-later
"""Reminders on screen: the tray and its menu, closing to it, and the path without a tray."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from breathapp.app.built import Built
from breathapp.app.reminders import add_reminders, closing_text, default_start_today
from breathapp.app.run import after_first_paint
from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.reminder_controller import ReminderController
from breathapp.core.clock import ManualClock
from breathapp.core.prefs import Preferences, session_plan
from breathapp.paths import asset_path
from breathapp.ui.shell.tray import InAppReminders, ReminderTray, reminder_text
from tests.builders.app import Told, make_app
from tests.builders.plans import plan_of
from tests.fakes import FakeTimer

BRUSSELS = ZoneInfo("Europe/Brussels")
# Offscreen Qt has no tray (so it is faked) and cannot raise a window: it says so.
NO_TRAY_ICONS_OFFSCREEN = pytest.mark.qt_log_ignore(
    "systemTrayWindowChanged", "does not support raise"
)


class Prefs:
    def __init__(self, prefs: Preferences) -> None:
        self.prefs = prefs

    def load(self, profile_id: int) -> tuple[Preferences, list[str]]:
        return self.prefs, []

    def save(self, profile_id: int, prefs: Preferences) -> None:
        self.prefs = prefs


class UserClose(QCloseEvent):
    """A close from the window's own close button (the desktop sends those)."""

    def spontaneous(self) -> bool:
        return True


@pytest.fixture
def tray_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))


@pytest.fixture
def no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


def controller(**prefs: object) -> tuple[ReminderController, PrefsController, ManualClock]:
    start = datetime(2026, 1, 5, 8, 0, tzinfo=BRUSSELS).astimezone(UTC)
    clock = ManualClock(start_utc=start)
    prefs_controller = PrefsController(Prefs(Preferences(**prefs)), 1)  # type: ignore[arg-type]
    reminders = ReminderController(prefs_controller, clock, FakeTimer(), BRUSSELS)
    return reminders, prefs_controller, clock


# -- the tray on its own -----------------------------------------------------------------


@NO_TRAY_ICONS_OFFSCREEN
def test_the_menu_asks_for_the_right_things(qtbot: QtBot, tray_here: None) -> None:
    reminders, _prefs, _clock = controller(reminders_on=True)
    tray = ReminderTray(reminders, QIcon(str(asset_path("icon.svg"))))
    asked: list[str] = []
    tray.start_requested.connect(lambda: asked.append("start"))
    tray.open_requested.connect(lambda: asked.append("open"))
    tray.quit_requested.connect(lambda: asked.append("quit"))
    tray.start_action.trigger()
    tray.open_action.trigger()
    tray.icon.messageClicked.emit()  # a click on the note opens the window
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)  # that is the menu
    tray.quit_action.trigger()
    assert asked == ["start", "open", "open", "open", "quit"]
    assert tray.start_action.text() == "Start today's session"
    assert [a.text() for a in tray.menu.actions() if not a.isSeparator()] == [
        "Start today's session",
        "Open BreathApp",
        "Pause reminders for today",
        "Quit",
    ]


@NO_TRAY_ICONS_OFFSCREEN
def test_pause_for_today_from_the_menu_and_resume(qtbot: QtBot, tray_here: None) -> None:
    reminders, prefs, _clock = controller(reminders_on=True)
    tray = ReminderTray(reminders, QIcon(str(asset_path("icon.svg"))))
    assert tray.icon.toolTip() == "BreathApp: next reminder at 09:00"
    tray.pause_action.trigger()
    assert prefs.prefs.reminders_paused_day == "2026-01-05"
    assert tray.pause_action.text() == "Resume reminders"
    assert tray.icon.toolTip() == "BreathApp: reminders paused for today"
    tray.pause_action.trigger()
    assert prefs.prefs.reminders_paused_day == ""
    assert tray.pause_action.text() == "Pause reminders for today"


@NO_TRAY_ICONS_OFFSCREEN
def test_the_icon_shows_only_while_reminders_are_on(qtbot: QtBot, tray_here: None) -> None:
    reminders, prefs, _clock = controller()
    tray = ReminderTray(reminders, QIcon(str(asset_path("icon.svg"))))
    assert not tray.icon.isVisible()
    prefs.update(reminders_on=True)
    assert tray.icon.isVisible()
    prefs.update(reminders_on=False)
    assert not tray.icon.isVisible()


@NO_TRAY_ICONS_OFFSCREEN
def test_a_reminder_brings_a_calm_note(qtbot: QtBot, tray_here: None) -> None:
    reminders, _prefs, clock = controller(reminders_on=True, reminder_times=("08:01",))
    tray = ReminderTray(reminders, QIcon(str(asset_path("icon.svg"))))
    notes: list[tuple[object, ...]] = []
    tray.icon.showMessage = lambda *args: notes.append(args)  # type: ignore[method-assign]
    clock.advance(90)
    reminders.check()
    assert len(notes) == 1
    assert notes[0][:2] == ("BreathApp", reminder_text())
    assert "breathing" in reminder_text() and "!" not in reminder_text()


# -- without a tray: a word in the window ------------------------------------------------


def test_in_app_word_at_start_only_when_a_time_passed_without_practice(qtbot: QtBot) -> None:
    reminders, prefs, _clock = controller(reminders_on=True, reminder_times=("07:30",))
    shown: list[str] = []
    hidden: list[bool] = []
    practised = [0.0]
    in_app = InAppReminders(
        reminders, shown.append, lambda: hidden.append(True), lambda: practised[0]
    )
    practised[0] = 5.0
    assert not in_app.at_start() and shown == []
    practised[0] = 0.0
    assert in_app.at_start() and shown == [reminder_text()]
    in_app.practice_started()
    in_app.practice_started()
    assert hidden == [True]
    reminders.pause_today()
    assert not in_app.at_start()
    prefs.update(reminders_paused_day="", reminder_times=("09:00",))
    assert not in_app.at_start()  # 09:00 has not come yet


# -- the app: built as at start-up ---------------------------------------------------------


def in_a_minute(built: Built) -> str:
    return f"{built.clock.now_utc().astimezone() + timedelta(minutes=1):%H:%M}"


def test_no_tray_nothing_tray_made_and_the_word_shows_at_start(
    qtbot: QtBot, tmp_path: Path, no_tray: None
) -> None:
    built = make_app(
        qtbot, tmp_path, Told(), prefs=dict(reminders_on=True, reminder_times=("00:00",))
    )
    built.window.show()
    add_reminders(built, lambda: None)
    parts = built.reminders
    assert parts.tray is None and parts.in_app is not None
    assert built.session.findChildren(QSystemTrayIcon) == []
    assert built.window.keep_running_on_close is None
    assert built.window.guide.error_label.isVisible()
    assert built.window.guide.error_label.text() == reminder_text()
    built.session.start(session_plan(built.prefs.prefs))
    assert built.session.state.is_live
    assert not built.window.guide.error_label.isVisible()


def test_no_tray_a_reminder_while_open_shows_in_the_window(
    qtbot: QtBot, tmp_path: Path, no_tray: None
) -> None:
    built = make_app(qtbot, tmp_path, Told())
    built.prefs.update(reminders_on=True, reminder_times=(in_a_minute(built),))
    built.window.show()
    add_reminders(built, lambda: None)
    assert not built.window.guide.error_label.isVisible()
    built.clock.advance(120)  # type: ignore[attr-defined]
    built.reminders.controller.check()
    assert built.window.guide.error_label.text() == reminder_text()


def test_reminders_off_build_nothing_until_turned_on(
    qtbot: QtBot, tmp_path: Path, no_tray: None
) -> None:
    built = make_app(qtbot, tmp_path, Told())
    add_reminders(built, lambda: None)
    assert built.reminders is None
    assert built.session.findChildren(ReminderController) == []
    built.prefs.update(sound_volume=30)
    assert built.reminders is None
    built.prefs.update(reminders_on=True)
    assert isinstance(built.reminders.controller, ReminderController)
    assert len(built.session.findChildren(ReminderController)) == 1


@NO_TRAY_ICONS_OFFSCREEN
def test_close_hides_to_the_tray_says_so_once_and_quit_really_quits(
    qtbot: QtBot, tmp_path: Path, tray_here: None
) -> None:
    told = Told()
    built = make_app(qtbot, tmp_path, told, prefs=dict(reminders_on=True, safety_notice_seen=True))
    window = built.window
    window.show()
    calls: list[str] = []
    add_reminders(built, lambda: calls.append("start"))
    assert built.reminders is not None and built.reminders.tray is not None
    tray: ReminderTray = built.reminders.tray
    assert tray.icon.isVisible()
    closed: list[bool] = []
    window.close_confirmed.connect(lambda: closed.append(True))

    first = UserClose()
    window.closeEvent(first)
    assert not first.isAccepted() and not window.isVisible()
    assert told.messages == [closing_text()] and built.prefs.prefs.close_to_tray_told
    window.show()
    window.closeEvent(UserClose())
    assert not window.isVisible() and told.messages == [closing_text()]  # said once
    assert closed == []

    tray.start_action.trigger()  # from the tray: the window comes back and starts
    assert window.isVisible() and calls == ["start"]
    tray.start_action.trigger()
    assert calls == ["start", "start"]  # the test's start does not start a real session

    quits: list[bool] = []
    built.app.quit = lambda: quits.append(True)  # type: ignore[method-assign]
    window.hide()
    tray.quit_action.trigger()  # the normal close: flushed, geometry kept, then quit
    assert closed == [True] and quits == [True]
    assert not tray.icon.isVisible()


@NO_TRAY_ICONS_OFFSCREEN
def test_close_quits_when_reminders_are_off_or_the_app_closes_itself(
    qtbot: QtBot, tmp_path: Path, tray_here: None
) -> None:
    told = Told()
    built = make_app(qtbot, tmp_path, told, prefs=dict(reminders_on=True, safety_notice_seen=True))
    built.window.show()
    add_reminders(built, lambda: None)
    built.prefs.update(reminders_on=False)
    event = UserClose()
    built.window.closeEvent(event)
    assert event.isAccepted() and told.messages == []
    built.prefs.update(reminders_on=True)
    itself = QCloseEvent()  # Quit in the File menu, a profile switch, --quit-when-done
    built.window.closeEvent(itself)
    assert itself.isAccepted() and told.messages == []


@NO_TRAY_ICONS_OFFSCREEN
def test_a_tray_reminder_notes_and_opens_on_click(
    qtbot: QtBot, tmp_path: Path, tray_here: None
) -> None:
    built = make_app(qtbot, tmp_path, Told(), prefs=dict(safety_notice_seen=True))
    built.prefs.update(reminders_on=True, reminder_times=(in_a_minute(built),))
    add_reminders(built, lambda: None)
    parts = built.reminders
    notes: list[object] = []
    parts.tray.icon.showMessage = lambda *args: notes.append(args)
    built.clock.advance(120)  # type: ignore[attr-defined]
    parts.controller.check()
    assert len(notes) == 1
    assert not built.window.isVisible()
    parts.tray.icon.messageClicked.emit()
    assert built.window.isVisible()


def test_the_first_paint_sets_reminders_up(qtbot: QtBot, tmp_path: Path, no_tray: None) -> None:
    built = make_app(qtbot, tmp_path, Told(), prefs=dict(safety_notice_seen=True))
    after_first_paint(built)
    assert built.reminders is None
    built.prefs.update(reminders_on=True)
    assert built.reminders.controller.on


def test_start_today_without_a_plan_is_the_start_button(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_app(qtbot, tmp_path, Told(), prefs=dict(check_in=False, safety_notice_seen=True))
    built.window.show()
    default_start_today(built)()
    assert built.session.state.is_live


def test_the_settings_offer_the_plans_reminder_times(
    qtbot: QtBot, tmp_path: Path, no_tray: None
) -> None:
    from breathapp.app.plans import parts_of
    from breathapp.core.plans import ItemKind, PlanItem
    from breathapp.ui.shell.main_window import SETTINGS_PAGE

    built = make_app(qtbot, tmp_path, Told(), prefs=dict(safety_notice_seen=True))
    after_first_paint(built)
    item = PlanItem(ItemKind.BREATHING, "calm")
    plan = plan_of(item, name="Calm first", phase="Calm", reminder_times=("07:30", "20:00"))
    parts_of(built).plans.save(plan)
    built.window.show_page(SETTINGS_PAGE)
    section = built.window.settings_view.reminders  # type: ignore[attr-defined]
    assert section.plan_button.text() == "Use the plan's times (07:30, 20:00)"
    section.plan_button.click()
    assert built.prefs.prefs.reminder_times == ("07:30", "20:00")
