# SPDX-License-Identifier: GPL-3.0-or-later
"""The report's resonance page says the test's own times, also when the therapist changed them."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace
from pathlib import Path

import pytest

from breathapp.core.heart.resonance import ResonanceSettings
from breathapp.ui.common.i18n import LanguageSwitcher
from breathapp.ui.report.report_pdf import write_pdf
from tests.builders.reports import march, pages_text
from tests.builders.resonance import sample_test


@pytest.mark.parametrize(
    ("settings", "texts"),
    [
        (ResonanceSettings(), ("for 2 minutes", "40 %", "30 s of free breathing")),
        (
            ResonanceSettings(step_s=150.0, rest_s=45.0, inhale_share=1 / 3),
            ("for 2.5 minutes", "33 %", "45 s of free breathing"),
        ),
        (
            ResonanceSettings(step_s=90.0, rest_s=0.0, inhale_share=0.5),
            ("for 1.5 minutes", "50 %", "0 s of free breathing"),
        ),
        (ResonanceSettings(step_s=300.0, rest_s=120.0), ("for 5 minutes", "120 s of free")),
    ],
)
def test_the_page_says_the_tests_own_times(
    language: LanguageSwitcher, tmp_path: Path, settings: ResonanceSettings, texts: tuple[str, ...]
) -> None:
    path = tmp_path / "report.pdf"
    write_pdf(path, march()._replace(resonance=replace(sample_test(), settings=settings)))
    page = " ".join(pages_text(path)[1].split())
    for text in texts:
        assert text in page, (text, page)
