# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan editor: every field round-trips, the preview follows, a broken plan cannot be saved."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from breathapp.core.live_pace import Shown
from breathapp.core.patterns import resolve
from breathapp.core.plans import Advance, ItemKind, Per, plan_from_demo
from breathapp.core.profiles import Profile
from breathapp.core.relaxation import Script
from breathapp.storage.relaxation_files import load_library
from breathapp.ui.plan.plan_about_form import parse_times
from breathapp.ui.plan.plan_editor import PlanEditor
from breathapp.ui.plan.plan_import import ImportPreview
from breathapp.ui.plan.plan_item_editor import OWN_PATTERN
from tests.builders.plans import TODAY, format_two_plan, sample_plan

RELAXATION = Path(__file__).resolve().parents[3] / "assets" / "relaxation"


def scripts() -> tuple[Script, ...]:
    return load_library(RELAXATION, "en").scripts


def make(qtbot: QtBot, plan=None, profile=None, ask=None) -> PlanEditor:  # type: ignore[no-untyped-def]
    editor = PlanEditor(plan or sample_plan(), profile or Profile(1, ""), scripts(), TODAY, ask)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_an_untouched_plan_comes_back_exactly_and_can_be_saved(qtbot: QtBot) -> None:
    editor = make(qtbot)
    assert editor.plan == sample_plan()
    assert editor.problem is None and editor.save_button.isEnabled()
    assert editor.phase_list.count() == 3
    assert editor.phase_list.item(1).text() == "2. Build up\nWhen the therapist says"


def test_the_preview_follows_the_edits(qtbot: QtBot) -> None:
    editor = make(qtbot)
    preview = editor.preview
    assert preview.phase_title.text() == "Calm and loosen"
    assert preview.phase_where.text() == "Phase 1 of 3  ·  day 1 of 14"
    editor.phase_form.name_edit.setText("Gently")
    assert preview.phase_title.text() == "Gently"
    assert editor.phase_list.item(0).text().startswith("1. Gently")
    editor.phase_form.days_spin.setValue(10)
    assert preview.phase_where.text() == "Phase 1 of 3  ·  day 1 of 10"
    editor.phase_form.add_item()
    assert len(preview.rows) == 3
    first = editor.phase_form.items[0]
    first.minutes_spin.setValue(8)
    assert preview.rows[0].details.text().startswith("8\u00a0min")
    editor.phase_list.setCurrentRow(1)
    assert preview.phase_title.text() == "Build up"
    assert preview.phase_where.text() == "Phase 2 of 3  ·  day 1"
    assert "when your therapist says so" in preview.phase_next.text()
    assert editor.plan.phases[0].days == 10 and len(editor.plan.phases[0].items) == 3


def test_a_session_can_become_a_relaxation_and_its_length_is_its_own(qtbot: QtBot) -> None:
    editor = make(qtbot)
    item = editor.phase_form.items[0]
    item.kind_combo.setCurrentIndex(item.kind_combo.findData(ItemKind.RELAXATION))
    item.script_combo.setCurrentIndex(item.script_combo.findData("pmr-short"))
    item.per_combo.setCurrentIndex(item.per_combo.findData(Per.WEEK))
    item.times_spin.setValue(4)
    changed = editor.plan.phases[0].items[0]
    assert (changed.kind, changed.what, changed.times, changed.per) == (
        ItemKind.RELAXATION,
        "pmr-short",
        4,
        Per.WEEK,
    )
    assert item.script_length.isVisibleTo(item) and not item.minutes_spin.isVisibleTo(item)
    pmr = next(s for s in scripts() if s.id == "pmr-short")
    assert item.script_length.text() == f"{pmr.minutes} min, its own length"
    assert editor.preview.rows[0].title.text() == pmr.title


def test_an_own_pattern_with_a_ramp(qtbot: QtBot) -> None:
    editor = make(qtbot)
    item = editor.phase_form.items[0]
    item.pattern_combo.setCurrentIndex(item.pattern_combo.findData(OWN_PATTERN))
    assert item.own_text.isVisibleTo(item)
    item.own_text.setText("4-1-7-0")
    item.ramp_check.setChecked(True)
    item.ramp_from.setValue(9)
    item.ramp_minutes.setValue(2)
    changed = editor.plan.phases[0].items[0]
    assert (changed.what, changed.ramp_start_bpm, changed.ramp_minutes) == ("4-1-7-0", 9, 2)
    assert editor.problem is None
    assert editor.preview.rows[0].title.text() == "Your own pattern 4-1-7-0"


