# SPDX-License-Identifier: GPL-3.0-or-later
"""A PIN that seals: no note, rating or plan message of a PIN profile readable at rest."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from breathapp.controllers.profiles_controller import Outcome, ProfilesController
from breathapp.core.clock import ManualClock
from breathapp.core.plans import Plan, PlanProgress
from breathapp.core.report import ReportData
from breathapp.core.session import SessionRecord, SessionStatus
from breathapp.storage.backup import import_backup, read_backup, write_backup
from breathapp.storage.db import Database
from breathapp.storage.export import export_csv
from breathapp.storage.history_repo import HistoryRepo
from breathapp.storage.plans_repo import PlanRepo
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.plans import sample_plan
from tests.builders.profiles import set_old_pin
from tests.builders.sessions import make_record

NOTE = "Anna-private-note-about-her-back"
MESSAGE = "Therapist-private-message-for-Anna"
FIRST, LAST = date(2026, 11, 1), date(2026, 11, 30)
PLAN = replace(sample_plan(), message=MESSAGE)


def _record(day: int, note: str = NOTE, before: int = 7, after: int = 3) -> SessionRecord:
    start = datetime(2026, 11, day, 12, tzinfo=UTC)
    return make_record(
        started_utc=start,
        ended_utc=start + timedelta(minutes=5),
        active_s=300.0,
        breaths=30,
        status=SessionStatus.COMPLETED,
        tension_before=before,
        tension_after=after,
        pain_before=6,
        pain_after=4,
        note=f"{note} {day}",
    )


def _ended(record: SessionRecord) -> datetime:
    assert record.ended_utc is not None
    return record.ended_utc


class Store:
    """A data folder with Anna (profile 2) and a history, as the app leaves it."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.clock = ManualClock()
        self.db, _ = Database.open(data, self.clock.now_utc())
        self.anna = ProfileRepo(self.db).create("Anna", self.clock.now_utc()).id
        repo = SessionRepo(self.db)
        for day in (3, 4, 10):
            record = _record(day)
            repo.finish(repo.add(self.anna, record), record, _ended(record))
        # Someone else's session beside Anna's: never touched by her PIN.
        other = _record(5, note="Default-profile-note")
        repo.finish(repo.add(1, other), other, _ended(other))
        PlanRepo(self.db).save(self.anna, PLAN, PlanProgress.starting(FIRST), self.clock.now_utc())

    def profiles(self) -> ProfilesController:
        """The profiles as the window open on Anna has them."""
        return profiles_controller(self.db, self.clock, self.anna)

    def reopen(self) -> Database:
        """The store as the next start finds it: nothing open."""
        self.db.close()
        self.db, _ = Database.open(self.data, self.clock.now_utc())
        return self.db

    def files(self) -> list[Path]:
        return sorted(p for p in self.data.rglob("*") if p.is_file())


def profiles_controller(
    db: Database, clock: ManualClock, unlocked: int | None
) -> ProfilesController:
    return ProfilesController(ProfileRepo(db), clock, lambda _id, _path: 0, unlocked)


def _views(
    db: Database, profile_id: int
) -> tuple[str, str, ReportData, tuple[Plan, PlanProgress] | None]:
    """What the history shows and saves of a profile: CSV, practice file, report, plan."""
    csv_out, json_out = io.StringIO(), io.StringIO()
    export_csv(db, profile_id, csv_out)
    write_backup(db, profile_id, json_out, now_utc=datetime(2026, 12, 1, tzinfo=UTC))
    report = HistoryRepo(db).report(profile_id, FIRST, LAST, LAST, 10, "Anna")
    return csv_out.getvalue(), json_out.getvalue(), report, PlanRepo(db).active(profile_id)


def _private_columns(path: Path, profile_id: int) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute(
            "SELECT tension_before, tension_after, pain_before, pain_after, note FROM sessions"
            " WHERE profile_id = ?",
            (profile_id,),
        ).fetchall()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    made = Store(tmp_path / "data")
    yield made
    made.db.close()


def test_after_a_pin_no_note_rating_or_message_is_in_the_database_or_any_backup(
    store: Store,
) -> None:
    store.db.daily_backup(date(2026, 11, 30))  # taken before the PIN: plain then
    assert NOTE.encode() in (store.data / "backups" / "breathapp-2026-11-30.db").read_bytes()
    assert store.profiles().set_pin(store.anna, None, "2580")
    store.db.daily_backup(date(2026, 12, 1))  # taken after
    store.db.close()
    files = store.files()
    assert len([f for f in files if f.suffix == ".db"]) == 3
    for path in files:  # the database, its -wal and -shm, every backup: byte by byte
        data = path.read_bytes()
        assert NOTE.encode() not in data and MESSAGE.encode() not in data, path
        assert b"Default-profile-note" in data or path.suffix != ".db"  # others stay plain
        if path.suffix == ".db":
            assert _private_columns(path, store.anna) == [(None, None, None, None, "")] * 3
    assert (
        not (store.data / "breathapp.db-wal").exists()
        or not (store.data / "breathapp.db-wal").read_bytes()
    )


