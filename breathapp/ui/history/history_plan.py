# SPDX-License-Identifier: GPL-3.0-or-later
"""The history's plan part: planned sessions per week, and the days the patient moved.

Shown only for a profile with a plan (the weeks) or that uses the movement tick (the
days). Calm colours only: a week with fewer sessions is never shown as a failure.
Imported with the history, after pyqtgraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from breathapp.ui.common import labels
from breathapp.ui.common.counts import Counts
from breathapp.ui.common.theme import Theme
from breathapp.ui.history.chart_legend import Entry, Mark
from breathapp.ui.history.history_charts import WEEK_REACH, Chart
from breathapp.ui.history.movement_text import has_minutes

if TYPE_CHECKING:
    from breathapp.controllers.history_controller import Overview
    from breathapp.core.adherence import WeekAdherence
    from breathapp.ui.history.history_view import SummaryCard

CARDS_PER_ROW = 4  # more cards than this go on two rows of three
CARD_GAP = 12  # between the cards, across and down
translate = QCoreApplication.translate


def of_text(done: int, planned: int) -> str:
    return translate("history", "%1 of %2").replace("%1", str(done)).replace("%2", str(planned))


def _planned_done(done: int, planned: int) -> str:
    return Counts.tr("%1 of %n planned sessions done", "", planned).replace("%1", str(done))


class PlanWeeksChart(Chart):
    """Per week: the planned sessions as a pale wide bar, those done as a full one inside."""

    def __init__(self, theme: Theme) -> None:
        super().__init__(theme, translate("history", "sessions"))
        self.planned = pg.BarGraphItem(x=[], height=[], width=5.6)
        self.done = pg.BarGraphItem(x=[], height=[], width=3.4)
        self.planned.mark = Mark.PLANNED
        self.done.mark = Mark.DONE
        self.addItem(self.planned)
        self.addItem(self.done)
        self.setFixedHeight(220)

    def set_data(self, weeks: Sequence[WeekAdherence], first: date, last: date) -> None:
        """The weeks of the plan, on the days ``first`` to ``last`` (as the minutes above)."""
        t = self.theme
        xs = [w.monday.toordinal() + 3 for w in weeks]  # the middle of each week
        self.planned.setOpts(
            x=xs,
            height=[w.prescribed for w in weeks],
            brush=QColor(t.accent_soft),
            pen=pg.mkPen(t.accent, width=1),
        )
        self.done.setOpts(
            x=xs, height=[w.done for w in weeks], brush=QColor(t.accent), pen=pg.mkPen(None)
        )
        top = max([1, *(w.prescribed for w in weeks)])
        self.setYRange(0, top * 1.15, padding=0)
        self.show_days(first, last)
        week_of = translate("history", "week of %1")
        texts = [
            f"{week_of.replace('%1', labels.date_text(w.monday, long=True))}\n"
            + _planned_done(w.done, w.prescribed)
            for w in weeks
        ]
        self.set_readout(xs, texts, reach=WEEK_REACH)  # anywhere in a week reads it out
        self.legend.set_entries(
            [
                Entry(
                    (Mark.PLANNED,),
                    translate("history", "Pale bar: the sessions your therapist planned"),
                ),
                Entry((Mark.DONE,), translate("history", "Full bar: the sessions you did")),
            ]
            if weeks
            else []
        )


class PlanWeeks(QWidget):
    """Title, note and chart of the planned sessions per week (hidden without a plan)."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.chart = PlanWeeksChart(theme)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.chart)
        layout.addWidget(self.chart.legend)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your plan: sessions per week"))
        self.chart.setAccessibleName(self.title.text())
        self.note.setText(self.tr("Every session counts, whatever the week looks like."))

    def set_theme(self, theme: Theme) -> None:
        self.chart.set_theme(theme)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def card_columns(cards: Sequence[QWidget], shown: Sequence[bool], room: int) -> int:
    """How many cards a row takes: all (up to four), or rows of three when there are more;
    fewer where ``room`` (the width there is) cannot hold them whole (200 % text)."""
    visible = [card for card, show in zip(cards, shown, strict=True) if show]
    columns = CARDS_PER_ROW if len(visible) <= CARDS_PER_ROW else 3
    widest = max((card.minimumSizeHint().width() for card in visible), default=0)
    while columns > 1 and columns * widest + (columns - 1) * CARD_GAP > room:
        columns -= 1
    return columns


def place_cards(
    grid: QGridLayout, cards: Sequence[QWidget], shown: Sequence[bool], columns: int
) -> None:
    """The cards to show, ``columns`` to a row."""
    visible = [card for card, show in zip(cards, shown, strict=True) if show]
    for card in cards:
        grid.removeWidget(card)
    for i, card in enumerate(visible):
        grid.addWidget(card, i // columns, i % columns)
    for card, show in zip(cards, shown, strict=True):
        card.setVisible(show)  # after the layout, which would show an added card only later


def show_plan(
    overview: Overview, week_card: SummaryCard, moved_card: SummaryCard, weeks: PlanWeeks
) -> tuple[bool, bool]:
    """The plan's figures for ``overview``; whether the week and moved cards are to show.

    Nothing of the plan shows when the profile has none.
    """
    this_week = overview.plan_this_week
    if this_week is not None:
        week_card.set_figure(
            of_text(this_week.done, this_week.prescribed),
            translate("history", "planned sessions this week"),
        )
    moved = overview.moved_this_week
    week = overview.movement_this_week
    figure = _movement_figure(overview) if week is not None else None
    if figure is not None:
        moved_card.set_figure(*figure)
    elif moved is not None:
        days = Counts.tr("%n days", "", moved)
        moved_card.set_figure(days, translate("history", "moved 15 minutes or more this week"))
    weeks.setVisible(bool(overview.plan_weeks))
    monday = overview.first - timedelta(days=overview.first.weekday())
    sunday = overview.last + timedelta(days=6 - overview.last.weekday())
    weeks.chart.set_data(overview.plan_weeks or (), monday, sunday)
    return this_week is not None, moved is not None or week is not None


def _movement_figure(overview: Overview) -> tuple[str, str] | None:
    """This week's movement: the days at the phase's goal, or the minutes without a goal;
    None when the week has only old ticks (they are counted as days, as before)."""
    week = overview.movement_this_week
    assert week is not None
    days = [d for d in overview.movement if d.day >= week.monday]
    goals = [d.goal for d in days if d.goal is not None]
    if goals and week.days_with_goal:
        caption = Counts.tr("days at your goal of %n minutes this week", "", goals[-1])
        return of_text(week.days_at_goal, week.days_with_goal), caption
    if not has_minutes(days):
        return None
    minutes = labels.minutes_text(week.minutes * 60)
    if week.at_least:
        return minutes, translate("history", "moved this week (a tick: 15 minutes or more)")
    return minutes, translate("history", "moved this week")
