# SPDX-License-Identifier: GPL-3.0-or-later
"""The history's files from the window: report, backup, spreadsheet, import, practice files."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from benchmarks.history_data import fill
from breathapp.app.built import Built
from breathapp.controllers.history_controller import Period
from breathapp.core.clock import ManualClock
from breathapp.core.stats import monday_of
from breathapp.storage.movement_repo import MovementRepo
from breathapp.ui.history.file_actions import FileActions
from breathapp.ui.history.practice_file_window import PracticeFileWindow
from breathapp.ui.shell.main_window import HISTORY_PAGE
from tests.builders.app import Told, close_app, make_app

TODAY = ManualClock().now_utc().astimezone().date()  # the day the app's test clock says


class Dialogs:
    """Answers the file dialogs and records what the app says.

    ``save`` is one answer, given each time, or a list of answers given in turn.
    """

    def __init__(
        self,
        actions: FileActions,
        save: Path | list[Path] | None = None,
        open_: Path | None = None,
    ):
        self.told: list[str] = []
        self.asked: list[str] = []
        actions.ask_save = lambda title, _suggested, _kind: self._answer(title, save)
        actions.ask_open = lambda title, _folder, _kind: self._answer(title, open_)
        actions.tell = self.told.append
        actions.confirm = lambda _title, question: self.asked.append(question) or True

    def _answer(self, title: str, path: Path | list[Path] | None) -> str:
        self.asked.append(title)
        if isinstance(path, list):
            path = path.pop(0) if path else None
        return str(path) if path else ""


def opened(qtbot: QtBot, data: Path) -> tuple[Built, FileActions]:
    built = make_app(qtbot, data, Told())
    built.window.show()
    built.window.show_page(HISTORY_PAGE)
    assert built.file_actions is not None
    return built, built.file_actions


def rows(built: Built) -> int:
    return int(built.db.query("SELECT count(*) FROM sessions")[0][0])


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    fill(folder, 60, TODAY, per_day=2)
    return folder


def test_a_backup_and_a_spreadsheet_are_saved_whole(
    qtbot: QtBot, data: Path, tmp_path: Path
) -> None:
    built, actions = opened(qtbot, data)
    dialogs = Dialogs(actions, save=tmp_path / "backup.json")
    assert actions.save_export("json") == tmp_path / "backup.json"
    saved = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    assert saved["format"] == "breathapp-backup" and len(saved["sessions"]) == rows(built)
    assert dialogs.told == [f"{rows(built)} sessions are saved in:\n{tmp_path / 'backup.json'}"]
    Dialogs(actions, save=tmp_path / "sheet.csv")
    actions.save_export("csv")
    lines = (tmp_path / "sheet.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == rows(built) + 1 and lines[0].startswith("id,started_utc")
    close_app(built)


def test_cancelling_a_dialog_does_nothing(qtbot: QtBot, data: Path, tmp_path: Path) -> None:
    built, actions = opened(qtbot, data)
    dialogs = Dialogs(actions)
    assert actions.save_export("json") is None
    assert not actions.import_backup()
    assert dialogs.told == [] and list(tmp_path.glob("*.json")) == []
    close_app(built)


def test_the_report_of_the_period_shown_is_a_pdf(qtbot: QtBot, data: Path, tmp_path: Path) -> None:
    built, actions = opened(qtbot, data)
    dialogs = Dialogs(actions, save=tmp_path / "report.pdf")
    view = built.window.history_view
    view.report_button.click()
    document = QPdfDocument()
    document.load(str(tmp_path / "report.pdf"))
    text = document.getAllText(0).text()
    document.close()
    assert "Practice report" in text and "Days practised" in text
    assert dialogs.told[-1].startswith("The report is saved as:")
    close_app(built)


def test_a_file_that_cannot_be_written_is_said_calmly(
    qtbot: QtBot, data: Path, tmp_path: Path
) -> None:
    built, actions = opened(qtbot, data)
    dialogs = Dialogs(actions, save=tmp_path / "no-such-folder" / "backup.json")
    assert actions.save_export("json") is None
    assert "could not be saved" in dialogs.told[-1]
    assert not (tmp_path / "no-such-folder").exists()
    close_app(built)


@pytest.mark.parametrize("fmt", ["json", "csv", "pdf"])
def test_a_file_in_the_data_folder_is_refused_calmly_and_asked_again(
    qtbot: QtBot, data: Path, tmp_path: Path, fmt: str
) -> None:
    """Saving over breathapp.db, a backup or anything in the data folder would lose the history."""
    built, actions = opened(qtbot, data)
    built.db.daily_backup(TODAY)
    before = {p: p.read_bytes() for p in data.rglob("*.db")}
    backup = next((data / "backups").glob("*.db"))
    outside = tmp_path / f"mine.{fmt}"
    dialogs = Dialogs(
        actions, save=[data / "breathapp.db", backup, data / "logs" / "mine", outside]
    )
    if fmt == "pdf":
        saved = actions.save_report(TODAY - timedelta(days=6), TODAY)
    else:
        saved = actions.save_export(fmt)
    assert saved == outside and outside.stat().st_size > 0
    refusals = dialogs.told[:3]
    assert all(text.startswith("BreathApp keeps your history, its backups") for text in refusals)
    assert str(data) in refusals[0] and len(dialogs.asked) == 4
    assert {p: p.read_bytes() for p in data.rglob("*.db")} == before
    assert not (data / "logs" / "mine").exists()
    Dialogs(actions, save=[data / "breathapp.db"])  # refused, then cancelled
    assert actions.save_export("json") is None
    close_app(built)


def test_import_merges_once_and_the_history_shows_it(
    qtbot: QtBot, data: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    fill(other, 20, TODAY - timedelta(days=400), per_day=1, seed=3)
    source, source_actions = opened(qtbot, other)
    Dialogs(source_actions, save=tmp_path / "other.json")
    source_actions.save_export("json")
    close_app(source)
    built, actions = opened(qtbot, data)
    before = rows(built)
    dialogs = Dialogs(actions, open_=tmp_path / "other.json")
    assert actions.import_backup()
    assert "This file holds 20 sessions" in dialogs.asked[-1]
    assert dialogs.told[-1] == "20 sessions were added. 0 were already in your history."
    assert rows(built) == before + 20
    assert actions.import_backup()
    assert dialogs.told[-1] == "0 sessions were added. 20 were already in your history."
    view = built.window.history_view
    view.tabs.setCurrentIndex(1)
    assert view.sessions.count_label.text().endswith(f"of {before + 20} sessions")
    close_app(built)


def test_import_says_the_days_moved_it_added(qtbot: QtBot, data: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    fill(other, 3, TODAY - timedelta(days=400), per_day=1, seed=3)
    source, source_actions = opened(qtbot, other)
    movement, pid, now = MovementRepo(source.db), source.profile.profile.id, source.clock.now_utc()
    for n in (400, 399):
        movement.set(pid, TODAY - timedelta(days=n), True, now)
    Dialogs(source_actions, save=tmp_path / "two.json")
    source_actions.save_export("json")
    movement.set(pid, TODAY - timedelta(days=398), True, now)
    Dialogs(source_actions, save=tmp_path / "three.json")
    source_actions.save_export("json")
    close_app(source)
    built, actions = opened(qtbot, data)
    dialogs = Dialogs(actions, open_=tmp_path / "two.json")
    assert actions.import_backup()
    assert dialogs.told[-1] == (
        "3 sessions were added. 0 were already in your history. "
        "2 days you moved 15 minutes or more were added too."
    )
    dialogs = Dialogs(actions, open_=tmp_path / "three.json")
    assert actions.import_backup()
    assert dialogs.told[-1] == (
        "0 sessions were added. 3 were already in your history. "
        "1 day you moved 15 minutes or more was added too."
    )
    assert actions.import_backup()  # nothing new: the days are not mentioned
    assert dialogs.told[-1] == "0 sessions were added. 3 were already in your history."
    close_app(built)


def test_a_bad_file_says_where_and_changes_nothing(
    qtbot: QtBot, data: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "breathapp-backup", "version": 9}', encoding="utf-8")
    built, actions = opened(qtbot, data)
    before = rows(built)
    dialogs = Dialogs(actions, open_=bad)
    assert not actions.import_backup()
    assert dialogs.told[-1].startswith("This file cannot be used, and nothing was changed.")
    assert "bad.json" in dialogs.told[-1] and "version" in dialogs.told[-1]
    assert rows(built) == before
    close_app(built)


def test_a_practice_file_is_shown_read_only_apart_from_the_profile(
    qtbot: QtBot, data: Path, tmp_path: Path
) -> None:
    built, actions = opened(qtbot, data)
    Dialogs(actions, save=tmp_path / "patient.json")
    actions.save_export("json")
    before = rows(built)
    dialogs = Dialogs(actions, open_=tmp_path / "patient.json", save=tmp_path / "p.pdf")
    practice = actions.open_practice_file()
    assert practice is not None and practice.history.read_only
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, PracticeFileWindow)]
    assert len(shown) == 1
    window = shown[0]
    assert "You are only looking" in window.about.text()
    assert window.view.files_button.isHidden()  # no backup, no import: only looking
    assert window.view.cards[2].caption.text().endswith(f"in {practice.sessions} sessions")
    window.view.report_button.click()
    assert (tmp_path / "p.pdf").is_file() and dialogs.told[-1].startswith("The report")
    assert rows(built) == before  # nothing mixed in
    window.close()
    QApplication.processEvents()
    close_app(built)


def test_a_practice_file_shows_its_days_moved_but_no_plan(
    qtbot: QtBot, data: Path, tmp_path: Path
) -> None:
    built, actions = opened(qtbot, data)
    movement, pid = MovementRepo(built.db), built.profile.profile.id
    moved = [TODAY - timedelta(days=n) for n in (9, 2, 0)]
    for day in moved:
        movement.set(pid, day, True, built.clock.now_utc())
    Dialogs(actions, save=tmp_path / "patient.json")
    actions.save_export("json")
    for day in moved:  # the window must read them from the file, not from this profile
        movement.set(pid, day, False, built.clock.now_utc())
    Dialogs(actions, open_=tmp_path / "patient.json")
    assert actions.open_practice_file() is not None
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PracticeFileWindow))
    view = window.view
    view.set_period(Period.MONTH)
    assert sorted(view.minutes_chart.moved_dots.getData()[0]) == [d.toordinal() for d in moved]
    assert len(view.calendar.moved_rects()) == 3
    assert view.minutes_chart.legend.texts()[-1] == "Dot below a day: you moved 15 minutes or more"
    this_week = sum(1 for d in moved if d >= monday_of(TODAY))
    card = view.cards[5]
    assert card.isVisible() and card.value.text() == (
        "1 day" if this_week == 1 else f"{this_week} days"
    )
    assert card.caption.text() == "moved 15 minutes or more this week"
    assert view.cards[4].isHidden() and view.plan_weeks.isHidden()  # backups hold no plan
    assert movement.days(pid, None, None) == []  # nothing mixed into the profile
    window.close()
    QApplication.processEvents()
    close_app(built)


def test_the_file_menu_opens_the_history_and_its_actions(
    qtbot: QtBot, data: Path, tmp_path: Path
) -> None:
    built, actions = opened(qtbot, data)
    built.window.show_page(0)
    dialogs = Dialogs(actions, save=tmp_path / "menu.pdf")
    built.window.report_action.trigger()
    assert built.window.pages.currentWidget() is built.window.history_view
    assert (tmp_path / "menu.pdf").is_file() and dialogs.told
    built.prefs.update(check_in=False)
    built.window.guide.start()
    assert not built.window.report_action.isEnabled()  # not while breathing
    built.session.stop()
    close_app(built)
