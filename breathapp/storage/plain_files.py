# SPDX-License-Identifier: GPL-3.0-or-later
"""Plain files: outputs written whole, never over a device or a folder; only regular inputs."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO


class NotAFileError(OSError):
    """A path that names a folder, a socket or a device where a file was meant.

    An OSError, so that every caller that says "cannot write X: why" says this too;
    its strerror is the why ("it is a folder, not a file").
    """


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "something else"


def _not_a_file(path: Path, mode: int) -> NotAFileError:
    code = errno.EISDIR if stat.S_ISDIR(mode) else errno.EINVAL
    return NotAFileError(code, f"it is {_kind(mode)}, not a file", str(path))


def read_regular_file(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of the regular file at ``path``.

    Anything else (a named pipe, a device, a folder) raises NotAFileError at once: it is
    opened without waiting (a pipe with no writer would block for ever) and looked at
    before a byte is read. Other failures raise OSError as they come.
    """
    nonblocking = getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, os.O_RDONLY | nonblocking | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _not_a_file(path, mode)
        if nonblocking:
            os.set_blocking(fd, True)
        stream = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with stream:
        return stream.read(limit)


def input_problem(path: Path) -> NotAFileError | None:
    """NotAFileError when ``path`` exists and is not a regular file; None otherwise.

    A look before opening, for readers that open the file themselves.
    """
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None  # missing or unreadable: opening says why
    return None if stat.S_ISREG(mode) else _not_a_file(path, mode)


# A file this process already has open: /dev/stdout, /dev/fd/1, /proc/self/fd/1 (Linux).
_OPEN_FILE = re.compile(r"/dev/std(in|out|err)|/dev/fd/.*|/proc/[^/]+/fd/.*")
_MAX_LINKS = 40  # as the kernel's own limit for a chain of symlinks


def _names_an_open_file(target: Path) -> bool:
    """True when ``target``, or a link on the way to its file, names an open descriptor.

    Written straight even when it is a regular file: the shell opened it (``>> log.csv``
    appends), and a new file renamed over it would lose what it held.
    """
    path = os.path.abspath(target)
    for _ in range(_MAX_LINKS):
        if _OPEN_FILE.fullmatch(path):
            return True
        try:
            link = os.readlink(path)
        except (OSError, ValueError):
            return False
        path = os.path.normpath(os.path.join(os.path.dirname(path), link))
    return False


def output_path(target: Path) -> tuple[Path, bool]:
    """Where writing to ``target`` goes, and whether it is written straight (appended).

    A new name or a regular file: that path, written through a temporary file renamed
    over it. A symlink: the file it points to, in the same way; the link stays a link, as
    with the shell's ``>`` (and a link to the app's own files is caught by own_files,
    which compares resolved paths). A character device, a named pipe or an open
    descriptor (/dev/stdout, /dev/null, a pipe): written straight, since renaming over
    it would replace it with a file. Anything else (a folder, a socket, a disk) raises
    NotAFileError.
    """
    try:
        mode: int | None = os.stat(target).st_mode  # through any links
    except FileNotFoundError:
        mode = None  # a new file, or a link to one still to be made
    if mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        return target, True
    if mode is not None and not stat.S_ISREG(mode):
        raise _not_a_file(target, mode)
    if mode is not None and _names_an_open_file(target):
        return target, True
    if target.is_symlink():
        return Path(os.path.realpath(target)), False
    return target, False


def _partial(path: Path) -> Path:
    return path.with_name(path.name + ".part")


def _new_text_file(path: Path) -> TextIO:
    """``path`` made (or emptied) for writing; never through a symlink of that name."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o666)
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


def write_atomically(target: Path, write: Callable[[TextIO], object]) -> None:
    """Write a text file that appears only when complete: a failure leaves no half file.

    Special files and links are handled as output_path says. Raises OSError (NotAFileError
    among them) when the file cannot be written; anything raised by ``write`` (the store
    failing half-way) leaves nothing behind either.
    """
    path, straight = output_path(target)
    if straight:  # appended: an open file (>> log.csv) keeps what it held
        with path.open("a", encoding="utf-8", newline="") as stream:
            write(stream)
        return
    temporary = _partial(path)
    made = False
    try:
        with _new_text_file(temporary) as stream:
            made = True
            write(stream)
        temporary.replace(path)
    except BaseException:
        if made:
            with contextlib.suppress(OSError):  # a folder that may not be written: nothing to do
                temporary.unlink(missing_ok=True)
        raise


def write_path_atomically(target: Path, write: Callable[[Path], object]) -> None:
    """As write_atomically, for a writer that needs a path of its own (Qt's PDF writer).

    For a device or a named pipe the file is made in a temporary folder and copied there.
    """
    path, straight = output_path(target)
    if straight:
        with tempfile.TemporaryDirectory(prefix="breathapp-") as folder:
            made = Path(folder) / "output"
            write(made)
            with made.open("rb") as source, path.open("ab") as sink:
                shutil.copyfileobj(source, sink)
        return
    temporary = _partial(path)
    try:
        write(temporary)
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
