# SPDX-License-Identifier: GPL-3.0-or-later
"""Before a session, with pain of 7 or more: one calm line offering the gentle flare-up
session instead, and two buttons. Either is one tap; nothing is in the way."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from breathapp.ui.common.widgets import centered_label, centered_row


class FlareOffer(QWidget):
    """The offer: the flare-up session, or the planned session as it was.

    Signals:
        flare_up(): the gentle flare-up session was chosen.
        keep(): the planned session was kept.
    """

    flare_up = Signal()
    keep = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = centered_label("summaryTitle", wrap=True)
        self.flare_up_button = QPushButton()
        self.flare_up_button.setObjectName("primary")
        self.keep_button = QPushButton()
        for button in (self.flare_up_button, self.keep_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setMinimumHeight(48)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.line)
        layout.addSpacing(24)
        # One above the other: whole at 200 % text in every language.
        layout.addLayout(centered_row(self.flare_up_button))
        layout.addSpacing(8)
        layout.addLayout(centered_row(self.keep_button))
        layout.addStretch(3)
        self.flare_up_button.clicked.connect(self.flare_up)
        self.keep_button.clicked.connect(self.keep)
        self.retranslate()

    def start(self) -> None:
        self.flare_up_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm(self) -> None:
        """Enter or Space: the button that has the focus (the flare-up session at first)."""
        (self.keep_button if self.keep_button.hasFocus() else self.flare_up_button).click()

    def retranslate(self) -> None:
        self.line.setText(
            self.tr("Your pain is high today. A gentle flare-up session can help, if you like.")
        )
        self.flare_up_button.setText(self.tr("The flare-up session"))
        self.keep_button.setText(self.tr("Keep my planned session"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
