# SPDX-License-Identifier: GPL-3.0-or-later
"""The sessions table's columns, described once for the repository, the CSV and practice files.

It is also the one place that decides what of a session is private and how that is sealed:
for a profile with a PIN the private columns (ratings, pain, the note) are kept together as
one blob in ``sealed`` (storage.vault: XChaCha20-Poly1305, 41 bytes more than the packed
values), bound to its row, and the plain columns stay empty.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from breathapp.core.session import LengthKind, SessionRecord, SessionStatus
from breathapp.storage.timestamps import from_iso_z_or_none, to_iso_z_or_none

if TYPE_CHECKING:
    import sqlite3

    from breathapp.core.live_pace import Shown
    from breathapp.storage.vault import DataKey, Keyring


class Form(NamedTuple):
    """How one sort of value is converted each way; "stored" is the value as the table holds it."""

    to_store: Callable[[Any], Any]  # a SessionRecord's value -> stored
    from_store: Callable[[Any], Any]  # stored -> a SessionRecord's value
    to_csv: Callable[[Any], str]  # stored -> its CSV cell
    to_file: Callable[[Any], Any]  # stored -> its value in a practice file (JSON)


class Column(NamedTuple):
    """One column of the sessions table: how it is converted and where it goes."""

    name: str  # in the table, and its key in a practice file
    form: Form
    csv_at: int | None  # its place among the CSV's columns; None: not in the CSV
    csv_name: str = ""  # its CSV header, when that is not its name
    attr: str = ""  # its SessionRecord attribute, when that is not its name
    # Not in a SessionRecord: whoever writes the row gives its value, by name.
    internal: bool = False
    in_file: bool = True  # in a practice file
    at_start: bool = True  # written when a session starts (SessionRepo.add)
    on_update: bool = False  # written at each checkpoint and when the session ends
    # Sealed for a profile with a PIN: then kept in ``sealed`` and stored here as ``blank``.
    private: bool = False
    blank: object = None
    # Text that came from a person or a file, any characters: neutralised in the CSV so a
    # spreadsheet never runs it as a formula (export.py). Other text columns hold only
    # what the app writes or an import checked against a fixed form (times, days, states).
    free_text: bool = False

    @property
    def field(self) -> str:
        """The SessionRecord attribute it holds (internal columns have none)."""
        return self.attr or self.name


# -- the forms ---------------------------------------------------------------------------
def _same(value: Any) -> Any:
    return value


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _enum_value(member: Any) -> Any:
    return member.value


def _text(value: object | None) -> str:
    return "" if value is None else str(value)


def _num(value: float | None) -> str:
    """A number as plain text: 300 rather than 300.0, otherwise the shortest exact form."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def _yes_no(value: object) -> str:
    return "yes" if value else "no"


# Text, and whole numbers read as they are stored (the ratings 0 to 10).
AS_IS = Form(_same, _same, _text, _same)
WHOLE = Form(_same, int, _text, _same)  # row ids and counts, read as int
TIME = Form(to_iso_z_or_none, from_iso_z_or_none, _text, _same)  # UTC text, see timestamps
REAL = Form(_same, _float, _num, _float)
FLAG = Form(int, bool, _yes_no, bool)  # 0 or 1 in the table, yes or no in the CSV
STATUS = Form(_enum_value, SessionStatus, _text, _same)
LENGTH_KIND = Form(_enum_value, LengthKind, _text, _same)


# -- the demo log: what a demonstration showed live (presentation mode) ---------------------
def shown_to_json(shown: tuple[Shown, ...]) -> str | None:
    """What a live demonstration showed, as JSON text; None for an ordinary session."""
    if not shown:
        return None
    items = [{"pattern": s.pattern.text(), "seconds": round(s.seconds, 3)} for s in shown]
    return json.dumps(items, separators=(",", ":"))


def shown_from_json(text: str | None) -> tuple[Shown, ...]:
    """The demo log back; a damaged one reads as empty rather than hiding the session."""
    if not text:
        return ()
    # Only a demonstration has a log: these load then, off the start-up path.
    from breathapp.core.live_pace import Shown
    from breathapp.core.patterns import PatternError, parse

    try:
        items = json.loads(text)
        return tuple(Shown(parse(str(i["pattern"])), float(i["seconds"])) for i in items)
    except (ValueError, TypeError, KeyError, PatternError):
        return ()


