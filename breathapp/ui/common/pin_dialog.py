# SPDX-License-Identifier: GPL-3.0-or-later
"""The PIN question the features share: a masked field for digits, with a line of feedback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.profiles import PIN_MAX_DIGITS

# Wide enough for a sentence on two lines, in characters: it grows with the text size.
WIDTH_CHARS = 42


class PinDialog(QDialog):
    """Asks one PIN; ``pin()`` is what was typed once accepted.

    ``message`` says what happened before (a wrong PIN); ``min_digits`` keeps the button
    off until that many digits are typed, so a short PIN never spends a try.
    """

    def __init__(
        self,
        title: str,
        label: str,
        message: str = "",
        min_digits: int = 0,
        accept_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._min_digits = min_digits
        self.setWindowTitle(title)
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("pinField")  # large dots, a clear focus ring (style.py)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(PIN_MAX_DIGITS)
        self.field.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]*"), self))
        self.field.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        self.field.setAccessibleName(label)
        self.field.setAccessibleDescription(message)
        self.label.setBuddy(self.field)
        self.message = QLabel(message)
        self.message.setObjectName("notice")
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(
            accept_text or QCoreApplication.translate("dialogs", "OK"), default=True
        )
        self.cancel_button = QPushButton(QCoreApplication.translate("dialogs", "Cancel"))
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.ok_button, self.cancel_button):
            button.setAccessibleName(button.text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_CHARS)
        # As tall as its wrapped words need at any text size (a free size came out shorter
        # than the layout's height for its width at 200 %, cutting the buttons off).
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)
        self.field.textChanged.connect(self._on_text_changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._on_text_changed(self.field.text())
        self.field.setFocus()

    def pin(self) -> str:
        return self.field.text()

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(len(text) >= self._min_digits)


def ask_pin(
    parent: QWidget | None,
    title: str,
    label: str,
    message: str = "",
    min_digits: int = 0,
    accept_text: str = "",
) -> str | None:
    """The typed PIN, or None when cancelled (Esc or Cancel)."""
    dialog = PinDialog(title, label, message, min_digits, accept_text, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    pin = dialog.pin()
    dialog.deleteLater()
    return pin if accepted else None
