# SPDX-License-Identifier: GPL-3.0-or-later
"""What every command shares: its error and exit codes, text from files made safe to print,
the language, numbers and dates, and the relaxation sessions on offer (the places a
command is given, the data folder and its files, are in cli/files.py)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from breathapp.cli.words import fill, translate, use_language
from breathapp.core.languages import LANGUAGES, pick_language
from breathapp.paths import asset_path
from breathapp.storage.db import DB_FILENAME
from breathapp.storage.prefs_repo import saved_language_read_only
from breathapp.storage.relaxation_files import load_library

if TYPE_CHECKING:
    from breathapp.core.relaxation import Library

EXIT_USAGE, EXIT_ENVIRONMENT = 2, 1  # bad input; a machine that cannot do it
ENV_NAMES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


class UsageError(Exception):
    """Bad command-line input: one clear line, exit code 2, nothing written."""


# What a terminal acts on rather than shows: C0 and C1 controls and DEL (ESC sequences
# clear the screen or set the title, CR overwrites the line), the line and paragraph
# separators, the bidi controls that reorder what follows (U+202E shows "exe.txt" as
# "txt.exe"), and lone surrogates (undecodable bytes in a file name), which UTF-8 cannot
# write at all.
_UNSAFE = re.compile(
    r"[\x00-\x1f\x7f-\x9f"  # C0, DEL, C1
    r"\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069"  # line and paragraph separators, bidi
    r"\ud800-\udfff]"  # lone surrogates
)
_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _SHORT.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: object) -> str:
    """``text`` (from a file, the store, a file name) safe to print: controls escaped.

    Escaped as Python writes them (``\\x1b``, ``\\n``, ``\\u202e``): still readable, never
    acted on, and one line stays one line. Callers that lay text out on several lines
    on purpose split it first and pass each line.
    """
    return _UNSAFE.sub(_escaped, str(text))


def system_language(env: dict[str, str]) -> str:
    """The app's language from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, in
    that order): the same rule as the window's (core.languages), English when none fits."""
    return pick_language(part for key in ENV_NAMES for part in env.get(key, "").split(":"))


def list_language(args: argparse.Namespace, env: dict[str, str]) -> str:
    """The language the app would use: --lang, else the saved one, else the system's."""
    if args.lang:
        return str(args.lang)
    saved = saved_language_read_only(args.data_dir / DB_FILENAME, args.chosen_profile)
    return saved if saved in LANGUAGES else system_language(env)


def given_language(argv: Sequence[str], env: dict[str, str]) -> str:
    """The language before the options are checked (their errors speak it): --lang when
    it names one of the app's, else the system's. parse_options then adds the saved one."""
    for here, word in enumerate(argv):
        if word == "--":
            break
        given = argv[here + 1] if word == "--lang" and here + 1 < len(argv) else None
        if word.startswith("--lang="):
            given = word.removeprefix("--lang=")
        if given in LANGUAGES:
            return given
    return system_language(env)


def speak_language(args: argparse.Namespace, env: dict[str, str]) -> None:
    """The command speaks list_language's choice (cli/words.py), read when it first says
    something: a window that opens without a word from here reads nothing for it."""

    def choose() -> str:
        try:
            return list_language(args, env)
        except OSError:  # a folder that cannot be looked into: checking it says so
            return str(args.lang) if args.lang else system_language(env)

    use_language(choose)


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
        problem = translate("cli", "%1 must be a number, got %2")
        raise UsageError(fill(problem, option, repr(text))) from None
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
    problem = translate("cli", "%1 must be a date as YYYY-MM-DD, got %2")
    raise UsageError(fill(problem, option, repr(text)))
