# SPDX-License-Identifier: GPL-3.0-or-later
"""The heart's screens for the README: the curve beside the guide and on the guide's screen,
the strap picker and the resonance pace test, driven by the demo recording
(assets/heart/demo-resonance.rr, synthesised) on a clock moved by hand."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from screenshot_conditions import CONDITION  # beside this file
from screenshots_more import close_app, open_app, save

from breathapp.app.built import Built
from breathapp.app.heart import heart
from breathapp.app.later import add_heart_menus
from breathapp.controllers.heart_controller import StrapInfo
from breathapp.controllers.heart_sensor import BleEvents
from breathapp.core.clock import ManualClock
from breathapp.paths import asset_path
from breathapp.ui.heart.heart_place import Place
from breathapp.ui.report.report_pdf import write_pdf

DEMO = asset_path("heart") / "demo-resonance.rr"
TEST_MARK_S = 60.0  # the demo's first pace begins a minute in (assets/heart/README.md)
STEP_S = 0.05  # frames of the guide and looks of the replay, 20 a second


class RoomWithTwoStraps:
    """A radio for the picker's picture: two chest straps in the room, found at once."""

    def search(self, events: BleEvents) -> None:
        events.on_found(StrapInfo("Polar H10 8C4D2A1B", "A0:9E:1A:8C:4D:2A"))
        events.on_found(StrapInfo("HRM-Pro:123456", "C4:11:22:33:44:55"))

    def stop_search(self) -> None: ...

    def open_strap(self, address: str, events: BleEvents) -> None: ...

    def close_strap(self) -> None: ...


def _run(built: Built, clock: ManualClock, seconds: float) -> None:
    """Move the clock on; the guide paints and the replay looks, as their timers would."""
    replay = built.heart._replay if built.heart is not None else None
    for _ in range(round(seconds / STEP_S)):
        clock.advance(STEP_S)
        built.session._on_frame()
        if replay is not None:
            replay._on_look()
        if built.resonance is not None and built.resonance.controller is not None:
            built.resonance.controller._tick()
    QApplication.processEvents()


def _picker(built: Built, out: Path, language: str) -> None:
    source = heart(built)
    source._make_backend = RoomWithTwoStraps  # type: ignore[assignment]
    actions = built.heart_actions
    assert actions is not None
    actions.open_picker()
    assert actions.picker is not None
    actions.picker.resize(*CONDITION.size(720, 560))
    save(actions.picker, out / f"heart-picker-{language}.png")
    actions.picker.close()
    source.stop()


def _heart_beside_the_guide(built: Built, clock: ManualClock, out: Path, language: str) -> None:
    heart(built).replay(DEMO)
    built.window.guide.start()
    _run(built, clock, 75.0)
    save(built.window, out / f"heart-guide-{language}.png")
    window = built.window
    window.present_action.trigger()
    presentation = window.guide.presentation
    assert presentation is not None and built.heart_actions is not None
    presentation.window.resize(*CONDITION.size(1280, 800))
    presented = built.heart_actions.presented
    assert presented is not None
    presented.sync()
    _run(built, clock, 1.0)
    save(presentation.window, out / f"heart-present-under-{language}.png")
    presented.set_place(Place.FILL)
    _run(built, clock, 0.5)
    save(presentation.window, out / f"heart-present-fill-{language}.png")
    presentation.close()
    built.session.stop()
    built.session.reset()
    heart(built).stop()


def _resonance(built: Built, clock: ManualClock, out: Path, language: str) -> None:
    entry = built.resonance
    assert entry is not None
    heart(built).replay(DEMO)
    _run(built, clock, 0.5)
    view = entry.open()
    view.resize(*CONDITION.size(1100, 680))
    save(view, out / f"resonance-before-{language}.png")
    controller = entry.controller
    assert controller is not None
    # Start so that the first pace meets the recording's (after the 3-2-1 of the guide).
    _run(built, clock, TEST_MARK_S - 0.5 - 3.0)
    controller.start()
    _run(built, clock, 3.0 + 70.0)
    save(built.window, out / f"resonance-guide-{language}.png")
    save(view, out / f"resonance-during-{language}.png")
    _run(built, clock, 55.0)  # into the first rest
    save(built.window, out / f"resonance-rest-{language}.png")
    _run(built, clock, 12 * 60.0 - 125.0 + 30.0)  # to the end and its last breath
    save(view, out / f"resonance-result-{language}.png")
    suggested = controller.test.suggested_bpm if controller.test is not None else None
    if suggested is not None:
        controller.choose(suggested)
    save(view, out / f"resonance-chosen-{language}.png")
    view.close()
    heart(built).stop()


def _report_page(built: Built, out: Path, language: str) -> None:
    """The report's resonance page as a picture (read back from the PDF, as a reader sees it)."""
    from breathapp.storage.history_repo import HistoryRepo

    today = built.clock.now_utc().astimezone().date()
    profile = built.profile.profile
    data = HistoryRepo(built.db).report(profile.id, today, today, today, 10, profile.name)
    pdf = Path(tempfile.mkdtemp()) / "report.pdf"
    pages = write_pdf(pdf, data)
    document = QPdfDocument()
    document.load(str(pdf))
    page = document.render(pages - 2 if data.recent else pages - 1, QSize(850, 1202))
    page.save(str(out / f"report-resonance-{language}.png"))
    document.close()


def shoot_heart(out: Path, language: str) -> None:
    clock = ManualClock()
    built = open_app(Path(tempfile.mkdtemp()), language, clock, None)
    built.prefs.update(check_in=False, settle_in=False)
    add_heart_menus(built)  # as after the first paint
    _picker(built, out, language)
    _heart_beside_the_guide(built, clock, out, language)
    _resonance(built, clock, out, language)
    _report_page(built, out, language)
    close_app(built)
