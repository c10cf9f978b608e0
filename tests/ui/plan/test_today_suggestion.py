# SPDX-License-Identifier: GPL-3.0-or-later
"""Today's quiet suggestion to contact the therapist, over a real FlareController and store."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from breathapp.controllers.flare_controller import FlareController
from breathapp.core.clock import ManualClock
from breathapp.core.session import SessionStatus
from breathapp.storage.db import Database
from breathapp.storage.flare_repo import BadDayRepo, NoteRepo
from breathapp.storage.history_repo import HistoryRepo
from breathapp.storage.sessions_repo import SessionRepo
from breathapp.ui.plan.today_view import TodayView
from tests.builders.plans import TODAY, sample_plan
from tests.builders.sessions import make_record
from tests.fakes import FakePlans

NOW = datetime(TODAY.year, TODAY.month, TODAY.day, 9, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    db, _report = Database.open(tmp_path / "data", NOW)
    yield db
    db.close()


class Day:
    """The day the test lives in (moved on by hand)."""

    def __init__(self) -> None:
        self.today = TODAY

    def __call__(self) -> date:
        return self.today


def rated(db: Database, day: date, before: int, after: int) -> None:
    started = datetime(day.year, day.month, day.day, 8, tzinfo=UTC)
    SessionRepo(db).add(
        1,
        make_record(
            started_utc=started,
            ended_utc=started + timedelta(minutes=5),
            status=SessionStatus.COMPLETED,
            pain_before=before,
            pain_after=after,
        ),
    )


def high_three_days(db: Database) -> None:
    for back in (2, 1, 0):
        rated(db, TODAY - timedelta(days=back), 8, 7)


def make(
    qtbot: QtBot, db: Database, plans: FakePlans, day: Day
) -> tuple[TodayView, FlareController]:
    flare = FlareController(
        BadDayRepo(db), NoteRepo(db), HistoryRepo(db).ratings, 1,
        ManualClock(start_utc=NOW), day, plan=lambda: plans.plan,
    )  # fmt: skip
    view = TodayView(plans, None, day)
    qtbot.addWidget(view)
    view.resize(1000, 760)
    view.show()
    view.set_flare(flare)
    return view, flare


def test_no_suggestion_without_the_controller_or_without_a_reason(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    high_three_days(db)
    view = TodayView(FakePlans(sample_plan()), None, Day())
    qtbot.addWidget(view)
    view.show()
    assert not view.suggestion.isVisible()  # the controller is not given yet
    plain = FakePlans(sample_plan())
    other, _report = Database.open(tmp_path / "other", NOW)
    calm, _flare = make(qtbot, other, plain, Day())
    assert not calm.suggestion.isVisible()
    other.close()


def test_three_high_days_show_one_quiet_card_with_the_contact_marked_shown(
    qtbot: QtBot, db: Database
) -> None:
    high_three_days(db)
    plans, day = FakePlans(sample_plan()), Day()
    view, flare = make(qtbot, db, plans, day)
    card = view.suggestion
    assert card.isVisible()
    assert card.noticed.text() == "Your pain has been high for three days."
    assert "therapist" in card.advice.text() and "nobody's fault" in card.advice.text()
    assert card.contact.isVisible() and card.contact.name.text() == "Sofie Peeters"
    assert card.objectName() == "card"  # the quiet card look: no red, no alarm style
    assert BadDayRepo(db).suggestion_shown(1) == TODAY  # marked as soon as shown
    view.refresh()
    assert card.isVisible()  # it stays on the page today until OK
    card.ok_button.click()
    assert not card.isVisible()
    view.refresh()
    assert not card.isVisible()
    for later in (1, 6):  # not again within a week
        day.today = TODAY + timedelta(days=later)
        view.refresh()
        assert not card.isVisible(), later
    assert not flare.contact_suggestion(TODAY + timedelta(days=6))


def test_the_contact_is_shown_once_the_suggestion_carries_it(qtbot: QtBot, db: Database) -> None:
    high_three_days(db)
    view, _flare = make(qtbot, db, FakePlans(sample_plan()), Day())
    assert view.suggestion.contact.isVisible()
    # The side column's "Questions? Just ask" would repeat the same card beside it.
    assert not view.contact.isVisible() and not view.contact_title.isVisible()
    view.refresh()
    assert not view.contact.isVisible()
    view.suggestion.ok_button.click()
    assert view.contact.isVisible() and view.contact_title.isVisible()
    assert view.contact.name.text() == "Sofie Peeters"


def test_once_shown_it_stays_away_for_a_week_even_without_ok(qtbot: QtBot, db: Database) -> None:
    high_three_days(db)
    plans, day = FakePlans(sample_plan()), Day()
    view, _flare = make(qtbot, db, plans, day)
    assert view.suggestion.isVisible()
    day.today = TODAY + timedelta(days=1)
    rated(db, day.today, 8, 8)
    view.refresh()
    assert not view.suggestion.isVisible()


def test_rising_pain_is_said_in_its_own_words(qtbot: QtBot, db: Database) -> None:
    for back in range(13, 6, -1):
        rated(db, TODAY - timedelta(days=back), 3, 3)
    for back in range(6, -1, -1):
        rated(db, TODAY - timedelta(days=back), 6, 5)
    plans = FakePlans(replace(sample_plan(), contact=replace(sample_plan().contact, phone="")))
    view, _flare = make(qtbot, db, plans, Day())
    assert view.suggestion.isVisible()
    assert view.suggestion.noticed.text() == "Your pain has gone up this week."


def test_without_a_contact_card_the_suggestion_still_shows_kindly(
    qtbot: QtBot, db: Database
) -> None:
    from breathapp.core.plans import Contact

    high_three_days(db)
    view, _flare = make(qtbot, db, FakePlans(replace(sample_plan(), contact=Contact())), Day())
    assert view.suggestion.isVisible() and not view.suggestion.contact.isVisible()


def test_the_plan_can_turn_the_suggestion_off(qtbot: QtBot, db: Database) -> None:
    high_three_days(db)
    plans = FakePlans(replace(sample_plan(), suggest_contact=False))
    view, _flare = make(qtbot, db, plans, Day())
    assert not view.suggestion.isVisible()
    assert BadDayRepo(db).suggestion_shown(1) is None
