# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance pace test's window: what it is, where it is while the guide paces, the result.

Before: what the test does and needs, and Start (or, without a heart signal, how to get
one). During: the step, the time left, the pace; the guide itself does the pacing. After:
the table and the chart side by side, the suggested pace named with a star, the therapist's
choice, "Use this pace" (into the profile) and "Make a plan at this pace".
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.resonance_controller import Progress, ResonanceController, RunState
from breathapp.core.heart.resonance import ResonanceSettings, ResonanceTest
from breathapp.core.heart.resonance_plan import StepKind, pattern_for
from breathapp.core.prefs import Preferences, resonance_settings
from breathapp.ui.common import labels, numbers
from breathapp.ui.common.flow_layout import FlowLayout
from breathapp.ui.common.theme import LIGHT, Theme
from breathapp.ui.common.widgets import scrolled, text_label
from breathapp.ui.heart.resonance_chart import STAR, ResonanceChart
from breathapp.ui.heart.resonance_table import ResonanceTable
from breathapp.ui.heart.resonance_times import ResonanceTimes, about_minutes

PAGE_MARGIN_PX = 24
PAIR_GAP_PX = 18


def clock_text(seconds: float) -> str:
    """Seconds as m:ss, rounded up: 1:05."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


class ResonanceView(QWidget):
    """The test's three pages over a ResonanceController.

    Signals:
        plan_requested(Pattern): make a plan at the chosen pace (the app opens the editor).
        picker_requested(): open the strap picker to get a heart signal.
    """

    plan_requested = Signal(object)
    picker_requested = Signal()

    def __init__(
        self,
        controller: ResonanceController,
        settings: ResonanceSettings | None = None,
        parent: QWidget | None = None,
        prefs: PrefsController | None = None,
    ) -> None:
        """``prefs``: the profile's preferences, whose test times the window shows and keeps."""
        super().__init__(parent)
        self._c = controller
        self._settings = settings or ResonanceSettings()
        self._prefs = prefs
        if prefs is not None:
            self._settings = resonance_settings(prefs.prefs, self._settings.paces_bpm)
            prefs.changed.connect(self._on_prefs)
        self._picked: float | None = None
        self._progress: Progress | None = None
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._build_before()
        self._build_during()
        self._build_after()
        controller.state_changed.connect(self._on_state)
        controller.progress.connect(self._on_progress)
        controller.finished.connect(self._on_finished)
        controller.chosen.connect(self._on_chosen)
        self.set_theme(LIGHT)
        self.retranslate()
        self._on_state(controller.state)

    # -- building ----------------------------------------------------------------
    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(PAGE_MARGIN_PX, 20, PAGE_MARGIN_PX, 20)
        column.setSpacing(10)
        return page, column

    def _build_before(self) -> None:
        page, col = self._page()
        self.before_title = text_label("pageTitle")
        self.about = text_label("lead")
        self.needs = text_label()
        self.gently = text_label("muted")
        self.times = ResonanceTimes(self._settings)
        self.times.changed.connect(self._on_times)
        self.no_signal = text_label("notice")
        self.picker_button = QPushButton()
        self.picker_button.clicked.connect(self.picker_requested)
        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self._on_start)
        before = (
            self.before_title,
            self.about,
            self.needs,
            self.times,
            self.gently,
            self.no_signal,
        )
        for widget in before:
            col.addWidget(widget)
        col.addLayout(_buttons(self.picker_button, self.start_button))
        col.addStretch(1)
        self.before_page = scrolled(page)
        self.pages.addWidget(self.before_page)

    def _build_during(self) -> None:
        page, col = self._page()
        self.during_title = text_label("pageTitle")
        self.step_label = text_label("sectionTitle")
        self.step_label.setAccessibleName("step")
        self.left_label = text_label("lead")
        self.total_label = text_label("muted")
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self._c.stop)
        for widget in (self.during_title, self.step_label, self.left_label, self.total_label):
            col.addWidget(widget)
        col.addLayout(_buttons(self.stop_button))
        col.addStretch(1)
        self.during_page = scrolled(page)
        self.pages.addWidget(self.during_page)

    def _build_after(self) -> None:
        page, col = self._page()
        self.after_title = text_label("pageTitle")
        self.early = text_label("notice")
        self.summary = text_label("lead")
        self.table = ResonanceTable()
        self.table.picked.connect(self._on_picked)
        self.chart = ResonanceChart()
        self._pair = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._pair.setSpacing(PAIR_GAP_PX)
        self._pair.addWidget(self.table, 3)
        self._pair.addWidget(self.chart, 2)
        self.use_button = QPushButton()
        self.use_button.setObjectName("primary")
        self.use_button.clicked.connect(self._on_use)
        self.plan_button = QPushButton()
        self.plan_button.clicked.connect(self._on_plan)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self._c.reset)
        self.status = text_label("muted")
        for widget in (self.after_title, self.early, self.summary):
            col.addWidget(widget)
        col.addLayout(self._pair)
        col.addWidget(self.status)
        col.addLayout(_buttons(self.again_button, self.plan_button, self.use_button))
        self.after_page = scrolled(page)
        self.pages.addWidget(self.after_page)

    # -- words ----------------------------------------------------------------------
    def retranslate(self) -> None:
        s = self._settings
        loc = self.locale()
        minutes = about_minutes(s)
        quickest = numbers.decimal(max(s.paces_bpm), 1, loc)  # rates, with a decimal
        slowest = numbers.decimal(min(s.paces_bpm), 1, loc)
        self.setWindowTitle(self.tr("Resonance pace test"))
        self.before_title.setText(self.tr("Find the pace where the heart's wave is biggest"))
        self.about.setText(
            self.tr(
                "Your heart follows your breath: a little faster on each breath in, a little "
                "slower on each breath out. At one pace that wave is biggest. The guide paces "
                "%n rates, from %1 to %2 breaths a minute, about %3 each, with a short rest "
                "between; then the test suggests the pace with the biggest wave.",
                "",
                len(s.paces_bpm),
            )
            .replace("%1", quickest)
            .replace("%2", slowest)
            .replace("%3", labels.half_minutes_text(s.step_s, loc))
        )
        self.needs.setText(
            "\n".join(
                (
                    self.tr("What it needs:"),
                    "• " + self.tr("the chest strap on and connected"),
                    "• " + self.tr("sitting or lying comfortably"),
                    "• " + self.tr("about %n minutes", "", minutes),
                )
            )
        )
        self.gently.setText(
            self.tr("Breathe gently: slow, not deep. Feeling dizzy? Stop, and breathe normally.")
        )
        self.no_signal.setText(
            self.tr(
                "This test needs a heart signal. Connect a chest strap first, or start "
                "BreathApp with --rr-replay FILE to show the test with a recording."
            )
        )
        self.picker_button.setText(self.tr("Connect a chest strap…"))
        self.start_button.setText(self.tr("Start the test"))
        self.during_title.setText(self.tr("Resonance pace test"))
        self.stop_button.setText(self.tr("Stop the test"))
        self.after_title.setText(self.tr("The heart's wave at each pace"))
        self.early.setText(self.tr("The test was stopped early: these are the paces it measured."))
        self.use_button.setText(self.tr("Use this pace"))
        self.plan_button.setText(self.tr("Make a plan at this pace"))
        self.again_button.setText(self.tr("Test again"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_theme(self, theme: Theme) -> None:
        self.chart.set_theme(theme)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_pair(event.size().width())

    def _place_pair(self, width: int) -> None:
        """The table and the chart side by side where both fit; else the chart under the
        table, and where even the columns do not fit (large text), each pace with its
        measures in words under it: nothing is cut off or scrolls sideways."""
        room = width - 2 * PAGE_MARGIN_PX - self.after_page.verticalScrollBar().sizeHint().width()
        table = self.table.least_width()
        self.table.set_narrow(table > room)
        wide = table + PAIR_GAP_PX + self.chart.minimumWidth() <= room
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._pair.direction() != direction:
            self._pair.setDirection(direction)

    # -- reacting ---------------------------------------------------------------------
    @Slot(object)
    def _on_state(self, state: RunState) -> None:
        page = {
            RunState.READY: self.before_page,
            RunState.RUNNING: self.during_page,
            RunState.DONE: self.after_page,
        }[state]
        if state is RunState.RUNNING:
            self._progress = None
        self.pages.setCurrentWidget(page)
        self.refresh()

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        self._progress = progress
        self._refresh_during()

    @Slot(object)
    def _on_finished(self, test: ResonanceTest) -> None:
        self._picked = test.chosen_bpm or test.suggested_bpm
        self.status.clear()
        self.refresh()

    @Slot(float)
    def _on_chosen(self, bpm: float) -> None:
        pace = numbers.decimal(bpm, 1, self.locale())
        self.status.setText(
            self.tr("%1 breaths a minute is now this profile's pace.").replace("%1", pace)
            + " "
            + self.tr("The Breathe page now offers it as “Your own pattern”.")
        )
        self._refresh_after()

    @Slot(float)
    def _on_picked(self, bpm: float) -> None:
        self._picked = bpm
        self.use_button.setEnabled(True)
        self.plan_button.setEnabled(True)

    @Slot(object)
    def _on_times(self, settings: ResonanceSettings) -> None:
        self._settings = settings
        if self._prefs is not None:  # kept with the profile for the next test too
            self._prefs.update(
                resonance_step_s=settings.step_s,
                resonance_rest_s=settings.rest_s,
                resonance_inhale_share=settings.inhale_share,
            )
        self.retranslate()

    @Slot(object)
    def _on_prefs(self, prefs: Preferences) -> None:
        settings = resonance_settings(prefs, self._settings.paces_bpm)
        if settings != self._settings:
            self._settings = settings
            self.times.set_settings(settings)
            self.retranslate()

    def _on_start(self) -> None:
        self._c.start(self._settings)

    def _on_use(self) -> None:
        if self._picked is not None:
            self._c.choose(self._picked)

    def _on_plan(self) -> None:
        test = self._c.test
        if self._picked is not None and test is not None:
            self.plan_requested.emit(pattern_for(self._picked, test.settings.inhale_share))

    def refresh(self) -> None:
        """Show again whether there is a heart signal, and the result if there is one."""
        has = self._c.has_beats
        self.no_signal.setVisible(not has)
        self.picker_button.setVisible(not has)
        self.start_button.setEnabled(has)
        self._refresh_during()
        self._refresh_after()

    def _refresh_during(self) -> None:
        progress = self._progress
        loc = self.locale()
        if progress is None:
            self.step_label.setText(self.tr("Getting ready: follow the guide."))
            self.left_label.clear()
            self.total_label.clear()
            return
        step = progress.step
        rate = numbers.decimal(step.rate_bpm or 0.0, 1, loc)
        if step.kind is StepKind.PACE:
            self.step_label.setText(
                self.tr("Pace %1 of %2: %3 breaths a minute")
                .replace("%1", loc.toString(step.pace + 1))
                .replace("%2", loc.toString(progress.paces))
                .replace("%3", rate)
            )
            left = self.tr("Follow the guide. %1 left at this pace.")
            self.left_label.setText(left.replace("%1", clock_text(step.left_s)))
        elif step.kind is StepKind.REST:
            self.step_label.setText(self.tr("Rest: breathe freely"))
            self.left_label.setText(
                self.tr("Next: %1 breaths a minute, in %2.")
                .replace("%1", rate)
                .replace("%2", clock_text(step.left_s))
            )
        else:
            self.step_label.setText(self.tr("Last breath: the test is nearly done."))
            self.left_label.clear()
        total = self.tr("%1 left in the test").replace("%1", clock_text(progress.test_left_s))
        self.total_label.setText(total)

    def _refresh_after(self) -> None:
        test = self._c.test
        if test is None:
            return
        loc = self.locale()
        self.early.setVisible(not test.completed)
        if test.suggested_bpm is not None:
            suggested = numbers.decimal(test.suggested_bpm, 1, loc)
            self.summary.setText(
                self.tr(
                    "A bigger wave: you found a good pace. Suggested: %1 breaths a minute (%2), "
                    "where the swing and the LF power are together largest. Choose the pace "
                    "that also felt easiest. A good pace can shift with time: test again in a "
                    "few weeks."
                )
                .replace("%1", suggested)
                .replace("%2", STAR)
            )
        else:
            self.summary.setText(
                self.tr("Too few clean beats came to suggest a pace. You can test again.")
            )
        self.table.show_results(test.results, test.suggested_bpm, self._picked)
        self.chart.show_results(test.results, test.suggested_bpm, test.chosen_bpm)
        self._place_pair(self.width())
        usable = self._picked is not None
        self.use_button.setEnabled(usable)
        self.plan_button.setEnabled(usable)


def _buttons(*buttons: QPushButton) -> FlowLayout:
    """The buttons side by side, wrapping onto a new line at large text."""
    row = FlowLayout(spacing=8)
    for button in buttons:
        row.addWidget(button)
    return row
