# SPDX-License-Identifier: GPL-3.0-or-later
"""The relax screen: choose a session, check in, follow it, see the kind summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QPushButton, QStackedLayout, QVBoxLayout, QWidget

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.profile_controller import ProfileController
from breathapp.controllers.relaxation_controller import RelaxationController
from breathapp.core.checkin import Ratings
from breathapp.core.prefs import Preferences
from breathapp.core.relaxation import Script
from breathapp.core.safety import SafetyError
from breathapp.core.session import SessionRecord, SessionState
from breathapp.ui.common import labels
from breathapp.ui.common.quiet_fade import QuietFade, keep_place
from breathapp.ui.common.theme import Theme
from breathapp.ui.common.widgets import centered_label, centered_row
from breathapp.ui.relax.relax_list import RelaxList
from breathapp.ui.relax.relax_player import RelaxPlayer

if TYPE_CHECKING:
    from breathapp.ui.guide.checkin_panel import CheckIn
    from breathapp.ui.guide.summary_panel import SummaryPanel


class HostedFlow(Protocol):
    """A flow shown on this page around one of its sessions (ui/flare's bad-day flow)."""

    owns_session: bool  # the session that runs now is the flow's

    def finish(self) -> None: ...  # its session ended: the flow's closing page
    def confirm(self) -> None: ...  # Enter or Space
    def close_flow(self) -> None: ...  # Esc


class RelaxView(QWidget):
    """Shows the relaxation sessions from choice to summary; intents go to the controller.

    Emits no signals of its own: the player's and the list's are handled here.
    """

    def __init__(
        self,
        relax: RelaxationController,
        prefs: PrefsController,
        profile: ProfileController,
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._relax = relax
        self._prefs = prefs
        self._profile = profile
        self._pending: Script | None = None  # waits for the check-in before
        self._last_script: Script | None = None
        self._checkin: CheckIn | None = None
        self._summary: SummaryPanel | None = None
        self._flow: tuple[QWidget, HostedFlow] | None = None  # the bad-day flow, once shown
        self.list = RelaxList()
        p = prefs.prefs
        self.player = RelaxPlayer(relax, theme, p.guide_style, p.reduced_motion)
        self.notice = centered_label("notice", wrap=True)
        self.notice.hide()
        self.pages = QStackedLayout()
        self.pages.addWidget(self.list)
        self.pages.addWidget(self.player)
        # In full screen, the way out: quiet during a session, steady after it.
        self._presenting = False
        self.leave_button = QPushButton()  # the window connects it to full screen
        self.leave_hint = centered_label("muted", wrap=True)  # what Esc does here
        self.way_out = QWidget()  # shown in full screen only
        self.way_out.hide()
        leave = QWidget()  # what fades during a session
        keep_place(leave)
        out = QVBoxLayout(leave)
        out.setContentsMargins(0, 0, 0, 12)
        out.addLayout(centered_row(self.leave_button))
        out.addWidget(self.leave_hint)
        QVBoxLayout(self.way_out).addWidget(leave)
        quiet = (self.player.quiet, leave)
        self.fade = QuietFade(quiet, relax.clock, p.reduced_motion, lambda: self.player, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.pages, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.way_out)

        self.list.chosen.connect(self.choose)
        self.player.dizzy_requested.connect(self.feel_dizzy)
        relax.library_changed.connect(self._show_library)
        relax.state_changed.connect(self._on_state)
        relax.session_ended.connect(self._on_ended)
        relax.refused.connect(self._on_refused)
        prefs.changed.connect(self._on_prefs)
        self.pages.currentChanged.connect(lambda _index: self._show_way_out())
        self._show_library()
        self._on_state(relax.state)

    # -- intents --------------------------------------------------------------------
    @Slot(object)
    def choose(self, script: Script) -> None:
        """Start a session, after the check-in when that is on."""
        self.hide_notice()
        self._last_script = script
        try:
            self._relax.gate.vet_script(script)  # asked before the check-in; start asks again
        except SafetyError as refusal:
            self._on_refused(refusal)
            return
        if not self._prefs.prefs.check_in:
            self._relax.start(script)
            return
        self._pending = script
        self.pages.setCurrentWidget(self.checkin)
        self.checkin.begin(self._profile.profile.ask_pain, False)

    @Slot()
    def feel_dizzy(self) -> None:
        self._relax.stop(dizzy=True)

    def open_flow(self, page: QWidget, flow: HostedFlow) -> None:
        """Show a flow (the bad-day flow) here; its session runs in this page's player."""
        self.hide_notice()
        self._pending = None
        if not self._relax.state.is_live:
            self._relax.reset()  # a summary left open: the flow's session starts afresh
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self._flow = (page, flow)
        self.pages.setCurrentWidget(page)

    def close_flow(self) -> None:
        """Back to the list from the flow."""
        if self._flow is not None and self.pages.currentWidget() is self._flow[0]:
            self._relax.reset()
            self.pages.setCurrentWidget(self.list)
            self.list.focus_first()

    def _on_flow(self) -> HostedFlow | None:
        if self._flow is not None and self.pages.currentWidget() is self._flow[0]:
            return self._flow[1]
        return None

    def primary_action(self) -> None:
        """Space: start the chosen session, answer the check-in, pause and resume, or close."""
        current = self.pages.currentWidget()
        state = self._relax.state
        if self._checkin is not None and current is self._checkin:
            self._checkin.confirm()
        elif (flow := self._on_flow()) is not None:
            flow.confirm()
        elif state in (SessionState.RUNNING, SessionState.PAUSED):
            self._relax.toggle_pause()
        elif self._summary is not None and current is self._summary:
            self._on_done()
        elif current is self.list:
            self.list.activate_focused()

    def escape(self) -> bool:
        """Esc outside a session: leave a check-in or the bad-day flow. True when there was
        one to leave."""
        if (flow := self._on_flow()) is not None:
            flow.close_flow()
            return True
        if self._checkin is None or self.pages.currentWidget() is not self._checkin:
            return False
        if self._pending is not None:
            self._pending = None
            self.pages.setCurrentWidget(self.list)
            self.list.focus_first()
        else:
            self._checkin.skip_all()
        return True

    # -- lazily made pages ------------------------------------------------------------
    @property
    def checkin(self) -> CheckIn:
        if self._checkin is None:
            from breathapp.ui.guide.checkin_panel import CheckIn

            self._checkin = CheckIn.on_page(self.pages, self._on_before_done, self._on_after_done)
        return self._checkin

    @property
    def summary(self) -> SummaryPanel:
        if self._summary is None:
            from breathapp.ui.guide.summary_panel import SummaryPanel

            self._summary = SummaryPanel()
            self._summary.again_requested.connect(self._on_again)
            self._summary.done.connect(self._on_done)
            self.pages.addWidget(self._summary)
        return self._summary

    # -- showing ----------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self.player.set_theme(theme)

    def set_presenting(self, presenting: bool) -> None:
        self._presenting = presenting
        self.player.set_presenting(presenting)
        self._show_way_out()

    def _show_way_out(self) -> None:
        """Full screen: "Leave full screen" and what Esc does; during a session these and
        the player's buttons show on a move or a key and fade again."""
        live = self._relax.state.is_live
        self.leave_button.setText(self.tr("Leave full screen"))
        self.leave_button.setToolTip(self.tr("Leave full screen (F11)"))
        if live:
            self.leave_hint.setText(self.tr("Esc stops the session. F11 leaves full screen."))
        elif (
            self._checkin is not None and self.pages.currentWidget() is self._checkin
        ) or self._on_flow() is not None:
            self.leave_hint.setText("")  # Esc answers the check-in, or leaves the flow, here
        else:
            self.leave_hint.setText(self.tr("Esc leaves full screen."))
        self.leave_hint.setVisible(bool(self.leave_hint.text()))
        if self._presenting and live:
            self.fade.fading(self.window().windowHandle())
        else:
            self.fade.steady()
        self.way_out.setVisible(self._presenting)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def hide_notice(self) -> None:
        self.notice.hide()

    @Slot(object)
    def _on_refused(self, refusal: SafetyError) -> None:
        """A session the safety rules do not allow: back to the list, and why, in words."""
        self._pending = None
        self.pages.setCurrentWidget(self.list)
        self.show_notice(labels.refusal_text(refusal))

    @Slot()
    def _show_library(self) -> None:
        library = self._relax.library
        self.list.show_library(library.listed(), library.problems)

    @Slot(object)
    def _on_before_done(self, before: Ratings) -> None:
        script, self._pending = self._pending, None
        if script is not None:
            self._relax.start(script, before)

    @Slot(object, str)
    def _on_after_done(self, after: Ratings, note: str) -> None:
        self._relax.record_after(after, note)
        if self._relax.last_ended is not None:
            self._show_summary(self._relax.last_ended)
        self.pages.setCurrentWidget(self.summary)

    @Slot(object)
    def _on_state(self, state: SessionState) -> None:
        self._show_way_out()
        if state.is_live:
            self.pages.setCurrentWidget(self.player)
        elif state is SessionState.READY and self._pending is None and self._on_flow() is None:
            self.pages.setCurrentWidget(self.list)

    @Slot(object)
    def _on_ended(self, record: SessionRecord) -> None:
        if self._flow is not None and self._flow[1].owns_session and not record.dizzy:
            self.pages.setCurrentWidget(self._flow[0])  # its own closing page, no check-in
            self._flow[1].finish()
            return
        if self._flow is not None and self._flow[1].owns_session:
            self._flow[1].finish()  # stored; dizziness's calm advice comes first
        self._show_summary(record)
        self.pages.setCurrentWidget(self.summary)
        if self._prefs.prefs.check_in and not record.dizzy:
            # After dizziness: advice first, no questions.
            self.pages.setCurrentWidget(self.checkin)
            self.checkin.begin(self._profile.profile.ask_pain, True)

    def _show_summary(self, record: SessionRecord) -> None:
        player = self._relax.player
        title = player.script.title if player is not None else None
        self.summary.show_record(record, title)

    @Slot()
    def _on_again(self) -> None:
        self._relax.reset()
        if self._last_script is not None:
            self.choose(self._last_script)

    @Slot()
    def _on_done(self) -> None:
        self._relax.reset()
        self.pages.setCurrentWidget(self.list)
        self.list.focus_first()

    @Slot(object)
    def _on_prefs(self, prefs: Preferences) -> None:
        self.fade.set_reduced_motion(prefs.reduced_motion)
        self.player.set_guide(prefs.guide_style, prefs.reduced_motion)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_way_out()
        super().changeEvent(event)
