# SPDX-License-Identifier: GPL-3.0-or-later
"""The history screen over a store of known days, seen from a fixed moment."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from breathapp.controllers.history_controller import HistoryController
from breathapp.core.clock import ManualClock
from breathapp.storage.db import Database
from breathapp.storage.history_repo import HistoryRepo
from breathapp.storage.plan_history import PlanHistory
from breathapp.ui.common.theme import LIGHT
from breathapp.ui.history.chart_loading import import_charts
from breathapp.ui.history.history_view import HistoryView

# 2026-11-25 12:00 UTC: a Wednesday. Local days are written explicitly (put_session).
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def make_history_view(
    qtbot: QtBot, db: Database, goal: int = 10, plans: PlanHistory | None = None
) -> tuple[HistoryView, HistoryController]:
    """The history of profile 1 at NOW, shown at 1100 × 900 with a daily goal of ``goal``."""
    import_charts()  # once: the app loads the charts when the history is first opened
    history = HistoryController(HistoryRepo(db), 1, ManualClock(start_utc=NOW), plans=plans)
    view = HistoryView(history, goal, LIGHT)
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    return view, history
