# SPDX-License-Identifier: GPL-3.0-or-later
"""How to reach the therapist, as a card: on Today, in the plan's import preview and on a
bad day's closing page."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from breathapp.core.plans import Contact
from breathapp.ui.common.widgets import text_label


class ContactCard(QFrame):
    """How to reach the therapist: name, practice, phone, e-mail and when to call.

    Only what the therapist filled in is shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.name = text_label("cardTitle", selectable=True)
        self._rows: list[tuple[QLabel, QLabel]] = []
        # Each value under its caption, in the card's whole width: an e-mail address has
        # no place to wrap, and beside a long caption (Dutch "Wanneer bellen") it was cut off.
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        for index in range(4):
            key = QLabel()
            key.setObjectName("muted")
            key.setContentsMargins(0, 6 if index else 0, 0, 0)
            value = text_label(selectable=True)
            grid.addWidget(key, 2 * index, 0)
            grid.addWidget(value, 2 * index + 1, 0)
            self._rows.append((key, value))
        column = QVBoxLayout(self)
        column.setContentsMargins(22, 16, 22, 18)
        column.setSpacing(6)
        column.addWidget(self.name)
        column.addLayout(grid)
        self._contact = Contact()
        self.retranslate()

    def show_contact(self, contact: Contact) -> None:
        self._contact = contact
        self.retranslate()

    def is_empty(self) -> bool:
        c = self._contact
        return not any((c.therapist, c.practice, c.phone, c.email, c.hours))

    def retranslate(self) -> None:
        c = self._contact
        self.name.setText(c.therapist or c.practice)
        self.name.setVisible(bool(c.therapist or c.practice))
        keys = (self.tr("Practice"), self.tr("Phone"), self.tr("E-mail"), self.tr("When to call"))
        practice = c.practice if c.therapist else ""  # else it is the name above
        for (key, value), name, text in zip(
            self._rows, keys, (practice, c.phone, c.email, c.hours), strict=True
        ):
            key.setText(name)
            value.setText(text)
            key.setVisible(bool(text))
            value.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
