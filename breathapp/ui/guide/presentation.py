# SPDX-License-Identifier: GPL-3.0-or-later
"""Presentation mode: the guide full screen for the treatment room, with live pace keys."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.session_controller import Readout, SessionController
from breathapp.core.session import SessionState
from breathapp.ui.common import labels
from breathapp.ui.common.style import style_sheet
from breathapp.ui.common.theme import HIGH_CONTRAST, Theme
from breathapp.ui.common.widgets import centered_label
from breathapp.ui.guide.guide_canvas import GuideCanvas
from breathapp.ui.guide.live_controls import LiveControls

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent, QScreen

    from breathapp.ui.guide.therapist_panel import TherapistPanel

# How long the new pace stays on screen after a change: long enough to read, then calm.
NOTICE_MS = 3000


def choose_screen(names: Sequence[str], therapist: str, wanted: str | None) -> int:
    """Which screen to present on: the one asked for if it is connected, else the first
    that is not the therapist's (a second monitor or a projector), else the only one."""
    if wanted is not None and wanted in names:
        return list(names).index(wanted)
    for i, name in enumerate(names):
        if name != therapist:
            return i
    return 0


class PresentationWindow(QWidget):
    """Only the guide, its word and its count, in the app's calm colours or high contrast;
    the pace briefly; the live keys along the bottom unless the therapist hides them."""

    def __init__(
        self,
        session: SessionController,
        controls: LiveControls,
        prefs: PrefsController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("presentation")
        self._session = session
        self._controls = controls
        self._calm: Theme = HIGH_CONTRAST  # the app's own theme, given with each open()
        self.theme: Theme = HIGH_CONTRAST
        self.setAutoFillBackground(True)
        self.phase_label = centered_label("phaseWord")
        p = prefs.prefs
        self.canvas = GuideCanvas(session.pacer_state, self.theme, p.guide_style, p.reduced_motion)
        self.count_label = centered_label("countdown")
        self.notice_label = centered_label("muted", wrap=True)  # a refusal is a sentence
        # The live keys, for the therapist; K hides them from the patient's view.
        self.key_strip = centered_label("muted", wrap=True)
        self.key_strip.setTextFormat(Qt.TextFormat.RichText)  # the keys in bold
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 20)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.notice_label)
        layout.addSpacing(12)
        layout.addWidget(self.key_strip)
        self.key_strip.setVisible(controls.key_strip)
        controls.key_strip_changed.connect(self.key_strip.setVisible)
        controls.high_contrast_changed.connect(lambda _on: self._apply_theme())
        self.retranslate()
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.timeout.connect(lambda: self.notice_label.setText(""))
        self.actions_ = controls.add_actions(self)
        controls.notice.connect(self.show_notice)
        session.frame.connect(self.canvas.update)
        session.readout_changed.connect(self._on_readout)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the live keys come to this window
        self.setCursor(Qt.CursorShape.BlankCursor)  # nothing on the patient's screen but the guide

    def set_calm_theme(self, theme: Theme) -> None:
        """The app's own light or dark theme, shown unless the therapist asks for contrast."""
        self._calm = theme
        self._apply_theme()

    def _apply_theme(self) -> None:
        theme = HIGH_CONTRAST if self._controls.high_contrast else self._calm
        self.theme = theme
        self.setStyleSheet(style_sheet(theme))
        palette = self.palette()  # after the sheet: a new sheet's polish resets the palette
        palette.setColor(QPalette.ColorRole.Window, theme.color("background"))
        self.setPalette(palette)
        self.canvas.set_theme(theme)
        self._scale_fonts()  # a new style sheet forgets the window-sized fonts

    def retranslate(self) -> None:
        keys = (
            ("\u2191 \u2193", self.tr("pace")),
            ("\u2190 \u2192", self.tr("breath out")),
            ("1\u20138", self.tr("presets")),
            (self.tr("Space"), self.tr("pause")),
            ("Esc", self.tr("leave")),
            ("D", self.tr("dizzy")),
            ("C", self.tr("colours")),
            ("K", self.tr("hide these keys")),
        )
        # Each key stays with its word (no-break spaces); a long strip wraps between keys.
        pairs = (f"<b>{k}</b>&nbsp;&nbsp;{what.replace(' ', '&nbsp;')}" for k, what in keys)
        self.key_strip.setText(" &nbsp; &nbsp; ".join(pairs))

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
        self.canvas.say(self.phase_label.text(), self.count_label.text())

    def show_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        # Readable from across the room: the words grow with the screen.
        h = max(1, self.height())
        for label, share, low in (
            (self.phase_label, 0.1, 32),
            (self.count_label, 0.065, 24),
            (self.notice_label, 0.04, 20),
            (self.key_strip, 0.022, 16),
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
        prefs: PrefsController,
        therapist_window: QWidget,
    ) -> None:
        super().__init__(therapist_window)
        self._session = session
        self._therapist_window = therapist_window
        self.wanted_screen: str | None = None  # the therapist's pick, for this run of the app
        self.controls = LiveControls(session, prefs, self)
        self.window = PresentationWindow(session, self.controls, prefs)
        self.panel: TherapistPanel | None = None  # the therapist's panel, made with a second screen
        session.state_changed.connect(self._on_state)

    @property
    def is_open(self) -> bool:
        return self.window.isVisible()

    def open(self, calm: Theme | None = None) -> None:
        """Show the guide, in ``calm`` (the app's own theme; else the last one given) unless
        the therapist chose high contrast."""
        if calm is not None:
            self.window.set_calm_theme(calm)
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

                self.panel = TherapistPanel(self._session, self.controls, self.move_to)
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
