# SPDX-License-Identifier: GPL-3.0-or-later
"""'plan import' describes the plan in the command line's language: its phases, counts in
each language's plural forms, decimal marks, the movement goal and the bad-day advice."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from breathapp.core.plans import Advance, Contact, ItemKind, Per, Plan, PlanItem, PlanPhase
from breathapp.storage.plan_files import write_plan_file
from tests.builders.commands import run

PLAN = Plan(
    "Rug in rust",
    (
        PlanPhase(
            "Rustig",
            (
                PlanItem(ItemKind.BREATHING, "coherent-5.5", 5, times=2),
                PlanItem(ItemKind.RELAXATION, "pmr-short", times=3, per=Per.WEEK),
            ),
            Advance.AFTER_DAYS,
            1,
            movement_minutes=1,
        ),
        PlanPhase(
            "Opbouwen",
            (PlanItem(ItemKind.BREATHING, "calm", 10),),
            Advance.AFTER_DAYS,
            14,
            movement_minutes=20,
            movement_activity="wandelen",
        ),
    ),
    contact=Contact("An Peeters", "Kine Gent", "09 123 45 67"),
    flare_up_advice="Rust even, beweeg dan zachtjes.",
    suggest_contact=False,
)

EXPECTED = {
    "en": [
        "Phase 1: Rustig (1 day)",
        "  - breathing coherent-5.5 (5.5-0-5.5-0), 5.5 breaths a minute, 5 minutes, twice a day",
        "  - relaxation: Muscle relaxation, short, 3 times a week",
        "  Move every day: 1 minute",
        "Phase 2: Opbouwen (14 days)",
        "  Move every day: 20 minutes of wandelen",
        "On a bad day, your therapist advises:\n  Rust even, beweeg dan zachtjes.",
        "(your therapist turned it off)",
    ],
    "nl": [
        "Fase 1: Rustig (1 dag)",
        "5,5 ademhalingen per minuut, 5 minuten, twee keer per dag",
        "ontspanning: Spieren ontspannen, kort, 3 keer per week",
        "  Elke dag bewegen: 1 minuut",
        "Fase 2: Opbouwen (14 dagen)",
        "  Elke dag bewegen: 20 minuten wandelen",
        "Op een slechte dag raadt je therapeut aan:\n  Rust even, beweeg dan zachtjes.",
    ],
    "fr": [
        "Phase 1 : Rustig (1 jour)",
        "5,5 respirations par minute, 5 minutes, deux fois par jour",
        "3 fois par semaine",
        "  Bouger chaque jour : 1 minute",
        "Phase 2 : Opbouwen (14 jours)",
        "  Bouger chaque jour : 20 minutes de wandelen",
        "Pour un mauvais jour, votre kinésithérapeute conseille :",
    ],
    "de": [
        "Phase 1: Rustig (1 Tag)",
        "5,5 Atemzüge pro Minute, 5 Minuten, zweimal am Tag",
        "3-mal pro Woche",
        "  Jeden Tag bewegen: 1 Minute",
        "Phase 2: Opbouwen (14 Tage)",
        "  Jeden Tag bewegen: 20 Minuten wandelen",
        "Für einen schlechten Tag rät Ihnen Ihre Kinesitherapeutin oder Ihr Kinesitherapeut:",
    ],
}


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_plan_import_describes_the_plan_in_the_language(
    language: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.breathplan"
    write_plan_file(path, PLAN)
    code, out, err = run(capsys, "plan", "import", str(path), "--lang", language)
    assert (code, err) == (0, "")
    for expected in EXPECTED[language]:
        assert expected in out


def test_a_plan_without_the_new_fields_says_nothing_of_them(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.breathplan"
    plain = replace(PLAN, flare_up_advice="", suggest_contact=True)
    plain = replace(plain, phases=tuple(replace(p, movement_minutes=None) for p in plain.phases))
    write_plan_file(path, plain)
    code, out, _ = run(capsys, "plan", "import", str(path), "--lang", "en")
    assert code == 0
    assert "Move every day" not in out and "bad day" not in out and "turned it off" not in out
