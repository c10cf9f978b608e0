# SPDX-License-Identifier: GPL-3.0-or-later
"""The one plain sentence that opens the History overview: this week, in words.

What was done and how it felt, never a judgement: no "only", no days in a row. The week is
Monday to the overview's last day (today); its minutes are the summary's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from breathapp.controllers.history_controller import Overview
from breathapp.core.shown_numbers import shown_value
from breathapp.core.stats import monday_of
from breathapp.ui.common import labels, numbers
from breathapp.ui.common.counts import Counts


def week_sentence(o: Overview) -> str:
    """'This week you practised 4 days, 38 minutes. After a session you felt …'."""
    monday = monday_of(o.last)
    days = sum(1 for d in o.year if monday <= d.day <= o.last and d.sessions)
    if not days:
        return QCoreApplication.translate("history", "No practice yet this week.")
    minutes = labels.minutes_text(o.summary.minutes_this_week * 60)
    text = Counts.tr("This week you practised %n days, %1.", "", days).replace("%1", minutes)
    change = next((w.tension_change for w in o.weeks if w.week == monday), None)
    if change is None:
        return text
    points = numbers.decimal(abs(change), 1)
    if shown_value(change, 1) < 0:
        felt = QCoreApplication.translate(
            "history", "After a session you felt on average %1 points less tense."
        )
    elif shown_value(change, 1) > 0:
        felt = QCoreApplication.translate(
            "history", "After a session your tension was on average %1 points higher."
        )
    else:
        felt = QCoreApplication.translate(
            "history", "After a session your tension was on average about the same."
        )
    return f"{text} {felt.replace('%1', points)}"


def points_text(change: float) -> str:
    """The size of a change in points, in the app's decimals: '1.5 points' (never signed)."""
    return QCoreApplication.translate("history", "%1 points").replace(
        "%1", numbers.decimal(abs(change), 1)
    )


def tension_words(change: float) -> str:
    """A change in tension as a person says it: '1.5 points less tense', never '−1.5'."""
    shown = shown_value(change, 1)
    if shown < 0:
        text = QCoreApplication.translate("history", "%1 points less tense")
    elif shown > 0:
        text = QCoreApplication.translate("history", "%1 points more tense")
    else:
        return QCoreApplication.translate("history", "about as tense as before")
    return text.replace("%1", numbers.decimal(abs(change), 1))
