# SPDX-License-Identifier: GPL-3.0-or-later
"""The report's resonance page: the latest test's table and chart, read back from the PDF."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument

from breathapp.ui.common.i18n import LanguageSwitcher
from breathapp.ui.common.theme import LIGHT
from breathapp.ui.report.report_pdf import write_pdf
from tests.builders.reports import march, pages_text
from tests.builders.resonance import sample_test


def test_the_latest_test_has_a_page_with_its_table_and_chart(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    assert write_pdf(path, march()._replace(resonance=sample_test(chosen=5.0))) == 3
    first, page, sessions = pages_text(path)
    resonance = " ".join(page.split())  # a header wraps onto two lines
    assert "Resonance pace test" not in first
    for text in (
        "Resonance pace test",
        "2 March 2026",
        "Suggested pace: 5.5 breaths a minute (★)",
        "Chosen pace: 5.0 breaths a minute",
        "Swing (beats a minute)",
        "LF power (ms²)",
        "LF peak (Hz)",
        "In step",
        "Artefacts",
        "5.5 ★",
        "13.2",
        "2,210",
        "0.092",
        "86 %",
        "breaths a minute",
        "Page 2 of 3",
    ):
        assert text in resonance, text
    assert "diagnos" not in resonance.lower() and "abnormal" not in resonance.lower()
    assert "Page 3 of 3" in sessions


def test_a_test_stopped_early_and_not_chosen_says_so(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    write_pdf(path, march()._replace(resonance=sample_test(completed=False)))
    page = " ".join(pages_text(path)[1].split())
    assert "2 March 2026 (stopped early)" in page
    assert "Chosen pace: not chosen yet" in page


def test_without_a_test_there_is_no_such_page(language: LanguageSwitcher, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    assert write_pdf(path, march()) == 2
    assert all("Resonance pace test" not in text for text in pages_text(path))


def test_the_chart_draws_both_kinds_of_bar_in_the_accent(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    write_pdf(path, march()._replace(resonance=sample_test()))
    doc = QPdfDocument()
    doc.load(str(path))
    image = doc.render(1, QSize(595, 842))
    doc.close()
    accent = QColor(LIGHT.accent)
    right_half = [image.pixelColor(x, y) for x in range(330, 580, 2) for y in range(120, 330, 2)]
    near = [
        c
        for c in right_half
        if abs(c.red() - accent.red())
        + abs(c.green() - accent.green())
        + abs(c.blue() - accent.blue())
        < 60
    ]
    assert len(near) > 200
    image.save(str(tmp_path / "resonance-page.png"))