def test_a_broken_plan_says_why_and_cannot_be_saved(qtbot: QtBot) -> None:
    editor = make(qtbot)
    editor.title_edit.setText("  ")
    assert editor.problem is not None and editor.problem_label.isVisible()
    assert not editor.save_button.isEnabled()
    editor.accept()
    assert editor.result() == 0  # still open
    editor.title_edit.setText("Calm back")
    assert editor.problem is None and editor.save_button.isEnabled()
    editor.about.times_edit.setText("8.30")
    assert editor.problem is not None and not editor.save_button.isEnabled()
    editor.about.times_edit.setText("08:30, 20:00")
    assert editor.plan.reminder_times == ("08:30", "20:00")
    item = editor.phase_form.items[0]
    item.pattern_combo.setCurrentIndex(item.pattern_combo.findData(OWN_PATTERN))
    item.own_text.setText("4-x-6")
    assert editor.problem is not None and not editor.save_button.isEnabled()


def test_a_no_holds_profile_is_not_offered_holds_and_a_typed_hold_is_refused(
    qtbot: QtBot,
) -> None:
    editor = make(qtbot, profile=Profile(1, "", no_holds=True))
    item = editor.phase_form.items[0]
    offered = [item.pattern_combo.itemData(i) for i in range(item.pattern_combo.count())]
    assert "box" not in offered and "4-7-8" not in offered and "calm" in offered
    assert not any(resolve(p)[0].has_holds for p in offered if p != OWN_PATTERN)
    item.pattern_combo.setCurrentIndex(item.pattern_combo.findData(OWN_PATTERN))
    item.own_text.setText("4-4-4-4")
    assert editor.problem is not None
    assert "4-4-4-4 has breath holds" in editor.problem
    assert "Choose a pattern without holds" in editor.problem
    assert not editor.save_button.isEnabled()


def test_a_plan_with_holds_opened_for_a_no_holds_profile_shows_the_pattern_and_why(
    qtbot: QtBot,
) -> None:
    plan = sample_plan()
    box = plan.phases[0].items[0].__class__(ItemKind.BREATHING, "box")
    phases = (plan.phases[0].__class__("Box", (box,)), *plan.phases[1:])
    editor = make(qtbot, plan.__class__("Box plan", phases), Profile(1, "", no_holds=True))
    item = editor.phase_form.items[0]
    assert item.pattern_combo.currentData() == OWN_PATTERN
    assert item.own_text.text() == "4-4-4-4"
    assert editor.problem is not None and not editor.save_button.isEnabled()


def test_phases_are_added_moved_and_removed(qtbot: QtBot) -> None:
    editor = make(qtbot)
    names = lambda: [p.name for p in editor.plan.phases]  # noqa: E731
    editor.phase_list.setCurrentRow(2)
    editor.up_button.click()
    assert names() == ["Calm and loosen", "Keep it going", "Build up"]
    assert editor.phase_list.currentRow() == 1
    editor.down_button.click()
    assert names() == ["Calm and loosen", "Build up", "Keep it going"]
    editor.add_phase_button.click()
    assert len(editor.plan.phases) == 4 and editor.phase_list.currentRow() == 3
    assert editor.plan.phases[3].items == editor.plan.phases[2].items  # a start to edit from
    editor.remove_phase_button.click()
    editor.phase_list.setCurrentRow(0)
    editor.remove_phase_button.click()
    editor.remove_phase_button.click()
    assert names() == ["Keep it going"]
    assert not editor.remove_phase_button.isEnabled()  # a plan keeps at least one phase


def test_the_advance_rule_is_edited(qtbot: QtBot) -> None:
    editor = make(qtbot)
    editor.phase_form.therapist.setChecked(True)
    assert editor.plan.phases[0].advance is Advance.THERAPIST
    assert not editor.phase_form.days_spin.isEnabled()
    assert "When the therapist says" in editor.phase_list.item(0).text()


def test_message_and_contact_are_edited(qtbot: QtBot) -> None:
    editor = make(qtbot)
    editor.about.message_edit.setPlainText("Slowly does it.")
    editor.about.contact_edits[2].setText("0470 00 00 00")
    assert editor.plan.message == "Slowly does it."
    assert editor.plan.contact.phone == "0470 00 00 00"
    assert editor.preview.message.text() == "Slowly does it."


def test_cancel_after_changes_asks_first(qtbot: QtBot) -> None:
    asked: list[str] = []
    answer = [False]

    def ask(title: str, _question: str) -> bool:
        asked.append(title)
        return answer[0]

    editor = make(qtbot, ask=ask)
    editor.reject()
    assert asked == [] and not editor.isVisible()  # nothing changed: no question
    editor = make(qtbot, ask=ask)
    editor.title_edit.setText("Another title")
    editor.reject()
    assert asked == ["Leave without saving?"] and editor.isVisible()
    answer[0] = True
    editor.reject()
    assert not editor.isVisible()


