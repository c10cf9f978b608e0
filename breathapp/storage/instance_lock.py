# SPDX-License-Identifier: GPL-3.0-or-later
"""One app per data folder: an OS file lock that the OS drops when the process ends."""

# Here in storage, not in a top-level module: it is files in the data folder and no Qt,
# so the layer contracts and mypy --strict cover it. Kept small and apart from the
# requests (instance_requests.py): every start of the window imports it.

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

LOCK_FILENAME = "instance.lock"
REQUESTS_DIRNAME = "requests"
REQUEST_SUFFIX = ".json"  # the requests themselves: storage/instance_requests.py
# Windows locks byte ranges and a locked byte cannot be read: lock one byte far past the
# pid written at the start, so anyone may still read which process holds the lock.
_WINDOWS_LOCK_OFFSET = 1 << 20
# What the OS says when someone else holds the lock (flock: EWOULDBLOCK; Windows: EACCES
# or EDEADLOCK, which Python names EDEADLK).
_HELD_ELSEWHERE = frozenset({errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK})


def _lock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def request_files(folder: Path) -> list[Path]:
    """The complete request files in ``folder``, oldest first (their names start with the time)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [folder / name for name in sorted(names) if name.endswith(REQUEST_SUFFIX)]


class InstanceLock:
    """The lock held by the app open on a data folder.

    The OS drops it when the process ends, however it ends, so a crash never leaves a
    lock that blocks the next start. The file itself stays: removing it on exit would
    let two processes lock two different files of the same name.
    """

    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self.path = path

    @classmethod
    def acquire(cls, data_dir: Path) -> InstanceLock | None:
        """Take the lock of ``data_dir``; None when another process holds it.

        Raises OSError when the folder or the lock file cannot be made at all.
        """
        folder = data_dir / REQUESTS_DIRNAME
        # Requests already there before the lock is ours were left for an app that has
        # since gone (we could not get the lock otherwise): stale, removed once it is ours.
        # Listed before locking, so that a request sent to us after we hold it is never
        # among them; one written in between was sent moments ago and is handled instead.
        stale = request_files(folder)
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / LOCK_FILENAME
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError as error:
            os.close(fd)
            if error.errno in _HELD_ELSEWHERE:
                return None
            raise
        lock = cls(fd, path)
        try:
            # For people and tests: which process holds it. Reading it changes nothing.
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError:
            pass  # the lock holds all the same
        for request in stale:
            request.unlink(missing_ok=True)
        return lock

    @staticmethod
    def held_elsewhere(data_dir: Path) -> bool:
        """True when another process (the open app) holds the lock of ``data_dir``.

        Only a look: the lock is let go at once, and nothing is made or removed.
        """
        try:
            fd = os.open(data_dir / LOCK_FILENAME, os.O_RDWR)
        except OSError:
            return False  # no lock file (or none we may open): no app has held it here
        try:
            _lock(fd)
        except OSError as error:
            return error.errno in _HELD_ELSEWHERE
        else:
            _unlock(fd)
            return False
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
