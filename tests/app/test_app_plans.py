# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan wired into the app: import, Today at start, the big Start, ticks, refusals."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from breathapp.app.build import build
from breathapp.app.built import Built
from breathapp.app.options import Options
from breathapp.app.plans import (
    actions_of,
    add_plan_ui,
    parts_of,
    plan_from_demo,
    start_today,
)
from breathapp.core.clock import ManualClock
from breathapp.core.live_pace import Shown
from breathapp.core.patterns import resolve
from breathapp.core.plans import ItemKind, Plan, PlanItem
from breathapp.core.session import LengthKind, SessionRecord, SessionState, SessionStatus
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.plan_files import write_plan_file
from breathapp.storage.plans_repo import PlanRepo
from breathapp.ui.guide.summary_panel import SummaryPanel
from breathapp.ui.shell.main_window import BREATHE_PAGE, TODAY_PAGE
from tests.builders.plans import plan_of, sample_plan


class Told:
    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, _parent: QWidget | None, text: str) -> None:
        self.messages.append(text)


class FakeDialogs:
    """The Plan menu's windows, answered by the test."""

    def __init__(self, open_path: Path | None = None, save_path: Path | None = None) -> None:
        self.open_path, self.save_path = open_path, save_path
        self.preview_answer = True
        self.confirm_answer = True
        self.edited: list[Plan] = []
        self.edit_result: Plan | None = None
        self.previewed: list[tuple[Plan, bool]] = []
        self.asked: list[str] = []
        self.told: list[str] = []
        self.suggested: list[str] = []

    def edit(self, plan: Plan, _plans: object) -> Plan | None:
        self.edited.append(plan)
        return self.edit_result if self.edit_result is not None else plan

    def preview(self, plan: Plan, replacing: bool) -> bool:
        self.previewed.append((plan, replacing))
        return self.preview_answer

    def open_file(self) -> Path | None:
        return self.open_path

    def save_file(self, suggested: str) -> Path | None:
        self.suggested.append(suggested)
        return self.save_path

    def confirm(self, title: str, _question: str) -> bool:
        self.asked.append(title)
        return self.confirm_answer

    def tell(self, text: str) -> None:
        self.told.append(text)


def make(qtbot: QtBot, data: Path, clock: ManualClock | None = None) -> Built:
    built = build(Options(data, "en", None, None, None, False, False), clock or ManualClock())
    assert built is not None
    built.window.confirm = lambda _t, _q: True  # type: ignore[method-assign]
    built.prefs.update(check_in=False, safety_notice_seen=True)
    qtbot.addWidget(built.window)
    built.window.show()
    return built


def close(built: Built) -> None:
    built.window.close()
    built.db.close()
    built.language.switch("en")


def with_menu(built: Built, dialogs: FakeDialogs) -> FakeDialogs:
    add_plan_ui(built, dialogs)  # type: ignore[arg-type]
    return dialogs


def import_plan(built: Built, tmp_path: Path, plan: Plan) -> FakeDialogs:
    path = tmp_path / "plan.breathplan"
    write_plan_file(path, plan)
    dialogs = with_menu(built, FakeDialogs(open_path=path))
    assert actions_of(built).import_file()
    return dialogs


def settle_events() -> None:
    QApplication.processEvents()  # the zero timers that wait for the summary to close