def _demo_cell(text: str | None) -> str:
    """The stored demo log as one CSV cell: each pattern and its active seconds, in order."""
    return "; ".join(
        f"{s.pattern.text()}: {_num(round(s.seconds, 3))} s" for s in shown_from_json(text)
    )


def _demo_items(text: str | None) -> list[dict[str, object]] | None:
    """The stored demo log as a practice file's list (None for an ordinary session)."""
    shown = shown_from_json(text)
    if not shown:
        return None
    return [{"pattern": s.pattern.text(), "seconds": round(s.seconds, 3)} for s in shown]


DEMO_LOG = Form(shown_to_json, shown_from_json, _demo_cell, _demo_items)

# -- the columns ---------------------------------------------------------------------------
# Every column of the table, in its order, which is also a practice file's. The CSV keeps the
# order of its first release (csv_at). A column added later goes last in each.
# Two columns are internal, in no SessionRecord: checkpoint_utc (when a running session was
# last saved) and local_day (the calendar day in the user's zone when it started: what the
# history's days and the exports' --from and --to choose by).
COLUMNS: tuple[Column, ...] = (
    Column("id", WHOLE, csv_at=0, in_file=False, at_start=False),
    Column("profile_id", WHOLE, csv_at=None, in_file=False),
    # "breathing", or "relaxation:" and a script id
    Column("kind", AS_IS, csv_at=4, free_text=True),
    Column("started_utc", TIME, csv_at=1),
    Column("ended_utc", TIME, csv_at=2, on_update=True),
    Column("checkpoint_utc", TIME, csv_at=None, internal=True, at_start=False, on_update=True),
    Column("local_day", AS_IS, csv_at=19, internal=True),
    Column("active_s", REAL, csv_at=3, on_update=True),
    Column("pattern_text", AS_IS, csv_at=6, csv_name="pattern", free_text=True),
    Column("pattern_id", AS_IS, csv_at=5, free_text=True),
    Column("rate_bpm", REAL, csv_at=7),
    Column("ramp_start_bpm", REAL, csv_at=8),
    Column("breaths", WHOLE, csv_at=9, on_update=True),
    Column("status", STATUS, csv_at=10, on_update=True),
    Column("length_kind", LENGTH_KIND, csv_at=11),
    Column("length_value", REAL, csv_at=12),
    Column("dizzy", FLAG, csv_at=13, on_update=True),
    Column("tension_before", AS_IS, csv_at=14, private=True),
    Column("tension_after", AS_IS, csv_at=15, at_start=False, on_update=True, private=True),
    Column("pain_before", AS_IS, csv_at=16, private=True),
    Column("pain_after", AS_IS, csv_at=17, at_start=False, on_update=True, private=True),
    Column(
        "note",
        AS_IS,
        csv_at=18,
        at_start=False,
        on_update=True,
        private=True,
        blank="",
        free_text=True,
    ),
    # In the CSV: "4-0-6-0: 120 s; ..."; in a practice file: [{"pattern", "seconds"}, ...].
    Column("demo_log", DEMO_LOG, csv_at=20, attr="shown", at_start=False, on_update=True),
    # The private columns of a profile with a PIN, sealed together (NULL without a PIN).
    # Written whenever one of them is, so at start and at every update.
    Column("sealed", AS_IS, csv_at=None, internal=True, in_file=False, on_update=True),
)

RECORD_COLUMNS = tuple(c for c in COLUMNS if not c.internal)  # what a SessionRecord is made of
FILE_COLUMNS = tuple(c for c in COLUMNS if c.in_file)  # a practice file's session, in order
_CSV_PLACES = {c.csv_at: c for c in COLUMNS if c.csv_at is not None}
CSV_ORDER = tuple(_CSV_PLACES[place] for place in sorted(_CSV_PLACES))  # the CSV's, in its order
AT_START = tuple(c for c in COLUMNS if c.at_start)
ON_UPDATE = tuple(c for c in COLUMNS if c.on_update)


