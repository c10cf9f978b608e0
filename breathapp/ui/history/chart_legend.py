# SPDX-License-Identifier: GPL-3.0-or-later
"""The legend under each history chart: a small drawn sample of every mark, in plain words.

Each mark a chart or the year calendar draws has a name (``Mark``); the chart tags what it
draws with that name and fills its legend with one entry per kind of mark it shows, so
nothing on screen goes unexplained and the legend names nothing that is not there. The
entries flow onto more lines when the text is large or the window narrow.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from breathapp.ui.common.flow_layout import FlowLayout
from breathapp.ui.common.theme import Theme


class Mark:
    """The kinds of mark, as the charts tag their items (``item.mark``)."""

    DAY_BAR = "day_bar"  # minutes on one day
    WEEK_BAR = "week_bar"  # minutes in one week
    GOAL = "goal"  # the daily goal (or a week of it), dashed
    MOVED = "moved"  # a day the patient moved 15 minutes or more
    TENSION_BEFORE = "tension_before"  # open dot
    TENSION_AFTER = "tension_after"  # filled dot
    TENSION_LINE = "tension_line"  # from before to after
    PAIN_BEFORE = "pain_before"  # open square
    PAIN_AFTER = "pain_after"  # filled square
    PAIN_LINE = "pain_line"
    PAIN_RING = "pain_ring"  # a change in pain you can feel
    PACE = "pace"  # breaths per minute, a dot on a line
    PLANNED = "planned"  # pale bar: the sessions planned for a week
    DONE = "done"  # full bar: the sessions done
    DAY_NONE = "day_none"  # calendar: a day without practice
    DAY_SOME = "day_some"  # calendar: shades of practice below the goal
    DAY_GOAL = "day_goal"  # calendar: the goal or more
    DAY_MOVED = "day_moved"  # calendar: the movement dot
    DAY_BAD = "day_bad"  # calendar: a bad day, a soft corner (a shape, not a colour alone)


TENSION = (Mark.TENSION_BEFORE, Mark.TENSION_LINE, Mark.TENSION_AFTER)
PAIN = (Mark.PAIN_BEFORE, Mark.PAIN_LINE, Mark.PAIN_AFTER)


class Entry:
    """One legend entry: the marks it explains, its words, and what its sample draws.

    The sample is the marks themselves unless given: tension's sample always shows both
    ends and the line between, even in a period where only the before is rated.
    """

    __slots__ = ("marks", "sample", "text")

    def __init__(self, marks: Sequence[str], text: str, sample: Sequence[str] = ()) -> None:
        self.marks = tuple(marks)
        self.text = text
        self.sample = tuple(sample) or self.marks


class MarkSample(QWidget):
    """A small drawing of one or more marks, as big as a line of text."""

    def __init__(self, marks: Sequence[str], theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks = tuple(marks)
        self.theme = theme
        self.setAccessibleName("")  # the label beside it says what it shows
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        wide = len(self.marks) > 1 or self.marks[0] in (Mark.GOAL, Mark.PACE, Mark.DAY_SOME)
        return QSize(round(h * (2.6 if wide else 1.2)), h)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_sample(painter, QRectF(self.rect()), self.marks, self.theme)
        painter.end()


def draw_sample(painter: QPainter, box: QRectF, marks: Sequence[str], t: Theme) -> None:
    """Draw ``marks`` inside ``box`` as the charts draw them, in the theme's colours."""
    h = box.height()
    mid = box.center()
    dot = max(6.0, h * 0.42)
    first = marks[0]
    if marks in (TENSION, PAIN):
        color = QColor(t.accent if marks == TENSION else t.hold)
        left = QPointF(box.left() + dot, mid.y())
        right = QPointF(box.right() - dot, mid.y())
        painter.setPen(QPen(color, 2))
        painter.drawLine(left, right)
        square = marks == PAIN
        _symbol(painter, left, dot, color, QColor(t.background), square)
        _symbol(painter, right, dot, color, color, square)
    elif first in (Mark.DAY_BAR, Mark.WEEK_BAR, Mark.DONE, Mark.PLANNED):
        width = h * (0.35 if first == Mark.DAY_BAR else 0.7)
        bar = QRectF(mid.x() - width / 2, box.top() + h * 0.2, width, h * 0.75)
        painter.setPen(QPen(QColor(t.accent), 1) if first == Mark.PLANNED else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(t.accent_soft if first == Mark.PLANNED else t.accent))
        painter.drawRect(bar)
    elif first == Mark.GOAL:
        pen = QPen(QColor(t.muted), 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(box.left() + 2, mid.y()), QPointF(box.right() - 2, mid.y()))
    elif first == Mark.MOVED:
        painter.setPen(QPen(QColor(t.background), 1))
        painter.setBrush(QColor(t.focus))
        painter.drawEllipse(mid, dot * 0.55, dot * 0.55)
    elif first == Mark.PAIN_RING:
        _symbol(painter, mid, dot, QColor(t.hold), QColor(t.hold), square=True)
        painter.setPen(QPen(QColor(t.text), 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(mid, h * 0.45, h * 0.45)
    elif first == Mark.PACE:
        color = QColor(t.accent)
        painter.setPen(QPen(color, 2))
        painter.drawLine(
            QPointF(box.left() + 2, mid.y() + h * 0.2), QPointF(box.right() - 2, mid.y() - h * 0.2)
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(mid, dot / 2, dot / 2)
    else:
        _calendar_sample(painter, box, first, t)


def _symbol(
    painter: QPainter, at: QPointF, size: float, pen: QColor, fill: QColor, square: bool
) -> None:
    painter.setPen(QPen(pen, 1.5))
    painter.setBrush(fill)
    r = QRectF(at.x() - size / 2, at.y() - size / 2, size, size)
    if square:
        painter.drawRect(r)
    else:
        painter.drawEllipse(r)


def calendar_color(t: Theme, level: int) -> QColor:
    """The calendar's shade for a level: 0 (no practice) to 4 (the goal or more)."""
    if level == 0:
        color = QColor(t.accent_soft)
        color.setAlphaF(0.45)
        return color
    color = QColor(t.accent)
    color.setAlphaF(0.25 + 0.1875 * level)
    return color


def _calendar_sample(painter: QPainter, box: QRectF, mark: str, t: Theme) -> None:
    side = box.height() * 0.8
    top = box.center().y() - side / 2
    levels = {Mark.DAY_NONE: [0], Mark.DAY_SOME: [1, 2, 3], Mark.DAY_GOAL: [4]}.get(mark, [0])
    x = box.center().x() - (len(levels) * (side + 3) - 3) / 2
    painter.setPen(Qt.PenStyle.NoPen)
    for level in levels:
        painter.setBrush(calendar_color(t, level))
        painter.drawRoundedRect(QRectF(x, top, side, side), 2.5, 2.5)
        x += side + 3
    if mark == Mark.DAY_MOVED:
        size = max(4.0, side * 0.55)
        centre = QPointF(box.center().x(), top + side / 2)
        painter.setPen(QPen(QColor(t.focus), 1.5))
        painter.setBrush(QColor(t.surface))
        painter.drawEllipse(centre, size / 2, size / 2)
    elif mark == Mark.DAY_BAD:
        bad_day_corner(painter, QRectF(x - side - 3, top, side, side), t)


def bad_day_corner(painter: QPainter, day: QRectF, t: Theme) -> None:
    """A bad day's mark: a soft folded corner at the top right of its square. Never red:
    the theme's quiet text colour, edged with the surface so it shows on any shade."""
    size = max(4.0, day.width() * 0.55)
    corner = QPolygonF(
        [
            day.topRight(),
            QPointF(day.right() - size, day.top()),
            QPointF(day.right(), day.top() + size),
        ]
    )
    painter.setPen(QPen(QColor(t.surface), 1))
    painter.setBrush(QColor(t.muted))
    painter.drawPolygon(corner)
    painter.setPen(Qt.PenStyle.NoPen)


class Legend(QWidget):
    """A row of samples with their words, wrapping onto more lines as needed."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.entries: list[Entry] = []
        em = self.fontMetrics().height()
        self._flow = FlowLayout(self, spacing=round(em * 1.2), line_spacing=round(em * 0.25))

    def kinds(self) -> set[str]:
        """Every kind of mark the legend explains."""
        return {mark for entry in self.entries for mark in entry.marks}

    def texts(self) -> list[str]:
        return [entry.text for entry in self.entries]

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        for sample in self.findChildren(MarkSample):
            sample.theme = theme
            sample.update()

    def set_entries(self, entries: Iterable[Entry]) -> None:
        entries = list(entries)
        if [(e.marks, e.text) for e in entries] == [(e.marks, e.text) for e in self.entries]:
            self.setVisible(bool(entries))
            return
        self.entries = entries
        while (item := self._flow.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()  # gone at once, not only when the event loop deletes it
                widget.setParent(None)
                widget.deleteLater()
        for entry in entries:
            widget = _entry_widget(entry, self.theme)
            self._flow.addWidget(widget)
            widget.show()  # now, not in a queued event that would land in the next paint
        self.setVisible(bool(entries))
        self.setAccessibleDescription("\n".join(self.texts()))
        self.updateGeometry()


def _entry_widget(entry: Entry, theme: Theme) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    row.addWidget(MarkSample(entry.sample, theme), 0, Qt.AlignmentFlag.AlignVCenter)
    label = QLabel(entry.text)
    label.setObjectName("muted")
    label.setWordWrap(True)  # a long entry wraps in a narrow window
    row.addWidget(label, 1, Qt.AlignmentFlag.AlignVCenter)
    return box
