# SPDX-License-Identifier: GPL-3.0-or-later
"""Data folder precedence, per-platform folders and asset lookup."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

import breathapp
from breathapp import paths
from breathapp.paths import asset_path, resolve_data_dir, user_data_dir
from tests.builders.permissions import needs_permissions

REPO = Path(breathapp.__file__).resolve().parent.parent
HOME = Path.home()


def test_cli_value_wins_over_env() -> None:
    env = {"BREATHAPP_DATA_DIR": "/from/env", "XDG_DATA_HOME": "/xdg"}
    assert resolve_data_dir("/from/cli", env) == Path("/from/cli")


def test_env_wins_over_per_user_folder() -> None:
    env = {"BREATHAPP_DATA_DIR": "/from/env", "XDG_DATA_HOME": "/xdg"}
    assert resolve_data_dir(None, env) == Path("/from/env")


def test_an_empty_cli_value_is_a_mistake_not_the_default() -> None:
    """--data-dir "" once quietly meant the default folder (and imported into it)."""
    env = {"BREATHAPP_DATA_DIR": "/from/env", "XDG_DATA_HOME": "/xdg"}
    with pytest.raises(ValueError, match="empty"):
        resolve_data_dir("", env)


def test_empty_env_falls_back_to_per_user_folder() -> None:
    env = {"BREATHAPP_DATA_DIR": "", "XDG_DATA_HOME": "/xdg"}
    assert resolve_data_dir(None, env) == user_data_dir(env)


def test_tilde_is_expanded_and_relative_made_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir("~/breath", {}) == HOME / "breath"
    assert resolve_data_dir("rel/../data", {}) == tmp_path / "data"
    assert resolve_data_dir(None, {"BREATHAPP_DATA_DIR": "envdir"}) == tmp_path / "envdir"


def test_windows_uses_appdata() -> None:
    got = user_data_dir({"APPDATA": "/roaming"}, platform="win32")
    assert got == Path("/roaming") / "BreathApp"


def test_windows_without_appdata() -> None:
    assert user_data_dir({}, platform="win32") == HOME / "AppData" / "Roaming" / "BreathApp"


def test_macos() -> None:
    got = user_data_dir({"XDG_DATA_HOME": "/xdg"}, platform="darwin")
    assert got == HOME / "Library" / "Application Support" / "BreathApp"


def test_linux_xdg_and_default() -> None:
    assert user_data_dir({"XDG_DATA_HOME": "/xdg"}, platform="linux") == Path("/xdg/breathapp")
    assert user_data_dir({}, platform="linux") == HOME / ".local" / "share" / "breathapp"
    # Relative XDG values are invalid by the spec and ignored.
    got = user_data_dir({"XDG_DATA_HOME": "rel"}, platform="linux")
    assert got == HOME / ".local" / "share" / "breathapp"


def test_per_user_folder_is_not_next_to_the_executable() -> None:
    got = user_data_dir({}, platform="linux")
    assert Path(sys.executable).parent not in (got, got.parent)


def test_asset_path_finds_the_source_checkout_assets() -> None:
    assert asset_path() == REPO / "assets"
    assert asset_path("translations") == REPO / "assets" / "translations"
    assert asset_path("translations").is_dir()
    assert asset_path("README.md").is_file()


def test_asset_path_in_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "assets").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert asset_path("sounds", "bell.wav") == tmp_path / "assets" / "sounds" / "bell.wav"


def test_asset_path_from_an_installed_wheel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "breathapp"
    (package / "assets").mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    assert asset_path("icons") == package / "assets" / "icons"


def test_asset_path_without_any_assets_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "__file__", str(tmp_path / "pkg" / "breathapp" / "paths.py"))
    with pytest.raises(FileNotFoundError, match="no assets folder"):
        asset_path("icons")


# -- portable mode: a writable `data` folder beside the frozen executable -------------


def _frozen_at(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be a frozen build whose executable sits in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    executable = folder / "BreathApp"
    executable.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    return folder


def test_portable_data_folder_beside_a_frozen_executable_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install = _frozen_at(tmp_path / "stick" / "BreathApp", monkeypatch)
    (install / "data").mkdir()
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    assert paths.portable_data_dir() == install.resolve() / "data"
    assert resolve_data_dir(None, env) == install.resolve() / "data"
    assert list((install / "data").iterdir()) == []  # the trial write leaves nothing


def test_precedence_data_dir_then_env_then_portable_then_per_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install = _frozen_at(tmp_path / "app", monkeypatch)
    (install / "data").mkdir()
    env = {"BREATHAPP_DATA_DIR": str(tmp_path / "env"), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    assert resolve_data_dir(str(tmp_path / "cli"), env) == tmp_path / "cli"
    assert resolve_data_dir(None, env) == tmp_path / "env"
    env["BREATHAPP_DATA_DIR"] = ""
    assert resolve_data_dir(None, env) == install.resolve() / "data"
    (install / "data").rmdir()
    assert resolve_data_dir(None, env) == tmp_path / "xdg" / "breathapp"


def test_no_portable_mode_without_a_data_folder_or_with_a_file_named_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install = _frozen_at(tmp_path / "app", monkeypatch)
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    assert resolve_data_dir(None, env) == tmp_path / "xdg" / "breathapp"
    (install / "data").write_text("not a folder")
    assert paths.portable_data_dir() is None
    assert resolve_data_dir(None, env) == tmp_path / "xdg" / "breathapp"


def test_from_source_a_data_folder_beside_python_is_not_portable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install = tmp_path / "venv" / "bin"
    (install / "data").mkdir(parents=True)
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(install / "python"))
    assert paths.portable_data_dir() is None
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    assert resolve_data_dir(None, env) == tmp_path / "xdg" / "breathapp"


@needs_permissions
def test_a_read_only_data_folder_is_not_portable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install = _frozen_at(tmp_path / "app", monkeypatch)
    (install / "data").mkdir()
    (install / "data").chmod(0o555)
    try:
        assert paths.portable_data_dir() is None
        env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
        assert resolve_data_dir(None, env) == tmp_path / "xdg" / "breathapp"
    finally:
        (install / "data").chmod(0o755)


def test_a_data_folder_that_refuses_the_trial_write_is_not_portable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the OS answers a user who may not write there (as on a locked clinic PC)."""
    install = _frozen_at(tmp_path / "app", monkeypatch)
    (install / "data").mkdir()
    real_open = os.open

    def refusing_open(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if Path(path).parent == (install / "data").resolve():
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refusing_open)
    assert paths.portable_data_dir() is None
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    assert resolve_data_dir(None, env) == tmp_path / "xdg" / "breathapp"
