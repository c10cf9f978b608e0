# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan as a whole in the plan editor: the therapist's message, contact, reminder times
and recorded voice."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from breathapp.core.plans import CONTACT_FIELD_MAX_CHARS, Contact, Plan
from breathapp.core.voice_pack import Manifest
from breathapp.ui.plan.plan_voice import VoiceChoice

MESSAGE_HEIGHT_PX = 150


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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
