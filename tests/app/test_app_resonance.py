# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance test in the app: its menu entry by the presentation, its window, its plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from breathapp.app.resonance import add_resonance_menu
from breathapp.controllers.resonance_controller import RunState
from breathapp.core.clock import ManualClock
from breathapp.core.heart.resonance import ResonanceSettings
from breathapp.core.heart.resonance_plan import pattern_for
from breathapp.core.plans import ItemKind
from breathapp.core.session import SessionState
from breathapp.ui.shell.main_window import BREATHE_PAGE, HISTORY_PAGE
from tests.builders.app import close_app, make_plan_app, with_plan_menu
from tests.builders.resonance import MemoryResonanceRepo, synthetic_beats
from tests.fakes import FakePlanDialogs

RAISE_WARNING = "This plugin does not support raise"  # offscreen: the window comes forward


class Beats:
    def __init__(self, clock: ManualClock) -> None:
        start = clock.monotonic()
        self._clock = clock
        self._beats = synthetic_beats(start, ResonanceSettings(), start + 900)

    def recent(self, since_s: float) -> tuple:  # type: ignore[type-arg]
        now = self._clock.monotonic()
        return tuple(b for b in self._beats if since_s <= b.t_s <= now)


@pytest.mark.qt_log_ignore(RAISE_WARNING)
def test_the_entry_sits_by_the_presentation_and_opens_without_a_strap(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_plan_app(qtbot, tmp_path)
    entry = add_resonance_menu(built, MemoryResonanceRepo(), lambda: None)
    actions = built.window.view_menu.actions()
    assert actions[actions.index(built.window.present_action) + 1] is entry.action
    assert entry.action.text() == "Resonance pace test…" and entry.action.isEnabled()
    entry.action.trigger()
    view = entry.view
    assert view is not None and view.isVisible()
    assert view.no_signal.isVisible() and not view.start_button.isEnabled()
    view.close()
    close_app(built)


@pytest.mark.qt_log_ignore(RAISE_WARNING)
def test_started_from_its_window_the_guide_paces_the_test(qtbot: QtBot, tmp_path: Path) -> None:
    clock = ManualClock()
    built = make_plan_app(qtbot, tmp_path, clock)
    built.window.show_page(HISTORY_PAGE)
    entry = add_resonance_menu(built, MemoryResonanceRepo(), lambda: Beats(clock))
    view = entry.open()
    assert view.start_button.isEnabled()
    view.start_button.click()
    assert entry.controller is not None and entry.controller.state is RunState.RUNNING
    assert built.window.pages.currentIndex() == BREATHE_PAGE
    assert built.session.state.is_live
    assert built.session.heading_to() == pattern_for(6.5, 0.4)
    controller = entry.controller
    step = 0.25
    for _ in range(int((3 + 121) / step)):  # the 3-2-1, the first pace, into the rest
        clock.advance(step)
        built.session._on_frame()
        controller._tick()
    guide = built.window.guide
    assert built.session.state is SessionState.PAUSED
    assert guide.error_label.isVisibleTo(built.window)
    assert guide.error_label.text() == "Rest: breathe freely. The next pace comes soon."
    for _ in range(int(30 / step)):
        clock.advance(step)
        built.session._on_frame()
        controller._tick()
    assert built.session.state is SessionState.RUNNING
    assert not guide.error_label.isVisibleTo(built.window)
    assert built.session.heading_to() == pattern_for(6.0, 0.4)
    view.stop_button.click()
    assert built.session.state is SessionState.STOPPED
    assert entry.controller.state is RunState.DONE
    view.close()
    close_app(built)


def test_make_a_plan_at_this_pace_opens_the_editor_on_one_daily_session(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_plan_app(qtbot, tmp_path)
    dialogs = with_plan_menu(built, FakePlanDialogs())
    entry = add_resonance_menu(built, MemoryResonanceRepo(), lambda: None)
    assert entry.make_plan(pattern_for(5.5, 0.4))
    [plan] = dialogs.edited
    assert plan.title == "Breathing at 5.5 breaths a minute"
    [item] = plan.phases[0].items
    assert item.kind is ItemKind.BREATHING and item.what == pattern_for(5.5, 0.4).text()
    assert item.minutes == 10
    close_app(built)


@pytest.mark.qt_log_ignore(RAISE_WARNING)
def test_the_window_follows_the_apps_colours_high_contrast_included(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from breathapp.ui.common.theme import HIGH_CONTRAST, LIGHT

    built = make_plan_app(qtbot, tmp_path)
    built.prefs.update(appearance="high_contrast")
    entry = add_resonance_menu(built, MemoryResonanceRepo(), lambda: None)
    view = entry.open()
    assert view.chart._theme is HIGH_CONTRAST  # its labels and bars, not dark on black
    built.prefs.update(appearance="light")
    assert view.chart._theme is LIGHT  # and it changes with the app
    view.close()
    close_app(built)
