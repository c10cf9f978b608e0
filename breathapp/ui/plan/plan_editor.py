# SPDX-License-Identifier: GPL-3.0-or-later
"""The therapist's plan editor: the plan, its phases and sessions, with a live preview."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.adherence import ItemToday, PhaseNow
from breathapp.core.plans import (
    PHASES_MAX,
    TITLE_MAX_CHARS,
    Advance,
    ItemKind,
    Plan,
    PlanError,
    PlanItem,
    PlanPhase,
    PlanProblem,
    check_plan,
)
from breathapp.core.profiles import Profile
from breathapp.core.safety import HoldsNotAllowedError, allowed_presets, check_plan_safety
from breathapp.ui.common.widgets import scrolled
from breathapp.ui.common.window_fit import resize_within_screen
from breathapp.ui.plan import plan_text
from breathapp.ui.plan.plan_about_form import AboutForm
from breathapp.ui.plan.plan_phase_form import PhaseForm
from breathapp.ui.plan.today_view import TodayPanel

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from breathapp.core.relaxation import Script
    from breathapp.core.voice_pack import Manifest

LIST_WIDTH_PX = 200
PREVIEW_WIDTH_PX = 460
# Narrower than this (200 % text on 1600 × 1000 is 800 wide), the preview gets a tab.
NARROW_BELOW_PX = 1100
WIDE_PX = 1280


def problem_text(error: PlanError | HoldsNotAllowedError) -> str:
    """What is wrong with the plan, in the user's language (ui/plan_labels.py words it)."""
    from breathapp.ui.plan.plan_labels import plan_error_text

    return plan_error_text(error)


def editor_problem_text(error: PlanError | HoldsNotAllowedError) -> str:
    """As problem_text, but a refused hold tells the therapist what to do about it."""
    if not isinstance(error, HoldsNotAllowedError):
        return problem_text(error)
    from breathapp.ui.plan.plan_labels import place_text

    sentence = QCoreApplication.translate(
        "PlanEditor",
        "The pattern %1 has breath holds, and this profile is set to no breath holds. "
        "Choose a pattern without holds.",
    ).replace("%1", error.pattern_text)
    place = place_text(error.where)
    return f"{place}:\n{sentence}" if place else sentence


def preview_day(plan: Plan, index: int, today: date) -> tuple[PhaseNow, list[ItemToday]]:
    """A phase on its first day, nothing done yet: what the preview shows."""
    phase = plan.phases[index]
    last = index == len(plan.phases) - 1
    rolls = phase.advance is Advance.AFTER_DAYS and not last
    now = PhaseNow(
        index=index,
        phase=phase,
        started_day=today,
        day_number=1,
        ends_day=today + timedelta(days=phase.days - 1) if rolls else None,
        next_phase=None if last else plan.phases[index + 1],
    )
    return now, [ItemToday(i, item, 0, item.times) for i, item in enumerate(phase.items)]


