# SPDX-License-Identifier: GPL-3.0-or-later
"""Preferences and profiles in the database."""

from __future__ import annotations

import sqlite3

import pytest

from breathapp.core.prefs import GuideStyle, Preferences
from breathapp.core.profiles import Profile
from breathapp.core.session import LengthKind
from breathapp.storage.db import Database
from breathapp.storage.prefs_repo import PrefsRepo
from breathapp.storage.profiles_repo import ProfileRepo


def _put(db: Database, key: str, value: str) -> None:
    with db.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO preferences (profile_id, key, value) VALUES (1, ?, ?)",
            (key, value),
        )


def test_default_profile(db: Database) -> None:
    repo = ProfileRepo(db)
    assert repo.default() == Profile(id=1, name="")
    assert repo.get(1) == Profile(id=1, name="")
    with pytest.raises(KeyError):
        repo.get(2)


def test_no_stored_preferences_gives_defaults(db: Database) -> None:
    assert PrefsRepo(db).load(1) == (Preferences(), [])


def test_preferences_round_trip(db: Database) -> None:
    repo = PrefsRepo(db)
    prefs = Preferences(
        pattern="4-7-8",
        length_kind=LengthKind.BREATHS,
        length_minutes=12.5,
        length_breaths=40,
        guide_style=GuideStyle.BELLY,
        reduced_motion=True,
        language="nl",
        ramp=True,
        ramp_start_bpm=9.0,
        ramp_minutes=2.0,
        settle_in=False,
    )
    repo.save(1, prefs)
    assert repo.load(1) == (prefs, [])
    repo.save(1, Preferences())
    assert repo.load(1) == (Preferences(), [])
    rows = db.query("SELECT key, value FROM preferences WHERE key = 'guide_style'")
    assert [tuple(r) for r in rows] == [("guide_style", '"circle"')]


def test_bad_stored_values_fall_back_and_are_reported(db: Database) -> None:
    _put(db, "reduced_motion", "{not json")
    _put(db, "length_minutes", "999")
    _put(db, "guide_style", '"triangle"')
    _put(db, "language", '"nl"')
    _put(db, "from_the_future", "1")
    _put(db, "also_not_json", "{")
    prefs, bad = PrefsRepo(db).load(1)
    assert prefs == Preferences(language="nl")
    assert bad == ["length_minutes", "guide_style", "reduced_motion"]


def test_preferences_need_an_existing_profile(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        PrefsRepo(db).save(7, Preferences())
    assert PrefsRepo(db).load(1) == (Preferences(), [])
