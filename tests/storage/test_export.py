# SPDX-License-Identifier: GPL-3.0-or-later
"""CSV export: exact header and rows."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from breathapp.core.clock import ManualClock
from breathapp.core.relaxation import parse_script
from breathapp.core.relaxation_player import Player
from breathapp.core.session import LengthKind, SessionStatus
from breathapp.storage.db import Database
from breathapp.storage.export import CSV_COLUMNS, export_csv, write_csv
from breathapp.storage.sessions_repo import SessionRepo
from tests.builders.relaxation import TINY_SCRIPT
from tests.builders.sessions import make_record

HEADER = (
    "id,started_utc,ended_utc,active_s,active_minutes,kind,pattern_id,pattern,rate_bpm,"
    "ramp_start_bpm,breaths,status,length_kind,length_value,dizzy,tension_before,"
    "tension_after,pain_before,pain_after,note,local_day,demo_log\n"
)


def test_header_only_for_no_sessions() -> None:
    out = io.StringIO()
    assert write_csv([], out) == 0
    assert out.getvalue() == HEADER
    assert ",".join(CSV_COLUMNS) + "\n" == HEADER


def test_rows_exact() -> None:
    done = make_record(
        id=3,
        ended_utc=datetime(2026, 11, 25, 8, 5, 30, 500000, tzinfo=UTC),
        active_s=330.0,
        breaths=33,
        status=SessionStatus.COMPLETED,
    )
    cut = make_record(
        id=4,
        pattern_id=None,
        pattern_text="5,5-0-5,5-0",
        rate_bpm=5.455,
        ramp_start_bpm=8.0,
        active_s=61.257,
        breaths=5,
        status=SessionStatus.INTERRUPTED,
        length_kind=LengthKind.BREATHS,
        length_value=30.0,
        dizzy=True,
        tension_before=7,
        tension_after=4,
        note='felt "lighter", calmer',
    )
    out = io.StringIO()
    assert write_csv([done, cut], out, UTC) == 2
    assert out.getvalue() == HEADER + (
        "3,2026-11-25T08:00:00.250Z,2026-11-25T08:05:30.500Z,330,5.50,breathing,calm,"
        "4-0-6-0,6,,33,completed,minutes,5,no,,,,,,2026-11-25,\n"
        '4,2026-11-25T08:00:00.250Z,,61.257,1.02,breathing,,"5,5-0-5,5-0",5.455,8,5,'
        'interrupted,breaths,30,yes,7,4,,,"felt ""lighter"", calmer",2026-11-25,\n'
    )


def test_export_from_the_repository(db: Database) -> None:
    repo = SessionRepo(db)
    session_id = repo.add(1, make_record())
    out = io.StringIO()
    assert write_csv(repo.list(1), out, UTC) == 1
    lines = out.getvalue().splitlines()
    assert lines[1].startswith(f"{session_id},2026-11-25T08:00:00.250Z,,0,0.00,")
    assert lines[1].endswith(",running,minutes,5,no,,,,,,2026-11-25,")


def test_a_relaxation_session_exports_with_its_own_kind(tmp_path: Path) -> None:
    clock = ManualClock()
    player = Player(parse_script(TINY_SCRIPT, "tiny.en.toml"), clock)
    player.start()
    clock.advance(100.0)
    player.update()
    db, _report = Database.open(tmp_path, clock.now_utc())
    repo = SessionRepo(db)
    row = repo.add(1, player.record())
    repo.finish(row, player.record(), clock.now_utc())
    out = io.StringIO()
    write_csv(repo.list(1), out)
    line = out.getvalue().splitlines()[1].split(",")
    columns = dict(zip(CSV_COLUMNS, line, strict=True))
    assert columns["kind"] == "relaxation:tiny"
    assert columns["status"] == "completed"
    assert columns["active_s"] == "80" and columns["breaths"] == "3"
    db.close()


# -- export_csv: straight from the store, with the stored local day ----------------------
BRUSSELS = ZoneInfo("Europe/Brussels")


def _add_at(db: Database, started: datetime, **changes: object) -> int:
    """A finished session; its local day is taken in Brussels, as a user there would see it."""
    repo = SessionRepo(db, BRUSSELS)
    record = make_record(started_utc=started, **changes)
    row = repo.add(1, record)
    done = replace(record, status=SessionStatus.COMPLETED, ended_utc=started)
    repo.finish(row, done, started)
    return row


def test_export_csv_writes_what_write_csv_writes_with_the_stored_day(db: Database) -> None:
    _add_at(db, datetime(2026, 11, 24, 23, 30, tzinfo=UTC), note="late, ü")
    _add_at(db, datetime(2026, 11, 25, 8, 0, 0, 250000, tzinfo=UTC), dizzy=True)
    from_store = io.StringIO()
    assert export_csv(db, 1, from_store) == 2
    from_records = io.StringIO()
    assert write_csv(SessionRepo(db).list(1), from_records, BRUSSELS) == 2
    assert from_store.getvalue() == from_records.getvalue()
    rows = list(csv.DictReader(io.StringIO(from_store.getvalue())))
    # 23:30 UTC on the 24th is already the 25th in Brussels: the stored day is written
    assert [(r["started_utc"][:10], r["local_day"]) for r in rows] == [
        ("2026-11-24", "2026-11-25"),
        ("2026-11-25", "2026-11-25"),
    ]


def test_export_csv_chooses_by_local_day_inclusive(db: Database) -> None:
    for day in (23, 24, 25, 26):
        _add_at(db, datetime(2026, 11, day, 23, 30, tzinfo=UTC))  # next day there
    out = io.StringIO()
    assert export_csv(db, 1, out, date(2026, 11, 25), date(2026, 11, 26)) == 2
    days = [r["local_day"] for r in csv.DictReader(io.StringIO(out.getvalue()))]
    assert days == ["2026-11-25", "2026-11-26"]
    for first, last, expected in (
        (date(2026, 11, 26), None, 2),
        (None, date(2026, 11, 24), 1),
        (date(2026, 11, 28), None, 0),
    ):
        assert export_csv(db, 1, io.StringIO(), first, last) == expected


def test_export_csv_is_only_the_profiles_sessions_oldest_first(db: Database) -> None:
    late = _add_at(db, datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    early = _add_at(db, datetime(2026, 11, 25, 7, 0, tzinfo=UTC))
    with db.transaction() as conn:
        conn.execute("INSERT INTO profiles (name, created_utc) VALUES ('other', '')")
    SessionRepo(db).add(2, make_record())
    out = io.StringIO()
    assert export_csv(db, 1, out) == 2
    assert [r["id"] for r in csv.DictReader(io.StringIO(out.getvalue()))] == [
        str(early),
        str(late),
    ]


def test_a_demonstrations_log_is_its_own_column(db: Database) -> None:
    from breathapp.core.live_pace import Shown
    from breathapp.core.patterns import parse

    shown = (Shown(parse("4-0-6-0"), 120.0), Shown(parse("3.692-0-5.539-0"), 60.25))
    repo = SessionRepo(db)
    repo.add(1, make_record())
    demo = make_record(
        started_utc=datetime(2026, 11, 25, 9, tzinfo=UTC), status=SessionStatus.STOPPED, shown=shown
    )
    repo.finish(repo.add(1, demo), demo, datetime(2026, 11, 25, 9, 5, tzinfo=UTC))
    out = io.StringIO()
    assert export_csv(db, 1, out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["demo_log"] for r in rows] == ["", "4-0-6-0: 120 s; 3.692-0-5.539-0: 60.25 s"]
    typed = io.StringIO()
    write_csv([replace(demo, id=2)], typed, UTC)  # the same cell from a record in memory
    (row,) = csv.DictReader(io.StringIO(typed.getvalue()))
    assert row["demo_log"] == rows[1]["demo_log"]


# -- spreadsheet formulas (CSV injection): text from a file is never run as a formula -------
def _exported_row(db: Database, **changes: object) -> dict[str, str]:
    _add_at(db, datetime(2026, 11, 25, 9, tzinfo=UTC), **changes)
    out = io.StringIO()
    export_csv(db, 1, out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    return row


def test_an_imported_hyperlink_note_is_text_not_a_formula(db: Database) -> None:
    row = _exported_row(db, note='=HYPERLINK("http://x")')
    assert row["note"] == '\'=HYPERLINK("http://x")'


@pytest.mark.parametrize("first", ["=", "+", "-", "@", "\t", "\r", "\n"])
def test_every_leading_formula_character_is_neutralised(db: Database, first: str) -> None:
    """OWASP's list: = + - @ tab, carriage return and line feed at the start of a cell."""
    row = _exported_row(db, note=f"{first}1+2")
    # a carriage return is written as a line feed, in a quoted cell (see export._neutral_cell)
    assert row["note"] == f"'{first}1+2".replace("\r", "\n")


