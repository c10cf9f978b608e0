# SPDX-License-Identifier: GPL-3.0-or-later
"""The guide for a screen reader: its phase and the seconds left, told at most once a second."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from breathapp.core.session import SessionState
from tests.ui.conftest import Ui


def test_the_guide_says_its_phase_and_seconds_left_and_changes_it_at_most_once_a_second(
    ui: Ui,
) -> None:
    canvas = ui.guide.canvas
    assert canvas.accessibleName() == "Breathing guide"
    assert canvas.accessibleDescription() == "Ready when you are"
    told: list[str] = []

    def tell(text: str) -> None:
        told.append(text)
        QWidget.setAccessibleDescription(canvas, text)

    canvas.setAccessibleDescription = tell  # type: ignore[method-assign]
    ui.prefs.update(check_in=False, settle_in=False)
    ui.guide.start()
    assert ui.session.state is SessionState.RUNNING
    ui.tick(1.0)
    assert canvas.accessibleDescription() == "Breathe in, 3 seconds left"
    ui.tick(3.5)
    assert canvas.accessibleDescription().startswith("Breathe out, ")
    told.clear()
    ui.tick(20.0)  # 1200 frames, 20 readouts of the time done and to go
    assert 18 <= len(told) <= 21  # one a second; each phase's first second is its change
    assert len(set(told)) > 5
    ui.session.toggle_pause()
    assert canvas.accessibleDescription() == "Paused"


def test_the_presented_guide_says_its_phase_too(ui: Ui) -> None:
    ui.prefs.update(settle_in=False)
    ui.guide.present()
    presentation = ui.guide.presentation
    assert presentation is not None
    ui.tick(1.0)
    assert presentation.window.canvas.accessibleDescription() == "Breathe in, 3 seconds left"
