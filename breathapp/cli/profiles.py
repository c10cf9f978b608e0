# SPDX-License-Identifier: GPL-3.0-or-later
"""Which profile a command acts on (--profile NAME, the only one, the first), and 'profiles'."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from breathapp.cli.common import UsageError, printable
from breathapp.cli.words import fill, translate
from breathapp.core.profiles import Profile, same_name
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.profiles_repo import ProfileRepo, profiles_read_only

UNNAMED = '""'  # how the first, unnamed profile is written (and typed: --profile "")


def _all(data_dir: Path) -> list[Profile]:
    # No file yet: opening the app will make the first, unnamed profile.
    return profiles_read_only(data_dir / DB_FILENAME) or [Profile(0, "")]


def find_profile(data_dir: Path, name: str) -> Profile:
    """The profile --profile names, read without writing; UsageError when there is none."""
    wanted = " ".join(name.split())
    for profile in _all(data_dir):
        if same_name(profile.name, wanted):
            return profile
    problem = translate("cli", "there is no profile named %1: see %2")
    raise UsageError(fill(problem, repr(name), "'breathapp profiles'"))


def only_profile(data_dir: Path) -> Profile | None:
    """The one profile there is (or the one a new store will make); None with several."""
    profiles = _all(data_dir)
    return profiles[0] if len(profiles) == 1 else None


def profile_id(chosen: Profile | None, db: Database) -> int:
    """The profile a headless command acts on; one with a PIN is refused (nothing to ask)."""
    repo = ProfileRepo(db)
    profile = repo.get(chosen.id) if chosen is not None and chosen.id else repo.default()
    if profile.has_pin:
        problem = translate(
            "cli",
            "the profile %1 has a PIN: open it in the app, which asks for the PIN (the "
            "command line has no way to ask for it)",
        )
        raise UsageError(fill(problem, profile.name or UNNAMED))
    return profile.id


def print_profiles(data_dir: Path, out: TextIO) -> int:
    """The names only, one a line, oldest first; the store opened read-only; controls in a
    name shown escaped."""
    with Database.open_read_only(data_dir) as db:
        profiles = ProfileRepo(db).all()
    for profile in profiles:
        out.write(printable(profile.name or UNNAMED) + "\n")
    return 0
