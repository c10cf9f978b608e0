# SPDX-License-Identifier: GPL-3.0-or-later
"""Reminders on screen: the tray icon with its menu, or a word in the window when there is none."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from breathapp.controllers.reminder_controller import ReminderController
from breathapp.ui.common.menus import Menu, add_action

NOTE_SHOWN_MS = 20_000  # the note stays a while; nobody has to catch it at once


def tray_available() -> bool:
    """Whether this desktop shows tray icons (not offscreen, nor on some Linux desktops)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def reminder_text() -> str:
    """The calm word a reminder brings: an invitation, never a demand."""
    return QCoreApplication.translate(
        "ReminderTray", "Time for a few quiet minutes of breathing, whenever it suits you."
    )


class ReminderTray(QObject):
    """The tray icon while reminders are on: its menu, and a calm note when one is due.

    Pausing and resuming go straight to the reminder controller.

    Signals:
        start_requested(): "Start today's session" was chosen.
        open_requested(): the window is wanted (menu, a click on the icon or on the note).
        quit_requested(): "Quit" was chosen.
    """

    start_requested = Signal()
    open_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self, reminders: ReminderController, icon: QIcon, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = Menu()
        self.menu.language_changed.connect(self.retranslate)
        self.start_action = add_action(self.menu, self.start_requested.emit)
        self.open_action = add_action(self.menu, self.open_requested.emit)
        self.menu.addSeparator()
        # Its words say what it does now ("Pause…" or "Resume…"); a tick beside
        # "Resume" would read backwards.
        self.pause_action = add_action(self.menu, self._on_pause_toggled)
        self.menu.addSeparator()
        self.quit_action = add_action(self.menu, self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.menu.aboutToShow.connect(self._show_state)  # a paused day ends at midnight
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self.open_requested.emit)
        reminders.reminder_due.connect(self._on_reminder_due)
        reminders.schedule_changed.connect(self._show_state)
        self.retranslate()

    def retranslate(self) -> None:
        self.start_action.setText(self.tr("Start today's session"))
        self.open_action.setText(self.tr("Open BreathApp"))
        self.quit_action.setText(self.tr("Quit"))
        self._show_state()

    @Slot()
    def _show_state(self) -> None:
        """The icon only while reminders are on; the pause as it is today."""
        paused = self._reminders.paused_today
        self.pause_action.setText(
            self.tr("Resume reminders") if paused else self.tr("Pause reminders for today")
        )
        due = self._reminders.next_due
        if paused:
            tip = self.tr("BreathApp: reminders paused for today")
        elif due is not None:
            tip = self.tr("BreathApp: next reminder at %1").replace("%1", f"{due:%H:%M}")
        else:
            tip = "BreathApp"
        self.icon.setToolTip(tip)
        self.icon.setVisible(self._reminders.on)

    @Slot()
    def _on_pause_toggled(self) -> None:
        if self._reminders.paused_today:
            self._reminders.resume()
        else:
            self._reminders.pause_today()
        self._show_state()

    @Slot(object)
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    @Slot(str)
    def _on_reminder_due(self, _time_text: str) -> None:
        self.icon.showMessage("BreathApp", reminder_text(), self.icon.icon(), NOTE_SHOWN_MS)

    def remove(self) -> None:
        """Take the icon away at once (the window closes, or another profile opens)."""
        self.icon.hide()


class InAppReminders(QObject):
    """Without a tray: reminders as a calm word in the window, at start-up and while open.

    The word goes away once a session starts.
    """

    def __init__(
        self,
        reminders: ReminderController,
        show_notice: Callable[[str], None],
        hide_notice: Callable[[], None],
        practised_minutes_today: Callable[[], float],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._show_notice = show_notice
        self._hide_notice = hide_notice
        self._practised = practised_minutes_today
        self.showing = False
        reminders.reminder_due.connect(self._on_reminder_due)

    def at_start(self) -> bool:
        """Say so when a reminder time passed today without practice yet; True if said."""
        if self._reminders.missed_today() is None or self._practised() > 0:
            return False
        self._show()
        return True

    def practice_started(self) -> None:
        if self.showing:
            self.showing = False
            self._hide_notice()

    def _show(self) -> None:
        self.showing = True
        self._show_notice(reminder_text())

    @Slot(str)
    def _on_reminder_due(self, _time_text: str) -> None:
        self._show()
