# SPDX-License-Identifier: GPL-3.0-or-later
"""Where data lives (--data-dir, BREATHAPP_DATA_DIR, per-user) and where assets are found."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "BreathApp"
DATA_DIR_ENV = "BREATHAPP_DATA_DIR"


def user_data_dir(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The per-user data folder of this platform; never the folder of the executable."""
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    home = Path.home()
    if plat.startswith("win"):
        appdata = env.get("APPDATA", "")
        base = Path(appdata) if appdata else home / "AppData" / "Roaming"
        return base / APP_NAME
    if plat == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    # The XDG spec says relative values are invalid and must be ignored.
    xdg = env.get("XDG_DATA_HOME", "")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / APP_NAME.lower()


def _absolute(value: str | Path) -> Path:
    return Path(os.path.abspath(Path(value).expanduser()))


def resolve_data_dir(cli_value: str | None, environ: Mapping[str, str]) -> Path:
    """--data-dir wins, then a non-empty BREATHAPP_DATA_DIR, then the per-user folder."""
    if cli_value:
        return _absolute(cli_value)
    from_env = environ.get(DATA_DIR_ENV, "")
    if from_env:
        return _absolute(from_env)
    return _absolute(user_data_dir(environ))


def _asset_roots() -> list[Path]:
    """Candidate asset folders: frozen bundle, installed wheel, source checkout."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        roots.append(Path(bundle) / "assets")
    package_dir = Path(__file__).resolve().parent
    roots.append(package_dir / "assets")  # the wheel maps assets/ to breathapp.assets
    roots.append(package_dir.parent / "assets")  # <repo>/assets in a source checkout
    return roots


def asset_path(*parts: str) -> Path:
    """The path of an asset (e.g. ``asset_path("translations", "breathapp_nl.qm")``).

    Only the assets folder must exist; whether the file does is for the caller to check.
    """
    roots = _asset_roots()
    for root in roots:
        if root.is_dir():
            return root.joinpath(*parts)
    looked = ", ".join(str(root) for root in roots)
    raise FileNotFoundError(f"no assets folder found; looked in {looked}")