class PlanEditor(QDialog):
    """Makes or changes a plan; ``plan`` is what stands in the fields, valid or not.

    Save stays disabled while the plan breaks a limit or the profile's safety settings;
    the reason is shown above the buttons. The caller saves ``plan`` after exec().
    """

    def __init__(
        self,
        plan: Plan,
        profile: Profile,
        scripts: Sequence[Script],
        today: date,
        ask: Callable[[str, str], bool] | None = None,
        parent: QWidget | None = None,
        voices: Sequence[Manifest] = (),
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._scripts = tuple(scripts)
        self._by_id = {s.id: s for s in self._scripts}
        self._today = today
        self._ask = ask
        self._phases = list(plan.phases)
        self._plan = plan
        self._original = plan
        self._current = -1
        self.problem: str | None = None
        self.setObjectName("planEditor")

        self.title_label = QLabel()
        self.title_edit = QLineEdit(plan.title)
        self.title_edit.setMaxLength(TITLE_MAX_CHARS)

        # Phases: the list on the left, the selected one's form beside it.
        self.phase_list = QListWidget()
        self.phase_list.setFixedWidth(LIST_WIDTH_PX)
        self.phase_list.setWordWrap(True)
        self.phase_list.setSpacing(4)  # each phase's two lines read as one entry
        self.phase_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_phase_button = QPushButton()
        self.remove_phase_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.phase_form = PhaseForm(allowed_presets(profile), self._scripts)
        self._phase_buttons = QWidget()
        QGridLayout(self._phase_buttons).setContentsMargins(0, 0, 0, 0)
        self._form_scroll = scrolled(self.phase_form)
        phases_tab = QWidget()
        self._phases_grid = QGridLayout(phases_tab)
        self._phases_grid.setHorizontalSpacing(18)

        # The plan as a whole: message, contact, suggested reminder times.
        self.about = AboutForm(plan, voices)

        self.tabs = QTabWidget()
        self.tabs.addTab(phases_tab, "")
        self._about_scroll = scrolled(self.about)
        self.tabs.addTab(self._about_scroll, "")

        # The preview: the selected phase as the patient will see it on its first day.
        self.preview_title = QLabel()
        self.preview_title.setObjectName("sectionTitle")
        self.preview_about = QLabel()
        self.preview_about.setObjectName("muted")
        self.preview_about.setWordWrap(True)
        self.preview = TodayPanel(self._script, read_only=True)
        preview_frame = QFrame()
        preview_frame.setObjectName("card")
        inside = QVBoxLayout(preview_frame)
        inside.setContentsMargins(2, 2, 2, 2)
        inside.addWidget(self.preview)
        preview_column = QVBoxLayout()
        preview_column.addWidget(self.preview_title)
        preview_column.addWidget(self.preview_about)
        preview_column.addWidget(preview_frame, 1)
        preview_box = QWidget()
        self._preview_box = preview_box
        preview_box.setLayout(preview_column)
        preview_column.setContentsMargins(0, 0, 0, 0)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("notice")
        self.problem_label.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        # Enter in a field must not save and close half a plan: Save is a click, or Ctrl+Enter.
        self.save_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.title_edit, 1)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.tabs, 1)
        self._body = body
        self._narrow: bool | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(title_row)
        layout.addLayout(body, 1)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)

        self.title_edit.textChanged.connect(self._on_edited)
        self.about.changed.connect(self._on_edited)
        self.phase_form.changed.connect(self._on_phase_edited)
        self.phase_list.currentRowChanged.connect(self._on_phase_chosen)
        self.add_phase_button.clicked.connect(self.add_phase)
        self.remove_phase_button.clicked.connect(self.remove_phase)
        self.up_button.clicked.connect(lambda: self.move_phase(-1))
        self.down_button.clicked.connect(lambda: self.move_phase(1))
        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        self._fill_list()
        self.phase_list.setCurrentRow(0)
        self._on_edited()
        # Side by side where the screen has room for it (the list, the form, the preview).
        room = self.screen().availableGeometry().width()
        self._arrange(narrow=min(room, WIDE_PX) < NARROW_BELOW_PX)
        resize_within_screen(self, WIDE_PX, 760)

    # -- the plan -----------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._plan

    def _script(self, script_id: str) -> Script | None:
        return self._by_id.get(script_id)

    def _build(self) -> Plan:
        return Plan(
            title=self.title_edit.text().strip(),
            phases=tuple(self._phases),
            message=self.about.message(),
            contact=self.about.contact(),
            reminder_times=self.about.reminder_times(),
            voice_pack=self.about.voice_pack(),
            flare_up_advice=self.about.flare_up_advice(),
            suggest_contact=self.about.suggest_contact(),
        )

    def _check(self, plan: Plan) -> str | None:
        try:
            check_plan(plan)
            check_plan_safety(plan, self._profile)
            for p, phase in enumerate(plan.phases):
                for i, item in enumerate(phase.items):
                    if item.kind is ItemKind.RELAXATION and item.what not in self._by_id:
                        where = f"phases[{p}].items[{i}].what"
                        raise PlanError(PlanProblem.UNKNOWN_RELAXATION, where, item.what)
        except (PlanError, HoldsNotAllowedError) as error:
            return editor_problem_text(error)
        return None

    # -- phases -------------------------------------------------------------------------
    @Slot()
    def add_phase(self) -> None:
        if len(self._phases) >= PHASES_MAX:
            return
        items = self._phases[self._current].items if self._phases else ()
        self._phases.append(PlanPhase("", items or (PlanItem(ItemKind.BREATHING, "calm"),)))
        self._fill_list()
        self.phase_list.setCurrentRow(len(self._phases) - 1)
        self.phase_form.name_edit.setFocus()
        self._on_edited()

    @Slot()
    def remove_phase(self) -> None:
        if len(self._phases) <= 1 or self._current < 0:
            return
        name = plan_text.phase_name(self._phases[self._current], self._current)
        if self._ask is not None and not self._ask(
            self.tr("Remove this phase?"),
            self.tr("“%1” and its sessions leave the plan.").replace("%1", name),
        ):
            return
        del self._phases[self._current]
        row = min(self._current, len(self._phases) - 1)
        self._current = -1
        self._fill_list()
        self.phase_list.setCurrentRow(row)
        self._on_edited()

    def move_phase(self, step: int) -> None:
        row, to = self._current, self._current + step
        if row < 0 or not 0 <= to < len(self._phases):
            return
        self._phases[row], self._phases[to] = self._phases[to], self._phases[row]
        self._current = to
        self._fill_list()
        self.phase_list.setCurrentRow(to)
        self._on_edited()

    def _fill_list(self) -> None:
        self.phase_list.blockSignals(True)
        current = self._current
        self.phase_list.clear()
        for index, phase in enumerate(self._phases):
            name = plan_text.phase_name(phase, index)
            self.phase_list.addItem(f"{index + 1}. {name}\n{plan_text.rule_text(phase)}")
        self.phase_list.setCurrentRow(current)
        self.phase_list.blockSignals(False)

    @Slot(int)
    def _on_phase_chosen(self, row: int) -> None:
        if row < 0 or row >= len(self._phases):
            return
        self._current = row
        self.phase_form.set_phase(self._phases[row])
        self._show_buttons()
        self._show_preview()

    @Slot()
    def _on_phase_edited(self) -> None:
        if self._current < 0:
            return
        self._phases[self._current] = self.phase_form.phase()
        item = self.phase_list.item(self._current)
        if item is not None:
            phase = self._phases[self._current]
            name = plan_text.phase_name(phase, self._current)
            item.setText(f"{self._current + 1}. {name}\n{plan_text.rule_text(phase)}")
        self._on_edited()

    # -- showing ------------------------------------------------------------------------
    @Slot()
    def _on_edited(self) -> None:
        self._plan = self._build()
        self.problem = self._check(self._plan)
        self.problem_label.setText(self.problem or "")
        self.problem_label.setVisible(self.problem is not None)
        self.save_button.setEnabled(self.problem is None)
        self._show_buttons()
        self._show_preview()

    def _show_buttons(self) -> None:
        count = len(self._phases)
        self.add_phase_button.setEnabled(count < PHASES_MAX)
        self.remove_phase_button.setEnabled(count > 1)
        self.up_button.setEnabled(self._current > 0)
        self.down_button.setEnabled(0 <= self._current < count - 1)

    def _show_preview(self) -> None:
        if not 0 <= self._current < len(self._phases):
            return
        plan = replace(self._plan, phases=tuple(self._phases))
        now, items = preview_day(plan, self._current, self._today)
        self.preview.show_plan(plan, now, items, items[0] if items else None)
        self.preview_about.setText(
            self.tr("Phase %1 on its first day, before any practice.").replace(
                "%1", str(self._current + 1)
            )
        )

    # -- wide or narrow ------------------------------------------------------------
    def _arrange(self, narrow: bool) -> None:
        """Wide: the phases' list, its form and the preview side by side. Narrow (200 % text,
        a small screen): the list above the form, and the preview in a tab of its own."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        buttons = self._phase_buttons.layout()
        assert isinstance(buttons, QGridLayout)
        phase_buttons = (self.add_phase_button, self.remove_phase_button)
        move_buttons = (self.up_button, self.down_button)
        for index, button in enumerate((*phase_buttons, *move_buttons)):
            buttons.addWidget(button, *((index % 2, index // 2) if narrow else (index, 0)))
        for widget in (self.phase_list, self._phase_buttons, self._form_scroll):
            self._phases_grid.removeWidget(widget)
        self._phases_grid.addWidget(self.phase_list, 0, 0)
        if narrow:
            self.phase_list.setMinimumWidth(0)
            self.phase_list.setMaximumWidth(16777215)
            self.phase_list.setMaximumHeight(self.fontMetrics().height() * 6)
            self._phases_grid.addWidget(self._phase_buttons, 0, 1)
            self._phases_grid.addWidget(self._form_scroll, 1, 0, 1, 2)
            self._phases_grid.setRowStretch(0, 0)
            self._phases_grid.setRowStretch(1, 1)
            self._phases_grid.setColumnStretch(0, 1)
            self._body.removeWidget(self._preview_box)
            self._preview_box.setMinimumWidth(0)
            self._preview_box.setMaximumWidth(16777215)
            self.tabs.addTab(self._preview_box, self.tr("What your patient sees"))
        else:
            self.phase_list.setFixedWidth(LIST_WIDTH_PX)
            self.phase_list.setMaximumHeight(16777215)
            self._phases_grid.addWidget(self._phase_buttons, 1, 0)
            self._phases_grid.addWidget(self._form_scroll, 0, 1, 2, 1)
            self._phases_grid.setRowStretch(0, 1)
            self._phases_grid.setRowStretch(1, 0)
            self._phases_grid.setColumnStretch(0, 0)
            self._phases_grid.setColumnStretch(1, 1)
            index = self.tabs.indexOf(self._preview_box)
            if index >= 0:
                self.tabs.removeTab(index)
            self._preview_box.setFixedWidth(PREVIEW_WIDTH_PX)
            self._body.addWidget(self._preview_box)
            self._preview_box.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(narrow=event.size().width() < NARROW_BELOW_PX)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plan"))
        self.title_label.setText(self.tr("Title of the plan"))
        self.title_edit.setPlaceholderText(self.tr("For example: Calm back, step by step"))
        self.add_phase_button.setText(self.tr("Add a phase"))
        self.remove_phase_button.setText(self.tr("Remove phase"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.tabs.setTabText(0, self.tr("Phases and sessions"))
        self.tabs.setTabText(1, self.tr("Message and contact"))
        self.preview_title.setText(self.tr("What your patient sees"))
        if self.tabs.count() > 2:
            self.tabs.setTabText(2, self.preview_title.text())
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save the plan"))
        self.title_edit.setAccessibleName(self.title_label.text())
        self.phase_list.setAccessibleName(self.tr("Phases of the plan"))
        self._form_scroll.setAccessibleName(self.tr("The chosen phase"))
        self._about_scroll.setAccessibleName(self.tr("Message and contact"))

    def reject(self) -> None:
        """Cancel: after real changes, ask before they are thrown away."""
        changed = self._plan != self._original
        if (
            changed
            and self._ask is not None
            and not self._ask(
                self.tr("Leave without saving?"),
                self.tr("Your changes to this plan are not saved yet. Leave anyway?"),
            )
        ):
            return
        super().reject()

    def accept(self) -> None:
        if self.problem is None:
            super().accept()
