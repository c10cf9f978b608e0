# SPDX-License-Identifier: GPL-3.0-or-later
"""Profiles in the running app: picker, switch, delete (asked twice), guest, --profile."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from breathapp.app import profiles as app_profiles
from breathapp.app.build import build
from breathapp.app.built import Built
from breathapp.app.profiles import GuestDatabase, add_profile_ui, profiles_controller
from breathapp.cli.main import main
from breathapp.controllers.profiles_controller import Entry, ProfilesController
from breathapp.core.clock import ManualClock
from breathapp.core.plans import PlanProgress
from breathapp.core.prefs import Preferences, session_plan
from breathapp.core.profiles import ProfileChoice
from breathapp.core.session import SessionState
from breathapp.storage.db import Database
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.plans_repo import PlanRepo
from breathapp.storage.prefs_repo import PrefsRepo
from breathapp.ui.profiles.profile_menu import DELETE, SAVE_FIRST
from breathapp.ui.profiles.profile_picker import ProfilePicker
from tests.builders.app import app_options, close_app, make_app, never_told
from tests.builders.plans import easy_plan
from tests.builders.profiles import profiles_in


class Dialogs:
    """Answers the Profile menu's questions from a script and records them."""

    def __init__(self, **answers: object) -> None:
        self.answers = answers
        self.asked: list[str] = []
        self.told: list[str] = []

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        self.asked.append("text")
        return self.answers.get("text")  # type: ignore[return-value]

    def ask_pin(self, title: str, label: str) -> str | None:
        self.asked.append("pin")
        pins = self.answers["pins"]
        assert isinstance(pins, list)
        return pins.pop(0)  # type: ignore[no-any-return]

    def ask_new_pin(self, title: str, label: str, passphrase_label: str) -> str | None:
        return self.ask_pin(title, label)

    def busy(self) -> Callable[[], None]:
        return lambda: None

    def confirm(self, title: str, question: str) -> bool:
        self.asked.append("confirm")
        return bool(self.answers.get("confirm", False))

    def offer_backup(self, title: str, question: str) -> str | None:
        self.asked.append("offer_backup")
        return self.answers.get("offer")  # type: ignore[return-value]

    def save_file(self, title: str, suggested: str) -> str | None:
        self.asked.append("save_file")
        answer = self.answers.get("file")
        if isinstance(answer, list):  # answers given in turn
            return answer.pop(0) if answer else None  # type: ignore[no-any-return]
        return answer  # type: ignore[return-value]

    def tell(self, text: str) -> None:
        self.told.append(text)

    def pick(self, profiles: ProfilesController) -> ProfileChoice | None:
        return self.answers.get("pick")  # type: ignore[return-value]


def _plans_and_moves(data: Path, *profile_ids: int) -> None:
    """Give each profile a plan and one day ticked as moved."""
    clock = ManualClock()
    db, _ = Database.open(data, clock.now_utc())
    day = date(2026, 11, 23)
    plan = easy_plan()
    try:
        for profile_id in profile_ids:
            PlanRepo(db).save(profile_id, plan, PlanProgress(day, 0, day), clock.now_utc())
            MovementRepo(db).set(profile_id, day, True, clock.now_utc())
    finally:
        db.close()


def _rows(data: Path) -> dict[str, int]:
    conn = sqlite3.connect(data / "breathapp.db")
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("profiles", "sessions", "preferences")
        }
    finally:
        conn.close()


def _practise(built: Built) -> None:
    built.session.start(session_plan(Preferences(settle_in=False, length_minutes=1.0)))
    clock = built.clock
    assert isinstance(clock, ManualClock)
    for _ in range(70):
        clock.advance(1)
        built.session._on_frame()
    assert built.session.state is not SessionState.RUNNING
    built.session.flush()


def test_one_profile_without_a_pin_opens_without_a_picker(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_profiles, "pick", lambda *_a: pytest.fail("no picker"))
    built = make_app(qtbot, tmp_path, never_told)
    assert built.profile.profile.name == ""
    close_app(built)


