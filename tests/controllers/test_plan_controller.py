# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan controller over real repositories on a temporary database, with a fake clock."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from breathapp.controllers.plan_controller import PlanController
from breathapp.core.clock import ManualClock
from breathapp.core.errors import StorageError, StorageProblem
from breathapp.core.movement import MovementDay, MovementError
from breathapp.core.plans import (
    Advance,
    ItemKind,
    Per,
    Plan,
    PlanError,
    PlanItem,
    PlanPhase,
    PlanProblem,
    PlanProgress,
)
from breathapp.core.profiles import Profile
from breathapp.core.safety import HoldsNotAllowedError
from breathapp.core.session import SessionStatus
from breathapp.storage.db import Database
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.plan_files import read_plan_file, write_plan_file
from breathapp.storage.plans_repo import PlanRepo
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.sessions import make_record

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday
CALM = PlanItem(ItemKind.BREATHING, "calm", minutes=5, times=2)
PMR = PlanItem(ItemKind.RELAXATION, "pmr-short", times=2, per=Per.WEEK)
BOX = PlanItem(ItemKind.BREATHING, "box", minutes=5)
PLAN = Plan(
    "Back at ease",
    (
        PlanPhase("Calm", (CALM, PMR), Advance.AFTER_DAYS, 7),
        PlanPhase("Build", (BOX,), Advance.THERAPIST),
        PlanPhase("Keep", (CALM,), Advance.THERAPIST),
    ),
)


class World:
    """A database, a clock whose local day is its UTC day, and a controller factory."""

    def __init__(self, tmp_path: Path) -> None:
        self.clock = ManualClock(start_utc=START)
        self.db, _ = Database.open(tmp_path / "data", self.clock.now_utc())
        self.profile = ProfileRepo(self.db).default()
        self.plans = PlanRepo(self.db)
        self.sessions = SessionRepo(self.db, tz=UTC)
        self.queries: list[str] = []

    def today(self) -> date:
        return self.clock.now_utc().date()

    def days_on(self, days: int) -> None:
        self.clock.advance(days * 86400.0)

    def controller(self, profile: Profile | None = None, **extra: Any) -> PlanController:
        return PlanController(
            _Counting(self.plans, self.queries),
            MovementRepo(self.db),
            self.clock,
            self.today,
            profile or self.profile,
            read_plan_file,
            write_plan_file,
            **extra,
        )

    def practise(self, pattern_id: str = "calm", text: str = "4-0-6-0", minutes: float = 5) -> None:
        now = self.clock.now_utc()
        record = make_record(
            started_utc=now,
            ended_utc=now,
            active_s=minutes * 60,
            pattern_text=text,
            pattern_id=pattern_id,
            breaths=30,
            status=SessionStatus.COMPLETED,
            length_value=minutes,
        )
        self.sessions.add(self.profile.id, record)
        self.clock.advance(600)


class _Counting:
    """The real PlanRepo, noting which of its methods were called."""

    def __init__(self, repo: PlanRepo, calls: list[str]) -> None:
        self._repo = repo
        self._calls = calls

    def __getattr__(self, name: str) -> Any:
        self._calls.append(name)
        return getattr(self._repo, name)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.db.close()


def test_building_it_for_a_profile_without_a_plan_asks_one_cheap_question(world: World) -> None:
    controller = world.controller()
    assert world.queries == ["has_active"]
    assert not controller.has_plan
    assert controller.plan is None and controller.phase_now() is None
    assert controller.today_items() == [] and controller.next_open_item() is None
    assert world.queries == ["has_active"]


def test_a_plan_is_read_only_when_first_used(world: World) -> None:
    world.plans.save(world.profile.id, PLAN, PlanProgress(world.today(), 0, world.today()), START)
    controller = world.controller()
    assert world.queries == ["has_active"] and controller.has_plan
    assert controller.plan == PLAN
    assert world.queries == ["has_active", "active"]


def test_accepting_a_plan_starts_it_today(world: World, qtbot: QtBot) -> None:
    controller = world.controller()
    with qtbot.waitSignals([controller.plan_changed, controller.today_changed]):
        assert controller.accept(PLAN)
    assert controller.progress == PlanProgress(world.today(), 0, world.today(), (world.today(),))
    assert world.controller().plan == PLAN  # stored
    now = controller.phase_now()
    assert now is not None and now.index == 0 and now.day_number == 1


