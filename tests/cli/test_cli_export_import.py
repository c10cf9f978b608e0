# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line: export as CSV or a practice file by local day, and import, headless."""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from breathapp.cli import history
from breathapp.cli.common import EXIT_ENVIRONMENT, EXIT_USAGE
from breathapp.core.errors import StorageError, StorageProblem
from breathapp.core.session import SessionRecord
from breathapp.storage import backup_read, export
from breathapp.storage.db import DB_FILENAME, Database
from tests.builders.commands import (
    LOCAL_DAYS,
    NOW,
    STARTS,
    export_practice_file,
    one_line,
    run,
    store_evenings,
)
from tests.builders.sessions import stored_records

ROOT = Path(__file__).resolve().parents[2]


# -- export ------------------------------------------------------------------------------
def test_export_csv_to_standard_output_chooses_by_local_day(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_evenings(data_dir)
    days = ["--from", "2026-11-24", "--to", "2026-11-25"]
    code, out, err = run(capsys, "export", "--format", "csv", *days, "--output", "-")
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["local_day"] for r in rows] == LOCAL_DAYS[1:3]
    assert [r["started_utc"][:10] for r in rows] == ["2026-11-23", "2026-11-24"]
    assert rows[0]["note"] == "rustig — ü"


@pytest.mark.parametrize(
    ("options", "days"),
    [
        ([], LOCAL_DAYS),
        (["--from", "2026-11-25"], LOCAL_DAYS[2:]),
        (["--to", "2026-11-23"], LOCAL_DAYS[:1]),
        (["--from", "2026-11-24", "--to", "2026-11-24"], LOCAL_DAYS[1:2]),
        (["--from", "2026-12-01"], []),
    ],
)
def test_export_csv_and_json_to_a_file_by_local_day(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    days: list[str],
) -> None:
    store_evenings(data_dir)
    table, practice = tmp_path / "history.csv", tmp_path / "practice.json"
    assert run(capsys, "export", "--format", "csv", *options, "--output", str(table))[0] == 0
    assert run(capsys, "export", "--format", "json", *options, "--output", str(practice))[0] == 0
    with table.open(encoding="utf-8", newline="") as stream:
        assert [r["local_day"] for r in csv.DictReader(stream)] == days
    data = json.loads(practice.read_text(encoding="utf-8"))
    assert data["format"] == "breathapp-backup"
    assert [s["local_day"] for s in data["sessions"]] == days
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--from", "2026-13-01"], "--from must be a date as YYYY-MM-DD, got '2026-13-01'"),
        (["--to", "yesterday"], "--to must be a date as YYYY-MM-DD, got 'yesterday'"),
        (["--from", "2026-02-30"], "--from must be a date as YYYY-MM-DD, got '2026-02-30'"),
        (["--from", "20261125"], "--from must be a date as YYYY-MM-DD, got '20261125'"),
        (["--to", "2026-W48-3"], "--to must be a date as YYYY-MM-DD, got '2026-W48-3'"),
        (["--from", ""], "--from must be a date as YYYY-MM-DD, got ''"),
        (
            ["--from", "2026-11-26", "--to", "2026-11-25"],
            "--from 2026-11-26 is after --to 2026-11-25",
        ),
    ],
)
@pytest.mark.parametrize("fmt", ["csv", "json", "pdf"])
def test_bad_dates_exit_2_with_one_line_and_write_nothing(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    message: str,
    fmt: str,
) -> None:
    target = tmp_path / "out.file"
    code, out, err = run(capsys, "export", "--format", fmt, *options, "--output", str(target))
    assert (code, out) == (EXIT_USAGE, "")
    assert one_line(err) == f"breathapp: {message}"
    assert not data_dir.exists() and not target.exists()


def test_an_unknown_format_exits_2_with_one_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "export", "--format", "xml", "--output", "-")
    assert code == EXIT_USAGE
    assert "invalid choice: 'xml'" in one_line(err)
    assert not data_dir.exists()


