# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared test set-up: Qt runs offscreen, and the whole run lives in a temporary home.

The home is set here, at import, before any test module is imported: every path the
app reads from the environment (``paths.resolve_data_dir``: BREATHAPP_DATA_DIR, then the
per-user folder from XDG_DATA_HOME, HOME or APPDATA) is then under ``TEST_ROOT``, in this
process and in every process a test starts, since those inherit ``os.environ``. The
remaining rule, a ``data`` folder beside the executable, holds only for a frozen build,
which a test run never is (tests/test_isolation.py checks all of this).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from breathapp.core import pins
from breathapp.paths import DATA_DIR_ENV, user_data_dir
from tests.builders.catalogues import SOURCES, compile_catalogues, stale

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_SCALE_FACTOR", "1")
# No system speech engine in tests (what speech-dispatcher has would differ from machine to
# machine); the tests of the voice choose Qt's mock engine themselves.
os.environ["BREATHAPP_SPEECH_ENGINE"] = "none"
# The app loads compiled catalogues (.qm): made by every pip install; made again here when a
# .ts is newer (a translator's edit since), so the tests read what the sources say.
if _stale := stale(SOURCES):
    compile_catalogues(SOURCES, only=_stale)

# Where the app would keep its data were it not for this file: only ever compared with.
REAL_USER_DATA_DIR = user_data_dir()


def _keep_the_sound_server(home: Path) -> None:
    """PulseAudio is found in the home folder when XDG_RUNTIME_DIR is unset: pin it first.

    Without this, Qt Multimedia would find no sound device under the temporary home.
    """
    if "PULSE_SERVER" in os.environ or os.environ.get("XDG_RUNTIME_DIR"):
        return
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    for socket in sorted((config / "pulse").glob("*-runtime/native")):
        os.environ["PULSE_SERVER"] = f"unix:{socket.resolve()}"
        return


_keep_the_sound_server(Path.home())
TEST_ROOT = Path(tempfile.mkdtemp(prefix="breathapp-tests-")).resolve()
TEST_HOME = TEST_ROOT / "home"
TEST_DATA_DIR = TEST_ROOT / "data"  # BREATHAPP_DATA_DIR: where a command without --data-dir writes
_ISOLATED = {
    "HOME": TEST_HOME,
    "USERPROFILE": TEST_HOME,  # Path.home() on Windows
    "XDG_DATA_HOME": TEST_HOME / ".local" / "share",
    "XDG_CONFIG_HOME": TEST_HOME / ".config",
    "XDG_STATE_HOME": TEST_HOME / ".local" / "state",
    "XDG_CACHE_HOME": TEST_HOME / ".cache",
    "APPDATA": TEST_HOME / "AppData" / "Roaming",
    "LOCALAPPDATA": TEST_HOME / "AppData" / "Local",
    DATA_DIR_ENV: TEST_DATA_DIR,
}
TEST_HOME.mkdir()
os.environ.update({name: str(folder) for name, folder in _ISOLATED.items()})


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(TEST_ROOT, ignore_errors=True)


@pytest.fixture(scope="session")
def isolated_root() -> Path:
    """The temporary folder the run's HOME, XDG_*, APPDATA and BREATHAPP_DATA_DIR are in."""
    return TEST_ROOT


@pytest.fixture(scope="session")
def real_user_data_dir() -> Path:
    """The per-user data folder of the environment the run started in: never touched."""
    return REAL_USER_DATA_DIR


# The Argon2id cost the app makes a PIN's key with (about half a second): kept before the
# fixture below makes it quick for every test in this process.
REAL_NEW_KEY_COST = pins.NEW_KEY_COST
QUICK_KEY_COST = pins.KdfCost(1, 8 * 1024)  # libsodium's least: one pass over 8 KiB


@pytest.fixture(autouse=True)
def _quick_pin_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys made from a PIN in a test cost microseconds, not half a second each; every key
    keeps its own cost, so such keys open as any other. tests/core/test_pins.py checks the
    real cost."""
    monkeypatch.setattr(pins, "NEW_KEY_COST", QUICK_KEY_COST)


@pytest.fixture
def real_new_key_cost() -> pins.KdfCost:
    """The Argon2id cost the app makes new keys with, as the module defines it."""
    return REAL_NEW_KEY_COST


@pytest.fixture(autouse=True)
def _command_line_speaks_english_again() -> Iterator[None]:
    """The command line's language lasts a process (cli/words.py); a command run in this
    process by a test must not leave it to the next test, whatever order xdist gives."""
    yield
    words = sys.modules.get("breathapp.cli.words")
    if words is not None:
        words.use_language("en")


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp: object) -> object:
    """One QApplication for the whole run, made before any test: a command that makes its
    own QGuiApplication when there is none (the PDF report) then uses this one, and the
    widget tests after it still find a QApplication, whatever order the tests run in."""
    return qapp
