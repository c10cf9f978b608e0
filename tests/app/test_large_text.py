# SPDX-License-Identifier: GPL-3.0-or-later
"""Every screen works at 200 % text on a 1600 × 1000 screen: nothing is cut off.

QT_FONT_DPI=192 makes Qt draw every point twice as large, so such a screen holds a window
of 800 × 500 of Qt's pixels (less its title bar and the taskbar): the same as normal text
in a window of that size, which is how this test sees it. On the code before this test the
Breathe page cut off the pattern list, its description and the slowing-down fields, History
its file buttons, Relax and Today the words of their cards, and Settings scrolled sideways.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from breathapp.core.languages import LANGUAGES
from tests.builders.app import close_app
from tests.builders.room import LARGE_TEXT_WINDOW, cut_off
from tests.builders.screens import app_with_practice, every_screen


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_screen_cuts_anything_off_in_a_window_of_200_percent_text(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    built = app_with_practice(qtbot, tmp_path, language)
    built.window.resize(*LARGE_TEXT_WINDOW)
    found = []
    for name, screen in every_screen(built):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        found += [f"{name}: {line}" for line in cut_off(screen)]
    close_app(built)
    assert found == [], f"{len(found)} cut off:\n" + "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plan_editor_and_import_preview_cut_nothing_off_at_200_percent_text(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    from breathapp.ui.plan.plan_editor import PlanEditor
    from breathapp.ui.plan.plan_import import ImportPreview
    from tests.builders.plans import TODAY, format_two_plan

    built = app_with_practice(qtbot, tmp_path, language)
    plan = format_two_plan()
    scripts = built.relax.library.scripts
    editor = PlanEditor(plan, built.profile.profile, scripts, TODAY, None, built.window)
    preview = ImportPreview(plan, built.relax.script, True, built.window)
    found = []
    for name, dialog in (("plan editor", editor), ("import preview", preview)):
        dialog.show()
        dialog.resize(*LARGE_TEXT_WINDOW)
        tabs = [0, 1] if dialog is editor else [None]
        for tab in tabs:
            if tab is not None:
                editor.tabs.setCurrentIndex(tab)
            QApplication.sendPostedEvents()
            QApplication.processEvents()
            found += [f"{name} {tab}: {line}" for line in cut_off(dialog)]
            for area in dialog.findChildren(QScrollArea):  # no page wider than its view
                inside = area.widget()
                if area.isVisibleTo(dialog) and inside is not None:
                    need, room = inside.minimumSizeHint().width(), area.viewport().width()
                    if need > room:
                        found.append(f"{name} {tab}: {area.accessibleName()} needs {need} > {room}")
        dialog.close()
    close_app(built)
    assert found == [], f"{len(found)} cut off:\n" + "\n".join(found)
