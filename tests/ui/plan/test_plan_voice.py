# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan editor's choice of recorded voice, and the import preview's line about it."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from breathapp.core.profiles import Profile
from breathapp.ui.plan.plan_editor import PlanEditor
from breathapp.ui.plan.plan_import import ImportPreview
from breathapp.ui.plan.plan_voice import voice_line
from tests.builders.plans import TODAY, sample_plan
from tests.builders.voice_packs import breathing_manifest, sample_manifest

PACKS = (sample_manifest("anna", "Anna"), breathing_manifest("bert", "Bert"))


def make(qtbot: QtBot, voice_pack: str = "") -> PlanEditor:
    plan = replace(sample_plan(), voice_pack=voice_pack)
    editor = PlanEditor(plan, Profile(1, ""), (), TODAY, voices=PACKS)
    qtbot.addWidget(editor)
    return editor


def test_the_therapist_chooses_the_voice_that_goes_with_the_plan(qtbot: QtBot) -> None:
    editor = make(qtbot)
    choice = editor.about.voice_choice
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "No recorded voice",
        "Anna (3 steps)",
        "Bert (3 steps)",
    ]
    assert editor.plan.voice_pack == ""
    choice.setCurrentIndex(2)
    assert editor.plan.voice_pack == "bert"
    choice.setCurrentIndex(0)
    assert editor.plan == sample_plan()


def test_a_voice_no_longer_on_this_computer_is_kept_unless_changed(qtbot: QtBot) -> None:
    editor = make(qtbot, voice_pack="carla")
    choice = editor.about.voice_choice
    assert choice.currentText() == "carla (not on this computer)"
    assert editor.plan.voice_pack == "carla"
    make_again = make(qtbot, voice_pack="anna")
    assert make_again.about.voice_choice.currentText() == "Anna (3 steps)"


def test_the_import_preview_says_whose_voice_comes_with_the_plan(qtbot: QtBot) -> None:
    line = voice_line(sample_manifest("anna", "Anna Peeters"))
    assert line == "Includes a recorded voice: Anna Peeters, 3 steps"
    preview = ImportPreview(sample_plan(), None, False, None, line)
    qtbot.addWidget(preview)
    preview.show()
    assert preview.voice.isVisible() and preview.voice.text() == line
    plain = ImportPreview(sample_plan())
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.voice.isVisible()
