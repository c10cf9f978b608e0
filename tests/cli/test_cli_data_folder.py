# SPDX-License-Identifier: GPL-3.0-or-later
"""Read-only commands where nothing was saved: one line naming the folder, exit 2, nothing made."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from breathapp.cli.common import EXIT_ENVIRONMENT, EXIT_USAGE
from breathapp.cli.main import main
from breathapp.paths import DATA_DIR_ENV, user_data_dir
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.plan_files import write_plan_file
from tests.builders.commands import NOW
from tests.builders.permissions import needs_permissions
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


# -- bad --data-dir values: exit 2 with the reason, for every command -----------------------
EVERY_COMMAND = {
    "list": ["list"],
    "profiles": ["profiles"],
    "export": ["export", "--format", "csv", "--output", "-"],
    "import": ["import", "PRACTICE"],
    "plan-import": ["plan", "import", "PLAN"],
    "start": ["--start", "calm"],
}


def _inputs(tmp_path: Path, command: str) -> list[str]:
    """The command's words, with a practice file and a plan file made for it."""
    practice, plan = tmp_path / "practice.json", tmp_path / "p.breathplan"
    clinic = tmp_path / "clinic"
    if not practice.exists():
        Database.open(clinic, NOW)[0].close()
        main(["export", "--data-dir", str(clinic), "--format", "json", "--output", str(practice)])
        write_plan_file(plan, easy_plan())
    swap = {"PRACTICE": str(practice), "PLAN": str(plan)}
    return [swap.get(word, word) for word in EVERY_COMMAND[command]]


@pytest.mark.parametrize("command", list(EVERY_COMMAND))
def test_an_empty_data_dir_is_refused_not_taken_as_the_default(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    """Once it quietly meant "not given": import then wrote into the default folder."""
    default = tmp_path / "default"
    monkeypatch.setenv(DATA_DIR_ENV, str(default))
    argv = _inputs(tmp_path, command)
    capsys.readouterr()
    code, line = _run(capsys, *argv, "--data-dir", "")
    assert code == EXIT_USAGE
    assert line == "breathapp: --data-dir is empty: give a folder, or leave the option out"
    assert not default.exists()


@pytest.mark.parametrize("command", list(EVERY_COMMAND))
def test_a_data_dir_that_is_a_file_is_said_by_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    data = tmp_path / "notes.txt"
    data.write_text("not a folder", encoding="utf-8")
    argv = _inputs(tmp_path, command)
    capsys.readouterr()
    code, line = _run(capsys, *argv, "--data-dir", str(data))
    assert code == EXIT_USAGE
    assert line == f"breathapp: {data} is a file, not a data folder: check --data-dir"
    assert data.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize("command", ["import", "plan-import", "profiles"])
def test_a_data_dir_below_a_file_names_the_file(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(DATA_DIR_ENV, str(blocker / "data"))
    argv = _inputs(tmp_path, command)
    capsys.readouterr()
    code, line = _run(capsys, *argv)
    assert code == EXIT_USAGE
    assert line == (
        f"breathapp: {blocker / 'data'} cannot be a folder: {blocker} is a file: "
        f"check {DATA_DIR_ENV}"
    )


def test_an_empty_variable_counts_as_not_set_and_the_help_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, "")
    for name in ("HOME", "XDG_DATA_HOME", "APPDATA"):
        monkeypatch.setenv(name, str(tmp_path / "home"))
    code, line = _run(capsys, "profiles")
    assert code == EXIT_USAGE
    assert f"there is no data folder at {user_data_dir(os.environ)} yet" in line
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "BREATHAPP_DATA_DIR when it is set and not empty" in help_text


@needs_permissions
def test_a_data_dir_the_machine_will_not_make_is_exit_1_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    argv = _inputs(tmp_path, "import")
    capsys.readouterr()
    locked.chmod(0o500)
    try:
        code, line = _run(capsys, *argv, "--data-dir", str(locked / "data"))
    finally:
        locked.chmod(0o700)
    assert code == EXIT_ENVIRONMENT
    assert str(locked / "data") in line and "Permission denied" in line