def test_today_counts_sessions_after_refresh(world: World, qtbot: QtBot) -> None:
    controller = world.controller()
    controller.accept(PLAN)
    assert [(i.done, i.due) for i in controller.today_items()] == [(0, 2), (0, 2)]
    world.practise()
    assert controller.today_items()[0].done == 0  # read again only on refresh
    with qtbot.waitSignal(controller.today_changed):
        controller.refresh()
    assert [(i.done, i.due) for i in controller.today_items()] == [(1, 2), (0, 2)]
    world.practise()
    controller.refresh()
    open_item = controller.next_open_item()
    assert open_item is not None and open_item.item == PMR


def test_phases_roll_on_and_the_therapist_moves_the_plan_on(world: World) -> None:
    controller = world.controller()
    controller.accept(PLAN)
    world.days_on(8)
    now = controller.phase_now()
    assert now is not None and now.index == 1 and now.day_number == 2
    assert [i.item for i in controller.today_items()] == [BOX]
    assert controller.advance_phase()
    # Phase 1 rolled on after 7 days; the move started phase 2 today (day 8).
    day = START.date()
    starts = (day, day + timedelta(days=7), world.today())
    assert controller.progress == PlanProgress(day, 2, world.today(), starts)
    assert world.controller().progress == controller.progress  # stored
    assert not controller.advance_phase()  # the last phase


def test_each_move_keeps_the_day_from_the_clock(world: World) -> None:
    three = Plan("Three", (*PLAN.phases[1:], PlanPhase("Maintain", (CALM,), Advance.THERAPIST)))
    controller = world.controller()
    controller.accept(three)
    day = START.date()
    world.days_on(10)
    assert controller.advance_phase()  # Build -> Keep on day 10
    world.days_on(5)
    assert controller.advance_phase()  # Keep -> Maintain on day 15
    progress = world.controller().progress
    assert progress is not None
    assert progress.phase_starts == (day, day + timedelta(days=10), day + timedelta(days=15))
    assert (progress.phase_index, progress.phase_started_day) == (2, day + timedelta(days=15))
    weeks = controller.adherence(day, day + timedelta(days=20))
    # BOX daily for 10 days, then CALM twice daily for 5, then CALM twice daily again.
    assert [w.prescribed for w in weeks] == [7, 3 + 4 * 2, 7 * 2]


def test_saving_a_changed_plan_keeps_its_progress(world: World) -> None:
    controller = world.controller()
    controller.accept(PLAN)
    world.days_on(9)
    controller.advance_phase()
    shorter = Plan("Shorter", PLAN.phases[:2], message="Keep going")
    assert controller.save(shorter)
    progress = controller.progress
    assert progress is not None
    assert (progress.started_day, progress.phase_index) == (START.date(), 1)  # now its last
    # The first phase still began on the first day; the last one from this edit on.
    assert progress.phase_starts == (START.date(), world.today())
    assert controller.plan == shorter


def test_a_plan_breaking_the_limits_or_safety_is_refused_and_nothing_stored(
    world: World,
) -> None:
    controller = world.controller(Profile(world.profile.id, "", no_holds=True))
    with pytest.raises(HoldsNotAllowedError) as info:
        controller.accept(PLAN)
    assert info.value.where == "phases[1].items[0].what"
    bad = Plan("", PLAN.phases)
    with pytest.raises(PlanError):
        controller.save(bad)
    assert not world.plans.has_active(world.profile.id)


def test_an_unknown_relaxation_is_refused_when_the_library_is_known(world: World) -> None:
    controller = world.controller(known_relaxation=lambda rid: rid == "body-scan")
    with pytest.raises(PlanError) as info:
        controller.accept(PLAN)
    assert info.value.problem is PlanProblem.UNKNOWN_RELAXATION
    assert info.value.where == "phases[0].items[1].what"


def test_export_then_read_file_gives_the_same_plan(world: World, tmp_path: Path) -> None:
    controller = world.controller()
    controller.accept(PLAN)
    path = tmp_path / "anna.breathplan"
    assert controller.export(path)
    assert json.loads(path.read_text("utf-8"))["format"] == "breathapp-plan"
    assert controller.read_file(path) == PLAN
    strict = world.controller(Profile(world.profile.id, "", no_holds=True))
    with pytest.raises(HoldsNotAllowedError):
        strict.read_file(path)


def test_a_failed_export_is_reported_not_raised(world: World, tmp_path: Path, qtbot: QtBot) -> None:
    controller = world.controller()
    controller.accept(PLAN)
    with qtbot.waitSignal(controller.storage_failed) as blocker:
        assert not controller.export(tmp_path / "missing-folder" / "x.breathplan")
    assert isinstance(blocker.args[0], StorageError)


