# SPDX-License-Identifier: GPL-3.0-or-later
"""Whether Qt can open a window on Linux (xcb): a display, and the system libraries it needs."""

# Without them Qt aborts with a message that names libxcb-cursor0 whatever is missing, and
# "no display" among its lines. Checked before Qt starts, so the one line can name the real
# cause. No Qt here: this runs before PySide6 is imported.

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

README_SECTION = "see 'Run it' in README.md"

# What Qt's xcb platform plugin (libqxcb.so and libQt6XcbQpa.so.6) links beyond what QtGui
# itself needs, with the Debian/Ubuntu package of each; a test compares it with PySide6's
# plugin. The ones a bare system most often lacks first.
XCB_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxcb.so.1", "libxcb1"),
)


def library_loads(soname: str) -> bool:
    """True when the dynamic loader finds ``soname``, as it will when Qt loads its plugin.

    What loads stays loaded: Qt finds it ready, so a start with every library pays only
    for the lookups. _ctypes is the C half of ctypes: 0.4 ms to import, ctypes 2 ms.
    """
    try:
        import _ctypes
    except ImportError:
        return True  # no way to ask: Qt will say it if one is missing
    try:
        _ctypes.dlopen(soname, os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError:
        return False
    return True


def window_problem(
    environ: Mapping[str, str],
    platform: str = sys.platform,
    loads: Callable[[str], bool] = library_loads,
) -> str | None:
    """Why Qt cannot open a window here, in one line; None when it can or it is not ours to say.

    Only Linux with Qt's default platform or xcb by name: Wayland, offscreen and the other
    platforms, Windows and macOS are left to Qt.
    """
    if not platform.startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0]  # xcb:option=value is xcb
    if chosen not in ("", "xcb") or (not chosen and environ.get("WAYLAND_DISPLAY")):
        return None
    if not environ.get("DISPLAY"):
        return (
            "cannot open a window: there is no display (DISPLAY is not set); "
            f"run it on a desktop, or {README_SECTION}"
        )
    missing = [(soname, package) for soname, package in XCB_LIBRARIES if not loads(soname)]
    if not missing:
        return None
    names = [f"{soname} ({package})" for soname, package in missing]
    names[0] = f"{missing[0][0]} (Debian/Ubuntu package {missing[0][1]})"
    if len(names) == 1:
        what = f"the system library {names[0]} is missing"
    else:
        what = f"the system libraries {', '.join(names[:-1])} and {names[-1]} are missing"
    return f"cannot open a window: {what}; {README_SECTION}"
