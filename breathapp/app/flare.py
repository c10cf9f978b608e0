# SPDX-License-Identifier: GPL-3.0-or-later
"""Bad days: the flare controller of this window's profile, the bad-day flow, and the
check-ins' two links to it (the 7-or-more offer, the note for the therapist).

Loaded on first use, never before the first paint. Each window is built for one profile
(switching profile, or locking a PIN profile, builds a new window and a new Built), so
the controller, made once per Built, always belongs to the profile on screen; a PIN
profile's bad days and notes are sealed by the store with that window's keyring.

The entry point for any "I'm having a bad day" button: ``open_bad_day(built)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedLayout

from breathapp.controllers.flare_controller import FlareController
from breathapp.core.checkin import Ratings
from breathapp.core.flare import FLARE_UP_SCRIPT_ID, NoteError
from breathapp.core.flare_texts import bad_day_texts
from breathapp.logs import log
from breathapp.storage.flare_repo import BadDayRepo, NoteRepo
from breathapp.storage.history_repo import HistoryRepo
from breathapp.ui.common import labels
from breathapp.ui.guide.checkin_panel import CheckIn
from breathapp.ui.shell.main_window import RELAX_PAGE

if TYPE_CHECKING:
    from breathapp.app.built import Built
    from breathapp.controllers.practice import PracticeController
    from breathapp.core.plans import Plan
    from breathapp.ui.flare.bad_day_flow import BadDayFlow


def flare_of(built: Built) -> FlareController:
    """This window's bad-day controller (made the first time it is asked for)."""
    if built.flare is not None:
        return built.flare
    flare = FlareController(
        BadDayRepo(built.db),
        NoteRepo(built.db),
        HistoryRepo(built.db).ratings,
        built.profile.profile.id,
        built.clock,
        built.today,
        plan=lambda: _plan(built),
        parent=built.session,
    )

    def on_storage_failed(error: object) -> None:
        log.warning("bad days: %s", error)
        built.window.guide.show_notice(labels.storage_message(error))  # type: ignore[arg-type]

    flare.storage_failed.connect(on_storage_failed)
    built.flare = flare
    return flare


def _plan(built: Built) -> Plan | None:
    """The profile's plan, or None (its advice and contact card show when it has them).

    The plan's parts exist from the first paint on (app/plans.add_plan_ui makes them), so
    this reads them and never makes them: app/plans calls this module, not the other way."""
    return built.plans.plans.plan if built.plans is not None else None


def flow_of(built: Built) -> BadDayFlow:
    """The bad-day flow of this window (made the first time it is asked for)."""
    if built.bad_day_flow is not None:
        return built.bad_day_flow
    from breathapp.ui.flare.bad_day_flow import BadDayFlow

    relax = built.relax
    flow = BadDayFlow(
        flare_of(built),
        lambda: bad_day_texts(built.language.language),
        lambda: _plan(built),
        lambda: relax.last_session_id,
    )

    def start(pain: int | None) -> None:
        script = relax.script(FLARE_UP_SCRIPT_ID)
        if script is None or not relax.start(script, Ratings(None, pain)):
            flow.owns_session = False  # refused or missing: the Relax page says why
            if script is None:
                built.window.relax_view.close_flow()

    flow.start_requested.connect(start)
    flow.closed.connect(lambda: built.window.relax_view.close_flow())
    built.bad_day_flow = flow
    return flow


def open_bad_day(built: Built, pain: int | None = None) -> None:
    """The flow for "I'm having a bad day", on the Relax page (never during a session).

    With ``pain`` (the check-in's 7 or more) the flare-up session begins at once.
    """
    if built.busy():
        return
    window = built.window
    flow = flow_of(built)
    view = window.relax_view
    window.show_page(RELAX_PAGE)
    view.open_flow(flow, flow)
    flow.begin()
    if pain is not None:
        flow.start_session(pain)


def watch_checkin(built: Built, pages: QStackedLayout, practice: PracticeController) -> None:
    """Link the check-in on ``pages`` (made when first shown) to the bad days, once."""
    checkin = pages.currentWidget()
    if not isinstance(checkin, CheckIn) or checkin.property("flareLinked"):
        return
    checkin.setProperty("flareLinked", True)

    def flare_up(before: Ratings) -> None:
        window = built.window
        host = window.guide if pages is window.guide.pages else window.relax_view
        host.escape()  # the planned session is set aside: it was never started
        open_bad_day(built, before.pain)

    def note(_after: Ratings, text: str) -> None:
        if not text:
            return
        try:
            flare_of(built).add_note(
                text,
                for_therapist=not checkin.note.private,
                session_id=practice.last_session_id,
            )
        except NoteError as error:  # no letters or digits: the session keeps it as typed
            log.info("note for the therapist not kept: %s", error)

    checkin.flare_up_chosen.connect(flare_up)
    checkin.after_done.connect(note)
