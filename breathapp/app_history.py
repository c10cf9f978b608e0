# SPDX-License-Identifier: GPL-3.0-or-later
"""Part of the composition root: the history screen and its files, built on first use.

Kept apart from app.py because all of it loads late (pyqtgraph, the report, the file
dialogs); app.py hands over what it has already built.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from breathapp.controllers.history_controller import HistoryController
from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.relaxation_controller import RelaxationController
from breathapp.controllers.session_controller import SessionController
from breathapp.controllers.transfer_controller import PracticeFile, TransferController
from breathapp.core.clock import Clock
from breathapp.core.relaxation import script_id_of
from breathapp.storage.db import Database
from breathapp.storage.history_repo import HistoryRepo
from breathapp.storage.plan_history import PlanHistory
from breathapp.storage.transfer import Transfers
from breathapp.ui.common import labels
from breathapp.ui.common.theme import Theme
from breathapp.ui.history.chart_loading import import_charts
from breathapp.ui.history.file_actions import FileActions
from breathapp.ui.history.history_view import HistoryView
from breathapp.ui.shell.main_window import BREATHE_PAGE, MainWindow


def build_history(
    db: Database,
    profile_id: int,
    profile_name: str,
    clock: Clock,
    session: SessionController,
    relax: RelaxationController,
    prefs: PrefsController,
    theme: Callable[[], Theme],
    window: Callable[[], MainWindow],
    tell: Callable[[QWidget | None, str], None],
) -> HistoryView:
    """The history view, its controller, its file actions, all connected."""
    import_charts()

    def kind_name(kind: str) -> str:
        script = relax.script(script_id_of(kind) or "")
        return script.title if script is not None else kind

    def goal() -> int:
        return prefs.prefs.daily_goal_minutes

    history = HistoryController(
        HistoryRepo(db), profile_id, clock, plans=PlanHistory(db), parent=session
    )
    view = HistoryView(history, goal(), theme(), kind_name)
    transfer = TransferController(Transfers(db, profile_id), profile_name, clock, parent=session)

    def show_practice_file(practice: PracticeFile) -> None:
        from breathapp.ui.history.practice_file_window import PracticeFileWindow

        def save_report(first: date, last: date, opened: PracticeFile) -> object:
            return actions.save_report(first, last, opened.report)

        shown = PracticeFileWindow(practice, goal(), theme(), kind_name, save_report, window())
        shown.show()

    actions = FileActions(transfer, window(), goal, kind_name, show_practice_file)
    view.file_actions = actions  # type: ignore[attr-defined]  # tests reach the dialogs here
    view.report_requested.connect(lambda first, last: actions.save_report(first, last))
    view.export_requested.connect(actions.save_export)
    view.import_requested.connect(actions.import_backup)
    view.open_file_requested.connect(actions.open_practice_file)
    # Every session that ends, of any kind, and every import shows in the history.
    session.session_ended.connect(lambda _record: history.refresh())
    relax.session_ended.connect(lambda _record: history.refresh())
    transfer.imported.connect(lambda _report: history.refresh())
    prefs.changed.connect(lambda p: view.set_goal(p.daily_goal_minutes))
    history.storage_failed.connect(lambda e: tell(window(), labels.storage_message(e)))
    view.start_requested.connect(lambda: window().show_page(BREATHE_PAGE))
    return view
