# SPDX-License-Identifier: GPL-3.0-or-later
"""The bar under the guide where a session is chosen: pattern, length, slowing down, start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.profile_controller import ProfileController
from breathapp.controllers.safety_gate import SafetyGate
from breathapp.core.patterns import (
    PatternError,
    resolve,
)
from breathapp.core.prefs import Preferences
from breathapp.core.safety import is_four_seven_eight
from breathapp.core.session import BREATHS_MAX, MINUTES_MAX, LengthKind
from breathapp.ui.common import labels
from breathapp.ui.common.widgets import ramp_spins

_CUSTOM = "__custom__"


class SetupBar(QWidget):
    """Choose and start a session; every choice is saved to the preferences at once.

    Signals:
        start_requested(): the user asked to begin.
        edit_pattern_requested(): the user wants the custom-pattern editor.
    """

    start_requested = Signal()
    edit_pattern_requested = Signal()

    def __init__(
        self,
        prefs: PrefsController,
        profile: ProfileController,
        gate: SafetyGate,
        parent: QWidget | None = None,
    ) -> None:
        """``gate`` is the sessions' safety gate: what to offer, and 4-7-8's first month."""
        super().__init__(parent)
        self._prefs = prefs
        self._profile = profile
        self._gate = gate
        self._updating = False

        self.pattern_label = QLabel()
        self.pattern_combo = QComboBox()
        self.pattern_combo.setMinimumContentsLength(30)
        self.pattern_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit_button = QPushButton()
        self.description = QLabel()
        self.description.setObjectName("muted")
        self.description.setWordWrap(True)

        self.length_label = QLabel()
        self.length_spin = QSpinBox()
        self.length_spin.setMinimumWidth(90)
        self.unit_combo = QComboBox()
        for kind in LengthKind:
            self.unit_combo.addItem("", kind)
        self.length_note = QLabel()  # 4-7-8 in its first month: at most 4 breaths
        self.length_note.setObjectName("muted")
        self.length_note.setWordWrap(True)
        self.length_note.hide()

        self.ramp_check = QCheckBox()
        self.ramp_from, self.ramp_minutes = ramp_spins()
        self.ramp_from_label = QLabel()
        self.ramp_over_label = QLabel()

        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.start_button.setDefault(True)

        pattern_row = QHBoxLayout()
        pattern_row.setSpacing(10)
        pattern_row.addWidget(self.pattern_combo, 1)
        pattern_row.addWidget(self.edit_button)
        length_row = QHBoxLayout()
        length_row.setSpacing(10)
        length_row.addWidget(self.length_spin)
        length_row.addWidget(self.unit_combo)
        length_row.addStretch(1)
        ramp_row = QHBoxLayout()
        ramp_row.setSpacing(10)
        ramp_row.addWidget(self.ramp_check)
        ramp_row.addWidget(self.ramp_from_label)
        ramp_row.addWidget(self.ramp_from)
        ramp_row.addWidget(self.ramp_over_label)
        ramp_row.addWidget(self.ramp_minutes)
        ramp_row.addStretch(1)
        self.pace_label = QLabel()
        grid = QGridLayout(self)
        grid.setContentsMargins(32, 8, 32, 20)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.pattern_label, 0, 0)
        grid.addLayout(pattern_row, 0, 1)
        grid.addWidget(self.description, 1, 1)
        grid.addWidget(self.length_label, 2, 0)
        self.pattern_label.setBuddy(self.pattern_combo)  # its label for a screen reader
        self.length_label.setBuddy(self.length_spin)
        grid.addLayout(length_row, 2, 1)
        grid.addWidget(self.length_note, 3, 1)
        grid.addWidget(self.pace_label, 4, 0)
        grid.addLayout(ramp_row, 4, 1)
        grid.addWidget(self.start_button, 0, 2, 5, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(2, 180)
        self.start_button.setMinimumSize(160, 64)

        self.pattern_combo.activated.connect(self._on_pattern_activated)
        self.edit_button.clicked.connect(self.edit_pattern_requested)
        self.length_spin.valueChanged.connect(self._on_length_changed)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_changed)
        self.ramp_check.toggled.connect(self._on_ramp_changed)
        self.ramp_from.valueChanged.connect(self._on_ramp_changed)
        self.ramp_minutes.valueChanged.connect(self._on_ramp_changed)
        self.start_button.clicked.connect(self.start_requested)
        prefs.changed.connect(self._show)
        profile.changed.connect(lambda _profile: self._show(self._prefs.prefs))
        self.retranslate()

    # -- showing ----------------------------------------------------------------
    def retranslate(self) -> None:
        self.pattern_label.setText(self.tr("Pattern"))
        self.edit_button.setText(self.tr("Make your own…"))
        self.length_label.setText(self.tr("Length"))
        for i in range(self.unit_combo.count()):
            self.unit_combo.setItemText(i, labels.length_unit(self.unit_combo.itemData(i)))
        self.pace_label.setText(self.tr("Pace"))
        self.ramp_check.setText(self.tr("Slow down gradually"))
        self.ramp_check.setToolTip(
            self.tr("Begin at a more comfortable, quicker pace and ease into the pattern.")
        )
        self.ramp_from_label.setText(self.tr("from"))
        self.ramp_from.setSuffix(" " + self.tr("/min"))
        self.ramp_over_label.setText(self.tr("over"))
        self.ramp_minutes.setSuffix(" " + self.tr("min"))
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start (Space)"))
        self.pattern_combo.setAccessibleName(self.tr("Breathing pattern"))
        self.length_spin.setAccessibleName(self.tr("Length"))
        self.unit_combo.setAccessibleName(self.tr("Length in"))
        self.unit_combo.setAccessibleDescription(self.tr("Minutes or breaths"))
        self.ramp_from.setAccessibleName(self.tr("Start pace, breaths per minute"))
        self.ramp_minutes.setAccessibleName(self.tr("Minutes to slow down over"))
        self._show(self._prefs.prefs)

    @Slot(object)
    def _show(self, prefs: Preferences) -> None:
        self._updating = True
        try:
            self._fill_patterns(prefs)
            is_minutes = prefs.length_kind is LengthKind.MINUTES
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(prefs.length_kind))
            if is_minutes:
                self.length_spin.setRange(1, int(MINUTES_MAX))
                self.length_spin.setValue(round(prefs.length_minutes))
            else:
                self.length_spin.setRange(1, BREATHS_MAX)
                self.length_spin.setValue(prefs.length_breaths)
            self.ramp_check.setChecked(prefs.ramp)
            self.ramp_from.setValue(prefs.ramp_start_bpm)
            self.ramp_minutes.setValue(prefs.ramp_minutes)
            for w in (
                self.ramp_from,
                self.ramp_minutes,
                self.ramp_from_label,
                self.ramp_over_label,
            ):
                w.setEnabled(prefs.ramp)
            self._show_length_note(prefs)
        finally:
            self._updating = False

    def _show_length_note(self, prefs: Preferences) -> None:
        """Beside the length while 4-7-8 is chosen in its first month: the gate's rule."""
        try:
            pattern, _preset = resolve(prefs.pattern)
        except PatternError:
            pattern = None
        last_day = None
        if pattern is not None and is_four_seven_eight(pattern):
            last_day = self._gate.first_month_last_day()  # one query, only for 4-7-8
        if last_day is None:
            self.length_note.hide()
            return
        self.length_note.setText(labels.first_month_note(last_day))
        self.length_note.show()

    def _fill_patterns(self, prefs: Preferences) -> None:
        combo = self.pattern_combo
        combo.clear()
        for p in self._gate.presets():
            text = f"{labels.preset_name(p.id)}   {labels.pattern_timing(p.pattern)}"
            if p.pattern.has_holds:
                text += f"   ({labels.holds_mark()})"
            combo.addItem(text, p.id)
        try:
            pattern, preset_id = resolve(prefs.pattern)
        except PatternError:
            pattern, preset_id = resolve("calm")
        if preset_id is None or combo.findData(preset_id) < 0:
            combo.addItem(
                self.tr("Your own: %1").replace("%1", labels.pattern_timing(pattern)),
                prefs.pattern,
            )
            combo.setCurrentIndex(combo.count() - 1)
            description = labels.rate_text(pattern.rate_bpm)
            if pattern.has_holds and self._profile.profile.no_holds:
                description = labels.holds_refused()
        else:
            combo.setCurrentIndex(combo.findData(preset_id))
            description = labels.preset_description(preset_id)
            description += "  " + labels.rate_text(pattern.rate_bpm) + "."
        combo.addItem(self.tr("Make your own…"), _CUSTOM)
        self.description.setText(description)
        self.pattern_combo.setAccessibleDescription(description)

    # -- choosing -----------------------------------------------------------
    @Slot(int)
    def _on_pattern_activated(self, index: int) -> None:
        data = self.pattern_combo.itemData(index)
        if data == _CUSTOM:
            self._show(self._prefs.prefs)
            self.edit_pattern_requested.emit()
            return
        self._prefs.update(pattern=data)

    @Slot()
    def _on_length_changed(self) -> None:
        if self._updating:
            return
        if self._prefs.prefs.length_kind is LengthKind.MINUTES:
            self._prefs.update(length_minutes=float(self.length_spin.value()))
        else:
            self._prefs.update(length_breaths=self.length_spin.value())

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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus_start(self) -> None:
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
