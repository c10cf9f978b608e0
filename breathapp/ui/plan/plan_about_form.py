# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan as a whole in the plan editor: the therapist's message, contact, reminder times
and recorded voice."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.plans import CONTACT_FIELD_MAX_CHARS, FLARE_UP_ADVICE_MAX_CHARS, Contact, Plan
from breathapp.core.voice_pack import Manifest
from breathapp.ui.common.counts import Counts
from breathapp.ui.common.wrap_check_box import WrapCheckBox
from breathapp.ui.plan.plan_voice import VoiceChoice

MESSAGE_HEIGHT_PX = 150
ADVICE_HEIGHT_PX = 120


def parse_times(text: str) -> tuple[str, ...]:
    """ "08:30, 20:00" (commas or spaces between) as the plan's reminder times."""
    return tuple(part for part in re.split(r"[,;\s]+", text.strip()) if part)


class AboutForm(QWidget):
    """Edits what belongs to the whole plan; the editor reads it back with the getters.

    Signals:
        changed(): anything was edited.
    """

    changed = Signal()

    def __init__(
        self, plan: Plan, voices: Sequence[Manifest] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.message_edit = QPlainTextEdit(plan.message)
        self.message_edit.setFixedHeight(MESSAGE_HEIGHT_PX)
        self.message_edit.setTabChangesFocus(True)  # Tab moves on; Enter still starts a line
        c = plan.contact
        self.contact_edits = [
            QLineEdit(value) for value in (c.therapist, c.practice, c.phone, c.email, c.hours)
        ]
        for edit in self.contact_edits:
            edit.setMaxLength(CONTACT_FIELD_MAX_CHARS)
        self.times_edit = QLineEdit(", ".join(plan.reminder_times))
        self.voice_choice = VoiceChoice(plan.voice_pack, voices)
        self.labels = [QLabel() for _ in range(8)]
        form = QFormLayout(self)
        form.setSpacing(10)
        fields = self._fields()
        for label, field in zip(self.labels, fields, strict=True):
            form.addRow(label, field)
        # A bad day: the therapist's own advice, and whether the app may suggest a call.
        # Core owns the advice's limit; a longer text is shown as the editor's problem.
        self.advice_label = QLabel()
        self.advice_edit = QPlainTextEdit(plan.flare_up_advice)
        self.advice_edit.setFixedHeight(ADVICE_HEIGHT_PX)
        self.advice_edit.setTabChangesFocus(True)
        self.advice_hint = QLabel()
        self.advice_hint.setObjectName("muted")
        self.advice_hint.setWordWrap(True)
        advice = QVBoxLayout()
        advice.setSpacing(2)
        advice.addWidget(self.advice_edit)
        advice.addWidget(self.advice_hint)
        self.suggest_check = WrapCheckBox()
        self.suggest_check.setChecked(plan.suggest_contact)
        advice.addSpacing(6)
        advice.addWidget(self.suggest_check)
        advice.addStretch(1)  # any height to spare goes below, not between them
        form.addRow(self.advice_label, advice)
        self.advice_edit.textChanged.connect(self.changed)
        self.suggest_check.toggled.connect(self.changed)
        self.message_edit.textChanged.connect(self.changed)
        for edit in (*self.contact_edits, self.times_edit):
            edit.textChanged.connect(self.changed)
        self.voice_choice.currentIndexChanged.connect(self.changed)
        self.retranslate()

    def _fields(self) -> list[QWidget]:
        return [self.message_edit, *self.contact_edits, self.times_edit, self.voice_choice]

    def message(self) -> str:
        return self.message_edit.toPlainText().strip()

    def contact(self) -> Contact:
        return Contact(*(edit.text().strip() for edit in self.contact_edits))

    def reminder_times(self) -> tuple[str, ...]:
        return parse_times(self.times_edit.text())

    def voice_pack(self) -> str:
        return self.voice_choice.pack_id()

    def flare_up_advice(self) -> str:
        return self.advice_edit.toPlainText().strip()

    def suggest_contact(self) -> bool:
        return self.suggest_check.isChecked()

    def retranslate(self) -> None:
        names = (
            self.tr("Your message"),
            self.tr("Therapist"),
            self.tr("Practice"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("When to call"),
            self.tr("Reminder times"),
            self.tr("Recorded voice"),
        )
        fields = self._fields()
        for label, name, field in zip(self.labels, names, fields, strict=True):
            label.setText(name)
            field.setAccessibleName(name)
        self.message_edit.setPlaceholderText(
            self.tr("A few personal words: what to keep in mind, and that asking is welcome.")
        )
        self.contact_edits[4].setPlaceholderText(self.tr("For example: weekdays 8–12"))
        self.times_edit.setPlaceholderText(self.tr("For example: 08:30, 20:00"))
        self.times_edit.setToolTip(self.tr("Suggested times for reminders, up to four"))
        self.times_edit.setAccessibleDescription(self.times_edit.toolTip())
        self.voice_choice.setToolTip(
            self.tr("Your recorded voice, sent with the plan so your patient hears you at home")
        )
        self.voice_choice.setAccessibleDescription(self.voice_choice.toolTip())
        self.advice_label.setText(self.tr("Your advice for a bad day"))
        self.advice_edit.setAccessibleName(self.advice_label.text())
        self.advice_edit.setPlaceholderText(
            self.tr(
                "What helps when the pain flares up, in your own words. Your patient reads it "
                "on a bad day, after a short calm session."
            )
        )
        self.advice_hint.setText(
            Counts.tr("Optional; at most %n characters.", "", FLARE_UP_ADVICE_MAX_CHARS)
        )
        self.advice_edit.setAccessibleDescription(
            self.advice_edit.placeholderText() + " " + self.advice_hint.text()
        )
        self.suggest_check.setText(self.tr("Suggest contacting me when pain stays high or rises"))
        self.suggest_check.setAccessibleName(self.suggest_check.text())
        self.suggest_check.setToolTip(
            self.tr(
                "A quiet suggestion with your contact details, at most once a week, after three "
                "days in a row of pain 7 or more, or pain that rose over a week."
            )
        )
        self.suggest_check.setAccessibleDescription(self.suggest_check.toolTip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
