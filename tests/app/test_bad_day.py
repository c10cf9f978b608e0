# SPDX-License-Identifier: GPL-3.0-or-later
"""A bad day in the whole app: the Breathe page's button, the flow, the 7-or-more offer
in both check-ins, and the notes for the therapist after a session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathapp.app import profiles as app_profiles
from breathapp.app.built import Built
from breathapp.app.flare import flare_of, flow_of, open_bad_day
from breathapp.controllers.profiles_controller import Entry, Outcome, ProfilesController
from breathapp.core.flare import FLARE_UP_SCRIPT_ID
from breathapp.core.profiles import ProfileChoice
from breathapp.core.session import SessionState
from breathapp.storage.flare_repo import NoteRepo
from breathapp.ui.shell.main_window import BREATHE_PAGE, RELAX_PAGE, TODAY_PAGE
from tests.builders.app import close_app, import_plan, make_app, never_told
from tests.builders.plans import sample_plan
from tests.builders.profiles import profiles_in

SAFE = {"safety_notice_seen": True}


def _app(qtbot: QtBot, tmp_path: Path, check_in: bool = True) -> Built:
    built = make_app(qtbot, tmp_path / "data", prefs={**SAFE, "check_in": check_in}, shown=True)
    built.profile.set_ask_pain(True)  # the check-ins ask about pain too
    return built


def _rate(built: Built, *answers: int | None) -> None:
    """Answer the check-in shown on the current page, one rating after another."""
    page = built.window.pages.currentWidget()
    checkin = built.window.guide.checkin if page is built.window.guide else page.checkin
    for value in answers:
        if value is None:
            checkin.rating.skip()
        else:
            checkin.rating.buttons.button(value).click()


def test_the_breathe_page_button_opens_the_flow_which_records_the_day_and_its_session(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = _app(qtbot, tmp_path)
    window = built.window
    window.show_page(BREATHE_PAGE)
    button = window.guide.setup_bar.bad_day_button
    assert button.isVisible() and button.accessibleName() == "I'm having a bad day"
    button.click()
    flow = flow_of(built)
    assert window.pages.currentWidget() is window.relax_view
    assert window.relax_view.pages.currentWidget() is flow
    assert flow.start_page.isVisible()
    flow.start_page.rating.buttons.button(8).click()  # the optional pain rating
    assert built.relax.state.is_live
    player = built.relax.player
    assert player is not None and player.script.id == FLARE_UP_SCRIPT_ID
    built.relax.stop()  # left early: its minutes still count
    assert window.relax_view.pages.currentWidget() is flow and flow.on_end
    end = flow.end_page
    assert "Flare-ups of back pain are common" in end.reassurance.text()
    assert "Seek care at once" in end.seek_title.text()
    days = flare_of(built).bad_days()
    assert len(days) == 1
    assert days[0].pain_before == 8
    assert days[0].session_id is not None and days[0].session_id == built.relax.last_session_id
    end.note.setPlainText("Breathing out slowly helped. Lying down was hard.")
    end.save_button.click()
    notes = flare_of(built).notes()
    assert [(n.text, n.for_therapist, n.bad_day_id) for n in notes] == [
        ("Breathing out slowly helped. Lying down was hard.", True, days[0].id)
    ]
    assert not end.note.isEnabled()
    end.close_button.click()
    assert window.relax_view.pages.currentWidget() is window.relax_view.list
    assert built.relax.state is SessionState.READY
    close_app(built)


def test_the_closing_page_shows_the_plans_advice_and_contact_card(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = _app(qtbot, tmp_path)
    plan = sample_plan()
    from dataclasses import replace

    import_plan(built, tmp_path, replace(plan, flare_up_advice="Walk a few minutes each hour."))
    open_bad_day(built)
    flow = flow_of(built)
    flow.start_page.rating.skip()  # no rating: the session begins all the same
    built.relax.stop()
    end = flow.end_page
    assert end.advice_card.isVisibleTo(flow) and end.advice.text() == (
        "Walk a few minutes each hour."
    )
    assert end.contact.isVisibleTo(flow) == (not end.contact.is_empty())
    assert flare_of(built).bad_days()[0].pain_before is None
    close_app(built)


def test_a_long_note_is_refused_with_a_kind_line(qtbot: QtBot, tmp_path: Path) -> None:
    built = _app(qtbot, tmp_path)
    open_bad_day(built)
    flow = flow_of(built)
    flow.start_page.rating.skip()
    built.relax.stop()
    end = flow.end_page
    end.note.setPlainText("a" * 1001)
    end.save_button.click()
    assert flare_of(built).notes() == []
    assert end.note_line.isVisibleTo(flow)
    assert "under 1000 characters" in end.note_line.text()
    close_app(built)


def test_esc_leaves_the_flow_before_the_session_and_records_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = _app(qtbot, tmp_path)
    open_bad_day(built)
    view = built.window.relax_view
    built.window.stop_action.trigger()  # Esc
    assert view.pages.currentWidget() is view.list
    assert flare_of(built).bad_days() == []
    assert not built.relax.state.is_live
    close_app(built)


def test_pain_7_before_a_breathing_session_offers_the_flare_up_session(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = _app(qtbot, tmp_path)
    guide = built.window.guide
    guide.start()
    _rate(built, 5, 7)
    checkin = guide.checkin
    assert checkin.on_offer and checkin.offer.isVisible()
    assert not built.session.state.is_live  # nothing starts behind the offer
    checkin.offer.flare_up_button.click()  # one tap
    assert built.window.pages.currentWidget() is built.window.relax_view
    assert built.relax.state.is_live
    assert built.relax.player is not None
    assert built.relax.player.script.id == FLARE_UP_SCRIPT_ID
    built.relax.stop()
    assert flare_of(built).bad_days()[0].pain_before == 7
    close_app(built)


def test_pain_6_starts_the_planned_session_without_an_offer(qtbot: QtBot, tmp_path: Path) -> None:
    built = _app(qtbot, tmp_path)
    built.window.guide.start()
    _rate(built, 5, 6)
    assert not built.window.guide.checkin.on_offer
    assert built.session.state.is_live
    close_app(built)


def test_one_tap_keeps_the_planned_session(qtbot: QtBot, tmp_path: Path) -> None:
    built = _app(qtbot, tmp_path)
    built.window.guide.start()
    _rate(built, None, 9)
    built.window.guide.checkin.offer.keep_button.click()
    assert built.session.state.is_live
    assert built.window.pages.currentWidget() is built.window.guide
    assert flare_of(built).bad_days() == []
    close_app(built)


def test_pain_7_before_a_relaxation_offers_it_too_and_keeping_starts_the_chosen_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = _app(qtbot, tmp_path)
    built.window.show_page(RELAX_PAGE)
    view = built.window.relax_view
    script = built.relax.script("body-scan")
    assert script is not None
    view.choose(script)
    _rate(built, 4, 10)
    assert view.checkin.on_offer
    view.checkin.offer.keep_button.click()
    assert built.relax.player is not None and built.relax.player.script.id == "body-scan"
    close_app(built)


def test_the_note_after_a_session_goes_to_the_therapist_unless_kept_private(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = _app(qtbot, tmp_path)
    guide = built.window.guide
    for private, text in ((False, "My shoulders dropped."), (True, "Only for me.")):
        guide.start()
        _rate(built, 5, 3)
        built.session.stop()
        _rate(built, 4, 3)
        note = guide.checkin.note
        assert note.isVisible() and not note.private  # for the therapist by default
        note.edit.setPlainText(text)
        if private:
            note.private_check.click()
        qtbot.keyClick(note.edit, Qt.Key.Key_Return)
        guide.summary.done_button.click()
    notes = NoteRepo(built.db).list(built.profile.profile.id)
    assert [(n.text, n.for_therapist) for n in notes] == [
        ("My shoulders dropped.", True),
        ("Only for me.", False),
    ]
    assert all(n.session_id is not None for n in notes)
    assert notes[0].session_id != notes[1].session_id
    close_app(built)


def test_a_note_over_1000_characters_is_refused_after_a_session(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = _app(qtbot, tmp_path)
    guide = built.window.guide
    guide.start()
    _rate(built, None, None)
    built.session.stop()
    _rate(built, None, None)
    note = guide.checkin.note
    note.edit.setPlainText("x" * 1001)
    note.save_button.click()
    assert guide.checkin.on_note and note.too_long.isVisible()
    assert "under 1000 characters" in note.too_long.text()
    assert flare_of(built).notes() == []
    QApplication.processEvents()
    close_app(built)


def test_each_window_has_its_profiles_controller_and_a_pin_profiles_notes_stay_sealed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = profiles_in(tmp_path, "Anna", "Bert", pins={"Anna": "2580", "Bert": "1357"})

    def pick(profiles: ProfilesController, only: Entry | None) -> ProfileChoice:
        assert profiles.open(ids["Bert"], "1357").outcome is Outcome.OPEN
        return ProfileChoice(ids["Bert"])

    monkeypatch.setattr(app_profiles, "pick", pick)
    bert = make_app(qtbot, tmp_path, never_told, prefs=SAFE, shown=True)
    flare = flare_of(bert)
    assert flare_of(bert) is flare  # made once per window
    open_bad_day(bert)
    flow_of(bert).start_page.rating.buttons.button(7).click()
    bert.relax.stop()
    flow_of(bert).end_page.note.setPlainText("Bert-sealed-note: walking helped")
    flow_of(bert).end_page.save_button.click()
    assert [n.text for n in flare.notes()] == ["Bert-sealed-note: walking helped"]
    assert flare.bad_days()[0].pain_before == 7
    close_app(bert)
    assert b"Bert-sealed-note" not in (tmp_path / "breathapp.db").read_bytes()

    def pick_anna(profiles: ProfilesController, only: Entry | None) -> ProfileChoice:
        assert profiles.open(ids["Anna"], "2580").outcome is Outcome.OPEN
        return ProfileChoice(ids["Anna"])

    monkeypatch.setattr(app_profiles, "pick", pick_anna)
    anna = make_app(qtbot, tmp_path, never_told, prefs=SAFE)
    assert anna.profile.profile.name == "Anna"
    assert flare_of(anna) is not flare  # a new window: a new controller, for Anna
    assert flare_of(anna).notes() == [] and flare_of(anna).bad_days() == []
    close_app(anna)


def test_the_offer_answers_the_keyboard_enter_takes_the_focused_choice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = _app(qtbot, tmp_path)
    window, guide = built.window, built.window.guide
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    guide.start()
    _rate(built, 3, 8)
    offer = guide.checkin.offer
    assert offer.flare_up_button.hasFocus()  # the offer first; Tab reaches the other
    qtbot.keyClick(offer.flare_up_button, Qt.Key.Key_Tab)
    assert offer.keep_button.hasFocus()
    guide.primary_action()  # Space or Enter
    assert built.session.state.is_live  # the planned session, kept
    close_app(built)


def test_todays_bad_day_button_opens_the_same_flow_and_today_asks_about_contact(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = _app(qtbot, tmp_path)
    import_plan(built, tmp_path, sample_plan())  # the Plan menu: after the first paint
    window = built.window
    window.show_page(TODAY_PAGE)
    today = window.today_view
    assert today is not None
    assert today._suggestion.flare is flare_of(built)  # the suggestion asks this profile's
    today.bad_day_button.click()
    flow = flow_of(built)
    assert window.pages.currentWidget() is window.relax_view
    assert window.relax_view.pages.currentWidget() is flow and flow.start_page.isVisible()
    close_app(built)
