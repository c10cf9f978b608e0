# SPDX-License-Identifier: GPL-3.0-or-later
"""What the start screen keeps under "More": an own pattern, the exact length (in minutes or
in breaths), and slowing down gradually. Every change is saved to the preferences at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.core.prefs import Preferences
from breathapp.core.session import BREATHS_MAX, BREATHS_MIN, MINUTES_MAX, MINUTES_MIN, LengthKind
from breathapp.ui.common import labels, numbers
from breathapp.ui.common.flow_layout import FlowLayout
from breathapp.ui.common.widgets import ramp_spins


class ShortSpin(QDoubleSpinBox):
    """A number field that reads as a person writes: 8, 7,5; never "8.0"."""

    def textFromValue(self, value: float) -> str:
        return numbers.short(value, self.decimals(), self.locale())


def _pair(*widgets: QWidget) -> QWidget:
    """Widgets kept together on one line when the row wraps."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    for widget in widgets:
        row.addWidget(widget)
    return holder


class MorePanel(QWidget):
    """The choices under "More", for those who want them.

    Signals:
        edit_pattern_requested(): "Make your own…" was pressed.
    """

    edit_pattern_requested = Signal()

    def __init__(self, prefs: PrefsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._updating = False

        self.edit_button = QPushButton()
        self.edit_button.setAutoDefault(False)

        self.length_label = QLabel()
        self.length_spin = ShortSpin()
        self.length_label.setBuddy(self.length_spin)
        self.unit_combo = QComboBox()
        for kind in LengthKind:
            self.unit_combo.addItem("", kind)

        self.ramp_check = QCheckBox()
        self.ramp_from, self.ramp_minutes = ramp_spins(ShortSpin)
        self.ramp_from_label = QLabel()
        self.ramp_from_unit = QLabel()
        self.ramp_over_label = QLabel()
        self.ramp_over_unit = QLabel()
        for spin in (self.length_spin, self.ramp_from, self.ramp_minutes):
            spin.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        length_row = FlowLayout(spacing=10)
        length_row.addWidget(self.length_label)
        length_row.addWidget(_pair(self.length_spin, self.unit_combo))
        ramp_row = FlowLayout(spacing=10)
        ramp_row.addWidget(self.ramp_check)
        ramp_row.addWidget(_pair(self.ramp_from_label, self.ramp_from, self.ramp_from_unit))
        ramp_row.addWidget(_pair(self.ramp_over_label, self.ramp_minutes, self.ramp_over_unit))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 4)
        column.setSpacing(12)
        column.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addLayout(length_row)
        column.addLayout(ramp_row)

        self.edit_button.clicked.connect(self.edit_pattern_requested)
        self.length_spin.valueChanged.connect(self._on_length_changed)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_changed)
        self.ramp_check.toggled.connect(self._on_ramp_changed)
        self.ramp_from.valueChanged.connect(self._on_ramp_changed)
        self.ramp_minutes.valueChanged.connect(self._on_ramp_changed)

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Make your own…"))
        self.edit_button.setAccessibleDescription(self.tr("Set the seconds in and out yourself"))
        self.length_label.setText(self.tr("Exact length"))
        for i in range(self.unit_combo.count()):
            self.unit_combo.setItemText(i, labels.length_unit(self.unit_combo.itemData(i)))
        self.ramp_check.setText(self.tr("Slow down gradually"))
        self.ramp_check.setToolTip(
            self.tr("Begin at a more comfortable, quicker pace and ease into the pattern.")
        )
        self.ramp_from_label.setText(self.tr("from"))
        self.ramp_from_unit.setText(self.tr("breaths a minute,"))
        self.ramp_over_label.setText(self.tr("over"))
        self.ramp_over_unit.setText(self.tr("minutes"))
        self.length_spin.setAccessibleName(self.tr("Exact length"))
        self.unit_combo.setAccessibleName(self.tr("Length in"))
        self.unit_combo.setAccessibleDescription(self.tr("Minutes or breaths"))
        self.ramp_from.setAccessibleName(self.tr("Start pace, breaths per minute"))
        self.ramp_minutes.setAccessibleName(self.tr("Minutes to slow down over"))

    def show_prefs(self, prefs: Preferences) -> None:
        self._updating = True
        try:
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(prefs.length_kind))
            if prefs.length_kind is LengthKind.MINUTES:
                self.length_spin.setDecimals(1)
                self.length_spin.setSingleStep(0.5)
                self.length_spin.setRange(MINUTES_MIN, MINUTES_MAX)
                self.length_spin.setValue(prefs.length_minutes)
            else:
                self.length_spin.setDecimals(0)
                self.length_spin.setSingleStep(1)
                self.length_spin.setRange(BREATHS_MIN, BREATHS_MAX)
                self.length_spin.setValue(prefs.length_breaths)
            self.ramp_check.setChecked(prefs.ramp)
            self.ramp_from.setValue(prefs.ramp_start_bpm)
            self.ramp_minutes.setValue(prefs.ramp_minutes)
            for widget in (
                self.ramp_from,
                self.ramp_minutes,
                self.ramp_from_label,
                self.ramp_from_unit,
                self.ramp_over_label,
                self.ramp_over_unit,
            ):
                widget.setEnabled(prefs.ramp)
        finally:
            self._updating = False

    @Slot()
    def _on_length_changed(self) -> None:
        if self._updating:
            return
        if self._prefs.prefs.length_kind is LengthKind.MINUTES:
            self._prefs.update(length_minutes=round(self.length_spin.value() * 2) / 2)
        else:
            self._prefs.update(length_breaths=round(self.length_spin.value()))

    @Slot()
    def _on_unit_changed(self) -> None:
        if not self._updating:
            self._prefs.update(length_kind=self.unit_combo.currentData())

    @Slot()
    def _on_ramp_changed(self) -> None:
        if self._updating:
            return
        self._prefs.update(
            ramp=self.ramp_check.isChecked(),
            ramp_start_bpm=self.ramp_from.value(),
            ramp_minutes=self.ramp_minutes.value(),
        )
