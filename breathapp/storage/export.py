# SPDX-License-Identifier: GPL-3.0-or-later
"""Export of the session history as CSV (UTC times with Z, '.' as decimal point)."""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, tzinfo
from typing import Any, TextIO

from breathapp.core.session import SessionRecord
from breathapp.storage.db import Database
from breathapp.storage.errors import storage_errors
from breathapp.storage.session_columns import CSV_ORDER, names, private_reader, stored_values
from breathapp.storage.timestamps import local_day_range

# active_minutes is no column of the table: active_s in minutes, beside it, for a reader.
_ACTIVE_AT = [c.name for c in CSV_ORDER].index("active_s")
_MINUTES_AT = _ACTIVE_AT + 1
_CSV_SELECT = names(CSV_ORDER)  # the stored values _csv_row takes, in its order


def _header() -> tuple[str, ...]:
    header = [c.csv_name or c.name for c in CSV_ORDER]
    header.insert(_MINUTES_AT, "active_minutes")
    return tuple(header)


CSV_COLUMNS = _header()
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
    params: list[object] = [profile_id, *days]
    with storage_errors(db.path):
        # A PIN profile's private values are in its sealed blobs: read and opened with them.
        sealed = private_reader(db.keyring, db.connection, profile_id, columns.split(", "))
        extra, opened = sealed if sealed is not None else ("", None)
        sql = (
            f"SELECT {columns}{extra} FROM sessions WHERE profile_id = ?{where}"
            " ORDER BY started_utc, id"
        )
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
            yield from rows if opened is None else map(opened, rows)
    finally:
        cursor.close()


# CSV injection (OWASP): a spreadsheet runs a cell that starts with = + - @, a tab, a
# carriage return or a line feed as a formula. A separator (',' here; ';' in Dutch and
# Belgian spreadsheets) or a quote can start a new cell in the middle of a text, so one of
# those characters right after it counts as a start too. Each such start gets a single
# quote before it: the spreadsheet shows text.
_FORMULA_STARTS = re.compile(r"(?:^|(?<=[,;\"'\t\r\n]))(?=[=+\-@\t\r\n])")


def _neutral_cell(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs as a formula; most text is unchanged.

    A carriage return becomes a line feed: Python's CSV writer (before 3.12) leaves a cell
    with only a carriage return unquoted, and a spreadsheet ends the row there.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _FORMULA_STARTS.sub("'", text)


def _neutral(to_csv: Callable[[Any], str]) -> Callable[[Any], str]:
    # Cached: a history repeats its kinds and patterns, and most notes are empty.
    return functools.lru_cache(maxsize=1024)(lambda value: _neutral_cell(to_csv(value)))


# Each column's cell: free text (a note, a pattern an older import let in) neutralised;
# numbers, such as -1.4, and the app's own forms (times, days, states) as they are.
_CELLS = tuple(_neutral(c.form.to_csv) if c.free_text else c.form.to_csv for c in CSV_ORDER)


def _csv_row(values: Sequence[Any]) -> list[str]:
    """One CSV row from the stored values of CSV_ORDER (times as stored text)."""
    row = [cell(value) for cell, value in zip(_CELLS, values, strict=True)]
    row.insert(_MINUTES_AT, f"{values[_ACTIVE_AT] / 60.0:.2f}")
    return row


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
        day = record.started_utc.astimezone(tz).date().isoformat()
        writer.writerow(_csv_row(stored_values(record, CSV_ORDER, {"local_day": day})))
        count += 1
    return count
