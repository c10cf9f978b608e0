# SPDX-License-Identifier: GPL-3.0-or-later
"""Profiles: one person's history and preferences on a shared PC; names, PINs, lock-out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import NamedTuple

NAME_MAX_CHARS = 40
PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
# A passphrase instead of digits: any characters, at least this many (spaces count).
PASSPHRASE_MIN_CHARS = 8
SECRET_MAX_CHARS = 128
LOCKOUT_FAILURES = 5  # wrong PINs in a row that lock a profile
LOCKOUT_S = 60.0


@dataclass(frozen=True)
class Profile:
    id: int
    name: str  # "" for the default profile, which the ui names in the user's language
    # Set by a therapist for heart problems, pregnancy or high blood pressure.
    no_holds: bool = False
    ask_pain: bool = False  # the check-in asks about pain too
    has_pin: bool = False


class ProfileChoice(NamedTuple):
    """The profile a window is built for, once chosen (and unlocked); guest keeps nothing."""

    profile_id: int | None  # None for the guest
    guest: bool = False


class NameProblem(Enum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    TAKEN = "taken"


class ProfileNameError(ValueError):
    def __init__(self, problem: NameProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def clean_name(name: str) -> str:
    """The name trimmed; ProfileNameError when empty or longer than NAME_MAX_CHARS."""
    name = " ".join(name.split())
    if not name:
        raise ProfileNameError(NameProblem.EMPTY)
    if len(name) > NAME_MAX_CHARS:
        raise ProfileNameError(NameProblem.TOO_LONG)
    return name


def same_name(a: str, b: str) -> bool:
    """Names are unique without regard to case."""
    return a.casefold() == b.casefold()


def valid_pin(pin: str) -> bool:
    """4 to 8 digits 0-9, nothing else."""
    return PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS and all(c in "0123456789" for c in pin)


def valid_passphrase(text: str) -> bool:
    """8 to 128 characters of any kind, not only spaces."""
    return PASSPHRASE_MIN_CHARS <= len(text) <= SECRET_MAX_CHARS and bool(text.strip())


def valid_secret(secret: str) -> bool:
    """What a profile can be locked with: a PIN of digits, or a passphrase."""
    return valid_pin(secret) or valid_passphrase(secret)


class LockState(NamedTuple):
    """Wrong PINs in a row and, after LOCKOUT_FAILURES of them, when the lock ends (UTC)."""

    failures: int = 0
    locked_until_utc: datetime | None = None

    def seconds_left(self, now_utc: datetime) -> float:
        if self.locked_until_utc is None:
            return 0.0
        return max(0.0, (self.locked_until_utc - now_utc).total_seconds())

    def after_failure(self, now_utc: datetime) -> LockState:
        failures = self.failures + 1
        if failures >= LOCKOUT_FAILURES:
            # Counting starts again once the minute is over.
            return LockState(0, now_utc + timedelta(seconds=LOCKOUT_S))
        return LockState(failures, self.locked_until_utc)
