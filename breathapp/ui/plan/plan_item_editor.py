# SPDX-License-Identifier: GPL-3.0-or-later
"""One prescribed session in the plan editor: what, how long, slowing down, how often."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.patterns import (
    PatternError,
    Preset,
    resolve,
)
from breathapp.core.plans import (
    TIMES_MIN,
    TIMES_PER_DAY_MAX,
    TIMES_PER_WEEK_MAX,
    ItemKind,
    Per,
    PlanItem,
)
from breathapp.core.session import MINUTES_MAX, MINUTES_MIN
from breathapp.ui.common import labels
from breathapp.ui.common.widgets import ramp_spins
from breathapp.ui.plan import plan_text

if TYPE_CHECKING:
    from breathapp.core.relaxation import Script

OWN_PATTERN = "__own__"
DEFAULT_RAMP_START_BPM = 10.0
DEFAULT_RAMP_MINUTES = 3.0
# The widest seconds a pattern of one's own is likely to have: the field is sized to hold it.
WIDEST_OWN_PATTERN = "10.5-10.5-10.5-10.5"


class NumberSpin(QDoubleSpinBox):
    """A spin box that writes 5 rather than 5.0, with the locale's decimal sign."""

    def textFromValue(self, value: float) -> str:
        return plan_text.number(value)


