# SPDX-License-Identifier: GPL-3.0-or-later
"""The bad-day flow: a kind word and the pain rating, the flare-up session (the relaxation
player runs it: its voice, its eyes-closed cues, its timing), then the closing page.

The Relax page hosts it (RelaxView.open_flow) so the session runs in its own player; the
app starts the session when asked (start_requested) and hands the ended session back
(finish). Esc or Close leaves at any point.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractButton, QApplication, QStackedLayout, QWidget

from breathapp.core.flare import BadDay, NoteError
from breathapp.core.plans import Contact
from breathapp.ui.flare.bad_day_pages import BadDayEnd, BadDayStart

if TYPE_CHECKING:
    from breathapp.controllers.flare_controller import FlareController
    from breathapp.core.flare_texts import BadDayTexts
    from breathapp.core.plans import Plan


class BadDayFlow(QWidget):
    """From "I'm having a bad day" to the closing page.

    Signals:
        start_requested(object): run the flare-up session; the pain before it (or None).
        closed(): the flow was left (Close or Esc).
    """

    start_requested = Signal(object)
    closed = Signal()

    def __init__(
        self,
        flare: FlareController,
        texts: Callable[[], BadDayTexts],
        plan: Callable[[], Plan | None],
        session_id: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._flare = flare
        self._texts = texts
        self._plan = plan
        self._session_id = session_id
        self._pain: int | None = None
        self.owns_session = False  # the running relaxation session is this flow's
        self.bad_day: BadDay | None = None
        self.start_page = BadDayStart()
        self.end_page = BadDayEnd()
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.end_page)
        self.start_page.answered.connect(self.start_session)
        self.start_page.close_requested.connect(self.close_flow)
        self.end_page.close_requested.connect(self.close_flow)
        self.end_page.note_written.connect(self._on_note)

    def begin(self) -> None:
        """The first page: a kind word and the pain rating."""
        self._pain = None
        self.owns_session = False
        self.bad_day = None
        self.pages.setCurrentWidget(self.start_page)
        self.start_page.start()

    @Slot(object)
    def start_session(self, pain: int | None) -> None:
        """Ask for the flare-up session, with the pain before it (None: not given)."""
        self._pain = pain
        self.owns_session = True
        self.start_requested.emit(pain)

    def finish(self) -> None:
        """The session ended (or was left early; its minutes count): store the bad day with
        its rating and session, and show the closing page."""
        self.owns_session = False
        self.bad_day = self._flare.record_bad_day(
            pain_before=self._pain, session_id=self._session_id()
        )
        plan = self._plan()
        advice = getattr(plan, "flare_up_advice", "") if plan is not None else ""
        contact = plan.contact if plan is not None else Contact()
        self.pages.setCurrentWidget(self.end_page)
        self.end_page.show_day(self._texts(), advice, contact)

    @property
    def on_end(self) -> bool:
        return self.pages.currentWidget() is self.end_page

    @Slot()
    def close_flow(self) -> None:
        """Leave the flow (a bad day already stored stays stored)."""
        self.owns_session = False
        self.closed.emit()

    def confirm(self) -> None:
        """Enter or Space: the focused button; on the rating, the number typed."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) and self.isAncestorOf(focused):
            focused.click()
        elif not self.on_end:
            self.start_page.rating.confirm()

    @Slot(str)
    def _on_note(self, text: str) -> None:
        bad_id = self.bad_day.id if self.bad_day is not None else None
        try:
            note = self._flare.add_note(text, for_therapist=True, bad_day_id=bad_id)
        except NoteError:
            self.end_page.say(self.tr("Could you write a few words, with letters or numbers?"))
            return
        if note is not None:
            self.end_page.saved()
        else:
            self.end_page.say(self.tr("The note could not be saved just now."))
        self.end_page.setFocus(Qt.FocusReason.OtherFocusReason)
