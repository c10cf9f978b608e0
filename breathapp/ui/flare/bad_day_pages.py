# SPDX-License-Identifier: GPL-3.0-or-later
"""The two quiet pages around the flare-up session: before it (a kind word, the pain
rating) and after it (reassurance, the therapist's advice and contact, when to seek care,
a note for the therapist). Large, plain, scrolled when the text is large."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from breathapp.core.checkin import NOTE_MAX_CHARS
from breathapp.core.flare_texts import BadDayTexts
from breathapp.core.plans import Contact
from breathapp.ui.common.contact_card import ContactCard
from breathapp.ui.common.widgets import card, centered_row, scrolled, text_label
from breathapp.ui.guide.checkin_panel import PAIN, CheckInPanel, NoteEdit


class BadDayStart(QWidget):
    """A kind sentence, then the check-ins' pain rating; answering it (or skipping) begins
    the session.

    Signals:
        answered(object): the pain (0 to 10), or None when skipped.
        close_requested(): Close was pressed.
    """

    answered = Signal(object)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = text_label("summaryTitle")
        self.kind.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.then = text_label("muted")
        self.then.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rating = CheckInPanel()
        self.close_button = QPushButton()
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(24, 24, 24, 12)
        column.addWidget(self.kind)
        column.addSpacing(8)
        column.addWidget(self.then)
        column.addWidget(self.rating)
        column.addLayout(centered_row(self.close_button))
        self.scroll = scrolled(inner)  # it takes the focus to scroll: it has a name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.rating.answered.connect(self.answered)
        self.close_button.clicked.connect(self.close_requested)
        self.retranslate()

    def start(self) -> None:
        self.rating.ask(PAIN, False)

    def retranslate(self) -> None:
        self.kind.setText(
            self.tr("A bad day is nobody's fault. Take a few quiet minutes for yourself.")
        )
        self.then.setText(
            self.tr(
                "Lie down or sit well supported. Answer, or skip the question,"
                " and a short, gentle session begins."
            )
        )
        self.close_button.setText(self.tr("Close"))
        self.scroll.setAccessibleName(self.tr("I'm having a bad day"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class BadDayEnd(QWidget):
    """After the session: reassurance, the plan's advice and contact, when to seek care
    (said once, plainly, here), and a short note for the therapist.

    Signals:
        note_written(str): Save was pressed with a note of 1 to 1000 characters.
        close_requested(): Close was pressed.
    """

    note_written = Signal(str)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = text_label("summaryTitle")
        self.reassurance = text_label("summaryBody")
        self.advice_card, advice = card()
        self.advice_title = text_label("cardTitle")
        self.advice = text_label(selectable=True)
        advice.addWidget(self.advice_title)
        advice.addWidget(self.advice)
        self.contact = ContactCard()
        self.seek_title = text_label("sectionTitle")
        self.seek_care = text_label()
        self.seek_after = text_label()
        self.note_title = text_label("sectionTitle")
        self.note = NoteEdit()
        self.note.setMaximumWidth(16777215)  # the page's whole width, like the words above
        self.note_line = text_label("muted")  # saved, or a kind word on a long note
        self.note_line.hide()
        self.save_button = QPushButton()
        self.close_button = QPushButton()
        self.close_button.setObjectName("primary")
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(32, 24, 32, 16)
        column.setSpacing(10)
        for widget in (self.title, self.reassurance, self.advice_card, self.contact):
            column.addWidget(widget)
        column.addSpacing(6)
        for widget in (self.seek_title, self.seek_care, self.seek_after):
            column.addWidget(widget)
        column.addSpacing(6)
        column.addWidget(self.note_title)
        column.addWidget(self.note)
        column.addWidget(self.note_line)
        column.addLayout(centered_row(self.save_button, self.close_button))
        column.addStretch(1)
        self.scroll = scrolled(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.note_title.setBuddy(self.note)
        self.save_button.clicked.connect(self.save)
        self.note.submitted.connect(self.save)
        self.close_button.clicked.connect(self.close_requested)
        self._texts: BadDayTexts | None = None
        self.retranslate()

    def show_day(self, texts: BadDayTexts, advice: str, contact: Contact) -> None:
        """Fill the page: the fixed texts in the app's language, the plan's own words."""
        self._texts = texts
        self.reassurance.setText("\n\n".join(texts.reassurance))
        self.seek_title.setText(texts.seek_care_title)
        self.seek_care.setText("\n".join(f"•  {sign}" for sign in texts.seek_care))
        self.seek_after.setText(texts.seek_care_after)
        self.advice.setText(advice)
        self.advice_card.setVisible(bool(advice.strip()))
        self.contact.show_contact(contact)
        self.contact.setVisible(not self.contact.is_empty())
        self.note.clear()
        self.note.setEnabled(True)
        self.save_button.setEnabled(True)
        self.note_line.hide()
        self.scroll.verticalScrollBar().setValue(0)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def save(self) -> None:
        text = self.note.toPlainText().strip()
        if not text:
            return
        if len(text) > NOTE_MAX_CHARS:
            self.say(
                self.tr("This note is a little long. Could you keep it under 1000 characters?")
            )
            return
        self.note_written.emit(text)

    def say(self, line: str) -> None:
        self.note_line.setText(line)
        self.note_line.show()

    def saved(self) -> None:
        """The note is stored: say so, and keep it as it is."""
        self.say(self.tr("Saved. It will be in the report for your therapist."))
        self.note.setEnabled(False)
        self.save_button.setEnabled(False)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Thank you for taking this time for yourself."))
        self.advice_title.setText(self.tr("Your therapist's advice"))
        self.note_title.setText(self.tr("A note for your therapist (optional)"))
        self.note.setPlaceholderText(self.tr("What went well, what was hard"))
        self.note.setAccessibleName(self.tr("A note for your therapist (optional)"))
        self.save_button.setText(self.tr("Save the note"))
        self.close_button.setText(self.tr("Close"))
        self.scroll.setAccessibleName(self.tr("After the flare-up session"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
