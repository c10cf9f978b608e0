# SPDX-License-Identifier: GPL-3.0-or-later
"""One phase in the plan editor: its name, a note, when it ends, and its sessions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.patterns import Preset
from breathapp.core.plans import (
    ITEMS_PER_PHASE_MAX,
    MOVEMENT_ACTIVITY_MAX_CHARS,
    MOVEMENT_GOAL_MAX_MINUTES,
    PHASE_DAYS_MAX,
    PHASE_DAYS_MIN,
    TITLE_MAX_CHARS,
    Advance,
    ItemKind,
    PlanItem,
    PlanPhase,
)
from breathapp.ui.common.counts import Counts
from breathapp.ui.plan.plan_item_editor import ItemEditor

if TYPE_CHECKING:
    from breathapp.core.relaxation import Script

NOTE_HEIGHT_PX = 84


def tab_stops(widget: QWidget) -> list[QWidget]:
    """``widget``'s children that Tab stops on, in their own order."""
    stops, step = [], widget.nextInFocusChain()
    while step is not widget and widget.isAncestorOf(step):
        if step.focusPolicy() & Qt.FocusPolicy.TabFocus and step.focusProxy() is None:
            stops.append(step)
        step = step.nextInFocusChain()
    return stops


class PhaseForm(QWidget):
    """Edits one PlanPhase; ``phase()`` gives it back as it now stands.

    Signals:
        changed(): anything in the phase was edited.
    """

    changed = Signal()

    def __init__(
        self,
        presets: Sequence[Preset],
        scripts: Sequence[Script],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._presets = tuple(presets)
        self._scripts = tuple(scripts)
        self._loading = False
        self.items: list[ItemEditor] = []
        self._stops: dict[ItemEditor, list[QWidget]] = {}
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(TITLE_MAX_CHARS)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(NOTE_HEIGHT_PX)
        self.note_edit.setTabChangesFocus(True)  # Tab moves on; Enter still starts a line
        self.after_days = QRadioButton()
        self.therapist = QRadioButton()
        self._advance = QButtonGroup(self)
        self._advance.addButton(self.after_days)
        self._advance.addButton(self.therapist)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(PHASE_DAYS_MIN, PHASE_DAYS_MAX)
        self.name_label = QLabel()
        self.note_label = QLabel()
        self.advance_label = QLabel()
        # The daily movement goal: 0 is "no goal"; core owns the limits.
        self.movement_label = QLabel()
        self.movement_spin = QSpinBox()
        self.movement_spin.setRange(0, MOVEMENT_GOAL_MAX_MINUTES)
        self.movement_hint = QLabel()
        self.movement_hint.setObjectName("muted")
        self.movement_hint.setWordWrap(True)
        self.activity_label = QLabel()
        self.activity_edit = QLineEdit()
        self.activity_edit.setMaxLength(MOVEMENT_ACTIVITY_MAX_CHARS)
        self.activity_hint = QLabel()
        self.activity_hint.setObjectName("muted")
        self.activity_hint.setWordWrap(True)
        self.sessions_title = QLabel()
        self.sessions_title.setObjectName("sectionTitle")
        self.add_button = QPushButton()

        days_row = QHBoxLayout()
        days_row.setSpacing(10)
        days_row.addWidget(self.after_days)
        days_row.addWidget(self.days_spin)
        days_row.addStretch(1)
        advance = QVBoxLayout()
        advance.setSpacing(4)
        advance.addLayout(days_row)
        advance.addWidget(self.therapist)
        form = QFormLayout()
        form.setSpacing(8)
        # Labels above their fields: the form stays narrow beside the preview.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.note_label, self.note_edit)
        form.addRow(self.advance_label, advance)
        movement = QVBoxLayout()
        movement.setSpacing(2)
        movement_row = QHBoxLayout()
        movement_row.addWidget(self.movement_spin)
        movement_row.addStretch(1)
        movement.addLayout(movement_row)
        movement.addWidget(self.movement_hint)
        form.addRow(self.movement_label, movement)
        activity = QVBoxLayout()
        activity.setSpacing(2)
        activity.addWidget(self.activity_edit)
        activity.addWidget(self.activity_hint)
        form.addRow(self.activity_label, activity)
        self._items_box = QVBoxLayout()
        self._items_box.setSpacing(10)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(form)
        column.addWidget(self.sessions_title)
        column.addLayout(self._items_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        column.addLayout(add_row)
        column.addStretch(1)

        self.name_edit.textChanged.connect(self._on_edited)
        self.note_edit.textChanged.connect(self._on_edited)
        self.days_spin.valueChanged.connect(self._on_edited)
        self.after_days.toggled.connect(self._on_edited)
        self.movement_spin.valueChanged.connect(self._on_edited)
        self.activity_edit.textChanged.connect(self._on_edited)
        self.add_button.clicked.connect(self.add_item)
        self._order_tabs()
        self.retranslate()

    # -- in and out -------------------------------------------------------------------
    def set_phase(self, phase: PlanPhase) -> None:
        self._loading = True
        self.name_edit.setText(phase.name)
        self.note_edit.setPlainText(phase.note)
        self.days_spin.setValue(phase.days)
        self.after_days.setChecked(phase.advance is Advance.AFTER_DAYS)
        self.therapist.setChecked(phase.advance is Advance.THERAPIST)
        self.movement_spin.setValue(phase.movement_minutes or 0)
        self.activity_edit.setText(phase.movement_activity)
        for editor in self.items:
            editor.deleteLater()
        self.items = []
        self._stops.clear()
        for item in phase.items:
            self._add_editor(item)
        self._loading = False
        self._show_state()

    def phase(self) -> PlanPhase:
        return PlanPhase(
            name=self.name_edit.text().strip(),
            items=tuple(editor.item() for editor in self.items),
            advance=Advance.AFTER_DAYS if self.after_days.isChecked() else Advance.THERAPIST,
            days=self.days_spin.value(),
            note=self.note_edit.toPlainText().strip(),
            movement_minutes=self.movement_spin.value() or None,
            movement_activity=self.activity_edit.text().strip(),
        )

    @Slot()
    def add_item(self) -> None:
        """A new session: the first preset on offer, five minutes, once a day."""
        if len(self.items) >= ITEMS_PER_PHASE_MAX:
            return
        what = self._presets[0].id if self._presets else "calm"
        editor = self._add_editor(PlanItem(ItemKind.BREATHING, what))
        editor.kind_combo.setFocus()
        self._on_edited()

    def _add_editor(self, item: PlanItem) -> ItemEditor:
        editor = ItemEditor(item, self._presets, self._scripts)
        editor.changed.connect(self._on_edited)
        editor.remove_requested.connect(lambda e=editor: self._remove(e))
        self._items_box.addWidget(editor)
        self.items.append(editor)
        self._stops[editor] = tab_stops(editor)  # before any reordering takes them apart
        self._order_tabs()
        return editor

    def _order_tabs(self) -> None:
        """Tab walks the fields, each session in turn, then Add (rows are made later)."""
        QWidget.setTabOrder(self.days_spin, self.movement_spin)
        QWidget.setTabOrder(self.movement_spin, self.activity_edit)
        previous: QWidget = self.activity_edit
        for editor in self.items:
            for stop in self._stops.get(editor, ()):
                QWidget.setTabOrder(previous, stop)
                previous = stop
        QWidget.setTabOrder(previous, self.add_button)

    def _remove(self, editor: ItemEditor) -> None:
        if editor in self.items:
            self.items.remove(editor)
            self._stops.pop(editor, None)
            editor.deleteLater()
            self._on_edited()

    # -- showing ----------------------------------------------------------------------
    def _show_state(self) -> None:
        self.days_spin.setEnabled(self.after_days.isChecked())
        self.add_button.setEnabled(len(self.items) < ITEMS_PER_PHASE_MAX)

    @Slot()
    def _on_edited(self) -> None:
        if self._loading:
            return
        self._show_state()
        self.changed.emit()

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("Name of the phase"))
        self.name_edit.setPlaceholderText(self.tr("For example: Calm and loosen"))
        self.note_label.setText(self.tr("A word for the patient"))
        self.note_edit.setPlaceholderText(
            self.tr("What matters in this phase, in a sentence or two")
        )
        self.advance_label.setText(self.tr("The next phase starts"))
        self.after_days.setText(self.tr("by itself after"))
        self.days_spin.setSuffix(" " + self.tr("days"))
        self.therapist.setText(self.tr("when I say so"))
        self.therapist.setToolTip(self.tr("With Plan ▸ Move to the next phase"))
        self.sessions_title.setText(self.tr("Sessions in this phase"))
        self.add_button.setText(self.tr("Add a session"))
        self.name_edit.setAccessibleName(self.name_label.text())
        self.note_edit.setAccessibleName(self.note_label.text())
        self.note_edit.setAccessibleDescription(self.note_edit.placeholderText())
        self.days_spin.setAccessibleName(self.tr("Days until the next phase"))
        self.movement_label.setText(self.tr("Movement each day"))
        self.movement_spin.setSpecialValueText(self.tr("No goal"))
        self.movement_spin.setSuffix(" " + self.tr("minutes"))
        self.movement_spin.setAccessibleName(self.tr("Minutes of movement each day"))
        self.movement_hint.setText(
            Counts.tr("A goal of 1 to %n minutes a day, or no goal.", "", MOVEMENT_GOAL_MAX_MINUTES)
        )
        self.movement_spin.setAccessibleDescription(self.movement_hint.text())
        self.activity_label.setText(self.tr("Which movement"))
        self.activity_edit.setPlaceholderText(self.tr("walking"))
        self.activity_edit.setAccessibleName(self.activity_label.text())
        self.activity_hint.setText(
            Counts.tr(
                "For example walking or cycling; at most %n characters.",
                "",
                MOVEMENT_ACTIVITY_MAX_CHARS,
            )
        )
        self.activity_edit.setAccessibleDescription(self.activity_hint.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
