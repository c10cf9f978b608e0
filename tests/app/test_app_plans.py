# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan wired into the app: import, Today at start, the big Start, ticks, refusals."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathapp.app.plans import (
    actions_of,
    parts_of,
    plan_from_demo,
    start_today,
)
from breathapp.core.clock import ManualClock
from breathapp.core.live_pace import Shown
from breathapp.core.patterns import resolve
from breathapp.core.plans import ItemKind, PlanItem
from breathapp.core.session import LengthKind, SessionState, SessionStatus
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.plan_files import write_plan_file
from breathapp.storage.plans_repo import PlanRepo
from breathapp.ui.guide.summary_panel import SummaryPanel
from breathapp.ui.shell.main_window import BREATHE_PAGE, TODAY_PAGE
from tests.builders.app import close_app, import_plan, make_plan_app, with_plan_menu
from tests.builders.plans import plan_of, sample_plan
from tests.builders.sessions import make_record
from tests.fakes import FakePlanDialogs


def settle_events() -> None:
    QApplication.processEvents()  # the zero timers that wait for the summary to close


def test_without_a_plan_the_window_opens_on_breathe_and_builds_nothing_of_plans(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_plan_app(qtbot, tmp_path)
    window = built.window
    assert window.pages.currentWidget() is window.guide
    assert not window.today_view_built
    assert built.plans is None
    assert window.today_button is not None and window.today_button.text() == "Today"
    assert window.nav.layout().indexOf(window.today_button) == 0  # first in the rail
    window.show_page(TODAY_PAGE)
    assert window.today_view.empty_card.isVisible()
    close_app(built)


def test_a_plan_is_imported_and_the_next_start_opens_on_today(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    built = make_plan_app(qtbot, data)
    dialogs = import_plan(built, tmp_path, sample_plan())
    assert dialogs.previewed == [(sample_plan(), False)]
    assert dialogs.asked == []  # nothing to replace
    assert parts_of(built).plans.plan == sample_plan()
    assert built.window.pages.currentWidget() is built.window.today_view  # shown at once
    menu_titles = [a.text() for a in built.window.menuBar().actions()]
    assert menu_titles.index("P&lan") == menu_titles.index("&Help") - 1
    close_app(built)
    again = make_plan_app(qtbot, data)
    assert again.window.pages.currentWidget() is again.window.today_view
    assert again.window.today_button is not None and again.window.today_button.isChecked()
    assert again.window.today_view.phase_title.text() == "Calm and loosen"
    close_app(again)


def test_replacing_a_plan_asks_first_and_no_keeps_the_old_one(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_plan_app(qtbot, tmp_path / "data")
    import_plan(built, tmp_path, sample_plan())
    other = replace(sample_plan(), title="Another plan")
    path = tmp_path / "other.breathplan"
    write_plan_file(path, other)
    dialogs = with_plan_menu(built, FakePlanDialogs(open_path=path))
    dialogs.confirm_answer = False
    assert not actions_of(built).import_file()
    assert dialogs.previewed == [(other, True)] and dialogs.asked == ["Replace your plan?"]
    assert parts_of(built).plans.plan == sample_plan()
    dialogs.confirm_answer = True
    assert actions_of(built).import_file()
    assert parts_of(built).plans.plan == other
    close_app(built)


def test_a_bad_file_is_refused_with_a_clear_message_and_changes_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_plan_app(qtbot, tmp_path / "data")
    import_plan(built, tmp_path, sample_plan())
    bad = tmp_path / "bad.breathplan"
    bad.write_text('{"format": "breathapp-plan", "version": 1, "title": ', encoding="utf-8")
    dialogs = with_plan_menu(built, FakePlanDialogs(open_path=bad))
    assert not actions_of(built).import_file()
    assert dialogs.previewed == []
    assert len(dialogs.told) == 1 and "nothing was changed" in dialogs.told[0]
    assert parts_of(built).plans.plan == sample_plan()
    assert PlanRepo(built.db).active(built.profile.profile.id)[0] == sample_plan()  # type: ignore[index]
    close_app(built)


def test_a_no_holds_profile_refuses_a_plan_with_holds_and_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_plan_app(qtbot, tmp_path / "data")
    built.profile.set_no_holds()
    box = plan_of(PlanItem(ItemKind.BREATHING, "box"), name="Box", phase="Square")
    path = tmp_path / "box.breathplan"
    write_plan_file(path, box)
    dialogs = with_plan_menu(built, FakePlanDialogs(open_path=path))
    assert not actions_of(built).import_file()
    assert len(dialogs.told) == 1
    assert "4-4-4-4 has breath holds" in dialogs.told[0]
    assert "no breath holds" in dialogs.told[0]
    assert not PlanRepo(built.db).has_active(built.profile.profile.id)
    close_app(built)


def test_the_big_start_breathes_the_next_item_and_its_row_is_ticked_after(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = ManualClock()
    built = make_plan_app(qtbot, tmp_path / "data", clock)
    short = PlanItem(ItemKind.BREATHING, "coherent", minutes=0.5, times=2)
    plan = plan_of(short, name="Short", phase="Try")
    import_plan(built, tmp_path, plan)
    window = built.window
    window.show_page(TODAY_PAGE)
    today = window.today_view
    assert today.rows[0].progress.text() == "0 of 2 done today"
    today.start_button.click()
    session = built.session.session
    assert session is not None and built.session.state.is_live
    assert window.pages.currentWidget() is window.guide
    assert session.plan.pattern_id == "coherent"
    assert session.plan.length.kind is LengthKind.MINUTES and session.plan.length.value == 0.5
    clock.advance(60.0)
    built.session.stop()  # past its end: the whole half minute was practised
    assert today.rows[0].progress.text() == "1 of 2 done today"
    assert not today.rows[0].tick.done
    window.guide.primary_action()  # Done on the summary
    settle_events()
    assert window.pages.currentWidget() is today  # back where it started
    close_app(built)


def test_the_big_start_plays_a_relaxation_item(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_plan_app(qtbot, tmp_path / "data")
    item = PlanItem(ItemKind.RELAXATION, "breathing-space")
    import_plan(built, tmp_path, plan_of(item, name="Rest", phase="Rest"))
    built.window.show_page(TODAY_PAGE)
    built.window.today_view.start_button.click()
    assert built.relax.state.is_live and built.session.state is SessionState.READY
    player = built.relax.player
    assert player is not None and player.script.id == "breathing-space"
    assert built.window.pages.currentWidget() is built.window.relax_view
    built.relax.stop()
    close_app(built)


def test_the_movement_minutes_are_stored_for_today(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    built = make_plan_app(qtbot, data)
    built.window.show_page(TODAY_PAGE)
    built.window.today_view.movement.choices.button(20).click()
    day = built.today()
    moved = MovementRepo(built.db).minutes(built.profile.profile.id, day)
    assert moved is not None and moved.minutes == 20
    close_app(built)
    again = make_plan_app(qtbot, data)
    again.window.show_page(TODAY_PAGE)
    assert again.window.today_view.movement.choices.checked_key() == 20
    again.window.today_view.movement.clear_button.click()
    assert MovementRepo(again.db).days(again.profile.profile.id, day, day) == []
    close_app(again)


def test_start_today_without_a_plan_breathes_and_with_one_starts_the_next_item(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_plan_app(qtbot, tmp_path / "data")
    start_today(built)
    session = built.session.session
    assert session is not None and session.plan.pattern_id == "calm"  # the usual session
    built.session.stop()
    built.session.reset()
    plan = plan_of(PlanItem(ItemKind.BREATHING, "long-exhale", 3))
    import_plan(built, tmp_path, plan)
    start_today(built)
    session = built.session.session
    assert session is not None and session.plan.pattern_id == "long-exhale"
    built.session.stop()
    close_app(built)


def test_export_move_on_and_remove_from_the_plan_menu(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_plan_app(qtbot, tmp_path / "data")
    import_plan(built, tmp_path, sample_plan())
    target = tmp_path / "out" / "for Els"
    target.parent.mkdir()
    dialogs = with_plan_menu(built, FakePlanDialogs(save_path=target))
    actions = actions_of(built)
    assert actions.export()
    assert dialogs.suggested == ["Calm back step by step.breathplan"]
    assert (tmp_path / "out" / "for Els.breathplan").is_file()
    assert actions.advance_action.isEnabled()
    assert actions.advance()
    assert dialogs.asked == ["Move to the next phase?"]
    assert parts_of(built).plans.phase_now().index == 1  # type: ignore[union-attr]
    assert actions.remove()
    assert parts_of(built).plans.plan is None
    assert not actions.export_action.isEnabled() and not actions.remove_action.isEnabled()
    built.window.show_page(TODAY_PAGE)
    assert built.window.today_view.empty_card.isVisible()
    close_app(built)


def test_an_export_into_the_data_folder_is_refused_and_asked_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    built = make_plan_app(qtbot, data)
    import_plan(built, tmp_path, sample_plan())
    before = (data / "breathapp.db").read_bytes()
    (data / "breathapp.db.breathplan").symlink_to(data / "breathapp.db")  # as a name may be
    outside = tmp_path / "for Els.breathplan"
    dialogs = with_plan_menu(
        built, FakePlanDialogs(save_path=[data / "breathapp.db", data / "backups" / "x", outside])
    )
    assert actions_of(built).export()
    assert len(dialogs.suggested) == 3 and outside.is_file()
    assert [t.startswith("BreathApp keeps your history, its backups") for t in dialogs.told] == [
        True,
        True,
        False,
    ]
    assert (data / "breathapp.db").read_bytes() == before
    assert not (data / "backups" / "x.breathplan").exists()
    dialogs.save_path = [data / "breathapp.db"]  # refused, then cancelled
    assert not actions_of(built).export()
    close_app(built)


def test_the_plan_menu_rests_while_a_session_runs(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_plan_app(qtbot, tmp_path / "data")
    actions = actions_of(built)
    assert actions.edit_action.isEnabled()
    built.window.guide.start()
    assert not actions.edit_action.isEnabled() and not actions.import_action.isEnabled()
    built.session.stop()
    assert actions.edit_action.isEnabled()
    close_app(built)


def test_a_demonstration_becomes_a_plan_in_one_step(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_plan_app(qtbot, tmp_path / "data")
    dialogs = with_plan_menu(built, FakePlanDialogs())
    calm, _ = resolve("calm")
    slow, _ = resolve("5-0-7-0")
    shown = (Shown(calm, 240.0), Shown(slow, 180.0))
    built.window.guide.plan_from_demo_requested.emit(shown)
    assert len(dialogs.edited) == 1
    prefill = dialogs.edited[0]
    assert prefill.title.startswith("Plan from the demonstration of")
    assert [(i.what, i.minutes) for i in prefill.phases[0].items] == [
        ("calm", 4.0),
        ("5-0-7-0", 3.0),
    ]
    assert parts_of(built).plans.plan == prefill  # saved as edited
    assert not plan_from_demo(built, ())  # nothing shown: nothing to make
    close_app(built)


def test_replacing_a_plan_from_a_demonstration_is_asked_before_any_editing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_plan_app(qtbot, tmp_path / "data")
    dialogs = with_plan_menu(built, FakePlanDialogs())
    plans = parts_of(built).plans
    assert plans.accept(sample_plan())
    calm, _ = resolve("calm")
    dialogs.confirm_answer = False
    built.window.guide.plan_from_demo_requested.emit((Shown(calm, 240.0),))
    assert dialogs.asked == ["Replace the plan?"]
    assert dialogs.edited == []  # a No never throws away editing
    assert plans.plan == sample_plan()
    dialogs.confirm_answer = True
    built.window.guide.plan_from_demo_requested.emit((Shown(calm, 240.0),))
    assert len(dialogs.edited) == 1 and plans.plan == dialogs.edited[0]
    close_app(built)


def test_the_make_a_plan_button_sits_with_what_was_shown(qtbot: QtBot) -> None:
    calm, _ = resolve("calm")
    shown = (Shown(calm, 120.0),)
    now = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    record = make_record(
        started_utc=now,
        ended_utc=now,
        active_s=120.0,
        breaths=12,
        status=SessionStatus.STOPPED,
        shown=shown,
    )
    panel = SummaryPanel()
    qtbot.addWidget(panel)
    panel.show_record(record)
    assert panel.shown is not None
    assert panel.shown.plan_button.text() == "Make a plan from this…"
    with qtbot.waitSignal(panel.plan_requested) as asked:
        panel.shown.plan_button.click()
    assert asked.args == [shown]


def test_breathe_stays_the_page_numbers_it_was(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_plan_app(qtbot, tmp_path / "data")
    built.window.show_page(TODAY_PAGE)
    built.window.show_page(BREATHE_PAGE)
    assert built.window.pages.currentIndex() == BREATHE_PAGE
    assert built.window.breathe_button.isChecked()
    close_app(built)


def test_a_plan_session_has_the_check_in_and_once_more_repeats_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_plan_app(qtbot, tmp_path / "data")
    built.prefs.update(check_in=True)
    plan = plan_of(PlanItem(ItemKind.BREATHING, "long-exhale", 3))
    import_plan(built, tmp_path, plan)
    window, guide = built.window, built.window.guide
    window.show_page(TODAY_PAGE)
    window.today_view.start_button.click()
    assert guide.pages.currentWidget() is guide.checkin
    assert built.session.state is SessionState.READY
    guide.checkin.rating.skip()  # "how tense?" left unanswered
    session = built.session.session
    assert session is not None and session.plan.pattern_id == "long-exhale"
    built.session.stop()
    guide.checkin.skip_all()  # the check-in after
    guide.summary.again_button.click()  # Once more: the plan's session again, not the saved one
    guide.checkin.rating.skip()
    session = built.session.session
    assert session is not None and session.plan.pattern_id == "long-exhale"
    settle_events()
    assert window.pages.currentWidget() is guide  # still breathing, not sent away
    built.session.stop()
    close_app(built)


def test_editing_the_plan_keeps_where_the_patient_stands(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_plan_app(qtbot, tmp_path / "data")
    dialogs = import_plan(built, tmp_path, sample_plan())
    actions = actions_of(built)
    assert actions.advance()
    dialogs.edit_result = replace(sample_plan(), title="Calm back, second version")
    assert actions.edit()
    plans = parts_of(built).plans
    assert dialogs.edited[-1] == sample_plan()  # the editor opened on the plan as it was
    assert plans.plan is not None and plans.plan.title == "Calm back, second version"
    assert plans.phase_now().index == 1  # type: ignore[union-attr]
    dialogs.edit_result = None
    dialogs.edited.clear()
    assert actions.remove()
    assert actions.edit()  # no plan: the editor starts from a small first plan
    assert dialogs.edited[0].title == "Breathing plan"
    assert dialogs.edited[0].phases[0].items[0].what == "calm"
    close_app(built)


def test_the_start_screen_offers_the_plans_length_only_with_a_plan(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_plan_app(qtbot, tmp_path)
    lengths = built.window.guide.setup_bar.lengths
    assert [b.text() for b in lengths.buttons()] == ["3 min", "5 min", "10 min"]
    plan = plan_of(
        PlanItem(ItemKind.RELAXATION, "body-scan"), PlanItem(ItemKind.BREATHING, "calm", 12)
    )
    import_plan(built, tmp_path, plan)
    assert lengths.button((LengthKind.MINUTES, 12.0)).text() == "12 min · your plan"  # type: ignore[union-attr]
    assert parts_of(built).plans.remove()
    assert lengths.button((LengthKind.MINUTES, 12.0)) is None
    close_app(built)
