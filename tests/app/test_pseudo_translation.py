# SPDX-License-Identifier: GPL-3.0-or-later
"""A language 40 % longer than English, accents included, cuts nothing off: every screen,
in a window of everyday size and in one of 200 % text (issue 15: French and German are
longer than English and Dutch)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.builders.app import close_app
from tests.builders.pseudo import PseudoTranslator, pseudo
from tests.builders.room import LARGE_TEXT_WINDOW, cut_off
from tests.builders.screens import app_with_practice, every_screen


def test_the_pseudo_translation_is_longer_and_keeps_what_it_must() -> None:
    words = "Breathe in slowly through your nose, then let it go"
    assert len(pseudo(words)) >= 1.4 * len(words)
    out = pseudo("Breathe in for %1 seconds, then &Stop <b>now</b> &amp; rest.")
    for kept in ("%1", "&S", "<b>", "</b>", "&amp;"):
        assert kept in out
    assert "é" in out and "à" in out


@pytest.mark.parametrize("size", [(1200, 820), LARGE_TEXT_WINDOW], ids=["everyday", "200 %"])
def test_no_screen_cuts_off_a_longer_language(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = PseudoTranslator()
    built = app_with_practice(qtbot, tmp_path, "en")
    app.installTranslator(translator)
    try:
        built.window.resize(*size)
        found = []
        for name, screen in every_screen(built):
            QApplication.sendPostedEvents()
            QApplication.processEvents()
            found += [f"{name}: {line}" for line in cut_off(screen)]
    finally:
        app.removeTranslator(translator)
        close_app(built)
    assert found == [], f"{len(found)} cut off:\n" + "\n".join(found)
