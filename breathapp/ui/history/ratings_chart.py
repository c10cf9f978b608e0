# SPDX-License-Identifier: GPL-3.0-or-later
"""How the patient felt before and after: per session, or per week in a long period.

Tension is a line from an open dot (before) to a filled one (after) in the breath's
colour; pain the same with squares in the hold colour. In a week or a month a change in
pain that matters (2 points or 30 %, CLINICAL.md) has a ring; a week's averages have none
(the threshold is for one change, not for an average).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from breathapp.controllers.history_weeks import WeekRatings
from breathapp.core.stats import RatingPoint
from breathapp.ui.common import labels, numbers
from breathapp.ui.common.counts import Counts
from breathapp.ui.common.theme import Theme
from breathapp.ui.history.chart_legend import PAIN, TENSION, Entry, Mark
from breathapp.ui.history.history_charts import Chart, week_of_text

translate = QCoreApplication.translate
_Point = tuple[float, float]


class RatingsChart(Chart):
    """Tension (and pain) before and after each session, or each week on average."""

    def __init__(self, theme: Theme) -> None:
        super().__init__(theme, translate("history", "0 to 10"))
        self.setYRange(-0.5, 10.5, padding=0)
        self.items: list[pg.GraphicsObject] = []

    def set_data(self, points: Sequence[RatingPoint], first: date, last: date) -> None:
        """One mark per session; sessions on one day sit side by side within it."""
        per_day: dict[date, int] = {}
        tension: list[tuple[float, float | None, float | None]] = []
        pain: list[tuple[float, float | None, float | None]] = []
        rings: list[_Point] = []
        xs, texts = [], []
        for p in points:
            n = per_day.get(p.day, 0)
            per_day[p.day] = n + 1
            x = p.day.toordinal() - 0.3 + 0.2 * min(n, 3)
            tension.append((x, p.tension_before, p.tension_after))
            pain.append((x + 0.06, p.pain_before, p.pain_after))
            if p.pain_matters and p.pain_after is not None:
                rings.append((x + 0.06, p.pain_after))
            xs.append(x)
            texts.append(_rating_text(p))
        self._draw(tension, pain, rings, weekly=False)
        self.set_readout(xs, texts)
        self.show_days(first, last)

    def set_weeks(self, weeks: Sequence[WeekRatings], first: date, last: date) -> None:
        """One mark per week: the average before and after of its rated sessions."""
        xs = [w.monday.toordinal() + 3.0 for w in weeks]
        tension = [(x, w.tension_before, w.tension_after) for x, w in zip(xs, weeks, strict=True)]
        pain = [(x + 0.5, w.pain_before, w.pain_after) for x, w in zip(xs, weeks, strict=True)]
        self._draw(tension, pain, [], weekly=True)
        self.set_readout(xs, [_week_text(w) for w in weeks], reach=3.6)
        self.show_days(first, last, least_days=56)

    def _draw(
        self,
        tension: list[tuple[float, float | None, float | None]],
        pain: list[tuple[float, float | None, float | None]],
        rings: list[_Point],
        weekly: bool,
    ) -> None:
        for item in self.items:
            self.removeItem(item)
        self.items = []
        t = self.theme
        for rows, color, marks, square in (
            (tension, t.accent, TENSION, False),
            (pain, t.hold, PAIN, True),
        ):
            before = [(x, b) for x, b, _a in rows if b is not None]
            after = [(x, a) for x, _b, a in rows if a is not None]
            pairs = [(x, b, a) for x, b, a in rows if b is not None and a is not None]
            flat_x = [v for x, _b, _a in pairs for v in (x, x)]
            flat_y = [v for _x, b, a in pairs for v in (b, a)]
            if flat_x:
                line = pg.PlotDataItem(
                    flat_x, flat_y, connect="pairs", pen=pg.mkPen(color, width=2)
                )
                self._add(line, marks[1])
            self._dots(before, color, hollow=True, square=square, mark=marks[0])
            self._dots(after, color, hollow=False, square=square, mark=marks[2])
        if rings:
            ring = pg.ScatterPlotItem(
                [m[0] for m in rings],
                [m[1] for m in rings],
                size=16,
                pen=pg.mkPen(t.text, width=1.2),
                brush=pg.mkBrush(None),
            )
            self._add(ring, Mark.PAIN_RING)
        self.legend.set_entries(self._entries(weekly))

    def _add(self, item: pg.GraphicsObject, mark: str) -> None:
        item.mark = mark
        self.addItem(item)
        self.items.append(item)

    def _dots(
        self, points: list[_Point], color: str, hollow: bool, square: bool, mark: str
    ) -> None:
        if not points:
            return
        item = pg.ScatterPlotItem(
            [p[0] for p in points],
            [p[1] for p in points],
            size=7,
            symbol="s" if square else "o",
            pen=pg.mkPen(color, width=1.5),
            brush=pg.mkBrush(self.theme.background if hollow else color),
        )
        self._add(item, mark)

    def _entries(self, weekly: bool) -> list[Entry]:
        drawn = {item.mark for item in self.items}
        entries = []
        if drawn & set(TENSION):
            text = (
                translate("history", "Tension, the week's average: before (open dot) and after")
                if weekly
                else translate("history", "Tension before a session (open dot) and after")
            )
            entries.append(Entry(_drawn(drawn, TENSION), text, TENSION))
        if drawn & set(PAIN):
            text = (
                translate("history", "Pain, the week's average: before (open square) and after")
                if weekly
                else translate("history", "Pain before a session (open square) and after")
            )
            entries.append(Entry(_drawn(drawn, PAIN), text, PAIN))
        if Mark.PAIN_RING in drawn:
            entries.append(
                Entry(
                    (Mark.PAIN_RING,),
                    translate("history", "Ring: a change in pain you can feel (2 points or 30 %)"),
                )
            )
        return entries


def _drawn(drawn: set[str], group: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(m for m in group if m in drawn)


def _rating_text(p: RatingPoint) -> str:
    lines = [labels.date_text(p.day, long=True)]
    for name, before, after in (
        (translate("history", "Tension"), p.tension_before, p.tension_after),
        (translate("history", "Pain"), p.pain_before, p.pain_after),
    ):
        if before is not None or after is not None:
            lines.append(
                f"{name} {'–' if before is None else before} → {'–' if after is None else after}"
            )
    if p.pain_matters:
        lines.append(translate("history", "a difference in pain you can feel"))
    return "\n".join(lines)


def _week_text(w: WeekRatings) -> str:
    lines = [week_of_text(w.monday)]
    for name, before, after in (
        (translate("history", "Tension on average"), w.tension_before, w.tension_after),
        (translate("history", "Pain on average"), w.pain_before, w.pain_after),
    ):
        if before is not None and after is not None:
            lines.append(f"{name} {numbers.decimal(before)} → {numbers.decimal(after)}")
    lines.append(Counts.tr("%n sessions rated", "", w.sessions))
    return "\n".join(lines)
