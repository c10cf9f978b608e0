# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance test's times in the app: kept in the profile's preferences, used by the test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from breathapp.app.resonance import add_resonance_menu
from breathapp.core.clock import ManualClock
from breathapp.core.heart.beats import Beat
from breathapp.core.heart.resonance import DEFAULT_PACES_BPM, ResonanceSettings
from breathapp.core.heart.resonance_plan import pattern_for
from tests.builders.app import close_app, make_plan_app
from tests.builders.process import ROOT, process_env
from tests.builders.resonance import MemoryResonanceRepo, synthetic_beats

RAISE_WARNING = "This plugin does not support raise"  # offscreen: the window comes forward


class Beats:
    def __init__(self, clock: ManualClock) -> None:
        start = clock.monotonic()
        self._clock = clock
        self._beats = synthetic_beats(start, ResonanceSettings(), start + 900)

    def recent(self, since_s: float) -> tuple[Beat, ...]:
        now = self._clock.monotonic()
        return tuple(b for b in self._beats if since_s <= b.t_s <= now)


@pytest.mark.qt_log_ignore(RAISE_WARNING)
def test_times_changed_in_the_window_are_kept_and_run_the_next_test(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = ManualClock()
    built = make_plan_app(qtbot, tmp_path, clock)
    built.prefs.update(resonance_step_s=150.0)  # kept from an earlier visit
    entry = add_resonance_menu(built, MemoryResonanceRepo(), lambda: Beats(clock))
    view = entry.open()
    assert view.times.step_box.value() == 2.5
    view.times.rest_box.setValue(60)
    view.times.share_box.setCurrentIndex(view.times.share_box.findData(0.5))
    prefs = built.prefs.prefs
    assert (prefs.resonance_step_s, prefs.resonance_rest_s) == (150.0, 60.0)
    assert prefs.resonance_inhale_share == 0.5
    kept, bad = built.prefs._store.load(built.profile.profile.id)  # saved with the profile
    assert bad == [] and kept.resonance_rest_s == 60.0 and kept.resonance_inhale_share == 0.5
    view.start_button.click()
    controller = entry.controller
    assert controller is not None and controller._plan is not None
    assert controller._plan.settings == ResonanceSettings(DEFAULT_PACES_BPM, 150.0, 60.0, 0.5)
    assert built.session.heading_to() == pattern_for(6.5, 0.5)
    view.stop_button.click()
    view.close()
    close_app(built)


START_UP = (
    "import sys\n"
    "from pathlib import Path\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from breathapp.app.build import build\n"
    "from breathapp.app.options import Options\n"
    "app = QApplication([])\n"
    "options = Options(Path(sys.argv[1]), 'en', None, None, None, False, False)\n"
    "built = build(options, None, lambda parent, text: None)\n"
    "if sys.argv[2] == 'change':\n"
    "    built.prefs.update(resonance_step_s=150.0, resonance_rest_s=45.0)\n"
    "else:\n"
    "    built.window.show()\n"
    "    for _ in range(20): app.processEvents()\n"
    "    assert built.prefs.prefs.resonance_step_s == 150.0\n"
    "    loaded = sorted(m for m in sys.modules if m.startswith('breathapp.core.heart.'))\n"
    "    assert loaded == ['breathapp.core.heart.resonance_limits'], loaded\n"
    "built.db.close()\n"
)


def test_start_up_with_changed_times_loads_only_their_limits(tmp_path: Path) -> None:
    """The times are checked at start-up against the plan's limits, from their own small
    module: the test's schedule and its values load when the test is first opened."""
    for step in ("change", "start"):
        result = subprocess.run(
            [sys.executable, "-c", START_UP, str(tmp_path), step],
            capture_output=True,
            text=True,
            timeout=60,
            env=process_env(),
            cwd=ROOT,
        )
        assert result.returncode == 0, result.stderr