def test_an_unlocked_pin_profile_shows_and_saves_the_same_as_before(store: Store) -> None:
    before = _views(store.db, store.anna)
    assert NOTE in before[0] and MESSAGE in str(before[3])  # what must come back the same
    assert store.profiles().set_pin(store.anna, None, "2580")
    db = store.reopen()
    profiles = profiles_controller(db, store.clock, None)
    assert profiles.open(store.anna, "2580").outcome is Outcome.OPEN
    assert _views(db, store.anna) == before


def test_a_wrong_pin_opens_nothing_and_a_locked_profile_shows_no_private_value(
    store: Store,
) -> None:
    assert store.profiles().set_pin(store.anna, None, "2580")
    db = store.reopen()
    profiles = profiles_controller(db, store.clock, None)
    assert profiles.open(store.anna, "0000").outcome is Outcome.WRONG_PIN
    history = HistoryRepo(db)
    assert history.ratings(store.anna) == []
    assert history.average_tension_change(store.anna) is None
    shown = history.sessions(store.anna)
    assert len(shown) == 3 and {(s.note, s.tension_before, s.pain_after) for s in shown} == {
        ("", None, None)
    }
    csv_text, practice_file, report, plan = _views(db, store.anna)
    assert NOTE not in csv_text + practice_file
    assert report.tension.sessions == 0 and report.pain.sessions == 0
    assert plan is not None and MESSAGE not in str(plan) and plan[0].title == "(sealed)"
    # The default profile has no PIN: its history is as it always was.
    assert [s.note for s in history.sessions(1)] == ["Default-profile-note 5"]


def test_changing_the_pin_seals_everything_again_with_a_new_key(store: Store) -> None:
    store.db.daily_backup(date(2026, 11, 30))
    assert store.profiles().set_pin(store.anna, None, "2580")
    (old_wrapped,) = store.db.query("SELECT vault_wrapped FROM profiles WHERE id = ?", (2,))[0]
    old_blobs = [r[0] for r in store.db.query("SELECT sealed FROM sessions WHERE profile_id = 2")]
    assert not store.profiles().set_pin(store.anna, "1111", "13579")  # the old PIN is needed
    assert store.profiles().set_pin(store.anna, "2580", "a long passphrase")
    db = store.reopen()
    db.close()
    for path in store.files():
        data = path.read_bytes()
        assert bytes(old_wrapped) not in data, path
        assert not any(bytes(blob) in data for blob in old_blobs), path
    db = store.reopen()
    profiles = profiles_controller(db, store.clock, None)
    assert profiles.open(store.anna, "2580").outcome is Outcome.WRONG_PIN
    assert profiles.open(store.anna, "a long passphrase").outcome is Outcome.OPEN
    assert [s.note for s in HistoryRepo(db).sessions(store.anna)][-1] == f"{NOTE} 3"
    # A backup restores as a whole: its profile row unwraps the key its rows are sealed with.
    backup = store.data / "backups" / "breathapp-2026-11-30.db"
    store.db.close()
    store.db, _ = Database.open(backup.parent / "restored", store.clock.now_utc())
    store.db.close()
    (backup.parent / "restored" / "breathapp.db").unlink()
    (backup.parent / "restored" / "breathapp.db").write_bytes(backup.read_bytes())
    store.db, _ = Database.open(backup.parent / "restored", store.clock.now_utc())
    assert ProfileRepo(store.db).try_pin(store.anna, "a long passphrase")
    assert [s.note for s in HistoryRepo(store.db).sessions(store.anna)][-1] == f"{NOTE} 3"


def test_removing_the_pin_puts_the_values_back_in_plain_columns(store: Store) -> None:
    store.db.daily_backup(date(2026, 11, 30))
    before = _views(store.db, store.anna)
    assert store.profiles().set_pin(store.anna, None, "2580")
    assert store.profiles().set_pin(store.anna, "2580", None)
    db = store.reopen()
    assert not ProfileRepo(db).get(store.anna).has_pin
    assert _views(db, store.anna) == before
    db.close()
    for path in (store.data / "breathapp.db", store.data / "backups" / "breathapp-2026-11-30.db"):
        assert [r[4] for r in _private_columns(path, store.anna)] == [
            f"{NOTE} {day}" for day in (3, 4, 10)
        ]
        with closing(sqlite3.connect(path)) as conn:
            assert (
                conn.execute("SELECT count(*) FROM sessions WHERE sealed IS NOT NULL").fetchone()[0]
                == 0
            )


