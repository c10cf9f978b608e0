# SPDX-License-Identifier: GPL-3.0-or-later
"""Reminders, the tray icon, and closing to the tray."""

# Set up after the first paint. With reminders off nothing is built but a watch for them
# being turned on; without a tray (some Linux desktops) reminders show in the window.

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from breathapp.core.prefs import Preferences

# With reminders off none of these is loaded: they come with the first reminder.
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from breathapp.app.built import Built
    from breathapp.controllers.reminder_controller import ReminderController
    from breathapp.ui.shell.tray import InAppReminders, ReminderTray


class Reminders(NamedTuple):
    """What add_reminders built once reminders were on (Built.reminders)."""

    controller: ReminderController
    tray: ReminderTray | None  # None: no tray on this desktop
    in_app: InAppReminders | None  # the word in the window when there is no tray


def default_start_today(built: Built) -> Callable[[], None]:
    """Today's session without a plan: the usual breathing, as the Start button starts it."""
    from breathapp.ui.shell.main_window import BREATHE_PAGE  # loaded with the window

    def start() -> None:
        built.window.show_page(BREATHE_PAGE)
        built.window.guide.start()  # with the check-in, and a calm word if something is off

    return start


def plan_reminder_times(built: Built) -> tuple[str, ...]:
    """The reminder times the profile's plan suggests; () without a plan."""
    from breathapp.app.plans import parts_of  # loaded after the first paint already

    plan = parts_of(built).plans.plan
    return plan.reminder_times if plan is not None else ()


def closing_text() -> str:
    return QCoreApplication.translate(
        "app",
        "BreathApp keeps running near the clock, so it can remind you at your times. "
        "To quit, choose Quit in the menu of its icon there, or in the File menu.",
    )


def add_reminders(
    built: Built,
    start_today: Callable[[], None],
    plan_times: Callable[[], tuple[str, ...]] | None = None,
) -> None:
    """Reminders for the profile the window is open on; called after the first paint.

    ``start_today`` starts today's session (the plan's next one, or the usual breathing);
    ``plan_times`` gives the reminder times the plan suggests, for the settings page.
    """
    if built.reminders_watched:
        return
    built.reminders_watched = True
    if plan_times is not None:
        _offer_plan_times(built, plan_times)

    def on_prefs(prefs: Preferences) -> None:
        if prefs.reminders_on and built.reminders is None:
            built.prefs.changed.disconnect(on_prefs)
            _build(built, start_today)

    if built.prefs.prefs.reminders_on:
        parts = _build(built, start_today)
        if parts.in_app is not None:
            parts.in_app.at_start()
    else:
        built.prefs.changed.connect(on_prefs)


def _practised_minutes_today(built: Built) -> Callable[[], float]:
    from breathapp.storage.history_repo import HistoryRepo

    def minutes() -> float:
        today = built.today()
        days = HistoryRepo(built.db).day_totals(built.profile.profile.id, today, today)
        return sum(day.minutes for day in days)

    return minutes


def _build(built: Built, start_today: Callable[[], None]) -> Reminders:
    from PySide6.QtGui import QIcon

    from breathapp.controllers.reminder_controller import ReminderController
    from breathapp.paths import asset_path
    from breathapp.ui.shell.tray import InAppReminders, ReminderTray, tray_available

    window, session = built.window, built.session
    timer = QTimer(session)
    controller = ReminderController(built.prefs, built.clock, timer, parent=session)
    if not tray_available():
        in_app = InAppReminders(
            controller,
            window.guide.show_notice,
            window.guide.hide_notice,
            _practised_minutes_today(built),
            parent=session,
        )
        controller.reminder_due.connect(lambda _time: QApplication.alert(window))
        for practice in (session, built.relax):
            practice.state_changed.connect(
                lambda state: in_app.practice_started() if state.is_live else None
            )
        parts = built.reminders = Reminders(controller, None, in_app)
        return parts

    tray = ReminderTray(controller, QIcon(str(asset_path("icon.svg"))), parent=session)

    def show_window() -> None:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    def start() -> None:
        show_window()
        if not built.busy():
            start_today()

    def quit_app() -> None:
        # The usual close: a running session is confirmed and everything is saved first.
        if window.close():
            built.app.quit()

    def keep_running(event: QCloseEvent) -> bool:
        # Only the window's own close button (or the desktop's close) hides it; Quit quits,
        # and so does a close the app makes itself (another profile, --quit-when-done).
        if not event.spontaneous() or not controller.on:
            return False
        if not built.prefs.prefs.close_to_tray_told:
            built.tell(window, closing_text())
            built.prefs.update(close_to_tray_told=True)
        return True

    tray.open_requested.connect(show_window)
    tray.start_requested.connect(start)
    tray.quit_requested.connect(quit_app)
    window.keep_running_on_close = keep_running
    window.close_confirmed.connect(tray.remove)
    parts = built.reminders = Reminders(controller, tray, None)
    return parts


def _offer_plan_times(built: Built, plan_times: Callable[[], tuple[str, ...]]) -> None:
    """Give the settings page's reminder section the plan's times once it is built."""

    def on_page(_index: int) -> None:
        from breathapp.ui.settings.settings_view import SettingsView  # with the page: loaded

        page = built.window.pages.currentWidget()
        if isinstance(page, SettingsView):
            page.reminders.plan_times = plan_times
            page.reminders.refresh()

    built.window.pages.currentChanged.connect(on_page)
