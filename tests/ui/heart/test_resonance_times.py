# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance test's times on its "before" page: shown, changed, kept, and used."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.core.heart import resonance_plan
from breathapp.core.heart.resonance import DEFAULT_PACES_BPM, ResonanceSettings
from breathapp.core.prefs import Preferences
from breathapp.ui.heart.resonance_view import ResonanceView
from tests.builders.resonance import ResonanceRig, synthetic_beats
from tests.builders.room import LARGE_TEXT_WINDOW, cut_off
from tests.fakes import MemoryPrefs


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents()


def _view(
    rig: ResonanceRig, store: MemoryPrefs, size: tuple[int, int] = (1100, 640)
) -> tuple[ResonanceView, PrefsController]:
    prefs = PrefsController(store, 1)
    view = ResonanceView(rig.r, prefs=prefs)
    view.resize(*size)
    view.show()
    settle()
    return view, prefs


def _with_heart(rig: ResonanceRig, settings: ResonanceSettings) -> None:
    from tests.builders.resonance import ClockedBeats

    start = rig.clock.monotonic() + 3.0
    rig.r.set_beats(ClockedBeats(rig, synthetic_beats(start, settings, start + 2500)))


def test_the_times_show_the_profiles_own(qapp: QApplication) -> None:
    store = MemoryPrefs()
    store.saved = Preferences(
        language="en", resonance_step_s=150.0, resonance_rest_s=45.0, resonance_inhale_share=0.5
    )
    view, _prefs = _view(ResonanceRig(), store)
    assert view.times.title.text() == "The test's times"
    assert view.times.step_box.value() == 2.5
    assert view.times.rest_box.value() == 45
    assert view.times.share_box.currentData() == 0.5
    assert view.times.share_words.text() == "Breathing in and out equally long, with no hold."
    # 5 paces of 2.5 min and 4 rests of 45 s (15:30), the 3-2-1 and a minute to settle in.
    assert view.times.total_time.text() == "about 17 minutes"
    assert "about 17 minutes" in view.needs.text()
    assert "about 2.5 minutes each" in view.about.text()


def test_changed_times_are_kept_and_the_next_test_runs_with_them(qapp: QApplication) -> None:
    store = MemoryPrefs()
    rig = ResonanceRig()
    view, prefs = _view(rig, store)
    assert view.times.total_time.text() == "about 14 minutes"  # 12 min, the 3-2-1, a minute more
    view.times.step_box.setValue(3.0)
    view.times.rest_box.setValue(15)
    view.times.share_box.setCurrentIndex(view.times.share_box.findData(1 / 3))
    assert (prefs.prefs.resonance_step_s, prefs.prefs.resonance_rest_s) == (180.0, 15.0)
    assert prefs.prefs.resonance_inhale_share == 1 / 3
    assert store.saved is not None and store.saved.resonance_step_s == 180.0  # kept
    assert view.times.total_time.text() == "about 18 minutes"  # 16 min of paces and rests
    assert view.times.share_words.text() == (
        "Breathing out twice as long as breathing in, with no hold."
    )
    wanted = ResonanceSettings(DEFAULT_PACES_BPM, 180.0, 15.0, 1 / 3)
    _with_heart(rig, wanted)
    view.refresh()
    view.start_button.click()
    plan = rig.r._plan  # the schedule the controller runs
    assert plan is not None and plan.settings == wanted
    assert [w.end_s - w.start_s for w in plan.windows] == [180.0] * 5
    assert plan.windows[1].start_s == 180.0 + 15.0
    assert rig.c.heading_to() == resonance_plan.pattern_for(6.5, 1 / 3)
    rig.r.stop()
    # A new window on the same profile shows them again.
    again, _ = _view(ResonanceRig(), store)
    assert again.times.step_box.value() == 3.0 and again.times.rest_box.value() == 15


def test_the_limits_and_steps_are_the_plans(qapp: QApplication) -> None:
    view, prefs = _view(ResonanceRig(), MemoryPrefs())
    assert view.times.step_box.minimum() * 60 == resonance_plan.STEP_MIN_S
    assert view.times.step_box.maximum() * 60 == resonance_plan.STEP_MAX_S
    assert view.times.step_box.singleStep() == 0.5
    assert view.times.rest_box.minimum() == resonance_plan.REST_MIN_S
    assert view.times.rest_box.maximum() == resonance_plan.REST_MAX_S
    assert view.times.rest_box.singleStep() == 15
    shares = [view.times.share_box.itemData(i) for i in range(view.times.share_box.count())]
    assert shares == [0.4, 1 / 3, 0.5] and view.times.share_box.currentIndex() == 0
    assert all(resonance_plan.SHARE_MIN <= s <= resonance_plan.SHARE_MAX for s in shares)
    assert [view.times.share_box.itemText(i) for i in range(3)] == ["4 : 6", "1 : 2", "1 : 1"]
    view.times.step_box.setValue(2.2)  # typed between two half minutes: the nearer one
    assert prefs.prefs.resonance_step_s == 120.0 and view.times.step_box.value() == 2.0


def test_the_times_are_named_and_reached_by_keyboard(qapp: QApplication) -> None:
    view, _prefs = _view(ResonanceRig(heart=True), MemoryPrefs())
    boxes: list[QWidget] = [view.times.step_box, view.times.rest_box, view.times.share_box]
    names = [box.accessibleName() for box in boxes]
    assert names == [
        "Minutes at each pace",
        "Rest between paces, in seconds",
        "Breathing in : breathing out",
    ]
    for box in boxes:
        assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    # The words beside each box are its buddy: Alt and the letter reach it too.
    assert view.times.step_label.buddy() is view.times.step_box
    assert view.times.rest_label.buddy() is view.times.rest_box
    assert view.times.share_label.buddy() is view.times.share_box
    # Tab goes from the minutes to the rest, then to the proportion, then to Start.
    order: list[QWidget] = []
    widget = view.times.step_box
    for _ in range(200):
        if widget in (*boxes, view.start_button) and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == [*boxes, view.start_button]


def test_at_200_percent_text_nothing_is_cut_off(qapp: QApplication) -> None:
    store = MemoryPrefs()
    view, _prefs = _view(ResonanceRig(heart=False), store, LARGE_TEXT_WINDOW)
    assert view.times.step_box.isVisible() and view.times.share_words.isVisible()
    assert cut_off(view) == []
    view.resize(480, LARGE_TEXT_WINDOW[1])
    settle()
    assert cut_off(view) == []
