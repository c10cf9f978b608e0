# SPDX-License-Identifier: GPL-3.0-or-later
"""A year of practice days: one small square per day, weeks from Monday, shaded by minutes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from breathapp.core.stats import DayTotal
from breathapp.ui.common import dates, labels
from breathapp.ui.common.theme import Theme
from breathapp.ui.history import movement_text
from breathapp.ui.history.chart_legend import (
    Entry,
    Legend,
    Mark,
    bad_day_corner,
    calendar_color,
)

if TYPE_CHECKING:
    from breathapp.core.movement_goals import MovementGoalDay

LEFT_PX = 34  # room for the weekday letters
TOP_PX = 18  # room for the month names
CELL_PX = 17  # a day's square with its gap, at most


class YearCalendar(QWidget):
    """Paints the days it is given (Monday first, whole weeks); hover names the day.

    Emits no signals. A day's shade: none without practice, then four steps up to the
    daily goal and beyond. A day the patient moved has a small dot, a bad day a soft corner
    (issue 16). ``legend`` explains them, for the page to place below; the hover and the
    accessible description say a day's minutes moved and that it was a bad day.
    """

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self._theme = theme
        self._days: list[DayTotal] = []
        self._goal = 10
        self._moved: Set[date] = frozenset()
        self._bad: Set[date] = frozenset()
        self._movement: Mapping[date, MovementGoalDay] = {}
        self.legend = Legend(theme)
        self.setMouseTracking(True)
        self.setFixedHeight(TOP_PX + 7 * CELL_PX + 6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(53 * CELL_PX + LEFT_PX, TOP_PX + 7 * CELL_PX + 6)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.legend.set_theme(theme)
        self.update()

    def set_days(
        self,
        days: Sequence[DayTotal],
        goal_minutes: int,
        moved: Set[date] = frozenset(),
        bad_days: Set[date] = frozenset(),
        movement: Mapping[date, MovementGoalDay] | None = None,
    ) -> None:
        """Days from a Monday, consecutive; ``moved``: the days with movement; ``bad_days``:
        the days marked as bad days; ``movement``: the minutes moved against the goal."""
        self._days = list(days)
        self._moved = moved
        self._bad = bad_days
        self._movement = movement or {}
        self._goal = max(1, goal_minutes)
        self.legend.set_entries(self._entries())
        self.setAccessibleDescription(
            "\n".join(self.day_text(d) for d in self._days if d.day in self._bad)
        )
        self.update()

    def marks_drawn(self) -> set[str]:
        """The kinds of mark the calendar paints for its days."""
        levels = {self.level(d.minutes) for d in self._days}
        drawn = {Mark.DAY_NONE} if 0 in levels else set()
        if levels & {1, 2, 3}:
            drawn.add(Mark.DAY_SOME)
        if 4 in levels:
            drawn.add(Mark.DAY_GOAL)
        if self.moved_rects():
            drawn.add(Mark.DAY_MOVED)
        if self.bad_rects():
            drawn.add(Mark.DAY_BAD)
        return drawn

    def _entries(self) -> list[Entry]:
        """The whole scale (it reads as one), and the movement dot when there is one."""
        goal = labels.minutes_text(self._goal * 60)
        entries = [
            Entry((Mark.DAY_NONE,), self.tr("No practice")),
            Entry((Mark.DAY_SOME,), self.tr("Darker: more minutes")),
            Entry((Mark.DAY_GOAL,), self.tr("Your goal of %1 or more").replace("%1", goal)),
        ]
        if self.moved_rects():
            dot = (
                self.tr("Dot: you moved that day")
                if movement_text.has_minutes(self._movement.values())
                else self.tr("Dot: you moved 15 minutes or more")
            )
            entries.append(Entry((Mark.DAY_MOVED,), dot))
        if self.bad_rects():
            entries.append(Entry((Mark.DAY_BAD,), self.tr("Corner: a bad day")))
        return entries

    def level(self, minutes: float) -> int:
        """0 (none) to 4 (the goal or more)."""
        if minutes <= 0:
            return 0
        return min(4, 1 + int(3 * minutes / self._goal))

    def _cell(self) -> float:
        weeks = max(1, (len(self._days) + 6) // 7)
        by_width = (self.width() - LEFT_PX) / weeks
        return max(6.0, min(by_width, (self.height() - TOP_PX - 4) / 7, float(CELL_PX)))

    def _rect(self, index: int) -> QRectF:
        cell = self._cell()
        return QRectF(
            LEFT_PX + (index // 7) * cell, TOP_PX + (index % 7) * cell, cell - 2, cell - 2
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self._theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for i, d in enumerate(self._days):
            painter.setBrush(calendar_color(t, self.level(d.minutes)))
            painter.drawRoundedRect(self._rect(i), 2.5, 2.5)
        self._paint_moved(painter)
        for i, d in enumerate(self._days):
            if d.day in self._bad:
                bad_day_corner(painter, self._rect(i), t)
        painter.setFont(self._label_font())
        painter.setPen(QColor(t.muted))
        locale = QLocale()
        for row in (0, 2, 4):  # Monday, Wednesday, Friday
            name = locale.dayName(row + 1, QLocale.FormatType.ShortFormat)
            r = self._rect(row)
            painter.drawText(QRectF(0, r.top(), LEFT_PX - 6, r.height()), _right, name)
        for rect, name in self.month_labels():
            painter.drawText(rect, _bottom_left, name)
        painter.end()

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(11)
        return font

    def month_labels(self) -> list[tuple[QRectF, str]]:
        """Each month's short name over its first week, kept inside the calendar: a month
        that begins in the last week ends at the right edge instead of being cut off."""
        metrics = QFontMetricsF(self._label_font())
        locale, shown, out = QLocale(), set(), []
        for i in range(0, len(self._days), 7):
            day = self._days[i].day
            if day.day <= 7 and day.month not in shown:
                shown.add(day.month)
                name = locale.monthName(day.month, QLocale.FormatType.ShortFormat)
                width = metrics.horizontalAdvance(name) + 2
                left = max(0.0, min(self._rect(i).left(), self.width() - width))
                out.append((QRectF(left, 0, width, TOP_PX - 3), name))
        return out

    def moved_rects(self) -> list[QRectF]:
        """Where the movement dots are: in the middle of each day that has one."""
        out = []
        for i, d in enumerate(self._days):
            if d.day in self._moved:
                r = self._rect(i)
                size = max(4.0, r.width() * 0.55)
                out.append(QRectF(r.center().x() - size / 2, r.center().y() - size / 2, size, size))
        return out

    def bad_rects(self) -> list[QRectF]:
        """The squares of the bad days."""
        return [self._rect(i) for i, d in enumerate(self._days) if d.day in self._bad]

    def day_text(self, day: DayTotal) -> str:
        """What the hover says of a day: its minutes, movement, and a bad day."""
        lines = [_day_tip(day)]
        entry = self._movement.get(day.day)
        if entry is not None and entry.minutes > 0:
            lines.append(movement_text.day_text(entry))
        elif day.day in self._moved:
            lines.append(self.tr("moved 15 minutes or more"))
        if day.day in self._bad:
            lines.append(self.tr("a bad day"))
        return "\n".join(lines)

    def _paint_moved(self, painter: QPainter) -> None:
        if not self._moved:
            return
        # A pale dot with a ring: the same mark on an empty day and on a dark one.
        painter.setPen(QPen(QColor(self._theme.focus), 1.5))
        painter.setBrush(QColor(self._theme.surface))
        for rect in self.moved_rects():
            painter.drawEllipse(rect)
        painter.setPen(Qt.PenStyle.NoPen)

    def day_at(self, x: float, y: float) -> DayTotal | None:
        for i, d in enumerate(self._days):
            if self._rect(i).adjusted(-1, -1, 1, 1).contains(x, y):
                return d
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        day = self.day_at(pos.x(), pos.y())
        if day is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.day_text(day), self)
        super().mouseMoveEvent(event)


_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_bottom_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom


def _day_tip(day: DayTotal) -> str:
    text = dates.day_text(day.day, dates.WEEKDAY)
    if day.sessions == 0:
        return text
    return f"{text}\n{labels.minutes_text(day.minutes * 60)}"
