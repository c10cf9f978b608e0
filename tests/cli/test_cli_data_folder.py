# SPDX-License-Identifier: GPL-3.0-or-later
"""Read-only commands where nothing was saved: one line naming the folder, exit 2, nothing made."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from breathapp.cli.common import EXIT_USAGE
from breathapp.cli.main import main
from breathapp.paths import DATA_DIR_ENV, user_data_dir
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.plan_files import write_plan_file
from tests.builders.commands import NOW
from tests.builders.plans import easy_plan

# Each read-only command, with OUT for the file it would write.
READ_ONLY = {
    "export-csv": ["export", "--format", "csv", "--output", "-"],
    "export-json": ["export", "--format", "json", "--output", "OUT"],
    "export-pdf": ["export", "--format", "pdf", "--output", "OUT"],
    "profiles": ["profiles"],
    "plan-export": ["plan", "export", "OUT"],
}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "out.file"


def _argv(command: str, out: Path) -> list[str]:
    return [str(out) if word == "OUT" else word for word in READ_ONLY[command]]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """Exit code and the one line on stderr; nothing may be on stdout."""
    code = main(list(argv))
    stdout, err = capsys.readouterr()
    assert stdout == ""
    lines = err.splitlines()
    assert len(lines) == 1 and err.endswith("\n"), err
    return code, lines[0]


@pytest.mark.parametrize("command", list(READ_ONLY))
def test_a_read_only_command_on_a_missing_data_folder_exits_2_and_creates_nothing(
    tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    data = tmp_path / "data"
    code, line = _run(capsys, *_argv(command, out), "--data-dir", str(data))
    assert code == EXIT_USAGE
    assert line == f"breathapp: there is no data folder at {data}: check --data-dir"
    assert not data.exists() and not out.exists()


@pytest.mark.parametrize("command", ["export-csv", "profiles", "plan-export"])
def test_a_missing_folder_from_the_environment_names_the_variable(
    tmp_path: Path,
    out: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(data))
    code, line = _run(capsys, *_argv(command, out))
    assert code == EXIT_USAGE
    assert line == f"breathapp: there is no data folder at {data}: check {DATA_DIR_ENV}"
    assert not data.exists()


def test_a_missing_default_folder_says_the_app_makes_it(
    tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No --data-dir, no variable: the per-user folder, here moved into tmp_path."""
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    for name in ("HOME", "XDG_DATA_HOME", "APPDATA"):
        monkeypatch.setenv(name, str(tmp_path / "home"))
    default = user_data_dir(os.environ)
    assert default.is_relative_to(tmp_path)
    code, line = _run(capsys, "export", "--format", "csv", "--output", str(out))
    assert code == EXIT_USAGE
    assert line == (
        f"breathapp: there is no data folder at {default} yet: "
        "open BreathApp once to make it, or give --data-dir"
    )
    assert not (tmp_path / "home").exists()


@pytest.mark.parametrize("command", list(READ_ONLY))
def test_a_read_only_command_in_a_folder_without_a_database_exits_2_and_makes_no_database(
    tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """The folder is there but BreathApp never saved in it: no empty CSV, no new store."""
    data = tmp_path / "data"
    data.mkdir()
    code, line = _run(capsys, *_argv(command, out), "--data-dir", str(data))
    assert code == EXIT_USAGE
    assert line == (
        f"breathapp: BreathApp has saved nothing in {data} yet "
        f"(there is no {DB_FILENAME}): check --data-dir"
    )
    assert list(data.iterdir()) == [] and not out.exists()


def test_a_data_dir_that_is_a_file_exits_2_and_says_so(
    tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "notes.txt"
    data.write_text("not a folder", encoding="utf-8")
    code, line = _run(capsys, *_argv("export-csv", out), "--data-dir", str(data))
    assert code == EXIT_USAGE
    assert line == f"breathapp: {data} is a file, not a data folder: check --data-dir"


def test_the_missing_folder_is_said_before_an_unknown_profile(
    tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The folder is the real cause: there can be no profile Anna where nothing was saved."""
    data = tmp_path / "data"
    argv = [*_argv("export-csv", out), "--data-dir", str(data), "--profile", "Anna"]
    code, line = _run(capsys, *argv)
    assert code == EXIT_USAGE and "there is no data folder at" in line
    assert not data.exists()


def test_list_needs_no_data_folder_and_makes_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["list", "--lang", "en", "--data-dir", str(data)]) == 0
    assert "Relaxation sessions" in capsys.readouterr().out
    assert not data.exists()


def test_the_writing_commands_still_make_a_new_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """import and plan import write: a new folder is theirs to make, as before."""
    clinic, home, plan = tmp_path / "clinic", tmp_path / "home", tmp_path / "p.breathplan"
    Database.open(clinic, NOW)[0].close()
    practice = tmp_path / "practice.json"
    export = ["export", "--data-dir", str(clinic), "--format", "json", "--output", str(practice)]
    assert main(export) == 0
    assert main(["import", "--data-dir", str(home / "a"), str(practice)]) == 0
    write_plan_file(plan, easy_plan())
    assert main(["plan", "import", "--data-dir", str(home / "b"), "--lang", "en", str(plan)]) == 0
    capsys.readouterr()
    assert (home / "a" / DB_FILENAME).is_file() and (home / "b" / DB_FILENAME).is_file()
