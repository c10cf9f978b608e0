# SPDX-License-Identifier: GPL-3.0-or-later
"""What a plan file holds, shown in full before it is accepted: phases, sessions, message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.plans import Plan
from breathapp.ui.common.contact_card import ContactCard
from breathapp.ui.common.widgets import card, scrolled, text_label
from breathapp.ui.common.window_fit import resize_within_screen
from breathapp.ui.plan import plan_text

BULLET = "•"


class PlanSummary(QWidget):
    """A whole plan in words, read-only: every phase and session, the message, the contact."""

    def __init__(
        self,
        plan: Plan,
        script: plan_text.ScriptLookup | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = text_label("pageTitle")
        self.title.setText(plan.title)
        self.phase_cards: list[QFrame] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        column.addWidget(self.title)
        c = plan.contact
        if c.therapist or c.practice:
            made_by = text_label("muted")
            who = ", ".join(part for part in (c.therapist, c.practice) if part)
            made_by.setText(self.tr("From %1").replace("%1", who))
            column.addWidget(made_by)
        if plan.message.strip():
            column.addWidget(self._section(self.tr("Message from your therapist")))
            frame, inside = card()
            message = text_label()
            message.setText(plan.message.strip())
            inside.addWidget(message)
            column.addWidget(frame)
        column.addWidget(self._section(self.tr("The phases")))
        for index, phase in enumerate(plan.phases):
            frame, inside = card()
            name = text_label("cardTitle")
            name.setText(f"{index + 1}. {plan_text.phase_name(phase, index)}")
            rule = text_label("muted")
            rule.setText(plan_text.advance_text(phase, index == len(plan.phases) - 1))
            inside.addWidget(name)
            inside.addWidget(rule)
            if phase.note.strip():
                note = text_label()
                note.setText(phase.note.strip())
                inside.addWidget(note)
            goal = plan_text.movement_goal_text(phase)
            if goal:
                movement = text_label()
                movement.setText(goal)
                inside.addWidget(movement)
            for item in phase.items:
                line = text_label()
                line.setText(plan_text.describe_item(item, script))
                bullet = QLabel(BULLET)
                row = QHBoxLayout()
                row.setSpacing(10)
                row.addWidget(bullet, 0, Qt.AlignmentFlag.AlignTop)
                row.addWidget(line, 1)
                inside.addLayout(row)
            column.addWidget(frame)
            self.phase_cards.append(frame)
        self.advice_title: QLabel | None = None
        if plan.flare_up_advice.strip():
            self.advice_title = self._section(self.tr("On a bad day"))
            column.addWidget(self.advice_title)
            frame, inside = card()
            advice = text_label()
            advice.setText(plan.flare_up_advice.strip())
            inside.addWidget(advice)
            column.addWidget(frame)
        self.suggestion = text_label("muted")
        self.suggestion.setText(plan_text.suggest_contact_text(plan.suggest_contact))
        column.addWidget(self.suggestion)
        self.contact = ContactCard()
        self.contact.show_contact(c)
        if not self.contact.is_empty():
            column.addWidget(self._section(self.tr("Questions? Just ask")))
            column.addWidget(self.contact)
        else:
            self.contact.hide()
        if plan.reminder_times:
            times = text_label("muted")
            times.setText(
                self.tr("Suggested reminder times: %1").replace(
                    "%1", ", ".join(plan.reminder_times)
                )
            )
            column.addWidget(times)
        column.addStretch(1)

    @staticmethod
    def _section(text: str) -> QLabel:
        label = text_label("sectionTitle")
        label.setText(text)
        return label


class ImportPreview(QDialog):
    """Shows a plan from a file; Accept plan takes it, Cancel (or Esc) leaves all as it was.

    ``replacing`` says that accepting replaces the plan the profile follows now; ``voice``
    says whose recorded voice comes with it ("" for none).
    """

    def __init__(
        self,
        plan: Plan,
        script: plan_text.ScriptLookup | None = None,
        replacing: bool = False,
        parent: QWidget | None = None,
        voice: str = "",
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("A plan from your therapist"))
        resize_within_screen(self, 760, 720)
        self.intro = text_label()
        self.intro.setText(
            self.tr("This is what the plan holds. Nothing changes until you accept it.")
        )
        self.summary = PlanSummary(plan, script)
        scroll = scrolled(self.summary)
        self.replacing = text_label("notice")
        self.replacing.setText(
            self.tr(
                "You already follow a plan. Accepting this one replaces it; "
                "what you practised stays in your history."
            )
        )
        self.replacing.setVisible(replacing)
        self.voice = text_label()  # "Includes a recorded voice: Anna, 12 steps"
        self.voice.setText(voice)
        self.voice.setVisible(bool(voice))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.accept_button = QPushButton(self.tr("Accept plan"))
        self.accept_button.setObjectName("primary")
        self.accept_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.voice)
        layout.addWidget(self.replacing)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.accept_button.clicked.connect(self.accept)
