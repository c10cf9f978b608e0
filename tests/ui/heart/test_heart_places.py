# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the heart shows: beside the guide ("Show my heart"), and in presentation mode under
the guide or filling its screen, as the therapist chooses. The session needs no sensor."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from breathapp.core.heart.link import LinkState
from breathapp.core.session import SessionState
from breathapp.ui.common.theme import HIGH_CONTRAST, LIGHT
from breathapp.ui.guide.therapist_panel import TherapistPanel
from breathapp.ui.heart.breath_track import BreathTrack
from breathapp.ui.heart.heart_panel import HeartPanel
from breathapp.ui.heart.heart_place import HeartBox, Place, place_beside
from breathapp.ui.heart.heart_present import PresentedHeart
from tests.builders.heart_live import FakeHeart
from tests.builders.room import LARGE_TEXT_WINDOW, cut_off
from tests.ui.conftest import Ui


def _beside(ui: Ui, heart: FakeHeart) -> HeartBox:
    track = BreathTrack(ui.session, ui.clock)
    box = HeartBox(heart, HeartPanel(heart, track, ui.clock, LIGHT))
    place_beside(ui.guide.canvas, box)
    return box


def test_the_heart_shows_beside_the_guide_only_with_a_source(ui: Ui) -> None:
    heart = FakeHeart(LinkState.OFF)
    box = _beside(ui, heart)
    ui.prefs.update(check_in=False, settle_in=False)
    ui.guide.start()
    QApplication.processEvents()
    assert not box.isVisible()  # no strap: the guide alone, the session goes on
    heart.set_link(LinkState.CONNECTED)
    QApplication.processEvents()
    assert box.isVisible() and box.panel.isVisible()
    # The guide keeps its size: its circle is as large as the page's height allows.
    canvas = ui.guide.canvas
    assert canvas.width() >= canvas.height() and canvas.width() >= box.width()
    box.toggle.click()  # "Show my heart" off: only the toggle stays
    assert not box.panel.isVisible() and box.toggle.isVisible()
    assert not box.shown
    heart.set_link(LinkState.LOST)
    ui.tick(5.0)
    assert ui.session.state is SessionState.RUNNING


def test_beside_the_guide_large_text_fits(ui: Ui) -> None:
    heart = FakeHeart(LinkState.CONNECTED)
    _beside(ui, heart)
    ui.prefs.update(check_in=False, settle_in=False)
    ui.guide.start()
    ui.window.resize(*LARGE_TEXT_WINDOW)
    QApplication.processEvents()
    assert cut_off(ui.guide) == []


def test_in_presentation_under_the_guide_or_filling_its_screen(ui: Ui) -> None:
    heart = FakeHeart(LinkState.CONNECTED)
    track = BreathTrack(ui.session, ui.clock)
    ui.prefs.update(check_in=False, settle_in=False)
    ui.guide.present()
    presentation = ui.guide.presentation
    assert presentation is not None
    shown = PresentedHeart(presentation, heart, track, ui.clock)
    window = presentation.window
    QApplication.processEvents()
    assert shown.panel.isVisible() and window.canvas.isVisible()
    assert shown.panel.big_text
    assert window.canvas.y() < shown.panel.y()  # under the guide
    shown.set_place(Place.FILL)
    assert shown.panel.isVisible() and not window.canvas.isVisible()
    shown.set_wanted(False)  # "Show my heart" off, or the strap stopped: the guide again
    assert not shown.panel.isVisible() and window.canvas.isVisible()
    presentation.close()


def test_the_therapist_chooses_the_place_on_the_panel(ui: Ui) -> None:
    heart = FakeHeart(LinkState.CONNECTED)
    track = BreathTrack(ui.session, ui.clock)
    ui.prefs.update(check_in=False, settle_in=False)
    ui.guide.present()
    presentation = ui.guide.presentation
    assert presentation is not None
    # One screen here: the panel the app makes with a second screen, made by hand.
    presentation.panel = TherapistPanel(ui.session, presentation.controls, lambda _n: None)
    shown = PresentedHeart(presentation, heart, track, ui.clock)
    choice = shown.choice
    assert choice is not None and choice.parentWidget() is not None
    assert choice.currentData() is Place.UNDER
    choice.setCurrentIndex(1)
    choice.activated.emit(1)
    assert shown.place is Place.FILL and not presentation.window.canvas.isVisible()
    presentation.panel.close()
    presentation.close()


def test_high_contrast_on_the_guide_s_screen_reaches_the_curve(ui: Ui) -> None:
    heart = FakeHeart(LinkState.CONNECTED)
    track = BreathTrack(ui.session, ui.clock)
    ui.prefs.update(check_in=False, settle_in=False)
    ui.guide.present()
    presentation = ui.guide.presentation
    assert presentation is not None
    shown = PresentedHeart(presentation, heart, track, ui.clock)
    presentation.controls.set_high_contrast(True)
    assert shown.panel.curve._theme == HIGH_CONTRAST
    presentation.close()
