# SPDX-License-Identifier: GPL-3.0-or-later
"""Plan errors in words: the place in plain terms, the problem calmly, in English and Dutch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from breathapp.core.plans import PlanError, PlanProblem
from breathapp.core.safety import HoldsNotAllowedError
from breathapp.paths import asset_path
from breathapp.ui.common.i18n import load_translator
from breathapp.ui.plan.plan_labels import place_text, plan_error_text


@pytest.fixture
def dutch(qapp: QCoreApplication) -> Iterator[None]:
    translator = load_translator(asset_path("translations"), "nl")
    assert translator is not None
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("phases[1].items[0].minutes", "Phase 2 › session 1 › minutes"),
        ("phases[0].items", "Phase 1 › sessions"),
        ("contact.phone", "contact details › phone"),
        ("reminder_times[2]", "reminder time 3"),
        ("line 3 column 7", "Line 3, column 7 of the file"),
        ("byte 12", "At byte 12 of the file"),
        ("", ""),
    ],
)
def test_the_place_reads_as_plain_words(qapp: object, where: str, expected: str) -> None:
    assert place_text(where) == expected


def test_every_problem_has_a_sentence(qapp: object) -> None:
    texts = {plan_error_text(PlanError(problem, "title")) for problem in PlanProblem}
    assert len(texts) >= len(PlanProblem) - 2  # a bad id and an unknown session read alike
    assert all(t.startswith("Title:\n") and len(t) > 15 for t in texts)


def test_limits_and_places_are_in_the_text(qapp: object) -> None:
    error = PlanError(
        PlanProblem.OUT_OF_RANGE, "phases[0].items[1].minutes", "x", low=0.5, high=180
    )
    assert plan_error_text(error) == (
        "Phase 1 › session 2 › minutes:\nThis must be between 0.5 and 180."
    )
    assert plan_error_text(PlanError(PlanProblem.TOO_BIG, "", high=262144)) == (
        "This file is too large to be a plan."
    )
    holds = HoldsNotAllowedError("4-4-4-4", "phases[1].items[0].what")
    text = plan_error_text(holds)
    assert text.startswith("Phase 2 › session 1 › pattern or session:\nThe pattern 4-4-4-4")
    assert "not saved" in text


def test_dutch(dutch: None) -> None:
    error = PlanError(PlanProblem.EMPTY, "phases[2].items")
    assert plan_error_text(error) == "Fase 3 › sessies:\nElke fase heeft minstens één sessie nodig."
    holds = plan_error_text(HoldsNotAllowedError("4-7-8-0"))
    assert holds.startswith("In het patroon 4-7-8-0 houd je je adem vast")
