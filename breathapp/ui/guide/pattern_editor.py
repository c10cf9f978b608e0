# SPDX-License-Identifier: GPL-3.0-or-later
"""The custom-pattern editor: seconds per phase, or a pace and a ratio, with a live preview."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.core.clock import Clock
from breathapp.core.pacer import PacerState, state_at
from breathapp.core.patterns import (
    PHASE_MAX_S,
    RATE_MAX_BPM,
    RATE_MIN_BPM,
    RATIO_MAX,
    RATIO_MIN,
    Pattern,
    PatternError,
    resolve,
)
from breathapp.core.prefs import GuideStyle
from breathapp.ui.common import labels
from breathapp.ui.common.theme import Theme
from breathapp.ui.guide.guide_canvas import GuideCanvas

PREVIEW_INTERVAL_MS = 33


def _seconds_spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.0, PHASE_MAX_S)
    spin.setDecimals(1)
    spin.setSingleStep(0.5)
    spin.setMinimumWidth(110)
    return spin


class PatternEditor(QDialog):
    """Edit a pattern; OK only while it is valid. ``pattern`` holds the result."""

    def __init__(
        self,
        initial: Pattern,
        clock: Clock,
        theme: Theme,
        style: GuideStyle,
        parent: QWidget | None = None,
        *,
        no_holds: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make your own pattern"))
        self.setModal(True)
        self._clock = clock
        self._t0 = clock.monotonic()
        self.pattern: Pattern | None = initial

        self.by_seconds = QRadioButton(self.tr("Seconds per step"))
        self.by_rate = QRadioButton(self.tr("Pace and ratio"))
        self.by_seconds.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.by_seconds)
        modes.addButton(self.by_rate)

        self.inhale = _seconds_spin()
        self.hold_in = _seconds_spin()
        self.exhale = _seconds_spin()
        self.hold_out = _seconds_spin()
        for spin, value in (
            (self.inhale, initial.inhale_s + initial.top_up_s),
            (self.hold_in, initial.hold_in_s),
            (self.exhale, initial.exhale_s),
            (self.hold_out, initial.hold_out_s),
        ):
            spin.setValue(value)
            spin.setSuffix(" s")
        self.holds_note = QLabel(
            self.tr(
                "This profile is set to breathe without pauses (no breath holds), as your "
                "therapist advised, so both pauses stay at 0."
            )
        )
        self.holds_note.setObjectName("muted")
        self.holds_note.setWordWrap(True)
        self.holds_note.setVisible(no_holds)
        if no_holds:
            # A therapist turned breath holds off for this person: keep both pauses at 0.
            for spin in (self.hold_in, self.hold_out):
                spin.setValue(0.0)
                spin.setEnabled(False)
        seconds_page = QWidget()
        form = QFormLayout(seconds_page)
        form.addRow(self.tr("Breathe in"), self.inhale)
        form.addRow(self.tr("Pause after breathing in"), self.hold_in)
        form.addRow(self.tr("Breathe out"), self.exhale)
        form.addRow(self.tr("Pause after breathing out"), self.hold_out)
        form.addRow("", self.holds_note)

        self.rate = QDoubleSpinBox()
        self.rate.setRange(RATE_MIN_BPM, RATE_MAX_BPM)
        self.rate.setDecimals(1)
        self.rate.setSingleStep(0.5)
        self.rate.setValue(min(RATE_MAX_BPM, max(RATE_MIN_BPM, round(initial.rate_bpm, 1))))
        self.rate.setSuffix(" " + self.tr("/min"))
        self.ratio = QDoubleSpinBox()
        self.ratio.setRange(RATIO_MIN, RATIO_MAX)
        self.ratio.setDecimals(1)
        self.ratio.setSingleStep(0.1)
        self.ratio.setPrefix("1 : ")
        self.ratio.setValue(min(RATIO_MAX, max(RATIO_MIN, round(initial.exhale_ratio, 1))))
        rate_page = QWidget()
        rate_form = QFormLayout(rate_page)
        rate_form.addRow(self.tr("Breaths per minute"), self.rate)
        rate_form.addRow(self.tr("Breathe in : breathe out"), self.ratio)

        self.pages = QStackedWidget()
        self.pages.addWidget(seconds_page)
        self.pages.addWidget(rate_page)

        self.preview = GuideCanvas(self._preview_state, theme, style)
        self.preview.setMinimumSize(220, 220)
        self.summary = QLabel()
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem = QLabel()
        self.problem.setObjectName("notice")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this pattern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        left = QVBoxLayout()
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.by_seconds)
        mode_row.addWidget(self.by_rate)
        left.addLayout(mode_row)
        left.addWidget(self.pages)
        left.addWidget(self.problem)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.summary)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)

        for spin in (self.inhale, self.hold_in, self.exhale, self.hold_out, self.rate, self.ratio):
            spin.valueChanged.connect(self._on_changed)
        self.by_seconds.toggled.connect(self._on_mode)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.preview.update)
        self._timer.start(PREVIEW_INTERVAL_MS)
        self.resize(720, 420)
        self._on_changed()

    @Slot()
    def _on_mode(self) -> None:
        self.pages.setCurrentIndex(0 if self.by_seconds.isChecked() else 1)
        self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        try:
            if self.by_seconds.isChecked():
                pattern = Pattern.make(
                    self.inhale.value(),
                    self.hold_in.value(),
                    self.exhale.value(),
                    self.hold_out.value(),
                )
            else:
                pattern = Pattern.from_rate(self.rate.value(), self.ratio.value())
        except PatternError as error:
            self.pattern = None
            self.problem.setText(labels.pattern_error(error))
            self.problem.show()
            self.summary.setText("")
        else:
            if pattern != self.pattern:
                self._t0 = self._clock.monotonic()
            self.pattern = pattern
            self.problem.hide()
            text = f"{labels.pattern_timing(pattern)}\n{labels.rate_text(pattern.rate_bpm)}"
            text += f"\n{labels.ratio_text(pattern)}"
            if pattern.has_holds:
                text += f"\n({labels.holds_mark()})"
            self.summary.setText(text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.pattern is not None)
        self.preview.update()

    def _preview_state(self) -> PacerState | None:
        if self.pattern is None:
            return None
        return state_at(self.pattern, self._clock.monotonic() - self._t0)

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)


def edit_own_pattern(
    prefs: PrefsController, no_holds: bool, clock: Clock, theme: Theme, parent: QWidget
) -> bool:
    """Open the editor on the chosen pattern; a saved one becomes the chosen pattern.

    For a profile set to no breath holds both pauses stay at 0 and the editor says why.
    True when a pattern was saved.
    """
    try:
        current, _ = resolve(prefs.prefs.pattern)
    except PatternError:
        current, _ = resolve("calm")
    editor = PatternEditor(
        current, clock, theme, prefs.prefs.guide_style, parent, no_holds=no_holds
    )
    if not editor.exec() or editor.pattern is None:
        return False
    _pattern, preset_id = resolve(editor.pattern.text())
    prefs.update(pattern=preset_id or editor.pattern.text())
    return True