def names(columns: Iterable[Column]) -> str:
    """The columns' names as an SQL list ("id, profile_id, ...")."""
    return ", ".join(c.name for c in columns)


PRIVATE = tuple(c for c in COLUMNS if c.private)
PRIVATE_NAMES = frozenset(c.name for c in PRIVATE)
# The SELECT list record_from_row reads: a record's columns, and the sealed ones.
RECORD_SQL = names(RECORD_COLUMNS) + ", sealed"


def insert_sql(columns: Sequence[Column]) -> str:
    return f"INSERT INTO sessions ({names(columns)}) VALUES ({', '.join('?' * len(columns))})"


def update_sql(columns: Iterable[Column]) -> str:
    """An UPDATE of ``columns``; its last parameter is the session's id."""
    return f"UPDATE sessions SET {', '.join(f'{c.name} = ?' for c in columns)} WHERE id = ?"


def stored_values(
    record: SessionRecord, columns: Iterable[Column], given: Mapping[str, object]
) -> list[object]:
    """The stored values of ``columns`` for ``record``; ``given`` holds, by name, those the
    record does not: every internal column among them, and any the writer sets itself."""
    return [
        given[c.name]
        if c.internal or c.name in given
        else c.form.to_store(getattr(record, c.field))
        for c in columns
    ]


_READ = tuple((c.field, c.name, c.form.from_store) for c in RECORD_COLUMNS)


def record_from_row(row: sqlite3.Row, keys: Keyring | None = None) -> SessionRecord:
    """A session from a row that has every column of RECORD_SQL.

    A sealed row's private fields come from its blob when ``keys`` holds the profile's key;
    without it they stay empty: a locked profile never shows them.
    """
    values = {field: read(row[name]) for field, name, read in _READ}
    blob = row["sealed"]
    if blob is not None:
        opened = open_private(keys, blob, row["profile_id"], row["started_utc"], row["kind"])
        values.update((c.field, c.form.from_store(opened.get(c.name, c.blank))) for c in PRIVATE)
    return SessionRecord(**values)


# -- sealing ---------------------------------------------------------------------------------
# A session's private values as sealed: a format byte, the four ratings (one byte each,
# 255 for none), the note's length (2 bytes) and the note in UTF-8, then zero bytes up to a
# multiple of _PAD_BYTES, so the blob tells a note's length only roughly. Values added later
# (heart-rate data) go after the note, tagged, in a new format; zero bytes end the values.
_FORMAT = 1
_PAD_BYTES = 32
_NO_RATING = 255
RATING_NAMES = ("tension_before", "tension_after", "pain_before", "pain_after")


def session_aad(profile_id: object, started_utc: object, kind: object) -> bytes:
    """What a session's blob is bound to: its profile, its start (as stored) and its kind."""
    return f"session|{profile_id}|{started_utc}|{kind}".encode()


def pack_private(stored: Mapping[str, object]) -> bytes:
    """The private values (as stored, by column name) as the plain bytes that are sealed."""
    ratings = bytes(_rating_byte(stored.get(name)) for name in RATING_NAMES)
    note = str(stored.get("note") or "").encode("utf-8")
    plain = bytes([_FORMAT]) + ratings + len(note).to_bytes(2, "little") + note
    return plain + bytes(-len(plain) % _PAD_BYTES)


def _rating_byte(value: object) -> int:
    if value is None:
        return _NO_RATING
    if not isinstance(value, int) or not 0 <= value < _NO_RATING:
        raise ValueError(f"a rating is a whole number 0 to 10, got {value!r}")
    return value


def tension_change(plain: bytes) -> int | None:
    """After minus before, from a session's plain private bytes; None unless rated both times.

    Read straight from the bytes: the history's average goes over every session.
    """
    if len(plain) < 7 or plain[0] != _FORMAT or _NO_RATING in (plain[1], plain[2]):
        return None
    return plain[2] - plain[1]


