# SPDX-License-Identifier: GPL-3.0-or-later
"""One app per data folder: the lock, the request files, the watcher and the hand-over."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from breathapp.app.instance import watch_requests
from breathapp.cli.common import EXIT_USAGE
from breathapp.cli.main import ALREADY_OPEN, main
from breathapp.controllers.instance_controller import InstanceController
from breathapp.core.session import SessionState
from breathapp.storage.db import Database
from breathapp.storage.instance_lock import LOCK_FILENAME, REQUESTS_DIRNAME, InstanceLock
from breathapp.storage.instance_requests import (
    Request,
    RequestError,
    RequestInbox,
    parse_request,
    write_request,
)
from tests.builders.app import close_app, make_app

ROOT = Path(__file__).resolve().parents[2]
RAISE_WARNING = "This plugin does not support raise"


# -- the lock --------------------------------------------------------------------------


def test_the_lock_is_taken_once_until_released(tmp_path: Path) -> None:
    data = tmp_path / "new" / "data"
    first = InstanceLock.acquire(data)
    assert first is not None and first.held
    assert (data / LOCK_FILENAME).read_text() == f"{os.getpid()}\n"
    assert InstanceLock.acquire(data) is None
    first.release()
    assert not first.held
    first.release()  # twice is harmless
    with InstanceLock.acquire(data) as again:  # type: ignore[union-attr]
        assert again.held
    assert not again.held
    assert (data / LOCK_FILENAME).exists()  # kept: see InstanceLock


def test_a_folder_that_cannot_be_made_is_an_oserror(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    with pytest.raises(OSError):
        InstanceLock.acquire(blocker / "data")


_HOLDER = """
import sys
from pathlib import Path
from breathapp.storage.instance_lock import InstanceLock
lock = InstanceLock.acquire(Path(sys.argv[1]))
print("held" if lock is not None else "refused", flush=True)
sys.stdin.read()  # holds the lock until killed (or its input closes): no clock involved
"""


def test_a_lock_left_by_a_killed_process_never_blocks_the_next_start(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        assert InstanceLock.acquire(tmp_path) is None
        holder.kill()  # SIGKILL: no chance to release anything
        holder.wait(timeout=30)
    finally:
        if holder.poll() is None:
            holder.kill()
        for stream in (holder.stdin, holder.stdout):
            if stream is not None:
                stream.close()
    assert (tmp_path / LOCK_FILENAME).read_text() == f"{holder.pid}\n"  # the crash's file
    lock = InstanceLock.acquire(tmp_path)
    assert lock is not None
    assert (tmp_path / LOCK_FILENAME).read_text() == f"{os.getpid()}\n"
    lock.release()


def test_requests_left_before_the_lock_was_ours_are_stale_and_removed(tmp_path: Path) -> None:
    write_request(tmp_path, Request("calm"))
    (tmp_path / REQUESTS_DIRNAME / "notes.txt").write_text("not a request")
    lock = InstanceLock.acquire(tmp_path)
    assert lock is not None
    assert [p.name for p in (tmp_path / REQUESTS_DIRNAME).iterdir()] == ["notes.txt"]
    lock.release()


def test_a_refused_lock_leaves_the_requests_for_the_app_that_holds_it(tmp_path: Path) -> None:
    lock = InstanceLock.acquire(tmp_path)
    assert lock is not None
    sent = write_request(tmp_path, Request("calm"))
    assert InstanceLock.acquire(tmp_path) is None
    assert sent.exists()
    lock.release()


# -- request files ---------------------------------------------------------------------


def test_a_request_goes_round_and_its_file_is_removed(tmp_path: Path) -> None:
    sent = [Request("calm", breaths=3, quit_when_done=True), Request("pmr-short", fullscreen=True)]
    paths = [write_request(tmp_path, request) for request in sent]
    assert paths[0].name < paths[1].name  # oldest first by name
    assert not list((tmp_path / REQUESTS_DIRNAME).glob("*.part"))
    taken = RequestInbox(tmp_path).take()
    assert taken.requests == sent and taken.refused == []
    assert list((tmp_path / REQUESTS_DIRNAME).iterdir()) == []
    assert RequestInbox(tmp_path).take().requests == []


def test_an_inbox_without_a_folder_is_empty(tmp_path: Path) -> None:
    assert RequestInbox(tmp_path / "none").take() == ([], [])


def test_bad_request_files_are_refused_calmly_and_removed(tmp_path: Path) -> None:
    folder = tmp_path / REQUESTS_DIRNAME
    folder.mkdir()
    (folder / "1-junk.json").write_text("{not json")
    (folder / "2-list.json").write_text("[1, 2]")
    (folder / "3-big.json").write_text(" " * 5000)
    (folder / "4-bytes.json").write_bytes(b"\xff\xfe")
    (folder / "5-half.json.part").write_text('{"version": 1')  # still being written
    write_request(tmp_path, Request("calm"))
    taken = RequestInbox(tmp_path).take()
    assert taken.requests == [Request("calm")]
    assert [problem.split(":")[0] for problem in taken.refused] == [
        "1-junk.json",
        "2-list.json",
        "3-big.json",
        "4-bytes.json",
    ]
    assert [p.name for p in folder.iterdir()] == ["5-half.json.part"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"version": 2}, "unknown version"),
        ({"version": 1, "start": "calm", "colour": "red"}, "unknown fields"),
        ({"version": 1, "start": 4}, "start must be a short text"),
        ({"version": 1, "start": "x" * 201}, "start must be a short text"),
        ({"version": 1, "start": "calm", "minutes": "5"}, "minutes must be a number"),
        ({"version": 1, "start": "calm", "breaths": True}, "breaths must be a number"),
        ({"version": 1, "start": "calm", "minutes": 5, "breaths": 3}, "both given"),
        ({"version": 1, "start": "calm", "minutes": 500}, "minutes must be"),
        ({"version": 1, "start": "calm", "breaths": 2.5}, "breaths must be a whole number"),
        ({"version": 1, "start": "calm", "fullscreen": "yes"}, "fullscreen must be"),
        ({"version": 1, "minutes": 5}, "need start"),
    ],
)
def test_request_fields_are_checked_one_by_one(fields: dict[str, object], message: str) -> None:
    with pytest.raises(RequestError, match=message):
        parse_request(json.dumps(fields))


def test_a_request_giving_a_field_twice_is_refused() -> None:
    with pytest.raises(RequestError, match="start: is given more than once"):
        parse_request('{"version": 1, "start": "calm", "start": "4-7-8"}')


def test_a_request_without_a_session_only_asks_for_the_window() -> None:
    assert parse_request('{"version": 1}') == Request()
    text = '{"version": 1, "start": "calm", "minutes": 5, "breaths": null}'
    assert parse_request(text) == Request("calm", minutes=5.0)


# -- the watcher ------------------------------------------------------------------------


class FakeWatcher(QObject):
    """The QFileSystemWatcher calls the controller uses; ``change()`` stands in for the OS."""

    directoryChanged = Signal(str)  # noqa: N815 - the name QFileSystemWatcher uses

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []

    def addPath(self, path: str) -> bool:
        self.paths.append(path)
        return True

    def change(self) -> None:
        self.directoryChanged.emit(self.paths[-1])


class Seen:
    def __init__(self, controller: InstanceController) -> None:
        self.front = 0
        self.started: list[Request] = []
        controller.front_requested.connect(self._front)
        controller.start_requested.connect(self.started.append)

    def _front(self) -> None:
        self.front += 1


def test_the_controller_takes_what_came_before_then_what_comes(tmp_path: Path) -> None:
    write_request(tmp_path, Request("calm"))  # sent while the app was starting
    busy = [False]
    watcher = FakeWatcher()
    controller = InstanceController(watcher, RequestInbox(tmp_path), lambda: busy[0])  # type: ignore[arg-type]
    seen = Seen(controller)
    assert controller.start()
    assert watcher.paths == [str(tmp_path / REQUESTS_DIRNAME)]
    assert (seen.front, seen.started) == (1, [Request("calm")])
    busy[0] = True  # a session is under way: only to the front
    write_request(tmp_path, Request("box", minutes=5.0))
    watcher.change()
    assert (seen.front, seen.started) == (2, [Request("calm")])
    busy[0] = False
    write_request(tmp_path, Request())  # a plain second launch
    watcher.change()
    watcher.change()  # our own removal is a change too: nothing twice
    assert (seen.front, seen.started) == (3, [Request("calm")])
    assert list((tmp_path / REQUESTS_DIRNAME).iterdir()) == []


def test_the_controller_says_so_when_it_cannot_watch(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    watcher = FakeWatcher()
    controller = InstanceController(watcher, RequestInbox(blocker), lambda: False)  # type: ignore[arg-type]
    assert not controller.start()
    assert watcher.paths == []


# -- the app: the window comes to the front, the session starts ------------------------


@pytest.mark.qt_log_ignore(RAISE_WARNING)
def test_a_request_brings_the_window_up_and_starts_its_session(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_app(qtbot, tmp_path)
    built.window.showMinimized()
    write_request(tmp_path, Request("calm", breaths=2))
    controller = watch_requests(built)  # takes the request that came before
    assert not built.window.isMinimized() and built.window.isVisible()
    assert built.session.state is SessionState.SETTLING
    session = built.session.session
    assert session is not None and session.plan.pattern_id == "calm"
    write_request(tmp_path, Request("box", minutes=5.0))
    controller._on_directory_changed("")  # what the watcher does when a file appears
    assert built.session.session is session  # a running session is never replaced
    close_app(built)


@pytest.mark.qt_log_ignore(RAISE_WARNING)
def test_a_request_for_a_relaxation_session_opens_it(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_app(qtbot, tmp_path)
    write_request(tmp_path, Request("pmr-short"))
    watch_requests(built)
    assert built.relax.state.is_live
    assert built.session.state is SessionState.READY
    close_app(built)


@pytest.mark.qt_log_ignore(RAISE_WARNING)
def test_a_hand_made_request_with_an_unknown_pattern_changes_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_app(qtbot, tmp_path)
    write_request(tmp_path, Request("no-such-pattern"))
    watch_requests(built)
    assert built.session.state is SessionState.READY and not built.relax.state.is_live
    close_app(built)


# -- the command line: a second launch hands over and opens nothing ---------------------


def test_a_second_launch_hands_its_options_over_and_opens_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    lock = InstanceLock.acquire(data)  # the app already open on this folder
    assert lock is not None
    try:
        code = main(["--data-dir", str(data), "--start", "calm", "--minutes", "5"])
        assert code == 0
        assert capsys.readouterr().out == ALREADY_OPEN + "\n"
        assert not (data / "breathapp.db").exists()  # the store was never opened
        taken = RequestInbox(data).take()
        assert taken.requests == [Request("calm", minutes=5.0)]
        # Headless commands never take the lock: they work beside the open app,
        # whose store is there by now (an open app has made it).
        Database.open(data, datetime.now(UTC))[0].close()
        out = tmp_path / "out.csv"
        args = ["export", "--data-dir", str(data), "--format", "csv", "--output", str(out)]
        assert main(args) == 0
        assert out.read_text(encoding="utf-8").startswith("id,")
    finally:
        lock.release()


def test_a_second_launch_with_bad_options_is_refused_before_any_hand_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lock = InstanceLock.acquire(tmp_path)
    assert lock is not None
    try:
        assert main(["--data-dir", str(tmp_path), "--start", "calmer"]) == EXIT_USAGE
        assert "unknown pattern" in capsys.readouterr().err
        assert RequestInbox(tmp_path).take() == ([], [])
    finally:
        lock.release()