def test_without_a_plan_the_window_opens_on_breathe_and_builds_nothing_of_plans(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make(qtbot, tmp_path)
    window = built.window
    assert window.pages.currentWidget() is window.guide
    assert not window.today_view_built
    assert built.plans is None
    assert window.today_button is not None and window.today_button.text() == "Today"
    assert window.nav.layout().indexOf(window.today_button) == 0  # first in the rail
    window.show_page(TODAY_PAGE)
    assert window.today_view.empty_card.isVisible()
    close(built)


def test_a_plan_is_imported_and_the_next_start_opens_on_today(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    built = make(qtbot, data)
    dialogs = import_plan(built, tmp_path, sample_plan())
    assert dialogs.previewed == [(sample_plan(), False)]
    assert dialogs.asked == []  # nothing to replace
    assert parts_of(built).plans.plan == sample_plan()
    assert built.window.pages.currentWidget() is built.window.today_view  # shown at once
    menu_titles = [a.text() for a in built.window.menuBar().actions()]
    assert menu_titles.index("P&lan") == menu_titles.index("&Help") - 1
    close(built)
    again = make(qtbot, data)
    assert again.window.pages.currentWidget() is again.window.today_view
    assert again.window.today_button is not None and again.window.today_button.isChecked()
    assert again.window.today_view.phase_title.text() == "Calm and loosen"
    close(again)


def test_replacing_a_plan_asks_first_and_no_keeps_the_old_one(qtbot: QtBot, tmp_path: Path) -> None:
    built = make(qtbot, tmp_path / "data")
    import_plan(built, tmp_path, sample_plan())
    other = replace(sample_plan(), title="Another plan")
    path = tmp_path / "other.breathplan"
    write_plan_file(path, other)
    dialogs = with_menu(built, FakeDialogs(open_path=path))
    dialogs.confirm_answer = False
    assert not actions_of(built).import_file()
    assert dialogs.previewed == [(other, True)] and dialogs.asked == ["Replace your plan?"]
    assert parts_of(built).plans.plan == sample_plan()
    dialogs.confirm_answer = True
    assert actions_of(built).import_file()
    assert parts_of(built).plans.plan == other
    close(built)


def test_a_bad_file_is_refused_with_a_clear_message_and_changes_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make(qtbot, tmp_path / "data")
    import_plan(built, tmp_path, sample_plan())
    bad = tmp_path / "bad.breathplan"
    bad.write_text('{"format": "breathapp-plan", "version": 1, "title": ', encoding="utf-8")
    dialogs = with_menu(built, FakeDialogs(open_path=bad))
    assert not actions_of(built).import_file()
    assert dialogs.previewed == []
    assert len(dialogs.told) == 1 and "nothing was changed" in dialogs.told[0]
    assert parts_of(built).plans.plan == sample_plan()
    assert PlanRepo(built.db).active(built.profile.profile.id)[0] == sample_plan()  # type: ignore[index]
    close(built)


def test_a_no_holds_profile_refuses_a_plan_with_holds_and_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make(qtbot, tmp_path / "data")
    built.profile.set_no_holds(True)
    box = plan_of(PlanItem(ItemKind.BREATHING, "box"), name="Box", phase="Square")
    path = tmp_path / "box.breathplan"
    write_plan_file(path, box)
    dialogs = with_menu(built, FakeDialogs(open_path=path))
    assert not actions_of(built).import_file()
    assert len(dialogs.told) == 1
    assert "4-4-4-4 has breath holds" in dialogs.told[0]
    assert "no breath holds" in dialogs.told[0]
    assert not PlanRepo(built.db).has_active(built.profile.profile.id)
    close(built)


def test_the_big_start_breathes_the_next_item_and_its_row_is_ticked_after(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = ManualClock()
    built = make(qtbot, tmp_path / "data", clock)
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
    close(built)


def test_the_big_start_plays_a_relaxation_item(qtbot: QtBot, tmp_path: Path) -> None:
    built = make(qtbot, tmp_path / "data")
    item = PlanItem(ItemKind.RELAXATION, "breathing-space")
    import_plan(built, tmp_path, plan_of(item, name="Rest", phase="Rest"))
    built.window.show_page(TODAY_PAGE)
    built.window.today_view.start_button.click()
    assert built.relax.state.is_live and built.session.state is SessionState.READY
    player = built.relax.player
    assert player is not None and player.script.id == "breathing-space"
    assert built.window.pages.currentWidget() is built.window.relax_view
    built.relax.stop()
    close(built)


def test_the_movement_tick_is_stored_for_today(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    built = make(qtbot, data)
    built.window.show_page(TODAY_PAGE)
    built.window.today_view.move_toggle.click()
    day = built.today()
    assert MovementRepo(built.db).days(built.profile.profile.id, day, day) == [day]
    close(built)
    again = make(qtbot, data)
    again.window.show_page(TODAY_PAGE)
    assert again.window.today_view.move_toggle.isChecked()
    again.window.today_view.move_toggle.click()
    assert MovementRepo(again.db).days(again.profile.profile.id, day, day) == []
    close(again)


def test_start_today_without_a_plan_breathes_and_with_one_starts_the_next_item(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make(qtbot, tmp_path / "data")
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
    close(built)


def test_export_move_on_and_remove_from_the_plan_menu(qtbot: QtBot, tmp_path: Path) -> None:
    built = make(qtbot, tmp_path / "data")
    import_plan(built, tmp_path, sample_plan())
    target = tmp_path / "out" / "for Els"
    target.parent.mkdir()
    dialogs = with_menu(built, FakeDialogs(save_path=target))
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
    close(built)


def test_the_plan_menu_rests_while_a_session_runs(qtbot: QtBot, tmp_path: Path) -> None:
    built = make(qtbot, tmp_path / "data")
    actions = actions_of(built)
    assert actions.edit_action.isEnabled()
    built.window.guide.start()
    assert not actions.edit_action.isEnabled() and not actions.import_action.isEnabled()
    built.session.stop()
    assert actions.edit_action.isEnabled()
    close(built)


def test_a_demonstration_becomes_a_plan_in_one_step(qtbot: QtBot, tmp_path: Path) -> None:
    built = make(qtbot, tmp_path / "data")
    dialogs = with_menu(built, FakeDialogs())
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
    close(built)


def test_replacing_a_plan_from_a_demonstration_is_asked_before_any_editing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make(qtbot, tmp_path / "data")
    dialogs = with_menu(built, FakeDialogs())
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
    close(built)


def test_the_make_a_plan_button_sits_with_what_was_shown(qtbot: QtBot) -> None:
    calm, _ = resolve("calm")
    shown = (Shown(calm, 120.0),)
    now = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    record = SessionRecord(
        now, now, 120.0, "4-0-6-0", "calm", 6.0, None, 12, SessionStatus.STOPPED,
        LengthKind.MINUTES, 5.0, shown=shown,
    )  # fmt: skip
    panel = SummaryPanel()
    qtbot.addWidget(panel)
    panel.show_record(record)
    assert panel.shown is not None
    assert panel.shown.plan_button.text() == "Make a plan from this…"
    with qtbot.waitSignal(panel.plan_requested) as asked:
        panel.shown.plan_button.click()
    assert asked.args == [shown]


def test_breathe_stays_the_page_numbers_it_was(qtbot: QtBot, tmp_path: Path) -> None:
    built = make(qtbot, tmp_path / "data")
    built.window.show_page(TODAY_PAGE)
    built.window.show_page(BREATHE_PAGE)
    assert built.window.pages.currentIndex() == BREATHE_PAGE
    assert built.window.breathe_button.isChecked()
    close(built)


def test_a_plan_session_has_the_check_in_and_once_more_repeats_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make(qtbot, tmp_path / "data")
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
    close(built)


def test_editing_the_plan_keeps_where_the_patient_stands(qtbot: QtBot, tmp_path: Path) -> None:
    built = make(qtbot, tmp_path / "data")
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
    close(built)
