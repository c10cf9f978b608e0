# SPDX-License-Identifier: GPL-3.0-or-later
"""The home screen, "Today": the plan's sessions for today with one big Start, and the rest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QPaintEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.plans import PLAN_FILE_SUFFIX, Contact, Plan, PlanItem
from breathapp.ui.common import labels
from breathapp.ui.common.contact_card import ContactCard
from breathapp.ui.common.widgets import card, scrolled, text_label
from breathapp.ui.plan import plan_text
from breathapp.ui.plan import today_cards as cards
from breathapp.ui.plan.today_movement import MovementQuestion

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent, QShowEvent

    from breathapp.controllers.flare_controller import FlareController
    from breathapp.controllers.plan_controller import PlanController
    from breathapp.core.adherence import ItemToday, PhaseNow
    from breathapp.core.flare import ContactReason

# From this width on, the message and the contact sit beside today's sessions.
TWO_COLUMNS_FROM_PX = 880
SIDE_COLUMN_PX = 320
MAIN_COLUMN_MAX_PX = 720  # lines longer than this are hard to read
START_FONT_PX = 22
START_MIN_WIDTH_PX = 220


class TodayPanel(QWidget):
    """Shows a day of a plan (or a kind word when there is none); also the editor's preview.

    ``read_only`` makes it a faithful picture that cannot be pressed (the editor's preview).

    Signals:
        start_requested(object): start this PlanItem; None: the usual breathing session.
        movement_chosen(int): the minutes moved today were chosen (0: cleared).
        import_requested(): the user wants to open a plan file.
        bad_day_requested(): the user pressed "I'm having a bad day".
        suggestion_dismissed(): the user pressed OK on the contact suggestion.
    """

    start_requested = Signal(object)
    movement_chosen = Signal(int)
    import_requested = Signal()
    bad_day_requested = Signal()
    suggestion_dismissed = Signal()

    def __init__(
        self,
        script: plan_text.ScriptLookup | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._script = script
        self.read_only = read_only
        self._plan: Plan | None = None
        self._now: PhaseNow | None = None
        self._items: list[ItemToday] = []
        self._next: ItemToday | None = None
        self._today: date | None = None
        self._after_paint: list[Callable[[], None]] = []

        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.date_label = text_label("muted")
        self.notice = text_label("notice")
        self.notice.hide()

        # No plan: what a plan is and how to get one.
        self.empty_card, empty = card()
        self.empty_title = text_label("cardTitle")
        self.empty_text = text_label()
        self.empty_how = text_label()
        self.import_button = QPushButton()
        empty.addWidget(self.empty_title)
        empty.addWidget(self.empty_text)
        empty.addSpacing(4)
        empty.addWidget(self.empty_how)
        empty.addSpacing(6)
        empty.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)

        # The current phase and what comes next.
        self.phase_card, phase = card()
        self.phase_title = text_label("cardTitle")
        self.phase_where = text_label("muted")
        self.phase_note = text_label()
        self.phase_next = text_label("muted")
        for label in (self.phase_title, self.phase_where, self.phase_note, self.phase_next):
            phase.addWidget(label)

        self.practice_title = text_label("sectionTitle")
        self.rows: list[cards.ItemRow] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(10)
        self.all_done = text_label("notice")

        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.start_button.setProperty("big", True)  # the one big Start (see ui/style.py)
        self.start_button.setMinimumWidth(START_MIN_WIDTH_PX)
        font = QFont(self.start_button.font())
        font.setPixelSize(START_FONT_PX)
        self.start_button.setFont(font)
        self.start_about = text_label("muted")
        start_row = QHBoxLayout()
        start_row.setSpacing(20)
        start_row.addWidget(self.start_button)
        start_row.addWidget(self.start_about, 1)
        # A calm way in on a day that hurts: quiet, beside nothing alarming.
        self.bad_day_button, self.bad_day_about, bad_day_row = cards.button_row()
        self.suggestion = cards.SuggestionCard()

        self.move_title = text_label("sectionTitle")
        self.movement = MovementQuestion()

        self.message_title = text_label("sectionTitle")
        self.message_card, message = card()
        self.message = text_label(selectable=True)
        message.addWidget(self.message)
        self.contact_title = text_label("sectionTitle")
        self.contact = ContactCard()

        self.main = QWidget()
        self.main.setMaximumWidth(MAIN_COLUMN_MAX_PX)
        main = QVBoxLayout(self.main)
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(10)
        # The one big Start first: seen at once, without scrolling, at any text size.
        main.addWidget(self.all_done)
        main.addLayout(start_row)
        main.addLayout(bad_day_row)
        main.addSpacing(14)
        main.addWidget(self.suggestion)
        main.addWidget(self.empty_card)
        main.addWidget(self.phase_card)
        main.addWidget(self.practice_title)
        main.addLayout(self._rows_box)
        main.addWidget(self.move_title)
        main.addWidget(self.movement)
        main.addStretch(1)
        self.side = QWidget()
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(10)
        side.addWidget(self.message_title)
        side.addWidget(self.message_card)
        side.addSpacing(6)
        side.addWidget(self.contact_title)
        side.addWidget(self.contact)
        side.addStretch(1)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._columns.setSpacing(32)
        self._columns.addWidget(self.main, 3)
        self._columns.addWidget(self.side, 2)
        self._columns.addStretch(0)

        inner = QWidget()
        column = QVBoxLayout(inner)
        margin = 20 if read_only else 40  # the preview shows the same, a little tighter
        column.setContentsMargins(margin, margin * 4 // 5, margin, 24)
        column.setSpacing(6)
        column.addWidget(self.heading)
        column.addWidget(self.date_label)
        column.addWidget(self.notice)
        column.addSpacing(14)
        column.addLayout(self._columns, 1)
        self.scroll_area = scrolled(inner)
        self.scroll_area.viewport().setAutoFillBackground(False)
        inner.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

        self.start_button.clicked.connect(self._on_start)
        self.movement.minutes_chosen.connect(self.movement_chosen)
        self.import_button.clicked.connect(self.import_requested)
        self.bad_day_button.clicked.connect(self.bad_day_requested)
        self.suggestion.dismissed.connect(self.suggestion_dismissed)
        self.retranslate()
        if read_only:
            # A picture of the patient's screen: nothing in it takes a press or the focus.
            inner.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            for button in (self.start_button, self.import_button, self.bad_day_button):
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.movement.set_read_only()

    # -- what to show ---------------------------------------------------------------
    def show_plan(
        self,
        plan: Plan | None,
        now: PhaseNow | None,
        items: Sequence[ItemToday],
        next_item: ItemToday | None,
        today: date | None = None,
    ) -> None:
        self._plan, self._now = plan, now
        self._items, self._next, self._today = list(items), next_item, today
        while len(self.rows) < len(self._items):
            row = cards.ItemRow()
            self._rows_box.addWidget(row)
            self.rows.append(row)
        while len(self.rows) > len(self._items):
            self.rows.pop().deleteLater()
        self.retranslate()
        self.show_movement(self.movement.minutes, self.movement.at_least)  # the phase's goal

    def show_movement(self, minutes: int, at_least: bool = False) -> None:
        """Today's minutes moved (0: none yet; ``at_least``: an old tick, 15 or more)."""
        now = self._now
        goal = now.phase.movement_minutes if now is not None else None
        activity = now.phase.movement_activity if now is not None else ""
        self.movement.show_day(minutes, at_least, goal, activity)
        if self.read_only:
            self.movement.set_read_only()

    def show_suggestion(self, reason: ContactReason | None) -> None:
        """The quiet contact suggestion for ``reason``; None hides it."""
        self.suggestion.show_reason(reason, self._plan.contact if self._plan else Contact())
        self._show_plan_words()

    def primary_action(self) -> None:
        """Space or Enter: press the focused button here, else the big Start."""
        focused = self.focusWidget()
        if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
            focused.click()
        else:
            self.start_button.click()

    def show_notice(self, text: str) -> None:
        """A calm message at the top, e.g. that saving has to wait."""
        self.notice.setText(text)
        self.notice.show()

    def focus_start(self) -> None:
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def after_next_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the page has been painted (work that can wait for it)."""
        self._after_paint.append(callback)
        self.update()

    @Slot()
    def _on_start(self) -> None:
        self.start_requested.emit(self._next.item if self._next is not None else None)

    # -- words ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Today"))
        self.scroll_area.setAccessibleName(self.tr("Today"))
        today = self._today
        self.date_label.setText(labels.date_text(today, long=True) if today else "")
        self.date_label.setVisible(today is not None)
        self.practice_title.setText(self.tr("Today's practice"))
        self.move_title.setText(self.tr("Moving"))
        self.bad_day_button.setText(self.tr("I'm having a bad day"))
        self.bad_day_about.setText(self.tr("A gentle session and support, for days that hurt."))
        self.bad_day_button.setAccessibleDescription(self.bad_day_about.text())
        self.message_title.setText(self.tr("From your therapist"))
        self.import_button.setText(self.tr("Open a plan file…"))
        self.empty_title.setText(self.tr("No plan yet"))
        self.empty_text.setText(
            self.tr(
                "A plan is a programme your therapist makes for you: which breathing and "
                "relaxation sessions to do, how often, and how they build up over the weeks."
            )
        )
        self.empty_how.setText(
            self.tr(
                "To get one, ask your therapist. If you were given a plan file (its name "
                "ends in %1), you can open it here."
            ).replace("%1", PLAN_FILE_SUFFIX)
        )
        self.contact_title.setText(self.tr("Questions? Just ask"))
        self._show_plan_words()

    def _show_plan_words(self) -> None:
        plan, now = self._plan, self._now
        has_plan = plan is not None and now is not None
        self.empty_card.setVisible(not has_plan)
        for widget in (self.phase_card, self.practice_title):
            widget.setVisible(has_plan)
        for entry, row in zip(self._items, self.rows, strict=True):
            row.show_item(
                plan_text.item_title(entry.item, self._script),
                plan_text.item_details(entry.item, self._script),
                plan_text.done_text(entry),
                entry.done >= entry.due,
            )
        self.contact.show_contact(plan.contact if plan is not None else Contact())
        # While the suggestion shows the contact, the side column does not repeat it.
        carried = self.suggestion.carries_contact()
        has_contact = plan is not None and not self.contact.is_empty() and not carried
        self.side.setVisible(plan is not None and (bool(plan.message.strip()) or has_contact))
        self.message_title.setVisible(plan is not None and bool(plan.message.strip()))
        self.message_card.setVisible(self.message_title.isVisibleTo(self))
        self.contact.setVisible(has_contact)
        self.contact_title.setVisible(self.contact.isVisibleTo(self))
        self.message.setText(plan.message.strip() if plan is not None else "")
        if plan is None or now is None:
            self.all_done.hide()
            self.start_button.setText(self.tr("Breathe now"))
            self.start_about.setText(self.tr("A calm belly-breathing session, as you set it up."))
            return
        self.phase_title.setText(plan_text.phase_name(now.phase, now.index))
        self.phase_where.setText(plan_text.phase_position(now, len(plan.phases)))
        self.phase_note.setText(now.phase.note.strip())
        self.phase_note.setVisible(bool(now.phase.note.strip()))
        self.phase_next.setText(plan_text.next_text(now))
        nothing_today = not self._items
        self.all_done.setVisible(self._next is None)
        if nothing_today:
            self.all_done.setText(
                self.tr("Nothing is planned for today. A short walk can still do you good.")
            )
        else:
            self.all_done.setText(
                self.tr("All done for today. Good that you took this time for yourself.")
            )
        if self._next is None:
            self.start_button.setText(self.tr("Breathe a little more"))
            self.start_about.setText(self.tr("If you feel like it: a calm extra session."))
        else:
            self.start_button.setText(self.tr("Start"))
            self.start_about.setText(self._next_words(self._next.item))

    def _next_words(self, item: PlanItem) -> str:
        title = plan_text.item_title(item, self._script)
        minutes = plan_text.item_minutes(item, self._script)
        if minutes is None:
            return self.tr("Next: %1").replace("%1", title)
        return (
            self.tr("Next: %1, %2")
            .replace("%1", title)
            .replace("%2", plan_text.minutes_short(minutes))
        )

    # -- events ---------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = self.width() >= TWO_COLUMNS_FROM_PX
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)
        self.side.setMaximumWidth(SIDE_COLUMN_PX if wide else MAIN_COLUMN_MAX_PX)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._after_paint:
            callbacks, self._after_paint = self._after_paint, []
            for callback in callbacks:
                QTimer.singleShot(0, callback)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TodayView(TodayPanel):
    """The Today page over the PlanController (and a FlareController for the contact
    suggestion: ``set_flare``); the minutes moved go straight to the PlanController."""

    def __init__(
        self,
        plans: PlanController,
        script: plan_text.ScriptLookup | None = None,
        today: Callable[[], date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(script, parent=parent)
        self._plans = plans
        self._today_source = today
        self._suggestion = cards.SuggestionDay()
        plans.plan_changed.connect(self.refresh)
        plans.today_changed.connect(self.refresh)
        plans.movement_minutes_changed.connect(self._on_minutes_changed)
        self.movement_chosen.connect(self._on_movement_chosen)
        self.suggestion_dismissed.connect(self._on_suggestion_dismissed)
        self.refresh()

    def set_flare(self, flare: FlareController) -> None:
        """Ask ``flare`` whether to suggest contacting the therapist (on each refresh)."""
        self._suggestion.flare = flare
        self._show_suggestion()

    def _day(self) -> date:
        return self._today_source() if self._today_source is not None else date.today()

    @Slot()
    def refresh(self) -> None:
        plans = self._plans
        today = self._today_source() if self._today_source is not None else None
        if plans.plan is None:
            self.show_plan(None, None, (), None, today)
        else:
            self.show_plan(
                plans.plan, plans.phase_now(), plans.today_items(), plans.next_open_item(), today
            )
        self._show_minutes()
        self._show_suggestion()

    def _show_minutes(self) -> None:
        entry = self._plans.movement_minutes(self._day())
        if entry is None:
            self.show_movement(0)
        else:
            self.show_movement(entry.minutes, entry.at_least)

    def _show_suggestion(self) -> None:
        self.show_suggestion(self._suggestion.reason(self._day()))

    @Slot()
    def _on_suggestion_dismissed(self) -> None:
        self._suggestion.dismiss(self._day())
        self.show_suggestion(None)
        self.focus_start()

    @Slot(int)
    def _on_movement_chosen(self, minutes: int) -> None:
        self._plans.set_movement_minutes(self._day(), minutes)
        # The store has the last word: if saving failed, the question shows what is kept.
        self._show_minutes()

    @Slot(object, int)
    def _on_minutes_changed(self, day: object, _minutes: int) -> None:
        if day == self._day():
            self._show_minutes()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # a new day may have begun while the page was hidden
