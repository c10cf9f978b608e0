# SPDX-License-Identifier: GPL-3.0-or-later
"""The bare reference child: a QWidget painting an antialiased circle sized by time.monotonic()."""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.measure import AnimationWindow, ChildArgs, drive, emit, peak_rss_mb, versions


class Circle(QWidget):
    """Paints one filled circle whose radius follows a slow sine of the monotonic clock."""

    def __init__(self, window: AnimationWindow) -> None:
        super().__init__()
        self._window = window
        self._color = QColor(70, 130, 180)
        self.on_first_paint: Callable[[float], None] | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        t = time.monotonic()
        side = min(self.width(), self.height())
        radius = side * 0.4 * (0.7 + 0.3 * math.sin(2.0 * math.pi * t / 10.0))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color)
        painter.drawEllipse(QPointF(self.width() / 2.0, self.height() / 2.0), radius, radius)
        painter.end()
        done = time.monotonic()
        self._window.paint(t, done - t)
        if self.on_first_paint is not None:
            report, self.on_first_paint = self.on_first_paint, None
            report(done)


def main(argv: list[str]) -> int:
    args = ChildArgs(argv)
    app = QApplication(sys.argv[:1])
    window = AnimationWindow(args.profile)
    widget = Circle(window)
    widget.resize(args.width, args.height)
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)  # as the app's frame timer
    timer.timeout.connect(widget.update)

    if args.mode == "startup":

        def first_paint(done: float) -> None:
            emit({"first_paint_s": done, "width": widget.width(), "height": widget.height()})
            QTimer.singleShot(0, app.quit)

        widget.on_first_paint = first_paint
        timer.start(args.interval_ms)
        widget.show()
        return app.exec()

    def done() -> None:
        timer.stop()
        app.quit()

    drive(window, args, lambda: timer.start(args.interval_ms), done)
    widget.show()
    code = app.exec()
    emit(
        {
            **window.summary(),
            "rss_mb": peak_rss_mb(),
            "width": widget.width(),
            "height": widget.height(),
            "interval_ms": args.interval_ms,
            **versions(),
        }
    )
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
