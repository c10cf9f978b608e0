# SPDX-License-Identifier: GPL-3.0-or-later
"""Where a plan stands today and how much of it was practised: pure functions of local days."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from itertools import pairwise
from typing import NamedTuple

from breathapp.core.patterns import PatternError, resolve
from breathapp.core.plans import (
    DONE_SHARE,
    Advance,
    ItemKind,
    Per,
    Plan,
    PlanItem,
    PlanPhase,
    PlanProgress,
)

RELAXATION_KIND_PREFIX = "relaxation:"  # as core.relaxation.KIND_PREFIX (not loaded here)
_WEEK_DAYS = 7


class SessionDone(NamedTuple):
    """One stored session as adherence sees it (in the order they were started)."""

    local_day: date
    kind: str  # "breathing" or "relaxation:<id>"
    pattern_id: str | None
    pattern_text: str
    active_s: float
    completed: bool


class PhaseNow(NamedTuple):
    """The phase a plan is in on a day."""

    index: int  # type: ignore[assignment]  # shadows tuple.index, named so in the API
    phase: PlanPhase
    started_day: date
    day_number: int  # 1 on the phase's first day
    ends_day: date | None  # its last day; None when the therapist moves on, or the last phase
    next_phase: PlanPhase | None


class ItemToday(NamedTuple):
    """A prescribed session of the current phase: done against due, today or this week."""

    index: int  # type: ignore[assignment]  # shadows tuple.index, named so in the API
    item: PlanItem
    done: int
    due: int  # times today (Per.DAY), or this Monday-to-Sunday week (Per.WEEK)


class WeekAdherence(NamedTuple):
    monday: date
    prescribed: int
    done: int


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _last_index(plan: Plan, progress: PlanProgress) -> int:
    return max(0, min(progress.phase_index, len(plan.phases) - 1))


def _rolls_on(plan: Plan, index: int) -> bool:
    return plan.phases[index].advance is Advance.AFTER_DAYS and index < len(plan.phases) - 1


def current_phase(plan: Plan, progress: PlanProgress, today: date) -> PhaseNow:
    """The phase on ``today``: AFTER_DAYS phases roll on by themselves; the last never ends."""
    index = _last_index(plan, progress)
    start = progress.phase_started_day
    while _rolls_on(plan, index) and start + timedelta(days=plan.phases[index].days) <= today:
        start += timedelta(days=plan.phases[index].days)
        index += 1
    phase = plan.phases[index]
    ends = start + timedelta(days=phase.days - 1) if _rolls_on(plan, index) else None
    return PhaseNow(
        index=index,
        phase=phase,
        started_day=start,
        day_number=max(1, (today - start).days + 1),
        ends_day=ends,
        next_phase=plan.phases[index + 1] if index + 1 < len(plan.phases) else None,
    )


def _recorded_starts(plan: Plan, progress: PlanProgress) -> dict[int, date] | None:
    """The stored first day of each phase up to the current one; None when not fully known."""
    starts = progress.phase_starts
    if (
        len(starts) != progress.phase_index + 1
        or len(starts) > len(plan.phases)
        or starts[-1] != progress.phase_started_day
        or any(later < earlier for earlier, later in pairwise(starts))
    ):
        return None
    return dict(enumerate(starts))


def _rebuilt_starts(plan: Plan, progress: PlanProgress) -> dict[int, date]:
    """The first days of the phases up to the current one, for a plan stored without them.

    Only the current phase's start is known; earlier phases are rebuilt: the AFTER_DAYS
    phases just before it backwards from its start (or, when the therapist moved on before
    they would have rolled on, from where they rolled on), the rest forwards from the plan's
    start. After more than one move of the therapist this is a guess.
    """
    index = _last_index(plan, progress)
    known = index
    starts: dict[int, date] = {index: progress.phase_started_day}
    back = progress.phase_started_day
    natural = progress.started_day + timedelta(days=sum(p.days for p in plan.phases[:index]))
    if all(p.advance is Advance.AFTER_DAYS for p in plan.phases[:index]) and (
        natural >= progress.phase_started_day
    ):
        back = natural  # moved on early (or on time): the phases before rolled on as usual
    while known > 0 and plan.phases[known - 1].advance is Advance.AFTER_DAYS:
        known -= 1
        back -= timedelta(days=plan.phases[known].days)
        starts[known] = back
    ahead = progress.started_day
    for i in range(known):
        starts[i] = ahead
        if plan.phases[i].advance is not Advance.AFTER_DAYS:
            break
        ahead += timedelta(days=plan.phases[i].days)
    return starts


def _phase_starts(plan: Plan, progress: PlanProgress, until: date) -> list[tuple[date, int]]:
    """(first day, phase index) of each phase that ran, in order, up to ``until``.

    The days stored with the progress when it has them all, else rebuilt (older plans);
    then the phases that rolled on by themselves since. A phase that got no day of its
    own is left out.
    """
    index = _last_index(plan, progress)
    starts = _recorded_starts(plan, progress) or _rebuilt_starts(plan, progress)
    out: list[tuple[date, int]] = []
    for i in sorted(starts):
        day = max(starts[i], progress.started_day)
        while out and out[-1][0] >= day:
            out.pop()  # the earlier phase got no day of its own
        out.append((day, i))
    # The plan ran from its first day, whatever the rebuilding says.
    out[0] = (progress.started_day, out[0][1])
    start = progress.phase_started_day
    while _rolls_on(plan, index):
        start += timedelta(days=plan.phases[index].days)
        index += 1
        if start > until:
            break
        out.append((start, index))
    return out


def phase_start_days(plan: Plan, progress: PlanProgress, today: date) -> tuple[date, ...]:
    """The day each phase began, from the first to the one ``today`` is in.

    A phase that got no day of its own began on the day the next one did.
    """
    ran = _phase_starts(plan, progress, today)
    return tuple(next(day for day, j in ran if j >= i) for i in range(ran[-1][1] + 1))


def phase_of_days(plan: Plan, progress: PlanProgress, first: date, last: date) -> dict[date, int]:
    """The phase index each day from ``first`` to ``last`` was in; days before the plan's
    first day are left out (the same days and phases the adherence counts)."""
    starts = _phase_starts(plan, progress, last)
    out: dict[date, int] = {}
    day = max(first, progress.started_day)
    while day <= last:
        out[day] = next(i for start, i in reversed(starts) if start <= day)
        day += timedelta(days=1)
    return out


def moved_to(plan: Plan, progress: PlanProgress, index: int, today: date) -> PlanProgress:
    """The progress once the therapist puts the patient in phase ``index`` from ``today``.

    The days the phases before it began are kept (those that rolled on by themselves too).
    """
    before = phase_start_days(plan, progress, today)[:index]
    before += (today,) * (index - len(before))
    return PlanProgress(progress.started_day, index, today, (*before, today))


class _Counter:
    """Due and done per prescribed slot: (day, phase, item) or (monday, phase, item)."""

    def __init__(self, plan: Plan, progress: PlanProgress, first: date, last: date) -> None:
        self.plan = plan
        self.due: dict[tuple[date, int, int], int] = {}
        self.done: dict[tuple[date, int, int], int] = {}
        self._phase_of: dict[date, int] = {}
        week_days: dict[tuple[date, int, int], int] = {}
        starts = _phase_starts(plan, progress, last)
        day = max(first, progress.started_day)
        while day <= last:
            p = next(i for start, i in reversed(starts) if start <= day)
            self._phase_of[day] = p
            for i, item in enumerate(plan.phases[p].items):
                if item.per is Per.DAY:
                    self.due[(day, p, i)] = item.times
                else:
                    key = (monday_of(day), p, i)
                    week_days[key] = week_days.get(key, 0) + 1
            day += timedelta(days=1)
        for key, days in week_days.items():
            times = plan.phases[key[1]].items[key[2]].times
            # A week the phase only partly covers asks for its share, but at least once.
            self.due[key] = max(1, (times * days * 2 + _WEEK_DAYS) // (2 * _WEEK_DAYS))
        self._patterns: dict[str, tuple[str | None, str] | None] = {}

    def count(self, sessions: Sequence[SessionDone]) -> None:
        """Give each session that counts to one slot with room: daily ones first."""
        for session in sessions:
            p = self._phase_of.get(session.local_day)
            if p is None:
                continue
            items = self.plan.phases[p].items
            for per in (Per.DAY, Per.WEEK):
                day = session.local_day if per is Per.DAY else monday_of(session.local_day)
                slot = next(
                    (
                        (day, p, i)
                        for i, item in enumerate(items)
                        if item.per is per
                        and self.done.get((day, p, i), 0) < self.due.get((day, p, i), 0)
                        and self._counts(session, item)
                    ),
                    None,
                )
                if slot is not None:
                    self.done[slot] = self.done.get(slot, 0) + 1
                    break

    def _counts(self, session: SessionDone, item: PlanItem) -> bool:
        if item.kind is ItemKind.RELAXATION:
            return session.completed and session.kind == RELAXATION_KIND_PREFIX + item.what
        if session.kind != "breathing":
            return False
        if item.what not in self._patterns:
            try:
                pattern, pattern_id = resolve(item.what)
                self._patterns[item.what] = (pattern_id, pattern.text())
            except PatternError:
                self._patterns[item.what] = None
        wanted = self._patterns[item.what]
        if wanted is None:
            return False
        pattern_id, text = wanted
        same = session.pattern_text == text or (
            pattern_id is not None and session.pattern_id == pattern_id
        )
        return same and (session.completed or session.active_s >= DONE_SHARE * item.minutes * 60)


def today_items(
    plan: Plan, progress: PlanProgress, sessions: Sequence[SessionDone], today: date
) -> list[ItemToday]:
    """The current phase's sessions with how many are done of those due today / this week."""
    now = current_phase(plan, progress, today)
    monday = monday_of(today)
    counter = _Counter(plan, progress, monday, monday + timedelta(days=_WEEK_DAYS - 1))
    counter.count(sessions)
    out: list[ItemToday] = []
    for i, item in enumerate(now.phase.items):
        key = (today if item.per is Per.DAY else monday, now.index, i)
        due = counter.due.get(key, item.times)
        out.append(ItemToday(i, item, min(due, counter.done.get(key, 0)), due))
    return out


def weekly_adherence(
    plan: Plan,
    progress: PlanProgress,
    sessions: Sequence[SessionDone],
    first: date,
    last: date,
) -> list[WeekAdherence]:
    """Done against prescribed per Monday-to-Sunday week, over the days the plan ran.

    Works on local days only, so daylight saving changes play no part.
    """
    counter = _Counter(plan, progress, first, last)
    counter.count(sessions)
    weeks: dict[date, list[int]] = {}
    for key, due in counter.due.items():
        week = weeks.setdefault(monday_of(key[0]), [0, 0])
        week[0] += due
        week[1] += min(due, counter.done.get(key, 0))
    return [WeekAdherence(monday, *weeks[monday]) for monday in sorted(weeks)]
