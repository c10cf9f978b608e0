# SPDX-License-Identifier: GPL-3.0-or-later
"""The profile controller saves the no-holds setting before it counts."""

from dataclasses import replace

from breathapp.controllers.profile_controller import ProfileController
from breathapp.core.errors import StorageError, StorageProblem
from breathapp.core.profiles import Profile


class Store:
    def __init__(self) -> None:
        self.fail = False

    def set_no_holds(self, profile_id: int, no_holds: bool) -> Profile:
        if self.fail:
            raise StorageError(StorageProblem.READ_ONLY)
        return Profile(profile_id, "", no_holds)

    def set_ask_pain(self, profile_id: int, ask_pain: bool) -> Profile:
        return Profile(profile_id, "", ask_pain=ask_pain)


def test_no_holds_is_saved_then_announced() -> None:
    store = Store()
    controller = ProfileController(store, Profile(1, ""))
    seen: list[Profile] = []
    controller.changed.connect(seen.append)
    controller.set_no_holds(True)
    assert controller.profile.no_holds and seen == [Profile(1, "", True)]
    controller.set_no_holds(True)
    assert len(seen) == 1


def test_a_setting_that_cannot_be_saved_does_not_change() -> None:
    store = Store()
    store.fail = True
    controller = ProfileController(store, Profile(1, ""))
    failures: list[object] = []
    controller.storage_failed.connect(failures.append)
    controller.set_no_holds(True)
    assert controller.profile == replace(Profile(1, ""), no_holds=False)
    assert len(failures) == 1


def test_ask_pain_is_saved() -> None:
    controller = ProfileController(Store(), Profile(1, ""))
    controller.set_ask_pain(True)
    assert controller.profile.ask_pain
