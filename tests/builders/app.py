# SPDX-License-Identifier: GPL-3.0-or-later
"""The whole app as start-up builds it, on a hand-driven clock; closing it; a plan imported."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from breathapp.app.build import build
from breathapp.app.built import Built
from breathapp.app.options import Options
from breathapp.app.plans import actions_of, add_plan_ui
from breathapp.core.clock import Clock, ManualClock
from breathapp.core.plans import Plan
from breathapp.storage.plan_files import write_plan_file
from tests.fakes import FakePlanDialogs

# No check-in questions and no first-session notice: a session starts at once.
STRAIGHT_TO_PRACTICE: Mapping[str, object] = {"check_in": False, "safety_notice_seen": True}


class Told:
    """A ``tell`` for build(): keeps what the app tells the user, in order."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, _parent: QWidget | None, text: str) -> None:
        self.messages.append(text)


def never_told(_parent: QWidget | None, text: str) -> None:
    """A ``tell`` for build() where the app has nothing to say: saying anything fails."""
    raise AssertionError(text)


def app_options(data_dir: Path, **changes: Any) -> Options:
    """The options of ``breathapp --data-dir DATA_DIR --lang en``; ``changes`` replace fields."""
    return Options(data_dir, "en", None, None, None, False, False)._replace(**changes)


def make_app(
    qtbot: QtBot,
    data_dir: Path,
    told: Told | None = None,
    *,
    clock: Clock | None = None,
    confirm: bool = True,
    prefs: Mapping[str, object] | None = None,
    shown: bool = False,
    **options: Any,
) -> Built:
    """build() as at start-up with app_options(data_dir, **options); it must succeed.

    ``told`` hears what the app says (by default a new Told, as ``built.tell``); the clock
    is a new ManualClock unless one is given. With ``confirm`` every "are you sure?" is
    answered yes; ``prefs`` are then saved as the user would change them, and ``shown``
    shows the window. qtbot keeps the window; close_app closes the rest.
    """
    tell = Told() if told is None else told
    built = build(app_options(data_dir, **options), clock or ManualClock(), tell)
    assert built is not None
    if confirm:
        built.window.confirm = lambda _t, _q: True  # type: ignore[method-assign]
    qtbot.addWidget(built.window)
    if prefs:
        built.prefs.update(**prefs)
    if shown:
        built.window.show()
    return built


def make_plan_app(qtbot: QtBot, data_dir: Path, clock: ManualClock | None = None) -> Built:
    """The app as the plan tests use it: shown, nothing to tell, straight to practice."""
    return make_app(
        qtbot, data_dir, never_told, clock=clock, prefs=STRAIGHT_TO_PRACTICE, shown=True
    )


def close_app(built: Built) -> None:
    """Close the window and the store; back to English for the next test."""
    built.window.close()
    built.db.close()
    built.language.switch("en")  # the QApplication outlives this build


def with_plan_menu(built: Built, dialogs: FakePlanDialogs) -> FakePlanDialogs:
    """The Plan menu added to the app, its windows answered by ``dialogs``."""
    add_plan_ui(built, dialogs)  # type: ignore[arg-type]
    return dialogs


def import_plan(built: Built, folder: Path, plan: Plan) -> FakePlanDialogs:
    """``plan`` saved as a file in ``folder`` and imported from the Plan menu (accepted)."""
    path = folder / "plan.breathplan"
    write_plan_file(path, plan)
    dialogs = with_plan_menu(built, FakePlanDialogs(open_path=path))
    assert actions_of(built).import_file()
    return dialogs
