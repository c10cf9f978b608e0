# SPDX-License-Identifier: GPL-3.0-or-later
"""The start screen under the guide: a calm choice of length and pattern, and Start.

A few large length buttons (3, 5 and 10 minutes, the plan's length when there is one, and
the length in use when it is none of these), the patterns the safety gate offers as large
choices with their pace, and the rest (an own pattern, the exact length, slowing down)
under a "More" that remembers being open.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.profile_controller import ProfileController
from breathapp.controllers.safety_gate import SafetyGate
from breathapp.core.patterns import Pattern, PatternError, resolve
from breathapp.core.prefs import Preferences
from breathapp.core.safety import is_four_seven_eight
from breathapp.core.session import LengthKind
from breathapp.ui.common import labels, numbers
from breathapp.ui.guide.choice_row import Choice, ChoiceRow, FitScroll

if TYPE_CHECKING:  # made when "More" is first opened: off the start-up path
    from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox

    from breathapp.ui.guide.session_more import MorePanel

USUAL_MINUTES = (3.0, 5.0, 10.0)
LengthKey = tuple[LengthKind, float]


class SetupBar(QWidget):
    """Choose and start a session; every choice is saved to the preferences at once.

    Signals:
        start_requested(): the user asked to begin.
        edit_pattern_requested(): the user wants the custom-pattern editor.
        bad_day_requested(): "I'm having a bad day" was pressed.
    """

    start_requested = Signal()
    edit_pattern_requested = Signal()
    bad_day_requested = Signal()

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
        self._plan_minutes: float | None = None

        self.length_label = QLabel()
        self.lengths = ChoiceRow()
        self.length_note = QLabel()  # 4-7-8 in its first month: at most 4 breaths
        self.length_note.setObjectName("muted")
        self.length_note.setWordWrap(True)
        self.length_note.hide()
        self.pattern_label = QLabel()
        self.patterns = ChoiceRow(justify=True)
        self.description = QLabel()
        self.description.setObjectName("muted")
        self.description.setWordWrap(True)
        for caption in (self.length_label, self.pattern_label):
            caption.setObjectName("setupCaption")

        self.more_button = QPushButton()
        self.more_button.setObjectName("disclosure")
        self.more_button.setCheckable(True)
        self.more_button.setAutoDefault(False)
        self.more_button.setChecked(prefs.prefs.setup_more_open)
        self._more: MorePanel | None = None  # made when first opened: not for the first paint

        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.start_button.setProperty("big", True)
        self.start_button.setDefault(True)
        self.start_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # A calm way to the gentle flare-up session, under Start (ui/flare).
        self.bad_day_button = QPushButton()
        self.bad_day_button.setAutoDefault(False)
        self.bad_day_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        choices = QWidget()
        grid = QGridLayout(choices)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setVerticalSpacing(8)
        # Each caption above its row: the choices have the whole width, for large text.
        for line, widget in enumerate(
            (
                self.length_label,
                self.lengths,
                self.length_note,
                self.pattern_label,
                self.patterns,
                self.description,
                self.more_button,
            )
        ):
            grid.addWidget(widget, line, 0)
        grid.setAlignment(self.more_button, Qt.AlignmentFlag.AlignLeft)
        self._grid = grid
        self.scroll = FitScroll(choices)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.scroll, 1)
        row.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignVCenter)
        # The bad-day button on a line of its own, under Start: beside it, its words took
        # the width the choices need at 200 % text.
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 8, 24, 16)
        column.setSpacing(8)
        column.addLayout(row, 1)
        column.addWidget(self.bad_day_button, 0, Qt.AlignmentFlag.AlignRight)
        self.length_label.setBuddy(self.lengths)
        self.pattern_label.setBuddy(self.patterns)

        self.lengths.chosen.connect(self._on_length_chosen)
        self.patterns.chosen.connect(self._on_pattern_chosen)
        self.more_button.toggled.connect(self._on_more_toggled)
        self.start_button.clicked.connect(self.start_requested)
        self.bad_day_button.clicked.connect(self.bad_day_requested)
        prefs.changed.connect(self._show)
        profile.changed.connect(lambda _profile: self._show(self._prefs.prefs))
        self.retranslate()
        if prefs.prefs.setup_more_open:
            self.more.show()
        self._fix_tab_order()

    @property
    def more(self) -> MorePanel:
        """What is under "More" (made the first time it is asked for, hidden unless open)."""
        if self._more is None:
            from breathapp.ui.guide.session_more import MorePanel

            panel = self._more = MorePanel(self._prefs)
            panel.hide()
            self._grid.addWidget(panel, self._grid.rowCount(), 0)
            panel.edit_pattern_requested.connect(self.edit_pattern_requested)
            panel.retranslate()
            panel.show_prefs(self._prefs.prefs)
            self._fix_tab_order()
        return self._more

    # The panel's fields, by the names other code and tests have always used.
    @property
    def edit_button(self) -> QPushButton:
        return self.more.edit_button

    @property
    def length_spin(self) -> QDoubleSpinBox:
        return self.more.length_spin

    @property
    def unit_combo(self) -> QComboBox:
        return self.more.unit_combo

    @property
    def ramp_check(self) -> QCheckBox:
        return self.more.ramp_check

    @property
    def ramp_from(self) -> QDoubleSpinBox:
        return self.more.ramp_from

    @property
    def ramp_minutes(self) -> QDoubleSpinBox:
        return self.more.ramp_minutes

    # -- showing ----------------------------------------------------------------
    def retranslate(self) -> None:
        self.length_label.setText(self.tr("Length"))
        self.pattern_label.setText(self.tr("Pattern"))
        self.lengths.setAccessibleName(self.tr("Length"))
        self.patterns.setAccessibleName(self.tr("Breathing pattern"))
        self.more_button.setAccessibleName(self.tr("More choices"))
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start (Space)"))
        self.bad_day_button.setText(self.tr("I'm having a bad day"))
        self.bad_day_button.setAccessibleName(self.tr("I'm having a bad day"))
        self.bad_day_button.setAccessibleDescription(
            self.tr("A short, gentle session for a day with more pain, and a kind word after it.")
        )
        if self._more is not None:
            self._more.retranslate()
        self._show_more_button()
        self._show(self._prefs.prefs)

    def set_plan_minutes(self, minutes: float | None) -> None:
        """The length today's plan prescribes, offered beside the usual ones; None: no plan."""
        if minutes != self._plan_minutes:
            self._plan_minutes = minutes
            self._show_lengths(self._prefs.prefs)

    @Slot(object)
    def _show(self, prefs: Preferences) -> None:
        self._show_lengths(prefs)
        self._show_patterns(prefs)
        if self._more is not None:
            self._more.show_prefs(prefs)
        if self.more_button.isChecked() != prefs.setup_more_open:
            self.more_button.setChecked(prefs.setup_more_open)
        self._show_length_note(prefs)
        self._fix_tab_order()

    def _show_lengths(self, prefs: Preferences) -> None:
        keys: list[LengthKey] = [(LengthKind.MINUTES, m) for m in USUAL_MINUTES]
        plan = self._plan_minutes
        if plan is not None and (LengthKind.MINUTES, plan) not in keys:
            keys.append((LengthKind.MINUTES, plan))
        current: LengthKey = (
            (LengthKind.MINUTES, prefs.length_minutes)
            if prefs.length_kind is LengthKind.MINUTES
            else (LengthKind.BREATHS, float(prefs.length_breaths))
        )
        if current not in keys:
            keys.append(current)
        keys.sort(key=lambda k: (k[0] is LengthKind.BREATHS, k[1]))
        self.lengths.set_choices([self._length_choice(k) for k in keys], current)

    def _length_choice(self, key: LengthKey) -> Choice:
        kind, value = key
        figure = numbers.short(value, 1)
        if kind is LengthKind.BREATHS:
            return Choice(key, self.tr("%Ln breaths", "", round(value)))
        title = self.tr("%1 min").replace("%1", figure)
        if float(value).is_integer():
            spoken = self.tr("%Ln minutes", "", round(value))
        else:  # 2.5 minutes: Qt's plural forms count whole numbers
            spoken = self.tr("%1 minutes").replace("%1", figure)
        if value == self._plan_minutes:
            title = self.tr("%1 · your plan").replace("%1", title)
            return Choice(key, title, spoken=spoken, spoken_detail=self.tr("Your plan's length"))
        return Choice(key, title, spoken=spoken)

    def _show_patterns(self, prefs: Preferences) -> None:
        choices = [
            Choice(p.id, labels.preset_name(p.id), self._pace(p.pattern))
            for p in self._gate.presets()
        ]
        offered = [c.key for c in choices]
        try:
            pattern, preset_id = resolve(prefs.pattern)
            wanted = preset_id or prefs.pattern
        except PatternError:
            pattern, preset_id = resolve("calm")
            wanted = "calm"
        if wanted in offered and preset_id is not None:
            description = labels.preset_description(preset_id)
        elif preset_id is None and self._gate.offers(prefs.pattern):
            detail = f"{labels.pattern_timing(pattern)}  ·  {self._pace(pattern)}"
            choices.append(Choice(wanted, self.tr("Your own pattern"), detail))
            description = self.tr("The pattern you made. To change it, open More.")
        else:  # a pattern this profile may not do (holds turned off since): none is chosen
            description = labels.holds_refused()
        self.patterns.set_choices(choices, wanted)
        self.description.setText(description)
        self.patterns.setAccessibleDescription(description)

    def _pace(self, pattern: Pattern) -> str:
        pace = labels.rate_text(pattern.rate_bpm)
        return f"{pace}  ·  {labels.holds_mark()}" if pattern.has_holds else pace

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

    def _show_more_button(self) -> None:
        shown = self.more_button.isChecked()
        arrow = "▾" if shown else "▸"
        self.more_button.setText(f"{arrow}  {self.tr('More')}")
        self.more_button.setAccessibleDescription(
            self.tr("Your own pattern, the exact length and slowing down: shown")
            if shown
            else self.tr("Your own pattern, the exact length and slowing down: hidden")
        )

    def _fix_tab_order(self) -> None:
        """Lengths, patterns, More and what it holds, then Start: as they are read."""
        order: list[QWidget] = [*self.lengths.buttons(), *self.patterns.buttons()]
        order.append(self.more_button)
        if (more := self._more) is not None:
            order += [more.edit_button, more.length_spin, more.unit_combo]
            order += [more.ramp_check, more.ramp_from, more.ramp_minutes]
        order += [self.start_button, self.bad_day_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- choosing -----------------------------------------------------------
    @Slot(object)
    def _on_length_chosen(self, key: LengthKey) -> None:
        kind, value = key
        if kind is LengthKind.MINUTES:
            self._prefs.update(length_kind=kind, length_minutes=value)
        else:
            self._prefs.update(length_kind=kind, length_breaths=round(value))

    @Slot(object)
    def _on_pattern_chosen(self, key: str) -> None:
        self._prefs.update(pattern=key)

    @Slot(bool)
    def _on_more_toggled(self, shown: bool) -> None:
        if shown or self._more is not None:
            self.more.setVisible(shown)
        self._show_more_button()
        self._prefs.update(setup_more_open=shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus_start(self) -> None:
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
