# SPDX-License-Identifier: GPL-3.0-or-later
"""The reminder section of the settings: on or off, times, the plan's times, the tray line."""

from __future__ import annotations

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.core.prefs import Preferences
from breathapp.ui.settings.reminder_settings import ReminderSettings
from tests.ui.conftest import Ui


class Prefs:
    def __init__(self, prefs: Preferences) -> None:
        self.prefs = prefs

    def load(self, profile_id: int) -> tuple[Preferences, list[str]]:
        return self.prefs, []

    def save(self, profile_id: int, prefs: Preferences) -> None:
        self.prefs = prefs


def section(
    qtbot: QtBot, plan: tuple[str, ...] = (), tray: bool = True, **prefs: object
) -> tuple[ReminderSettings, PrefsController]:
    controller = PrefsController(Prefs(Preferences(**prefs)), 1)  # type: ignore[arg-type]
    view = ReminderSettings(controller, lambda: plan, tray)
    qtbot.addWidget(view)
    return view, controller


def test_turning_on_saves_and_the_times_follow(qtbot: QtBot) -> None:
    view, prefs = section(qtbot)
    assert [row.text for row in view.rows] == ["09:00", "19:00"]
    assert not view.rows[0].isEnabled() and not view.add_button.isEnabled()
    view.reminders_on.click()
    assert prefs.prefs.reminders_on
    assert view.rows[0].isEnabled() and view.add_button.isEnabled()


def test_add_change_and_remove_times_up_to_four(qtbot: QtBot) -> None:
    view, prefs = section(qtbot, reminders_on=True)
    view.add_button.click()
    assert prefs.prefs.reminder_times == ("09:00", "12:00", "19:00")
    view.add_button.click()
    assert prefs.prefs.reminder_times == ("09:00", "12:00", "13:00", "19:00")
    assert not view.add_button.isEnabled()
    view.rows[0].edit.setTime(QTime(7, 45))
    assert prefs.prefs.reminder_times == ("07:45", "12:00", "13:00", "19:00")
    view.rows[1].remove.click()
    assert prefs.prefs.reminder_times == ("07:45", "13:00", "19:00")
    assert [row.text for row in view.rows] == ["07:45", "13:00", "19:00"]
    assert view.add_button.isEnabled()


def test_the_plans_times_are_offered_when_they_differ(qtbot: QtBot) -> None:
    view, prefs = section(qtbot, plan=("20:00", "7:30"), reminders_on=True)
    assert view.plan_button.isVisibleTo(view)
    assert view.plan_button.text() == "Use the plan's times (07:30, 20:00)"
    view.plan_button.click()
    assert prefs.prefs.reminder_times == ("07:30", "20:00")
    assert not view.plan_button.isVisibleTo(view)
    without, _prefs = section(qtbot)
    assert not without.plan_button.isVisibleTo(without)


def test_turning_on_without_times_takes_the_plans_or_a_morning_and_evening(
    qtbot: QtBot,
) -> None:
    view, prefs = section(qtbot, plan=("08:15",), reminder_times=())
    view.reminders_on.click()
    assert prefs.prefs.reminder_times == ("08:15",)
    view, prefs = section(qtbot, reminder_times=())
    view.reminders_on.click()
    assert prefs.prefs.reminder_times == ("09:00", "19:00")


def test_the_line_says_how_reminders_come_here(qtbot: QtBot) -> None:
    with_tray, _ = section(qtbot, tray=True)
    without, _ = section(qtbot, tray=False)
    assert "icon near the clock" in with_tray.status.text()
    assert "appear in BreathApp itself" in without.status.text()


def test_the_settings_page_has_the_section(ui: Ui) -> None:
    page = ui.window.settings_view
    assert isinstance(page.reminders, ReminderSettings)  # type: ignore[attr-defined]
    assert page.reminders_group.heading.text() == "Reminders"  # type: ignore[attr-defined]
    assert page.reminders_group.isAncestorOf(page.reminders)  # type: ignore[attr-defined]
