# SPDX-License-Identifier: GPL-3.0-or-later
"""Text from files and the store reaches the terminal shown, never acted on; every error is
one line; a store from a newer BreathApp is refused before anything is printed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from breathapp.cli.common import EXIT_ENVIRONMENT, EXIT_USAGE, printable
from breathapp.core.plans import Contact, ItemKind, PlanItem
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.plan_files import write_plan_file
from tests.builders.commands import NOW, one_line, run
from tests.builders.plans import plan_of
from tests.builders.profiles import profiles_in

ESC = "\x1b"
CLEAR = f"{ESC}[2J{ESC}]0;owned{chr(7)}"  # clear the screen, set the window's title
# What may never reach the terminal raw: C0 but newline, DEL, C1, bidi overrides.
RAW = [*(chr(c) for c in range(32) if c != 10), "\x7f", "\x85", "\x9b", "\u202e", "\u2066"]


@pytest.fixture
def data_dir(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LANGUAGE", "en")
    return data_dir


def _no_controls(text: str) -> None:
    found = sorted({hex(ord(c)) for c in text if c in RAW})
    assert found == [], f"raw controls reached the terminal: {found}"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Calm back", "Calm back"),
        ("é ü — 中 😀", "é ü — 中 😀"),
        (CLEAR, "\\x1b[2J\\x1b]0;owned\\x07"),
        ("ok\rEVIL", "ok\\rEVIL"),
        ("two\nlines\ttab", "two\\nlines\\ttab"),
        ("\x7f\x85\x9b", "\\x7f\\x85\\x9b"),
        ("txt.\u202eexe", "txt.\\u202eexe"),
        ("\u2066x\u2069\u200f\u2028", "\\u2066x\\u2069\\u200f\\u2028"),
        ("bad byte \udcff", "bad byte \\udcff"),
    ],
)
def test_printable_escapes_what_a_terminal_would_act_on(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_plan_import_shows_every_text_of_the_file_escaped(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = plan_of(
        PlanItem(ItemKind.BREATHING, "calm", 5),
        name=f"Calm{CLEAR}\rEVIL",
        phase=f"Phase{ESC}[31m",
        message=f"Line one{ESC}[2K\nLine two\u202e",
        contact=Contact(f"An{ESC}[8m", "Kine\x9b", "09\r", "an@x.be", "mornings\x07"),
    )
    path = tmp_path / "evil.breathplan"
    write_plan_file(path, plan)
    code, out, err = run(capsys, "plan", "import", str(path))
    assert (code, err) == (0, "")
    _no_controls(out)
    assert "Plan: Calm\\x1b[2J\\x1b]0;owned\\x07\\rEVIL" in out
    assert "Phase 1: Phase\\x1b[31m" in out
    assert "  Line one\\x1b[2K\n  Line two\\u202e\n" in out  # its own lines kept
    assert "Contact: An\\x1b[8m, Kine\\x9b, phone 09\\r" in out


def test_plan_export_names_the_title_escaped(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "evil.breathplan"
    write_plan_file(path, plan_of(PlanItem(ItemKind.BREATHING, "calm", 5), name=f"T{CLEAR}"))
    assert run(capsys, "plan", "import", str(path))[0] == 0
    code, out, err = run(capsys, "plan", "export", str(tmp_path / f"out{ESC}[2J.breathplan"))
    assert (code, err) == (0, "")
    _no_controls(out)
    assert "T\\x1b[2J" in out and "out\\x1b[2J.breathplan" in out


def test_profiles_and_errors_show_stored_names_escaped(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profiles_in(data_dir, "Anna", now_utc=NOW)
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("UPDATE profiles SET name = ? WHERE name = 'Anna'", (f"An{CLEAR}na",))
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "profiles")
    assert (code, err) == (0, "")
    _no_controls(out)
    assert out.splitlines()[1] == "An\\x1b[2J\\x1b]0;owned\\x07na"
    # A refusal that names the profile: one line, escaped.
    code, _out, err = run(
        capsys, "plan", "export", str(tmp_path / "x"), "--profile", f"An{CLEAR}na"
    )
    assert code == EXIT_USAGE
    _no_controls(err.rstrip("\n"))
    assert "has no plan to export" in one_line(err)


def test_an_error_about_a_file_name_with_controls_is_one_escaped_line(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a\nb.json", f"x{ESC}[2J.json", "r\rl.json"):
        code, _out, err = run(capsys, "import", str(tmp_path / name))
        assert code == EXIT_USAGE
        _no_controls(one_line(err))


def test_plan_import_into_a_newer_store_prints_nothing_and_changes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Database.open(data_dir, NOW)[0].close()
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = (data_dir / DB_FILENAME).read_bytes()
    path = tmp_path / "p.breathplan"
    write_plan_file(path, plan_of(PlanItem(ItemKind.BREATHING, "calm", 5)))
    code, out, err = run(capsys, "plan", "import", str(path))
    assert code == EXIT_ENVIRONMENT and out == ""
    assert "newer version of BreathApp" in one_line(err)
    assert (data_dir / DB_FILENAME).read_bytes() == before
