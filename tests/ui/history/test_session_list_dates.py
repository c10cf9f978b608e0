# SPDX-License-Identifier: GPL-3.0-or-later
"""The sessions list writes when a session was in the app's language, 24-hour in Dutch."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathapp.storage.db import Database
from breathapp.ui.common.i18n import LanguageSwitcher
from tests.builders.history import make_history_view
from tests.builders.sessions import put_session
from tests.ui.conftest import TRANSLATIONS


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", "vr 20 nov 2026, 17:44"), ("en", "Fri, 20 Nov 2026, 17:44")],
)
def test_the_sessions_list_shows_the_date_in_the_apps_language(
    qapp: QApplication, qtbot: QtBot, db: Database, language: str, expected: str
) -> None:
    if time.localtime().tm_gmtoff != 0:
        pytest.skip("the builder writes the hour in UTC; this reads it on a UTC clock")
    put_session(db, date(2026, 11, 20), 10.0, hour=17)
    with db.transaction() as conn:  # 17:44, not on the hour, to see the minutes
        conn.execute("UPDATE sessions SET started_utc = '2026-11-20T17:44:00Z'")
    switcher = LanguageSwitcher(qapp, TRANSLATIONS)
    switcher.switch(language)
    try:
        view, _history = make_history_view(qtbot, db)
        view.tabs.setCurrentIndex(1)
        assert view.sessions.table.item(0, 0).text() == expected
    finally:
        switcher.switch("en")
