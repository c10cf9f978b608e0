# SPDX-License-Identifier: GPL-3.0-or-later
"""RR files: read in milliseconds, refused with the file and the line named."""

from __future__ import annotations

from pathlib import Path

import pytest

from breathapp.core.heart.rr_file import (
    RR_FILE_MAX_BYTES,
    RrFileError,
    RrProblem,
    read_rr_file,
)


def _file(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "beats.rr"
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def test_whole_and_decimal_milliseconds_blank_lines_and_crlf(tmp_path: Path) -> None:
    lines = ["812", "", "845.5", "  900 ", *["1000"] * 7, ""]
    path = _file(tmp_path, "\r\n".join(lines))
    assert read_rr_file(path) == (812.0, 845.5, 900.0, *[1000.0] * 7)


def test_a_word_names_the_file_and_the_line(tmp_path: Path) -> None:
    lines = ["800"] * 11 + ["7x"]
    path = _file(tmp_path, "\n".join(lines))
    with pytest.raises(RrFileError) as caught:
        read_rr_file(path)
    error = caught.value
    assert (error.problem, error.line, error.got) == (RrProblem.NOT_A_NUMBER, 12, "7x")
    assert str(error) == f"{path}: line 12: '7x' is not a number of milliseconds"


@pytest.mark.parametrize("word", ["nan", "inf", "1e3", "1_000", "-800", "800,5", "0x320"])
def test_only_plain_decimal_numbers(tmp_path: Path, word: str) -> None:
    path = _file(tmp_path, "\n".join(["800"] * 10 + [word]))
    with pytest.raises(RrFileError) as caught:
        read_rr_file(path)
    assert caught.value.problem is RrProblem.NOT_A_NUMBER
    assert caught.value.line == 11


def test_seconds_are_not_guessed(tmp_path: Path) -> None:
    path = _file(tmp_path, "\n".join(["0.85"] * 12))
    with pytest.raises(RrFileError, match=r"line 1: 0.85 ms is not between 250 and 2400 ms"):
        read_rr_file(path)


def test_an_interval_out_of_range(tmp_path: Path) -> None:
    path = _file(tmp_path, "\n".join(["800"] * 10 + ["2401"]))
    with pytest.raises(RrFileError) as caught:
        read_rr_file(path)
    assert (caught.value.problem, caught.value.line) == (RrProblem.OUT_OF_RANGE, 11)


def test_too_few_intervals(tmp_path: Path) -> None:
    path = _file(tmp_path, "800\n" * 9)
    with pytest.raises(RrFileError, match=r"too few intervals \(9\); at least 10 are needed"):
        read_rr_file(path)


def test_too_large_is_refused_unread(tmp_path: Path) -> None:
    path = _file(tmp_path, b"800\n" * (RR_FILE_MAX_BYTES // 4 + 1))
    with pytest.raises(RrFileError) as caught:
        read_rr_file(path)
    assert caught.value.problem is RrProblem.TOO_LARGE


def test_not_text(tmp_path: Path) -> None:
    path = _file(tmp_path, b"\xff\xfe8\x000\x000\x00")
    with pytest.raises(RrFileError) as caught:
        read_rr_file(path)
    assert caught.value.problem is RrProblem.NOT_TEXT


def test_missing_file_and_folder(tmp_path: Path) -> None:
    for path in (tmp_path / "none.rr", tmp_path):
        with pytest.raises(RrFileError) as caught:
            read_rr_file(path)
        assert caught.value.problem is RrProblem.UNREADABLE
        assert str(caught.value).startswith(f"{path}: cannot be read: ")
