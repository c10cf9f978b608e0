# SPDX-License-Identifier: GPL-3.0-or-later
"""The app child: BreathApp started for real, with its guide canvas watched from outside."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.measure import (
    AnimationWindow,
    ChildArgs,
    Result,
    drive,
    emit,
    peak_rss_mb,
    versions,
)

if TYPE_CHECKING:
    from breathapp.app.built import Built


def startup(args: ChildArgs) -> int:
    """Start the app by its own entry point; report the end of the guide's first paint."""
    # The entry point's module first, as `python -m breathapp` loads it: it brings the
    # pure-Python modules in before PySide6, whose import hook would otherwise read
    # the source of each of them (about 12 ms that a real start does not pay).
    from breathapp.cli import main as entry_point  # isort: skip

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication

    from breathapp.ui.guide.guide_canvas import GuideCanvas

    original = GuideCanvas.paintEvent

    def paintEvent(self: GuideCanvas, event: QPaintEvent) -> None:
        original(self, event)
        done = time.monotonic()
        GuideCanvas.paintEvent = original  # type: ignore[method-assign]
        top = self.window()
        emit(
            {
                "first_paint_s": done,
                "window": type(top).__name__,
                "width": top.width(),
                "height": top.height(),
            }
        )
        QTimer.singleShot(0, lambda: QApplication.exit(0))

    GuideCanvas.paintEvent = paintEvent  # type: ignore[method-assign]
    return entry_point.main(["--data-dir", args.data_dir])


def animate(args: ChildArgs) -> int:
    """Run a calm session for the measured window; report CPU, frames, phase error and RSS."""
    from dataclasses import replace

    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication

    from breathapp.app.build import build
    from breathapp.app.options import Options
    from breathapp.core.clock import SystemClock
    from breathapp.core.pacer import PacerState, state_at
    from breathapp.core.prefs import session_plan
    from breathapp.core.session import MINUTES_MAX, LengthKind
    from breathapp.ui.guide.guide_canvas import GuideCanvas

    class HoldableClock(SystemClock):
        """The system clock, held still for the length of one guide paint."""

        held: float | None = None

        def monotonic(self) -> float:
            held = self.held
            return time.monotonic() if held is None else held

    clock = HoldableClock()
    options = Options(
        data_dir=Path(args.data_dir),
        language=None,
        start=None,
        minutes=None,
        breaths=None,
        fullscreen=False,
        quit_when_done=False,
    )
    built = build(options, clock=clock)
    if built is None:
        sys.stderr.write("benchmark: build() returned None (the store did not open)\n")
        return 1
    canvas = built.window.guide.canvas
    window = AnimationWindow(args.profile)
    painted: list[tuple[float, PacerState]] = []
    original = GuideCanvas.paintEvent

    def paintEvent(self: GuideCanvas, event: QPaintEvent) -> None:
        if self is not canvas:
            original(self, event)
            return
        # Hold the clock while the canvas asks for its state, so we know exactly which
        # moment of the breath it painted; read the live session once the paint is done.
        t = time.monotonic()
        clock.held = t
        try:
            original(self, event)
        finally:
            clock.held = None
        session = built.session.session
        state = self.last_painted
        if not window.active or session is None or state is None:
            return
        clock.held = t
        painted_active = session.active_s()
        clock.held = None
        after = session.active_s()
        window.paint(t, after - painted_active)
        painted.append((painted_active, state))

    GuideCanvas.paintEvent = paintEvent  # type: ignore[method-assign]

    if args.background != "off":  # played to the machine's sound device (a null sink on CI)
        built.prefs.update(background=args.background)
    if args.speak != "off":  # the guide speaks each phase and counts: Qt's mock engine
        from breathapp.app.voice import add_voice
        from breathapp.controllers.speech import ComputerVoice

        built.prefs.update(breath_words=args.speak, language="en")
        add_voice(built, ComputerVoice("mock", parent=built.session))
    if args.heart != "off":  # the heart curve beside the guide, fed by the demo recording
        from breathapp.app.heart import heart
        from breathapp.app.heart_view import add_heart_ui
        from breathapp.paths import asset_path

        source = heart(built)
        built.heart_actions = add_heart_ui(built, lambda: source)
        source.replay(asset_path("heart") / "demo-resonance.rr")
        built.heart_actions.show_heart(source)
    prefs = built.prefs.prefs
    minutes = min(MINUTES_MAX, max(prefs.length_minutes, (args.warmup_s + args.seconds) / 60 + 1))
    prefs = replace(
        prefs, settle_in=False, length_kind=LengthKind.MINUTES, length_minutes=float(minutes)
    )
    plan = session_plan(prefs, "calm")
    drive(window, args, lambda: built.session.start(plan), lambda: QApplication.exit(0))
    built.window.resize(args.width, args.height)
    built.window.show()
    code = built.app.exec()

    session = built.session.session
    mismatches = -1
    if session is not None:
        pacing = session.plan.pacing
        mismatches = sum(state_at(pacing, a) != state for a, state in painted)
    result: Result = {
        **window.summary(),
        "checked": len(painted),
        "mismatches": mismatches,
        "session_state": session.state.value if session is not None else None,
        "rss_mb": peak_rss_mb(),
        "width": built.window.width(),
        "height": built.window.height(),
        "canvas_width": canvas.width(),
        "canvas_height": canvas.height(),
        "interval_ms": built.session.frame_interval_ms,
        **_background(built, window.t1 - window.t0 + args.warmup_s),
        "spoken": len(built.narrator.said) if built.narrator is not None else 0,
        "heart_shown": bool(
            built.heart_actions is not None
            and built.heart_actions.panel is not None
            and built.heart_actions.panel.isVisible()
        ),
        **versions(),
    }
    built.session.flush()
    built.db.close()
    emit(result)
    return code


def _background(built: Built, seconds: float) -> Result:
    """What the background sound did over the session's ``seconds``: bytes streamed per
    second (44 100 for 16-bit mono at 22 050 Hz), and why not if it was silent."""
    background = built.background
    if background is None:
        return {"background": "", "background_bytes_per_s": 0.0, "background_problem": ""}
    player = background.player
    return {
        "background": player.kind,
        "background_bytes_per_s": player.written_bytes / seconds if seconds > 0 else 0.0,
        "background_problem": player.problem,
        "background_make_ms": player.make_ms,
    }


def main(argv: list[str]) -> int:
    args = ChildArgs(argv)
    return startup(args) if args.mode == "startup" else animate(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
