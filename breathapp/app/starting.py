# SPDX-License-Identifier: GPL-3.0-or-later
"""Starting a session the command line (or a later launch) asked for."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from breathapp.core.prefs import session_plan
from breathapp.core.session import LengthKind
from breathapp.ui.shell.main_window import BREATHE_PAGE, RELAX_PAGE

if TYPE_CHECKING:
    from breathapp.app.built import Built
    from breathapp.app.options import Options
    from breathapp.storage.instance_requests import Request


def close_when_done(built: Built) -> None:
    """--quit-when-done: the window closes once the session has ended."""
    for ended in (built.session.session_ended, built.relax.session_ended):
        ended.connect(lambda _record: QTimer.singleShot(0, built.window.close))


def start_from_options(built: Built, options: Options | Request) -> None:
    """Start the session --start names, in this window, for its profile.

    The command line chose this one session; the saved choices stay as they were. The
    session controllers vet it against this window's profile (which may not be the one
    the command line could see): a refusal shows on the page, in words.
    """
    script = built.relax.script(options.start) if options.start else None
    if script is not None:
        built.window.show_page(RELAX_PAGE)
        built.relax.start(script)
        return
    prefs = built.prefs.prefs
    if options.minutes is not None:
        prefs = replace(prefs, length_kind=LengthKind.MINUTES, length_minutes=options.minutes)
    elif options.breaths is not None:
        prefs = replace(prefs, length_kind=LengthKind.BREATHS, length_breaths=options.breaths)
    built.window.show_page(BREATHE_PAGE)
    built.session.start(session_plan(prefs, pattern_override=options.start))
