# SPDX-License-Identifier: GPL-3.0-or-later
"""The report's page: the painter in millimetres, its fonts, colours and number formats."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from breathapp.ui.common import dates, labels, numbers
from breathapp.ui.common.counts import Counts
from breathapp.ui.common.theme import LIGHT

DPI = 300
MARGIN_MM = 15.0
FOOTER_MM = 9.0
THEME = LIGHT  # a report is printed: always the light theme
TEXT, MUTED = THEME.text, THEME.muted
# The bare name keeps lines short; pyside6-lupdate finds every translate("report", ...).
translate = QCoreApplication.translate
Align = Qt.AlignmentFlag
TOP_LEFT = Align.AlignLeft | Align.AlignTop
TOP_RIGHT = Align.AlignRight | Align.AlignTop
MID_LEFT = Align.AlignLeft | Align.AlignVCenter
MID_RIGHT = Align.AlignRight | Align.AlignVCenter


def fill(text: str, *args: str) -> str:
    for i, arg in enumerate(args, start=1):
        text = text.replace(f"%{i}", arg)
    return text


class Page:
    """The painter on the writer, with the report's fonts, colours and millimetres."""

    def __init__(self, painter: QPainter, width: int, height: int, locale: QLocale) -> None:
        self.p = painter
        self.loc = locale
        self.mm = DPI / 25.4  # device pixels per millimetre
        self.w = width / self.mm  # the area inside the margins, in mm
        self.h = height / self.mm

    def r(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * self.mm, y * self.mm, w * self.mm, h * self.mm)

    def font(self, size_pt: float, bold: bool = False) -> None:
        font = QFont()
        font.setPointSizeF(size_pt)
        font.setBold(bold)
        self.p.setFont(font)

    def text(
        self, r: QRectF, s: str, pt: float, c: str = TEXT, at: Align = TOP_LEFT, bold: bool = False
    ) -> None:
        """Text ``s`` in colour ``c`` in a rectangle, wrapped at word ends; ``pt``: font size."""
        self.font(pt, bold)
        self.p.setPen(QColor(c))
        self.p.drawText(r, int(at | Qt.TextFlag.TextWordWrap), s)

    def pen(self, color: str | QColor, width_mm: float, dashed: bool = False) -> None:
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        self.p.setPen(QPen(QColor(color), width_mm * self.mm, style, Qt.PenCapStyle.FlatCap))

    def rule(self, y_mm: float, width_mm: float = 0.3) -> None:
        self.pen(THEME.accent_soft, width_mm)
        self.p.drawLine(QPointF(0, y_mm * self.mm), QPointF(self.w * self.mm, y_mm * self.mm))

    def num(self, value: float, decimals: int = 1) -> str:
        return numbers.decimal(value, decimals, self.loc)  # a real minus, never "-0.0"

    def count(self, n: int) -> str:  # grouped: 100,375 or 100.375
        return self.loc.toString(n)

    def minutes(self, minutes: float) -> str:
        if round(minutes) < 2:
            return labels.minutes_text(minutes * 60)
        # %Ln: the digits of the app's language, as the report's locale by default.
        return Counts.tr("%Ln minutes", "", round(minutes))

    def day(self, day: date, style: str = dates.LONG) -> str:
        return dates.day_text(day, style, self.loc)
