# SPDX-License-Identifier: GPL-3.0-or-later
"""Numbers as a person reads them: a tenth of a second, once, with the language's decimal mark
and a real minus; dates and times in the app's language."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathapp.core.live_pace import Shown
from breathapp.core.patterns import parse
from breathapp.core.plans import ItemKind, PlanItem
from breathapp.core.session import SessionStatus
from breathapp.ui.common import labels, numbers
from breathapp.ui.common.i18n import LanguageSwitcher
from breathapp.ui.guide.summary_panel import SummaryPanel
from breathapp.ui.plan import plan_text
from tests.builders.sessions import make_record
from tests.ui.conftest import TRANSLATIONS

OWN = "3.357-0-5.874-0"  # what a live demonstration leaves when the pace is dragged


@pytest.fixture
def language(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(qapp, TRANSLATIONS)
    switcher.switch("en")
    yield switcher
    switcher.switch("en")


def _demo_summary(qtbot: QtBot) -> SummaryPanel:
    panel = SummaryPanel()
    qtbot.addWidget(panel)
    record = make_record(
        status=SessionStatus.COMPLETED,
        active_s=300.0,
        pattern_id=None,
        pattern_text=OWN,
        shown=(Shown(parse(OWN), 120.0),),
    )
    panel.show_record(record)
    return panel


def test_a_demonstrations_summary_shows_each_pattern_once_to_a_tenth(
    language: LanguageSwitcher, qtbot: QtBot
) -> None:
    panel = _demo_summary(qtbot)
    assert panel.shown is not None
    listed = panel.shown.list_label.text()
    assert listed == "3.4-0-5.9-0  ·  6.5 breaths per minute  ·  2:00"
    assert "Your own pattern (3.4-0-5.9-0)" in panel.body.text()
    assert "3.357" not in panel.body.text() + panel.shown.text()


def test_the_demonstrations_summary_in_dutch(language: LanguageSwitcher, qtbot: QtBot) -> None:
    language.switch("nl")
    panel = _demo_summary(qtbot)
    assert panel.shown is not None
    assert panel.shown.list_label.text() == "3,4-0-5,9-0  ·  6,5 ademhalingen per minuut  ·  2:00"
    assert "Je eigen patroon (3,4-0-5,9-0)" in panel.body.text()


def test_todays_own_pattern_reads_in_tenths_with_a_comma(language: LanguageSwitcher) -> None:
    language.switch("nl")
    item = PlanItem(ItemKind.BREATHING, OWN, 5)
    assert plan_text.describe_item(item).startswith("Je eigen patroon 3,4-5,9  ·  5\u00a0min")
    language.switch("en")
    assert plan_text.describe_item(item).startswith("Your own pattern 3.4-5.9  ·  5\u00a0min")


def test_a_negative_number_has_a_real_minus(language: LanguageSwitcher) -> None:
    language.switch("nl")
    assert numbers.signed(-1.4) == "\u22121,4"
    assert numbers.signed(1.45) == "+1,5"
    assert numbers.decimal(-0.04) == "0,0"  # never "-0,0"
    language.switch("en")
    assert numbers.decimal(-2.0) == "\u22122.0"
    assert numbers.short(5.0) == "5" and numbers.short(2.25) == "2.3"


def test_the_sessions_list_dates_are_in_the_apps_language(language: LanguageSwitcher) -> None:
    when = datetime(2026, 12, 4, 17, 44).astimezone()  # 17:44 on this computer's clock
    language.switch("nl")
    assert labels.date_time_text(when) == "vr 4 dec 2026, 17:44"
    language.switch("en")
    assert labels.date_time_text(when) == "Fri, 4 Dec 2026, 17:44"


def test_the_history_charts_axis_writes_the_languages_numbers(language: LanguageSwitcher) -> None:
    from breathapp.ui.history.chart_loading import import_charts

    import_charts()
    from breathapp.ui.history.history_charts import NumberAxis

    language.switch("nl")
    axis = NumberAxis("left")
    assert axis.tickStrings([5.5, 6.0, -1.0], 1.0, 0.5) == ["5,5", "6,0", "\u22121,0"]
    assert axis.tickStrings([0.0, 2.0, 10.0], 1.0, 2.0) == ["0", "2", "10"]
