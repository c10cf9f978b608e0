# SPDX-License-Identifier: GPL-3.0-or-later
"""What every command shares: its error and exit codes, the language, numbers and dates,
the relaxation sessions on offer, and writing a file whole."""

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
