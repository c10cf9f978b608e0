# SPDX-License-Identifier: GPL-3.0-or-later
"""Profiles stored in a data folder: a name, "no breath holds", a PIN."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime
from pathlib import Path

from breathapp.core.clock import ManualClock
from breathapp.core.pins import hash_pin
from breathapp.core.profiles import Profile
from breathapp.storage.db import Database
from breathapp.storage.profiles_repo import ProfileRepo

# Earlier versions' PBKDF2 cost is what makes an old PIN slow to check: tests use less.
OLD_PIN_ITERATIONS = 1_000


def set_old_pin(db: Database, profile_id: int, pin: str) -> None:
    """A PIN as an earlier version stored it (a PBKDF2 hash, the data left plain)."""
    made = hash_pin(pin, None, OLD_PIN_ITERATIONS)
    with db.transaction() as conn:
        conn.execute(
            "UPDATE profiles SET pin_salt = ?, pin_iterations = ?, pin_hash = ? WHERE id = ?",
            (made.salt, made.iterations, made.digest, profile_id),
        )


def add_profile(
    db: Database,
    name: str,
    now_utc: datetime,
    *,
    no_holds: bool = False,
    pin: str | None = None,
    old_pin: bool = False,
) -> Profile:
    """A new profile made at ``now_utc``, set to no breath holds and given a PIN if asked.

    The PIN seals the profile's data as the app does (at the tests' quick Argon2id cost,
    tests/conftest.py); ``old_pin`` stores it as an earlier version did instead.
    """
    repo = ProfileRepo(db)
    profile = repo.create(name, now_utc)
    if no_holds:
        profile = repo.set_no_holds(profile.id, True)
    if pin is not None and old_pin:
        set_old_pin(db, profile.id, pin)
    elif pin is not None:
        assert repo.change_pin(profile.id, None, pin)
        db.keyring.close(profile.id)  # made, not opened: as after a restart
    return repo.get(profile.id)


def profiles_in(
    data_dir: Path,
    *names: str,
    now_utc: datetime | None = None,
    no_holds: Collection[str] = (),
    pins: Mapping[str, str] | None = None,
    old_pins: bool = False,
) -> dict[str, int]:
    """The data folder's store with a profile for each name, made in order; their ids by name.

    The default profile is there under "". ``now_utc`` is by default when a ManualClock
    starts, as in the app the tests build. ``old_pins``: the PINs as an earlier version kept
    them (add_profile).
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
                old_pin=old_pins,
            )
            ids[name] = made.id
        return ids
    finally:
        db.close()
