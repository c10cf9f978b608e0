# SPDX-License-Identifier: GPL-3.0-or-later
"""The bad-day controller: what the screens call, on a real store and a hand-set clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from breathapp.controllers.flare_controller import FlareController
from breathapp.core.clock import ManualClock
from breathapp.core.errors import StorageError, StorageProblem
from breathapp.core.flare import ContactReason, NoteError
from breathapp.core.session import SessionStatus
from breathapp.storage.db import Database
from breathapp.storage.flare_repo import BadDayRepo, NoteRepo
from breathapp.storage.history_repo import HistoryRepo
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.sessions import make_record

TODAY = date(2026, 12, 6)
NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    db, _report = Database.open(tmp_path / "data", NOW)
    yield db
    db.close()


def _controller(db: Database, plan: Any = None, bad_days: Any = None) -> FlareController:
    return FlareController(
        bad_days or BadDayRepo(db),
        NoteRepo(db),
        HistoryRepo(db).ratings,
        1,
        ManualClock(start_utc=NOW),
        lambda: TODAY,
        plan=lambda: plan,
    )


def _rated_session(db: Database, day: date, before: int, after: int) -> None:
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


def test_a_bad_day_and_its_note_are_stored_and_signalled(db: Database, qtbot: QtBot) -> None:
    flare = _controller(db)
    with qtbot.waitSignal(flare.bad_day_recorded) as recorded:
        bad = flare.record_bad_day(pain=8)
    assert bad is not None and recorded.args == [bad]
    assert (bad.day, bad.pain, bad.logged_utc) == (TODAY, 8, NOW)
    with qtbot.waitSignal(flare.notes_changed):
        note = flare.add_note("Bending was hard.", bad_day_id=bad.id)
    assert note is not None and flare.notes() == [note]
    private = flare.add_note("Mine.", for_therapist=False)
    assert private is not None and flare.notes() == [note, private]
    assert flare.delete_note(private.id) and flare.notes() == [note]
    assert flare.bad_days() == [bad]
    with pytest.raises(NoteError):
        flare.add_note("  ")


def test_the_flare_up_offer_and_its_script() -> None:
    assert FlareController.should_offer_flare_up(7)
    assert not FlareController.should_offer_flare_up(6)
    assert FlareController.SCRIPT_ID == "flare-up"


def test_three_high_days_from_sessions_and_bad_days_suggest_contact_once_a_week(
    db: Database,
) -> None:
    flare = _controller(db)
    _rated_session(db, TODAY - timedelta(days=2), 7, 5)  # before 7
    _rated_session(db, TODAY - timedelta(days=1), 5, 4)  # not high...
    assert not flare.contact_suggestion(TODAY)
    flare.record_bad_day(pain=9, day=TODAY - timedelta(days=1))  # ...but a bad day is
    flare.record_bad_day(pain=8)
    assert flare.contact_reason(TODAY) is ContactReason.HIGH_DAYS
    flare.mark_suggestion_shown(TODAY)
    assert not flare.contact_suggestion(TODAY)
    assert not flare.contact_suggestion(TODAY + timedelta(days=6))
    flare_later = _controller(db)
    for n in range(7, 10):  # high again in the next week
        flare_later.record_bad_day(pain=8, day=TODAY + timedelta(days=n - 2))
    assert flare_later.contact_suggestion(TODAY + timedelta(days=7))


def test_rising_pain_suggests_contact(db: Database) -> None:
    for days_ago, pain in ((12, 3), (9, 3), (4, 5), (1, 5)):
        _rated_session(db, TODAY - timedelta(days=days_ago), pain, pain)
    assert _controller(db).contact_reason(TODAY) is ContactReason.RISING


def test_the_plan_can_turn_the_suggestion_off(db: Database) -> None:
    for n in range(3):
        BadDayRepo(db).add(1, TODAY - timedelta(days=n), NOW, pain=9)
    assert _controller(db, plan=SimpleNamespace()).contact_suggestion(TODAY)  # older plans
    on = SimpleNamespace(suggest_contact=True)
    assert _controller(db, plan=on).contact_suggestion(TODAY)
    off = SimpleNamespace(suggest_contact=False)
    assert not _controller(db, plan=off).contact_suggestion(TODAY)


class _FailingBadDays(BadDayRepo):
    def add(self, *args: Any, **kwargs: Any) -> Any:
        raise StorageError(StorageProblem.DISK_FULL)

    def suggestion_shown(self, profile_id: int) -> date | None:
        raise StorageError(StorageProblem.DISK_FULL)


def test_a_store_failure_is_signalled_and_changes_nothing(db: Database, qtbot: QtBot) -> None:
    flare = _controller(db, bad_days=_FailingBadDays(db))
    with qtbot.waitSignal(flare.storage_failed):
        assert flare.record_bad_day(pain=8) is None
    with qtbot.waitSignal(flare.storage_failed):
        assert not flare.contact_suggestion(TODAY)
    assert BadDayRepo(db).list(1) == []
