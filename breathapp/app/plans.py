# SPDX-License-Identifier: GPL-3.0-or-later
"""The therapist's plan, the Today page and the Plan menu.

Loaded only when needed: for a profile without a plan the start pays for one query
(PlanRepo.has_active, in build.py); the controller, the Today page and the Plan menu are
built when first used, or after the first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from breathapp.controllers.plan_controller import PlanController
from breathapp.core.errors import StorageError
from breathapp.core.plans import ItemKind, Plan, PlanItem, item_session_plan
from breathapp.core.session import SETTLE_S, SessionState
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.plan_files import read_plan_bundle, read_plan_file, write_plan_file
from breathapp.storage.plans_repo import PlanRepo
from breathapp.ui.common import labels
from breathapp.ui.common.menus import insert_before_help
from breathapp.ui.plan.plan_actions import PlanActions, PlanDialogs
from breathapp.ui.shell.main_window import BREATHE_PAGE, RELAX_PAGE, TODAY_PAGE

if TYPE_CHECKING:
    from breathapp.app.built import Built
    from breathapp.core.live_pace import Shown
    from breathapp.ui.plan.today_view import TodayView


class PlanParts:
    """What this module builds for one window (Built.plans), made on first use."""

    def __init__(self, plans: PlanController) -> None:
        self.plans = plans
        self.actions: PlanActions | None = None
        self.today: TodayView | None = None
        self.menu_added = False  # the Plan menu is in the menu bar
        self.from_today = False  # a session started on Today: back there when it is done


def parts_of(built: Built) -> PlanParts:
    """The plan controller and its friends for this window (built the first time)."""
    if built.plans is not None:
        return built.plans
    window, relax = built.window, built.relax
    plans = PlanController(
        PlanRepo(built.db),
        MovementRepo(built.db),
        built.clock,
        built.today,
        lambda: built.profile.profile,
        read_plan_file,
        # Never into the data folder: the Plan menu asks again (PlanActions.export).
        lambda path, plan: _write_plan(built, path, plan),
        known_relaxation=lambda script_id: relax.script(script_id) is not None,
        parent=built.session,
    )
    parts = built.plans = PlanParts(plans)

    # Every session that ends, of any kind, may tick one of today's sessions.
    built.session.session_ended.connect(lambda _record: plans.refresh())
    relax.session_ended.connect(lambda _record: plans.refresh())
    built.session.state_changed.connect(lambda _state: _after_session(built, parts))
    relax.state_changed.connect(lambda _state: _after_session(built, parts))
    window.guide.setup_bar.start_requested.connect(lambda: _forget_today(parts))
    plans.today_changed.connect(lambda: _show_plan_length(built, parts))
    _show_plan_length(built, parts)

    def on_storage_failed(error: StorageError) -> None:
        text = labels.storage_message(error)
        if parts.today is not None:
            parts.today.show_notice(text)
        window.guide.show_notice(text)

    plans.storage_failed.connect(on_storage_failed)

    def history_changed(*_args: object) -> None:
        # The history shows the plan's weeks and the movement days: keep a built one current.
        if window.history_view_built:
            window.history_view.data_changed()

    plans.plan_changed.connect(history_changed)
    plans.movement_changed.connect(history_changed)

    def show_plan() -> None:
        # A plan taken, changed or moved on: show it as the patient will see it.
        if plans.has_plan and not built.busy():
            window.show_page(TODAY_PAGE)

    plans.plan_changed.connect(show_plan)
    return parts


def _write_plan(built: Built, path: Path, plan: Plan) -> None:
    """The plan file, carrying the recorded voice the plan names."""
    from breathapp.app.voice_packs import voice_packs_of
    from breathapp.controllers.plan_voice import carried

    written, voice_zip = carried(voice_packs_of(built), plan)
    write_plan_file(path, written, built.db.data_dir, voice_zip)


def build_today(built: Built) -> TodayView:
    """The Today page (the window's factory calls this when it is first shown)."""
    from breathapp.ui.plan.today_view import TodayView  # the page: only once it is shown

    parts = parts_of(built)
    view = TodayView(parts.plans, built.relax.script, built.today)
    view.start_requested.connect(lambda item: start_item(built, item, from_today=True))
    view.import_requested.connect(lambda: actions_of(built).import_file())
    view.bad_day_requested.connect(lambda: _bad_day(built))
    parts.today = view
    if parts.menu_added:  # after the first paint: the bad-day controller may load now
        _give_flare(built, view)
    return view


def _bad_day(built: Built) -> None:
    from breathapp.app.flare import open_bad_day  # bad days load on first use

    open_bad_day(built)


def _give_flare(built: Built, view: TodayView) -> None:
    """Today asks the profile's bad-day controller whether to suggest contacting the
    therapist; it loads after the first paint, never on the way to it."""
    from breathapp.app.flare import flare_of

    view.set_flare(flare_of(built))


def actions_of(built: Built) -> PlanActions:
    """The Plan menu's actions (built the first time)."""
    parts = parts_of(built)
    if parts.actions is not None:
        return parts.actions
    window, relax = built.window, built.relax
    from breathapp.app.voice_packs import voice_packs_of
    from breathapp.controllers.plan_voice import PlanVoice

    packs = voice_packs_of(built)
    dialogs = PlanDialogs(
        window, lambda: relax.library.scripts, relax.script, built.today, packs.packs
    )
    voice = PlanVoice(
        parts.plans,
        packs,
        read_plan_bundle,
        lambda pack_id: built.prefs.update(voice_pack=pack_id),
    )
    actions = parts.actions = PlanActions(parts.plans, dialogs, window, voice)

    def on_state(*_args: object) -> None:
        actions.set_busy(built.busy())

    built.session.state_changed.connect(on_state)
    relax.state_changed.connect(on_state)
    on_state()
    return actions


def add_plan_ui(built: Built, dialogs: PlanDialogs | None = None) -> None:
    """The Plan menu, and "Make a plan from this" after a demonstration (after the first paint)."""
    window = built.window
    actions = actions_of(built)
    if dialogs is not None:
        actions.dialogs = dialogs
    parts = parts_of(built)
    if parts.menu_added:
        return
    insert_before_help(window, actions.menu)
    window.guide.plan_from_demo_requested.connect(lambda shown: plan_from_demo(built, shown))
    parts.menu_added = True
    if parts.today is not None:  # Today was the first page: its suggestion can come now
        _give_flare(built, parts.today)


def plan_from_demo(built: Built, shown: tuple[Shown, ...]) -> bool:
    """Open the plan editor filled in from what a demonstration showed; True when saved."""
    from breathapp.core.plans import PlanError
    from breathapp.core.plans import plan_from_demo as make_plan

    title = QCoreApplication.translate("app", "Plan from the demonstration of %1").replace(
        "%1", labels.date_text(built.today())
    )
    try:
        plan = make_plan(shown, title)
    except PlanError:
        return False  # nothing was shown long enough to make a plan of
    return actions_of(built).edit(plan)


def start_item(built: Built, item: PlanItem | None, from_today: bool = False) -> None:
    """Start one prescribed session (after the check-in, as any other); None: the usual one."""
    window, relax = built.window, built.relax
    if built.busy():
        return
    parts = parts_of(built)
    if item is not None and item.kind is ItemKind.RELAXATION:
        script = relax.script(item.what)
        if script is not None:
            relax.reset()
            window.show_page(RELAX_PAGE)
            window.relax_view.choose(script)
            parts.from_today = from_today
            return
        item = None  # not on this computer (any more): breathe instead
    window.show_page(BREATHE_PAGE)
    if item is None:
        window.guide.start()
    else:
        settle_s = SETTLE_S if built.prefs.prefs.settle_in else 0.0
        window.guide.start_session(item_session_plan(item, settle_s))
    parts.from_today = from_today


def start_today(built: Built) -> None:
    """Start today's session: the next open one of the plan, else the usual breathing session.

    For the tray's "start today's session" and the like (the caller brings the window to the
    front). Nothing happens while a session runs.
    """
    if built.busy():
        return
    following = parts_of(built).plans.next_open_item()
    start_item(built, following.item if following is not None else None)


def _show_plan_length(built: Built, parts: PlanParts) -> None:
    """The start screen offers the length of today's breathing session (the next open one)."""
    plans = parts.plans
    minutes = None
    if plans.has_plan:
        today = plans.today_items()
        breathing = [i for i in today if i.item.kind is ItemKind.BREATHING]
        open_ones = [i for i in breathing if i.done < i.due]
        if chosen := (open_ones or breathing):
            minutes = chosen[0].item.minutes
    built.window.guide.setup_bar.set_plan_minutes(minutes)


def _forget_today(parts: PlanParts) -> None:
    parts.from_today = False


def _after_session(built: Built, parts: PlanParts) -> None:
    """A session from Today is over and its summary closed: back to Today (a moment later,

    so "Once more" or a check-in that follows the reset is seen first).
    """
    if not parts.from_today:
        return

    def back() -> None:
        window = built.window
        session, relax = built.session, built.relax
        if not parts.from_today or built.busy():
            return
        on_guide = window.pages.currentWidget() is window.guide
        if on_guide and session.state is SessionState.READY:
            if window.guide.pages.currentIndex() != 0:
                return  # a check-in is showing
        elif window.relax_view_built and window.pages.currentWidget() is window.relax_view:
            view = window.relax_view
            if relax.state is not SessionState.READY or view.pages.currentWidget() is not view.list:
                return
        else:
            return
        parts.from_today = False
        window.show_page(TODAY_PAGE)

    QTimer.singleShot(0, back)