def unpack_private(plain: bytes) -> dict[str, object]:
    """The private values by column name; ValueError for bytes of another format."""
    if len(plain) < 7 or plain[0] != _FORMAT:
        raise ValueError("not a sealed session of a known format")
    values: dict[str, object] = {
        name: None if byte == _NO_RATING else byte
        for name, byte in zip(RATING_NAMES, plain[1:5], strict=True)
    }
    size = int.from_bytes(plain[5:7], "little")
    values["note"] = plain[7 : 7 + size].decode("utf-8")
    return values


def seal_private(key: DataKey, stored: Mapping[str, object], aad: bytes) -> bytes:
    """The private values (as stored, by column name) sealed as one blob."""
    return key.seal(pack_private(stored), aad)


def open_private(
    keys: Keyring | None, blob: bytes, profile_id: object, started_utc: object, kind: object
) -> dict[str, object]:
    """The private values of a sealed row by column name; {} when its key is not open
    (a locked profile) or the blob does not open here (moved from another row, damaged)."""
    key = None if keys is None or not isinstance(profile_id, int) else keys.key(profile_id)
    if key is None:
        return {}
    try:
        return open_sealed(key, blob, session_aad(profile_id, started_utc, kind))
    except ValueError:  # SealError too
        return {}


def open_sealed(key: DataKey, blob: bytes, aad: bytes) -> dict[str, object]:
    """A blob's private values by column name; SealError (a ValueError) when it does not open."""
    return unpack_private(key.open(blob, aad))


def seal_given(record: SessionRecord, profile_id: int, key: DataKey | None) -> dict[str, object]:
    """The values a writer gives for ``sealed`` and, when sealing, for the private columns.

    Added to stored_values' ``given``: with ``key`` the private fields go into the blob and
    their columns hold only their blank; without, ``sealed`` is NULL and nothing changes.
    """
    if key is None:
        return {"sealed": None}
    stored = {c.name: c.form.to_store(getattr(record, c.field)) for c in PRIVATE}
    aad = session_aad(profile_id, to_iso_z_or_none(record.started_utc), record.kind)
    return {"sealed": seal_private(key, stored, aad), **{c.name: c.blank for c in PRIVATE}}


def open_row(row: Mapping[str, object], keys: Keyring) -> dict[str, object]:
    """A whole stored row (by name) with its private values in plain columns (memory only)."""
    plain = dict(row)
    blob = plain.get("sealed")
    if isinstance(blob, bytes):
        opened = open_private(keys, blob, row["profile_id"], row["started_utc"], row["kind"])
        plain.update({c.name: opened.get(c.name, c.blank) for c in PRIVATE})
        plain["sealed"] = None
    return plain


def seal_row(row: Mapping[str, object], key: DataKey | None) -> dict[str, object]:
    """A whole plain row (by name) as it is stored for its profile: sealed with ``key``."""
    sealed = dict(row)
    if key is not None and sealed.get("sealed") is None:
        aad = session_aad(row["profile_id"], row["started_utc"], row["kind"])
        sealed["sealed"] = seal_private(key, row, aad)
        sealed.update({c.name: c.blank for c in PRIVATE})
    return sealed


def private_reader(
    keys: Keyring, conn: sqlite3.Connection, profile_id: int, selected: Sequence[str]
) -> tuple[str, Callable[[tuple[Any, ...]], tuple[Any, ...]]] | None:
    """For a sealed profile: the columns to SELECT after ``selected`` and what turns each
    such row into ``selected`` with its private values opened. None for a plain profile,
    whose rows are read as they are (nothing added to the query, nothing to pay)."""
    if not keys.is_sealed(conn, profile_id):
        return None
    places = [(i, c) for i, name in enumerate(selected) for c in PRIVATE if c.name == name]
    width = len(selected)

    def read(row: tuple[Any, ...]) -> tuple[Any, ...]:
        started_utc, kind, blob = row[width:]
        if blob is None or not places:
            return row[:width]
        opened = open_private(keys, blob, profile_id, started_utc, kind)
        values = list(row[:width])
        for i, column in places:
            values[i] = opened.get(column.name, column.blank)
        return tuple(values)

    return ", started_utc, kind, sealed", read
