# SPDX-License-Identifier: GPL-3.0-or-later
"""Sound settings: on or off, volume, which cues, the background sound; and a calm word when
sound cannot play."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.core.prefs import Preferences
from breathapp.ui.common.sound import SoundBank
from breathapp.ui.settings.background_settings import BackgroundSettings
from breathapp.ui.settings.groups import WrapCheckBox

_CUE_PREFS = ("cue_inhale", "cue_exhale", "cue_hold", "cue_step", "cue_end", "eyes_closed")


class SoundSettings(QWidget):
    """Part of the settings page; every change is saved at once."""

    def __init__(
        self, prefs: PrefsController, sound: SoundBank, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._sound = sound
        self._updating = False
        self.sound_on = WrapCheckBox()
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setMinimumWidth(round(8 * self.fontMetrics().height()))
        self.volume_label = QLabel()
        self.cues = {name: WrapCheckBox() for name in _CUE_PREFS}
        self.background = BackgroundSettings(prefs)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume_label)
        volume_row.addWidget(self.volume)
        volume_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sound_on)
        layout.addLayout(volume_row)
        for box in self.cues.values():
            layout.addWidget(box)
        layout.addWidget(self.background)
        layout.addWidget(self.status)
        self.sound_on.toggled.connect(self._on_changed)
        self.volume.valueChanged.connect(self._on_changed)
        for box in self.cues.values():
            box.toggled.connect(self._on_changed)
        prefs.changed.connect(self._show)
        sound.availability_changed.connect(self._show_status)
        self.retranslate()

    def retranslate(self) -> None:
        self.sound_on.setText(self.tr("Sound on (M)"))
        self.volume_label.setText(self.tr("Volume"))
        self.volume.setAccessibleName(self.tr("Volume"))
        texts = {
            "cue_inhale": self.tr("Breathing in: a rising tone"),
            "cue_exhale": self.tr("Breathing out: a falling tone"),
            "cue_hold": self.tr("Pauses: a soft tick"),
            "cue_step": self.tr("Next relaxation step: a chime"),
            "cue_end": self.tr("End of the session: a bell"),
            "eyes_closed": self.tr("Eyes closed: a soft hum that rises and falls with your breath"),
        }
        for name, box in self.cues.items():
            box.setText(texts[name])
        self._show(self._prefs.prefs)
        self._show_status()

    def focus_order(self) -> list[QWidget]:
        """Its controls as they stand, top to bottom (for the page's Tab order)."""
        return [self.sound_on, self.volume, *self.cues.values(), *self.background.focus_order()]

    @Slot()
    def _show_status(self) -> None:
        if self._sound.available is False:
            self.status.setText(
                self.tr(
                    "This computer cannot play sound right now (no sound device was found), "
                    "so BreathApp runs silently. Everything else works as usual."
                )
            )
            self.status.show()
        else:
            self.status.hide()

    @Slot(object)
    def _show(self, prefs: Preferences) -> None:
        self._updating = True
        try:
            self.sound_on.setChecked(not prefs.sound_muted)
            self.volume.setValue(prefs.sound_volume)
            for name, box in self.cues.items():
                box.setChecked(getattr(prefs, name))
                box.setEnabled(not prefs.sound_muted)
            self.volume.setEnabled(not prefs.sound_muted)
        finally:
            self._updating = False

    @Slot()
    def _on_changed(self) -> None:
        if self._updating:
            return
        changes: dict[str, object] = {name: box.isChecked() for name, box in self.cues.items()}
        self._prefs.update(
            sound_muted=not self.sound_on.isChecked(), sound_volume=self.volume.value(), **changes
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
