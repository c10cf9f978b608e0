# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line and relaxation sessions: 'list' shows them, --start takes their ids."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from breathapp.cli import common
from breathapp.cli.common import EXIT_USAGE, UsageError, list_language
from breathapp.cli.main import main
from breathapp.cli.parser import build_parser, parse_options
from breathapp.core.prefs import Preferences
from breathapp.paths import asset_path
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.prefs_repo import PrefsRepo
from breathapp.storage.profiles_repo import ProfileRepo

# The CLI lists every session it can run, the flare-up one (not in the window's Relax list) too.
IDS = ("belly-lesson", "breathing-space", "pmr-very-short", "pmr-short", "body-scan", "flare-up")
NOW = datetime(2026, 11, 25, 15, 23, tzinfo=UTC)
OWN_LENGTH = "breathapp: a relaxation session has its own length; leave out --minutes and --breaths"


@pytest.fixture
def data_dir(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder, and a system language that says nothing."""
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(key, raising=False)
    return data_dir


def _env(data: Path, **extra: str) -> dict[str, str]:
    return {"BREATHAPP_DATA_DIR": str(data), **extra}


def _store(data: Path, language: str = "", no_holds: bool = False) -> Path:
    """A real store whose default profile has these settings; returns the database file."""
    db, _report = Database.open(data, NOW)
    try:
        profiles = ProfileRepo(db)
        profile = profiles.default()
        PrefsRepo(db).save(profile.id, replace(Preferences(), language=language))
        profiles.set_no_holds(profile.id, no_holds)
    finally:
        db.close()
    return data / DB_FILENAME


def _relaxation_rows(stdout: str) -> dict[str, list[str]]:
    """The rows under 'Relaxation sessions' (in Dutch: 'Ontspanningssessies'), by id:
    [minutes, title]."""
    lines = stdout.splitlines()
    start = next(n for n, line in enumerate(lines) if line in SECTION.values())
    assert lines[start + 1].split() in (["id", "minutes", "title"], ["id", "minuten", "titel"])
    rows = {}
    for line in lines[start + 2 :]:
        script_id, minutes, title = line.split(maxsplit=2)
        rows[script_id] = [minutes, title]
    return rows


SECTION = {"en": "Relaxation sessions", "nl": "Ontspanningssessies"}


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("nl", {"belly-lesson": "Buikademhaling leren", "body-scan": "Bodyscan"}),
        ("en", {"belly-lesson": "Learning belly breathing", "body-scan": "Body scan"}),
    ],
)
def test_list_shows_every_relaxation_session_in_the_chosen_language(
    data_dir: Path, capsys: pytest.CaptureFixture[str], language: str, titles: dict[str, str]
) -> None:
    assert main(["list", "--lang", language]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    # the breathing patterns first, then a blank line and the sessions
    assert out.startswith("id ")
    assert "calm" in out.split(SECTION[language])[0]
    assert f"\n\n{SECTION[language]}\n" in out
    rows = _relaxation_rows(out)
    assert tuple(rows) == IDS
    assert all(minutes.isdigit() and int(minutes) >= 1 for minutes, _title in rows.values())
    assert rows["pmr-short"][0] == "10"
    for script_id, title in titles.items():
        assert rows[script_id][1] == title
    assert not data_dir.exists()  # listing writes nothing


def test_list_columns_line_up(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    table = lines[lines.index("Relaxation sessions") + 1 :]
    assert len({line.index(line.split()[1]) for line in table}) == 1  # minutes column
    assert len({line.index(line.split(maxsplit=2)[2]) for line in table}) == 1  # title column


def test_list_without_lang_uses_the_saved_language(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db_file = _store(data_dir, language="nl")
    before = db_file.read_bytes()
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # the saved choice wins over the system
    assert main(["list"]) == 0
    assert _relaxation_rows(capsys.readouterr().out)["belly-lesson"][1] == "Buikademhaling leren"
    assert db_file.read_bytes() == before
    # --lang wins over the saved choice
    assert main(["list", "--lang", "en"]) == 0
    assert _relaxation_rows(capsys.readouterr().out)["belly-lesson"][1] == (
        "Learning belly breathing"
    )


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "nl_BE"}, "nl"),
        ({"LANGUAGE": "nl:en", "LANG": "en_US.UTF-8"}, "nl"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "de_BE.UTF-8"}, "de"),
        ({"LANG": "fr_BE.UTF-8"}, "fr"),
        ({"LANG": "ja_JP.UTF-8"}, "en"),  # a language the app does not speak: English
        ({"LANG": "es_ES.UTF-8", "LANGUAGE": "es_ES:nl"}, "nl"),
        ({"LANG": "C"}, "en"),
        ({}, "en"),
    ],
)
def test_without_lang_or_a_saved_one_the_system_language_is_used(
    data_dir: Path, environ: dict[str, str], language: str
) -> None:
    args = parse_options(["list"], _env(data_dir, **environ))
    assert list_language(args, _env(data_dir, **environ)) == language


def test_a_store_without_a_saved_language_follows_the_system(data_dir: Path) -> None:
    _store(data_dir, language="")
    env = _env(data_dir, LANG="nl_NL.UTF-8")
    assert list_language(parse_options(["list"], env), env) == "nl"


def test_a_broken_relaxation_file_is_told_and_the_others_are_listed(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "relaxation"
    folder.mkdir()
    shutil.copy(asset_path("relaxation", "belly-lesson.en.toml"), folder)
    (folder / "pmr-short.en.toml").write_text("format = 1\nid = [", encoding="utf-8")
    monkeypatch.setattr(common, "relaxation_folder", lambda: folder)
    assert main(["list", "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [err.strip()]
    assert err.startswith("breathapp: skipped pmr-short.en.toml")
    assert list(_relaxation_rows(out)) == ["belly-lesson"]
    assert out.startswith("id ")  # the breathing patterns are still there


def test_a_missing_relaxation_folder_lists_the_patterns_only(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(common, "relaxation_folder", lambda: tmp_path / "nowhere")
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "calm" in out and _relaxation_rows(out) == {}


@pytest.mark.parametrize("script_id", IDS)
def test_start_takes_a_relaxation_session_id(data_dir: Path, script_id: str) -> None:
    args = parse_options(["--start", script_id, "--fullscreen"], _env(data_dir))
    assert args.relaxation is True
    assert args.start == script_id
    assert args.minutes is None and args.breaths is None


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_relaxation_id_is_known_in_either_language(data_dir: Path, lang: str) -> None:
    args = parse_options(["--lang", lang, "--start", "pmr-short"], _env(data_dir))
    assert args.relaxation is True


@pytest.mark.parametrize("start", ["calm", "4-2-6-0", "box"])
def test_start_with_a_breathing_pattern_is_not_a_relaxation(data_dir: Path, start: str) -> None:
    args = parse_options(["--start", start, "--minutes", "5"], _env(data_dir))
    assert args.relaxation is False
    assert args.start == start and args.minutes == 5.0


@pytest.mark.parametrize("argv", [["list"], [], ["export", "--format", "csv", "--output", "-"]])
def test_relaxation_is_false_without_a_start(data_dir: Path, argv: list[str]) -> None:
    _store(data_dir)  # export reads a store that is there
    assert parse_options(argv, _env(data_dir)).relaxation is False


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--start", "nonsense"],
            "breathapp: unknown pattern or relaxation session 'nonsense': see 'breathapp list'",
        ),
        (
            ["--start", "pmr-short", "--minutes", "5"],
            OWN_LENGTH,
        ),
        (
            ["--start", "body-scan", "--breaths", "10"],
            OWN_LENGTH,
        ),
        (
            ["--start", "4-0-0-0"],  # a pattern text keeps its own message
            "breathapp: exhale must be 1 to 20 seconds, got 0",
        ),
    ],
)
def test_bad_start_exits_2_with_one_line_and_writes_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(argv) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert err == message + "\n"
    assert not data_dir.exists()


def test_a_no_holds_profile_may_start_a_relaxation_session(data_dir: Path) -> None:
    db_file = _store(data_dir, no_holds=True)
    before = db_file.read_bytes()
    args = parse_options(["--start", "pmr-short"], _env(data_dir))
    assert args.relaxation is True
    with pytest.raises(UsageError, match="breath holds"):
        parse_options(["--start", "box"], _env(data_dir))
    assert db_file.read_bytes() == before
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("SELECT no_holds FROM profiles").fetchone() == (1,)
    conn.close()


def test_help_names_relaxation_sessions() -> None:
    parser = build_parser()
    start = next(a for a in parser._actions if a.dest == "start")
    assert start.help is not None and start.help.endswith(
        "a preset id, IN-HOLD-OUT-HOLD seconds, or a relaxation session id (see 'list')"
    )
    assert "relaxation session" in " ".join(parser.format_help().split())


def test_a_reader_that_goes_away_gets_no_traceback(tmp_path: Path) -> None:
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-m", "breathapp", "--data-dir", str(tmp_path / "data"), "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head -0`: gone before the first line is written
    with process.stderr:
        errors = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in errors and "BrokenPipe" not in errors
