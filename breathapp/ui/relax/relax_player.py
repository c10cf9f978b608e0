# SPDX-License-Identifier: GPL-3.0-or-later
"""The relaxation player: the step's words large, the next one hinted, tense and release cues."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.relaxation_controller import RelaxationController, RelaxReadout
from breathapp.core.prefs import GuideStyle
from breathapp.core.relaxation import StepKind
from breathapp.core.session import SessionState
from breathapp.ui.common import labels
from breathapp.ui.common.quiet_fade import keep_place
from breathapp.ui.common.theme import Theme
from breathapp.ui.common.widgets import centered_label
from breathapp.ui.guide.guide_canvas import GuideCanvas

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent, QResizeEvent


class StepCue(QWidget):
    """A ring that shows a tense or release step and its time: it reads the fraction each paint.

    Tense: a warm disc draws in a little while an arc fills, like a light squeeze.
    Release: a cool disc widens and softens as the arc empties, like letting go.
    With less movement the disc keeps its size; only the arc moves.
    """

    def __init__(self, fraction_source: Callable[[], float], theme: Theme) -> None:
        super().__init__()
        self._fraction_source = fraction_source
        self._theme = theme
        self.kind = StepKind.SAY
        self.seconds_left = 0
        self.reduced_motion = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(80, 80)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self._theme
        fraction = max(0.0, min(1.0, self._fraction_source()))
        eased = (1.0 - math.cos(math.pi * fraction)) / 2.0
        side = min(self.width(), self.height())
        r = side * 0.42
        center = QPointF(self.width() / 2, self.height() / 2)
        tense = self.kind is StepKind.TENSE
        color = t.color("hold" if tense else "accent")
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The disc: draws in while tensing, opens out while letting go.
        squeeze = 0.86 - 0.1 * eased if tense else 0.72 + 0.14 * eased
        scale = 0.8 if self.reduced_motion else squeeze
        disc = QColor(color)
        disc.setAlphaF(0.28 if tense else 0.28 - 0.14 * eased)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(disc)
        painter.drawEllipse(center, r * scale, r * scale)
        # The arc: how much of the step has gone.
        track = QColor(t.accent_soft)
        width = max(4.0, side * 0.03)
        box = QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(track, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawEllipse(box)
        pen = QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        span = -int(360 * 16 * (fraction if tense else 1.0 - fraction))
        painter.drawArc(box, 90 * 16, span)
        # The seconds left, in the middle.
        font = QFont(self.font())
        font.setPixelSize(max(18, int(side * 0.22)))
        painter.setFont(font)
        painter.setPen(t.color("text"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(max(1, self.seconds_left)))
        painter.end()


class WrappedLabel(QLabel):
    """A centred, word-wrapped label that asks for the height its words need at its width.

    A layout gives a centred label only the height of its unwrapped hint otherwise, and
    three lines end up in the room of two.
    """

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        # Its width is fixed by the player (maximumWidth), even before it is laid out.
        height = self.heightForWidth(min(self.maximumWidth(), 4000))  # -1 without words
        return QSize(hint.width(), height) if height >= 0 else hint

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        # The layout would ask for the height at the column's full width, not this
        # label's own (narrower) one; the size hint above already answers rightly.
        return False


class ProgressLine(QWidget):
    """A thin line for the whole session; calls back after its next paint when asked."""

    def __init__(self, fraction_source: Callable[[], float], theme: Theme) -> None:
        super().__init__()
        self._fraction_source = fraction_source
        self._theme = theme
        self._after_paint: list[Callable[[], None]] = []
        self.setFixedHeight(6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def after_next_paint(self, callback: Callable[[], None]) -> None:
        self._after_paint.append(callback)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.height() / 2
        painter.setBrush(self._theme.color("accent_soft"))
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        done = self.width() * max(0.0, min(1.0, self._fraction_source()))
        if done > 0:
            painter.setBrush(self._theme.color("accent"))
            painter.drawRoundedRect(QRectF(0, 0, max(done, self.height()), self.height()), 3, 3)
        painter.end()
        if self._after_paint:
            callbacks, self._after_paint = self._after_paint, []
            for callback in callbacks:
                QTimer.singleShot(0, callback)


class RelaxPlayer(QWidget):
    """Shows the running relaxation session and sends the user's intents to the controller.

    Signals:
        dizzy_requested(): "I feel dizzy" was pressed.
    """

    dizzy_requested = Signal()

    def __init__(
        self,
        relax: RelaxationController,
        theme: Theme,
        style: GuideStyle,
        reduced_motion: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._relax = relax
        self._readout: RelaxReadout | None = None
        self._presenting = False
        self.title_label = centered_label("muted")
        self.step_label = centered_label("muted")
        self.progress = ProgressLine(relax.session_fraction, theme)
        self.kind_label = centered_label("phaseWord")
        self.cue = StepCue(relax.step_fraction, theme)
        self.cue.reduced_motion = reduced_motion
        self.canvas = GuideCanvas(relax.pacer_state, theme, style, reduced_motion)
        self.text_label = WrappedLabel("stepText")
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.next_label = WrappedLabel("muted")

        self.previous_button = QPushButton()
        self.pause_button = QPushButton()
        self.next_button = QPushButton()
        self.stop_button = QPushButton()
        self.dizzy_button = QPushButton()
        self.dizzy_button.setObjectName("dizzy")
        self.controls = QWidget()
        rows = QVBoxLayout(self.controls)
        rows.setContentsMargins(0, 8, 0, 16)
        self.quiet = QWidget()  # what fades in full screen; "I feel dizzy" never does
        keep_place(self.quiet)
        quiet_row = QHBoxLayout(self.quiet)
        quiet_row.setContentsMargins(0, 0, 0, 0)
        for button in (self.previous_button, self.pause_button, self.next_button, self.stop_button):
            quiet_row.addWidget(button)
        self._steps_row = QHBoxLayout()
        self._steps_row.addStretch(1)
        self._steps_row.addWidget(self.quiet)
        self._steps_row.addSpacing(32)
        self._steps_row.addWidget(self.dizzy_button)
        self._steps_row.addStretch(1)
        self._dizzy_row = QHBoxLayout()  # "I feel dizzy" gets a row of its own when narrow
        rows.addLayout(self._steps_row)
        rows.addLayout(self._dizzy_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.step_label)
        layout.addStretch(1)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.cue, 3)
        layout.addWidget(self.canvas, 5)
        layout.addSpacing(8)
        layout.addWidget(self.text_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.next_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addWidget(self.controls)

        self.previous_button.clicked.connect(relax.previous_step)
        self.pause_button.clicked.connect(relax.toggle_pause)
        self.next_button.clicked.connect(relax.next_step)
        self.stop_button.clicked.connect(lambda: relax.stop())
        self.dizzy_button.clicked.connect(self.dizzy_requested)
        relax.frame.connect(self._on_frame)
        relax.readout_changed.connect(self._on_readout)
        self.retranslate()

    # -- showing --------------------------------------------------------------------
    def retranslate(self) -> None:
        self.previous_button.setToolTip(self.tr("Previous step (Left arrow)"))
        self.next_button.setToolTip(self.tr("Next step (Right arrow)"))
        self._show_step_buttons()
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the session (Esc)"))
        self.pause_button.setToolTip(self.tr("Pause or continue (Space)"))
        self.dizzy_button.setText(self.tr("I feel dizzy"))
        self.dizzy_button.setToolTip(self.tr("Stop now and breathe normally (D)"))
        self._show()

    def set_theme(self, theme: Theme) -> None:
        for widget in (self.cue, self.progress, self.canvas):
            widget.set_theme(theme)
        self._scale_fonts()

    def _show_step_buttons(self) -> None:
        # Words on the step buttons where they fit beside "I feel dizzy"; else the arrows
        # only (their tooltips still say what they do); narrower still, "I feel dizzy" gets
        # a row of its own. One row saves a row's height at 200 % text.
        row = [self.previous_button, self.pause_button, self.next_button, self.stop_button]

        margins = 0
        for edge in (self.layout(), self.controls.layout()):
            if edge is not None:
                margins += edge.contentsMargins().left() + edge.contentsMargins().right()

        def needed() -> int:
            buttons = sum(b.sizeHint().width() for b in (*row, self.dizzy_button))
            return buttons + 32 + self._steps_row.spacing() * 5 + margins

        self.previous_button.setText("‹  " + self.tr("Previous"))
        self.next_button.setText(self.tr("Next") + "  ›")
        if needed() > self.width():
            self.previous_button.setText("‹")
            self.next_button.setText("›")
        alone = needed() > self.width()
        own_row = self._dizzy_row.indexOf(self.dizzy_button) >= 0
        if alone and not own_row:
            self._steps_row.removeWidget(self.dizzy_button)
            self._dizzy_row.addStretch(1)
            self._dizzy_row.addWidget(self.dizzy_button)
            self._dizzy_row.addStretch(1)
        elif not alone and own_row:
            while self._dizzy_row.count():
                self._dizzy_row.takeAt(0)
            self._steps_row.insertWidget(self._steps_row.count() - 1, self.dizzy_button)

    def set_guide(self, style: GuideStyle, reduced_motion: bool) -> None:
        self.canvas.set_style(style)
        self.canvas.set_reduced_motion(reduced_motion)
        self.cue.reduced_motion = reduced_motion

    def set_presenting(self, presenting: bool) -> None:
        """Full screen: larger words; the buttons but "I feel dizzy" fade (see RelaxView)."""
        self._presenting = presenting
        self._scale_fonts()

    @Slot()
    def _on_frame(self) -> None:
        self.progress.update()
        if self.cue.isVisible():
            self.cue.update()
        if self.canvas.isVisible():
            self.canvas.update()

    @Slot(object)
    def _on_readout(self, readout: RelaxReadout) -> None:
        self._readout = readout
        self._show()

    def _show(self) -> None:
        r = self._readout
        player = self._relax.player
        if r is None or player is None:
            return
        self.title_label.setText(player.script.title)
        step = self.tr("Step %1 of %2").replace("%1", str(r.step + 1))
        left = self.tr("%1 to go").replace("%1", labels.clock_text(r.total_s - r.position_s))
        self.step_label.setText(f"{step.replace('%2', str(r.step_count))}   ·   {left}")
        paused = r.state is SessionState.PAUSED
        self.pause_button.setText(self.tr("Continue") if paused else self.tr("Pause"))
        self.text_label.setText(r.text)
        self.next_label.setText(
            self.tr("Next: %1").replace("%1", r.next_text) if r.next_text else ""
        )
        self._fit_heights()
        self.cue.kind = r.kind
        self.cue.seconds_left = r.step_left_s
        cue_step = r.kind in (StepKind.TENSE, StepKind.RELEASE)
        self.cue.setVisible(cue_step)
        self.canvas.setVisible(r.kind is StepKind.BREATHE)
        if paused:
            self.kind_label.setText(self.tr("Paused"))
        elif r.kind is StepKind.TENSE:
            self.kind_label.setText(self.tr("Tense gently"))
        elif r.kind is StepKind.RELEASE:
            self.kind_label.setText(self.tr("Let go"))
        elif r.kind is StepKind.BREATHE and r.phase is not None:
            self.kind_label.setText(labels.phase_word(r.phase))
        else:
            self.kind_label.setText("")
        self.kind_label.setVisible(bool(self.kind_label.text()))
        self.cue.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        # The instruction is the screen: large enough to read lying down, a metre away.
        h = max(1, self.height())
        big = 0.052 if self._presenting else 0.04
        text = QFont(self.font())
        text.setPixelSize(max(19, int(h * big)))  # 19 px still fits 240 characters at 720×540
        self.text_label.setFont(text)
        word = QFont(self.font())
        word.setPixelSize(max(24, int(h * big * 1.15)))
        word.setWeight(QFont.Weight.Medium)
        self.kind_label.setFont(word)
        small = QFont(self.font())
        small.setPixelSize(max(15, int(h * 0.022)))
        for label in (self.next_label, self.title_label, self.step_label):
            label.setFont(small)
        # A fixed width lets the layout ask a wrapped label for its true height; with
        # only a maximum it can squeeze three lines into the room of two.
        self.text_label.setFixedWidth(max(300, int(self.width() * 0.9)))
        self.next_label.setFixedWidth(max(300, int(self.width() * 0.85)))
        self._fit_heights()
        self._show_step_buttons()

    def _fit_heights(self) -> None:
        for label in (self.text_label, self.next_label):
            label.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
