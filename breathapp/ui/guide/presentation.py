# SPDX-License-Identifier: GPL-3.0-or-later
"""Presentation mode: the guide full screen for the treatment room, with live pace keys."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from breathapp.controllers.profile_controller import ProfileController
from breathapp.controllers.session_controller import Readout, SessionController
from breathapp.core.live_pace import PaceStep, preset_id_of
from breathapp.core.patterns import Pattern, Preset
from breathapp.core.prefs import GuideStyle
from breathapp.core.safety import allowed_presets
from breathapp.core.session import SessionState
from breathapp.ui.common import labels
from breathapp.ui.common.style import style_sheet
from breathapp.ui.common.theme import HIGH_CONTRAST
from breathapp.ui.common.widgets import centered_label
from breathapp.ui.guide.guide_canvas import GuideCanvas

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent, QScreen

    from breathapp.ui.guide.therapist_panel import TherapistPanel

# How long the new pace stays on screen after a change: long enough to read, then calm.
NOTICE_MS = 3000
STEP_KEYS = {
    PaceStep.FASTER: "Up",
    PaceStep.SLOWER: "Down",
    PaceStep.SHORTER_EXHALE: "Left",
    PaceStep.LONGER_EXHALE: "Right",
}


def choose_screen(names: Sequence[str], therapist: str, wanted: str | None) -> int:
    """Which screen to present on: the one asked for if it is connected, else the first
    that is not the therapist's (a second monitor or a projector), else the only one."""
    if wanted is not None and wanted in names:
        return list(names).index(wanted)
    for i, name in enumerate(names):
        if name != therapist:
            return i
    return 0


def pace_text(pattern: Pattern, sep: str = "   ·   ") -> str:
    """The new pace in a few calm words: its name if it is a preset, its rate and ratio."""
    parts = [labels.rate_text(pattern.rate_bpm), labels.ratio_text(pattern)]
    preset_id = preset_id_of(pattern)
    if preset_id is not None:
        parts.insert(0, labels.preset_name(preset_id))
    return sep.join(parts)


