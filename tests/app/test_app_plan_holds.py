# SPDX-License-Identifier: GPL-3.0-or-later
"""A plan accepted before its profile was set to "no breath holds": nothing with holds starts."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from breathapp.app.plans import parts_of
from breathapp.core.plans import ItemKind, PlanItem
from breathapp.ui.shell.main_window import TODAY_PAGE
from tests.builders.app import close_app, import_plan, make_plan_app
from tests.builders.plans import plan_of


def test_today_never_starts_holds_for_a_profile_set_to_no_holds_after_the_plan(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_plan_app(qtbot, tmp_path / "data")
    box = PlanItem(ItemKind.BREATHING, "box", minutes=5)
    calm = PlanItem(ItemKind.BREATHING, "calm", minutes=5)
    import_plan(built, tmp_path, plan_of(box, calm, name="Both", phase="One"))
    built.profile.set_no_holds()
    following = parts_of(built).plans.next_open_item()
    assert following is not None and following.item == calm
    built.window.show_page(TODAY_PAGE)
    built.window.today_view.refresh()
    built.window.today_view.start_button.click()  # the big Start
    session = built.session.session
    assert session is not None and built.session.state.is_live  # not refused: no holds in it
    assert session.plan.pattern_id == "calm"
    built.session.stop()
    close_app(built)
