# SPDX-License-Identifier: GPL-3.0-or-later
"""The recording screen with a fake microphone: record, keep, listen, remove, export, import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from breathapp.controllers.voice_packs import VoicePacksController
from breathapp.controllers.voice_recorder import COUNT_IN_S, RecorderState, VoiceRecorder
from breathapp.core.clock import ManualClock
from breathapp.core.relaxation import Script
from breathapp.core.voice_pack import BREATHING_SESSION, known_from_scripts
from breathapp.paths import asset_path
from breathapp.storage.relaxation_files import load_library
from breathapp.storage.voice_packs import VoicePacks
from breathapp.ui.voice.pack_actions import NewPackDialog
from breathapp.ui.voice.recorder_window import RecorderWindow
from tests.builders.voice import silence_pcm, tone_pcm
from tests.builders.voice_packs import write_wav
from tests.fakes import FakeAudioDevice, FakeTimer


def scripts(language: str) -> tuple[Script, ...]:
    return load_library(asset_path("relaxation"), language).scripts


class Screen:
    def __init__(self, qtbot: QtBot, tmp_path: Path, device: FakeAudioDevice) -> None:
        self.tmp_path = tmp_path
        self.store = VoicePacks(tmp_path / "voice")
        self.packs = VoicePacksController(self.store, lambda: known_from_scripts(scripts("en")))
        self.device = device
        self.clock = ManualClock()
        self.timer = FakeTimer()
        work = tmp_path / "work"
        work.mkdir()
        self.recorder = VoiceRecorder(device, self.clock, self.timer, work)
        self.asked: list[tuple[str, bool]] = []
        self.answer = ""
        self.yes = True
        self.window = RecorderWindow(
            self.packs,
            self.recorder,
            scripts,
            "en",
            ask_file=self._ask_file,
            ask=lambda *_: self.yes,
        )
        qtbot.addWidget(self.window)
        self.window.show()
        self.window.activateWindow()

    def _ask_file(self, parent: QWidget, title: str, name: str, kind: str, save: bool) -> str:
        self.asked.append((name, save))
        return self.answer

    def choose(self, session: str) -> None:
        box = self.window.bar.session_box
        box.setCurrentIndex(box.findData(session))

    def take(self, pcm: bytes) -> None:
        """Record ``pcm`` as one take through the whole count-in; the encoder finishes."""
        self.clock.advance(COUNT_IN_S)
        self.timer.fire()
        self.device.heard = pcm
        self.timer.fire()
        self.window.stop()
        if self.device.encoding is not None:
            self.device.finish_encoding()


@pytest.fixture
def screen(qtbot: QtBot, tmp_path: Path) -> Iterator[Screen]:
    made = Screen(qtbot, tmp_path, FakeAudioDevice())
    yield made
    made.window.close()


def test_r_counts_in_records_keeps_the_take_and_moves_to_the_next_step(
    screen: Screen, qtbot: QtBot
) -> None:
    screen.window.bar.create_pack("Anna", "en")
    screen.choose("pmr-short")
    window = screen.window
    assert window.steps.currentRow() == 0
    first = window.row
    assert first is not None and window.words.text() == first.words
    qtbot.keyClick(window.steps, Qt.Key.Key_R)
    assert screen.recorder.state is RecorderState.COUNTING_IN
    assert "3" in window.status.text()
    assert window.stop_button.hasFocus() and not window.record_button.isEnabled()
    screen.timer.fire()
    screen.device.heard = tone_pcm(0.05, amplitude=3277)
    screen.timer.fire()
    assert window.meter.value() == pytest.approx(62, abs=2)
    screen.take(silence_pcm(0.5) + tone_pcm(2.0) + silence_pcm(1.0))
    pack = screen.store.get(window.pack.id if window.pack else "")
    assert pack is not None
    kept = pack.find("pmr-short", first.step)
    assert kept is not None and kept.seconds == pytest.approx(2.45, abs=0.011)
    assert not list((screen.tmp_path / "work").iterdir())  # the take moved into the pack
    # Marked in words, with its seconds; the next step is chosen, Record has the focus.
    assert window.steps.item(0).text().endswith("✓ Recorded: 2.5 seconds")
    assert window.steps.currentRow() == 1
    assert window.record_button.hasFocus() and window.record_button.text() == "Record"
    assert window.message.text() == "Kept: 2.5 seconds. On to the next step."
    window.steps.setCurrentRow(0)
    assert window.record_button.text() == "Record again"
    assert window.status.text() == "Recorded: 2.5 seconds"
    assert "1 of" in window.steps.accessibleDescription()


def test_listen_plays_the_steps_recording_and_remove_takes_it_away(
    screen: Screen, qtbot: QtBot
) -> None:
    pack = screen.window.bar.create_pack("Anna", "en")
    assert pack is not None
    screen.choose(BREATHING_SESSION)
    window = screen.window
    assert [window.steps.item(i).text().split("\n")[0] for i in range(3)] == [
        "1. In",
        "2. Out",
        "3. Hold",
    ]
    known = known_from_scripts(scripts("en"))
    take = write_wav(screen.tmp_path / "a.wav")
    screen.packs.keep(pack.id, BREATHING_SESSION, "in", take, 1.0, known)
    window.steps.setCurrentRow(0)
    assert window.listen_button.isEnabled() and window.remove_button.isEnabled()
    qtbot.keyClick(window.listen_button, Qt.Key.Key_Space)
    assert screen.device.played == [screen.store.folder / pack.id / "breathing" / "in.wav"]
    assert window.stop_button.isEnabled()  # Stop stops listening too
    window.stop()
    assert not screen.device.playing
    qtbot.keyClick(window.remove_button, Qt.Key.Key_Space)
    assert screen.store.get(pack.id).recordings == ()  # type: ignore[union-attr]
    assert window.steps.item(0).text().endswith("Not recorded yet")
    assert not window.listen_button.isEnabled()
    assert window.message.text() == "The recording of this step was removed."


def test_a_silent_take_says_so_in_one_calm_line_and_nothing_is_kept(screen: Screen) -> None:
    screen.window.bar.create_pack("Anna", "en")
    screen.choose("pmr-short")
    screen.window.record()
    screen.take(silence_pcm(2.0))
    assert screen.window.message.text() == (
        "The microphone heard nothing. Check that it is on, then try again."
    )
    assert screen.window.steps.currentRow() == 0
    assert screen.window.record_button.hasFocus()
    assert screen.window.pack is not None and screen.window.pack.recordings == ()


def test_a_too_long_take_for_a_tense_step_names_the_limit(screen: Screen) -> None:
    screen.window.bar.create_pack("Anna", "en")
    screen.choose("pmr-short")
    window = screen.window
    tense = next(
        i
        for i, row in enumerate(window.session.steps)
        if row.longest_s < 60  # type: ignore[union-attr]
    )
    window.steps.setCurrentRow(tense)
    window.record()
    screen.take(tone_pcm(12.0))
    assert window.message.text().startswith("This step takes at most ")


def test_a_clipped_take_is_kept_the_step_stays_and_a_kind_hint_shows(screen: Screen) -> None:
    screen.window.bar.create_pack("Anna", "en")
    screen.choose("pmr-short")
    screen.window.record()
    screen.take(tone_pcm(1.0, amplitude=32767))
    assert screen.window.steps.currentRow() == 0
    assert "a little loud" in screen.window.message.text()
    assert screen.window.pack is not None and len(screen.window.pack.recordings) == 1


def test_without_a_microphone_it_says_so_once_and_listening_and_import_still_work(
    qtbot: QtBot, tmp_path: Path
) -> None:
    screen = Screen(qtbot, tmp_path, FakeAudioDevice(microphone=False))
    window = screen.window
    assert window.message.text() == (
        "No microphone was found. You can still listen, export and import."
    )
    other = VoicePacks(tmp_path / "elsewhere")
    pack = other.create("Bob", "en")
    known = known_from_scripts(scripts("en"))
    other.put_recording(pack.id, "breathing", "out", write_wav(tmp_path / "o.wav"), 1.2, known)
    other.export(pack.id, tmp_path / "bob.zip")
    screen.answer = str(tmp_path / "bob.zip")
    window.bar.import_button.click()
    assert window.message.text() == "Imported “Bob”."
    assert window.pack is not None and window.pack.id == pack.id
    screen.choose(BREATHING_SESSION)
    window.steps.setCurrentRow(1)
    window.listen_button.click()
    assert len(screen.device.played) == 1
    window.record()
    assert window.message.text().startswith("No microphone was found.")
    window.close()


def test_export_writes_a_zip_where_asked_and_a_bad_import_is_one_line(screen: Screen) -> None:
    window = screen.window
    assert not window.bar.export_button.isEnabled()  # no pack yet
    assert not window.record_button.isEnabled()
    window.bar.create_pack("Anna", "en")
    screen.answer = str(screen.tmp_path / "anna")
    window.bar.export_button.click()
    assert screen.asked == [("anna.zip", True)]
    assert (screen.tmp_path / "anna.zip").is_file()
    assert window.message.text() == "Saved as anna.zip."
    (screen.tmp_path / "junk.zip").write_bytes(b"not a zip")
    screen.answer = str(screen.tmp_path / "junk.zip")
    window.bar.import_button.click()
    assert window.message.text().startswith("That did not work: ")
    assert "\n" not in window.message.text()
    screen.answer = ""
    window.bar.import_button.click()  # cancelled: nothing said
    assert window.message.text() == ""


def test_a_pack_in_another_language_lists_that_languages_sessions(screen: Screen) -> None:
    screen.window.bar.create_pack("Anna", "nl")
    titles = [
        screen.window.bar.session_box.itemText(i)
        for i in range(screen.window.bar.session_box.count())
    ]
    assert {s.title for s in scripts("nl")} <= set(titles)
    screen.choose(BREATHING_SESSION)
    assert screen.window.steps.item(1).text().startswith("2. Uit")


def test_closing_during_a_take_leaves_the_microphone_closed(screen: Screen) -> None:
    screen.window.bar.create_pack("Anna", "en")
    screen.choose("pmr-short")
    screen.window.record()
    screen.window.close()
    assert not screen.device.capturing and not screen.timer.active


def test_tab_reaches_every_control(screen: Screen, qtbot: QtBot) -> None:
    window = screen.window
    window.bar.create_pack("Anna", "en")
    known = known_from_scripts(scripts("en"))
    pack = window.pack
    assert pack is not None
    screen.packs.keep(pack.id, "breathing", "in", write_wav(screen.tmp_path / "i.wav"), 1.0, known)
    screen.choose(BREATHING_SESSION)
    window.steps.setCurrentRow(0)
    controls = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]
    window.bar.pack_box.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        assert focused is not None
        if not any(focused is r for r in reached):
            reached.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    missed = [type(w).__name__ for w in controls if not any(w is r for r in reached)]
    assert missed == []
    for control in controls:
        assert control.accessibleName() or getattr(control, "text", lambda: "")()


def test_a_new_pack_needs_a_name_and_takes_the_apps_language_first(qtbot: QtBot) -> None:
    dialog = NewPackDialog("nl")
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[union-attr]
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name, "  Anna  ")
    assert ok.isEnabled()
    assert dialog.chosen() == ("Anna", "nl")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.chosen() == ("Anna", "en")


def test_enter_presses_the_focused_button_and_escape_closes_the_microphone(
    screen: Screen, qtbot: QtBot
) -> None:
    pack = screen.window.bar.create_pack("Anna", "en")
    assert pack is not None
    screen.choose(BREATHING_SESSION)
    known = known_from_scripts(scripts("en"))
    take = write_wav(screen.tmp_path / "a.wav")
    screen.packs.keep(pack.id, BREATHING_SESSION, "in", take, 1.0, known)
    window = screen.window
    window.steps.setCurrentRow(0)
    window.listen_button.setFocus()
    qtbot.keyClick(window.listen_button, Qt.Key.Key_Return)
    assert len(screen.device.played) == 1
    window.steps.setFocus()
    qtbot.keyClick(window.steps, Qt.Key.Key_Return)  # Enter on a step: record it
    assert screen.recorder.state is RecorderState.COUNTING_IN
    qtbot.keyClick(window.stop_button, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert not screen.device.capturing and not screen.timer.active