def test_a_carriage_return_never_ends_the_row(db: Database) -> None:
    row = _exported_row(db, note="one\rtwo\r\nthree\r=1+2")
    assert row["note"] == "one\ntwo\nthree\n'=1+2"
    assert row["local_day"] == "2026-11-25"  # the cells after it are where they belong


@pytest.mark.parametrize(
    ("note", "written"),
    [
        # a separator or quote can start a new cell in a spreadsheet that splits on it (Dutch
        # and Belgian Excel split on ';'): the formula after it is neutralised too
        ("rustig;=1+2", "rustig;'=1+2"),
        ("rustig,@SUM(A1)", "rustig,'@SUM(A1)"),
        ('zei "-2+3"', 'zei "\'-2+3"'),
        ("it's '=calm", "it's ''=calm"),
        ("line one\n+1", "line one\n'+1"),
        # what is no formula stays exactly as it was typed
        ("rustig - 5 minuten, 4-0-6-0; goed", "rustig - 5 minuten, 4-0-6-0; goed"),
        ("", ""),
    ],
)
def test_a_formula_after_a_separator_is_neutralised_too(
    db: Database, note: str, written: str
) -> None:
    assert _exported_row(db, note=note)["note"] == written


def test_every_text_column_is_neutralised(db: Database) -> None:
    """A store may hold what an older import let in, in any text column."""
    row = _exported_row(db, kind="=kind", pattern_text="+1-0-6-0", pattern_id="@calm")
    assert (row["kind"], row["pattern"], row["pattern_id"]) == ("'=kind", "'+1-0-6-0", "'@calm")


def test_numbers_stay_numbers(db: Database) -> None:
    """Only text is neutralised: a negative number in a numeric column is still a number."""
    out = io.StringIO()
    write_csv([make_record(id=1, rate_bpm=-1.4, ramp_start_bpm=-2.0, active_s=-60.0)], out, UTC)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["rate_bpm"], row["ramp_start_bpm"]) == ("-1.4", "-2")
    assert (row["active_s"], row["active_minutes"]) == ("-60", "-1.00")
