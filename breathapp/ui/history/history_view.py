# SPDX-License-Identifier: GPL-3.0-or-later
"""The history screen: a summary, the charts for a week, month or year, and the sessions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.history_controller import HistoryController, Overview, Period
from breathapp.controllers.history_weeks import by_weeks, week_rates, week_ratings, week_totals
from breathapp.core.shown_numbers import shown_value
from breathapp.ui.common import labels
from breathapp.ui.common.flow_layout import FlowLayout
from breathapp.ui.common.theme import Theme
from breathapp.ui.common.widgets import centered_label, scrolled
from breathapp.ui.history.history_charts import MinutesChart, RateChart
from breathapp.ui.history.history_plan import (
    CARD_GAP,
    PlanWeeks,
    card_columns,
    place_cards,
    show_plan,
)
from breathapp.ui.history.movement_text import weeks_moved
from breathapp.ui.history.ratings_chart import RatingsChart
from breathapp.ui.history.session_list import SessionList, default_kind_name
from breathapp.ui.history.week_sentence import points_text, tension_words, week_sentence
from breathapp.ui.history.year_calendar import YearCalendar

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent


class SummaryCard(QFrame):
    """One figure with its caption."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.value = QLabel()
        self.value.setObjectName("cardValue")
        self.caption = QLabel()
        self.caption.setObjectName("muted")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_figure(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)


