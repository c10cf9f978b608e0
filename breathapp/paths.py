# SPDX-License-Identifier: GPL-3.0-or-later
"""Where data lives (--data-dir, BREATHAPP_DATA_DIR, portable, per-user) and where assets are."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "BreathApp"
DATA_DIR_ENV = "BREATHAPP_DATA_DIR"
PORTABLE_DIRNAME = "data"  # a folder of this name beside the frozen executable: portable mode
_PROBE_NAME = ".breathapp-portable-probe"


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


def _writable(folder: Path) -> bool:
    """True when a file can really be made in ``folder``.

    A trial write, not os.access: on Windows os.access looks only at the read-only flag
    and ignores the access rules that lock a clinic PC's program folder, which is just
    where a ``data`` folder must not be taken for portable mode.
    """
    probe = folder / f"{_PROBE_NAME}-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        os.unlink(probe)
    except OSError:
        return False
    return True


def portable_data_dir() -> Path | None:
    """The writable ``data`` folder beside the frozen executable (portable mode), else None.

    Only a frozen build can be portable: run from source, the executable is Python's.
    """
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent / PORTABLE_DIRNAME
    return folder if folder.is_dir() and _writable(folder) else None


def resolve_data_dir(cli_value: str | None, environ: Mapping[str, str]) -> Path:
    """--data-dir wins, then a non-empty BREATHAPP_DATA_DIR, then portable, then per-user.

    An empty --data-dir is a mistake (ValueError; the command line says so first), never
    "not given". An empty BREATHAPP_DATA_DIR counts as not set, as is usual for
    environment variables (``BREATHAPP_DATA_DIR= breathapp`` switches it off).
    """
    if cli_value is not None:
        if not cli_value:
            raise ValueError("--data-dir is empty")
        return _absolute(cli_value)
    from_env = environ.get(DATA_DIR_ENV, "")
    if from_env:
        return _absolute(from_env)
    portable = portable_data_dir()
    if portable is not None:
        return portable
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
