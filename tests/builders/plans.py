# SPDX-License-Identifier: GPL-3.0-or-later
"""A plan controller in memory for the plan views, and a sample plan to show."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QObject, Signal

from breathapp.core.adherence import (
    ItemToday,
    PhaseNow,
    SessionDone,
    current_phase,
    today_items,
)
from breathapp.core.plans import (
    Advance,
    Contact,
    ItemKind,
    Per,
    Plan,
    PlanItem,
    PlanPhase,
    PlanProgress,
    check_plan,
)

TODAY = date(2026, 12, 3)  # a Thursday


def sample_plan() -> Plan:
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


class FakePlans(QObject):
    """Has what the plan views use of PlanController; computes days with the real core."""

    plan_changed = Signal()
    today_changed = Signal()
    movement_changed = Signal(bool)
    storage_failed = Signal(object)

    def __init__(self, plan: Plan | None = None, started: date | None = None) -> None:
        super().__init__()
        self.today = TODAY
        self.plan = plan
        start = started or TODAY - timedelta(days=3)
        self.progress = PlanProgress(start, 0, start) if plan is not None else None
        self.sessions: list[SessionDone] = []
        self.moved_today = False
        self.moved_calls: list[bool] = []
        self.saved: list[Plan] = []

    def phase_now(self) -> PhaseNow | None:
        if self.plan is None or self.progress is None:
            return None
        return current_phase(self.plan, self.progress, self.today)

    def today_items(self) -> list[ItemToday]:
        if self.plan is None or self.progress is None:
            return []
        return today_items(self.plan, self.progress, self.sessions, self.today)

    def next_open_item(self) -> ItemToday | None:
        return next((i for i in self.today_items() if i.done < i.due), None)

    def set_moved_today(self, moved: bool) -> bool:
        self.moved_calls.append(moved)
        self.moved_today = moved
        self.movement_changed.emit(moved)
        return True

    def save(self, plan: Plan) -> None:
        check_plan(plan)
        self.saved.append(plan)
        self.plan = plan
        if self.progress is None:
            self.progress = PlanProgress(self.today, 0, self.today)
        self.plan_changed.emit()

    def practise(self, item: PlanItem) -> None:
        """A session of ``item`` done today, as the store would report it."""
        kind = "breathing" if item.kind is ItemKind.BREATHING else f"relaxation:{item.what}"
        pattern_id = item.what if item.kind is ItemKind.BREATHING else None
        text = "4-0-6-0" if item.what == "calm" else "5-0-5-0"
        self.sessions.append(SessionDone(self.today, kind, pattern_id, text, 300.0, True))
        self.today_changed.emit()
