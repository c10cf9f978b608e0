# SPDX-License-Identifier: GPL-3.0-or-later
"""The PIN question the features share: a masked field, with a line of feedback.

Asking a PIN a profile has, the field takes digits or a passphrase alike. Asking a new
one (``passphrase_label`` given) it takes 4 to 8 digits, or, with "Use a passphrase
instead" ticked, a passphrase of 8 characters or more.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.profiles import PIN_MAX_DIGITS, SECRET_MAX_CHARS, valid_passphrase, valid_pin

# Wide enough for a sentence on two lines, in characters: it grows with the text size.
WIDTH_CHARS = 42
_SECRET_HINTS = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText


class PinDialog(QDialog):
    """Asks one PIN; ``pin()`` is what was typed once accepted.

    ``message`` says what happened before (a wrong PIN); ``min_digits`` keeps the button
    off until that many characters are typed, so a short PIN never spends a try. With
    ``passphrase_label`` it asks a new PIN: ``note`` then says what a PIN protects.
    """

    def __init__(
        self,
        title: str,
        label: str,
        message: str = "",
        min_digits: int = 0,
        accept_text: str = "",
        parent: QWidget | None = None,
        *,
        passphrase_label: str = "",
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self._min_digits = min_digits
        self._digits_label = label
        self._passphrase_label = passphrase_label
        self.setWindowTitle(title)
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("pinField")  # large dots, a clear focus ring (style.py)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(SECRET_MAX_CHARS)  # a PIN or a passphrase
        self.field.setInputMethodHints(_SECRET_HINTS)
        self.field.setAccessibleName(label)
        self.field.setAccessibleDescription(message)
        self.label.setBuddy(self.field)
        self._digits = QRegularExpressionValidator(QRegularExpression("[0-9]*"), self)
        self.passphrase = QCheckBox(
            QCoreApplication.translate("dialogs", "Use a passphrase instead")
        )
        self.passphrase.setVisible(bool(passphrase_label))
        self.note = QLabel(note)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
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
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_CHARS)
        # As tall as its wrapped words need at any text size (a free size came out shorter
        # than the layout's height for its width at 200 %, cutting the buttons off).
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)
        self.field.textChanged.connect(self._on_text_changed)
        self.passphrase.toggled.connect(self._on_passphrase_toggled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if passphrase_label:
            self._on_passphrase_toggled(False)
        self._on_text_changed(self.field.text())
        self.field.setFocus()

    def pin(self) -> str:
        return self.field.text()

    @property
    def asks_new(self) -> bool:
        return bool(self._passphrase_label)

    @Slot(bool)
    def _on_passphrase_toggled(self, passphrase: bool) -> None:
        """A new PIN: digits only (at most 8), or any passphrase."""
        self.field.clear()
        self.field.setValidator(None if passphrase else self._digits)
        self.field.setMaxLength(SECRET_MAX_CHARS if passphrase else PIN_MAX_DIGITS)
        hints = _SECRET_HINTS if passphrase else _SECRET_HINTS | Qt.InputMethodHint.ImhDigitsOnly
        self.field.setInputMethodHints(hints)
        text = self._passphrase_label if passphrase else self._digits_label
        self.label.setText(text)
        self.field.setAccessibleName(text)
        self.field.setFocus()

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        if self.asks_new:
            # Empty may mean "remove"; otherwise only what would be accepted as it stands.
            fits = valid_passphrase if self.passphrase.isChecked() else valid_pin
            self.ok_button.setEnabled(not text or fits(text))
        else:
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
    return _answer(dialog)


def ask_new_pin(
    parent: QWidget | None, title: str, label: str, passphrase_label: str, note: str
) -> str | None:
    """A new PIN of digits or a passphrase; "" when left empty; None when cancelled."""
    dialog = PinDialog(title, label, parent=parent, passphrase_label=passphrase_label, note=note)
    return _answer(dialog)


def _answer(dialog: PinDialog) -> str | None:
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    pin = dialog.pin()
    dialog.deleteLater()
    return pin if accepted else None


def pin_note() -> str:
    """What a PIN protects, in short: said where a new PIN is typed."""
    return QCoreApplication.translate(
        "PinDialog",
        "A PIN seals the notes, ratings, pain scores and the therapist's message and plan "
        "on this computer. Names, dates and minutes stay visible. Digits can be guessed by "
        "someone who copies the files: a passphrase is stronger.",
    )


def pin_protects() -> str:
    """What a PIN protects and what it does not, in full: said in Settings."""
    return QCoreApplication.translate(
        "PinDialog",
        "With a PIN, this profile opens only with it, and its notes, ratings, pain scores "
        "and the therapist's message and plan are sealed on this computer, in its backups "
        "too. The profile's name, the dates and the minutes practised stay visible, for the "
        "list of profiles and the reminders. Someone who copies the files can try every "
        "4-digit PIN within hours; a passphrase of several words, or a separate computer "
        "account for each person, is the stronger wall. A forgotten PIN cannot be "
        "recovered: the therapist can delete the profile, but no one can read it.",
    )
