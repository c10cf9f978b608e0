# SPDX-License-Identifier: GPL-3.0-or-later
"""The shared PIN question and the calm confirmation: keyboard only, named, masked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from breathapp.ui.common.dialogs import confirm_box
from breathapp.ui.common.pin_dialog import PinDialog


def _dialog(qtbot: QtBot, message: str = "", min_digits: int = 4) -> PinDialog:
    dialog = PinDialog(
        "PIN for this profile", "Type the PIN:", message, min_digits, "Allow breath holds"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_pin_is_masked_digits_only_and_named(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    field = dialog.field
    assert field.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.focusWidget() is field  # typing can start at once
    qtbot.keyClicks(field, "12a3b45678999")
    assert field.text() == "12345678"  # letters refused, at most 8 digits
    assert field.accessibleName() == "Type the PIN:"
    assert dialog.label.buddy() is field
    for button in (dialog.ok_button, dialog.cancel_button):
        assert button.text() and button.accessibleName() == button.text()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert dialog.ok_button.text() == "Allow breath holds"


def test_enter_gives_the_pin_once_it_is_long_enough(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.field, "258")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.isVisible()  # three digits are not a PIN: no try is spent
    qtbot.keyClicks(dialog.field, "0")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == PinDialog.DialogCode.Accepted and dialog.pin() == "2580"


def test_escape_cancels(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.field, "2580")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert dialog.result() == PinDialog.DialogCode.Rejected


def test_a_message_is_shown_and_read_out(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, "That PIN is not right. Tries left: 4.")
    assert dialog.message.isVisible()
    assert dialog.message.text() == "That PIN is not right. Tries left: 4."
    assert "Tries left: 4" in dialog.field.accessibleDescription()
    assert not _dialog(qtbot).message.isVisible()


def test_the_confirmation_keeps_things_as_they_are_by_default(qtbot: QtBot) -> None:
    box, go = confirm_box(
        None, "Allow breath holds again?", "Why.", "Keep them off", "Allow breath holds"
    )
    qtbot.addWidget(box)
    keep = box.defaultButton()
    assert keep is not None and keep.text() == "Keep them off"
    assert box.escapeButton() is keep and go.text() == "Allow breath holds"
    assert box.windowTitle() == "Allow breath holds again?"
    assert "Allow breath holds again?" in box.text()  # said in the box too
    assert box.informativeText() == "Why."
    assert box.icon() is QMessageBox.Icon.Question
