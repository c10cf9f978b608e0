# SPDX-License-Identifier: GPL-3.0-or-later
"""The recording screen: the therapist records each step of a session into a voice pack."""

from __future__ import annotations

import itertools
import logging
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFont, QFontInfo, QHideEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.voice_packs import VoicePacksController
from breathapp.controllers.voice_recorder import (
    AudioDevice,
    Failure,
    RecorderState,
    Take,
    VoiceRecorder,
)
from breathapp.core.clock import Clock, SystemClock
from breathapp.core.prefs import Preferences
from breathapp.core.voice_pack import Manifest, Recording, VoicePackError
from breathapp.ui.common.dialogs import ask_yes_no
from breathapp.ui.common.flow_layout import FlowLayout
from breathapp.ui.common.window_fit import resize_within_screen
from breathapp.ui.voice.pack_actions import AskFile, AskYesNo, PackBar, Scripts, problem_text
from breathapp.ui.voice.voice_steps import (
    Session,
    StepRow,
    failure_text,
    progress_text,
    row_text,
    seconds_words,
)

log = logging.getLogger("breathapp")


def _ask_file(*args: object, **kw: object) -> str:
    from breathapp.ui.common.file_dialogs import ask_file  # loaded when a dialog opens

    return ask_file(*args, **kw)  # type: ignore[arg-type]


