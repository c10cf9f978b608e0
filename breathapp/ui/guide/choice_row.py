# SPDX-License-Identifier: GPL-3.0-or-later
"""Large choices side by side that wrap onto the next line: one of them is the chosen one.

A row of checkable buttons in an exclusive group, in a layout that wraps when the window is
narrow or the text large (nothing is ever cut off). Tab reaches each button, the arrow keys
move between them and choose, as round choices do; Space and Enter on a focused button
choose that one. A button may carry a second, quieter line under its title.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QEvent, QMargins, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QFrame,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from breathapp.ui.common.flow_layout import FlowLayout

MARK = "✓"


class Choice(NamedTuple):
    """One choice: the key it stands for, its title, a quieter line under it, and its
    names for a screen reader (the title and line when not given)."""

    key: Hashable
    title: str
    detail: str = ""
    spoken: str = ""
    spoken_detail: str = ""


class _Measure(NamedTuple):
    em: int
    title_font: QFont
    title_metrics: QFontMetrics
    metrics: QFontMetrics
    pads: QMargins
    mark: int


class ChoiceButton(QPushButton):
    """A large checkable choice: its title, and under it a quieter line when there is one.

    The words are painted, not labels inside the button: a screen reader hears the button
    once, by its name, and the start screen has fewer widgets to build before its first
    paint. The chosen one carries a tick, so the choice shows in its shape, not in colour
    alone. A long title wraps in a narrow window; it is never cut off.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key: Hashable = None
        self._shown: Choice | None = None
        self._title = ""
        self._detail = ""
        self.setObjectName("choice")
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Not Fixed in height: a fixed height is the one-line height, and wrapped words need more.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._forget_sizes()

    def show_choice(self, choice: Choice) -> None:
        if choice == self._shown:
            return  # the preferences changed elsewhere: nothing to show anew
        self._shown = choice
        self.key = choice.key
        if (choice.title, choice.detail) != (self._title, self._detail):
            self._title, self._detail = choice.title, choice.detail
            self._forget_sizes()
        self.setAccessibleName(choice.spoken or choice.title)
        self.setAccessibleDescription(choice.spoken_detail or choice.detail)
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        """The title (the button has no text of its own: it paints its words)."""
        return self._title

    def detail(self) -> str:
        return self._detail

    # -- sizes, in font units (measured once per text and font) ---------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget_sizes()
            self.updateGeometry()  # the row places its choices again
        super().changeEvent(event)

    def _forget_sizes(self) -> None:
        self._measured: _Measure | None = None
        self._heights: dict[int, int] = {}
        self._places: dict[int, tuple[QRect, QRect]] = {}
        self._hint: QSize | None = None

    def _measure(self) -> _Measure:
        if self._measured is None:
            font = QFont(self.font())
            font.setWeight(QFont.Weight.DemiBold)
            metrics, title_metrics = self.fontMetrics(), QFontMetrics(font)
            em = metrics.height()
            # Room for the ring round the focused choice, so the words keep their place.
            pads = QMargins(em * 2 // 3, em // 2, em * 2 // 3, em // 2)
            mark = title_metrics.horizontalAdvance(MARK) + em // 3
            self._measured = _Measure(em, font, title_metrics, metrics, pads, mark)
        return self._measured

    def _words_width(self, width: int) -> int:
        m = self._measure()
        return width - m.pads.left() - m.pads.right() - m.mark

    def _blocks(self, width: int) -> tuple[QRect, QRect]:
        """Where the title and the line under it go, at this width of the words."""
        if width not in self._places:
            self._places[width] = self._measure_blocks(width)
        return self._places[width]

    def _measure_blocks(self, width: int) -> tuple[QRect, QRect]:
        m = self._measure()
        room = QRect(0, 0, max(1, width), 100_000)
        flags = int(Qt.TextFlag.TextWordWrap)
        title = m.title_metrics.boundingRect(room, flags, self._title)
        if not self._detail:
            return title, QRect()
        return title, m.metrics.boundingRect(room, flags, self._detail)

    def _gap(self) -> int:
        return self._measure().em // 8 if self._detail else 0

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            m = self._measure()
            title, detail = self._blocks(self._words_width(width))
            words = title.height() + self._gap() + detail.height()
            self._heights[width] = max(m.pads.top() + words + m.pads.bottom(), m.em * 5 // 2)
        return self._heights[width]

    def sizeHint(self) -> QSize:
        if self._hint is None:
            m = self._measure()
            words = max(
                m.title_metrics.horizontalAdvance(self._title),
                m.metrics.horizontalAdvance(self._detail),
            )
            width = max(m.pads.left() + m.mark + words + 2 + m.pads.right(), m.em * 4)
            self._hint = QSize(width, self.heightForWidth(width))
        return QSize(self._hint)

    def minimumSizeHint(self) -> QSize:
        em = self._measure().em
        return QSize(em * 6, em * 5 // 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the frame, as the style sheet draws it
        m = self._measure()
        width = self._words_width(self.width())
        title, detail = self._blocks(width)
        gap = self._gap()
        top = max(m.pads.top(), (self.height() - (title.height() + gap + detail.height())) // 2)
        left = m.pads.left() + m.mark
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        painter = QPainter(self)
        painter.setFont(m.title_font)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        if self.isChecked():
            painter.drawText(QRect(m.pads.left(), top, m.mark, title.height()), 0, MARK)
        painter.drawText(QRect(left, top, width, title.height()), flags, self._title)
        if self._detail:
            painter.setFont(self.font())  # quieter by its weight, in the text's own colour
            place = QRect(left, top + title.height() + gap, width, detail.height())
            painter.drawText(place, flags, self._detail)
        painter.end()


class ChoiceRow(QWidget):
    """Choices of one kind in a wrapping row, at most one chosen.

    Signals:
        chosen(object): the user chose the choice with this key.
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None, justify: bool = False) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._flow = FlowLayout(self, justify=justify)
        self._buttons: list[ChoiceButton] = []
        self.group.buttonClicked.connect(self._on_clicked)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_choices(self, choices: Sequence[Choice], checked: Hashable | None) -> None:
        """Show these choices (reusing the buttons), with the one of key ``checked`` chosen."""
        focused = self.focusWidget()
        had_focus = focused is not None and self.isAncestorOf(focused)
        while len(self._buttons) < len(choices):
            button = ChoiceButton(self)
            self.group.addButton(button)
            self._flow.addWidget(button)
            self._buttons.append(button)
        while len(self._buttons) > len(choices):
            button = self._buttons.pop()
            self.group.removeButton(button)
            button.hide()
            button.deleteLater()
        self.group.setExclusive(False)  # so that no choice at all can be shown as chosen
        for button, choice in zip(self._buttons, choices, strict=True):
            button.show_choice(choice)
            button.setChecked(choice.key == checked)
        self.group.setExclusive(True)
        if had_focus and (chosen := self.button(checked)) is not None and not chosen.hasFocus():
            chosen.setFocus(Qt.FocusReason.OtherFocusReason)  # the focus stays in the row
        self.updateGeometry()

    def buttons(self) -> list[ChoiceButton]:
        return list(self._buttons)

    def button(self, key: Hashable | None) -> ChoiceButton | None:
        return next((b for b in self._buttons if b.key == key), None)

    def offered(self) -> list[Hashable]:
        return [b.key for b in self._buttons]

    def checked_key(self) -> Hashable | None:
        button = self.group.checkedButton()
        return button.key if isinstance(button, ChoiceButton) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._flow.heightForWidth(width)

    def minimumSizeHint(self) -> QSize:
        return self._flow.minimumSize()

    @Slot(QAbstractButton)
    def _on_clicked(self, button: QAbstractButton) -> None:
        if isinstance(button, ChoiceButton):
            self.chosen.emit(button.key)


class FitScroll(QScrollArea):
    """Wrapped rows shown whole when there is room, scrolled when there is not.

    As tall as its content needs at its width (a scroll area's own wish is a fixed size),
    and willing to shrink to a few lines: a short window scrolls the choices, never cuts
    them off. A control that gets the focus is scrolled into view.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Its viewport is left as it is: asking for it costs PySide ~10 ms before the first
        # paint. The style sheet keeps it clear (QScrollArea#choices).
        self.setObjectName("choices")
        self._wanted = 0
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _content_height(self, width: int) -> int:
        content = self.widget()
        if content.hasHeightForWidth():
            return content.heightForWidth(width)
        return content.sizeHint().height()

    def sizeHint(self) -> QSize:
        content = self.widget()
        width = content.width() if self.isVisible() else content.sizeHint().width()
        self._wanted = self._content_height(max(width, content.minimumSizeHint().width()))
        return QSize(content.minimumSizeHint().width(), self._wanted)

    def minimumSizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(self.widget().minimumSizeHint().width(), min(self._wanted, em * 6))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._content_height(self.widget().width()) != self._wanted:
            self.updateGeometry()  # wrapped onto more or fewer lines: ask for that height

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.widget().isAncestorOf(new):
            self.ensureWidgetVisible(new)  # Tab, from wherever, shows what it reached
