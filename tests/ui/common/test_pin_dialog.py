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


def test_the_pin_is_masked_and_named_and_may_be_a_passphrase(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    field = dialog.field
    assert field.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.focusWidget() is field  # typing can start at once
    qtbot.keyClicks(field, "12a3 b45678999")
    assert field.text() == "12a3 b45678999"  # a profile's secret may be a passphrase
    assert not dialog.passphrase.isVisible() and not dialog.note.isVisible()
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


def test_a_new_pin_is_digits_or_with_the_box_ticked_a_passphrase(qtbot: QtBot) -> None:
    dialog = PinDialog(
        "PIN for this profile",
        "A new PIN of 4 to 8 digits.",
        passphrase_label="A new passphrase of 8 characters or more.",
        note="What a PIN protects.",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.passphrase.isVisible() and dialog.note.text() == "What a PIN protects."
    assert dialog.passphrase.text() == "Use a passphrase instead"
    qtbot.keyClicks(dialog.field, "12a3b45678999")
    assert dialog.field.text() == "12345678"  # digits only, at most 8
    assert dialog.ok_button.isEnabled()
    dialog.field.setText("123")
    assert not dialog.ok_button.isEnabled()  # not yet a PIN
    dialog.passphrase.setChecked(True)
    assert dialog.label.text() == "A new passphrase of 8 characters or more."
    assert dialog.field.accessibleName() == dialog.label.text() and dialog.field.text() == ""
    qtbot.keyClicks(dialog.field, "calm sea")
    assert dialog.ok_button.isEnabled() and dialog.pin() == "calm sea"
    dialog.field.setText("calm")
    assert not dialog.ok_button.isEnabled()  # too short for a passphrase
    dialog.field.setText("")
    assert dialog.ok_button.isEnabled()  # empty: for "remove the PIN" where offered