def test_a_plan_from_a_demonstration_fills_the_editor(qtbot: QtBot) -> None:
    calm, _ = resolve("calm")
    own, _ = resolve("4-1-7-0")
    shown = (Shown(calm, 310.0), Shown(own, 125.0))
    editor = make(qtbot, plan_from_demo(shown, "From the demonstration"))
    assert editor.title_edit.text() == "From the demonstration"
    items = editor.plan.phases[0].items
    assert [(i.what, i.minutes) for i in items] == [("calm", 5.0), ("4-1-7-0", 2.0)]
    assert editor.phase_form.items[1].own_text.text() == "4-1-7-0"
    assert editor.phase_form.therapist.isChecked()
    assert editor.problem is None


def test_reminder_times_are_read_from_plain_text() -> None:
    assert parse_times(" 08:30,20:00 ") == ("08:30", "20:00")
    assert parse_times("07:00 12:15; 21:00") == ("07:00", "12:15", "21:00")
    assert parse_times("") == ()


def test_the_import_preview_shows_every_phase_session_message_and_contact(
    qtbot: QtBot,
) -> None:
    lookup = {s.id: s for s in scripts()}.get
    preview = ImportPreview(sample_plan(), lookup, replacing=True)
    qtbot.addWidget(preview)
    preview.show()
    from PySide6.QtWidgets import QLabel

    text = "\n".join(label.text() for label in preview.findChildren(QLabel))
    for expected in (
        "Calm back, step by step",
        "1. Calm and loosen",
        "2. Build up",
        "3. Keep it going",
        "Calm belly breathing 4-6  ·  5\u00a0min  ·  twice a day",
        "Body scan",
        "Take your time, Els.",
        "016 12 34 56",
        "08:30, 20:00",
        "This phase lasts until your therapist moves you on.",
    ):
        assert expected in text, expected
    assert preview.replacing.isVisible()
    preview.accept_button.click()
    assert preview.result() == 1


