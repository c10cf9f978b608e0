# SPDX-License-Identifier: GPL-3.0-or-later
"""The report's page 2: the most recent sessions, and what each demonstration showed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor

from breathapp.core.patterns import PatternError, parse
from breathapp.core.relaxation import KIND_PREFIX
from breathapp.core.report import ReportData
from breathapp.core.session import SessionRecord
from breathapp.ui.common import dates, labels
from breathapp.ui.common.counts import Counts
from breathapp.ui.report.report_page import (
    FOOTER_MM,
    MID_LEFT,
    MUTED,
    TEXT,
    THEME,
    Page,
    fill,
    translate,
)

Names = Callable[[str], str]  # a relaxation session's title by its kind
ROW_MM = 7.6
DEMO_ROW_MM = 4.6  # a line of what a demonstration showed, under its session
DEMO_LINES_MAX = 4  # patterns listed per demonstration; the rest are counted
TABLE_TOP_MM = 24.0


def _kind_name(page: Page, record: SessionRecord, title_names: Names | None) -> str:
    if record.kind.startswith(KIND_PREFIX):
        if title_names is not None:
            return title_names(record.kind)
        return record.kind.removeprefix(KIND_PREFIX).replace("-", " ").capitalize()
    if record.pattern_id:
        return labels.preset_name(record.pattern_id)
    try:
        timing = labels.pattern_timing(parse(record.pattern_text), page.loc)
    except PatternError:
        timing = record.pattern_text
    return translate("report", "Own pattern %1").replace("%1", timing)


def _pair(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return ""
    return f"{'–' if before is None else before} → {'–' if after is None else after}"


def _demo_lines(record: SessionRecord, locale: QLocale | None = None) -> list[str]:
    """What a demonstration showed, a line per pattern (a few; the rest counted)."""
    if not record.shown:
        return []
    lines = labels.shown_lines(record.shown[:DEMO_LINES_MAX], locale)  # the words the summary uses
    lines[0] = translate("report", "Shown live: %1").replace("%1", lines[0])
    more = len(record.shown) - DEMO_LINES_MAX
    if more > 0:
        lines.append(translate("report", "and %1 more").replace("%1", str(more)))
    return lines


def _fitting(records: tuple[SessionRecord, ...], room_mm: float) -> int:
    """How many sessions, each with its demonstration lines, fit in ``room_mm``."""
    used, count = ROW_MM, 0  # the heading row
    for record in records:
        used += ROW_MM + DEMO_ROW_MM * len(_demo_lines(record))
        if used > room_mm and count > 0:
            break
        count += 1
    return count


def sessions_page(page: Page, data: ReportData, title_names: Names | None) -> None:
    page.text(page.r(0, 0, page.w, 10), translate("report", "Most recent sessions"), 16)
    recent = data.recent[: _fitting(data.recent, page.h - FOOTER_MM - TABLE_TOP_MM - 2)]
    shown, total = len(recent), data.session_count
    if shown < total:
        intro = Counts.tr("The %1 most recent of %Ln sessions in this period.", "", total)
        intro = fill(intro, page.count(shown))
    else:
        intro = translate("report", "All sessions in this period, the most recent first.")
    page.text(page.r(0, 11, page.w, 6), intro, 10, MUTED)
    names = [translate("report", "Date"), translate("report", "Session")]
    names += [translate("report", "Duration"), translate("report", "Tension")]
    names += [
        translate("report", "Pain"),
        translate("report", "Dizzy"),
        translate("report", "Note"),
    ]
    rows = [names]
    demos: list[list[str]] = [[]]
    for record in recent:
        when = record.started_utc.astimezone()  # the local time of this computer
        rows.append(
            [
                f"{page.day(when.date(), dates.SHORT_YEAR)}  {when:%H:%M}",
                _kind_name(page, record, title_names),
                labels.clock_text(record.active_s),
                _pair(record.tension_before, record.tension_after),
                _pair(record.pain_before, record.pain_after),
                translate("report", "dizzy") if record.dizzy else "",
                " ".join(record.note.split()),
            ]
        )
        demos.append(_demo_lines(record, page.loc))
    fit = [0.0] * (len(names) - 1)  # in mm: every column but the note fits its longest text
    for i, cells in enumerate(rows):
        page.font(8.5, bold=i == 0)
        advance = page.p.fontMetrics().horizontalAdvance
        fit = [max(w, advance(cell) / page.mm + 4) for w, cell in zip(fit, cells, strict=False)]
    widths = [min(w, page.w * 0.3) for w in fit]
    widths.append(page.w - sum(widths))  # the note has the rest, shortened where needed
    y = TABLE_TOP_MM
    for i, (cells, demo) in enumerate(zip(rows, demos, strict=True)):
        height = ROW_MM + DEMO_ROW_MM * len(demo)
        if i == 0 or i % 2 == 0:
            band = THEME.accent_soft if i == 0 else THEME.background
            page.p.fillRect(page.r(0, y, page.w, height), QColor(band))
        page.font(8.5, bold=i == 0)
        page.p.setPen(QColor(TEXT))
        metrics = page.p.fontMetrics()
        x = 0.0
        for width, cell in zip(widths, cells, strict=True):
            fitted = metrics.elidedText(
                cell, Qt.TextElideMode.ElideRight, int((width - 3) * page.mm)
            )
            page.p.drawText(page.r(x + 1.5, y, width - 3, ROW_MM), int(MID_LEFT), fitted)
            x += width
        # A demonstration's patterns under the session, from the Session column on.
        for j, line in enumerate(demo):
            top = y + ROW_MM - 1.2 + j * DEMO_ROW_MM
            left = widths[0] + 1.5
            page.text(page.r(left, top, page.w - left - 1.5, DEMO_ROW_MM), line, 7.5, MUTED)
        y += height
    page.rule(y)
