# SPDX-License-Identifier: GPL-3.0-or-later
"""The one place a therapist's plan becomes words: sessions, how often, phases, what's next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from breathapp.core.patterns import PatternError, resolve
from breathapp.core.plans import Advance, ItemKind, Per, PlanItem, PlanPhase
from breathapp.ui.common import labels, numbers
from breathapp.ui.common.counts import Counts

if TYPE_CHECKING:
    from breathapp.core.adherence import ItemToday, PhaseNow
    from breathapp.core.relaxation import Script

# Finds a relaxation session by its id (RelaxationController.script); None when missing.
ScriptLookup = Callable[[str], "Script | None"]

SEP = "  ·  "


def number(value: float) -> str:
    """5, 2,5 in Dutch: one decimal at most, none when whole."""
    return numbers.short(value)


def short_timing(what: str) -> str:
    """A pattern's seconds as the patient counts them: 4-6, 2+1-6, or 4-4-4-4 with pauses."""
    try:
        pattern, _preset = resolve(what)
    except PatternError:
        return what
    return numbers.short_timing(pattern)


def pattern_name(what: str) -> str:
    """A preset's name, or "Your own pattern" for a pattern written as seconds."""
    try:
        _pattern, preset_id = resolve(what)
    except PatternError:
        return QCoreApplication.translate("plan_text", "A breathing pattern")
    return (
        labels.preset_name(preset_id)
        if preset_id
        else QCoreApplication.translate("plan_text", "Your own pattern")
    )


def times_text(times: int, per: Per) -> str:
    """once a day, twice a week, 3 times a day."""
    if per is Per.DAY:
        words = {
            1: QCoreApplication.translate("plan_text", "once a day"),
            2: QCoreApplication.translate("plan_text", "twice a day"),
        }
        return words.get(times) or Counts.tr("%n times a day", "", times)
    words = {
        1: QCoreApplication.translate("plan_text", "once a week"),
        2: QCoreApplication.translate("plan_text", "twice a week"),
    }
    return words.get(times) or Counts.tr("%n times a week", "", times)


def minutes_short(minutes: float) -> str:
    """ "5 min", kept on one line."""
    return (
        QCoreApplication.translate("plan_text", "%1 min")
        .replace("%1", number(minutes))
        .replace(" ", "\u00a0")
    )


def item_title(item: PlanItem, script: ScriptLookup | None = None) -> str:
    """What to do: "Calm belly breathing 4-6", or a relaxation session's title."""
    if item.kind is ItemKind.RELAXATION:
        found = script(item.what) if script is not None else None
        if found is not None:
            return found.title
        return QCoreApplication.translate("plan_text", "Relaxation session “%1”").replace(
            "%1", item.what
        )
    return f"{pattern_name(item.what)} {short_timing(item.what)}"


def item_minutes(item: PlanItem, script: ScriptLookup | None = None) -> float | None:
    """How long one session lasts; a relaxation session has its own length (None if unknown)."""
    if item.kind is ItemKind.RELAXATION:
        found = script(item.what) if script is not None else None
        return float(found.minutes) if found is not None else None
    return item.minutes


def item_details(item: PlanItem, script: ScriptLookup | None = None) -> str:
    """How long and how often: "5 min · twice a day", with the slowing down when there is one."""
    parts = []
    minutes = item_minutes(item, script)
    if minutes is not None:
        parts.append(minutes_short(minutes))
    parts.append(times_text(item.times, item.per))
    text = SEP.join(parts)
    if item.kind is ItemKind.BREATHING and item.ramp_start_bpm and item.ramp_minutes:
        text += SEP + QCoreApplication.translate(
            "plan_text", "starting at %1 breaths a minute, slowing down over %2"
        ).replace("%1", number(item.ramp_start_bpm)).replace("%2", minutes_short(item.ramp_minutes))
    return text


def describe_item(item: PlanItem, script: ScriptLookup | None = None) -> str:
    """One line: "Calm belly breathing 4-6 · 5 min · twice a day"."""
    return item_title(item, script) + SEP + item_details(item, script)


