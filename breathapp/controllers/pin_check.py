# SPDX-License-Identifier: GPL-3.0-or-later
"""A profile's PIN checked with its lock-out: the one check for the picker and for Settings."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, NamedTuple, Protocol

from breathapp.core.profiles import LOCKOUT_FAILURES, LockState

if TYPE_CHECKING:
    from datetime import datetime


class PinStore(Protocol):
    def has_pin(self, profile_id: int) -> bool: ...
    # A right PIN also opens the profile's sealed data (storage.pin_lock): one slow check.
    def try_pin(self, profile_id: int, pin: str) -> bool: ...
    def lock_state(self, profile_id: int) -> LockState: ...
    def set_lock_state(self, profile_id: int, state: LockState) -> None: ...


class PinOutcome(Enum):
    ALLOWED = "allowed"  # the profile has no PIN, or the right one was given
    PIN_NEEDED = "pin_needed"  # it has a PIN and none was given: not a try
    WRONG_PIN = "wrong_pin"  # tries_left before the lock-out
    LOCKED_OUT = "locked_out"  # too many wrong PINs: wait seconds_left


class PinCheck(NamedTuple):
    outcome: PinOutcome
    tries_left: int = 0
    seconds_left: float = 0.0


def check_pin_with_lockout(
    store: PinStore, profile_id: int, pin: str | None, now_utc: datetime
) -> PinCheck:
    """Whether ``pin`` passes for the profile; LOCKOUT_FAILURES wrong ones in a row lock it.

    The lock is kept in the store, so it holds wherever the PIN is asked and across restarts.
    """
    if not store.has_pin(profile_id):
        return PinCheck(PinOutcome.ALLOWED)
    state = store.lock_state(profile_id)
    left = state.seconds_left(now_utc)
    if left > 0:
        return PinCheck(PinOutcome.LOCKED_OUT, seconds_left=left)
    if pin is None:
        return PinCheck(PinOutcome.PIN_NEEDED, tries_left=LOCKOUT_FAILURES - state.failures)
    if store.try_pin(profile_id, pin):
        if state != LockState():
            store.set_lock_state(profile_id, LockState())
        return PinCheck(PinOutcome.ALLOWED)
    state = state.after_failure(now_utc)
    store.set_lock_state(profile_id, state)
    if state.seconds_left(now_utc) > 0:
        return PinCheck(PinOutcome.LOCKED_OUT, seconds_left=state.seconds_left(now_utc))
    return PinCheck(PinOutcome.WRONG_PIN, tries_left=LOCKOUT_FAILURES - state.failures)
