# SPDX-License-Identifier: GPL-3.0-or-later
"""The report's notes for the therapist and movement by week: laid out as blocks first,
so the pages are known before any is drawn, then drawn from the top of page 2 on."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor

from breathapp.core.flare import TherapistNote
from breathapp.core.movement_goals import MovementWeek
from breathapp.core.report import ReportData
from breathapp.ui.common import dates
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

MOVEMENT_WEEKS_MAX = 26  # the table lists the last half year; the rest are counted
NOTE_PT = 10.0
GAP_MM = 4.0
ROW_MM = 7.0


class Block(NamedTuple):
    """Something drawn whole on one page: ``height`` mm, drawn at a top ``y`` mm."""

    height: float
    draw: Callable[[float], None]


def therapist_notes(data: ReportData) -> list[TherapistNote]:
    """The notes for the therapist, in core's order; a private note never reaches the PDF."""
    return [n for n in data.notes if n.for_therapist]


def blocks(page: Page, data: ReportData) -> list[Block]:
    """The notes for the therapist first, then movement by week; [] when there is neither."""
    found: list[Block] = []
    notes = therapist_notes(data)
    if notes:
        intro = Counts.tr("%Ln notes written for you in this period.", "", len(notes))
        found.append(_heading(page, translate("report", "Notes for you"), intro))
        found.extend(_note(page, n) for n in notes)
    weeks = data.movement_weeks
    if weeks:
        shown = weeks[-MOVEMENT_WEEKS_MAX:]
        intro = translate(
            "report",
            "Minutes moved each week (Monday to Sunday), and the days the daily movement goal "
            "of the plan's phase was met. “or more”: a day ticked as 15 minutes or more.",
        )
        if len(shown) < len(weeks):
            last = Counts.tr("The last %1 of %Ln weeks.", "", len(weeks))
            intro += " " + fill(last, page.count(len(shown)))
        found.append(_heading(page, translate("report", "Movement by week"), intro, notes != []))
        found.append(_table_head(page))
        found.extend(_week(page, i, w) for i, w in enumerate(shown))
    return found


def pages(page: Page, found: list[Block]) -> list[list[tuple[float, Block]]]:
    """The blocks placed on pages from the top: each page a list of (top in mm, block)."""
    room = page.h - FOOTER_MM - 2
    placed: list[list[tuple[float, Block]]] = []
    y = room  # no page yet
    for block in found:
        if y + block.height > room or not placed:
            placed.append([])
            y = 0.0
        placed[-1].append((y, block))
        y += block.height
    return placed


def _wrapped_height(page: Page, text: str, pt: float, width_mm: float) -> float:
    page.font(pt)
    flags = int(Qt.TextFlag.TextWordWrap)
    rect = QRect(0, 0, int(width_mm * page.mm), 1_000_000)
    return page.p.fontMetrics().boundingRect(rect, flags, text).height() / page.mm


def _heading(page: Page, title: str, intro: str, space_above: bool = False) -> Block:
    above = 8.0 if space_above else 0.0
    intro_mm = _wrapped_height(page, intro, 10, page.w) + 1

    def draw(y: float) -> None:
        y += above
        page.text(page.r(0, y, page.w, 10), title, 16)
        page.text(page.r(0, y + 11, page.w, intro_mm + 1), intro, 10, MUTED)

    return Block(above + 11 + intro_mm + GAP_MM, draw)


def _note(page: Page, note: TherapistNote) -> Block:
    when = page.day(note.written_utc.astimezone().date(), dates.LONG)
    if note.bad_day_id is not None:
        when += " · " + translate("report", "on a bad day")
    text = note.text.strip()
    text_mm = _wrapped_height(page, text, NOTE_PT, page.w - 4) + 1

    def draw(y: float) -> None:
        page.pen(THEME.accent_soft, 0.8)  # a quiet bar beside each note
        page.p.drawLine(page.r(0, y, 0, 0).topLeft(), page.r(0, y + 5 + text_mm, 0, 0).topLeft())
        page.text(page.r(3, y, page.w - 3, 5), when, 8.5, MUTED, bold=True)
        page.text(page.r(3, y + 5, page.w - 4, text_mm + 1), text, NOTE_PT)

    return Block(5 + text_mm + GAP_MM, draw)


def _columns(page: Page) -> list[float]:
    """The table's columns' left edges, in mm."""
    return [0.0, page.w * 0.28, page.w * 0.52, page.w * 0.72]


def _row(page: Page, y: float, cells: list[str], bold: bool = False) -> None:
    lefts = _columns(page)
    rights = [*lefts[1:], page.w]
    page.font(8.5, bold)
    page.p.setPen(QColor(TEXT))
    for left, right, cell in zip(lefts, rights, cells, strict=True):
        page.p.drawText(page.r(left + 1.5, y, right - left - 3, ROW_MM), int(MID_LEFT), cell)


def _table_head(page: Page) -> Block:
    names = [
        translate("report", "Week of"),
        translate("report", "Minutes moved"),
        translate("report", "Days moved"),
        translate("report", "Days at the goal"),
    ]

    def draw(y: float) -> None:
        page.p.fillRect(page.r(0, y, page.w, ROW_MM), QColor(THEME.accent_soft))
        _row(page, y, names, bold=True)

    return Block(ROW_MM, draw)


def _week(page: Page, index: int, week: MovementWeek) -> Block:
    minutes = page.count(week.minutes)
    if week.at_least:
        minutes = translate("report", "%1 or more").replace("%1", minutes)
    at_goal = "–"  # no goal that week
    if week.days_with_goal:
        at_goal = fill(
            translate("report", "%1 of %2"),
            page.count(week.days_at_goal),
            page.count(week.days_with_goal),
        )
    cells = [page.day(week.monday, dates.SHORT_YEAR), minutes, page.count(week.days_moved), at_goal]

    def draw(y: float) -> None:
        if index % 2 == 1:
            page.p.fillRect(page.r(0, y, page.w, ROW_MM), QColor(THEME.background))
        _row(page, y, cells)

    return Block(ROW_MM, draw)
