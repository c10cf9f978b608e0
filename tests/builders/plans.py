# SPDX-License-Identifier: GPL-3.0-or-later
"""Plans: a sample plan with all a plan can hold, plans of one phase, and the views' today."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from breathapp.core.plans import (
    Advance,
    Contact,
    ItemKind,
    Per,
    Plan,
    PlanItem,
    PlanPhase,
)

TODAY = date(2026, 12, 3)  # a Thursday: the plan views' today


def sample_plan() -> Plan:
    """Three phases (14 days, to the therapist's word, 14 days) with a ramp and relaxation.

    With a note on the first phase, a message, a contact and two reminder times.
    """
    calm = PlanPhase(
        "Calm and loosen",
        (
            PlanItem(ItemKind.BREATHING, "calm", minutes=5, times=2),
            PlanItem(ItemKind.RELAXATION, "body-scan", times=3, per=Per.WEEK),
        ),
        Advance.AFTER_DAYS,
        14,
        "Lie on your back with your knees bent. Let the belly rise first.",
    )
    build = PlanPhase(
        "Build up",
        (
            PlanItem(ItemKind.BREATHING, "coherent", 10, ramp_start_bpm=9, ramp_minutes=3),
            PlanItem(ItemKind.RELAXATION, "pmr-short"),
        ),
        Advance.THERAPIST,
    )
    keep = PlanPhase("Keep it going", (PlanItem(ItemKind.BREATHING, "calm", 10),))
    return Plan(
        "Calm back, step by step",
        (calm, build, keep),
        "Take your time, Els. Little and often helps more than a lot at once. "
        "If the pain flares up, call me.",
        Contact(
            "Sofie Peeters", "Kine Leuven-Noord", "016 12 34 56", "sofie@kine.be", "Mon–Fri 8–12"
        ),
        ("08:30", "20:00"),
    )


def format_two_plan() -> Plan:
    """The sample plan with every field of plan format 2 set: movement goals (10 minutes of
    walking, 20 of cycling, none in the last phase), flare-up advice, no contact suggestion."""
    plan = sample_plan()
    calm, build, keep = plan.phases
    return replace(
        plan,
        phases=(
            replace(calm, movement_minutes=10, movement_activity="walking"),
            replace(build, movement_minutes=20, movement_activity="cycling"),
            keep,
        ),
        flare_up_advice="Lie down with your knees up.\nBreathe out slowly; it settles.",
        suggest_contact=False,
    )


def plan_of(*items: PlanItem, name: str = "P", phase: str = "A", **changes: Any) -> Plan:
    """A plan of one phase (of the default 14 days) with ``items``; ``changes`` replace fields."""
    return replace(Plan(name, (PlanPhase(phase, items),)), **changes)


def easy_plan() -> Plan:
    """The plan the profile tests give a profile: calm breathing, 5 minutes a day."""
    return plan_of(PlanItem(ItemKind.BREATHING, "calm", 5), name="Easy does it", phase="Calm")
