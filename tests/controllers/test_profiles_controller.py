# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening profiles with a PIN; the lock-out with a fake clock; a locked profile stays shut."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from breathapp.app.profiles import profiles_controller
from breathapp.controllers.profiles_controller import NotUnlockedError, Outcome
from breathapp.core.clock import ManualClock
from breathapp.storage.db import Database
from breathapp.storage.profiles_repo import ProfileRepo


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Database, ManualClock, int]:
    clock = ManualClock()
    db, _ = Database.open(tmp_path, clock.now_utc())
    first = ProfileRepo(db).default()
    profiles = profiles_controller(db, clock, first.id)
    anna = profiles.create("Anna")
    assert anna is not None
    assert profiles.set_pin(anna.id, None, "2580")
    return db, clock, anna.id


def test_two_profiles_with_the_same_pin_have_different_salts_and_keys(
    setup: tuple[Database, ManualClock, int],
) -> None:
    db, clock, anna = setup
    profiles = profiles_controller(db, clock, None)
    bert = profiles.create("Bert")
    assert bert is not None and profiles.set_pin(bert.id, None, "2580")
    a, b = (
        db.query("SELECT vault_salt, vault_wrapped FROM profiles WHERE id = ?", (pid,))[0]
        for pid in (anna, bert.id)
    )
    assert a[0] != b[0] and a[1] != b[1]
    db.close()


def test_right_pin_opens_wrong_pin_does_not(setup: tuple[Database, ManualClock, int]) -> None:
    db, clock, anna = setup
    profiles = profiles_controller(db, clock, None)
    wrong = profiles.open(anna, "1111")
    assert wrong.outcome is Outcome.WRONG_PIN and wrong.profile is None and wrong.tries_left == 4
    right = profiles.open(anna, "2580")
    assert right.outcome is Outcome.OPEN and right.profile is not None
    assert right.profile.name == "Anna"
    assert ProfileRepo(db).lock_state(anna).failures == 0  # a right PIN starts afresh
    db.close()


def test_five_wrong_pins_lock_for_a_minute_even_after_a_restart(
    setup: tuple[Database, ManualClock, int], tmp_path: Path
) -> None:
    db, clock, anna = setup
    profiles = profiles_controller(db, clock, None)
    outcomes = [profiles.open(anna, "0000").outcome for _ in range(5)]
    assert outcomes == [Outcome.WRONG_PIN] * 4 + [Outcome.LOCKED_OUT]
    assert profiles.open(anna, "2580").outcome is Outcome.LOCKED_OUT  # even the right one
    db.close()
    clock.advance(30)
    db, _ = Database.open(tmp_path, clock.now_utc())  # a restart does not unlock it
    again = profiles_controller(db, clock, None)
    locked = again.open(anna, "2580")
    assert locked.outcome is Outcome.LOCKED_OUT and locked.seconds_left == pytest.approx(30)
    clock.advance(30)
    assert again.open(anna, "2580").outcome is Outcome.OPEN
    db.close()


def test_nothing_of_a_locked_profile_is_reachable_through_the_controller(
    setup: tuple[Database, ManualClock, int], tmp_path: Path
) -> None:
    db, clock, anna = setup
    profiles = profiles_controller(db, clock, None)
    assert [(e.name, e.locked) for e in profiles.entries()] == [("", False), ("Anna", True)]
    assert set(profiles.entries()[1]._fields) == {"id", "name", "locked"}  # names only
    assert profiles.open(anna).profile is None  # asking without a PIN is not a try
    assert ProfileRepo(db).lock_state(anna).failures == 0
    target = tmp_path / "copy.json"
    for attempt in (
        lambda: profiles.save_copy(anna, target),
        lambda: profiles.rename(anna, "Other"),
        lambda: profiles.delete(anna),
        lambda: profiles.set_pin(anna, None, "1234"),
    ):
        with pytest.raises(NotUnlockedError):
            attempt()
    assert not target.exists() and not profiles.can_delete(anna)
    assert ProfileRepo(db).get(anna).name == "Anna"
    profiles.open(anna, "2580")
    assert profiles.save_copy(anna, target) == 0
    assert json.loads(target.read_text("utf-8"))["profile"]["name"] == "Anna"
    db.close()


def test_changing_or_removing_a_pin_needs_the_old_one(
    setup: tuple[Database, ManualClock, int],
) -> None:
    db, clock, anna = setup
    profiles = profiles_controller(db, clock, anna)
    assert not profiles.set_pin(anna, None, "1234")
    assert not profiles.set_pin(anna, "9999", "1234")
    assert not profiles.set_pin(anna, "2580", "12")  # too short
    assert profiles.set_pin(anna, "2580", "123456")
    assert profiles.open(anna, "123456").outcome is Outcome.OPEN
    assert profiles.set_pin(anna, "123456", None)
    assert not profiles.has_pin(anna)
    db.close()
