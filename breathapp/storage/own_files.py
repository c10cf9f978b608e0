# SPDX-License-Identifier: GPL-3.0-or-later
"""BreathApp's own files in the data folder, named in one place, and the check that keeps
every export, report and plan file the user saves from landing on one of them."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from breathapp.core.errors import OwnFileError
from breathapp.storage.db import BACKUP_DIR, DB_FILENAME
from breathapp.storage.instance_lock import LOCK_FILENAME, REQUESTS_DIRNAME

LOGS_DIRNAME = "logs"  # logs.py
CACHE_DIRNAME = "cache"  # parsed translations of versions before 0.2: still the app's own
VOICE_DIRNAME = "voice"  # the voice packs (storage/voice_packs.py)
WINDOW_SETTINGS = "window.ini"  # Qt's window geometry (app/build.py)

# Folders in the data folder that are the app's, whole: nothing of the user's goes in.
OWN_FOLDERS = frozenset({BACKUP_DIR, LOGS_DIRNAME, REQUESTS_DIRNAME, CACHE_DIRNAME, VOICE_DIRNAME})
# Files at the top of the data folder that are the app's, besides those named breathapp.*
# (the database, its -wal/-shm/-journal, damaged files set aside as breathapp.damaged-*)
# and .breathapp* (write probes). A file of the user's own beside them is left to the user.
OWN_NAMES = frozenset({LOCK_FILENAME, WINDOW_SETTINGS})
OWN_PREFIXES = (DB_FILENAME.split(".")[0] + ".", ".breathapp")
# How deep the search for another name of an existing file (a hard link) goes: the top of
# the data folder and the app's folders in it.
_LINK_SEARCH_DEPTH = 2


def check_output(target: Path, data_dir: Path) -> None:
    """Raise OwnFileError when writing ``target`` could replace one of the app's own files.

    Those are the data folder itself, the app's files at its top (new ones too: a
    breathapp.db-wal made by an export would be read back as the database's journal) and
    anything in its own folders (backups/, logs/, ...). Compared by resolved path
    (symlinks, ``..``), by identity for another name of the data folder (a bind mount,
    a case-insensitive disk) and for a hard link to one of the app's files. A place that
    cannot be looked into counts as not the app's: writing there fails on its own.
    """
    if _is_own_place(target, data_dir) or _another_name_of_own_file(target, data_dir):
        raise OwnFileError(target, data_dir)


def _resolved(path: Path) -> Path | None:
    try:
        return Path(os.path.abspath(path)).resolve()
    except (OSError, RuntimeError, ValueError):  # a symlink loop, a folder not to be searched
        return None


def _same(a: Path, b: Path) -> bool:
    if a == b:
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _is_own_place(target: Path, data_dir: Path) -> bool:
    resolved, folder = _resolved(target), _resolved(data_dir)
    if resolved is None or folder is None:
        return False
    chain = (resolved, *resolved.parents)
    if folder in chain:
        depth = chain.index(folder)
    elif folder.exists():  # another name for the same folder
        depth = next((i for i, parent in enumerate(chain) if _same(parent, folder)), -1)
    else:
        depth = -1
    if depth < 0:
        return False
    if depth == 0:
        return True  # the data folder itself
    top = chain[depth - 1].name.casefold()  # what the path is, or is in, at the top
    if depth > 1:
        return top in OWN_FOLDERS
    own = top in OWN_FOLDERS or top in OWN_NAMES
    return own or top.startswith(OWN_PREFIXES)


def _another_name_of_own_file(target: Path, data_dir: Path) -> bool:
    """True when ``target`` exists and is a hard link to one of the app's own files."""
    try:
        info = target.stat()
    except (OSError, ValueError):
        return False
    if info.st_nlink < 2:
        return False
    key = (info.st_dev, info.st_ino)
    return any((own.st_dev, own.st_ino) == key for own in _own_files(data_dir))


def _own_files(data_dir: Path) -> Iterator[os.stat_result]:
    with contextlib.suppress(OSError), os.scandir(data_dir) as entries:
        for entry in entries:
            name = entry.name.casefold()
            with contextlib.suppress(OSError):
                if entry.is_dir(follow_symlinks=False):
                    if name in OWN_FOLDERS:
                        yield from _files_in(Path(entry.path))
                elif name in OWN_NAMES or name.startswith(OWN_PREFIXES):
                    yield entry.stat(follow_symlinks=False)


def _files_in(folder: Path) -> Iterator[os.stat_result]:
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False):
                    yield entry.stat(follow_symlinks=False)