def test_with_two_profiles_the_picker_chooses_and_prefs_follow(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = profiles_in(tmp_path, "Anna")
    db, _ = Database.open(tmp_path, ManualClock().now_utc())
    PrefsRepo(db).save(ids["Anna"], Preferences(daily_goal_minutes=20))
    db.close()
    shown: list[list[Entry]] = []

    def pick(profiles: ProfilesController, only: Entry | None) -> ProfileChoice:
        shown.append(profiles.entries())
        return ProfileChoice(ids["Anna"])

    monkeypatch.setattr(app_profiles, "pick", pick)
    built = make_app(qtbot, tmp_path, never_told)
    assert [e.name for e in shown[0]] == ["", "Anna"]
    assert built.profile.profile.name == "Anna"
    assert built.prefs.prefs.daily_goal_minutes == 20
    _practise(built)
    close_app(built)
    conn = sqlite3.connect(tmp_path / "breathapp.db")
    assert conn.execute("SELECT DISTINCT profile_id FROM sessions").fetchall() == [(ids["Anna"],)]
    conn.close()


def test_closing_the_picker_opens_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profiles_in(tmp_path, "Anna")
    monkeypatch.setattr(app_profiles, "pick", lambda *_a: None)
    assert build(app_options(tmp_path), ManualClock(), never_told) is None


def test_the_picker_shows_names_and_asks_a_locked_profile_for_its_pin(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ids = profiles_in(tmp_path, "Anna", pins={"Anna": "2580"})
    clock = ManualClock()
    db, _ = Database.open(tmp_path, clock.now_utc())
    picker = ProfilePicker(profiles_controller(db, clock, None))
    qtbot.addWidget(picker)
    assert [b.text() for b in picker.buttons] == ["My profile", "Anna"]
    assert picker.buttons[1].property("locked") and not picker.buttons[0].property("locked")
    picker.buttons[1].click()
    assert picker.pages.currentIndex() == 1 and picker.choice is None
    picker.pin.setText("1111")
    picker.open_button.click()
    assert "4 more times" in picker.pin_message.text() and picker.choice is None
    picker.pin.setText("2580")
    picker.open_button.click()
    assert picker.choice == ProfileChoice(ids["Anna"])
    db.close()


def test_a_new_profile_switches_the_window_to_it_with_default_settings(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = make_app(qtbot, tmp_path, never_told)
    built.prefs.update(daily_goal_minutes=30)
    built.profile.set_no_holds()
    dialogs = Dialogs(text="  Bert ")
    add_profile_ui(built, dialogs)  # type: ignore[arg-type]
    actions = built.profile_actions
    assert actions.menu.title() == "&Profile" and actions.rail_label.text() == "My profile"
    built.window.show()
    actions.new_action.trigger()
    switch_to = built.switch_to
    assert not built.window.isVisible()
    built.db.close()
    assert isinstance(switch_to.profile, ProfileChoice)
    second = make_app(qtbot, tmp_path, never_told, profile=switch_to.profile)
    assert second.profile.profile.name == "Bert"
    assert not second.profile.profile.no_holds
    assert second.prefs.prefs.daily_goal_minutes == Preferences().daily_goal_minutes
    close_app(second)


@pytest.mark.parametrize("seen", [True, False])
def test_a_new_profile_keeps_the_windows_language_and_the_notice_its_maker_saw(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seen: bool
) -> None:
    """English chosen on a Dutch system: the new profile's window stays English, and the
    person who saw the safety notice is not shown it again (one who has not still is)."""
    from breathapp.app import build as app_build

    monkeypatch.setattr(app_build, "system_language", lambda: "nl")
    built = make_app(qtbot, tmp_path, never_told, language=None)
    built.prefs.update(language="en", safety_notice_seen=seen)
    add_profile_ui(built, Dialogs(text="Bert"))  # type: ignore[arg-type]
    assert built.language.language == "en"
    built.profile_actions.new_action.trigger()
    switch_to = built.switch_to
    built.db.close()
    second = make_app(qtbot, tmp_path, never_told, language=None, profile=switch_to.profile)
    assert second.profile.profile.name == "Bert"
    assert second.language.language == "en"
    assert second.prefs.prefs.safety_notice_seen is seen
    close_app(second)


def test_a_window_following_the_systems_language_makes_a_profile_that_follows_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from breathapp.app import build as app_build
    from breathapp.app import profiles as app_profiles_module

    monkeypatch.setattr(app_build, "system_language", lambda: "nl")
    monkeypatch.setattr(app_profiles_module, "system_language", lambda: "nl")
    built = make_app(qtbot, tmp_path, never_told, language=None)
    assert built.language.language == "nl"
    add_profile_ui(built, Dialogs(text="Bert"))  # type: ignore[arg-type]
    built.profile_actions.new_action.trigger()
    switch_to = built.switch_to
    built.db.close()
    second = make_app(qtbot, tmp_path, never_told, language=None, profile=switch_to.profile)
    assert second.language.language == "nl" and second.prefs.prefs.language == ""
    close_app(second)


def test_a_copy_into_the_data_folder_is_refused_and_asked_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    ids = profiles_in(data, "Anna")
    built = make_app(qtbot, data, never_told, profile=ProfileChoice(ids["Anna"]))
    _practise(built)
    before = (data / "breathapp.db").read_bytes()
    copy = tmp_path / "anna.json"
    answers = [str(data / "breathapp.db"), str(data / "backups" / "anna.json"), str(copy)]
    dialogs = Dialogs(offer=SAVE_FIRST, file=answers, confirm=False)
    add_profile_ui(built, dialogs)  # type: ignore[arg-type]
    built.profile_actions.delete()
    assert dialogs.asked == ["offer_backup", "save_file", "save_file", "save_file", "confirm"]
    assert len(dialogs.told) == 2
    assert all(
        text.startswith("BreathApp keeps your history, its backups") for text in dialogs.told
    )
    assert (data / "breathapp.db").read_bytes() == before
    assert not (data / "backups" / "anna.json").exists()
    assert '"name": "Anna"' in copy.read_text("utf-8")
    dialogs.answers["file"] = [str(data / "breathapp.db")]  # refused, then cancelled
    dialogs.asked.clear()
    built.profile_actions.delete()
    assert dialogs.asked == ["offer_backup", "save_file", "save_file"]  # nothing deleted
    assert _rows(data)["profiles"] == 2
    close_app(built)


def test_delete_offers_a_copy_asks_twice_and_removes_only_that_profile(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ids = profiles_in(tmp_path, "Anna", "Bert")
    _plans_and_moves(tmp_path, ids["Anna"], ids["Bert"])
    built = make_app(qtbot, tmp_path, never_told, profile=ProfileChoice(ids["Anna"]))
    _practise(built)
    copy = tmp_path / "anna.json"
    no = Dialogs(offer=SAVE_FIRST, file=str(copy), confirm=False)
    add_profile_ui(built, no)  # type: ignore[arg-type]
    actions = built.profile_actions
    actions.delete()
    assert no.asked == ["offer_backup", "save_file", "confirm"]
    assert copy.exists() and '"name": "Anna"' in copy.read_text("utf-8")
    assert _rows(tmp_path)["profiles"] == 3  # said no the second time: nothing removed
    actions.dialogs = Dialogs(offer=DELETE, confirm=True)
    built.window.show()
    actions.delete()
    assert actions.dialogs.asked == ["offer_backup", "confirm"]
    assert not built.window.isVisible()
    built.db.close()
    conn = sqlite3.connect(tmp_path / "breathapp.db")
    for table in ("sessions", "preferences", "plans", "movement"):
        sql = f"SELECT count(*) FROM {table} WHERE profile_id = ?"
        assert conn.execute(sql, (ids["Anna"],)).fetchone()[0] == 0
    for table in ("plans", "movement"):  # the other profile keeps its own
        sql = f"SELECT count(*) FROM {table} WHERE profile_id = ?"
        assert conn.execute(sql, (ids["Bert"],)).fetchone()[0] == 1
    names = [r[0] for r in conn.execute("SELECT name FROM profiles ORDER BY id")]
    assert names == ["", "Bert"]
    conn.close()


def test_the_only_profile_cannot_be_deleted(qtbot: QtBot, tmp_path: Path) -> None:
    built = make_app(qtbot, tmp_path, never_told)
    dialogs = Dialogs()
    add_profile_ui(built, dialogs)  # type: ignore[arg-type]
    built.profile_actions.delete()
    assert dialogs.asked == [] and "only profile" in dialogs.told[0]
    close_app(built)


def test_a_pin_set_in_the_menu_is_asked_at_the_next_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = make_app(qtbot, tmp_path, never_told)
    dialogs = Dialogs(pins=["1357", "1357"])
    add_profile_ui(built, dialogs)  # type: ignore[arg-type]
    built.profile_actions.change_pin()
    assert dialogs.told == ["The PIN is set."]
    close_app(built)
    asked: list[Entry | None] = []

    def pick(profiles: ProfilesController, only: Entry | None) -> None:
        asked.append(only)

    monkeypatch.setattr(app_profiles, "pick", pick)
    # one profile, with a PIN
    assert build(app_options(tmp_path), ManualClock(), never_told) is None
    assert asked == [None]


def test_guest_mode_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    profiles_in(tmp_path, "Anna")
    rows = _rows(tmp_path)
    before = (tmp_path / "breathapp.db").read_bytes()
    guest = make_app(qtbot, tmp_path, never_told, profile=ProfileChoice(None, guest=True))
    assert isinstance(guest.db, GuestDatabase)
    assert not guest.prefs.prefs.check_in  # no check-ins asked
    guest.prefs.update(daily_goal_minutes=45, pattern="box")
    _practise(guest)
    add_profile_ui(guest, Dialogs())  # type: ignore[arg-type]
    label = guest.profile_actions.rail_label
    assert label.text() == "Guest — nothing is saved" and label.objectName() == "notice"
    close_app(guest)
    assert _rows(tmp_path) == rows
    assert (tmp_path / "breathapp.db").read_bytes() == before


def test_profile_by_name_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    profiles_in(tmp_path, "Anna")
    built = make_app(qtbot, tmp_path, never_told, profile="anna")
    assert built.profile.profile.name == "Anna"
    close_app(built)


# -- the command line --------------------------------------------------------------------


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_profiles_lists_names_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profiles_in(tmp_path, "Anna", "Bert", pins={"Bert": "1234"})
    code, out, err = _run(capsys, "profiles", "--data-dir", str(tmp_path))
    assert (code, out, err) == (0, '""\nAnna\nBert\n', "")


def test_an_unknown_profile_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    target = tmp_path / "out.csv"
    unknown, no_folder = "no profile named 'Nobody'", "there is no data folder at"
    export = ["export", "--format", "csv", "--output", str(target)]
    # export only reads: that nothing was ever saved there is the real cause, said first
    for command, said in ((["list"], unknown), (export, no_folder), ([], unknown)):
        argv = [*command, "--data-dir", str(data), "--profile", "Nobody"]
        code, out, err = _run(capsys, *argv)
        assert code == 2 and out == "" and len(err.splitlines()) == 1
        assert said in err
    assert not data.exists() and not target.exists()


def test_export_and_import_act_on_the_named_profile_and_refuse_a_pin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = profiles_in(tmp_path, "Anna", "Bert", pins={"Bert": "1234"})
    db, _ = Database.open(tmp_path, ManualClock().now_utc())
    PrefsRepo(db).save(ids["Anna"], Preferences(language="nl"))
    db.close()
    practice = tmp_path / "anna.json"
    base = ("--data-dir", str(tmp_path))
    code, _out, err = _run(
        capsys, "export", *base, "--profile", "Anna", "--format", "json", "--output", str(practice)
    )
    assert code == 0 and '"name": "Anna"' in practice.read_text("utf-8")
    code, _out, err = _run(capsys, "import", *base, "--profile", "anna", str(practice))
    assert code == 0
    refused = tmp_path / "bert.csv"
    code, out, err = _run(
        capsys, "export", *base, "--profile", "Bert", "--format", "csv", "--output", str(refused)
    )
    assert code == 2 and "has a PIN" in err and len(err.splitlines()) == 1
    assert not refused.exists()
    code, out, err = _run(capsys, "list", *base, "--profile", "Anna")
    assert code == 0 and "Ademruimte van drie minuten" in out  # Anna's language: Dutch
