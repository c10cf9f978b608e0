# SPDX-License-Identifier: GPL-3.0-or-later
"""Reminder settings: on or off, up to four times of day, the plan's times, and how they come."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTime, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.core.prefs import DEFAULT_REMINDER_TIMES, Preferences
from breathapp.core.reminders import TIMES_MAX, ReminderError, check_times
from breathapp.ui.settings.groups import WrapCheckBox


def _no_plan_times() -> tuple[str, ...]:
    return ()


def _qtime(text: str) -> QTime:
    hours, minutes = text.split(":")
    return QTime(int(hours), int(minutes))


def _text(moment: QTime) -> str:
    return f"{moment.hour():02d}:{moment.minute():02d}"


class TimeRow(QWidget):
    """One reminder time and the button that removes it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QTimeEdit(_qtime(text))
        self.edit.setDisplayFormat("HH:mm")
        font = self.edit.font()  # a time read at a glance, as large as the buttons
        if font.pixelSize() > 0:
            font.setPixelSize(round(font.pixelSize() * 1.25))
        else:
            font.setPointSizeF(font.pointSizeF() * 1.25)
        self.edit.setFont(font)
        self.edit.setMinimumSize(150, 44)
        self.remove = QPushButton()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.remove)
        row.addStretch(1)

    @property
    def text(self) -> str:
        return _text(self.edit.time())


class ReminderSettings(QWidget):
    """Part of the settings page; every change is saved at once.

    ``plan_times()`` gives the times the plan suggests (or ()): then a button takes them.
    ``tray_available`` says whether reminders can come from a tray icon here.
    """

    def __init__(
        self,
        prefs: PrefsController,
        plan_times: Callable[[], tuple[str, ...]] | None = None,
        tray_available: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self._prefs = prefs
        self.plan_times = plan_times or _no_plan_times
        self._tray = tray_available
        self._updating = False
        self.rows: list[TimeRow] = []
        self.reminders_on = WrapCheckBox()
        self.times_box = QVBoxLayout()
        self.times_box.setContentsMargins(24, 0, 0, 0)
        self.add_button = QPushButton()
        self.plan_button = QPushButton()
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.plan_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reminders_on)
        layout.addLayout(self.times_box)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.reminders_on.toggled.connect(self._on_toggled)
        self.add_button.clicked.connect(self._on_add)
        self.plan_button.clicked.connect(self._on_use_plan)
        prefs.changed.connect(self._show)
        self.retranslate()

    def retranslate(self) -> None:
        self.reminders_on.setText(self.tr("Remind me to practise at these times"))
        self.add_button.setText(self.tr("Add a time"))
        for row in self.rows:
            row.remove.setText(self.tr("Remove"))
            row.edit.setAccessibleName(self.tr("Reminder time"))
        if self._tray:
            status = self.tr(
                "Reminders come as a short note from the BreathApp icon near the clock, "
                "also while the window is closed."
            )
        else:
            status = self.tr(
                "This computer shows no icons near the clock, so reminders appear in "
                "BreathApp itself, while it is open and when you open it."
            )
        self.status.setText(status)
        self._show(self._prefs.prefs)

    def focus_order(self) -> list[QWidget]:
        """Its controls as they stand, top to bottom (for the page's Tab order)."""
        rows = [part for row in self.rows for part in (row.edit, row.remove)]
        return [self.reminders_on, *rows, self.add_button, self.plan_button]

    def refresh(self) -> None:
        """Look again at the plan's times (the plan may have changed)."""
        self._show(self._prefs.prefs)

    @Slot(object)
    def _show(self, prefs: Preferences) -> None:
        self._updating = True
        try:
            self.reminders_on.setChecked(prefs.reminders_on)
            if self._shown_times() != prefs.reminder_times:
                self._build_rows(prefs.reminder_times)
            for row in self.rows:
                row.setEnabled(prefs.reminders_on)
            self.add_button.setEnabled(prefs.reminders_on and len(self.rows) < TIMES_MAX)
            plan = self._plan_times()
            self.plan_button.setVisible(bool(plan) and plan != prefs.reminder_times)
            self.plan_button.setText(
                self.tr("Use the plan's times (%1)").replace("%1", ", ".join(plan))
            )
        finally:
            self._updating = False

    def _plan_times(self) -> tuple[str, ...]:
        try:
            return check_times(self.plan_times())
        except ReminderError:
            return ()

    def _shown_times(self) -> tuple[str, ...]:
        return tuple(sorted(row.text for row in self.rows))  # a repeated time shows twice

    def _build_rows(self, times: tuple[str, ...]) -> None:
        for row in self.rows:
            self.times_box.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for text in times:
            row = TimeRow(text)
            row.remove.setText(self.tr("Remove"))
            row.edit.setAccessibleName(self.tr("Reminder time"))
            row.edit.timeChanged.connect(self._on_time_changed)
            row.remove.clicked.connect(lambda _checked=False, r=row: self._on_remove(r))
            self.times_box.addWidget(row)
            self.rows.append(row)

    def _save_times(self, times: list[str]) -> None:
        self._prefs.update(reminder_times=check_times(times))

    @Slot()
    def _on_toggled(self) -> None:
        if self._updating:
            return
        changes: dict[str, object] = {"reminders_on": self.reminders_on.isChecked()}
        if self.reminders_on.isChecked() and not self._prefs.prefs.reminder_times:
            changes["reminder_times"] = self._plan_times() or DEFAULT_REMINDER_TIMES
        self._prefs.update(**changes)

    @Slot()
    def _on_time_changed(self) -> None:
        if not self._updating:
            self._save_times([row.text for row in self.rows])

    def _on_remove(self, row: TimeRow) -> None:
        self._save_times([r.text for r in self.rows if r is not row])

    @Slot()
    def _on_add(self) -> None:
        taken = {row.text for row in self.rows}
        # A free hour, from midday onwards: a new row never repeats one already there.
        hour = next(h % 24 for h in range(12, 36) if f"{h % 24:02d}:00" not in taken)
        self._save_times([*taken, f"{hour:02d}:00"])

    @Slot()
    def _on_use_plan(self) -> None:
        self._prefs.update(reminder_times=self._plan_times())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
