# SPDX-License-Identifier: GPL-3.0-or-later
"""What every command shares: its error and exit codes, the language, numbers and dates,
the relaxation sessions on offer, the data folder and store a command needs, text from
files made safe to print, and files read and written whole."""

from __future__ import annotations

import argparse
import os
import re
import stat
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from breathapp.core.errors import OwnFileError, StorageError, StorageProblem
from breathapp.paths import asset_path
from breathapp.storage.db import DB_FILENAME
from breathapp.storage.files import header_user_version
from breathapp.storage.migrations import SCHEMA_VERSION
from breathapp.storage.own_files import check_output
from breathapp.storage.plain_files import (
    input_problem,
    output_path,
    write_atomically,
    write_path_atomically,
)
from breathapp.storage.prefs_repo import saved_language_read_only
from breathapp.storage.relaxation_files import load_library

if TYPE_CHECKING:
    from breathapp.core.relaxation import Library

EXIT_USAGE, EXIT_ENVIRONMENT = 2, 1  # bad input; a machine that cannot do it
LANGUAGES = ("nl", "en")
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


def check_data_dir(data_dir: Path, named_by: str | None) -> None:
    """UsageError when ``data_dir`` cannot be a data folder, said before anything opens.

    A file, a path through a file, or a folder that may not be looked into (the store's
    file then cannot even be looked for). A folder that does not exist yet is fine here:
    the commands that write make it, those that only read say so in check_saved_data.
    """
    check = f"check {named_by}" if named_by else "give --data-dir"
    denied = f"the data folder {data_dir} may not be looked into (permission denied): {check}"
    try:
        mode = os.stat(data_dir).st_mode
        if stat.S_ISDIR(mode):
            (data_dir / DB_FILENAME).exists()  # PermissionError when it may not be looked into
    except (FileNotFoundError, NotADirectoryError):
        _check_parents(data_dir, check, denied)
        return
    except PermissionError:
        raise UsageError(denied) from None
    except (OSError, ValueError) as error:
        why = getattr(error, "strerror", None) or error
        raise UsageError(f"the data folder {data_dir} cannot be used ({why}): {check}") from None
    if not stat.S_ISDIR(mode):
        raise UsageError(f"{data_dir} is a file, not a data folder: {check}")


def _check_parents(data_dir: Path, check: str, denied: str) -> None:
    """The nearest existing folder above a missing data folder must be a folder."""
    for parent in data_dir.parents:
        try:
            mode = os.stat(parent).st_mode
        except (FileNotFoundError, NotADirectoryError):
            continue  # not there, or below a file: the file is named when it is reached
        except PermissionError:
            raise UsageError(denied) from None
        except OSError:
            return  # opening the store says why, calmly
        if not stat.S_ISDIR(mode):
            raise UsageError(f"{data_dir} cannot be a folder: {parent} is a file: {check}")
        return


def check_store_version(data_dir: Path) -> None:
    """StorageError (exit 1) when the store was written by a newer BreathApp.

    Read from the file's header without opening SQLite, so that a command can refuse
    before it prints or writes anything; opening the store would refuse it too, later.
    """
    path = data_dir / DB_FILENAME
    try:
        version = header_user_version(path)
    except OSError:
        return  # missing or unreadable: opening the store says why
    if version is not None and version > SCHEMA_VERSION:
        raise StorageError(StorageProblem.NEWER_VERSION, path)


def check_input(path: Path) -> None:
    """UsageError for an input that is not a regular file: a named pipe would block for ever."""
    problem = input_problem(path)
    if problem is not None:
        raise UsageError(f"cannot read {path}: {problem.strerror}")


def check_output_name(output: str, what: str, data_dir: Path) -> None:
    """UsageError for an output that cannot be written, said before anything opens.

    ``what`` names it in the message (--output, FILE). '-' (standard output) is fine; an
    empty name, a place in the data folder, a folder or a socket are not.
    """
    if output == "-":
        return
    if not output:
        raise UsageError(f"{what} is empty: give a file name, or '-' for standard output")
    target = Path(output)
    try:
        check_output(target, data_dir)
        output_path(target)
    except OwnFileError as error:
        raise UsageError(str(error)) from None
    except (OSError, ValueError) as error:
        why = getattr(error, "strerror", None) or error
        raise UsageError(f"cannot write {target}: {why}") from None


def write_output(output: str, data_dir: Path, write: Callable[[TextIO], object]) -> None:
    """Write to standard output ('-') or to a file that appears only when complete.

    Never into ``data_dir``; a device or a named pipe is written straight.
    """
    if output == "-":
        write(sys.stdout)
        return
    target = _checked_target(output, data_dir)
    try:
        write_atomically(target, write)
    except OSError as error:
        raise UsageError(f"cannot write {target}: {error.strerror or error}") from None


def write_file_output(output: str, data_dir: Path, write: Callable[[Path], object]) -> None:
    """As write_output, for a writer that needs a path (the PDF report); no standard output."""
    target = _checked_target(output, data_dir)
    try:
        write_path_atomically(target, write)
    except StorageError as error:
        raise UsageError(f"cannot write {target}: {error.detail or error}") from None
    except OSError as error:
        raise UsageError(f"cannot write {target}: {error.strerror or error}") from None


def _checked_target(output: str, data_dir: Path) -> Path:
    check_output_name(output, "--output", data_dir)  # again: the folder may have changed
    return Path(output)