def _scaled(widget: QWidget, share: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPixelSize(round(QFontInfo(font).pixelSize() * share))
    font.setBold(bold)
    return font


class WordsArea(QScrollArea):
    """A step's words, as large as fits: 1.5 times the text size, down to 1.1 times for a
    long step in a small window; past that they scroll up and down."""

    SHARES = (1.5, 1.35, 1.2, 1.1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._fonts = [_scaled(self, share, bold=True) for share in self.SHARES]
        self.setWidget(self.words)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_words(self, words: str) -> None:
        self.words.setText(words)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.viewport().size()
        for font in self._fonts:
            self.words.setFont(font)
            if self.words.heightForWidth(room.width()) <= room.height():
                return


class RecorderWindow(QDialog):
    """Choose a pack and a session, then record, listen to and remove each step's take.

    Emits no signals of its own: takes go into the pack through the packs controller.
    """

    def __init__(
        self,
        packs: VoicePacksController,
        recorder: VoiceRecorder,
        scripts: Scripts,
        language: str,
        pack_id: str = "",
        ask_file: AskFile = _ask_file,
        ask: AskYesNo = ask_yes_no,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.packs, self.recorder = packs, recorder
        self._playing = False
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Record a voice"))
        self.bar = PackBar(packs, scripts, language, ask_file, ask)
        self._build()
        resize_within_screen(self, 900, 640)
        recorder.state_changed.connect(self._on_state)
        recorder.count_in_changed.connect(self._on_count_in)
        recorder.level_changed.connect(self._on_level)
        recorder.take_ready.connect(self._on_take)
        recorder.playing_changed.connect(self._on_playing)
        self.bar.chosen.connect(self._on_session_chosen)
        self.bar.said.connect(self.message.setText)
        packs.changed.connect(lambda: self.bar.fill())
        packs.recordings_changed.connect(lambda _pack: self._fill_steps())
        self.bar.fill(pack_id)
        if not recorder.has_input:
            self.message.setText(failure_text(Failure.NO_MICROPHONE, 0))  # once, here

    # -- building ---------------------------------------------------------------
    def _build(self) -> None:
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setSpacing(2)
        self.steps.setMinimumHeight(120)
        self.words_area = WordsArea()
        self.words_area.setAccessibleName(self.tr("Words to say"))
        self.words = self.words_area.words
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setFont(_scaled(self, 1.25))
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(18)
        # The level in the accent (the palette's bright text) on the page, with an edge.
        self.meter.setStyleSheet(
            "QProgressBar { border: 1px solid palette(window-text); border-radius: 5px;"
            " background: palette(base); }"
            " QProgressBar::chunk { background: palette(bright-text); border-radius: 4px; }"
        )
        self.meter.setAccessibleName(self.tr("Microphone level"))
        self.meter.setAccessibleDescription(
            self.tr("How loud the microphone hears you. It moves while you speak.")
        )
        self.record_button = QPushButton(self.tr("Record"))
        self.record_button.setObjectName("primary")
        self.record_button.setToolTip(self.tr("Record this step (R). A count of 3 comes first."))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.listen_button = QPushButton(self.tr("Listen"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        for button, slot in (
            (self.record_button, self.record),
            (self.stop_button, self.stop),
            (self.listen_button, self.listen),
            (self.remove_button, self.remove),
        ):
            button.clicked.connect(slot)
        # Enter presses the focused button; elsewhere (on a step) it records.
        self.record_button.setDefault(True)
        QShortcut(QKeySequence(Qt.Key.Key_R), self, self.record)
        self.steps.currentRowChanged.connect(self._on_step_chosen)
        buttons = FlowLayout(spacing=10)
        for button in (self.record_button, self.stop_button, self.listen_button):
            buttons.addWidget(button)
        buttons.addWidget(self.remove_button)
        # Left: which pack, session and step; right: the pack's buttons, then the step's
        # words, large, and what records them. Esc or the title bar closes the window.
        left = QVBoxLayout()
        left.addWidget(self.bar)
        left.addWidget(self.steps, 1)
        right = QVBoxLayout()
        right.addWidget(self.bar.actions)
        right.addWidget(self.words_area, 1)
        right.addWidget(self.status)
        right.addWidget(self.meter)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        page = QVBoxLayout(self)
        page.setContentsMargins(14, 10, 14, 10)
        page.addLayout(body, 1)
        page.addWidget(self.message)
        order = (
            self.bar.pack_box,
            self.bar.session_box,
            self.steps,
            self.record_button,
            self.stop_button,
            self.listen_button,
            self.remove_button,
            self.bar.new_button,
            self.bar.export_button,
            self.bar.import_button,
        )
        for first, then in itertools.pairwise(order):
            QWidget.setTabOrder(first, then)

    # -- what is shown ------------------------------------------------------------
    @property
    def pack(self) -> Manifest | None:
        return self.bar.pack

    @property
    def session(self) -> Session | None:
        return self.bar.session

    @property
    def row(self) -> StepRow | None:
        session, index = self.session, self.steps.currentRow()
        if session is None or not 0 <= index < len(session.steps):
            return None
        return session.steps[index]

    @Slot()
    def _on_session_chosen(self) -> None:
        self._fill_steps()
        if self.steps.count():
            self.steps.setCurrentRow(0)

    def _fill_steps(self) -> None:
        self.bar.reread()
        session, pack = self.session, self.pack
        row = self.steps.currentRow()
        self.steps.blockSignals(True)
        self.steps.clear()
        recordings = pack.recordings if pack else ()
        for number, step in enumerate(session.steps if session else (), 1):
            found = next(
                (r for r in recordings if (r.session, r.step) == (step.session, step.step)), None
            )
            item = QListWidgetItem(row_text(number, step, found))
            self.steps.addItem(item)
        self.steps.setCurrentRow(min(row, self.steps.count() - 1))
        self.steps.blockSignals(False)
        if session is not None:
            self.steps.setAccessibleDescription(progress_text(session.steps, recordings))
        self._show_step()

    @Slot(int)
    def _on_step_chosen(self, _row: int) -> None:
        self.recorder.stop_listening()
        self.message.clear()
        self._show_step()

    def _recording(self) -> Recording | None:
        pack, row = self.pack, self.row
        if pack is None or row is None:
            return None
        return pack.find(row.session, row.step)

    def _show_step(self) -> None:
        row = self.row
        self.words_area.set_words(row.words if row else "")
        recorded = self._recording()
        self.record_button.setText(self.tr("Record again") if recorded else self.tr("Record"))
        if recorded is not None and not self.recorder.busy:
            words = seconds_words(recorded.seconds)
            self.status.setText(self.tr("Recorded: %1").replace("%1", words))
        elif not self.recorder.busy:
            self.status.setText(self.tr("Not recorded yet."))
        self._enable()

    def _enable(self) -> None:
        has_pack, row, busy = self.pack is not None, self.row, self.recorder.busy
        recorded = self._recording() is not None
        self.bar.set_busy(busy)
        self.steps.setEnabled(not busy)
        self.record_button.setEnabled(has_pack and row is not None and not busy)
        self.stop_button.setEnabled(
            self.recorder.state in (RecorderState.COUNTING_IN, RecorderState.RECORDING)
            or self._playing
        )
        self.listen_button.setEnabled(recorded and not busy and self.recorder.can_play)
        self.remove_button.setEnabled(recorded and not busy)

    # -- intents -------------------------------------------------------------------
    @Slot()
    def record(self) -> None:
        pack, row = self.pack, self.row
        if pack is None or row is None or not self.record_button.isEnabled():
            return
        self.message.clear()
        if self.recorder.record(row.longest_s):
            self.stop_button.setFocus()

    @Slot()
    def stop(self) -> None:
        if self._playing:
            self.recorder.stop_listening()
        self.recorder.stop()

    @Slot()
    def listen(self) -> None:
        pack, row = self.pack, self.row
        if pack is None or row is None:
            return
        path = self.packs.audio(pack.id, row.session, row.step)
        if path is not None:
            self.recorder.listen(path)

    @Slot()
    def remove(self) -> None:
        pack, row = self.pack, self.row
        if pack is None or row is None:
            return
        self.recorder.stop_listening()
        try:
            self.packs.remove_recording(pack.id, row.session, row.step)
        except VoicePackError as error:
            self.message.setText(problem_text(error))
            return
        self.message.setText(self.tr("The recording of this step was removed."))
        self.record_button.setFocus()

    # -- what the recorder says ------------------------------------------------------
    @Slot(RecorderState)
    def _on_state(self, state: RecorderState) -> None:
        if state is RecorderState.COUNTING_IN:
            self.status.setText(self.tr("Get ready…"))
        elif state is RecorderState.RECORDING:
            self.status.setText(self.tr("Speak now. Press Stop when you are done."))
        elif state is RecorderState.ENCODING:
            self.status.setText(self.tr("A moment: keeping the take…"))
        elif state is RecorderState.FAILED and self.recorder.failure is not None:
            row = self.row
            self.message.setText(failure_text(self.recorder.failure, row.longest_s if row else 0.0))
            self._show_step()
        elif state is RecorderState.IDLE:
            self._show_step()
        self._enable()
        if state in (RecorderState.FAILED, RecorderState.IDLE):
            self.record_button.setFocus()  # Stop, which had the focus, is off again

    @Slot(int)
    def _on_count_in(self, count: int) -> None:
        if count > 0:
            self.status.setText(self.tr("Recording begins in %1…").replace("%1", str(count)))

    @Slot(float)
    def _on_level(self, level: float) -> None:
        self.meter.setValue(round(level * 100))

    @Slot(Take)
    def _on_take(self, take: Take) -> None:
        pack, row, index = self.pack, self.row, self.steps.currentRow()
        if pack is None or row is None:
            return
        try:
            self.packs.keep(pack.id, row.session, row.step, take.path, take.seconds, self.bar.known)
        except VoicePackError as error:
            self.message.setText(problem_text(error))
            return
        finally:
            take.path.unlink(missing_ok=True)
        kept = self.tr("Kept: %1.").replace("%1", seconds_words(take.seconds))
        if take.clipped:
            self.message.setText(
                kept
                + " "
                + self.tr("It was a little loud: record it again a bit further away if you like.")
            )
        elif index + 1 < self.steps.count():
            self.steps.setCurrentRow(index + 1)  # clears the message: set after
            self.message.setText(kept + " " + self.tr("On to the next step."))
        else:
            self.message.setText(kept + " " + self.tr("That was the last step of this session."))
        self.record_button.setFocus()

    @Slot(bool)
    def _on_playing(self, playing: bool) -> None:
        self._playing = playing
        self._enable()

    def hideEvent(self, event: QHideEvent) -> None:
        # Closed, Esc, or hidden with its parent: the microphone and the player stop.
        self.recorder.close()
        super().hideEvent(event)


def open_recorder(
    parent: QWidget | None,
    packs: VoicePacksController,
    scripts: Scripts,
    language: str,
    prefs: Preferences | None = None,
    clock: Clock | None = None,
    device: AudioDevice | None = None,
) -> RecorderWindow:
    """Open the recording screen (window-modal over ``parent``) and return it.

    Qt Multimedia is loaded here, the first time; a machine without it records nothing but
    the screen still lists, exports and imports. ``scripts(language)`` gives the relaxation
    scripts of a language (a pack may be in another language than the app).
    """
    if device is None:
        try:
            from breathapp.controllers.voice_audio import QtAudioDevice

            device = QtAudioDevice()
        except ImportError as error:
            log.info("voice recorder: Qt Multimedia is not available: %s", error)
            device = AudioDevice()
    work_dir = Path(tempfile.mkdtemp(prefix="breathapp-takes-"))
    recorder = VoiceRecorder(device, clock or SystemClock(), QTimer(), work_dir)
    window = RecorderWindow(
        packs, recorder, scripts, language, prefs.voice_pack if prefs else "", parent=parent
    )
    recorder.setParent(window)
    device.setParent(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.setWindowModality(Qt.WindowModality.WindowModal)
    window.destroyed.connect(lambda: shutil.rmtree(work_dir, ignore_errors=True))
    window.show()
    return window
