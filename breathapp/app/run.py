# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the window: build it, show it, start what was asked, wait for the first paint."""

from __future__ import annotations

import sys

from breathapp.app.build import build
from breathapp.app.built import Built
from breathapp.app.options import Options
from breathapp.app.starting import start_from_options
from breathapp.logs import excepthook


def after_first_paint(built: Built) -> None:
    """Work that can wait until the window is up (later.py, loaded only then)."""
    from breathapp.app.later import after_first_paint as later

    later(built)


def run(options: Options) -> int:
    """Run the app until its window closes; a switch of profile opens the next window."""
    sys.excepthook = excepthook
    while True:
        built = build(options)
        if built is None:
            return 1
        code = _run_window(built, options)
        if built.switch_to is None:  # the Profile menu asks for another window
            return code
        # A demonstration goes on in the next profile's window (the file from its start).
        options = built.switch_to._replace(rr_replay=options.rr_replay)


def _run_window(built: Built, options: Options) -> int:
    window = built.window
    if options.fullscreen:
        window.toggle_fullscreen()
    else:
        window.show()
    if options.start:
        start_from_options(built, options)

    def later() -> None:
        if options.rr_replay is not None:  # first: a message below may wait for the user
            from breathapp.app.heart import start_replay  # the heart's modules: only now

            start_replay(built, options.rr_replay)
        after_first_paint(built)

    # Sound, backup and messages wait for the first paint (a zero timer would not).
    if window.relax_view_built and built.relax.state.is_live:
        window.relax_view.player.progress.after_next_paint(later)
    elif window.today_view_built and window.pages.currentWidget() is window.today_view:
        window.today_view.after_next_paint(later)
    else:
        window.guide.canvas.after_next_paint(later)
    code = built.app.exec()
    if built.heart is not None:  # let go of the strap before a next window takes it up
        built.heart.stop()
    built.session.flush()
    built.db.close()
    return code
