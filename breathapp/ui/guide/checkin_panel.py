# SPDX-License-Identifier: GPL-3.0-or-later
"""The quick check-in: one question at a time, eleven large buttons (0 to 10), a note.

With pain of 7 or more before a session it offers the gentle flare-up session instead
(flare_offer.py); after a session the note is for the therapist unless kept private."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QPlainTextEdit,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.checkin import NOTE_MAX_CHARS, RATING_MAX, RATING_MIN, Ratings
from breathapp.core.flare import offer_flare_up
from breathapp.ui.common.widgets import centered_label, centered_row
from breathapp.ui.guide.flare_offer import FlareOffer

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QResizeEvent

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
        self.numbers = QWidget()
        self._grid = QGridLayout(self.numbers)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self._columns = 0
        for value in range(RATING_MIN, RATING_MAX + 1):
            button = QPushButton(str(value))
            button.setObjectName("rating")
            button.setCheckable(True)
            # Tab reaches each number (then Skip); the arrows move between them.
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.installEventFilter(self)
            button.setMinimumSize(56, 56)  # a large target, whole at any text size
            self.buttons.addButton(button, value)
        self._place_numbers(RATING_MAX + 1)
        self.hint = centered_label("muted", wrap=True)
        self.skip_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addWidget(self.scale)
        layout.addSpacing(28)
        layout.addWidget(self.numbers, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(self.hint)
        layout.addSpacing(16)
        layout.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.buttons.idClicked.connect(self._on_clicked)
        self.skip_button.clicked.connect(self.skip)
        self.retranslate()

    # -- the numbers: one row where it fits, else two (0 to 5, 6 to 10) ------------
    def _place_numbers(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.buttons.buttons():
            self._grid.removeWidget(button)
        for button in self.buttons.buttons():
            value = self.buttons.id(button)
            self._grid.addWidget(button, value // columns, value % columns)

    def _one_row_width(self) -> int:
        widths = sum(
            b.minimumSizeHint().expandedTo(b.minimumSize()).width() for b in self.buttons.buttons()
        )
        return widths + self._grid.spacing() * RATING_MAX

    def resizeEvent(self, event: QResizeEvent) -> None:
        margins = self.contentsMargins().left() + self.contentsMargins().right() + 24
        fits = self._one_row_width() + margins <= event.size().width()
        self._place_numbers(RATING_MAX + 1 if fits else (RATING_MAX + 2) // 2)
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows move the focus between the numbers; they never answer."""
        if event.type() == QEvent.Type.KeyPress and watched in self.buttons.buttons():
            key = event.key()  # type: ignore[attr-defined]
            steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1}
            step = steps.get(key, 1 if key == Qt.Key.Key_Down else 0)
            if step:
                value = self.buttons.id(watched)  # type: ignore[arg-type]
                target = self.buttons.button(min(max(value + step, RATING_MIN), RATING_MAX))
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

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
        self._say_hint()
        self.setAccessibleName(self.title.text())  # the question, then its scale
        self.setAccessibleDescription(
            self.scale.text() + " " + self.tr("Type a number from 0 to 10, then press Enter.")
        )

    def _say_hint(self) -> None:
        if self._typed is None:
            self.hint.setText(self.tr("Click a number, or type it and press Enter."))
        else:
            self.hint.setText(
                self.tr("You typed %1. Press Enter to choose it.").replace("%1", str(self._typed))
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
            self._say_hint()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NoteEdit(QPlainTextEdit):
    """A short multi-line field: Tab moves on, Enter saves, Shift+Enter starts a new line."""

    submitted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setMinimumWidth(320)
        self.setMaximumWidth(640)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        super().changeEvent(event)


class NotePanel(QWidget):
    """An optional short note after a session, for the therapist unless kept private.

    Signals:
        done(str): the note ("" when skipped); ``private`` says whether to keep it.
    """

    done = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = centered_label("summaryTitle", wrap=True)
        self.edit = NoteEdit()
        self.private_check = QCheckBox()
        self.too_long = centered_label("muted", wrap=True)  # a kind line, never red
        self.too_long.hide()
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.skip_button = QPushButton()
        buttons = centered_row(self.skip_button, self.save_button)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(16)
        layout.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.private_check, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.too_long)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(3)
        self.save_button.clicked.connect(self.save)
        self.skip_button.clicked.connect(lambda: self.done.emit(""))
        self.edit.submitted.connect(self.save)
        self.retranslate()

    @property
    def private(self) -> bool:
        """True when the patient keeps this note to themselves."""
        return self.private_check.isChecked()

    def start(self) -> None:
        self.edit.clear()
        self.private_check.setChecked(False)
        self.too_long.hide()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def save(self) -> None:
        text = self.edit.toPlainText().strip()
        if len(text) > NOTE_MAX_CHARS:
            self.too_long.show()
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.too_long.hide()
        self.done.emit(text)

    def retranslate(self) -> None:
        self.title.setText(self.tr("A note for your therapist (optional)"))
        self.edit.setPlaceholderText(self.tr("What went well, what was hard"))
        self.edit.setAccessibleName(self.tr("A note for your therapist (optional)"))
        self.edit.setAccessibleDescription(self.tr("What went well, what was hard"))
        self.private_check.setText(self.tr("Keep this note private"))
        self.too_long.setText(
            self.tr("This note is a little long. Could you keep it under 1000 characters?")
        )
        self.save_button.setText(self.tr("Save"))
        self.skip_button.setText(self.tr("Skip"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CheckIn(QWidget):
    """Runs a check-in: the ratings one after another, then (after a session) the note.

    Before a session, pain of 7 or more offers the flare-up session instead.

    Signals:
        before_done(Ratings): the check-in before a session is complete.
        after_done(Ratings, str): the check-in after a session and its note.
        flare_up_chosen(Ratings): the flare-up session was taken instead of the planned one.
    """

    before_done = Signal(object)
    after_done = Signal(object, str)
    flare_up_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rating = CheckInPanel()
        self.note = NotePanel()
        self.offer = FlareOffer()
        self._pages = QStackedLayout(self)
        self._pages.addWidget(self.rating)
        self._pages.addWidget(self.note)
        self._pages.addWidget(self.offer)
        self._questions: list[str] = []
        self._answers: dict[str, int | None] = {}
        self._after = False
        self.rating.answered.connect(self._on_answered)
        self.note.done.connect(self._on_note)
        self.offer.flare_up.connect(lambda: self.flare_up_chosen.emit(self._ratings()))
        self.offer.keep.connect(lambda: self.before_done.emit(self._ratings()))

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

    @property
    def on_offer(self) -> bool:
        return self._pages.currentWidget() is self.offer

    def confirm(self) -> None:
        """Enter or Space."""
        if self.on_note:
            self.note.save()
        elif self.on_offer:
            self.offer.confirm()
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
        elif offer_flare_up(self._answers.get(PAIN)):
            self._pages.setCurrentWidget(self.offer)
            self.offer.start()
        else:
            self.before_done.emit(self._ratings())

    @Slot(str)
    def _on_note(self, note: str) -> None:
        self.after_done.emit(self._ratings(), note)