class SecondsField(QLineEdit):
    """The seconds of a pattern of one's own, as wide as its text (or a long pattern) needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        text = max((self.text(), WIDEST_OWN_PATTERN), key=lambda t: metrics.horizontalAdvance(t))
        margins = self.textMargins()
        inner = QSize(
            metrics.horizontalAdvance(text) + 4 + margins.left() + margins.right(),  # Qt: 2+2
            metrics.height() + margins.top() + margins.bottom(),
        )
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, inner, self)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class ItemEditor(QFrame):
    """Edits one PlanItem; ``item()`` gives it back as it now stands.

    Only the presets the profile may use are offered; a pattern of one's own is typed
    as seconds (4-0-6-0) and checked with the rest of the plan.

    Signals:
        changed(): anything was edited.
        remove_requested(): the Remove button was pressed.
    """

    changed = Signal()
    remove_requested = Signal()

    def __init__(
        self,
        item: PlanItem,
        presets: Sequence[Preset],
        scripts: Sequence[Script],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._presets = tuple(presets)
        self._scripts = tuple(scripts)
        self._loading = True
        self._relaxation_minutes = item.minutes
        self.kind_combo = QComboBox()
        for kind in ItemKind:
            self.kind_combo.addItem("", kind)
        self.pattern_combo = QComboBox()
        self.own_text = SecondsField()
        self.own_text.setPlaceholderText("4-0-6-0")
        self.own_label = QLabel()
        self.own_label.setBuddy(self.own_text)
        self.script_combo = QComboBox()
        for combo in (self.kind_combo, self.pattern_combo, self.script_combo):
            # As wide as the longest entry: a name is never cut off. The pattern and the
            # relaxation have a line of their own, so the longest fits beside the preview.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo in (self.pattern_combo, self.script_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for script in self._scripts:
            self.script_combo.addItem(script.title, script.id)
        self.remove_button = QPushButton()  # a word, not a bare ×: it reads as a button

        self.minutes_spin = NumberSpin()
        self.minutes_spin.setRange(MINUTES_MIN, MINUTES_MAX)
        self.minutes_spin.setDecimals(1)
        self.minutes_spin.setSingleStep(1.0)
        self.script_length = QLabel()
        self.script_length.setObjectName("muted")
        self.times_spin = QSpinBox()
        self.per_combo = QComboBox()
        for per in Per:
            self.per_combo.addItem("", per)

        self.ramp_check = QCheckBox()
        self.ramp_from, self.ramp_minutes = ramp_spins(NumberSpin)
        self.ramp_from_label = QLabel()
        self.ramp_over_label = QLabel()
        self.ramp_row = QWidget()  # the check, and under it (when on) from and over
        self.ramp_detail = QWidget()

        # What: the kind (and Remove, at the far end), then the pattern or relaxation on a
        # line of its own, then the seconds of an own pattern. How much: on the next line.
        kind = QHBoxLayout()
        kind.setSpacing(10)
        kind.addWidget(self.kind_combo)
        kind.addStretch(1)
        kind.addWidget(self.remove_button)
        what = QHBoxLayout()
        what.setSpacing(10)
        what.addWidget(self.pattern_combo, 1)
        what.addWidget(self.script_combo, 1)
        self.own_row = QWidget()
        own = QHBoxLayout(self.own_row)
        own.setContentsMargins(0, 0, 0, 0)
        own.setSpacing(10)
        own.addWidget(self.own_label)
        own.addWidget(self.own_text)
        own.addStretch(1)
        often = QHBoxLayout()
        often.setSpacing(10)
        often.addWidget(self.minutes_spin)
        often.addWidget(self.times_spin)
        often.addWidget(self.per_combo)
        often.addStretch(1)
        detail = QHBoxLayout(self.ramp_detail)
        detail.setContentsMargins(28, 0, 0, 0)
        detail.setSpacing(10)
        detail.addWidget(self.ramp_from_label)
        detail.addWidget(self.ramp_from)
        detail.addWidget(self.ramp_over_label)
        detail.addWidget(self.ramp_minutes)
        detail.addStretch(1)
        ramp = QVBoxLayout(self.ramp_row)
        ramp.setContentsMargins(0, 0, 0, 0)
        ramp.setSpacing(6)
        ramp.addWidget(self.ramp_check)
        ramp.addWidget(self.ramp_detail)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        column.addLayout(kind)
        column.addLayout(what)
        column.addWidget(self.own_row)
        column.addLayout(often)
        column.addWidget(self.ramp_row)
        column.addWidget(self.script_length)

        self.retranslate()
        self.set_item(item)
        for combo in (self.kind_combo, self.pattern_combo, self.script_combo, self.per_combo):
            combo.currentIndexChanged.connect(self._on_edited)
        for spin in (self.minutes_spin, self.times_spin, self.ramp_from, self.ramp_minutes):
            spin.valueChanged.connect(self._on_edited)
        self.own_text.textChanged.connect(self._on_edited)
        self.ramp_check.toggled.connect(self._on_edited)
        self.remove_button.clicked.connect(self.remove_requested)

    # -- in and out -------------------------------------------------------------------
    def set_item(self, item: PlanItem) -> None:
        self._loading = True
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(item.kind))
        self._fill_patterns()
        if item.kind is ItemKind.BREATHING:
            preset_id = self._preset_of(item.what)
            index = self.pattern_combo.findData(preset_id) if preset_id else -1
            if index >= 0:
                self.pattern_combo.setCurrentIndex(index)
            else:
                self.pattern_combo.setCurrentIndex(self.pattern_combo.findData(OWN_PATTERN))
                self.own_text.setText(self._timing_of(item.what))
        else:
            index = self.script_combo.findData(item.what)
            if index < 0:  # a session this computer does not have: kept, and said so
                self.script_combo.addItem(item.what, item.what)
                index = self.script_combo.count() - 1
            self.script_combo.setCurrentIndex(index)
        self.minutes_spin.setValue(item.minutes)
        self._relaxation_minutes = item.minutes  # unused by a relaxation, but kept as it was
        self.per_combo.setCurrentIndex(self.per_combo.findData(item.per))
        self._limit_times(item.per)
        self.times_spin.setValue(item.times)
        has_ramp = item.ramp_start_bpm is not None and item.ramp_minutes is not None
        self.ramp_check.setChecked(has_ramp)
        self.ramp_from.setValue(item.ramp_start_bpm or DEFAULT_RAMP_START_BPM)
        self.ramp_minutes.setValue(item.ramp_minutes or DEFAULT_RAMP_MINUTES)
        self._loading = False
        self._show_kind()

    def item(self) -> PlanItem:
        kind: ItemKind = self.kind_combo.currentData()
        per: Per = self.per_combo.currentData()
        if kind is ItemKind.RELAXATION:
            return PlanItem(
                kind,
                self.script_combo.currentData() or "",
                minutes=self._relaxation_minutes,
                times=self.times_spin.value(),
                per=per,
            )
        what = self.pattern_combo.currentData()
        if what == OWN_PATTERN:
            what = self.own_text.text().strip()
        ramp = self.ramp_check.isChecked()
        return PlanItem(
            kind,
            what,
            minutes=self.minutes_spin.value(),
            ramp_start_bpm=self.ramp_from.value() if ramp else None,
            ramp_minutes=self.ramp_minutes.value() if ramp else None,
            times=self.times_spin.value(),
            per=per,
        )

    @staticmethod
    def _timing_of(what: str) -> str:
        """A preset left out (holds, for this profile) is shown by its seconds."""
        try:
            pattern, _preset_id = resolve(what)
        except PatternError:
            return what
        return pattern.text()

    @staticmethod
    def _preset_of(what: str) -> str | None:
        try:
            _pattern, preset_id = resolve(what)
        except PatternError:
            return None
        return preset_id

    # -- showing ----------------------------------------------------------------------
    def _fill_patterns(self) -> None:
        combo = self.pattern_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for preset in self._presets:
            # The short timing, as on Today ("4-6"): all the seconds did not fit here.
            text = f"{labels.preset_name(preset.id)}  {plan_text.short_timing(preset.id)}"
            if preset.pattern.has_holds:
                text += f"   ({labels.holds_mark()})"
            combo.addItem(text, preset.id)
        combo.addItem(self.tr("Own pattern (seconds)"), OWN_PATTERN)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _show_kind(self) -> None:
        breathing = self.kind_combo.currentData() is ItemKind.BREATHING
        own = breathing and self.pattern_combo.currentData() == OWN_PATTERN
        self.pattern_combo.setVisible(breathing)
        self.own_row.setVisible(own)
        self.script_combo.setVisible(not breathing)
        self.minutes_spin.setVisible(breathing)
        self.script_length.setVisible(not breathing)
        self.ramp_row.setVisible(breathing)
        self.ramp_detail.setVisible(self.ramp_check.isChecked())
        script = next((s for s in self._scripts if s.id == self.script_combo.currentData()), None)
        if script is not None:
            self.script_length.setText(
                self.tr("%1 min, its own length").replace("%1", str(script.minutes))
            )
        else:
            self.script_length.setText(self.tr("not on this computer"))

    def _limit_times(self, per: Per) -> None:
        most = TIMES_PER_DAY_MAX if per is Per.DAY else TIMES_PER_WEEK_MAX
        self.times_spin.setRange(TIMES_MIN, most)

    @Slot()
    def _on_edited(self) -> None:
        if self._loading:
            return
        self._limit_times(self.per_combo.currentData())
        self._show_kind()
        self.changed.emit()

    def retranslate(self) -> None:
        self.kind_combo.setItemText(0, self.tr("Breathing"))
        self.kind_combo.setItemText(1, self.tr("Relaxation"))
        self.own_text.setToolTip(self.tr("In-pause-out-pause, in seconds, for example 4-0-6-0"))
        self.own_label.setText(self.tr("Seconds (in-pause-out-pause)"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove this session"))
        self.remove_button.setAccessibleName(self.tr("Remove this session"))
        self.minutes_spin.setSuffix(" " + self.tr("min"))
        self.times_spin.setSuffix(" ×")
        self.per_combo.setItemText(0, self.tr("a day"))
        self.per_combo.setItemText(1, self.tr("a week"))
        self.ramp_check.setText(self.tr("Slow down gradually"))
        self.ramp_from_label.setText(self.tr("from"))
        self.ramp_from.setSuffix(" " + self.tr("/min"))
        self.ramp_over_label.setText(self.tr("over"))
        self.ramp_minutes.setSuffix(" " + self.tr("min"))
        for widget, name in (
            (self.kind_combo, self.tr("Kind of session")),
            (self.pattern_combo, self.tr("Breathing pattern")),
            (self.own_text, self.tr("Own pattern, in seconds")),
            (self.script_combo, self.tr("Relaxation")),
            (self.minutes_spin, self.tr("Minutes")),
            (self.times_spin, self.tr("How many times")),
            (self.per_combo, self.tr("How often: a day or a week")),
            (self.ramp_from, self.tr("Start pace, breaths per minute")),
            (self.ramp_minutes, self.tr("Minutes to slow down over")),
        ):
            widget.setAccessibleName(name)
        self.own_text.setAccessibleDescription(self.own_text.toolTip())
        if not self._loading:
            self._fill_patterns()
            self._show_kind()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