class HistoryView(QWidget):
    """The history of one profile, from the controller it is given.

    Signals:
        start_requested(): the empty state's button: go and practise.
        report_requested(date, date): save the therapist's report of the period shown.
        export_requested(str): save the history as "json" (a backup) or "csv".
        import_requested(): merge a backup into this history.
        open_file_requested(): look at a patient's practice file.
    """

    start_requested = Signal()
    report_requested = Signal(object, object)
    export_requested = Signal(str)
    import_requested = Signal()
    open_file_requested = Signal()

    def __init__(
        self,
        history: HistoryController,
        goal_minutes: int,
        theme: Theme,
        kind_name: Callable[[str], str] = default_kind_name,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._goal = goal_minutes
        self._period = Period.WEEK
        self._overview: Overview | None = None
        self._stale = True

        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.report_button = QPushButton()
        self.report_button.setObjectName("primary")
        self.report_button.clicked.connect(self._on_report)
        # The rarer file work sits in one menu: a calm row with one thing to press.
        self.files_menu = QMenu(self)
        self.backup_action = self.files_menu.addAction("")
        self.csv_action = self.files_menu.addAction("")
        self.files_menu.addSeparator()
        self.import_action = self.files_menu.addAction("")
        self.open_action = self.files_menu.addAction("")
        self.backup_action.triggered.connect(lambda: self.export_requested.emit("json"))
        self.csv_action.triggered.connect(lambda: self.export_requested.emit("csv"))
        self.import_action.triggered.connect(self.import_requested)
        self.open_action.triggered.connect(self.open_file_requested)
        self.files_button = QPushButton()
        self.files_button.setMenu(self.files_menu)
        self.files_button.setVisible(not history.read_only)
        actions = FlowLayout(spacing=8)  # side by side, wrapping at 200 % text
        actions.addWidget(self.report_button)
        actions.addWidget(self.files_button)
        # Four for everyone; then this week's planned sessions and days moved, when used.
        self.cards = [SummaryCard() for _ in range(6)]
        self._cards_shown = [True] * 4 + [False] * 2
        self.period_buttons: dict[Period, QPushButton] = {}
        self._period_group = QButtonGroup(self)
        periods = FlowLayout(spacing=6)
        for period in Period:
            button = QPushButton()
            button.setObjectName("segment")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, p=period: self.set_period(p))
            self._period_group.addButton(button)
            self.period_buttons[period] = button
            periods.addWidget(button)
        self.reset_view_button = QPushButton()
        self.reset_view_button.clicked.connect(self.reset_view)
        periods.addWidget(self.reset_view_button)
        self.period_buttons[self._period].setChecked(True)

        self.minutes_title = QLabel()
        self.minutes_title.setObjectName("sectionTitle")
        self.minutes_chart = MinutesChart(theme)
        self.plan_weeks = PlanWeeks(theme)
        self.plan_weeks.hide()
        self.calendar_title = QLabel()
        self.calendar_title.setObjectName("sectionTitle")
        self.calendar = YearCalendar(theme)
        self.ratings_title = QLabel()
        self.ratings_title.setObjectName("sectionTitle")
        self.ratings_note = QLabel()
        self.ratings_note.setObjectName("muted")
        self.ratings_note.setWordWrap(True)
        self.ratings_chart = RatingsChart(theme)
        self.weeks_label = QLabel()
        self.weeks_label.setObjectName("muted")
        self.weeks_label.setWordWrap(True)
        self.rate_title = QLabel()
        self.rate_title.setObjectName("sectionTitle")
        self.rate_chart = RateChart(theme)

        charts = QWidget()
        column = QVBoxLayout(charts)
        column.setContentsMargins(0, 0, 12, 12)
        column.setSpacing(8)
        self.week_sentence = QLabel()  # this week in one plain sentence, first
        self.week_sentence.setObjectName("weekSentence")
        self.week_sentence.setWordWrap(True)
        column.addWidget(self.week_sentence)
        self._grid = QGridLayout()
        self._grid.setSpacing(CARD_GAP)
        column.addLayout(self._grid)
        self._card_columns = 0
        self._place_cards()
        column.addSpacing(8)
        column.addLayout(periods)
        for widget in (
            self.minutes_title,
            self.minutes_chart,
            self.minutes_chart.legend,
            self.plan_weeks,
            self.calendar_title,
            self.calendar,
            self.calendar.legend,
            self.ratings_title,
            self.ratings_note,
            self.ratings_chart,
            self.ratings_chart.legend,
            self.weeks_label,
            self.rate_title,
            self.rate_chart,
            self.rate_chart.legend,
        ):
            column.addWidget(widget)
        scroll = QScrollArea()
        scroll.setWidget(charts)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.empty = QWidget()
        empty = QVBoxLayout(self.empty)
        self.empty_text = centered_label("summaryBody", wrap=True)
        self.empty_button = QPushButton()
        self.empty_button.setObjectName("primary")
        self.empty_button.clicked.connect(self.start_requested)
        empty.addStretch(2)
        empty.addWidget(self.empty_text)
        empty.addSpacing(24)
        empty.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty.addStretch(3)

        self.overview_page = QWidget()
        overview = QVBoxLayout(self.overview_page)
        overview.setContentsMargins(0, 8, 0, 0)
        overview.addWidget(scroll, 1)
        overview.addWidget(self.empty, 1)
        self.sessions = SessionList(history, kind_name)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview_page, "")
        # The list and its buttons scroll as a page where the window is low (200 % text).
        self._sessions_page = scrolled(self.sessions)
        self.tabs.addTab(self._sessions_page, "")
        self._scroll = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 24, 8)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        history.changed.connect(self._on_changed)
        self.retranslate()

    # -- intents ----------------------------------------------------------------------
    def set_period(self, period: Period) -> None:
        self._period = period
        self.period_buttons[period].setChecked(True)
        self.refresh()

    @Slot()
    def reset_view(self) -> None:
        """Every chart back to the whole period, after a zoom or a drag."""
        for chart in (self.minutes_chart, self.ratings_chart, self.rate_chart):
            chart.reset_view()

    @Slot()
    def _on_report(self) -> None:
        if self._overview is not None:
            self.report_requested.emit(self._overview.first, self._overview.last)

    def set_goal(self, goal_minutes: int) -> None:
        if goal_minutes != self._goal:
            self._goal = goal_minutes
            self._show()

    def set_theme(self, theme: Theme) -> None:
        for chart in (self.minutes_chart, self.ratings_chart, self.rate_chart):
            chart.set_theme(theme)
        self.plan_weeks.set_theme(theme)
        self.calendar.set_theme(theme)
        self._show()

    def refresh(self) -> None:
        """Read the history again (in SQL, a few milliseconds) and show it."""
        self._overview = self._history.overview(self._period)
        self._stale = False
        self._show()

    def data_changed(self) -> None:
        """Something outside the history changed what it shows: a plan, the movement tick."""
        self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # read when next shown

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        if self._stale:
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    # -- showing ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your practice"))
        self.report_button.setText(self.tr("Report for your therapist (PDF)…"))
        self.report_button.setToolTip(self.tr("The period shown below, on one or two pages"))
        self.files_button.setText(self.tr("Backup and files"))
        self.backup_action.setText(self.tr("Save a backup…"))
        self.csv_action.setText(self.tr("Spreadsheet (CSV)…"))
        self.import_action.setText(self.tr("Import a backup…"))
        self.open_action.setText(self.tr("Open a practice file…"))
        self.open_action.setToolTip(self.tr("Look at a patient's file; nothing is mixed in"))
        self.tabs.setTabText(0, self.tr("Overview"))
        self.tabs.setTabText(1, self.tr("Sessions"))
        self._sessions_page.setAccessibleName(self.tr("Sessions"))
        names = {Period.WEEK: self.tr("Week"), Period.MONTH: self.tr("Month")}
        names[Period.YEAR] = self.tr("Year")
        for period, button in self.period_buttons.items():
            button.setText(names[period])
        self.reset_view_button.setText(self.tr("Reset view"))
        self.reset_view_button.setToolTip(
            self.tr("To zoom in on the days, hold Ctrl and turn the mouse wheel over a chart")
        )
        self.calendar_title.setText(self.tr("Practice days this year"))
        self.ratings_title.setText(self.tr("How you felt before and after"))
        self.rate_title.setText(self.tr("Your breathing pace"))
        self._name_charts()
        self._scroll.setAccessibleName(self.tr("Overview"))
        self.empty_text.setText(
            self.tr(
                "Your practice will show here after your first session.\n"
                "A few calm minutes are a good start."
            )
        )
        self.empty_button.setText(self.tr("Start breathing"))
        self._show()

    def _name_charts(self) -> None:
        """The titles that change with the period (per day or per week), and chart names."""
        weekly = self._overview is not None and by_weeks(self._overview.first, self._overview.last)
        self.minutes_title.setText(
            self.tr("Minutes per week") if weekly else self.tr("Minutes per day")
        )
        self.ratings_note.setText(
            self.tr("Each week: the average of your own ratings. Not a test.")
            if weekly
            else self.tr("Your own ratings, not a test.")
        )
        for chart, title in (
            (self.minutes_chart, self.minutes_title),
            (self.ratings_chart, self.ratings_title),
            (self.rate_chart, self.rate_title),
        ):
            chart.setAccessibleName(title.text())
        self.calendar.setAccessibleName(self.calendar_title.text())

    def _show(self) -> None:
        o = self._overview
        if o is None:
            return
        self._name_charts()
        self.empty.setVisible(o.empty)
        self._scroll.setVisible(not o.empty)
        self.week_sentence.setText(week_sentence(o))
        s = o.summary
        week = labels.minutes_text(s.minutes_this_week * 60)
        self.cards[0].set_figure(
            week,
            self.tr("this week (goal %1 a day)").replace(
                "%1", labels.minutes_text(self._goal * 60)
            ),
        )
        days = self.tr("%n days", "", s.streaks.current)
        self.cards[1].set_figure(
            days,
            self.tr("in a row now; longest %1").replace("%1", str(s.streaks.longest)),
        )
        total = labels.duration_text(s.total_minutes * 60)
        self.cards[2].set_figure(total, self.tr("in all, in %n sessions", "", s.total_sessions))
        change = s.average_tension_change
        if change is None:
            self.cards[3].set_figure("–", self.tr("tension change: rate it before and after"))
        elif shown_value(change, 1) < 0:
            self.cards[3].set_figure(
                points_text(change), self.tr("less tense after a session, on average")
            )
        elif shown_value(change, 1) > 0:
            self.cards[3].set_figure(
                points_text(change), self.tr("more tense after a session, on average")
            )
        else:
            self.cards[3].set_figure(
                self.tr("about the same"), self.tr("tension before and after a session, on average")
            )
        shown = [True] * 4 + list(show_plan(o, self.cards[4], self.cards[5], self.plan_weeks))
        if shown != self._cards_shown:
            self._cards_shown = shown
            self._card_columns = 0
        self._place_cards()  # the figures' widths may ask for fewer to a row
        movement = {d.day: d for d in o.movement}
        self.calendar.set_days(o.year, self._goal, o.moved, o.bad_days, movement)
        if by_weeks(o.first, o.last):  # whole weeks, as the calendar's
            first, last = o.year[0].day, o.year[-1].day
            weeks = week_totals(o.year, first, last, o.moved)
            sunday = weeks[-1].monday + timedelta(days=6)
            self.minutes_chart.set_weeks(weeks, self._goal, weeks_moved(o.movement))
            self.ratings_chart.set_weeks(week_ratings(o.ratings), first, sunday)
            self.rate_chart.set_data(week_rates(o.rates), first, sunday, weekly=True)
        else:
            self.minutes_chart.set_data(o.days, self._goal, o.moved, movement)
            self.ratings_chart.set_data(o.ratings, o.first, o.last)
            self.rate_chart.set_data(o.rates, o.first, o.last)
        self.rate_chart.setVisible(bool(o.rates))
        self.rate_title.setVisible(bool(o.rates))
        weeks = [w for w in o.weeks if w.tension_change is not None]
        if weeks:
            parts = [
                self.tr("week of %1: %2")
                .replace("%1", labels.date_text(w.week))
                .replace("%2", tension_words(w.tension_change or 0.0))
                for w in weeks[-4:]
            ]
            self.weeks_label.setText(self.tr("After a session, on average: ") + "  ·  ".join(parts))
        else:
            self.weeks_label.setText("")

    def _place_cards(self) -> None:
        columns = card_columns(self.cards, self._cards_shown, self.width() - 40)
        if columns != self._card_columns:
            self._card_columns = columns
            place_cards(self._grid, self.cards, self._cards_shown, columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_cards()  # fewer cards to a row in a narrow window

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