def done_text(entry: ItemToday) -> str:
    """How far today (or this week) got, never a judgement: "1 of 2 done today"."""
    if entry.item.per is Per.WEEK:
        if entry.done >= entry.due:
            return QCoreApplication.translate("plan_text", "Done for this week")
        return (
            QCoreApplication.translate("plan_text", "%1 of %2 done this week")
            .replace("%1", str(entry.done))
            .replace("%2", str(entry.due))
        )
    if entry.done >= entry.due:
        return QCoreApplication.translate("plan_text", "Done for today")
    if entry.due == 1:
        return QCoreApplication.translate("plan_text", "Not yet today")
    return (
        QCoreApplication.translate("plan_text", "%1 of %2 done today")
        .replace("%1", str(entry.done))
        .replace("%2", str(entry.due))
    )


def phase_name(phase: PlanPhase, index: int) -> str:
    return phase.name.strip() or QCoreApplication.translate("plan_text", "Phase %1").replace(
        "%1", str(index + 1)
    )


def phase_position(now: PhaseNow, phase_count: int) -> str:
    """ "Phase 1 of 3 · day 4 of 14"; without an end, only the day."""
    where = (
        QCoreApplication.translate("plan_text", "Phase %1 of %2")
        .replace("%1", str(now.index + 1))
        .replace("%2", str(phase_count))
    )
    if now.ends_day is not None and now.phase.advance is Advance.AFTER_DAYS:
        day = (
            QCoreApplication.translate("plan_text", "day %1 of %2")
            .replace("%1", str(now.day_number))
            .replace("%2", str(now.phase.days))
        )
    else:
        day = QCoreApplication.translate("plan_text", "day %1").replace("%1", str(now.day_number))
    return where + SEP + day


def advance_text(phase: PlanPhase, is_last: bool) -> str:
    """The rule to move on, in words for the patient."""
    if is_last:
        return QCoreApplication.translate(
            "plan_text", "This is the last phase: keep it up for as long as it helps you."
        )
    if phase.advance is Advance.THERAPIST:
        return QCoreApplication.translate(
            "plan_text", "This phase lasts until your therapist moves you on."
        )
    text = Counts.tr(
        "This phase lasts %n days; then the next one starts by itself.", "", phase.days
    )
    return text


def next_text(now: PhaseNow) -> str:
    """What comes after the current phase, and when."""
    following = now.next_phase
    if following is None:
        return QCoreApplication.translate(
            "plan_text", "This is the last phase: keep it up for as long as it helps you."
        )
    name = phase_name(following, now.index + 1)
    if now.phase.advance is Advance.THERAPIST or now.ends_day is None:
        return QCoreApplication.translate(
            "plan_text", "Next: %1, when your therapist says so."
        ).replace("%1", name)
    return (
        QCoreApplication.translate("plan_text", "Next: %1, from %2.")
        .replace("%1", name)
        .replace("%2", labels.date_text(now.ends_day + timedelta(days=1), long=True))
    )


def movement_goal_text(phase: PlanPhase) -> str:
    """ "Movement each day: 15 minutes, walking"; "" when the phase sets no goal."""
    if phase.movement_minutes is None:
        return ""
    activity = phase.movement_activity.strip()
    if not activity:
        text = Counts.tr("Movement each day: %n minutes", "", phase.movement_minutes)
        return text
    text = Counts.tr("Movement each day: %n minutes, %1", "", phase.movement_minutes)
    return text.replace("%1", activity)


def suggest_contact_text(suggest: bool) -> str:
    """Whether the app suggests contacting the therapist, in plain words for the patient."""
    if suggest:
        return QCoreApplication.translate(
            "plan_text",
            "If your pain stays high or rises, BreathApp will suggest contacting your therapist.",
        )
    return QCoreApplication.translate(
        "plan_text",
        "BreathApp will not suggest contacting your therapist when the pain stays high or rises.",
    )


def rule_text(phase: PlanPhase) -> str:
    """The rule for the therapist's eyes: "After 14 days" or "When the therapist says"."""
    if phase.advance is Advance.THERAPIST:
        return QCoreApplication.translate("plan_text", "When the therapist says")
    text = Counts.tr("After %n days", "", phase.days)
    return text
