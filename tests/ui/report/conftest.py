# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for the report: the language it is written in, English unless a test switches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from breathapp.ui.common.i18n import LanguageSwitcher
from tests.ui.conftest import TRANSLATIONS


@pytest.fixture
def language(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(qapp, TRANSLATIONS)
    switcher.switch("en")
    yield switcher
    switcher.switch("en")
