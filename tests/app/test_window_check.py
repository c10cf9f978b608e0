# SPDX-License-Identifier: GPL-3.0-or-later
"""Before Qt opens a window on Linux: no display, or missing system libraries, in one line."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from breathapp.app.window_check import XCB_LIBRARIES, library_loads, window_problem

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = {"DISPLAY": ":0"}
NO_DISPLAY = (
    "cannot open a window: there is no display (DISPLAY is not set); "
    "run it on a desktop, or see 'Run it' in README.md"
)


def _all_there(soname: str) -> bool:
    return True


def _missing(*sonames: str) -> Callable[[str], bool]:
    return lambda soname: soname not in sonames


def _never(soname: str) -> bool:
    raise AssertionError(f"looked up {soname}: the check should not have run")


@pytest.mark.parametrize(
    "environ",
    [
        {},
        {"DISPLAY": ""},
        {"QT_QPA_PLATFORM": "xcb"},
        {"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"},  # xcb asked for by name
    ],
)
def test_no_display_is_said_in_one_line_without_looking_up_libraries(
    environ: dict[str, str],
) -> None:
    assert window_problem(environ, "linux", _never) == NO_DISPLAY


def test_two_missing_libraries_are_named_with_their_packages() -> None:
    loads = _missing("libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    assert window_problem(DESKTOP, "linux", loads) == (
        "cannot open a window: the system libraries libxcb-icccm.so.4 (Debian/Ubuntu package "
        "libxcb-icccm4) and libxcb-keysyms.so.1 (libxcb-keysyms1) are missing; "
        "see 'Run it' in README.md"
    )


def test_one_missing_library_is_named_with_its_package() -> None:
    loads = _missing("libxcb-shape.so.0")
    assert window_problem({**DESKTOP, "QT_QPA_PLATFORM": "xcb"}, "linux", loads) == (
        "cannot open a window: the system library libxcb-shape.so.0 (Debian/Ubuntu package "
        "libxcb-shape0) is missing; see 'Run it' in README.md"
    )


def test_three_missing_libraries_are_a_list() -> None:
    loads = _missing("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libX11-xcb.so.1")
    problem = window_problem(DESKTOP, "linux", loads)
    assert problem is not None
    assert (
        "libraries libxcb-cursor.so.0 (Debian/Ubuntu package libxcb-cursor0), "
        "libxcb-icccm.so.4 (libxcb-icccm4) and libX11-xcb.so.1 (libx11-xcb1) are missing"
    ) in problem


def test_a_desktop_with_every_library_opens_the_window() -> None:
    looked: list[str] = []

    def loads(soname: str) -> bool:
        looked.append(soname)
        return True

    assert window_problem(DESKTOP, "linux", loads) is None
    assert looked == [soname for soname, _package in XCB_LIBRARIES]


@pytest.mark.parametrize(
    ("platform", "environ"),
    [
        ("win32", {}),
        ("darwin", {}),
        ("linux", {"QT_QPA_PLATFORM": "offscreen"}),
        ("linux", {"QT_QPA_PLATFORM": "minimal"}),
        ("linux", {"QT_QPA_PLATFORM": "wayland"}),
        ("linux", {"QT_QPA_PLATFORM": "wayland;xcb"}),  # Qt's own fallback list: Qt decides
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}),  # Qt may open it on Wayland
        ("linux", {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}),
    ],
)
def test_other_platforms_are_left_to_qt_and_nothing_is_looked_up(
    platform: str, environ: dict[str, str]
) -> None:
    assert window_problem(environ, platform, _never) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the dynamic loader of Linux")
def test_the_real_lookup_finds_a_library_that_is_there_and_not_one_that_is_not() -> None:
    assert library_loads("libc.so.6")
    assert not library_loads("libbreathapp-no-such-library.so.9")


def _xcb_sonames(binary: Path) -> set[str]:
    pattern = rb"lib(?:xcb[\w-]*|X11-xcb|xkbcommon-x11)\.so\.[0-9]+"
    return {name.decode() for name in re.findall(pattern, binary.read_bytes())}


def test_the_list_is_what_pyside6s_xcb_plugin_links() -> None:
    """A newer PySide6 that links another library, or one fewer, must update the list."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        pytest.skip("no xcb plugin in this PySide6 (not Linux)")
    linked = _xcb_sonames(plugin) | _xcb_sonames(qt / "lib" / "libQt6XcbQpa.so.6")
    assert {soname for soname, _package in XCB_LIBRARIES} == linked
    # None of them comes with PySide6: the system's loader finds them, for Qt as for the check.
    assert not linked & {path.name for path in (qt / "lib").iterdir()}


def test_the_readme_has_the_section_the_messages_name() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\n## Run it\n" in readme
    assert "cannot open a window" in readme.split("\n## Run it\n")[1].split("\n## ")[0]
