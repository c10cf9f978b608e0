# SPDX-License-Identifier: GPL-3.0-or-later
"""--rr-replay FILE: checked before the window opens; a bad file is one line and exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

import breathapp.app.run
from breathapp.app.options import Options
from breathapp.cli.common import EXIT_USAGE
from breathapp.cli.main import main
from tests.builders.heart import rr_file
from tests.builders.process import run_breathapp

RR = [800, 1000, 900, 1100, 850, 950, 1000, 800, 1200, 700]


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Options]:
    """The window, only recorded."""
    seen: list[Options] = []

    def run(options: Options) -> int:
        seen.append(options)
        return 0

    monkeypatch.setattr(breathapp.app.run, "run", run)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return seen


def test_a_bad_file_is_one_line_exit_2_and_nothing_made(tmp_path: Path) -> None:
    bad = tmp_path / "beats.rr"
    bad.write_text("\n".join(["800"] * 11 + ["7x"]) + "\n", encoding="utf-8")
    data = tmp_path / "data"
    result = run_breathapp("--data-dir", str(data), "--lang", "en", "--rr-replay", str(bad))
    assert result.returncode == EXIT_USAGE
    assert result.stderr == f"breathapp: {bad}: line 12: '7x' is not a number of milliseconds\n"
    assert result.stdout == ""
    assert not data.exists()


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("0.8\n" * 12, "line 1: 0.8 ms is not between 250 and 2400 ms"),
        ("800\n" * 3, "too few intervals (3); at least 10 are needed"),
    ],
)
def test_what_is_wrong_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], opened: list[Options], text: str, said: str
) -> None:
    path = tmp_path / "beats.rr"
    path.write_text(text, encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "data"), "--rr-replay", str(path)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith(f"breathapp: {path}: {said}") and err.count("\n") == 1
    assert opened == []


def test_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], opened: list[Options]
) -> None:
    missing = tmp_path / "none.rr"
    assert main(["--data-dir", str(tmp_path), "--rr-replay", str(missing)]) == EXIT_USAGE
    assert capsys.readouterr().err.startswith(f"breathapp: {missing}: cannot be read: ")


def test_in_dutch_it_names_the_file_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], opened: list[Options]
) -> None:
    missing = tmp_path / "none.rr"
    main(["--data-dir", str(tmp_path), "--lang", "nl", "--rr-replay", str(missing)])
    assert str(missing) in capsys.readouterr().err


def test_a_good_file_reaches_the_window(tmp_path: Path, opened: list[Options]) -> None:
    path = rr_file(tmp_path, RR)
    assert main(["--data-dir", str(tmp_path / "data"), "--rr-replay", str(path)]) == 0
    assert [o.rr_replay for o in opened] == [path.absolute()]


def test_not_with_a_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], opened: list[Options]
) -> None:
    path = rr_file(tmp_path, RR)
    assert main(["--rr-replay", str(path), "profiles", "--data-dir", str(tmp_path)]) == EXIT_USAGE
    assert "--rr-replay is for the window" in capsys.readouterr().err