def test_export_pdf_reaches_the_report_hook(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parser accepts pdf and hands the checked options to _export_pdf."""
    store_evenings(data_dir)
    before = {p.name: p.stat().st_mtime_ns for p in data_dir.iterdir()}
    seen: list[argparse.Namespace] = []

    def hook(args: argparse.Namespace) -> int:
        seen.append(args)
        return 0

    monkeypatch.setattr(history, "_export_pdf", hook)
    argv = ["export", "--format", "pdf", "--from", "2026-11-01", "--to", "2026-11-30"]
    assert run(capsys, *argv, "--output", "report.pdf")[0] == 0
    (args,) = seen
    assert (args.first, args.last, args.output) == (
        date(2026, 11, 1),
        date(2026, 11, 30),
        "report.pdf",
    )
    assert {p.name: p.stat().st_mtime_ns for p in data_dir.iterdir()} == before  # not opened


def _pdf_text(path: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    text = "\n".join(document.getAllText(p).text() for p in range(document.pageCount()))
    document.close()
    return text


@pytest.mark.parametrize(("lang", "words"), [("en", "Practice report"), ("nl", "Oefenverslag")])
def test_export_pdf_writes_the_report_in_the_chosen_language(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, words: str
) -> None:
    store_evenings(data_dir)
    target = tmp_path / "report.pdf"
    argv = ["export", "--format", "pdf", "--from", "2026-11-20", "--to", "2026-11-26"]
    code, _out, err = run(capsys, *argv, "--lang", lang, "--output", str(target))
    assert (code, err) == (0, "")
    text = _pdf_text(target)
    assert words in text
    assert "rustig — ü" in text  # the notes are in the table of sessions
    assert "6 → 3" in text
    assert not target.with_name("report.pdf.part").exists()


def test_export_pdf_needs_a_file_and_a_sane_period(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_evenings(data_dir)
    code, _out, err = run(capsys, "export", "--format", "pdf", "--output", "-")
    assert code == EXIT_USAGE and "needs a file" in one_line(err)
    target = tmp_path / "missing-folder" / "report.pdf"
    code, _out, err = run(capsys, "export", "--format", "pdf", "--output", str(target))
    assert code == EXIT_USAGE and one_line(err).startswith("breathapp: cannot write")
    assert not target.exists()


# -- import ------------------------------------------------------------------------------
def _rows(db_file: Path) -> list[tuple[object, ...]]:
    db, _report = Database.open(db_file.parent, NOW)
    try:
        return [
            tuple(r)[2:]  # all but id and profile_id
            for r in db.query("SELECT * FROM sessions ORDER BY started_utc")
        ]
    finally:
        db.close()


def test_import_adds_the_sessions_then_skips_them(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_evenings(tmp_path / "clinic")
    practice = export_practice_file(tmp_path / "clinic", tmp_path / "practice.json", capsys)
    store_evenings(data_dir, STARTS[:1])  # home already has the first one
    code, out, err = run(capsys, "import", str(practice))
    assert (code, err) == (0, "")
    assert out == "sessions imported: 3; already there, skipped: 1\n"
    assert _rows(data_dir / DB_FILENAME) == _rows(tmp_path / "clinic" / DB_FILENAME)
    assert run(capsys, "import", str(practice))[1] == (
        "sessions imported: 0; already there, skipped: 4\n"
    )
    assert _rows(data_dir / DB_FILENAME) == _rows(tmp_path / "clinic" / DB_FILENAME)


def test_import_into_a_new_data_folder(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_evenings(tmp_path / "clinic", STARTS[:1])
    practice = export_practice_file(tmp_path / "clinic", tmp_path / "practice.json", capsys)
    assert run(capsys, "import", str(practice))[1] == (
        "sessions imported: 1; already there, skipped: 0\n"
    )
    assert _rows(data_dir / DB_FILENAME) == _rows(tmp_path / "clinic" / DB_FILENAME)


def _good_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    store_evenings(tmp_path / "clinic")
    practice = export_practice_file(tmp_path / "clinic", tmp_path / "good.json", capsys)
    data: dict[str, object] = json.loads(practice.read_text(encoding="utf-8"))
    return data


def _bad_files(good: dict[str, object]) -> dict[str, bytes]:
    def changed(path: tuple[object, ...], value: object) -> bytes:
        data = json.loads(json.dumps(good))
        place = data
        for key in path[:-1]:
            place = place[key]
        place[path[-1]] = value
        return json.dumps(data).encode()

    return {
        "not-json": b'{"format": "breathapp-backup", "version": 1,',
        "not-utf8": b'{"format": "caf\xe9"}',
        "newer": changed(("version",), 2),
        "rating": changed(("sessions", 2, "tension_after"), 11),
        "bool": changed(("sessions", 0, "active_s"), True),
        "missing": changed(("sessions", 1), {"kind": "breathing"}),
        # impossible: a day of breathing in a five-minute session; a start in year 9999
        "impossible": changed(("sessions", 0, "active_s"), 86_400.0),
        "future": changed(("sessions", 3, "started_utc"), "9999-11-25T23:30:00.000Z"),
        "twice": json.dumps(good).replace('"version": 1', '"version": 2, "version": 1').encode(),
    }


EXPECTED = {
    "not-json": "line 1 column 45: is not valid JSON"
    " (Expecting property name enclosed in double quotes)",
    "not-utf8": "byte 15: is not UTF-8 text",
    "newer": "version: the file was made by a newer BreathApp (version 2);"
    " this one reads version 1",
    "rating": "sessions[2].tension_after: must be a whole number 0 to 10 or null, got 11",
    "bool": "sessions[0].active_s: must be a number 0 to 86400, got true",
    "missing": "sessions[1].started_utc: is missing",
    "impossible": "sessions[0].active_s: must be at most 303.000: the session lasted 300.000"
    " seconds from its start to its end (or its last save), got 86400.0",
    "future": "sessions[3].started_utc: must be from 2020-01-01T00:00:00.000Z to",
    "twice": "version: is given more than once",
}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_a_bad_file_exits_2_naming_where_and_the_store_is_unchanged(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    bad = tmp_path / f"{name}.json"
    bad.write_bytes(_bad_files(_good_file(tmp_path, capsys))[name])
    db_file = store_evenings(data_dir, STARTS[:2])
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    code, out, err = run(capsys, "import", str(bad))
    assert (code, out) == (EXIT_USAGE, "")
    assert one_line(err).startswith(f"breathapp: {bad}: {EXPECTED[name]}")
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before
    assert db_file.exists()


@pytest.mark.parametrize("name", ["newer", "rating", "not-json"])
def test_a_refused_file_creates_no_data_folder(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    bad = tmp_path / f"{name}.json"
    bad.write_bytes(_bad_files(_good_file(tmp_path, capsys))[name])
    code, _out, err = run(capsys, "import", str(bad))
    assert code == EXIT_USAGE
    assert one_line(err).startswith(f"breathapp: {bad}: ")
    assert not data_dir.exists()


def test_a_missing_or_too_big_file_exits_2(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    missing = tmp_path / "nowhere.json"
    code, _out, err = run(capsys, "import", str(missing))
    assert code == EXIT_USAGE
    assert one_line(err) == f"breathapp: {missing}: cannot be read: No such file or directory"
    good = _good_file(tmp_path, capsys)
    big = tmp_path / "big.json"
    big.write_text(json.dumps(good), encoding="utf-8")
    monkeypatch.setattr(backup_read, "MAX_BACKUP_BYTES", 1000)
    code, _out, err = run(capsys, "import", str(big))
    assert code == EXIT_USAGE
    assert one_line(err).startswith(f"breathapp: {big}: is larger than ")
    assert not data_dir.exists()


def test_import_needs_a_file(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "import")
    assert code == EXIT_USAGE
    assert "the following arguments are required: FILE" in one_line(err)


# -- headless ----------------------------------------------------------------------------
def test_export_and_import_run_without_pyside6(tmp_path: Path) -> None:
    """In a process of its own: neither command loads Qt."""
    store_evenings(tmp_path / "clinic")
    script = (
        "import sys\n"
        "from breathapp.cli.main import main\n"
        "clinic, home, out = sys.argv[1:]\n"
        "for fmt in ('csv', 'json'):\n"
        "    assert main(['export', '--data-dir', clinic, '--format', fmt,"
        " '--output', out + '.' + fmt]) == 0\n"
        "assert main(['import', '--data-dir', home, out + '.json']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not loaded, loaded\n"
    )
    folders = [str(tmp_path / name) for name in ("clinic", "home", "out")]
    result = subprocess.run(
        [sys.executable, "-c", script, *folders],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "sessions imported: 4; already there, skipped: 0\n"


def test_records_survive_the_round_trip_through_files(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_evenings(tmp_path / "clinic")
    practice = export_practice_file(tmp_path / "clinic", tmp_path / "practice.json", capsys)
    assert run(capsys, "import", str(practice))[0] == 0

    def records(folder: Path) -> list[SessionRecord]:
        db, _report = Database.open(folder, NOW)
        try:
            return stored_records(db)
        finally:
            db.close()

    assert records(data_dir) == records(tmp_path / "clinic")


def test_a_store_failing_half_way_leaves_no_file(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def failing(db: Database, profile_id: int, stream: io.StringIO, *args: object) -> int:
        stream.write("id,started_utc\n1,")
        raise StorageError(StorageProblem.IO, db.path, "disk I/O error")

    store_evenings(data_dir)
    monkeypatch.setattr(export, "export_csv", failing)
    target = tmp_path / "history.csv"
    code, _out, err = run(capsys, "export", "--format", "csv", "--output", str(target))
    assert code == EXIT_ENVIRONMENT
    assert "(disk I/O error)" in one_line(err)
    assert list(tmp_path.glob("history.csv*")) == []
