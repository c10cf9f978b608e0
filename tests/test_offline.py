# SPDX-License-Identifier: GPL-3.0-or-later
"""Offline by construction: the main flows run with the network forbidden, and no module asks."""

from __future__ import annotations

import ast
import json
import os
import socket
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import breathapp
from breathapp.app.options import Options
from breathapp.app.run import after_first_paint
from breathapp.app.starting import start_from_options
from breathapp.cli.main import main
from breathapp.core.clock import ManualClock
from breathapp.core.prefs import session_plan
from breathapp.core.session import LengthKind, SessionState
from breathapp.ui.shell.main_window import HISTORY_PAGE
from tests.builders.app import make_app

PACKAGE = Path(breathapp.__file__).resolve().parent
# Modules that reach the network, or exist to: the app imports none of them.
NETWORK_MODULES = (
    "socket",
    "ssl",
    "socketserver",
    "urllib",
    "http",
    "ftplib",
    "smtplib",
    "imaplib",
    "poplib",
    "xmlrpc",
    "webbrowser",
    "requests",
    "httpx",
    "aiohttp",
    "urllib3",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
)


class NoNetwork:
    """Forbids Python's network calls; each attempt fails at once and fails the test."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def refuse(self, what: str) -> OSError:
        self.attempts.append(what)
        return OSError(f"offline test: BreathApp tried to use the network: {what}")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[NoNetwork]:
    guard = NoNetwork()
    real_init = socket.socket.__init__

    def init(
        self: socket.socket,
        family: int = -1,
        type: int = -1,  # the name socket.socket uses
        proto: int = -1,
        fileno: int | None = None,
    ) -> None:
        # socketpair() (asyncio uses it inside one process) wraps an existing fileno:
        # allowed. A new socket is an internet one unless it says otherwise.
        if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
            raise guard.refuse(f"socket(family={family})")
        real_init(self, family, type, proto, fileno)

    def connect(self: socket.socket, address: object) -> None:
        raise guard.refuse(f"connect({address!r})")

    def refused(name: str) -> object:
        def call(*args: object, **kwargs: object) -> object:
            raise guard.refuse(f"{name}{args!r}")

        return call

    monkeypatch.setattr(socket.socket, "__init__", init)
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refused(name))
    before = _inet_socket_inodes()
    yield guard
    # Qt's own C++ code does not go through Python: ask the OS what this process holds.
    opened = _inet_socket_inodes() - before
    assert not guard.attempts, f"BreathApp tried to use the network: {guard.attempts}"
    assert not opened, f"this process opened internet sockets: {sorted(opened)}"


def _inet_socket_inodes() -> set[str]:
    """Inodes of the internet sockets (TCP, UDP, v4 and v6) this process holds (Linux)."""
    if not Path("/proc/self/fd").is_dir():
        return set()
    mine = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[len("socket:[") : -1])
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        try:
            lines = Path(f"/proc/self/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        inet.update(line.split()[9] for line in lines if len(line.split()) > 9)
    return mine & inet


def test_the_guard_catches_an_attempt(no_network: NoNetwork) -> None:
    with pytest.raises(OSError, match="tried to use the network"):
        socket.create_connection(("example.org", 80))
    with pytest.raises(OSError, match="tried to use the network"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    left, right = socket.socketpair()  # within this process: allowed
    left.close()
    right.close()
    assert no_network.attempts == ["create_connection(('example.org', 80),)", "socket(family=2)"]
    no_network.attempts.clear()  # this test made them on purpose


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_main_flows_never_touch_the_network(
    no_network: NoNetwork, qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    built = make_app(qtbot, data)
    clock = built.clock
    assert isinstance(clock, ManualClock)
    built.window.show()
    after_first_paint(built)  # sound, the daily backup, the watcher for other launches

    # A breathing session, to its end.
    prefs = replace(
        built.prefs.prefs, settle_in=False, length_kind=LengthKind.BREATHS, length_breaths=2
    )
    built.session.start(session_plan(prefs))
    clock.advance(21)
    built.session._on_frame()  # the frame timer's tick
    assert built.session.state is SessionState.FINISHED

    # A relaxation session, to its end.
    start_from_options(built, Options(data, "en", "breathing-space", None, None, False, False))
    relax_player = built.relax.player
    assert relax_player is not None
    clock.advance(relax_player.script.total_s + 1)
    built.relax._on_frame()
    assert built.relax.state is SessionState.FINISHED

    # The history, with pyqtgraph; the settings page.
    built.window.show_page(HISTORY_PAGE)
    assert built.window.history_view_built
    built.window.show_page(3)
    built.window.close()
    built.db.close()

    # The therapist's files, and a backup read into another data folder.
    for fmt in ("csv", "json", "pdf"):
        target = tmp_path / f"history.{fmt}"
        argv = ["export", "--data-dir", str(data), "--lang", "en", "--format", fmt]
        assert main([*argv, "--from", "2026-01-01", "--output", str(target)]) == 0
        assert target.stat().st_size > 0
    assert len(json.loads((tmp_path / "history.json").read_text())["sessions"]) == 2
    other = tmp_path / "other"
    assert main(["import", "--data-dir", str(other), str(tmp_path / "history.json")]) == 0
    assert "sessions imported: 2;" in capsys.readouterr().out
    built.language.switch("en")  # the QApplication outlives this test


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_about_dialog_opens_the_data_folder_as_a_local_file(
    no_network: NoNetwork, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    built = make_app(qtbot, tmp_path)
    box = built.window.show_about()  # not modal-blocking: returns at once
    text = box.text()
    assert breathapp.__version__ in text and "GPL-3.0-or-later" in text
    assert str(tmp_path) in text
    button = next(b for b in box.buttons() if b.text() == "Open the data folder")
    assert box.buttonRole(button) is QMessageBox.ButtonRole.ActionRole
    button.click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]
    assert opened[0].isLocalFile() and opened[0].scheme() == "file"
    box.close()
    built.window.close()
    built.db.close()


def _names_import(func: ast.expr) -> bool:
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in ("import_module", "__import__")


def _imported_modules(source: str) -> set[str]:
    """Every module a source imports, and every text that names one (import_module)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and node.args and _names_import(node.func):
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                names.add(first.value)
    return names


def _is_network(name: str) -> bool:
    return any(name == bad or name.startswith(bad + ".") for bad in NETWORK_MODULES)


def test_no_module_of_the_app_imports_a_network_library() -> None:
    found = {
        f"{path.relative_to(PACKAGE.parent)}: {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for name in _imported_modules(path.read_text(encoding="utf-8"))
        if _is_network(name)
    }
    assert not found, f"network imports in the app: {sorted(found)}"


@pytest.mark.parametrize(
    "source",
    [
        "import socket\n",
        "import urllib.request\n",
        "from http import client\n",
        "from PySide6 import QtNetwork\n",
        "from PySide6.QtNetwork import QTcpSocket\n",
        "importlib.import_module('ssl')\n",
    ],
)
def test_the_static_check_sees_every_way_in(source: str) -> None:
    assert any(_is_network(name) for name in _imported_modules(source))


def test_the_static_check_lets_the_app_be() -> None:
    source = (
        "from breathapp.storage import sessions_repo\nfrom PySide6 import QtCore\n"
        "REQUESTS_DIRNAME = 'requests'\n"  # a folder's name, not an import
    )
    assert not any(_is_network(name) for name in _imported_modules(source))
