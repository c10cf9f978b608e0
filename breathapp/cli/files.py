# SPDX-License-Identifier: GPL-3.0-or-later
"""The places a command is given: the data folder, the store in it, and the files it reads
and writes, all checked before anything is opened, written whole when written."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from breathapp.cli.common import UsageError
from breathapp.cli.words import fill, translate
from breathapp.core.errors import OwnFileError, StorageError, StorageProblem
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


def check_saved_data(data_dir: Path, named_by: str | None) -> None:
    """UsageError when nothing was ever saved in ``data_dir``; looks without making anything.

    For the commands that only read (export, profiles, plan export): opening the store
    would make an empty one, and an empty export would hide a mistyped folder. ``named_by``
    is what chose the folder (--data-dir or BREATHAPP_DATA_DIR); None for the default
    folder, which the app makes when it first opens.
    """
    check = fill(translate("cli", "check %1"), named_by) if named_by else ""
    try:
        exists, is_dir = data_dir.exists(), data_dir.is_dir()
        saved = (data_dir / DB_FILENAME).exists()
    except OSError:
        return  # a folder that cannot be looked into: opening the store says why, calmly
    if not exists:
        if check:
            problem = translate("cli", "there is no data folder at %1: %2")
            raise UsageError(fill(problem, data_dir, check))
        problem = translate(
            "cli", "there is no data folder at %1 yet: open BreathApp once to make it, or give %2"
        )
        raise UsageError(fill(problem, data_dir, "--data-dir"))
    if not is_dir:
        give = check or fill(translate("cli", "give %1"), "--data-dir")
        raise UsageError(
            fill(translate("cli", "%1 is a file, not a data folder: %2"), data_dir, give)
        )
    if not saved:
        problem = translate("cli", "BreathApp has saved nothing in %1 yet (there is no %2): %3")
        once = fill(translate("cli", "open BreathApp once, or give %1"), "--data-dir")
        raise UsageError(fill(problem, data_dir, DB_FILENAME, check or once))


def check_data_dir(data_dir: Path, named_by: str | None) -> None:
    """UsageError when ``data_dir`` cannot be a data folder, said before anything opens.

    A file, a path through a file, or a folder that may not be looked into (the store's
    file then cannot even be looked for). A folder that does not exist yet is fine here:
    the commands that write make it, those that only read say so in check_saved_data.
    """
    check = fill(
        translate("cli", "check %1") if named_by else translate("cli", "give %1"),
        named_by or "--data-dir",
    )
    denied = fill(
        translate("cli", "the data folder %1 may not be looked into (permission denied): %2"),
        data_dir,
        check,
    )
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
        problem = translate("cli", "the data folder %1 cannot be used (%2): %3")
        raise UsageError(fill(problem, data_dir, why, check)) from None
    if not stat.S_ISDIR(mode):
        raise UsageError(
            fill(translate("cli", "%1 is a file, not a data folder: %2"), data_dir, check)
        )


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
            problem = translate("cli", "%1 cannot be a folder: %2 is a file: %3")
            raise UsageError(fill(problem, data_dir, parent, check))
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
        raise UsageError(fill(translate("cli", "cannot read %1: %2"), path, problem.strerror))


def check_output_name(output: str, what: str, data_dir: Path) -> None:
    """UsageError for an output that cannot be written, said before anything opens.

    ``what`` names it in the message (--output, FILE). '-' (standard output) is fine; an
    empty name, a place in the data folder, a folder or a socket are not.
    """
    if output == "-":
        return
    if not output:
        problem = translate("cli", "%1 is empty: give a file name, or '-' for standard output")
        raise UsageError(fill(problem, what))
    target = Path(output)
    try:
        check_output(target, data_dir)
        output_path(target)
    except OwnFileError as error:
        raise UsageError(str(error)) from None
    except (OSError, ValueError) as error:
        why = getattr(error, "strerror", None) or error
        raise UsageError(fill(translate("cli", "cannot write %1: %2"), target, why)) from None


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
        raise UsageError(_cannot_write(target, error.strerror or error)) from None


def _cannot_write(target: Path, why: object) -> str:
    return fill(translate("cli", "cannot write %1: %2"), target, why)


def write_file_output(output: str, data_dir: Path, write: Callable[[Path], object]) -> None:
    """As write_output, for a writer that needs a path (the PDF report); no standard output."""
    target = _checked_target(output, data_dir)
    try:
        write_path_atomically(target, write)
    except StorageError as error:
        raise UsageError(_cannot_write(target, error.detail or error)) from None
    except OSError as error:
        raise UsageError(_cannot_write(target, error.strerror or error)) from None


def _checked_target(output: str, data_dir: Path) -> Path:
    check_output_name(output, "--output", data_dir)  # again: the folder may have changed
    return Path(output)
