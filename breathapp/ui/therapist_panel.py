# SPDX-License-Identifier: GPL-3.0-or-later
"""The therapist's small panel while the guide shows on another screen: live pace and keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from breathapp.controllers.session_controller import Readout, SessionController
from breathapp.ui import labels

if TYPE_CHECKING:
    from breathapp.ui.presentation import LiveControls, Presentation


class TherapistPanel(QWidget):
    """Stays on the therapist's screen: the pace now, the keys, the screen for the guide."""

    def __init__(
        self, session: SessionController, controls: LiveControls, presentation: Presentation
    ) -> None:
        super().__init__(None, Qt.WindowType.Tool)
        self.setObjectName("therapistPanel")
        self._presentation = presentation
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.pace_label = QLabel()
        self.pace_label.setObjectName("cardValue")
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.keys_label = QLabel()
        self.keys_label.setObjectName("muted")
        self.keys_label.setWordWrap(True)
        self.screen_box = QComboBox()
        self.leave_button = QPushButton()
        layout = QVBoxLayout(self)
        for widget in (
            self.title,
            self.pace_label,
            self.notice_label,
            self.keys_label,
            self.screen_box,
            self.leave_button,
        ):
            layout.addWidget(widget)
        self.actions_ = controls.add_actions(self)
        self.leave_button.clicked.connect(controls.leave)
        controls.notice.connect(self.notice_label.setText)
        session.readout_changed.connect(self._on_readout)
        self.screen_box.activated.connect(self._on_screen_picked)
        self._presets = controls.presets()
        heading = session.heading_to()
        if heading is not None:
            self.pace_label.setText(labels.rate_text(heading.rate_bpm))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presentation"))
        self.title.setText(self.tr("The guide is on the other screen"))
        self.leave_button.setText(self.tr("End the demonstration (Esc)"))
        numbers = "\n".join(
            f"{i}  {labels.preset_name(p.id)}" for i, p in enumerate(self._presets, start=1)
        )
        self.keys_label.setText(
            self.tr(
                "Up / Down: half a breath per minute faster or slower\n"
                "Left / Right: shorter or longer exhale\n"
                "Space: pause or continue   Esc: end"
            )
            + "\n\n"
            + numbers
        )
        self.screen_box.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            name = screen.name() or str(number)
            self.screen_box.addItem(self.tr("Guide on: %1").replace("%1", name))
            self.screen_box.setItemData(self.screen_box.count() - 1, screen.name())

    @Slot(object)
    def _on_readout(self, r: Readout) -> None:
        self.pace_label.setText(labels.rate_text(r.rate_bpm))

    @Slot(int)
    def _on_screen_picked(self, index: int) -> None:
        name = self.screen_box.itemData(index)
        if isinstance(name, str):
            self._presentation.move_to(name)
