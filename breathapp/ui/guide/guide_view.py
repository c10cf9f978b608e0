# SPDX-License-Identifier: GPL-3.0-or-later
"""The main screen: the breathing guide with its words, numbers and controls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.profile_controller import ProfileController
from breathapp.controllers.session_controller import Readout, SessionController
from breathapp.core.checkin import Ratings
from breathapp.core.clock import Clock
from breathapp.core.patterns import PatternError
from breathapp.core.prefs import Preferences, session_plan
from breathapp.core.safety import LengthCapped, SafetyError
from breathapp.core.session import LengthError, SessionPlan, SessionRecord, SessionState
from breathapp.ui.common import labels
from breathapp.ui.common.theme import Theme
from breathapp.ui.common.widgets import centered_label
from breathapp.ui.guide import readout_sizes
from breathapp.ui.guide.guide_canvas import GuideCanvas
from breathapp.ui.guide.session_bar import SessionBar
from breathapp.ui.guide.session_setup import SetupBar

if TYPE_CHECKING:  # only annotates: importing it costs start-up time
    from PySide6.QtGui import QResizeEvent

    from breathapp.ui.guide.checkin_panel import CheckIn
    from breathapp.ui.guide.presentation import Presentation
    from breathapp.ui.guide.summary_panel import SummaryPanel


LOW_READY_PX = 600  # lower than this, the ready screen leaves out the resting circle


class GuideView(QWidget):
    """Shows one session from ready to summary and sends the user's intents to the controller.

    Signals:
        fullscreen_requested(): the full-screen button was pressed.
        plan_from_demo_requested(tuple): make a plan from what a demonstration showed.
    """

    fullscreen_requested = Signal()
    plan_from_demo_requested = Signal(object)

    def __init__(
        self,
        session: SessionController,
        prefs: PrefsController,
        profile: ProfileController,
        theme: Theme,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prefs = prefs
        self._profile = profile
        self._theme = theme
        self._clock = clock  # the pattern editor's preview runs on it
        self._readout: Readout | None = None
        self._presenting = False
        self.presentation: Presentation | None = None  # made when first presented

        self.phase_label = centered_label("phaseWord")
        self.canvas = GuideCanvas(
            session.pacer_state, theme, prefs.prefs.guide_style, prefs.prefs.reduced_motion
        )
        self.count_label = centered_label("countdown")
        self.info_label = centered_label("muted", wrap=True)  # wraps, never shrinks
        self.error_label = centered_label("notice", wrap=True)
        self.error_label.hide()
        self.suggest_button = QPushButton()
        self.suggest_button.hide()
        self._readouts = (self.phase_label, self.count_label, self.info_label)
        readout_sizes.let_readouts_shrink(self._readouts)

        guide_page = QWidget()
        guide = QVBoxLayout(guide_page)
        guide.setContentsMargins(16, 16, 16, 0)
        guide.addWidget(self.phase_label)
        guide.addWidget(self.canvas, 1)
        guide.addWidget(self.count_label)
        guide.addWidget(self.info_label)
        guide.addWidget(self.error_label)
        guide.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._summary: SummaryPanel | None = None  # made when a session first ends
        self._checkin: CheckIn | None = None  # made when first needed
        self._pending_plan: SessionPlan | None = None  # waits for the check-in before
        self._asked_before = False  # a demonstration asks nothing before, so nothing after
        self._given_plan: SessionPlan | None = None  # from start_session: "Once more" repeats it
        self.pages = QStackedLayout()
        self.pages.addWidget(guide_page)
        self.pages.currentChanged.connect(lambda _index: self._show_bar())

        self.setup_bar = SetupBar(prefs, profile, session.gate)
        self.session_bar = SessionBar(clock, prefs.prefs.reduced_motion, self.canvas)
        bar = self.session_bar
        self.pause_button, self.stop_button = bar.pause_button, bar.stop_button
        self.fullscreen_button, self.dizzy_button = bar.fullscreen_button, bar.dizzy_button

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.pages, 1)
        layout.addWidget(self.setup_bar)
        layout.addWidget(self.session_bar)

        self.setup_bar.start_requested.connect(self.start)
        self.setup_bar.edit_pattern_requested.connect(self.edit_pattern)
        self.pause_button.clicked.connect(session.toggle_pause)
        self.stop_button.clicked.connect(session.stop)
        self.fullscreen_button.clicked.connect(self.fullscreen_requested)
        self.dizzy_button.clicked.connect(self.feel_dizzy)
        self.suggest_button.clicked.connect(self._on_use_suggestion)
        session.frame.connect(self.canvas.update)
        session.readout_changed.connect(self._on_readout)
        session.state_changed.connect(self._on_state)
        session.session_ended.connect(self._on_ended)
        session.refused.connect(self._on_refused)
        session.length_capped.connect(self._on_length_capped)
        prefs.changed.connect(self._on_prefs)
        self.retranslate()
        self._on_state(session.state)

    # -- intents ----------------------------------------------------------------
    @Slot()
    def start(self, check_in: bool = True) -> None:
        """Start a session from the current choices, or say what is wrong with them."""
        try:
            plan = session_plan(self._prefs.prefs)
        except PatternError as error:
            self._show_error(labels.pattern_error(error))
            return
        except LengthError as error:
            self._show_error(labels.length_error(error))
            return
        self._given_plan = None
        self.start_session(plan, check_in, remember=False)

    def start_session(
        self, plan: SessionPlan, check_in: bool = True, remember: bool = True
    ) -> None:
        """Start this session (e.g. one a therapist's plan prescribes), after the check-in."""
        if remember:
            self._given_plan = plan
        try:
            self._session.vet(plan)  # asked before the check-in; the session asks again
        except SafetyError as refusal:
            self._on_refused(refusal)
            return
        self.hide_notice()
        self._asked_before = check_in and self._prefs.prefs.check_in
        if not self._asked_before:
            self._session.start(plan)
            return
        self._pending_plan = plan
        self._show_checkin(after=False)

    def _show_checkin(self, after: bool) -> None:
        self.pages.setCurrentWidget(self.checkin)
        self.setup_bar.hide()
        self.checkin.begin(self._profile.profile.ask_pain, after)

    @Slot(object)
    def _on_before_done(self, before: Ratings) -> None:
        plan, self._pending_plan = self._pending_plan, None
        if plan is not None:
            self._session.start(plan._replace(before=before))

    @Slot(object, str)
    def _on_after_done(self, after: Ratings, note: str) -> None:
        self._session.record_after(after, note)
        if self._session.last_ended is not None:
            self.summary.show_record(self._session.last_ended)
        self.pages.setCurrentWidget(self.summary)

    def escape(self) -> bool:
        """Esc outside a session: leave a check-in. True when there was one to leave."""
        if self.pages.currentWidget() is not self._checkin or self._checkin is None:
            return False
        if self._pending_plan is not None:  # before a session: back to the start screen
            self._pending_plan = None
            self._on_state(self._session.state)
        else:
            self._checkin.skip_all()
        return True

    @property
    def checkin(self) -> CheckIn:
        if self._checkin is None:
            # Imported on first use, like the summary: not needed for the first paint.
            from breathapp.ui.guide.checkin_panel import CheckIn

            self._checkin = CheckIn.on_page(self.pages, self._on_before_done, self._on_after_done)
        return self._checkin

    @Slot()
    def feel_dizzy(self) -> None:
        """End the session at once and show calm advice; the event is kept with it."""
        self._session.stop(dizzy=True)

    def primary_action(self) -> None:
        """Space: answer the check-in, start, skip the settle-in, or pause and resume."""
        state = self._session.state
        if self._checkin is not None and self.pages.currentWidget() is self._checkin:
            self._checkin.confirm()
        elif state is SessionState.READY:
            self.start()
        elif state is SessionState.SETTLING:
            self._session.skip_settle()
        elif state in (SessionState.RUNNING, SessionState.PAUSED):
            self._session.toggle_pause()
        elif state.is_over:
            self._on_done()

    @property
    def summary(self) -> SummaryPanel:
        if self._summary is None:
            # Imported when a session first ends: not needed for the first paint.
            from breathapp.ui.guide.summary_panel import SummaryPanel

            self._summary = SummaryPanel()
            self._summary.again_requested.connect(self._on_again)
            self._summary.done.connect(self._on_done)
            self._summary.plan_requested.connect(self.plan_from_demo_requested)
            self.pages.addWidget(self._summary)
        return self._summary

    def present(self) -> None:
        """P: the guide alone, full screen for the treatment room, with the live keys.

        Starts a session if none runs (a demonstration skips the check-in).
        """
        if self._session.state is SessionState.READY:
            self.start(check_in=False)
        if not self._session.state.is_live:
            return
        if self.presentation is None:
            # Imported on first use: presentation mode is off the start-up path.
            from breathapp.ui.guide.presentation import Presentation

            self.presentation = Presentation(self._session, self._prefs, self)
        self.presentation.open(self._theme)  # the calm theme is the app's own

    def set_presenting(self, presenting: bool) -> None:
        """Full screen: only the guide, its word and its numbers, sized for across the room."""
        self._presenting = presenting
        self._on_state(self._session.state)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.canvas.set_theme(theme)
        # A new style sheet re-polishes the labels and forgets their window-sized fonts.
        self._scale_fonts()

    # -- showing ------------------------------------------------------------------
    def retranslate(self) -> None:
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the session (Esc)"))
        self.dizzy_button.setText(self.tr("I feel dizzy"))
        self.dizzy_button.setToolTip(self.tr("Stop now and breathe normally (D)"))
        self._show_pause_text()
        self._show_bar()
        self._show_readout()
        if self.suggest_button.isVisibleTo(self):
            self._show_suggestion()

    def _show_pause_text(self) -> None:
        paused = self._session.state is SessionState.PAUSED
        self.pause_button.setText(self.tr("Continue") if paused else self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause or continue (Space)"))

    def _show_bar(self) -> None:
        """The session's buttons; in full screen quiet ones, the way out and what Esc does."""
        live = self._session.state.is_live
        checkin = self._checkin is not None and self.pages.currentWidget() is self._checkin
        # In full screen after a session, the way out stays on screen with the summary.
        self.session_bar.setVisible(live or self._presenting)
        self.session_bar.show_for(self._presenting, live, esc_leaves=not checkin)

    @Slot(object)
    def _on_state(self, state: SessionState) -> None:
        if state.is_over:
            self.pages.setCurrentWidget(self.summary)
        else:
            self.pages.setCurrentIndex(0)
        # In full screen too: after a session there, Start is at hand.
        self.setup_bar.setVisible(state is SessionState.READY)
        self.pause_button.setEnabled(state in (SessionState.RUNNING, SessionState.PAUSED))
        self._show_pause_text()
        self._show_bar()
        self._scale_fonts()  # a running session's readouts are larger
        if state is SessionState.READY:
            self._readout = None
            self._show_readout()
            self._show_suggestion()
            self.canvas.update()

    @Slot(object)
    def _on_readout(self, readout: Readout) -> None:
        self._readout = readout
        self._show_readout()

    def _show_readout(self) -> None:
        r = self._readout
        if r is None or r.state is SessionState.READY:
            self.phase_label.setText(self.tr("Ready when you are"))
            self.count_label.setText("")
            self.info_label.setText(
                self.tr("Sit or lie comfortably. Breathe gently: slower, not deeper.")
                + "  "
                + self.tr("Press Space to start.")
            )
        elif r.state is SessionState.SETTLING:
            self.phase_label.setText(self.tr("Get comfortable"))
            self.count_label.setText(str(max(1, r.settle_left_s)))
            self.info_label.setText(self.tr("Press Space to begin now."))
        else:
            if r.state is SessionState.PAUSED:
                self.phase_label.setText(self.tr("Paused"))
                self.count_label.setText("")
            elif r.phase is not None:
                self.phase_label.setText(labels.phase_word(r.phase))
                self.count_label.setText(str(max(1, r.phase_left_s)))
            parts = [
                self.tr("%1 done").replace("%1", labels.clock_text(r.elapsed_s)),
                self.tr("%1 to go").replace("%1", labels.clock_text(r.remaining_s)),
                labels.rate_text(r.rate_bpm),
            ]
            self.info_label.setText("   ·   ".join(parts))
        self.canvas.say(self.phase_label.text(), self.count_label.text())
        self._scale_fonts()  # a new word fits the width

    @Slot()
    def edit_pattern(self) -> None:
        """Open the editor for an own pattern; a saved one becomes the chosen pattern."""
        # Opened now and then; importing it here keeps it off the start-up path.
        from breathapp.ui.guide.pattern_editor import edit_own_pattern

        no_holds = self._profile.profile.no_holds
        edit_own_pattern(self._prefs, no_holds, self._clock, self._theme, self.window())

    @Slot(object)
    def _on_refused(self, refusal: SafetyError) -> None:
        """A start or a change the safety rules do not allow: say which, why, what instead."""
        self._show_error(labels.refusal_text(refusal))

    @Slot(object)
    def _on_length_capped(self, capped: LengthCapped) -> None:
        self._show_error(labels.length_capped_text(capped))

    @Slot(object)
    def _on_ended(self, record: SessionRecord) -> None:
        self.summary.show_record(record)
        if self._asked_before and not record.dizzy:  # "how tense now?" only after a before
            # After dizziness: advice first, no questions.
            self._show_checkin(after=True)

    @Slot()
    def _on_again(self) -> None:
        self._session.reset()
        if self._given_plan is not None:
            self.start_session(self._given_plan)
        else:
            self.start()

    @Slot()
    def _on_done(self) -> None:
        self._session.reset()
        self.setup_bar.focus_start()

    @Slot(object)
    def _on_prefs(self, prefs: Preferences) -> None:
        self.canvas.set_style(prefs.guide_style)
        self.canvas.set_reduced_motion(prefs.reduced_motion)
        self.session_bar.set_reduced_motion(prefs.reduced_motion)
        self.hide_notice()
        if self._session.state is SessionState.READY:
            self._show_suggestion()

    def refresh_suggestion(self) -> None:
        """Another kind of session ended: offer a gentler pattern if it ended dizzy."""
        if self._session.state is SessionState.READY:
            self._show_suggestion()

    def _show_suggestion(self) -> None:
        """After a dizzy session, offer a gentler pattern (once it is chosen, say no more)."""
        preset_id = self._session.suggested_preset()
        if preset_id is None or self._prefs.prefs.pattern == preset_id:
            self.suggest_button.hide()
            return
        name = labels.preset_name(preset_id)
        self._show_error(
            self.tr(
                "Last time you felt dizzy. %1 may suit you better. Breathe softly: "
                "slower, not deeper."
            ).replace("%1", name)
        )
        self.suggest_button.setText(self.tr("Use %1").replace("%1", name))
        self.suggest_button.setProperty("preset_id", preset_id)
        self.suggest_button.show()

    @Slot()
    def _on_use_suggestion(self) -> None:
        self._prefs.update(pattern=self.suggest_button.property("preset_id"))
        self.hide_notice()

    def show_notice(self, text: str) -> None:
        """A calm message under the guide, e.g. that saving has to wait."""
        self._show_error(text)

    def hide_notice(self) -> None:
        self.error_label.hide()
        self.suggest_button.hide()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        sizes = readout_sizes
        live = self._session.state.is_live
        level = sizes.PRESENTING if self._presenting else sizes.RUNNING if live else sizes.READY
        width = self.width() - 40  # the page's margins and a little air
        sizes.scale_readouts(self._readouts, self.font(), width, self.height(), level)
        # A low window (200 % text) gives the start screen's choices the resting circle's room.
        low = self.height() < LOW_READY_PX and not (live or self._presenting)
        self.canvas.setVisible(not low)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
