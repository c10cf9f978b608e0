# SPDX-License-Identifier: GPL-3.0-or-later
"""Export of the session history as CSV (UTC times with Z, '.' as decimal point)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, tzinfo
from typing import TYPE_CHECKING, Any, TextIO

from breathapp.core.session import SessionRecord
from breathapp.storage.db import Database
from breathapp.storage.errors import storage_errors
from breathapp.storage.sessions_repo import shown_from_json
from breathapp.storage.timestamps import local_day_range, to_iso_z_or_none

if TYPE_CHECKING:
    from breathapp.core.live_pace import Shown

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
    # Last, so the columns before it keep their places: the calendar day in the user's zone
    # when the session started, the day --from and --to choose by.
    "local_day",
    # What a demonstration showed live (presentation mode), in order: "4-0-6-0: 120 s; ...".
    "demo_log",
)

# The stored columns a CSV row is made of, in the order _csv_row takes them.
_CSV_SELECT = (
    "id, started_utc, ended_utc, active_s, kind, pattern_id, pattern_text, rate_bpm,"
    " ramp_start_bpm, breaths, status, length_kind, length_value, dizzy, tension_before,"
    " tension_after, pain_before, pain_after, note, local_day, demo_log"
)
_FETCH_ROWS = 2000


def stored_sessions(
    db: Database,
    columns: str,
    profile_id: int,
    first: date | None = None,
    last: date | None = None,
) -> Iterator[tuple[Any, ...]]:
    """``columns`` of a profile's sessions whose local day is in [first, last], oldest first.

    One query, read a slice at a time, so a long history is never all in memory at once.
    ``columns`` comes from this package, never from outside.
    """
    where, days = local_day_range(first, last)
    sql = f"SELECT {columns} FROM sessions WHERE profile_id = ?{where} ORDER BY started_utc, id"
    params: list[object] = [profile_id, *days]
    with storage_errors(db.path):
        cursor = db.connection.cursor()
        cursor.row_factory = None  # plain tuples: the fastest rows sqlite3 makes
        cursor.execute(sql, params)
    try:
        while True:
            # Only the reads are the database's failures; a failed write to the output
            # stream is the caller's and must not be reported as the database's.
            with storage_errors(db.path):
                rows = cursor.fetchmany(_FETCH_ROWS)
            if not rows:
                return
            yield from rows
    finally:
        cursor.close()


def _num(value: float | None) -> str:
    """A number as plain text: 300 rather than 300.0, otherwise the shortest exact form."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def _text(value: object | None) -> str:
    return "" if value is None else str(value)


def demo_text(shown: Sequence[Shown]) -> str:
    """A demonstration's log as one cell: each pattern and its active seconds, in order."""
    return "; ".join(f"{s.pattern.text()}: {_num(round(s.seconds, 3))} s" for s in shown)


def _csv_row(values: Sequence[Any], shown: Sequence[Shown] | None = None) -> tuple[str, ...]:
    """One CSV row from the values named in _CSV_SELECT (times as stored text).

    ``shown`` is the demo log when the caller has it typed; otherwise the stored text is read.
    """
    (
        session_id,
        started_utc,
        ended_utc,
        active_s,
        kind,
        pattern_id,
        pattern_text,
        rate_bpm,
        ramp_start_bpm,
        breaths,
        status,
        length_kind,
        length_value,
        dizzy,
        tension_before,
        tension_after,
        pain_before,
        pain_after,
        note,
        local_day,
        demo_log,
    ) = values
    if shown is None:
        shown = shown_from_json(demo_log) if demo_log else ()
    return (
        _text(session_id),
        _text(started_utc),
        _text(ended_utc),
        _num(active_s),
        f"{active_s / 60.0:.2f}",
        kind,
        _text(pattern_id),
        pattern_text,
        _num(rate_bpm),
        _num(ramp_start_bpm),
        str(breaths),
        status,
        length_kind,
        _num(length_value),
        "yes" if dizzy else "no",
        _text(tension_before),
        _text(tension_after),
        _text(pain_before),
        _text(pain_after),
        note,
        local_day,
        demo_text(shown),
    )


def _writer(stream: TextIO) -> Any:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    return writer


def export_csv(
    db: Database,
    profile_id: int,
    stream: TextIO,
    first: date | None = None,
    last: date | None = None,
) -> int:
    """Write a profile's sessions whose local day is in [first, last] (inclusive, None for
    open-ended) as CSV, oldest first, straight from one query; returns how many.

    Open ``stream`` with newline="" so the '\\n' line ends are written as they are.
    """
    writer = _writer(stream)
    count = 0
    for row in stored_sessions(db, _CSV_SELECT, profile_id, first, last):
        writer.writerow(_csv_row(row))
        count += 1
    return count


def write_csv(records: Iterable[SessionRecord], stream: TextIO, tz: tzinfo | None = None) -> int:
    """Write a header and one row per session; returns the number of sessions written.

    These records do not carry their stored local day, so it is the day each started in
    ``tz`` (the system's zone by default); export_csv writes the stored day.
    Open ``stream`` with newline="" so the '\\n' line ends are written as they are.
    """
    writer = _writer(stream)
    count = 0
    for record in records:
        writer.writerow(
            _csv_row(
                (
                    record.id,
                    to_iso_z_or_none(record.started_utc),
                    to_iso_z_or_none(record.ended_utc),
                    record.active_s,
                    record.kind,
                    record.pattern_id,
                    record.pattern_text,
                    record.rate_bpm,
                    record.ramp_start_bpm,
                    record.breaths,
                    record.status.value,
                    record.length_kind.value,
                    record.length_value,
                    record.dizzy,
                    record.tension_before,
                    record.tension_after,
                    record.pain_before,
                    record.pain_after,
                    record.note,
                    record.started_utc.astimezone(tz).date().isoformat(),
                    None,
                ),
                record.shown,
            )
        )
        count += 1
    return count
