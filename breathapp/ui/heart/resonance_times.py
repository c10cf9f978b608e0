# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance test's times, on its "before" page: minutes at each pace, the rest between,
breathing in : breathing out, and about how long the whole test takes.

The limits are resonance_plan's: minutes from STEP_MIN_S to STEP_MAX_S in half minutes, the
rest from REST_MIN_S to REST_MAX_S by 15 seconds, three proportions within its shares.
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.heart import resonance_plan
from breathapp.core.heart.resonance import ResonanceSettings
from breathapp.core.session import SETTLE_S
from breathapp.ui.common.widgets import text_label

REST_STEP_S = 15
# Breathing in : breathing out, as the inhale's share of a breath; never a hold.
SHARES = (("4 : 6", 0.4), ("1 : 2", 1.0 / 3.0), ("1 : 1", 0.5))


def about_minutes(settings: ResonanceSettings) -> int:
    """The whole test in minutes, rounded up: the paces, the rests, the 3-2-1, a minute more."""
    total_s = resonance_plan.ResonancePlan(settings).total_s
    return math.ceil((total_s + SETTLE_S) / 60.0 + 1)


class ResonanceTimes(QWidget):
    """The three times and the total beside them.

    Signals:
        changed(ResonanceSettings): the therapist changed a time.
    """

    changed = Signal(object)

    def __init__(self, settings: ResonanceSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.title = text_label("sectionTitle")
        self.step_label = text_label()
        self.step_box = QDoubleSpinBox()
        self.step_box.setDecimals(1)
        self.step_box.setSingleStep(0.5)
        self.step_box.setRange(resonance_plan.STEP_MIN_S / 60.0, resonance_plan.STEP_MAX_S / 60.0)
        self.step_box.setKeyboardTracking(False)
        self.rest_label = text_label()
        self.rest_box = QSpinBox()
        self.rest_box.setSingleStep(REST_STEP_S)
        self.rest_box.setRange(int(resonance_plan.REST_MIN_S), int(resonance_plan.REST_MAX_S))
        self.rest_box.setKeyboardTracking(False)
        self.share_label = text_label()
        self.share_box = QComboBox()
        for text, share in SHARES:
            self.share_box.addItem(text, share)
        self.share_words = text_label("muted")
        self.total_time = text_label("lead")
        for label, box in (
            (self.step_label, self.step_box),
            (self.rest_label, self.rest_box),
            (self.share_label, self.share_box),
        ):
            label.setBuddy(box)
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.step_label, 0, 0)
        grid.addWidget(self.step_box, 0, 1)
        grid.addWidget(self.rest_label, 1, 0)
        grid.addWidget(self.rest_box, 1, 1)
        grid.addWidget(self.share_label, 2, 0)
        grid.addWidget(self.share_box, 2, 1)
        grid.addWidget(self.share_words, 3, 0, 1, 3)
        grid.addWidget(self.total_time, 0, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 6)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addLayout(grid)
        self.set_settings(settings)
        self.step_box.valueChanged.connect(self._on_step)
        self.rest_box.valueChanged.connect(self._on_rest)
        self.share_box.currentIndexChanged.connect(self._on_share)
        self.retranslate()

    @property
    def settings(self) -> ResonanceSettings:
        return self._settings

    def set_settings(self, settings: ResonanceSettings) -> None:
        """Show ``settings`` (from the profile), saying nothing back."""
        self._settings = settings
        for box in (self.step_box, self.rest_box, self.share_box):
            box.blockSignals(True)
        self.step_box.setValue(round(settings.step_s / 30.0) / 2.0)
        self.rest_box.setValue(round(settings.rest_s))
        nearest = min(SHARES, key=lambda item: abs(item[1] - settings.inhale_share))
        self.share_box.setCurrentIndex(self.share_box.findText(nearest[0]))
        for box in (self.step_box, self.rest_box, self.share_box):
            box.blockSignals(False)
        self._words()

    def retranslate(self) -> None:
        self.title.setText(self.tr("The test's times"))
        for label, text in (
            (self.step_label, self.tr("Minutes at each pace")),
            (self.rest_label, self.tr("Rest between paces, in seconds")),
            (self.share_label, self.tr("Breathing in : breathing out")),
        ):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text)
        self._words()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _words(self) -> None:
        share = self.share_box.currentData()
        words = {
            0.4: self.tr("Breathing out a little longer than breathing in, with no hold."),
            0.5: self.tr("Breathing in and out equally long, with no hold."),
        }.get(share, self.tr("Breathing out twice as long as breathing in, with no hold."))
        self.share_words.setText(words)
        self.share_box.setAccessibleDescription(words)
        total = self.tr("about %n minutes", "", about_minutes(self._settings))
        self.total_time.setText(total)
        self.total_time.setAccessibleName(total)

    def _change(self, settings: ResonanceSettings) -> None:
        if settings == self._settings:
            return
        self._settings = settings
        self._words()
        self.changed.emit(settings)

    @Slot(float)
    def _on_step(self, minutes: float) -> None:
        half = round(minutes * 2.0) / 2.0  # typed between two half minutes: the nearer one
        if half != minutes:
            self.step_box.setValue(half)  # comes back here with the half minute
            return
        self._change(replace(self._settings, step_s=half * 60.0))

    @Slot(int)
    def _on_rest(self, seconds: int) -> None:
        self._change(replace(self._settings, rest_s=float(seconds)))

    @Slot(int)
    def _on_share(self, _index: int) -> None:
        self._change(replace(self._settings, inhale_share=float(self.share_box.currentData())))
