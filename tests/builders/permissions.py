# SPDX-License-Identifier: GPL-3.0-or-later
"""Whether file permissions stop this process (not as root, or root without its bypass)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

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


needs_permissions = pytest.mark.skipif(
    not permissions_stop_us(), reason="permissions do not stop this process (root)"
)
