# SPDX-License-Identifier: GPL-3.0-or-later
"""A plan in plain lines, in the command line's language, as 'plan import' prints it before
saving: its phases with their sessions and movement goal, the therapist's message and advice
for a bad day, the contact card and the suggested reminder times.

Every text from the file goes through printable(): a title with terminal controls in it is
shown, never acted on. The message and the advice keep their own lines, each made safe.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from breathapp.cli.common import printable
from breathapp.cli.words import Counted, decimal, fill, translate

if TYPE_CHECKING:
    from breathapp.core.plans import Plan, PlanItem, PlanPhase


def describe_plan(plan: Plan, titles: dict[str, str]) -> list[str]:
    """The plan in plain lines, in the language in use (cli.words)."""
    lines = [fill(translate("cli", "Plan: %1"), printable(plan.title))]
    for p, phase in enumerate(plan.phases):
        lines.append("")
        name = printable(phase.name) or translate("cli", "no name")
        lines.append(fill(translate("cli", "Phase %1: %2 (%3)"), p + 1, name, _lasts(phase)))
        lines.extend(f"  - {_item(item, titles)}" for item in phase.items)
        if phase.movement_minutes is not None:
            lines.append(f"  {_movement(phase)}")
        if phase.note:
            lines.append("  " + fill(translate("cli", "Note: %1"), printable(phase.note)))
    for heading, text in (
        (translate("cli", "Message from your therapist:"), plan.message),
        (translate("cli", "On a bad day, your therapist advises:"), plan.flare_up_advice),
    ):
        if text:
            lines += ["", heading]
            lines.extend(f"  {printable(line)}" for line in text.splitlines())
    contact = [
        plan.contact.therapist,
        plan.contact.practice,
        plan.contact.phone and fill(translate("cli", "phone %1"), plan.contact.phone),
        plan.contact.email and fill(translate("cli", "e-mail %1"), plan.contact.email),
        plan.contact.hours and fill(translate("cli", "when to call: %1"), plan.contact.hours),
    ]
    if any(contact):
        lines.append("")
        shown = printable(", ".join(c for c in contact if c))
        lines.append(fill(translate("cli", "Contact: %1"), shown))
    if not plan.suggest_contact:
        lines.append(
            translate(
                "cli",
                "The app does not suggest contacting your therapist when pain stays high "
                "(your therapist turned it off).",
            )
        )
    if plan.reminder_times:
        times = printable(", ".join(plan.reminder_times))
        lines.append(fill(translate("cli", "Suggested reminder times: %1"), times))
    return lines


def _lasts(phase: PlanPhase) -> str:
    from breathapp.core.plans import Advance

    if phase.advance is Advance.THERAPIST:
        return translate("cli", "until your therapist moves you on")
    return Counted.tr("%n days", "", phase.days)


def _movement(phase: PlanPhase) -> str:
    minutes = phase.movement_minutes or 0
    if phase.movement_activity:
        text = Counted.tr("Move every day: %n minutes of %1", "", minutes)
        return fill(text, printable(phase.movement_activity))
    return Counted.tr("Move every day: %n minutes", "", minutes)


def _often(item: PlanItem) -> str:
    from breathapp.core.plans import Per

    # "once" and "twice" are words of their own, not plural forms; 3 and more are counted.
    if item.per is Per.DAY:
        words = {1: translate("cli", "once a day"), 2: translate("cli", "twice a day")}
        return words.get(item.times) or Counted.tr("%n times a day", "", item.times)
    words = {1: translate("cli", "once a week"), 2: translate("cli", "twice a week")}
    return words.get(item.times) or Counted.tr("%n times a week", "", item.times)


def _item(item: PlanItem, titles: dict[str, str]) -> str:
    from breathapp.core.patterns import fmt_s, resolve
    from breathapp.core.plans import ItemKind

    often = _often(item)
    if item.kind is ItemKind.RELAXATION:
        title = printable(titles.get(item.what, item.what))
        return fill(translate("cli", "relaxation: %1, %2"), title, often)
    pattern, pattern_id = resolve(item.what)
    rate = decimal(fmt_s(round(pattern.rate_bpm, 1)))
    what = f"{pattern_id} ({pattern.text()})" if pattern_id else pattern.text()
    text = fill(
        translate("cli", "breathing %1, %2 breaths a minute, %3 minutes"),
        what,
        rate,
        decimal(fmt_s(item.minutes)),
    )
    if item.ramp_start_bpm is not None and item.ramp_minutes is not None:
        text += fill(
            translate("cli", ", easing in from %1 breaths a minute over %2 minutes"),
            decimal(fmt_s(item.ramp_start_bpm)),
            decimal(fmt_s(item.ramp_minutes)),
        )
    if pattern.has_holds:
        text += translate("cli", ", with breath holds")
    return fill(translate("cli", "%1, %2"), text, often)