def test_removing_the_plan(world: World, qtbot: QtBot) -> None:
    controller = world.controller()
    controller.accept(PLAN)
    with qtbot.waitSignal(controller.plan_changed):
        assert controller.remove()
    assert controller.plan is None and not controller.has_plan
    assert world.controller().plan is None


def test_adherence_per_week(world: World) -> None:
    controller = world.controller()
    controller.accept(PLAN)
    world.practise()
    world.practise()
    world.days_on(1)
    world.practise()
    weeks = controller.adherence(START.date(), START.date() + timedelta(days=6))
    assert [(w.monday, w.prescribed, w.done) for w in weeks] == [(START.date(), 7 * 2 + 2, 3)]
    assert controller.adherence(START.date(), START.date() - timedelta(days=1)) == []


def test_the_movement_tick(world: World, qtbot: QtBot) -> None:
    controller = world.controller()
    assert not controller.moved_today
    with qtbot.waitSignal(controller.movement_changed) as blocker:
        assert controller.set_moved_today(True)
    assert blocker.args == [True]
    assert controller.moved_today
    world.days_on(1)
    assert not controller.moved_today
    controller.set_moved_today(True)
    controller.set_moved_today(False)
    assert controller.movement_days(None, None) == [START.date()]


def test_storage_failures_are_signalled_and_change_nothing(world: World, qtbot: QtBot) -> None:
    controller = world.controller()
    failure = StorageError(StorageProblem.DISK_FULL)

    def fail(*args: object) -> None:
        raise failure

    world.plans.save = fail  # type: ignore[method-assign]
    with qtbot.waitSignal(controller.storage_failed) as blocker:
        assert not controller.accept(PLAN)
    assert blocker.args == [failure] and controller.plan is None


def test_the_next_open_item_passes_over_holds_for_a_profile_set_to_no_holds_later(
    world: World,
) -> None:
    calm = PlanItem(ItemKind.BREATHING, "calm", minutes=5)
    world.controller().accept(Plan("Both", (PlanPhase("One", (BOX, calm)),)))
    assert world.controller().next_open_item().item == BOX  # type: ignore[union-attr]
    strict = world.controller(Profile(world.profile.id, "", no_holds=True))
    assert strict.next_open_item().item == calm  # type: ignore[union-attr]
    only_box = world.controller()
    only_box.save(Plan("Box", (PlanPhase("One", (BOX,)),)))
    assert world.controller(Profile(world.profile.id, "", no_holds=True)).next_open_item() is None


def test_movement_minutes_per_day(world: World, qtbot: QtBot) -> None:
    controller = world.controller()
    today = START.date()
    assert controller.movement_minutes(today) is None
    with qtbot.waitSignal(controller.movement_minutes_changed) as blocker:
        assert controller.set_movement_minutes(today, 20)
    assert blocker.args == [today, 20]
    assert controller.movement_minutes(today) == MovementDay(today, 20, at_least=False)
    assert controller.moved_today  # the old tick's readers see the day as moved
    controller.set_movement_minutes(today - timedelta(days=1), 10)
    assert controller.movement_entries(None, None) == [
        MovementDay(today - timedelta(days=1), 10, False),
        MovementDay(today, 20, False),
    ]
    with pytest.raises(MovementError):
        controller.set_movement_minutes(today, 601)
    with qtbot.waitSignal(controller.movement_changed) as cleared:
        assert controller.set_movement_minutes(today, 0)
    assert cleared.args == [False] and not controller.moved_today
    assert controller.movement_minutes(today) is None
    controller.set_moved_today(True)  # the old tick: "15 minutes or more"
    assert controller.movement_minutes(today) == MovementDay(today, 15, at_least=True)


def test_movement_against_the_phase_goal(world: World) -> None:
    controller = world.controller()
    today = START.date()
    controller.set_movement_minutes(today, 12)
    assert [(d.goal, d.minutes, d.met) for d in controller.movement_goal_days(today, today)] == [
        (None, 12, False)
    ]
    walk = PlanPhase("Walk", PLAN.phases[0].items, movement_minutes=10, movement_activity="walking")
    controller.accept(Plan("Move", (walk,)))
    (day,) = controller.movement_goal_days(today, today)
    assert (day.goal, day.minutes, day.met, day.activity) == (10, 12, True, "walking")
