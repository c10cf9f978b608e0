# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance test's chart: the heart's swing and the LF power at each pace, side by side.

Each measure has its own scale (the tallest bar of each is full height); the swing is a full
bar, the LF power a hatched one, so the two differ by shape and not by colour alone. The
suggested pace is named under its bars with a star, the chosen one with a ring.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from breathapp.core.heart.resonance import PaceResult
from breathapp.ui.common import numbers
from breathapp.ui.common.theme import LIGHT, Theme

STAR = "★"


class ResonanceChart(QWidget):
    """Two bars per pace: the swing (full) and the LF power (hatched), each on its own scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results: tuple[PaceResult, ...] = ()
        self._suggested: float | None = None
        self._chosen: float | None = None
        self._theme = LIGHT
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(200, 240))

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def show_results(
        self, results: Sequence[PaceResult], suggested: float | None, chosen: float | None
    ) -> None:
        self._results = tuple(results)
        self._suggested = suggested
        self._chosen = chosen
        self.setAccessibleName(self.tr("Heart-rate swing and LF power at each pace"))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def legend(self) -> tuple[str, str]:
        return self.tr("Swing (beats a minute)"), self.tr("LF power (ms²)")

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = self._theme
        fm = QFontMetricsF(self.font())
        line = fm.height()
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        # The legend: a sample of each bar and its words, wrapped where the chart is narrow.
        y = area.top()
        wrap = int(Qt.TextFlag.TextWordWrap)
        for hatched, text in zip((False, True), self.legend(), strict=True):
            words = QRectF(area.left() + line * 1.3, y, area.width() - line * 1.3, line * 4)
            used = fm.boundingRect(words, wrap, text)
            self._bar(p, QRectF(area.left(), y + line * 0.2, line * 0.9, line * 0.6), hatched)
            p.setPen(QColor(theme.text))
            p.drawText(words, wrap, text)
            y += used.height() + line * 0.2
        plot = QRectF(area.left(), y + line * 0.4, area.width(), area.bottom() - y - line * 3.6)
        if not self._results or plot.height() < line:
            return
        p.setPen(QPen(QColor(theme.muted), 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        swing_top = max((r.swing_bpm or 0.0 for r in self._results), default=0.0) or 1.0
        lf_top = max((r.lf_power_ms2 or 0.0 for r in self._results), default=0.0) or 1.0
        slot = plot.width() / len(self._results)
        bar_w = min(slot * 0.32, line * 2.2)
        for i, r in enumerate(self._results):
            mid = plot.left() + slot * (i + 0.5)
            for j, (value, top) in enumerate(((r.swing_bpm, swing_top), (r.lf_power_ms2, lf_top))):
                if value is None:
                    continue
                h = max(1.0, value / top * plot.height())
                x = mid - bar_w - 1 if j == 0 else mid + 1
                self._bar(p, QRectF(x, plot.bottom() - h, bar_w, h), hatched=j == 1)
            label = numbers.decimal(r.rate_bpm, 1, self.locale())
            suggested = self._suggested is not None and abs(r.rate_bpm - self._suggested) < 1e-6
            chosen = self._chosen is not None and abs(r.rate_bpm - self._chosen) < 1e-6
            below = QRectF(mid - slot / 2, plot.bottom() + 2, slot, line)
            font = p.font()
            font.setBold(suggested or chosen)
            p.setFont(font)
            p.setPen(QColor(theme.text))
            p.drawText(below, int(Qt.AlignmentFlag.AlignCenter), label)
            if suggested:
                mark = QRectF(mid - slot / 2, plot.bottom() + 2 + line, slot, line)
                p.drawText(mark, int(Qt.AlignmentFlag.AlignCenter), STAR)
            if chosen:
                p.setPen(QPen(QColor(theme.focus), 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(below.adjusted(2, 0, -2, 0), 4, 4)
            font.setBold(False)
            p.setFont(font)
        p.setPen(QColor(theme.muted))
        axis = QRectF(plot.left(), plot.bottom() + line * 2 + 2, plot.width(), line)
        p.drawText(axis, int(Qt.AlignmentFlag.AlignCenter), self.tr("breaths a minute"))
        p.end()

    def _bar(self, p: QPainter, r: QRectF, hatched: bool) -> None:
        theme = self._theme
        if hatched:
            p.setPen(QPen(QColor(theme.accent), 1.2))
            p.setBrush(QBrush(QColor(theme.accent), Qt.BrushStyle.BDiagPattern))
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.accent))
        p.drawRect(r)
        p.setBrush(Qt.BrushStyle.NoBrush)
