# SPDX-License-Identifier: GPL-3.0-or-later
"""The quick check-in: one question at a time, eleven large buttons (0 to 10), a note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.checkin import NOTE_MAX_CHARS, RATING_MAX, RATING_MIN, Ratings
from breathapp.ui.common.widgets import centered_label, centered_row

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QKeyEvent

TENSION = "tension"
PAIN = "pain"


class CheckInPanel(QWidget):
    """Asks one rating at a time.

    Signals:
        answered(object): the rating (0 to 10), or None when skipped.
    """

    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question = TENSION
        self._after = False
        self._typed: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = centered_label("summaryTitle", wrap=True)
        self.scale = centered_label("muted", wrap=True)
        self.buttons = QButtonGroup(self)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addStretch(1)
        for value in range(RATING_MIN, RATING_MAX + 1):
            button = QPushButton(str(value))
            button.setObjectName("rating")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(64, 64)
            self.buttons.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        self.skip_button = QPushButton()
        self.skip_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addWidget(self.scale)
        layout.addSpacing(28)
        layout.addLayout(row)
        layout.addSpacing(28)
        layout.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.buttons.idClicked.connect(self._on_clicked)
        self.skip_button.clicked.connect(self.skip)
        self.retranslate()

    def ask(self, question: str, after: bool) -> None:
        self._question = question
        self._after = after
        self._typed = None
        checked = self.buttons.checkedButton()
        if checked is not None:
            self.buttons.setExclusive(False)
            checked.setChecked(False)
            self.buttons.setExclusive(True)
        self.retranslate()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        if self._question == PAIN:
            self.title.setText(
                self.tr("How much pain do you feel now?")
                if self._after
                else self.tr("How much pain do you feel right now?")
            )
            self.scale.setText(self.tr("0 is no pain, 10 is the worst pain you can imagine."))
        else:
            self.title.setText(
                self.tr("How tense do you feel now?")
                if self._after
                else self.tr("How tense do you feel right now?")
            )
            self.scale.setText(
                self.tr("0 is completely relaxed, 10 is very tense. Your own feeling, not a test.")
            )
        self.skip_button.setText(self.tr("Skip"))
        self.setAccessibleName(self.title.text())  # the question, then its scale
        self.setAccessibleDescription(
            self.scale.text() + " " + self.tr("Type a number from 0 to 10, then press Enter.")
        )

    # -- answering ---------------------------------------------------------------
    @Slot(int)
    def _on_clicked(self, value: int) -> None:
        self.answered.emit(value)

    @Slot()
    def skip(self) -> None:
        self.answered.emit(None)

    def confirm(self) -> None:
        """Enter or Space: the number typed so far, if any."""
        if self._typed is not None:
            self.answered.emit(self._typed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit():
            digit = int(text)
            # "1" then "0" is ten; any other digit stands for itself.
            value = 10 if (self._typed == 1 and digit == 0) else digit
            self._typed = value
            button = self.buttons.button(value)
            if button is not None:
                button.setChecked(True)
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NotePanel(QWidget):
    """An optional short note after a session.

    Signals:
        done(str): the note ("" when skipped).
    """

    done = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = centered_label("summaryTitle")
        self.edit = QLineEdit()
        self.edit.setMaxLength(NOTE_MAX_CHARS)
        self.edit.setMinimumWidth(520)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.skip_button = QPushButton()
        buttons = centered_row(self.skip_button, self.save_button)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(20)
        layout.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(20)
        layout.addLayout(buttons)
        layout.addStretch(3)
        self.save_button.clicked.connect(self.save)
        self.skip_button.clicked.connect(lambda: self.done.emit(""))
        self.edit.returnPressed.connect(self.save)
        self.retranslate()

    def start(self) -> None:
        self.edit.clear()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def save(self) -> None:
        self.done.emit(self.edit.text())

    def retranslate(self) -> None:
        self.title.setText(self.tr("What did you notice? (optional)"))
        self.edit.setPlaceholderText(self.tr("For example: my shoulders felt looser"))
        self.edit.setAccessibleName(self.tr("What did you notice? (optional)"))
        self.save_button.setText(self.tr("Save"))
        self.skip_button.setText(self.tr("Skip"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CheckIn(QWidget):
    """Runs a check-in: the ratings one after another, then (after a session) the note.

    Signals:
        before_done(Ratings): the check-in before a session is complete.
        after_done(Ratings, str): the check-in after a session and its note.
    """

    before_done = Signal(object)
    after_done = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rating = CheckInPanel()
        self.note = NotePanel()
        self._pages = QStackedLayout(self)
        self._pages.addWidget(self.rating)
        self._pages.addWidget(self.note)
        self._questions: list[str] = []
        self._answers: dict[str, int | None] = {}
        self._after = False
        self.rating.answered.connect(self._on_answered)
        self.note.done.connect(self._on_note)

    @classmethod
    def on_page(
        cls,
        pages: QStackedLayout,
        before_done: Callable[[Ratings], None],
        after_done: Callable[[Ratings, str], None],
    ) -> CheckIn:
        """A check-in added to a screen's stack of pages, answering to the screen's slots."""
        checkin = cls()
        checkin.before_done.connect(before_done)
        checkin.after_done.connect(after_done)
        pages.addWidget(checkin)
        return checkin

    def begin(self, ask_pain: bool, after: bool) -> None:
        self._questions = [TENSION, PAIN] if ask_pain else [TENSION]
        self._answers = {}
        self._after = after
        self._pages.setCurrentWidget(self.rating)
        self.rating.ask(self._questions[0], after)

    @property
    def on_note(self) -> bool:
        return self._pages.currentWidget() is self.note

    def confirm(self) -> None:
        """Enter or Space."""
        if self.on_note:
            self.note.save()
        else:
            self.rating.confirm()

    def skip_all(self) -> None:
        """Esc after a session: keep what was answered, leave the rest."""
        if self.on_note:
            self._on_note("")
            return
        for question in self._questions:
            self._answers.setdefault(question, None)
        self._finish_ratings()

    @Slot(object)
    def _on_answered(self, value: int | None) -> None:
        question = self._questions[len(self._answers)]
        self._answers[question] = value
        if len(self._answers) < len(self._questions):
            self.rating.ask(self._questions[len(self._answers)], self._after)
        else:
            self._finish_ratings()

    def _ratings(self) -> Ratings:
        return Ratings(self._answers.get(TENSION), self._answers.get(PAIN))

    def _finish_ratings(self) -> None:
        if self._after:
            self._pages.setCurrentWidget(self.note)
            self.note.start()
        else:
            self.before_done.emit(self._ratings())

    @Slot(str)
    def _on_note(self, note: str) -> None:
        self.after_done.emit(self._ratings(), note)
