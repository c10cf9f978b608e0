# SPDX-License-Identifier: GPL-3.0-or-later
"""Export of the session history as CSV (UTC times with Z, '.' as decimal point)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from breathapp.core.session import SessionRecord
from breathapp.storage.timestamps import to_iso_z_or_none

CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "started_utc",
    "ended_utc",
    "active_s",
    "active_minutes",
    "kind",
    "pattern_id",
    "pattern",
    "rate_bpm",
    "ramp_start_bpm",
    "breaths",
    "status",
    "length_kind",
    "length_value",
    "dizzy",
    "tension_before",
    "tension_after",
    "pain_before",
    "pain_after",
    "note",
)


def _num(value: float | None) -> str:
    """A number as plain text: 300 rather than 300.0, otherwise the shortest exact form."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def _text(value: object | None) -> str:
    return "" if value is None else str(value)


def write_csv(records: Iterable[SessionRecord], stream: TextIO) -> int:
    """Write a header and one row per session; returns the number of sessions written.

    Open ``stream`` with newline="" so the '\\n' line ends are written as they are.
    """
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for record in records:
        writer.writerow(
            (
                _text(record.id),
                _text(to_iso_z_or_none(record.started_utc)),
                _text(to_iso_z_or_none(record.ended_utc)),
                _num(record.active_s),
                f"{record.active_s / 60.0:.2f}",
                record.kind,
                _text(record.pattern_id),
                record.pattern_text,
                _num(record.rate_bpm),
                _num(record.ramp_start_bpm),
                str(record.breaths),
                record.status.value,
                record.length_kind.value,
                _num(record.length_value),
                "yes" if record.dizzy else "no",
                _text(record.tension_before),
                _text(record.tension_after),
                _text(record.pain_before),
                _text(record.pain_after),
                record.note,
            )
        )
        count += 1
    return count
