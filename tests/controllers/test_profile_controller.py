# SPDX-License-Identifier: GPL-3.0-or-later
"""The profile controller: settings saved before they count; holds back only with the PIN."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from breathapp.controllers.pin_check import PinOutcome
from breathapp.controllers.profile_controller import ProfileController
from breathapp.controllers.profiles_controller import Outcome, ProfilesController
from breathapp.core.clock import ManualClock
from breathapp.core.errors import StorageError, StorageProblem
from breathapp.core.pins import PinHash, check_pin, hash_pin
from breathapp.core.profiles import LockState, Profile
from breathapp.storage.db import Database
from breathapp.storage.profiles_repo import ProfileRepo

FAST = 1_000  # PBKDF2 iterations: enough to be a real hash, quick in tests


class Store:
    def __init__(self, pin: str | None = None) -> None:
        self.fail = False
        self.hash: PinHash | None = None if pin is None else hash_pin(pin, None, FAST)
        self.lock = LockState()

    def set_no_holds(self, profile_id: int, no_holds: bool) -> Profile:
        if self.fail:
            raise StorageError(StorageProblem.READ_ONLY)
        return Profile(profile_id, "", no_holds)

    def set_ask_pain(self, profile_id: int, ask_pain: bool) -> Profile:
        return Profile(profile_id, "", ask_pain=ask_pain)

    def has_pin(self, profile_id: int) -> bool:
        return self.hash is not None

    def try_pin(self, profile_id: int, pin: str) -> bool:
        return self.hash is None or check_pin(pin, self.hash)

    def lock_state(self, profile_id: int) -> LockState:
        return self.lock

    def set_lock_state(self, profile_id: int, state: LockState) -> None:
        self.lock = state


def _controller(store: Store, no_holds: bool = False) -> ProfileController:
    return ProfileController(store, Profile(1, "", no_holds), ManualClock())


def test_no_holds_is_saved_then_announced() -> None:
    controller = _controller(Store())
    seen: list[Profile] = []
    controller.changed.connect(seen.append)
    controller.set_no_holds()
    assert controller.profile.no_holds and seen == [Profile(1, "", True)]
    controller.set_no_holds()
    assert len(seen) == 1


def test_set_no_holds_only_turns_it_on() -> None:
    controller = _controller(Store(pin="2580"), no_holds=True)
    with pytest.raises(TypeError):
        controller.set_no_holds(False)  # type: ignore[call-arg]
    assert controller.profile.no_holds


def test_a_setting_that_cannot_be_saved_does_not_change() -> None:
    store = Store()
    store.fail = True
    controller = _controller(store)
    failures: list[object] = []
    controller.storage_failed.connect(failures.append)
    controller.set_no_holds()
    assert controller.profile == replace(Profile(1, ""), no_holds=False)
    assert len(failures) == 1


def test_ask_pain_is_saved() -> None:
    controller = _controller(Store())
    controller.set_ask_pain(True)
    assert controller.profile.ask_pain


def test_without_a_pin_holds_are_allowed_once_the_caller_has_asked() -> None:
    controller = _controller(Store(), no_holds=True)
    seen: list[Profile] = []
    controller.changed.connect(seen.append)
    check = controller.allow_holds(None)
    assert check is not None and check.outcome is PinOutcome.ALLOWED
    assert not controller.profile.no_holds and seen == [Profile(1, "", False)]


def test_with_a_pin_holds_stay_off_without_it_or_with_a_wrong_one() -> None:
    store = Store(pin="2580")
    controller = _controller(store, no_holds=True)
    seen: list[Profile] = []
    controller.changed.connect(seen.append)

    asked = controller.allow_holds(None)
    assert asked is not None and asked.outcome is PinOutcome.PIN_NEEDED
    assert store.lock.failures == 0  # asking whether a PIN is needed is not a try

    wrong = controller.allow_holds("1111")
    assert wrong is not None and wrong.outcome is PinOutcome.WRONG_PIN
    assert wrong.tries_left == 4
    assert controller.profile.no_holds and seen == []

    right = controller.allow_holds("2580")
    assert right is not None and right.outcome is PinOutcome.ALLOWED
    assert not controller.profile.no_holds and seen == [Profile(1, "", False)]
    assert store.lock == LockState()  # a right PIN starts the count afresh


def test_five_wrong_pins_lock_the_profile_as_at_the_picker(tmp_path: Path) -> None:
    clock = ManualClock()
    db, _report = Database.open(tmp_path, clock.now_utc())
    repo = ProfileRepo(db)
    first = repo.default()
    assert repo.change_pin(first.id, None, "2580")
    controller = ProfileController(repo, repo.set_no_holds(first.id, True), clock)

    outcomes = []
    for _ in range(5):
        check = controller.allow_holds("0000")
        assert check is not None
        outcomes.append(check.outcome)
    assert outcomes == [PinOutcome.WRONG_PIN] * 4 + [PinOutcome.LOCKED_OUT]
    locked = controller.allow_holds("2580")  # even the right PIN waits
    assert locked is not None and locked.outcome is PinOutcome.LOCKED_OUT
    assert locked.seconds_left == pytest.approx(60)
    assert controller.profile.no_holds and repo.get(first.id).no_holds
    # The same lock as at the picker: the profile does not open there either.
    picker = ProfilesController(repo, clock, lambda _id, _path: 0)
    assert picker.open(first.id, "2580").outcome is Outcome.LOCKED_OUT

    clock.advance(60)
    check = controller.allow_holds("2580")
    assert check is not None and check.outcome is PinOutcome.ALLOWED
    assert not repo.get(first.id).no_holds
    db.close()


def test_holds_allowed_but_not_saved_change_nothing() -> None:
    store = Store()
    controller = _controller(store, no_holds=True)
    store.fail = True
    failures: list[object] = []
    controller.storage_failed.connect(failures.append)
    assert controller.allow_holds(None) is None
    assert controller.profile.no_holds and len(failures) == 1
