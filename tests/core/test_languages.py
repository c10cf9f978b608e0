# SPDX-License-Identifier: GPL-3.0-or-later
"""The system's language decides; a language the app does not speak gets English."""

from __future__ import annotations

import pytest

from breathapp.core.languages import LANGUAGES, pick_language


@pytest.mark.parametrize(
    ("names", "language"),
    [
        (["nl_BE.UTF-8"], "nl"),
        (["nl-BE", "en-US"], "nl"),
        (["en_GB.UTF-8"], "en"),
        (["es_ES.UTF-8", "nl_BE.UTF-8"], "nl"),  # the first the app speaks
        (["fr_BE.UTF-8"], "fr"),
        (["de-BE"], "de"),
        (["es_ES.UTF-8"], "en"),  # a language the app does not speak: English, not Dutch
        (["ja_JP.UTF-8"], "en"),
        (["C"], "en"),
        (["POSIX", ""], "en"),
        ([], "en"),
        (["Dutch"], "nl"),
    ],
)
def test_the_system_language_or_english(names: list[str], language: str) -> None:
    assert pick_language(names) == language


def test_every_reader_takes_the_one_list() -> None:
    import ast
    from pathlib import Path

    import breathapp

    root = Path(breathapp.__file__).parent
    elsewhere = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if path.name != "languages.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Assign)
        and any(getattr(t, "id", "") == "LANGUAGES" for t in node.targets)
    ]
    assert elsewhere == []  # no second list of the languages anywhere
    from breathapp.cli import common
    from breathapp.ui.settings import settings_view

    assert common.LANGUAGES is settings_view.LANGUAGES is LANGUAGES