def test_a_blob_moved_to_another_row_does_not_open_there(store: Store) -> None:
    assert store.profiles().set_pin(store.anna, None, "2580")
    first, second = (
        r[0] for r in store.db.query("SELECT id FROM sessions WHERE profile_id = 2 LIMIT 2")
    )
    blobs = {r[0]: r[1] for r in store.db.query("SELECT id, sealed FROM sessions")}
    with store.db.transaction() as conn:  # an attacker swaps two sealed blobs in the file
        conn.execute("UPDATE sessions SET sealed = ? WHERE id = ?", (blobs[second], first))
        conn.execute("UPDATE sessions SET sealed = ? WHERE id = ?", (blobs[first], second))
    notes = {s.id: s.note for s in HistoryRepo(store.db).sessions(store.anna)}
    assert notes[first] == notes[second] == ""  # neither shows the other's note


def test_an_old_pin_seals_the_profile_the_first_time_it_is_given_right(tmp_path: Path) -> None:
    store = Store(tmp_path / "data")
    set_old_pin(store.db, store.anna, "2580")  # as an earlier version left it: data plain
    store.db.daily_backup(date(2026, 11, 30))
    db = store.reopen()
    profiles = profiles_controller(db, store.clock, None)
    assert profiles.open(store.anna, "1111").outcome is Outcome.WRONG_PIN
    assert _private_columns(store.data / "breathapp.db", store.anna)[0][4] == f"{NOTE} 3"
    assert profiles.open(store.anna, "2580").outcome is Outcome.OPEN
    row = db.query("SELECT pin_hash, vault_wrapped FROM profiles WHERE id = ?", (store.anna,))[0]
    assert row[0] is None and row[1] is not None
    assert [s.note for s in HistoryRepo(db).sessions(store.anna)][-1] == f"{NOTE} 3"
    db.close()
    for path in store.files():
        assert NOTE.encode() not in path.read_bytes(), path
    db = store.reopen()
    assert profiles_controller(db, store.clock, None).open(store.anna, "2580").profile is not None
    db.close()


def test_an_import_into_an_open_pin_profile_is_sealed(store: Store) -> None:
    text = io.StringIO()
    write_backup(store.db, store.anna, text, now_utc=datetime(2026, 12, 1, tzinfo=UTC))
    assert store.profiles().set_pin(store.anna, None, "2580")
    bert = ProfileRepo(store.db).create("Bert", store.clock.now_utc()).id
    bert_window = profiles_controller(store.db, store.clock, bert)
    assert bert_window.set_pin(bert, None, "13579")  # open for whoever set it
    report = import_backup(
        store.db,
        bert,
        read_backup(
            text.getvalue().encode(),
            "anna.json",
            now_utc=datetime(2026, 12, 1, 1, tzinfo=UTC),
            script_ids=frozenset(),
        ),
    )
    assert report.added == 3
    assert [s.note for s in HistoryRepo(store.db).sessions(bert)][-1] == f"{NOTE} 3"
    store.db.close()
    for path in store.files():
        assert NOTE.encode() not in path.read_bytes(), path


def test_a_running_session_a_note_and_an_undone_delete_stay_sealed(store: Store) -> None:
    assert store.profiles().set_pin(store.anna, None, "2580")
    repo, history = SessionRepo(store.db), HistoryRepo(store.db)
    assert history.average_tension_change(store.anna) == -4.0  # opened once, then kept
    record = _record(20, note="while running", before=8, after=2)
    row = repo.add(store.anna, record)
    repo.checkpoint(row, record, _ended(record))
    history.set_note(row, "Edited-private-note")
    assert repo.get(row).note == "Edited-private-note" and repo.get(row).tension_before == 8
    deleted = history.delete(row)
    history.restore(deleted)
    assert repo.get(row).note == "Edited-private-note"
    assert history.average_tension_change(store.anna) == -4.5  # the new session counts
    history.delete(row)
    assert history.average_tension_change(store.anna) == -4.0
    store.db.close()
    for path in store.files():
        data = path.read_bytes()
        assert b"Edited-private-note" not in data and b"while running" not in data, path
