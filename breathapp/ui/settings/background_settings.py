# SPDX-License-Identifier: GPL-3.0-or-later
"""The soft background sound under a session: which one, how loud, and a short listen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QHideEvent
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

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.core.prefs import BACKGROUNDS, Preferences
from breathapp.ui.common.background_sound import BackgroundSound, background_gain

LISTEN_MS = 8000  # long enough to hear it come in and settle


def _player(parent: QObject) -> BackgroundSound:
    from breathapp.core.clock import SystemClock

    return BackgroundSound(SystemClock(), parent=parent)


class BackgroundSettings(QWidget):
    """Part of the sound settings; every change is saved at once.

    ``make_player`` makes the player Listen uses, the first time it is pressed;
    ``timer`` ends the listen. Tests put their own in.
    """

    def __init__(
        self,
        prefs: PrefsController,
        make_player: Callable[[], Any] | None = None,
        timer: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._make_player = make_player or (lambda: _player(self))
        self._player: Any = None
        self._timer = timer if timer is not None else QTimer(self)
        self._timer.timeout.connect(self._listened)
        self._listening = False
        self._updating = False
        self.caption = QLabel()
        self.choice = QComboBox()
        for kind in BACKGROUNDS:
            self.choice.addItem("", kind)
        self.choice.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.choice.setMinimumWidth(round(10 * self.fontMetrics().height()))
        self.caption.setBuddy(self.choice)
        self.listen = QPushButton()
        self.volume_label = QLabel()
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setMinimumWidth(round(8 * self.fontMetrics().height()))
        self.volume_label.setBuddy(self.volume)
        self.help = QLabel()
        self.help.setObjectName("muted")
        self.help.setWordWrap(True)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.choice)
        choice_row.addWidget(self.listen)
        choice_row.addStretch(1)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume_label)
        volume_row.addWidget(self.volume)
        volume_row.addStretch(1)
        layout = QVBoxLayout(self)
        line = self.fontMetrics().height()
        layout.setContentsMargins(0, round(0.4 * line), 0, 0)
        layout.setSpacing(round(0.4 * line))
        layout.addWidget(self.caption)
        layout.addLayout(choice_row)
        layout.addLayout(volume_row)
        layout.addWidget(self.help)
        self.choice.activated.connect(self._on_changed)
        self.volume.valueChanged.connect(self._on_changed)
        self.listen.clicked.connect(self._on_listen)
        prefs.changed.connect(self._show)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Background sound"))
        names = (
            self.tr("Off"),
            self.tr("Brown noise"),
            self.tr("Soft rain"),
            self.tr("Soft waves"),
        )
        for i, name in enumerate(names):
            self.choice.setItemText(i, name)
        self.choice.setAccessibleName(self.tr("Background sound"))
        self.listen.setText(self.tr("Listen"))
        self.listen.setAccessibleName(self.tr("Listen to the background sound"))
        self.volume_label.setText(self.tr("Background volume"))
        self.volume.setAccessibleName(self.tr("Background volume"))
        self.help.setText(
            self.tr(
                "A quiet sound under your session, always softer than the voice. "
                "It comes in slowly and fades away when you pause or stop."
            )
        )
        self._show(self._prefs.prefs)

    def focus_order(self) -> list[QWidget]:
        """Its controls as they stand, top to bottom (for the page's Tab order)."""
        return [self.choice, self.listen, self.volume]

    @Slot(object)
    def _show(self, prefs: Preferences) -> None:
        self._updating = True
        try:
            self.choice.setCurrentIndex(max(0, self.choice.findData(prefs.background)))
            self.volume.setValue(prefs.background_volume)
            chosen = prefs.background != "off"
            self.choice.setEnabled(not prefs.sound_muted)
            self.volume.setEnabled(chosen and not prefs.sound_muted)
            self.listen.setEnabled(chosen and not prefs.sound_muted)
        finally:
            self._updating = False
        if self._listening:
            self._play(prefs)

    @Slot()
    def _on_changed(self) -> None:
        if not self._updating:
            self._prefs.update(
                background=self.choice.currentData(), background_volume=self.volume.value()
            )

    @Slot()
    def _on_listen(self) -> None:
        if self._player is None:
            self._player = self._make_player()
        self._listening = True
        self._timer.start(LISTEN_MS)
        self._play(self._prefs.prefs)

    def _play(self, prefs: Preferences) -> None:
        gain = background_gain(prefs, live=True)
        if gain is None or not self._player.play(prefs.background, gain):
            self._listened()

    @Slot()
    def _listened(self) -> None:
        self._timer.stop()
        self._listening = False
        if self._player is not None:
            self._player.fade_out()

    def hideEvent(self, event: QHideEvent) -> None:
        if self._listening:  # the page was left: the listen ends with it
            self._listened()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
