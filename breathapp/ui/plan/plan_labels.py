# SPDX-License-Identifier: GPL-3.0-or-later
"""What is wrong with a plan or a plan file, and where, in the user's language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from breathapp.core.plans import PlanError, PlanProblem
from breathapp.core.safety import HoldsNotAllowedError
from breathapp.ui.common import numbers
from breathapp.ui.common.counts import Counts

_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
_FILE_PLACE = re.compile(r"(line|byte) (\d+)(?: column (\d+))?")


def _number(value: float) -> str:
    return numbers.exact(value)


def _field(name: str) -> str:
    names = {
        "title": QCoreApplication.translate("plan_labels", "title"),
        "name": QCoreApplication.translate("plan_labels", "name"),
        "note": QCoreApplication.translate("plan_labels", "note"),
        "what": QCoreApplication.translate("plan_labels", "pattern or session"),
        "kind": QCoreApplication.translate("plan_labels", "kind of session"),
        "minutes": QCoreApplication.translate("plan_labels", "minutes"),
        "ramp_start_bpm": QCoreApplication.translate("plan_labels", "start rate of the slow-down"),
        "ramp_minutes": QCoreApplication.translate("plan_labels", "minutes of the slow-down"),
        "times": QCoreApplication.translate("plan_labels", "how often"),
        "per": QCoreApplication.translate("plan_labels", "per day or per week"),
        "advance": QCoreApplication.translate("plan_labels", "when the next phase starts"),
        "days": QCoreApplication.translate("plan_labels", "days"),
        "message": QCoreApplication.translate("plan_labels", "message"),
        "contact": QCoreApplication.translate("plan_labels", "contact details"),
        "therapist": QCoreApplication.translate("plan_labels", "therapist"),
        "practice": QCoreApplication.translate("plan_labels", "practice"),
        "phone": QCoreApplication.translate("plan_labels", "phone"),
        "email": QCoreApplication.translate("plan_labels", "e-mail"),
        "hours": QCoreApplication.translate("plan_labels", "when to call"),
        "reminder_times": QCoreApplication.translate("plan_labels", "reminder times"),
        "format": QCoreApplication.translate("plan_labels", "file type"),
        "version": QCoreApplication.translate("plan_labels", "version"),
        "phases": QCoreApplication.translate("plan_labels", "phases"),
        "items": QCoreApplication.translate("plan_labels", "sessions"),
        "plan": QCoreApplication.translate("plan_labels", "plan"),
        "voice_pack": QCoreApplication.translate("plan_labels", "recorded voice"),
        "voice_pack_zip": QCoreApplication.translate("plan_labels", "recorded voice"),
        "movement_minutes": QCoreApplication.translate("plan_labels", "minutes of movement"),
        "movement_activity": QCoreApplication.translate("plan_labels", "which movement"),
        "flare_up_advice": QCoreApplication.translate("plan_labels", "advice for a bad day"),
        "suggest_contact": QCoreApplication.translate(
            "plan_labels", "suggest contacting the therapist"
        ),
    }
    return names.get(name, name)


def place_text(where: str) -> str:
    """'phases[1].items[0].minutes' as 'Phase 2 › session 1 › minutes'; '' for no place."""
    found = _FILE_PLACE.fullmatch(where)
    if found:
        if found.group(1) == "byte":
            return QCoreApplication.translate("plan_labels", "At byte %1 of the file").replace(
                "%1", found.group(2)
            )
        return (
            QCoreApplication.translate("plan_labels", "Line %1, column %2 of the file")
            .replace("%1", found.group(2))
            .replace("%2", found.group(3) or "1")
        )
    parts: list[str] = []
    for step in where.split("."):
        match = _STEP.fullmatch(step)
        if match is None:
            parts.append(step)
            continue
        name, index = match.group(1), match.group(2)
        if index is None:
            parts.append(_field(name))
        elif name == "phases":
            parts.append(
                QCoreApplication.translate("plan_labels", "Phase %1").replace(
                    "%1", str(int(index) + 1)
                )
            )
        elif name == "items":
            parts.append(
                QCoreApplication.translate("plan_labels", "session %1").replace(
                    "%1", str(int(index) + 1)
                )
            )
        elif name == "reminder_times":
            parts.append(
                QCoreApplication.translate("plan_labels", "reminder time %1").replace(
                    "%1", str(int(index) + 1)
                )
            )
        else:
            parts.append(f"{_field(name)} {int(index) + 1}")
    return " › ".join(p for p in parts if p)


def _sentence(error: PlanError) -> str:
    problem, where = error.problem, error.where
    if problem is PlanProblem.EMPTY:
        if where == "title":
            return QCoreApplication.translate("plan_labels", "The plan needs a title.")
        if where == "phases":
            return QCoreApplication.translate("plan_labels", "A plan needs at least one phase.")
        if where.endswith("items"):
            return QCoreApplication.translate(
                "plan_labels", "Every phase needs at least one session."
            )
        return QCoreApplication.translate("plan_labels", "This cannot be empty.")
    if problem is PlanProblem.OUT_OF_RANGE and error.low is not None and error.high is not None:
        return (
            QCoreApplication.translate("plan_labels", "This must be between %1 and %2.")
            .replace("%1", _number(error.low))
            .replace("%2", _number(error.high))
        )
    if problem is PlanProblem.TOO_LONG and error.high is not None:
        return Counts.tr("This text is too long: at most %n characters.", "", int(error.high))
    if problem is PlanProblem.TOO_MANY and error.high is not None:
        return QCoreApplication.translate("plan_labels", "There are too many: at most %1.").replace(
            "%1", str(int(error.high))
        )
    texts = {
        PlanProblem.MISSING: QCoreApplication.translate(
            "plan_labels", "Something is missing here."
        ),
        PlanProblem.WRONG_TYPE: QCoreApplication.translate(
            "plan_labels", "This holds the wrong kind of value."
        ),
        PlanProblem.OUT_OF_RANGE: QCoreApplication.translate(
            "plan_labels", "This number is outside what BreathApp allows."
        ),
        PlanProblem.TOO_LONG: QCoreApplication.translate("plan_labels", "This text is too long."),
        PlanProblem.TOO_MANY: QCoreApplication.translate("plan_labels", "There are too many here."),
        PlanProblem.BAD_PATTERN: QCoreApplication.translate(
            "plan_labels",
            "BreathApp does not know this breathing pattern. Use a pattern from the list, "
            "or seconds such as 4-0-6-0.",
        ),
        PlanProblem.BAD_ID: QCoreApplication.translate(
            "plan_labels", "This relaxation session is not in this version of BreathApp."
        ),
        PlanProblem.UNKNOWN_RELAXATION: QCoreApplication.translate(
            "plan_labels", "This relaxation session is not in this version of BreathApp."
        ),
        PlanProblem.BAD_TIME: QCoreApplication.translate(
            "plan_labels", "Write the time as hours and minutes, for example 08:30."
        ),
        PlanProblem.BAD_VALUE: QCoreApplication.translate(
            "plan_labels", "BreathApp does not know this value."
        ),
        PlanProblem.UNKNOWN_FIELD: QCoreApplication.translate(
            "plan_labels", "BreathApp does not know this part of the file."
        ),
        PlanProblem.NOT_A_PLAN: QCoreApplication.translate(
            "plan_labels", "This file is not a BreathApp plan."
        ),
        PlanProblem.NEWER_VERSION: QCoreApplication.translate(
            "plan_labels",
            "This plan was made with a newer version of BreathApp. Install the newer "
            "version to open it.",
        ),
        PlanProblem.BAD_JSON: QCoreApplication.translate(
            "plan_labels", "This file is damaged or is not a plan, so it cannot be read."
        ),
        PlanProblem.TOO_BIG: QCoreApplication.translate(
            "plan_labels", "This file is too large to be a plan."
        ),
        PlanProblem.BAD_VOICE_PACK: QCoreApplication.translate(
            "plan_labels",
            "The recorded voice that came with this plan cannot be used. "
            "Your therapist can send the plan again.",
        ),
    }
    return texts[problem]


def plan_error_text(error: PlanError | HoldsNotAllowedError) -> str:
    """Where the plan is wrong (if it says) and what is wrong, calmly; nothing was changed."""
    if isinstance(error, HoldsNotAllowedError):
        sentence = QCoreApplication.translate(
            "plan_labels",
            "The pattern %1 has breath holds, and this profile is set to no breath holds. "
            "The plan was not saved. Ask your therapist for a plan without holds.",
        ).replace("%1", error.pattern_text)
    else:
        sentence = _sentence(error)
    place = place_text(error.where)
    if not place:
        return sentence
    place = place[0].upper() + place[1:]
    return (
        QCoreApplication.translate("plan_labels", "%1:\n%2")
        .replace("%1", place)
        .replace("%2", sentence)
    )
