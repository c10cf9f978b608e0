# SPDX-License-Identifier: GPL-3.0-or-later
"""Movement minutes: what a day holds, the check of a number, and the days and weeks
against the plan phase's goal.

A day counts on its own: there is no streak here to keep or to lose.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

MOVEMENT_MAX_MINUTES = 600  # a day's minutes are whole minutes from 1 to this
OLD_TICK_MINUTES = 15  # the old daily tick meant "I moved at least 15 minutes"


class MovementError(ValueError):
    """Minutes that mean nothing for a day (not whole, below 1 or above 600)."""


class MovementDay(NamedTuple):
    """The minutes a profile moved on one local day.

    ``at_least`` is True for a day from the old tick: it says "15 minutes or more",
    never exactly 15 (``minutes`` is then OLD_TICK_MINUTES).
    """

    day: date
    minutes: int
    at_least: bool = False


def check_movement_minutes(minutes: object) -> int:
    """``minutes`` as whole minutes from 1 to 600; MovementError says what is wrong."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise MovementError(
            f"movement must be whole minutes from 1 to {MOVEMENT_MAX_MINUTES}, not {minutes!r}"
        )
    if not 1 <= minutes <= MOVEMENT_MAX_MINUTES:
        raise MovementError(
            f"movement must be whole minutes from 1 to {MOVEMENT_MAX_MINUTES}, not {minutes}"
        )
    return minutes
