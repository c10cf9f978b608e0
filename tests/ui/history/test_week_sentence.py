# SPDX-License-Identifier: GPL-3.0-or-later
"""The History overview opens with one plain sentence about this week."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from breathapp.storage.db import Database
from breathapp.ui.history.week_sentence import points_text, tension_words
from tests.builders.history import NOW, make_history_view
from tests.builders.sessions import put_session

TODAY = NOW.astimezone().date()  # a Wednesday
MONDAY = TODAY - timedelta(days=TODAY.weekday())


@pytest.fixture
def dutch() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    yield
    QLocale.setDefault(before)


def _this_week(db: Database) -> None:
    put_session(db, MONDAY, 20.0, tension=(6, 4))
    put_session(db, MONDAY, 8.0, tension=(5, 4), hour=18)
    put_session(db, TODAY, 10.0, tension=(7, 5))
    put_session(db, MONDAY - timedelta(days=2), 30.0, tension=(8, 2))  # last week


def test_the_week_in_one_sentence(qtbot: QtBot, db: Database) -> None:
    _this_week(db)
    view, _history = make_history_view(qtbot, db)
    text = view.week_sentence.text()
    assert view.week_sentence.isVisible()
    assert text == (
        "This week you practised 2 days, 38 minutes. "
        "After a session you felt on average 1.7 points less tense."
    )


def test_the_sentence_in_dutch_writes_a_decimal_comma(
    qtbot: QtBot, db: Database, dutch: None
) -> None:
    _this_week(db)
    view, _history = make_history_view(qtbot, db)
    assert "1,7" in view.week_sentence.text()


def test_one_day_without_ratings_and_a_week_without_practice(qtbot: QtBot, db: Database) -> None:
    put_session(db, TODAY, 1.0)
    put_session(db, MONDAY - timedelta(days=3), 30.0)  # keeps the history from being empty
    view, _history = make_history_view(qtbot, db)
    assert view.week_sentence.text() == "This week you practised 1 day, 1 minute."
    with db.transaction() as conn:
        conn.execute("DELETE FROM sessions WHERE local_day = ?", (TODAY.isoformat(),))
    view.refresh()
    assert view.week_sentence.text() == "No practice yet this week."


def test_never_judging(qtbot: QtBot, db: Database) -> None:
    put_session(db, TODAY, 12.0, tension=(3, 4))
    view, _history = make_history_view(qtbot, db)
    text = view.week_sentence.text()
    assert text == (
        "This week you practised 1 day, 12 minutes. "
        "After a session your tension was on average 1.0 points higher."
    )
    for word in ("only", "streak", "row", "should", "must"):
        assert word not in text.lower()


def test_a_change_in_tension_is_said_in_words_not_with_a_sign() -> None:
    assert tension_words(-1.5) == "1.5 points less tense"
    assert tension_words(0.5) == "0.5 points more tense"
    assert tension_words(-0.04) == "about as tense as before"  # shows as 0.0: no change
    assert points_text(-2.0) == "2.0 points"


def test_the_words_keep_the_app_languages_decimal_mark(dutch: None) -> None:
    assert tension_words(-1.5) == "1,5 points less tense"
    assert points_text(2.25) == "2,3 points"
