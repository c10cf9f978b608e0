# SPDX-License-Identifier: GPL-3.0-or-later
"""The HeartController in the app: made when first needed; --rr-replay after the first paint."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot

import breathapp.app.run
from breathapp.app.heart import heart, start_replay
from breathapp.app.options import Options
from breathapp.core.heart.link import LinkState
from tests.builders.app import app_options, close_app, make_app
from tests.builders.heart import rr_file
from tests.builders.process import modules_after_start

RR = [800, 1000, 900, 1100, 850, 950, 1000, 800, 1200, 700]


def test_start_up_loads_nothing_of_the_heart(tmp_path: Path) -> None:
    """Started and painted, without --rr-replay: no Bluetooth, no heart source."""
    loaded = modules_after_start(tmp_path, after_paint=True)
    names = {
        "PySide6.QtBluetooth",
        "breathapp.app.heart",
        "breathapp.controllers.heart_ble",
        "breathapp.controllers.heart_sensor",
        "breathapp.controllers.heart_controller",
        "breathapp.controllers.rr_replay",
    }
    assert not loaded & names, loaded & names


def test_the_heart_is_made_once_when_first_asked(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_app(qtbot, tmp_path / "data")
    assert built.heart is None
    made = heart(built)
    assert heart(built) is made and built.heart is made
    assert made.link is LinkState.OFF
    close_app(built)


def test_rr_replay_starts_after_the_first_paint(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = rr_file(tmp_path, RR, "demo.rr")
    built = make_app(qtbot, tmp_path / "data", prefs={"safety_notice_seen": True})
    options = app_options(tmp_path / "data", rr_replay=path)
    seen: list[tuple[LinkState, str]] = []

    def exec_until_replaying() -> int:
        qtbot.waitUntil(lambda: built.heart is not None, timeout=5000)
        assert built.heart is not None
        seen.append((built.heart.link, built.heart.source_name))
        return 0

    monkeypatch.setattr(built.app, "exec", exec_until_replaying)
    assert breathapp.app.run._run_window(built, options) == 0
    assert seen == [(LinkState.CONNECTED, "demo.rr")]
    assert built.heart is not None
    assert built.heart.link is LinkState.OFF  # the window closed: the source let go
    close_app(built)


def test_a_file_spoilt_since_the_check_leaves_the_heart_off(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_app(qtbot, tmp_path / "data")
    spoilt = tmp_path / "demo.rr"
    spoilt.write_text("800\n", encoding="utf-8")
    start_replay(built, spoilt)
    assert built.heart is not None and built.heart.link is LinkState.OFF
    close_app(built)


def test_a_switch_of_profile_keeps_the_replay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = rr_file(tmp_path, RR, "demo.rr")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() sets its own
    opened: list[Options] = []

    def build(options: Options) -> SimpleNamespace:
        opened.append(options)
        switch = app_options(tmp_path, profile="Guest") if len(opened) == 1 else None
        return SimpleNamespace(switch_to=switch)

    monkeypatch.setattr(breathapp.app.run, "build", build)
    monkeypatch.setattr(breathapp.app.run, "_run_window", lambda _built, _options: 0)
    assert breathapp.app.run.run(app_options(tmp_path, rr_replay=path)) == 0
    assert [(o.profile, o.rr_replay) for o in opened] == [(None, path), ("Guest", path)]