def test_enter_in_a_field_keeps_the_editor_open_and_ctrl_enter_saves(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    editor = make(qtbot)
    for field in (editor.title_edit, editor.phase_form.name_edit):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert editor.isVisible()  # half a plan is never saved by a stray Enter
    editor.activateWindow()  # shortcuts work in the active window; activation is asynchronous
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.title_edit.setFocus()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible() and editor.result() == 1


def test_tab_walks_the_fields_then_each_session_then_add(qtbot: QtBot) -> None:
    editor = make(qtbot)
    form = editor.phase_form
    form.add_item()  # made after the rest, still in its place in the walk
    assert form.note_edit.tabChangesFocus()  # Tab leaves the note
    chain, widget = [], form.days_spin
    for _ in range(400):
        widget = widget.nextInFocusChain()
        if widget is form.add_button:
            break
        chain.append(widget)
    assert widget is form.add_button
    firsts = [chain.index(item.kind_combo) for item in form.items]
    assert firsts == sorted(firsts) and len(firsts) == 3


def test_removing_a_phase_asks_first(qtbot: QtBot) -> None:
    asked: list[str] = []
    answer = [False]

    def ask(title: str, question: str) -> bool:
        asked.append(question)
        return answer[0]

    editor = make(qtbot, ask=ask)
    editor.phase_list.setCurrentRow(1)
    editor.remove_phase_button.click()
    assert asked == ["“Build up” and its sessions leave the plan."]
    assert len(editor.plan.phases) == 3
    answer[0] = True
    editor.remove_phase_button.click()
    assert [p.name for p in editor.plan.phases] == ["Calm and loosen", "Keep it going"]


def test_every_field_of_plan_format_two_comes_back_unchanged(qtbot: QtBot) -> None:
    plan = format_two_plan()
    editor = make(qtbot, plan)
    assert editor.plan == plan
    assert editor.problem is None and editor.save_button.isEnabled()
    form = editor.phase_form
    assert (form.movement_spin.value(), form.activity_edit.text()) == (10, "walking")
    editor.phase_list.setCurrentRow(2)
    assert (form.movement_spin.value(), form.activity_edit.text()) == (0, "")
    assert editor.about.flare_up_advice() == plan.flare_up_advice
    assert not editor.about.suggest_check.isChecked()


def test_the_format_two_fields_are_edited(qtbot: QtBot) -> None:
    editor = make(qtbot)
    assert editor.plan.phases[0].movement_minutes is None
    assert editor.about.suggest_check.isChecked()  # on by default
    form = editor.phase_form
    assert form.activity_edit.placeholderText() == "walking"
    form.movement_spin.setValue(15)
    form.activity_edit.setText("  swimming ")
    editor.phase_list.setCurrentRow(1)
    form.movement_spin.setValue(25)
    editor.phase_list.setCurrentRow(0)
    assert form.movement_spin.value() == 15
    form.movement_spin.setValue(0)  # no goal
    form.movement_spin.setValue(15)
    editor.about.advice_edit.setPlainText("  Rest a little, then walk a few minutes.  ")
    editor.about.suggest_check.setChecked(False)
    phases = editor.plan.phases
    assert (phases[0].movement_minutes, phases[0].movement_activity) == (15, "swimming")
    assert (phases[1].movement_minutes, phases[1].movement_activity) == (25, "")
    assert phases[2].movement_minutes is None
    assert editor.plan.flare_up_advice == "Rest a little, then walk a few minutes."
    assert editor.plan.suggest_contact is False
    form.movement_spin.setValue(0)
    assert editor.plan.phases[0].movement_minutes is None


def test_each_new_fields_limit_is_said_and_kept(qtbot: QtBot) -> None:
    from breathapp.core.plans import (
        FLARE_UP_ADVICE_MAX_CHARS,
        MOVEMENT_ACTIVITY_MAX_CHARS,
        MOVEMENT_GOAL_MAX_MINUTES,
    )

    editor = make(qtbot)
    form, about = editor.phase_form, editor.about
    assert (form.movement_spin.minimum(), form.movement_spin.maximum()) == (0, 180)
    assert MOVEMENT_GOAL_MAX_MINUTES == 180
    assert form.movement_spin.specialValueText() == "No goal"
    assert "180" in form.movement_hint.text()
    assert form.activity_edit.maxLength() == MOVEMENT_ACTIVITY_MAX_CHARS
    assert "60 characters" in form.activity_hint.text()
    assert "1000 characters" in about.advice_hint.text()
    # The advice is a free text box: core's check says when it is too long.
    about.advice_edit.setPlainText("x" * (FLARE_UP_ADVICE_MAX_CHARS + 1))
    assert editor.problem is not None and not editor.save_button.isEnabled()
    assert "at most 1000 characters" in editor.problem
    assert editor.problem.startswith("Advice for a bad day:")
    about.advice_edit.setPlainText("x" * FLARE_UP_ADVICE_MAX_CHARS)
    assert editor.problem is None and editor.save_button.isEnabled()


def test_tab_reaches_the_movement_goal_the_advice_and_the_suggestion(qtbot: QtBot) -> None:
    from breathapp.ui.plan.plan_phase_form import tab_stops

    editor = make(qtbot)
    form, about = editor.phase_form, editor.about
    stops = tab_stops(form)
    assert stops.index(form.days_spin) < stops.index(form.movement_spin)
    assert stops.index(form.movement_spin) < stops.index(form.activity_edit)
    assert stops.index(form.activity_edit) < stops.index(form.items[0].kind_combo)
    assert about.advice_edit.tabChangesFocus()
    about_stops = tab_stops(about)
    assert about.advice_edit in about_stops and about.suggest_check in about_stops
    for widget in (form.movement_spin, form.activity_edit, about.advice_edit, about.suggest_check):
        assert widget.accessibleName() or widget.text()  # type: ignore[attr-defined]


def preview_text(qtbot: QtBot, plan) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    lookup = {s.id: s for s in scripts()}.get
    preview = ImportPreview(plan, lookup)
    qtbot.addWidget(preview)
    return "\n".join(label.text() for label in preview.findChildren(QLabel))


def test_the_import_preview_shows_movement_goals_advice_and_the_suggestion(
    qtbot: QtBot,
) -> None:
    text = preview_text(qtbot, format_two_plan())
    assert "Movement each day: 10 minutes, walking" in text
    assert "Movement each day: 20 minutes, cycling" in text
    assert text.count("Movement each day") == 2  # the third phase sets no goal
    assert "On a bad day" in text
    assert "Lie down with your knees up.\nBreathe out slowly; it settles." in text
    assert (
        "BreathApp will not suggest contacting your therapist when the pain stays high "
        "or rises." in text
    )


def test_the_import_preview_of_a_plan_without_the_new_fields(qtbot: QtBot) -> None:
    from dataclasses import replace

    plan = replace(sample_plan(), phases=(replace(sample_plan().phases[0], movement_minutes=5),))
    text = preview_text(qtbot, plan)
    assert "Movement each day: 5 minutes\n" in text + "\n"
    assert "On a bad day" not in text
    assert (
        "If your pain stays high or rises, BreathApp will suggest contacting your therapist."
        in text
    )
