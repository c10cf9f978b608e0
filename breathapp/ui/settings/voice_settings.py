# SPDX-License-Identifier: GPL-3.0-or-later
"""Voice settings: the therapist's recorded voice, the computer's voice (which one, how
fast, and a Listen button), what the breathing guide says, and a calm word where the
computer cannot speak."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.narrator import Narrator
from breathapp.controllers.prefs_controller import PrefsController
from breathapp.core.prefs import BREATH_WORDS, Preferences
from breathapp.ui.settings.groups import WrapCheckBox

# A voice pack on offer: (id, name, steps recorded), for the app's language.
PackChoice = tuple[str, str, int]
RATE_STEPS = 10  # the slider goes from -10 to 10: tenths of the engine's rate


def _caption(buddy: QWidget) -> QLabel:
    label = QLabel()
    label.setObjectName("fieldCaption")
    label.setWordWrap(True)
    label.setBuddy(buddy)
    return label


def _help() -> QLabel:
    label = QLabel()
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class VoiceSettings(QWidget):
    """Part of the settings page; every change is saved at once.

    Signals:
        record_requested(): the therapist wants to record a voice (opens the recorder).
    """

    record_requested = Signal()

    def __init__(
        self,
        prefs: PrefsController,
        narrator: Narrator,
        packs: Callable[[str], list[PackChoice]],
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._narrator = narrator
        self._packs = packs
        self._language = language
        self._updating = False
        line = self.fontMetrics().height()
        self.recorded = WrapCheckBox()
        self.pack = QComboBox()
        self.pack_caption = _caption(self.pack)
        self.record = QPushButton()
        self.computer = WrapCheckBox()
        self.voice = QComboBox()
        self.voice_caption = _caption(self.voice)
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(-RATE_STEPS, RATE_STEPS)
        self.rate.setPageStep(2)
        self.rate.setMinimumWidth(round(8 * line))
        self.rate_caption = _caption(self.rate)
        self.slower = QLabel()
        self.faster = QLabel()
        self.listen = QPushButton()
        self.breath_words = QComboBox()
        self.breath_caption = _caption(self.breath_words)
        for field in (self.pack, self.voice, self.breath_words):
            # As wide as their longest choice where there is room; narrower on a narrow
            # page (200 % text, a longer language), the open list still shows it whole.
            field.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            field.setMinimumContentsLength(16)
            field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            field.setMinimumWidth(round(13 * line))
        for code in BREATH_WORDS:
            self.breath_words.addItem("", code)
        self.status = _help()
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.slower)
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(self.faster)
        buttons = QHBoxLayout()
        buttons.addWidget(self.listen)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        gap = round(0.6 * line)
        for part in (
            self.recorded,
            self.pack_caption,
            self.pack,
            self.record,
            gap,
            self.computer,
            self.voice_caption,
            self.voice,
            self.rate_caption,
            rate_row,
            buttons,
            self.status,
            gap,
            self.breath_caption,
            self.breath_words,
        ):
            if isinstance(part, int):
                layout.addSpacing(part)
            elif isinstance(part, QHBoxLayout):
                layout.addLayout(part)
            elif isinstance(part, QPushButton):
                layout.addWidget(part, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                layout.addWidget(part)  # words wrap: the whole width
        for box in (self.recorded, self.computer):
            box.toggled.connect(self._on_changed)
        self.pack.activated.connect(self._on_changed)
        self.voice.activated.connect(self._on_changed)
        self.rate.valueChanged.connect(self._on_changed)
        self.breath_words.activated.connect(self._on_changed)
        self.listen.clicked.connect(self.speak_sample)
        self.record.clicked.connect(self.record_requested)
        prefs.changed.connect(self._show)
        narrator.availability_changed.connect(self.refill)
        self.retranslate()

    def retranslate(self) -> None:
        self.recorded.setText(self.tr("My therapist's recorded voice, where there is one"))
        self.pack_caption.setText(self.tr("Recorded voice"))
        self.pack.setAccessibleName(self.tr("Recorded voice"))
        self.record.setText(self.tr("Record a voice…"))
        self.record.setToolTip(self.tr("For your therapist: record each step in their own voice."))
        self.computer.setText(self.tr("The computer's voice for the other steps"))
        self.voice_caption.setText(self.tr("Computer voice"))
        self.voice.setAccessibleName(self.tr("Computer voice"))
        self.rate_caption.setText(self.tr("Speed"))
        self.rate.setAccessibleName(self.tr("Speed of the voice"))
        self.slower.setText(self.tr("Slower"))
        self.faster.setText(self.tr("Faster"))
        self.listen.setText(self.tr("Listen"))
        self.listen.setAccessibleDescription(self.tr("Hear the voice at this speed"))
        self.breath_caption.setText(self.tr("In the breathing guide"))
        self.breath_words.setAccessibleName(self.tr("In the breathing guide"))
        texts = {
            "off": self.tr("Tones only, no words"),
            "words": self.tr("Say “in” and “out”"),
            "count": self.tr("Say “in” and “out” and count softly"),
        }
        for i in range(self.breath_words.count()):
            self.breath_words.setItemText(i, texts[self.breath_words.itemData(i)])
        self.refill()

    def focus_order(self) -> list[QWidget]:
        """Its controls as they stand, top to bottom (for the page's Tab order)."""
        return [
            self.recorded,
            self.pack,
            self.record,
            self.computer,
            self.voice,
            self.rate,
            self.listen,
            self.breath_words,
        ]

    def sample_text(self) -> str:
        return self.tr("Breathe in gently through your nose. And slowly out.")

    @Slot()
    def speak_sample(self) -> None:
        """Say a calm sentence with the chosen voice and speed."""
        prefs = self._prefs.prefs
        computer = self._narrator.computer
        computer.load()
        if computer.configure(
            self._language(), prefs.voice_name, prefs.voice_rate, prefs.sound_volume / 100.0
        ):
            computer.say(self.sample_text())

    @Slot()
    def refill(self) -> None:
        """The voices and recorded voices on offer for the app's language."""
        self._updating = True
        try:
            language = self._language()
            self.pack.clear()
            self.pack.addItem(self.tr("None"), "")
            for pack_id, name, steps in self._packs(language):
                self.pack.addItem(
                    self.tr("%1 (%Ln steps)", "", steps).replace("%1", name),
                    pack_id,
                )
            self.voice.clear()
            computer = self._narrator.computer
            names = computer.voices(language) if computer.available else []
            self.voice.addItem(self.tr("The usual voice"), "")
            for name in names:
                self.voice.addItem(name, name)
        finally:
            self._updating = False
        self._show(self._prefs.prefs)

    def _status_text(self, prefs: Preferences) -> str:
        computer = self._narrator.computer
        if not prefs.voice_computer or computer.available is None:
            return ""
        if not computer.available:
            return self.tr(
                "This computer has no speech voice installed, so the steps are not read "
                "aloud. A chime marks each step, and your therapist's recordings still play."
            )
        if self.voice.count() <= 1:
            return self.tr(
                "This computer has no voice for this language, so the steps are not read "
                "aloud. A chime marks each step, and your therapist's recordings still play."
            )
        return ""

    @Slot(object)
    def _show(self, prefs: Preferences) -> None:
        self._updating = True
        try:
            self.recorded.setChecked(prefs.voice_recorded)
            self.pack.setCurrentIndex(max(0, self.pack.findData(prefs.voice_pack)))
            self.pack.setEnabled(prefs.voice_recorded)
            self.computer.setChecked(prefs.voice_computer)
            self.voice.setCurrentIndex(max(0, self.voice.findData(prefs.voice_name)))
            self.rate.setValue(round(prefs.voice_rate * RATE_STEPS))
            usable = prefs.voice_computer and self.voice.count() > 1
            for part in (self.voice, self.rate, self.listen):
                part.setEnabled(usable)
            self.breath_words.setCurrentIndex(
                max(0, self.breath_words.findData(prefs.breath_words))
            )
            status = self._status_text(prefs)
            self.status.setText(status)
            self.status.setVisible(bool(status))
        finally:
            self._updating = False

    @Slot()
    def _on_changed(self) -> None:
        if self._updating:
            return
        self._prefs.update(
            voice_recorded=self.recorded.isChecked(),
            voice_pack=self.pack.currentData() or "",
            voice_computer=self.computer.isChecked(),
            voice_name=self.voice.currentData() or "",
            voice_rate=self.rate.value() / RATE_STEPS,
            breath_words=self.breath_words.currentData(),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
