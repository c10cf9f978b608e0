# SPDX-License-Identifier: GPL-3.0-or-later
"""The app with some practice and a plan, and a walk through every screen in each state."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from breathapp.app.built import Built
from breathapp.core.flare import ContactReason
from breathapp.core.session import SessionState
from breathapp.ui.shell.main_window import (
    BREATHE_PAGE,
    HISTORY_PAGE,
    RELAX_PAGE,
    SETTINGS_PAGE,
    TODAY_PAGE,
)
from tests.builders.app import import_plan, make_app
from tests.builders.plans import sample_plan
from tests.builders.sessions import put_session


def app_with_practice(qtbot: QtBot, folder: Path, language: str = "en") -> Built:
    """The app shown, with ten days of practice, a plan and a reminder."""
    prefs = {"safety_notice_seen": True}
    built = make_app(qtbot, folder, prefs=prefs, shown=True, language=language)
    for days_ago in range(10):
        day = date.today() - timedelta(days=days_ago)
        put_session(built.db, day, 10, tension=(6, 4))
    import_plan(built, folder, sample_plan())
    built.prefs.update(reminders_on=True, reminder_times=("08:30",))
    return built


def every_screen(built: Built) -> Iterator[tuple[str, QWidget]]:
    """The window on each screen in turn: a session from check-in to summary, each page."""
    window = built.window
    guide = window.guide
    window.show_page(BREATHE_PAGE)
    yield "breathe", window
    guide.setup_bar.more_button.click()  # what the start screen keeps under More
    yield "breathe, more", window
    built.prefs.update(check_in=True)
    guide.start()
    yield "check-in", window
    guide.checkin.skip_all()
    yield "settling in", window
    built.session.skip_settle()
    assert built.session.state is SessionState.RUNNING
    yield "running session", window
    built.session.toggle_pause()
    yield "paused session", window
    built.session.stop()
    yield "check-in after", window
    guide.checkin.rating.skip()
    yield "note after", window
    guide.checkin.skip_all()
    assert guide.pages.currentWidget() is guide.summary
    yield "summary", window
    guide.summary.done_button.click()
    for name, page in (
        ("today", TODAY_PAGE),
        ("relax", RELAX_PAGE),
        ("history", HISTORY_PAGE),
        ("settings", SETTINGS_PAGE),
    ):
        window.show_page(page)
        yield name, window
    window.show_page(TODAY_PAGE)  # issue 16: the contact suggestion, minutes and Other…
    today = window.today_view
    today.show_suggestion(ContactReason.HIGH_DAYS)
    today.movement.show_day(25, goal=15, activity="walking, or cycling on the home trainer")
    today.movement.choices.buttons()[-1].click()
    yield "today, suggestion and minutes", window
    today.show_suggestion(None)
    window.show_page(HISTORY_PAGE)
    window.history_view.tabs.setCurrentIndex(1)
    yield "sessions list", window
    window.show_page(RELAX_PAGE)
    script = built.relax.script("body-scan")
    assert script is not None
    window.relax_view.choose(script)
    yield "relaxation check-in", window
    window.relax_view.checkin.skip_all()
    assert built.relax.state.is_live
    yield "relaxation playing", window
    built.relax.stop()
    window.relax_view.checkin.skip_all()
    window.relax_view.checkin.skip_all()
    yield "relaxation summary", window
    yield from _bad_day_screens(built)
    yield from _heart_screens(built)


def _heart_screens(built: Built) -> Iterator[tuple[str, QWidget]]:
    """The heart beside a running session, from a source in use (issue 17)."""
    from breathapp.app.heart_view import add_heart_ui
    from breathapp.core.heart.link import LinkState
    from tests.builders.heart_live import FakeHeart, beats_following, wave

    window = built.window
    window.show_page(BREATHE_PAGE)
    heart = FakeHeart(LinkState.OFF)
    actions = add_heart_ui(built, lambda: heart)
    actions.show_heart(heart)
    heart.set_link(LinkState.CONNECTED)
    built.prefs.update(check_in=False, settle_in=False)
    window.guide.start()
    QApplication.processEvents()
    assert built.session.state is SessionState.RUNNING
    now = built.clock.monotonic()
    heart.add(beats_following(wave(66.0, 9.0, 10.0, now - 60.0), now - 60.0, now))
    assert actions.box is not None and actions.box.isVisible()  # "Show my heart" and the curve
    yield "running session with the heart", window
    built.session.stop()


def _bad_day_screens(built: Built) -> Iterator[tuple[str, QWidget]]:
    """The bad-day flow from the Breathe page's button, and the 7-or-more offer."""
    from breathapp.app.flare import flow_of

    window = built.window
    window.show_page(BREATHE_PAGE)
    window.guide.setup_bar.bad_day_button.click()
    flow = flow_of(built)
    yield "bad day", window
    flow.start_page.rating.buttons.button(8).click()
    assert built.relax.state.is_live
    yield "bad-day session", window
    built.relax.stop()
    assert flow.on_end
    yield "bad day, closing", window
    flow.end_page.close_button.click()
    built.profile.set_ask_pain(True)
    window.show_page(BREATHE_PAGE)
    window.guide.start()
    window.guide.checkin.rating.skip()
    window.guide.checkin.rating.buttons.button(7).click()
    assert window.guide.checkin.on_offer
    yield "pain 7 or more: the offer", window
    window.guide.escape()
