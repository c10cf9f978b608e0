# SPDX-License-Identifier: GPL-3.0-or-later
"""The report's page 2 lists what each demonstration showed, and still fits its page."""

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

SHOWN = (Shown(parse("4-0-6-0"), 120.0), Shown(parse("5-0-5-0"), 95.0))


def test_a_demonstration_lists_its_patterns(language: LanguageSwitcher, tmp_path: Path) -> None:
    data = march()
    recent = list(data.recent)
    recent[2] = replace(recent[2], shown=SHOWN)
    recent[3] = replace(recent[3], shown=SHOWN * 3)  # six patterns: four, and the rest counted
    path = tmp_path / "report.pdf"
    assert write_pdf(path, data._replace(recent=tuple(recent))) == 2
    second = pages_text(path)[1]
    assert "Shown live: Calm belly breathing (4-0-6-0) · 6 breaths per minute · 2:00" in second
    assert "Even breathing (5-0-5-0) · 6 breaths per minute · 1:35" in second
    assert second.count("Shown live:") == 2 and "and 2 more" in second
    assert "All sessions in this period, the most recent first." in second


def test_many_demonstrations_list_fewer_sessions(
    language: LanguageSwitcher, tmp_path: Path
) -> None:
    data = march(recent_count=40)
    recent = tuple(replace(r, shown=SHOWN * 2) for r in data.recent)  # four lines each
    path = tmp_path / "report.pdf"
    write_pdf(path, data._replace(recent=recent))
    second = pages_text(path)[1]
    listed = second.count("Shown live:")
    assert 1 <= listed < 12  # what fits above the footer
    assert f"The {listed} most recent of 40 sessions in this period." in second


def test_the_demonstration_in_dutch(language: LanguageSwitcher, tmp_path: Path) -> None:
    language.switch("nl")
    data = march()
    recent = (replace(data.recent[0], shown=SHOWN), *data.recent[1:])
    path = tmp_path / "verslag.pdf"
    write_pdf(path, data._replace(recent=recent))
    second = pages_text(path)[1]
    assert "4-0-6-0" in second and "2:00" in second
