# SPDX-License-Identifier: GPL-3.0-or-later
"""A layout that puts its items side by side and wraps onto a new line where the width ends.

Used where words must never be cut off in a narrow window or at 200 % text: the start
screen's choices, the history's legends. A wrapped item is as tall as its words need.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping onto a new line where the width runs out."""

    def __init__(
        self,
        parent: QWidget | None = None,
        spacing: int = 10,
        justify: bool = False,
        line_spacing: int | None = None,
    ) -> None:
        """``justify``: full lines reach the right edge, their items widened alike.
        ``spacing`` between items on a line, ``line_spacing`` between lines (else the same)."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._line_gap = spacing if line_spacing is None else line_spacing
        self._justify = justify
        self._heights: dict[int, int] = {}
        self._hint: QSize | None = None
        self.setContentsMargins(0, 0, 0, 0)

    def invalidate(self) -> None:
        self._heights.clear()
        self._hint = None
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._place(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        # All on one line when there is room; heightForWidth says how tall when there is not.
        if self._hint is None:
            self._hint = self._one_line()
        return QSize(self._hint)

    def _one_line(self) -> QSize:
        m = self.contentsMargins()
        shown = [i.sizeHint() for i in self._items if not i.isEmpty()]
        width = sum(s.width() for s in shown) + self._gap * max(0, len(shown) - 1)
        height = max((s.height() for s in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(m)
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item in (item for item in self._items if not item.isEmpty()):
            width = min(item.sizeHint().width(), area.width())
            if lines[-1] and used + self._gap + width > area.width():
                lines.append([])
                used = 0
            used += (self._gap if lines[-1] else 0) + width
            lines[-1].append((item, width))
        y = area.y()
        for number, line in enumerate(lines):
            if self._justify and number < len(lines) - 1:
                line = _widened(line, area.width() - self._gap * (len(line) - 1))
            height = max((_height_at(item, width) for item, width in line), default=0)
            x = area.x()
            for item, width in line:
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + self._gap
            y += height + (self._line_gap if number < len(lines) - 1 else 0)
        return y - rect.y() + m.bottom()


def _height_at(item: QLayoutItem, width: int) -> int:
    """The item's height at this width (a widget's own answer: its item would ask its layout)."""
    widget = item.widget()
    if widget is not None and widget.hasHeightForWidth():
        return widget.heightForWidth(width)
    if item.hasHeightForWidth():
        return item.heightForWidth(width)
    return item.sizeHint().height()


def _widened(line: list[tuple[QLayoutItem, int]], room: int) -> list[tuple[QLayoutItem, int]]:
    """The line's items sharing out the width left over, so that the line ends at the edge."""
    extra = room - sum(width for _item, width in line)
    if extra <= 0:
        return line
    share, rest = divmod(extra, len(line))
    return [(item, width + share + (i < rest)) for i, (item, width) in enumerate(line)]