class LiveControls(QObject):
    """The live keys' intents, shared by the presentation window and the therapist's panel.

    Signals:
        notice(str): say this briefly on screen (the new pace, or that a limit is reached).
    """

    notice = Signal(str)

    def __init__(
        self, session: SessionController, profile: ProfileController, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._profile = profile
        session.pace_changed.connect(self._on_pace_changed)

    def presets(self) -> tuple[Preset, ...]:
        """The presets on the number keys, in order; none with holds when the profile forbids."""
        return allowed_presets(self._profile.profile)

    def step(self, step: PaceStep) -> None:
        if self._session.step_pace(step) is None:
            heading = self._session.heading_to()
            if heading is not None and self._session.state.is_live:
                self.notice.emit(self.tr("As far as it goes: %1").replace("%1", pace_text(heading)))

    def use_preset(self, number: int) -> None:
        """Number key ``number`` (1-based) among the presets this profile may use."""
        presets = self.presets()
        if 1 <= number <= len(presets):
            self._session.change_pace(presets[number - 1].pattern)

    def pause(self) -> None:
        if self._session.state is SessionState.SETTLING:
            self._session.skip_settle()
        else:
            self._session.toggle_pause()

    def leave(self) -> None:
        """Esc: the demonstration ends; what was shown is kept with the session."""
        self._session.stop()

    @Slot(object)
    def _on_pace_changed(self, pattern: Pattern) -> None:
        self.notice.emit(pace_text(pattern))

    def add_actions(self, widget: QWidget) -> list[QAction]:
        """The live keys as actions of ``widget``'s window (nothing to clash with elsewhere)."""
        actions: list[QAction] = []

        def add(slot: object, key: str) -> None:
            action = QAction(widget)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            widget.addAction(action)
            actions.append(action)

        for step, key in STEP_KEYS.items():
            add(lambda _=False, s=step: self.step(s), key)
        for number in range(1, 9):
            add(lambda _=False, n=number: self.use_preset(n), str(number))
        add(self.pause, "Space")
        add(self.leave, "Esc")
        return actions


class PresentationWindow(QWidget):
    """Only the guide, its word and its count, in black, white and yellow; the pace briefly."""

    def __init__(
        self,
        session: SessionController,
        controls: LiveControls,
        style: GuideStyle,
        reduced_motion: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("presentation")
        self._session = session
        theme = HIGH_CONTRAST
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, theme.color("background"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setStyleSheet(style_sheet(theme))
        self.phase_label = centered_label("phaseWord")
        self.canvas = GuideCanvas(session.pacer_state, theme, style, reduced_motion)
        self.count_label = centered_label("countdown")
        self.notice_label = centered_label("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.notice_label)
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.timeout.connect(lambda: self.notice_label.setText(""))
        self.actions_ = controls.add_actions(self)
        controls.notice.connect(self.show_notice)
        session.frame.connect(self.canvas.update)
        session.readout_changed.connect(self._on_readout)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the live keys come to this window
        self.setCursor(Qt.CursorShape.BlankCursor)  # nothing on the patient's screen but the guide

    @Slot(str)
    def show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_timer.start(NOTICE_MS)

    @Slot(object)
    def _on_readout(self, r: Readout) -> None:
        if r.state is SessionState.SETTLING:
            self.phase_label.setText(self.tr("Get comfortable"))
            self.count_label.setText(str(max(1, r.settle_left_s)))
        elif r.state is SessionState.PAUSED:
            self.phase_label.setText(self.tr("Paused"))
            self.count_label.setText("")
        elif r.phase is not None:
            self.phase_label.setText(labels.phase_word(r.phase))
            self.count_label.setText(str(max(1, r.phase_left_s)))

    def show_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Readable from across the room: the words grow with the screen.
        h = max(1, self.height())
        for label, share, low in (
            (self.phase_label, 0.1, 32),
            (self.count_label, 0.065, 24),
            (self.notice_label, 0.04, 20),
        ):
            font = QFont(self.font())
            font.setPixelSize(max(low, int(h * share)))
            label.setFont(font)
            label.setMinimumHeight(int(font.pixelSize() * 1.5))  # never clipped


class Presentation(QObject):
    """Opens the presentation window (and the therapist's panel with two screens); closes
    both when the session is over.

    Signals:
        closed(): presentation mode ended.
    """

    closed = Signal()

    def __init__(
        self,
        session: SessionController,
        profile: ProfileController,
        style: GuideStyle,
        reduced_motion: bool,
        therapist_window: QWidget,
    ) -> None:
        super().__init__(therapist_window)
        self._session = session
        self._therapist_window = therapist_window
        self.wanted_screen: str | None = None  # the therapist's pick, for this run of the app
        self.controls = LiveControls(session, profile, self)
        self.window = PresentationWindow(session, self.controls, style, reduced_motion)
        self.panel: TherapistPanel | None = None  # the therapist's panel, made with a second screen
        session.state_changed.connect(self._on_state)

    @property
    def is_open(self) -> bool:
        return self.window.isVisible()

    def open(self) -> None:
        screens = QGuiApplication.screens()
        own = self._therapist_window.screen()
        names = [s.name() for s in screens]
        own_name = own.name() if own is not None else ""
        index = choose_screen(names, own_name, self.wanted_screen)
        # Names and places read before the window moves: a moved window can leave PySide's
        # QScreen objects stale ("already deleted").
        home = own.availableGeometry() if own is not None else None
        self.window.show_on(screens[index] if screens else None)
        if screens and home is not None and names[index] != own_name:
            if self.panel is None:
                from breathapp.ui.guide.therapist_panel import TherapistPanel

                self.panel = TherapistPanel(self._session, self.controls, self)
            self.panel.show_on(home, names[index])
        elif self.panel is not None:
            self.panel.hide()  # the guide came to the therapist's screen: nothing over it

    def move_to(self, name: str) -> None:
        """The therapist picked another screen for the guide."""
        self.wanted_screen = name
        if self.is_open:
            self.open()

    def close(self) -> None:
        if self.panel is not None:
            self.panel.hide()
        if self.window.isVisible():
            self.window.hide()
            self.closed.emit()
            self._therapist_window.activateWindow()

    @Slot(object)
    def _on_state(self, state: SessionState) -> None:
        if not state.is_live:
            self.close()
