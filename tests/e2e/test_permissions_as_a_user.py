# SPDX-License-Identifier: GPL-3.0-or-later
"""The tests that need file permissions to bite, run again where they otherwise skip.

CI runs as root, and root reads and writes through any permission, so those tests (marked
``permissions``, see tests/builders/permissions.py) would assert nothing there. Here they
run in a pytest of their own under setpriv, as root without the two capabilities that
bypass file permissions: the folders they lock really are locked.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.builders.permissions import permissions_stop_us
from tests.builders.process import ROOT, process_env

DROP = ["--bounding-set=-dac_override,-dac_read_search"]
PYTEST = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "0", "-m", "permissions", "tests"]


def _setpriv() -> str | None:
    """setpriv, if it is here and may drop the capabilities (it needs CAP_SETPCAP)."""
    found = shutil.which("setpriv")
    if found is None:
        return None
    tried = subprocess.run([found, *DROP, "--", "true"], capture_output=True, check=False)
    return found if tried.returncode == 0 else None


@pytest.mark.slow
@pytest.mark.skipif(permissions_stop_us(), reason="they run in the suite itself here")
def test_the_permission_tests_pass_as_root_without_its_bypass() -> None:
    setpriv = _setpriv()
    if setpriv is None:
        pytest.skip("setpriv cannot drop root's file-permission bypass here")
    done = subprocess.run(
        [setpriv, *DROP, "--", sys.executable, *PYTEST],
        capture_output=True,
        text=True,
        timeout=280,
        cwd=ROOT,
        env=process_env(),
        check=False,
    )
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "skipped" not in summary and " passed" in summary, summary
