# SPDX-License-Identifier: GPL-3.0-or-later
"""The PIN part of Settings: set, change or remove the profile's PIN with the menu's dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from breathapp.ui.common.pin_dialog import pin_protects

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent


class PinActions(Protocol):
    """ui.profiles.profile_menu.ProfileActions: its dialogs ask, check and tell what happened."""

    def has_pin(self) -> bool: ...
    def set_new_pin(self) -> None: ...
    def change_existing_pin(self) -> None: ...
    def remove_pin(self) -> None: ...


class PinSettings(QWidget):
    """Part of the settings page of a real profile (never the guest's).

    Every button opens the same questions as the Profile menu; the state is read again
    after each, so what the page says is always what is stored.
    """

    def __init__(self, actions: PinActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._has_pin = actions.has_pin()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.help = QLabel()
        self.help.setObjectName("muted")
        self.help.setWordWrap(True)
        self.set_button = QPushButton()
        self.change_button = QPushButton()
        self.remove_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.set_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.help)
        layout.addLayout(buttons)
        self.set_button.clicked.connect(self._on_set_clicked)
        self.change_button.clicked.connect(self._on_change_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_button.setText(self.tr("Set a PIN…"))
        self.change_button.setText(self.tr("Change the PIN…"))
        self.remove_button.setText(self.tr("Remove the PIN…"))
        self.help.setText(pin_protects())
        self._show()

    def focus_order(self) -> list[QWidget]:
        """Its buttons, left to right (for the page's Tab order)."""
        return [self.set_button, self.change_button, self.remove_button]

    def refresh(self) -> None:
        """Read the state again (after a dialog, or when the page is shown)."""
        self._has_pin = self._actions.has_pin()
        self._show()

    def _show(self) -> None:
        has_pin = self._has_pin
        self.status.setText(
            self.tr("This profile opens with a PIN.")
            if has_pin
            else self.tr("This profile has no PIN: it opens without one.")
        )
        self.set_button.setVisible(not has_pin)
        self.change_button.setVisible(has_pin)
        self.remove_button.setVisible(has_pin)

    @Slot()
    def _on_set_clicked(self) -> None:
        self._actions.set_new_pin()
        self.refresh()

    @Slot()
    def _on_change_clicked(self) -> None:
        self._actions.change_existing_pin()
        self.refresh()

    @Slot()
    def _on_remove_clicked(self) -> None:
        self._actions.remove_pin()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # the Profile menu may have changed it meanwhile
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
