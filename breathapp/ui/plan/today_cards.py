# SPDX-License-Identifier: GPL-3.0-or-later
"""The pieces of the Today page: a soft tick, a session row, the message and contact cards."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.plans import Contact
from breathapp.ui.common.widgets import CardButton

TICK_PX = 34


def text_label(object_name: str = "", selectable: bool = False) -> QLabel:
    """A wrapping label; ``object_name`` picks its look in the style sheet."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def card() -> tuple[QFrame, QVBoxLayout]:
    """A rounded card in the theme's surface colour, and the column inside it."""
    frame = QFrame()
    frame.setObjectName("card")
    column = QVBoxLayout(frame)
    column.setContentsMargins(22, 16, 22, 18)
    column.setSpacing(6)
    return frame, column


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


class MoveToggle(CardButton):
    """The daily "I moved at least 15 minutes today" tick: large, one press on or off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_width = 260
        self.setObjectName("segment")
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tick = Tick()
        self.label = text_label("cardTitle")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hint = text_label("muted")
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.label)
        words.addWidget(self.hint)
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 12, 22, 12)
        row.setSpacing(16)
        row.addWidget(self.tick, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(words, 1)
        self.toggled.connect(self.tick.set_done)


class ContactCard(QFrame):
    """How to reach the therapist: name, practice, phone, e-mail and when to call.

    Only what the therapist filled in is shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.name = text_label("cardTitle", selectable=True)
        self._rows: list[tuple[QLabel, QLabel]] = []
        # Each value under its caption, in the card's whole width: an e-mail address has
        # no place to wrap, and beside a long caption (Dutch "Wanneer bellen") it was cut off.
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        for index in range(4):
            key = QLabel()
            key.setObjectName("muted")
            key.setContentsMargins(0, 6 if index else 0, 0, 0)
            value = text_label(selectable=True)
            grid.addWidget(key, 2 * index, 0)
            grid.addWidget(value, 2 * index + 1, 0)
            self._rows.append((key, value))
        column = QVBoxLayout(self)
        column.setContentsMargins(22, 16, 22, 18)
        column.setSpacing(6)
        column.addWidget(self.name)
        column.addLayout(grid)
        self._contact = Contact()
        self.retranslate()

    def show_contact(self, contact: Contact) -> None:
        self._contact = contact
        self.retranslate()

    def is_empty(self) -> bool:
        c = self._contact
        return not any((c.therapist, c.practice, c.phone, c.email, c.hours))

    def retranslate(self) -> None:
        c = self._contact
        self.name.setText(c.therapist or c.practice)
        self.name.setVisible(bool(c.therapist or c.practice))
        keys = (self.tr("Practice"), self.tr("Phone"), self.tr("E-mail"), self.tr("When to call"))
        practice = c.practice if c.therapist else ""  # else it is the name above
        for (key, value), name, text in zip(
            self._rows, keys, (practice, c.phone, c.email, c.hours), strict=True
        ):
            key.setText(name)
            value.setText(text)
            key.setVisible(bool(text))
            value.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
