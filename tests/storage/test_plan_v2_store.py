# SPDX-License-Identifier: GPL-3.0-or-later
"""Plan format version 2 in the store and on disk: kept whole, read back from version 1,
and the therapist's new words (flare-up advice, the activity) never in a sealed plan's shape."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from breathapp.core.plans import Advance, ItemKind, Plan, PlanItem, PlanPhase, PlanProgress
from breathapp.storage.db import Database
from breathapp.storage.plan_files import read_plan_file, write_plan_file
from breathapp.storage.plans_repo import PlanRepo, public_body
from breathapp.storage.profiles_repo import ProfileRepo

DAY = date(2026, 11, 23)
CALM = PlanItem(ItemKind.BREATHING, "calm", 5)
PLAN = Plan(
    "Back at ease",
    (
        PlanPhase("Start", (CALM,), Advance.AFTER_DAYS, 14, movement_minutes=10),
        PlanPhase("Build", (CALM,), Advance.THERAPIST, 14, "", 20, "Wandelen met de hond"),
    ),
    flare_up_advice="Lig op je zij, knieën opgetrokken; stap elk uur even rond.",
    suggest_contact=False,
)


def test_a_version_2_plan_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "anna.breathplan"
    write_plan_file(path, PLAN)
    assert json.loads(path.read_text("utf-8"))["version"] == 2
    assert read_plan_file(path) == PLAN


def test_a_version_2_plan_is_stored_whole(db: Database, now: datetime) -> None:
    repo = PlanRepo(db)
    profile = ProfileRepo(db).default().id
    repo.save(profile, PLAN, PlanProgress.starting(DAY), now)
    active = repo.active(profile)
    assert active is not None and active[0] == PLAN


def test_a_plan_stored_as_version_1_reads_with_the_defaults(db: Database, now: datetime) -> None:
    repo = PlanRepo(db)
    profile = ProfileRepo(db).default().id
    repo.save(profile, PLAN, PlanProgress.starting(DAY), now)
    v1 = {
        "format": "breathapp-plan",
        "version": 1,
        "plan": {
            "title": "Walk",
            "phases": [
                {"name": "Walk 15 minutes", "items": [{"kind": "breathing", "what": "calm"}]}
            ],
        },
    }
    with db.transaction() as conn:
        conn.execute("UPDATE plans SET body = ?", (json.dumps(v1),))
    active = repo.active(profile)
    assert active is not None
    plan = active[0]
    assert plan.phases[0].movement_minutes is None and plan.phases[0].movement_activity == ""
    assert plan.flare_up_advice == "" and plan.suggest_contact is True


def test_a_sealed_plan_s_shape_keeps_the_goals_but_not_the_words() -> None:
    shape = public_body(PLAN)
    assert "knieën" not in shape and "hond" not in shape
    doc = json.loads(shape)["plan"]
    assert [p["movement_minutes"] for p in doc["phases"]] == [10, 20]
    assert [p["movement_activity"] for p in doc["phases"]] == ["", ""]
    assert doc["flare_up_advice"] == "" and doc["suggest_contact"] is False
