# SPDX-License-Identifier: GPL-3.0-or-later
"""Whether file permissions stop this process (not as root, or root without its bypass)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest


def permissions_stop_us() -> bool:
    """True when a folder of mode 000 really cannot be looked into by this process.

    Tried rather than read from os.geteuid(): root with CAP_DAC_OVERRIDE dropped is stopped
    too, and on Windows chmod does not take a folder's rights away at all.
    """
    with tempfile.TemporaryDirectory(prefix="breathapp-perm-") as folder:
        closed = Path(folder) / "closed"
        closed.mkdir()
        closed.chmod(0)
        try:
            os.listdir(closed)
        except PermissionError:
            return True
        finally:
            closed.chmod(0o700)
    return False


_STOPPED = permissions_stop_us()
_SKIP = pytest.mark.skipif(not _STOPPED, reason="permissions do not stop this process (root)")
F = TypeVar("F", bound=Callable[..., object])


def needs_permissions(test: F) -> F:
    """For a test that needs file permissions to bite: skipped where they do not (root),
    and marked ``permissions``, so that tests/e2e/test_permissions_as_a_user.py runs it
    again as root without the bypass (setpriv), as CI runs as root."""
    marked: F = pytest.mark.permissions(_SKIP(test))
    return marked
