# SPDX-License-Identifier: GPL-3.0-or-later
"""The report's resonance page: the latest test's table and chart, side by side.

The chart shows the heart's swing (full bars) and the LF power (hatched bars) at each pace,
each on its own scale; the suggested pace carries a star in the table and under the chart,
the chosen one is named in words. Words of training, not of medicine.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor

from breathapp.core.heart.resonance import PaceResult, ResonanceTest
from breathapp.ui.common import labels
from breathapp.ui.report.report_page import (
    MID_LEFT,
    MID_RIGHT,
    MUTED,
    TEXT,
    THEME,
    Align,
    Page,
    fill,
    translate,
)

STAR = "★"
NONE = "–"
ROW_MM = 7.0
TABLE_MM = 112.0  # the table's width; the chart takes the rest beside it
CHART_MM = 80.0
HEAD_MM = 14.0  # room for a header of four short lines (Dutch and German words are long)
COLUMNS_MM = (20.0, 20.0, 17.0, 15.0, 13.0, 12.0, 15.0)  # pace ... artefacts


def _same(rate: float, other: float | None) -> bool:
    return other is not None and abs(rate - other) < 1e-6


def resonance_page(page: Page, test: ResonanceTest) -> None:
    """The latest resonance test on a page of its own."""
    page.text(page.r(0, 0, page.w, 12), translate("report", "Resonance pace test"), 20)
    day = page.day(test.started_utc.astimezone().date())
    when = day if test.completed else fill(translate("report", "%1 (stopped early)"), day)
    page.text(page.r(0, 13, page.w, 6), when, 10.5, MUTED)
    page.rule(23, 0.5)
    y = 29.0
    suggested = translate("report", "Suggested pace: none (too few clean beats)")
    if test.suggested_bpm is not None:
        suggested = fill(
            translate("report", "Suggested pace: %1 breaths a minute (%2)"),
            page.num(test.suggested_bpm),
            STAR,
        )
    chosen = translate("report", "Chosen pace: not chosen yet")
    if test.chosen_bpm is not None:
        chosen = fill(
            translate("report", "Chosen pace: %1 breaths a minute"), page.num(test.chosen_bpm)
        )
    page.text(page.r(0, y, page.w, 6), suggested, 11, TEXT, bold=True)
    page.text(page.r(0, y + 6.5, page.w, 6), chosen, 11)
    y += 17
    _table(page, y, test)
    _chart(page, page.r(TABLE_MM + 8, y, page.w - TABLE_MM - 8, CHART_MM), test)
    s = test.settings
    inhale_percent = page.num(s.inhale_share * 100, 0)  # a share of the breath
    about = fill(
        translate(
            "report",
            "The guide paced each rate for %1, breathing in for %2 % of each breath, with "
            "%3 of free breathing between. The swing is how far the heart rate rises and "
            "falls within one breath: a bigger wave means the heart follows the breath well "
            "at that pace. LF power is the RR series' power from 0.04 to 0.15 Hz.",
        ),
        labels.half_minutes_text(s.step_s, page.loc),
        inhale_percent,
        _seconds(s.rest_s),
    )
    page.text(page.r(0, y + CHART_MM + 8, page.w, 30), about, 9, MUTED)


def _seconds(seconds: float) -> str:
    whole = str(round(seconds))  # "s" abbreviates: the same for any number
    return translate("report", "%1 s").replace("%1", whole)


def headers() -> tuple[str, ...]:
    return (
        translate("report", "Pace (breaths a minute)"),
        translate("report", "Swing (beats a minute)"),
        translate("report", "LF power (ms²)"),
        translate("report", "LF peak (Hz)"),
        translate("report", "In step"),
        translate("report", "Beats"),
        translate("report", "Artefacts"),
    )


def _cells(page: Page, r: PaceResult, suggested: float | None) -> tuple[str, ...]:
    pace = page.num(r.rate_bpm)
    if _same(r.rate_bpm, suggested):
        pace = f"{pace} {STAR}"
    percent = translate("report", "%1 %")
    in_step = NONE if r.in_step is None else str(round(r.in_step * 100))  # shares, not counts
    removed = str(round(r.removed_share * 100))
    return (
        pace,
        NONE if r.swing_bpm is None else page.num(r.swing_bpm),
        NONE if r.lf_power_ms2 is None else page.count(round(r.lf_power_ms2)),
        NONE if r.lf_peak_hz is None else page.num(r.lf_peak_hz, 3),
        NONE if r.in_step is None else percent.replace("%1", in_step),
        page.count(r.beats),
        percent.replace("%1", removed),
    )


def _table(page: Page, y: float, test: ResonanceTest) -> None:
    x = 0.0
    for i, (head, width) in enumerate(zip(headers(), COLUMNS_MM, strict=True)):
        at = Align.AlignLeft if i == 0 else Align.AlignRight
        page.text(page.r(x, y, width - 1.5, HEAD_MM), head, 7.5, MUTED, at | Align.AlignBottom)
        x += width
    page.pen(THEME.accent_soft, 0.3)
    line = (y + HEAD_MM + 1) * page.mm
    page.p.drawLine(QPointF(0, line), QPointF(TABLE_MM * page.mm, line))
    for row, result in enumerate(test.results):
        top = y + HEAD_MM + 2 + row * ROW_MM
        bold = _same(result.rate_bpm, test.suggested_bpm)
        x = 0.0
        for i, (cell, width) in enumerate(
            zip(_cells(page, result, test.suggested_bpm), COLUMNS_MM, strict=True)
        ):
            at = MID_LEFT if i == 0 else MID_RIGHT
            page.text(page.r(x, top, width - 1.5, ROW_MM), cell, 10, TEXT, at, bold=bold)
            x += width


def _chart(page: Page, rect: QRectF, test: ResonanceTest) -> None:
    mm = page.mm
    results = test.results
    legend = (
        (False, translate("report", "Swing (beats a minute)")),
        (True, translate("report", "LF power (ms²)")),
    )
    for i, (hatched, text) in enumerate(legend):
        top = rect.top() + i * 5 * mm
        _bar(page, QRectF(rect.left(), top + 1.2 * mm, 4 * mm, 2.6 * mm), hatched)
        page.text(
            QRectF(rect.left() + 6 * mm, top, rect.width() - 6 * mm, 5 * mm),
            text,
            8,
            TEXT,
            MID_LEFT,
        )
    plot = QRectF(rect.left(), rect.top() + 14 * mm, rect.width(), rect.height() - 26 * mm)
    if not results:
        return
    page.pen(MUTED, 0.25)
    page.p.drawLine(plot.bottomLeft(), plot.bottomRight())
    swing_top = max((r.swing_bpm or 0.0 for r in results), default=0.0) or 1.0
    lf_top = max((r.lf_power_ms2 or 0.0 for r in results), default=0.0) or 1.0
    slot = plot.width() / len(results)
    bar = slot * 0.34
    for i, r in enumerate(results):
        mid = plot.left() + slot * (i + 0.5)
        for j, (value, top) in enumerate(((r.swing_bpm, swing_top), (r.lf_power_ms2, lf_top))):
            if value is None:
                continue
            h = max(0.3 * mm, value / top * plot.height())
            x = mid - bar - 0.3 * mm if j == 0 else mid + 0.3 * mm
            _bar(page, QRectF(x, plot.bottom() - h, bar, h), hatched=j == 1)
        star = _same(r.rate_bpm, test.suggested_bpm)
        below = QRectF(mid - slot / 2, plot.bottom() + 1 * mm, slot, 4.5 * mm)
        page.text(below, page.num(r.rate_bpm), 8, TEXT, Align.AlignHCenter | Align.AlignTop, star)
        if star:
            mark = QRectF(mid - slot / 2, plot.bottom() + 5 * mm, slot, 4.5 * mm)
            page.text(mark, STAR, 8, TEXT, Align.AlignHCenter | Align.AlignTop)
    axis = QRectF(plot.left(), plot.bottom() + 9 * mm, plot.width(), 4.5 * mm)
    page.text(
        axis,
        translate("report", "breaths a minute"),
        7.5,
        MUTED,
        Align.AlignHCenter | Align.AlignTop,
    )


def _bar(page: Page, r: QRectF, hatched: bool) -> None:
    accent = QColor(THEME.accent)
    if hatched:
        page.pen(accent, 0.25)
        brush = QBrush(accent, Qt.BrushStyle.BDiagPattern)
        brush.setTransform(brush.transform().scale(page.mm / 4, page.mm / 4))
        page.p.setBrush(brush)
        page.p.drawRect(r)
        page.p.setBrush(Qt.BrushStyle.NoBrush)
    else:
        page.p.fillRect(r, accent)
