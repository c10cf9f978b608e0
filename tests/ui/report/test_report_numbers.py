# SPDX-License-Identifier: GPL-3.0-or-later
"""The report writes numbers as the summary does: tenths of a second, the language's decimal
mark and a real minus."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace
from pathlib import Path

from breathapp.core.live_pace import Shown
from breathapp.core.patterns import parse
from breathapp.ui.common.i18n import LanguageSwitcher
from breathapp.ui.report.report_pdf import write_pdf
from tests.builders.reports import march, pages_text

OWN = "3.357-0-5.874-0"


def _write(tmp_path: Path) -> tuple[str, str]:
    data = march()
    recent = list(data.recent)
    recent[1] = replace(recent[1], pattern_text=OWN)  # an own pattern, dragged live
    recent[2] = replace(recent[2], shown=(Shown(parse(OWN), 120.0),))
    path = tmp_path / "report.pdf"
    write_pdf(path, data._replace(recent=tuple(recent)))
    first, second = pages_text(path)
    return first, second


def test_the_report_in_dutch_writes_tenths_with_a_comma_and_a_real_minus(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    language.switch("nl")
    first, second = _write(tmp_path)
    assert "6,0 → 4,0 (verandering \u22122,0;" in first
    assert "Eigen patroon 3,4-0-5,9-0" in second
    assert "Live getoond: 3,4-0-5,9-0 · 6,5 ademhalingen per minuut · 2:00" in second
    assert "3,357" not in second and "3.357" not in second


def test_the_report_in_english_has_a_real_minus_and_tenths(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    first, second = _write(tmp_path)
    assert "6.0 → 4.0 (change \u22122.0; 12 sessions)" in first
    assert "Own pattern 3.4-0-5.9-0" in second
    assert "Shown live: 3.4-0-5.9-0 · 6.5 breaths per minute · 2:00" in second
