# SPDX-License-Identifier: GPL-3.0-or-later
"""Outputs written whole, and never over a device, a pipe, a folder or a link; inputs that
are not regular files refused at once."""

from __future__ import annotations

import errno
import os
import socket
import stat
from pathlib import Path
from typing import TextIO

import pytest

from breathapp.storage.plain_files import (
    NotAFileError,
    input_problem,
    output_path,
    read_regular_file,
    write_atomically,
    write_path_atomically,
)

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")


def _hello(stream: TextIO) -> None:
    stream.write("hello\n")


def test_a_new_or_regular_file_is_written_through_a_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_atomically(target, _hello)
    assert target.read_text("utf-8") == "hello\n"
    target.write_text("old", encoding="utf-8")
    write_atomically(target, _hello)
    assert target.read_text("utf-8") == "hello\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_part(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")

    def half(stream: TextIO) -> None:
        stream.write("half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_atomically(target, half)
    assert target.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_symlink_stays_a_link_and_its_file_is_written(tmp_path: Path) -> None:
    real, link = tmp_path / "real.csv", tmp_path / "link.csv"
    real.write_text("old", encoding="utf-8")
    link.symlink_to(real)
    write_atomically(link, _hello)
    assert link.is_symlink() and real.read_text("utf-8") == "hello\n"
    dangling = tmp_path / "later.csv"
    dangling.symlink_to(tmp_path / "made.csv")
    write_atomically(dangling, _hello)
    assert dangling.is_symlink() and (tmp_path / "made.csv").read_text("utf-8") == "hello\n"


def test_a_stale_part_that_is_a_symlink_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (tmp_path / "out.csv.part").symlink_to(victim)
    with pytest.raises(OSError):
        write_atomically(tmp_path / "out.csv", _hello)
    assert victim.read_text("utf-8") == "keep me"
    assert (tmp_path / "out.csv.part").is_symlink()  # not ours to remove


@needs_fifo
@pytest.mark.parametrize("through_a_link", [False, True])
def test_a_named_pipe_is_written_straight(tmp_path: Path, through_a_link: bool) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    target = fifo
    if through_a_link:
        target = tmp_path / "stdout"
        target.symlink_to(fifo)
    assert output_path(target) == (target, True)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_atomically(target, _hello)
        write_path_atomically(target, lambda path: path.write_bytes(b"%PDF-1.4\n"))
        assert os.read(reader, 1024) == b"hello\n%PDF-1.4\n"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"pipe", target.name})


def test_a_character_device_is_written_straight() -> None:
    """Only asked, never written: a bug here must not replace the machine's null device."""
    if not stat.S_ISCHR(os.stat(os.devnull).st_mode):
        pytest.skip("no null device")
    assert output_path(Path(os.devnull)) == (Path(os.devnull), True)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="no /proc/self/fd")
def test_an_open_descriptor_is_appended_to_not_replaced(tmp_path: Path) -> None:
    """/dev/stdout with stdout sent to a file by the shell (``>> all.csv``) is such a path."""
    kept = tmp_path / "all.csv"
    kept.write_text("earlier\n", encoding="utf-8")
    with kept.open("a", encoding="utf-8") as shell:
        link = tmp_path / "stdout"
        link.symlink_to(f"/proc/self/fd/{shell.fileno()}")
        assert output_path(link) == (link, True)
        write_atomically(link, _hello)
    assert kept.read_text("utf-8") == "earlier\nhello\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.csv", "stdout"]


def test_a_folder_is_refused_and_nothing_is_made(tmp_path: Path) -> None:
    for target in (tmp_path, Path("/"), Path(".")):
        with pytest.raises(NotAFileError) as caught:
            write_atomically(target, _hello)
        assert caught.value.strerror == "it is a folder, not a file"
        with pytest.raises(NotAFileError):
            write_path_atomically(target, lambda path: path.write_bytes(b""))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no unix sockets")
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(NotAFileError, match="a socket, not a file"):
            write_atomically(path, _hello)
    assert stat.S_ISSOCK(path.lstat().st_mode)


def test_a_clean_up_that_fails_does_not_hide_why_the_write_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a folder that may not be searched the clean-up fails too: the first reason counts."""

    def refuse(_self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    def writer(path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "unlink", refuse)
    with pytest.raises(OSError, match="No space"):
        write_path_atomically(tmp_path / "r.pdf", writer)


@needs_fifo
def test_reading_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(NotAFileError, match="it is a named pipe, not a file"):
        read_regular_file(fifo, 100)  # no writer: opening it blocking would wait for ever
    problem = input_problem(fifo)
    assert problem is not None and problem.strerror == "it is a named pipe, not a file"


def test_reading_a_folder_or_a_file(tmp_path: Path) -> None:
    with pytest.raises(NotAFileError, match="folder"):
        read_regular_file(tmp_path, 100)
    assert input_problem(tmp_path) is not None
    path = tmp_path / "plan.breathplan"
    path.write_bytes(b"0123456789")
    assert read_regular_file(path, 4) == b"0123"
    assert input_problem(path) is None and input_problem(tmp_path / "missing") is None
