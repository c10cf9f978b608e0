# SPDX-License-Identifier: GPL-3.0-or-later
"""The data folder is BreathApp's own: no export, report or plan file is ever written in it.

The rule is the whole folder, at any depth, rather than a list of the files in it: the
database and its -wal/-shm/-journal, backups/, logs/, the lock and request files, damaged
files set aside, and whatever a later version keeps there are all covered, and the reason
is one a user can follow ("write it somewhere else").
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from breathapp.core.errors import OwnFileError

# How deep the search for another name of an existing file (a hard link) goes: the folder's
# files and those of its subfolders (backups/, logs/) are all BreathApp makes.
_LINK_SEARCH_DEPTH = 2


def check_output(target: Path, data_dir: Path) -> None:
    """Raise OwnFileError when writing ``target`` could change a file in ``data_dir``.

    Compared by resolved path (symlinks, ``..``) and, where they exist, by identity
    (another name for the same folder, a case-insensitive disk, a hard link to the
    database). A folder that cannot be looked into counts as not the data folder: the
    write then fails on its own, with its own reason.
    """
    if _inside(target, data_dir) or _another_name_of_own_file(target, data_dir):
        raise OwnFileError(target, data_dir)


def _resolved(path: Path) -> Path | None:
    try:
        return Path(os.path.abspath(path)).resolve()
    except (OSError, RuntimeError):  # a symlink loop, a folder that may not be searched
        return None


def _same(a: Path, b: Path) -> bool:
    if a == b:
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _inside(target: Path, data_dir: Path) -> bool:
    """True when ``target`` is the data folder or anything under it."""
    resolved, folder = _resolved(target), _resolved(data_dir)
    if resolved is None or folder is None:
        return False
    if resolved == folder or folder in resolved.parents:
        return True
    if not folder.exists():
        return False
    # Another name for the same folder: a bind mount, a case-insensitive disk.
    return any(_same(parent, folder) for parent in (resolved, *resolved.parents))


def _another_name_of_own_file(target: Path, data_dir: Path) -> bool:
    """True when ``target`` exists and is a hard link to one of the data folder's files."""
    try:
        info = target.stat()
    except (OSError, ValueError):
        return False
    if info.st_nlink < 2:
        return False
    key = (info.st_dev, info.st_ino)
    return any((own.st_dev, own.st_ino) == key for own in _own_files(data_dir, _LINK_SEARCH_DEPTH))


def _own_files(folder: Path, depth: int) -> Iterator[os.stat_result]:
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            with contextlib.suppress(OSError):
                if entry.is_dir(follow_symlinks=False):
                    if depth > 1:
                        yield from _own_files(Path(entry.path), depth - 1)
                elif entry.is_file(follow_symlinks=False):
                    yield entry.stat(follow_symlinks=False)
