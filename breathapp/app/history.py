# SPDX-License-Identifier: GPL-3.0-or-later
"""The history screen and its files, built on first use (pyqtgraph, the report, the dialogs)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from breathapp.controllers.history_controller import HistoryController
from breathapp.controllers.transfer_controller import PracticeFile, TransferController
from breathapp.core.relaxation import script_id_of
from breathapp.paths import asset_path
from breathapp.storage.history_repo import HistoryRepo
from breathapp.storage.plan_history import PlanHistory
from breathapp.storage.relaxation_files import script_ids
from breathapp.storage.transfer import Transfers
from breathapp.ui.common import labels
from breathapp.ui.history.chart_loading import import_charts
from breathapp.ui.history.file_actions import FileActions
from breathapp.ui.history.history_view import HistoryView
from breathapp.ui.shell.main_window import BREATHE_PAGE

if TYPE_CHECKING:
    from breathapp.app.built import Built


def build_history(built: Built) -> HistoryView:
    """The history view, its controller and its file actions, all connected."""
    import_charts()
    session, relax, prefs, window = built.session, built.relax, built.prefs, built.window
    profile = built.profile.profile

    def kind_name(kind: str) -> str:
        script = relax.script(script_id_of(kind) or "")
        return script.title if script is not None else kind

    def goal() -> int:
        return prefs.prefs.daily_goal_minutes

    history = HistoryController(
        HistoryRepo(built.db), profile.id, built.clock, plans=PlanHistory(built.db), parent=session
    )
    view = HistoryView(history, goal(), built.theme.current, kind_name)
    # The relaxation sessions a practice file may name: those this app has.
    known = script_ids(asset_path("relaxation"))
    transfer = TransferController(
        Transfers(built.db, profile.id, known), profile.name, built.clock, parent=session
    )

    def show_practice_file(practice: PracticeFile) -> None:
        from breathapp.ui.history.practice_file_window import PracticeFileWindow

        def save_report(first: date, last: date, opened: PracticeFile) -> object:
            return actions.save_report(first, last, opened.report)

        theme = built.theme.current
        shown = PracticeFileWindow(practice, goal(), theme, kind_name, save_report, window)
        shown.show()

    actions = built.file_actions = FileActions(
        transfer, window, goal, kind_name, show_practice_file
    )
    view.report_requested.connect(lambda first, last: actions.save_report(first, last))
    view.export_requested.connect(actions.save_export)
    view.import_requested.connect(actions.import_backup)
    view.open_file_requested.connect(actions.open_practice_file)
    # Every session that ends, of any kind, and every import shows in the history.
    session.session_ended.connect(lambda _record: history.refresh())
    relax.session_ended.connect(lambda _record: history.refresh())
    transfer.imported.connect(lambda _report: history.refresh())
    prefs.changed.connect(lambda p: view.set_goal(p.daily_goal_minutes))
    built.theme.changed.connect(view.set_theme)
    history.storage_failed.connect(lambda e: built.tell(window, labels.storage_message(e)))
    view.start_requested.connect(lambda: window.show_page(BREATHE_PAGE))
    return view
