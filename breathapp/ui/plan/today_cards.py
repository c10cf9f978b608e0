# SPDX-License-Identifier: GPL-3.0-or-later
"""The pieces of the Today page: a soft tick, a session row, the contact card and the quiet
suggestion to contact the therapist."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.plans import Contact
from breathapp.ui.common.contact_card import ContactCard
from breathapp.ui.common.widgets import text_label

if TYPE_CHECKING:  # core.flare loads with the FlareController, not before the first paint
    from datetime import date

    from breathapp.controllers.flare_controller import FlareController
    from breathapp.core.flare import ContactReason

TICK_PX = 34


def button_row() -> tuple[QPushButton, QLabel, QHBoxLayout]:
    """A quiet button with a line about it at its side."""
    button = QPushButton()
    button.setAutoDefault(False)
    about = text_label("muted")
    row = QHBoxLayout()
    row.setSpacing(16)
    row.addWidget(button)
    row.addWidget(about, 1)
    return button, about, row


class Tick(QWidget):
    """A round mark: a filled circle with a tick when done, a quiet ring when still open.

    Never red and never a cross: a session not done yet is simply still to come.
    Colours come from the palette (the theme sets Accent, Base and PlaceholderText).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done = False
        self.setFixedSize(TICK_PX, TICK_PX)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_done(self, done: bool) -> None:
        if done != self.done:
            self.done = done
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        if self.done:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Accent))
            painter.drawEllipse(box)
            pen = QPen(palette.color(QPalette.ColorRole.Base), box.width() * 0.11)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            w, x, y = box.width(), box.x(), box.y()
            path = QPainterPath()
            path.moveTo(x + w * 0.28, y + w * 0.52)
            path.lineTo(x + w * 0.44, y + w * 0.67)
            path.lineTo(x + w * 0.73, y + w * 0.36)
            painter.drawPath(path)
        else:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(box)
        painter.end()


class ItemRow(QFrame):
    """One prescribed session of today: its tick, what it is, how long, how often, how far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.tick = Tick()
        self.title = text_label("cardTitle")
        self.details = text_label("muted")
        self.progress = text_label()
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.details)
        words.addWidget(self.progress)
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 12, 20, 12)
        row.setSpacing(16)
        row.addWidget(self.tick, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(words, 1)

    def show_item(self, title: str, details: str, progress: str, done: bool) -> None:
        self.title.setText(title)
        self.details.setText(details)
        self.progress.setText(progress)
        self.tick.set_done(done)
        self.setAccessibleName(f"{title}. {details}. {progress}")


class SuggestionCard(QFrame):
    """The quiet suggestion to contact the therapist: what was noticed in plain words, a kind
    word, the plan's contact when there is one, and OK. Never red, never an alarm.

    Signals:
        dismissed(): the patient pressed OK.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.reason: ContactReason | None = None
        self.title = text_label("cardTitle")
        self.noticed = text_label()
        self.advice = text_label()
        self.contact = ContactCard()
        self.contact.setObjectName("")  # inside this card: no second frame
        self.contact.layout().setContentsMargins(0, 4, 0, 4)
        self.ok_button = QPushButton()
        self.ok_button.setAutoDefault(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(22, 16, 22, 18)
        column.setSpacing(6)
        for widget in (self.title, self.noticed, self.advice, self.contact):
            column.addWidget(widget)
        column.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.ok_button.clicked.connect(self.dismissed)
        self.hide()
        self.retranslate()

    def show_reason(self, reason: ContactReason | None, contact: Contact) -> None:
        """Show the suggestion for ``reason`` (None: hide it) with the plan's contact."""
        self.setVisible(reason is not None)
        self.reason = reason
        self.contact.show_contact(contact)
        self.contact.setVisible(not self.contact.is_empty())
        self.retranslate()

    def carries_contact(self) -> bool:
        """True while the suggestion is up and shows the plan's contact card."""
        return self.reason is not None and self.contact.isVisibleTo(self)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Talking to your therapist can help"))
        if self.reason is not None and self.reason.value == "rising":  # ContactReason.RISING
            noticed = self.tr("Your pain has gone up this week.")
        else:
            noticed = self.tr("Your pain has been high for three days.")
        self.noticed.setText(noticed)
        self.advice.setText(
            self.tr(
                "That happens, and it is nobody's fault. Your therapist would like to hear "
                "about it: a short call or message is enough."
            )
        )
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("OK, close this suggestion"))
        self.setAccessibleName(f"{self.title.text()}. {noticed}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SuggestionDay:
    """Whether Today shows the contact suggestion: asked of the FlareController (None: never).

    A suggestion is marked shown as soon as it shows, so it comes at most once a week even
    when OK is never pressed; it stays on the page that day until OK.
    """

    def __init__(self) -> None:
        self.flare: FlareController | None = None
        self._showing: tuple[date, ContactReason] | None = None

    def reason(self, today: date) -> ContactReason | None:
        flare = self.flare
        if flare is None:
            return None
        if self._showing is None or self._showing[0] != today:
            reason = flare.contact_reason(today)
            self._showing = (today, reason) if reason is not None else None
            if reason is not None:
                flare.mark_suggestion_shown(today)
        return self._showing[1] if self._showing is not None else None

    def dismiss(self, today: date) -> None:
        if self.flare is not None:
            self.flare.mark_suggestion_shown(today)
        self._showing = None
