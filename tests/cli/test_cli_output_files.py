# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the command line writes: never over the data folder's own files, never a traceback
for an odd --output, special files written straight, a symlink's file written in place."""

from __future__ import annotations

import os
import socket
import stat
from datetime import date
from pathlib import Path

import pytest

from breathapp.cli.common import EXIT_USAGE
from breathapp.core.plans import PlanProgress
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.plans_repo import PlanRepo
from tests.builders.commands import NOW, one_line, run, store_evenings
from tests.builders.permissions import needs_permissions
from tests.builders.plans import easy_plan

EXPORTS = {
    "csv": ["export", "--format", "csv", "--output"],
    "json": ["export", "--format", "json", "--output"],
    "pdf": ["export", "--format", "pdf", "--from", "2026-11-20", "--to", "2026-11-26", "--output"],
    "plan": ["plan", "export"],
}


def _with_plan(data: Path) -> None:
    store_evenings(data)
    db, _ = Database.open(data, NOW)
    try:
        PlanRepo(db).save(
            1, easy_plan(), PlanProgress(date(2026, 11, 20), 0, date(2026, 11, 20)), NOW
        )
        db.daily_backup(date(2026, 11, 25))
    finally:
        db.close()
    (data / "logs").mkdir(exist_ok=True)
    (data / "logs" / "breathapp.log").write_text("started\n", encoding="utf-8")


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def data(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LANGUAGE", "en")
    _with_plan(data_dir)
    return data_dir


# -- case 1: the data folder's own files -------------------------------------------------
@pytest.mark.parametrize("kind", list(EXPORTS))
@pytest.mark.parametrize(
    "own",
    [
        DB_FILENAME,
        DB_FILENAME + "-wal",
        "backups/breathapp-2026-11-25.db",
        "logs/breathapp.log",
        "instance.lock",
        "breathapp.damaged-20261125T120000.db",
        "requests/mine.json",
        ".",
    ],
)
def test_no_export_writes_over_the_data_folders_own_files(
    data: Path, capsys: pytest.CaptureFixture[str], kind: str, own: str
) -> None:
    before = _files(data)
    target = data / own
    code, out, err = run(capsys, *EXPORTS[kind], str(target))
    assert code == EXIT_USAGE and out == ""
    line = one_line(err)
    assert "data folder" in line and str(data) in line
    assert _files(data) == before


def test_a_symlink_or_hard_link_to_the_database_is_refused_too(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _files(data)
    link = tmp_path / "history.csv"
    link.symlink_to(data / DB_FILENAME)
    hard = tmp_path / "copy.json"
    os.link(data / DB_FILENAME, hard)
    alias = tmp_path / "alias"
    alias.symlink_to(data, target_is_directory=True)
    for argv in (
        [*EXPORTS["csv"], str(link)],
        [*EXPORTS["json"], str(hard)],
        [*EXPORTS["plan"], str(alias / DB_FILENAME)],
    ):
        code, _out, err = run(capsys, *argv)
        assert code == EXIT_USAGE and "data folder" in one_line(err)
    assert _files(data) == before
    assert link.is_symlink()


@pytest.mark.parametrize("name", ["../data-exports.csv", "mine.csv", "exports/breathapp.db"])
def test_a_file_of_the_users_own_is_fine(
    data: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """Beside the folder, or in it beside the app's files, or in a folder the user made."""
    target = data / name
    target.parent.mkdir(exist_ok=True)
    assert run(capsys, *EXPORTS["csv"], str(target))[0] == 0
    assert target.read_text("utf-8").startswith("id,")


# -- case 9: odd output names ------------------------------------------------------------
@pytest.mark.parametrize("kind", list(EXPORTS))
@pytest.mark.parametrize("output", ["", ".", "/", ".."])
def test_an_empty_name_or_a_folder_is_one_line_and_exit_2(
    data: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    output: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *EXPORTS[kind], output)
    assert code == EXIT_USAGE and out == ""
    line = one_line(err)
    assert ("is empty" in line) if output == "" else ("is a folder" in line)


def test_a_pdf_report_before_year_1_is_one_line(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "r.pdf"
    code, _out, err = run(
        capsys, "export", "--format", "pdf", "--to", "0001-01-05", "--output", str(target)
    )
    assert code == EXIT_USAGE and "--to 0001-01-05" in one_line(err)
    assert not target.exists()


@needs_permissions
@pytest.mark.parametrize("kind", ["csv", "pdf", "plan"])
@pytest.mark.parametrize("mode", [0o500, 0o000])  # may not write in it; nor look into it
def test_an_output_folder_that_may_not_be_written_is_one_line(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, mode: int
) -> None:
    closed = tmp_path / "closed"
    closed.mkdir()
    closed.chmod(mode)
    try:
        code, _out, err = run(capsys, *EXPORTS[kind], str(closed / "out.file"))
    finally:
        closed.chmod(0o700)
    assert code == EXIT_USAGE and one_line(err).startswith("breathapp: cannot write")
    assert list(closed.iterdir()) == []


@needs_permissions
@pytest.mark.parametrize(
    "argv",
    [["list"], ["profiles"], ["--start", "calm"], ["plan", "import", "PLAN"], ["import", "PLAN"]],
)
def test_a_data_folder_that_may_not_be_searched_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    closed = tmp_path / "closed"
    store_evenings(closed / "data")
    plan = tmp_path / "p.breathplan"
    from breathapp.storage.plan_files import write_plan_file

    write_plan_file(plan, easy_plan())
    closed.chmod(0)
    try:
        words = [str(plan) if w == "PLAN" else w for w in argv]
        code, _out, err = run(capsys, *words, "--data-dir", str(closed / "data"))
    finally:
        closed.chmod(0o700)
    assert code == EXIT_USAGE and str(closed / "data") in one_line(err)


# -- case 16: special files and links ----------------------------------------------------
@pytest.mark.parametrize("kind", ["csv", "plan"])
def test_a_symlink_keeps_being_a_link_and_its_file_gets_the_output(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    real = tmp_path / "real.out"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.out"
    link.symlink_to(real)
    assert run(capsys, *EXPORTS[kind], str(link))[0] == 0
    assert link.is_symlink() and real.read_text("utf-8") != "old"
    assert not list(tmp_path.glob("*.part"))


def test_a_pdf_through_a_symlink_lands_in_its_file(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real.pdf"
    link = tmp_path / "link.pdf"
    link.symlink_to(real)  # dangling: written where it points, as the shell's > does
    assert run(capsys, *EXPORTS["pdf"], str(link))[0] == 0
    assert link.is_symlink() and real.read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
@pytest.mark.parametrize("kind", ["csv", "json", "plan"])
@pytest.mark.parametrize("through_a_link", [False, True])
def test_a_named_pipe_is_written_straight(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, through_a_link: bool
) -> None:
    """As /dev/stdout is for a normal user; as root it was replaced by a regular file."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    target = fifo
    if through_a_link:
        target = tmp_path / "link"
        target.symlink_to(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # the writer's open does not wait
    try:
        code, _out, err = run(capsys, *EXPORTS[kind], str(target))
        assert (code, err) == (0, "")
        received = os.read(reader, 1 << 16)
    finally:
        os.close(reader)
    assert received.startswith({"csv": b"id,", "json": b"{", "plan": b"{"}[kind])
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and target.is_symlink() == through_a_link
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no unix sockets")
def test_a_socket_is_refused_and_left_alone(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        code, _out, err = run(capsys, *EXPORTS["csv"], str(path))
        assert code == EXIT_USAGE and "not a file" in one_line(err)
        assert stat.S_ISSOCK(path.lstat().st_mode)


# -- case 18: one line, whatever the name --------------------------------------------------
def test_a_newline_in_a_file_name_is_escaped_in_the_error(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "two\nlines" / "out.csv"
    code, _out, err = run(capsys, *EXPORTS["csv"], str(missing))
    assert code == EXIT_USAGE
    assert "two\\nlines" in one_line(err)
    plan = tmp_path / "evil\n\x1b[2Jname.breathplan"
    code, _out, err = run(capsys, "plan", "import", str(plan))
    assert code == EXIT_USAGE
    assert "evil\\n\\x1b[2Jname" in one_line(err)
