# SPDX-License-Identifier: GPL-3.0-or-later
"""What every command shares: its error and exit codes, the language, numbers and dates,
the relaxation sessions on offer, the store a read-only command needs, and writing a file
whole."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from breathapp.paths import asset_path
from breathapp.storage.db import DB_FILENAME
from breathapp.storage.files import write_atomically
from breathapp.storage.prefs_repo import saved_language_read_only
from breathapp.storage.relaxation_files import load_library

if TYPE_CHECKING:
    from breathapp.core.relaxation import Library

EXIT_USAGE, EXIT_ENVIRONMENT = 2, 1  # bad input; a machine that cannot do it
LANGUAGES = ("nl", "en")
ENV_NAMES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


class UsageError(Exception):
    """Bad command-line input: one clear line, exit code 2, nothing written."""


def system_language(env: dict[str, str]) -> str:
    """nl or en from the environment (first of LANGUAGE, LC_ALL, ...); Dutch when none fits.

    The same choice the app makes from the system's languages.
    """
    names = [part for key in ENV_NAMES for part in env.get(key, "").split(":")]
    for name in names:
        code = name.split(".")[0].split("_")[0].split("-")[0].lower()
        if code in ("nl", "dutch"):
            return "nl"
        if code in ("en", "english"):
            return "en"
    return "nl"


def list_language(args: argparse.Namespace, env: dict[str, str]) -> str:
    """The language the app would use: --lang, else the saved one, else the system's."""
    if args.lang:
        return str(args.lang)
    saved = saved_language_read_only(args.data_dir / DB_FILENAME, args.chosen_profile)
    return saved if saved in LANGUAGES else system_language(env)


def check_saved_data(data_dir: Path, named_by: str | None) -> None:
    """UsageError when nothing was ever saved in ``data_dir``; looks without making anything.

    For the commands that only read (export, profiles, plan export): opening the store
    would make an empty one, and an empty export would hide a mistyped folder. ``named_by``
    is what chose the folder (--data-dir or BREATHAPP_DATA_DIR); None for the default
    folder, which the app makes when it first opens.
    """
    check = f"check {named_by}" if named_by else ""
    try:
        exists, is_dir = data_dir.exists(), data_dir.is_dir()
        saved = (data_dir / DB_FILENAME).exists()
    except OSError:
        return  # a folder that cannot be looked into: opening the store says why, calmly
    if not exists:
        if check:
            raise UsageError(f"there is no data folder at {data_dir}: {check}")
        raise UsageError(
            f"there is no data folder at {data_dir} yet: "
            "open BreathApp once to make it, or give --data-dir"
        )
    if not is_dir:
        raise UsageError(f"{data_dir} is a file, not a data folder: {check or 'give --data-dir'}")
    if not saved:
        raise UsageError(
            f"BreathApp has saved nothing in {data_dir} yet (there is no {DB_FILENAME}): "
            f"{check or 'open BreathApp once, or give --data-dir'}"
        )


def relaxation_folder() -> Path:
    return asset_path("relaxation")


def load_relaxation(language: str) -> Library:
    from breathapp.core.relaxation import Library  # only for list and --start: not at start-up

    try:
        folder = relaxation_folder()
    except FileNotFoundError:
        return Library((), ())
    return load_library(folder, language)


def number(text: str, option: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise UsageError(f"{option} must be a number, got {text!r}") from None
    return value


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def day(text: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option as a date; None when not given."""
    if text is None:
        return None
    try:
        if _DAY.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise UsageError(f"{option} must be a date as YYYY-MM-DD, got {text!r}")


def write_output(output: str, write: Callable[[TextIO], object]) -> None:
    """Write to standard output ('-') or to a file that appears only when complete."""
    if output == "-":
        write(sys.stdout)
        return
    target = Path(output)
    try:
        write_atomically(target, write)
    except OSError as error:
        raise UsageError(f"cannot write {target}: {error.strerror or error}") from None
