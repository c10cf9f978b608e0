# SPDX-License-Identifier: GPL-3.0-or-later
"""Stored times (UTC, ISO 8601 to the ms with a Z: 2026-11-25T15:23:00.123Z) and local days."""

from __future__ import annotations

from datetime import UTC, date, datetime


def to_iso_z(moment: datetime) -> str:
    """``moment`` (timezone-aware) as stored text; a naive datetime is a bug and raises."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a stored time must be timezone-aware, got {moment!r}")
    text = moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="milliseconds")
    return text + "Z"


def to_iso_z_or_none(moment: datetime | None) -> str | None:
    return None if moment is None else to_iso_z(moment)


def from_iso_z(text: str) -> datetime:
    """Stored text back to an aware UTC datetime."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"stored time without a zone: {text!r}")
    return moment.astimezone(UTC)


def from_iso_z_or_none(text: str | None) -> datetime | None:
    return None if text is None else from_iso_z(text)


def file_stamp(moment: datetime) -> str:
    """A UTC stamp safe in file names on every platform (no colons): 20261125T152300Z."""
    return to_iso_z(moment)[:19].replace("-", "").replace(":", "") + "Z"


def local_day_range(first: date | None, last: date | None) -> tuple[str, list[object]]:
    """SQL to add to a WHERE clause for local days from ``first`` to ``last`` (None: open)."""
    sql, params = "", list[object]()
    if first is not None:
        sql += " AND local_day >= ?"
        params.append(first.isoformat())
    if last is not None:
        sql += " AND local_day <= ?"
        params.append(last.isoformat())
    return sql, params
