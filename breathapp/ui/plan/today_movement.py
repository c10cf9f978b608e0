# SPDX-License-Identifier: GPL-3.0-or-later
"""Today's movement question: "How many minutes did you move today?" with large choices."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout, QWidget

from breathapp.core.movement import MOVEMENT_MAX_MINUTES, MovementError, check_movement_minutes
from breathapp.ui.common.widgets import text_label
from breathapp.ui.guide.choice_row import Choice, ChoiceRow
from breathapp.ui.plan import plan_text

MINUTE_CHOICES = (5, 10, 15, 20, 30)
OTHER = "other"  # the key of the "Other…" choice
SPIN_MAX = 9999  # the box takes any number, so that a wrong one can be answered kindly


class MovementQuestion(QFrame):
    """The minutes moved today: five large choices and "Other…", the phase's goal when the
    plan has one, what is chosen now (changeable, and clearable). A day counts on its own:
    there is no streak here. The chosen choice carries a tick (ChoiceButton), not colour alone.

    Signals:
        minutes_chosen(int): the user chose these minutes for today (0: cleared).
    """

    minutes_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.minutes = 0
        self.at_least = False  # an old tick: "15 minutes or more"
        self.goal: int | None = None
        self.activity = ""
        self.question = text_label("cardTitle")
        self.goal_label = text_label()
        self.hint = text_label("muted")
        self.choices = ChoiceRow()
        self.chosen_label = text_label()
        self.clear_button = QPushButton()
        self.clear_button.setAutoDefault(False)
        # "Other…": a number box and a Save, shown under the choices when asked for.
        self.other = QWidget()
        self.other_spin = QSpinBox()
        self.other_spin.setRange(0, SPIN_MAX)
        self.other_spin.setValue(45)
        self.other_save = QPushButton()
        self.other_save.setAutoDefault(False)
        self.other_problem = text_label("muted")
        other_row = QHBoxLayout()
        other_row.setContentsMargins(0, 0, 0, 0)
        other_row.addWidget(self.other_spin)
        other_row.addWidget(self.other_save)
        other_row.addStretch(1)
        other = QVBoxLayout(self.other)
        other.setContentsMargins(0, 0, 0, 0)
        other.addLayout(other_row)
        other.addWidget(self.other_problem)
        self.other.hide()
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen_label, 1)
        chosen_row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(22, 16, 22, 18)
        column.setSpacing(8)
        column.addWidget(self.question)
        column.addWidget(self.goal_label)
        column.addWidget(self.hint)
        column.addWidget(self.choices)
        column.addWidget(self.other)
        column.addLayout(chosen_row)
        self.choices.chosen.connect(self._on_chosen)
        self.clear_button.clicked.connect(lambda: self.minutes_chosen.emit(0))
        self.other_save.clicked.connect(self._on_other_save)
        self.other_spin.valueChanged.connect(self._check_other)
        self.other_spin.lineEdit().returnPressed.connect(self._on_other_save)
        self.retranslate()

    def show_day(
        self, minutes: int, at_least: bool = False, goal: int | None = None, activity: str = ""
    ) -> None:
        """Show today's ``minutes`` (0: none yet) and the phase's ``goal`` (None: none)."""
        self.minutes, self.at_least = minutes, at_least
        self.goal, self.activity = goal, activity.strip()
        if minutes:
            self.other.hide()
        self.retranslate()

    def set_read_only(self) -> None:
        """A picture in the editor's preview: nothing takes the focus."""
        for button in (*self.choices.buttons(), self.clear_button, self.other_save):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.other_spin.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @Slot(object)
    def _on_chosen(self, key: object) -> None:
        if key == OTHER:
            self.other_spin.setValue(self.minutes if self.minutes else 45)
            self.other.show()
            self._check_other()
            self.other_spin.setFocus(Qt.FocusReason.OtherFocusReason)
            self.other_spin.selectAll()
            self._show_choices()  # "Other…" is chosen only once minutes are saved
        elif isinstance(key, int):
            self.other.hide()
            self.minutes_chosen.emit(key)

    @Slot()
    def _check_other(self) -> bool:
        try:
            check_movement_minutes(self.other_spin.value())
        except MovementError:
            self.other_problem.setText(
                self.tr("A number from 1 to %n minutes, please.", "", MOVEMENT_MAX_MINUTES)
            )
            self.other_problem.show()
            self.other_save.setEnabled(False)
            return False
        self.other_problem.hide()
        self.other_save.setEnabled(True)
        return True

    @Slot()
    def _on_other_save(self) -> None:
        self.other_spin.interpretText()
        if self._check_other():
            self.other.hide()
            self.minutes_chosen.emit(self.other_spin.value())

    def _show_choices(self) -> None:
        shown = self.minutes
        checked: object = None
        if shown:
            checked = shown if shown in MINUTE_CHOICES else OTHER
        choices = [
            Choice(m, plan_text.minutes_short(m), spoken=self.tr("%n minutes", "", m))
            for m in MINUTE_CHOICES
        ]
        other_detail = plan_text.minutes_short(shown) if checked == OTHER else ""
        choices.append(
            Choice(
                OTHER,
                self.tr("Other…"),
                other_detail,
                spoken=self.tr("Another number of minutes"),
            )
        )
        self.choices.set_choices(choices, checked)

    def retranslate(self) -> None:
        self.question.setText(self.tr("How many minutes did you move today?"))
        self.hint.setText(self.tr("A walk, cycling, the stairs, gardening: all of it counts."))
        self.choices.setAccessibleName(self.question.text())
        if self.goal is not None and self.activity:
            goal = self.tr("Your goal in this phase: %n minutes of %1", "", self.goal).replace(
                "%1", self.activity
            )
        elif self.goal is not None:
            goal = self.tr("Your goal in this phase: %n minutes a day", "", self.goal)
        else:
            goal = ""
        self.goal_label.setText(goal)
        self.goal_label.setVisible(bool(goal))
        self._show_choices()
        if not self.minutes:
            chosen = ""
        elif self.at_least:
            chosen = self.tr("Today: 15 minutes or more.")
        else:
            chosen = self.tr("Today: %n minutes.", "", self.minutes)
        if chosen and self.goal is not None and self.minutes >= self.goal:
            chosen += " " + self.tr("You reached your goal for today.")
        self.chosen_label.setText(chosen)
        self.chosen_label.setVisible(bool(chosen))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear today's minutes"))
        self.clear_button.setVisible(bool(self.minutes))
        self.other_spin.setSuffix(" " + self.tr("min"))
        self.other_spin.setAccessibleName(self.tr("Minutes moved today"))
        self.other_save.setText(self.tr("Save"))
        self.other_save.setAccessibleName(self.tr("Save the minutes"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
