# SPDX-License-Identifier: GPL-3.0-or-later
"""Profiles stored in a data folder: a name, "no breath holds", a PIN."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime
from pathlib import Path

from breathapp.core.clock import ManualClock
from breathapp.core.pins import PIN_ITERATIONS, hash_pin
from breathapp.core.profiles import Profile
from breathapp.storage.db import Database
from breathapp.storage.profiles_repo import ProfileRepo


def add_profile(
    db: Database,
    name: str,
    now_utc: datetime,
    *,
    no_holds: bool = False,
    pin: str | None = None,
    pin_iterations: int = PIN_ITERATIONS,
) -> Profile:
    """A new profile made at ``now_utc``, set to no breath holds and given a PIN if asked.

    Fewer ``pin_iterations`` than the app's make a PIN quicker to check, not less valid.
    """
    repo = ProfileRepo(db)
    profile = repo.create(name, now_utc)
    if no_holds:
        profile = repo.set_no_holds(profile.id, True)
    if pin is not None:
        profile = repo.set_pin(profile.id, hash_pin(pin, None, pin_iterations))
    return profile


def profiles_in(
    data_dir: Path,
    *names: str,
    now_utc: datetime | None = None,
    no_holds: Collection[str] = (),
    pins: Mapping[str, str] | None = None,
    pin_iterations: int = PIN_ITERATIONS,
) -> dict[str, int]:
    """The data folder's store with a profile for each name, made in order; their ids by name.

    The default profile is there under "". ``now_utc`` is by default when a ManualClock
    starts, as in the app the tests build.
    """
    now = ManualClock().now_utc() if now_utc is None else now_utc
    pins = pins or {}
    db, _report = Database.open(data_dir, now)
    try:
        ids = {"": ProfileRepo(db).default().id}
        for name in names:
            made = add_profile(
                db,
                name,
                now,
                no_holds=name in no_holds,
                pin=pins.get(name),
                pin_iterations=pin_iterations,
            )
            ids[name] = made.id
        return ids
    finally:
        db.close()
