# SPDX-License-Identifier: GPL-3.0-or-later
"""Small dialogs: keyboard shortcuts, About, and calm questions. Loaded when first opened."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from breathapp import __version__


def show_shortcuts(parent: QWidget) -> None:
    rows = [
        (
            QCoreApplication.translate("MainWindow", "Space"),
            QCoreApplication.translate("MainWindow", "Start, pause or continue"),
        ),
        (
            QCoreApplication.translate("MainWindow", "Enter"),
            QCoreApplication.translate("MainWindow", "Start"),
        ),
        (
            QCoreApplication.translate("MainWindow", "Esc"),
            QCoreApplication.translate("MainWindow", "Stop the session, or leave full screen"),
        ),
        ("D", QCoreApplication.translate("MainWindow", "I feel dizzy: stop at once")),
        ("← →", QCoreApplication.translate("MainWindow", "Previous or next step of a relaxation")),
        ("M", QCoreApplication.translate("MainWindow", "Sound on or off")),
        ("F11", QCoreApplication.translate("MainWindow", "Full screen on or off")),
        ("Ctrl+P", QCoreApplication.translate("MainWindow", "Report for your therapist (PDF)…")),
        ("Ctrl+S", QCoreApplication.translate("MainWindow", "Save a backup…")),
        ("Ctrl+O", QCoreApplication.translate("MainWindow", "Open a practice file…")),
        ("Ctrl+E", QCoreApplication.translate("MainWindow", "Edit plan…")),
        ("Ctrl+I", QCoreApplication.translate("MainWindow", "Import a plan…")),
        ("Ctrl+Shift+E", QCoreApplication.translate("MainWindow", "Export the plan…")),
        ("Ctrl+Q", QCoreApplication.translate("MainWindow", "Quit")),
    ]
    table = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
        f"<table>{table}</table>",
    )


def about_box(parent: QWidget, data_dir: str, open_folder: Callable[[], object]) -> QMessageBox:
    """Version, licence, the data folder and a button to open it; shown, not blocking."""
    text = QCoreApplication.translate(
        "MainWindow",
        "<h3>BreathApp %1</h3><p>Guided slow belly breathing, at your own pace.</p>"
        "<p>A practice aid, not a medical device. Breathe gently; if you feel dizzy, "
        "stop and breathe normally.</p><p>Works fully offline: nothing leaves this "
        "computer.</p><p>Your data is kept in:<br>%2</p><p>Licence: GPL-3.0-or-later</p>",
    )
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About BreathApp"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(text.replace("%1", __version__).replace("%2", html.escape(data_dir)))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    folder = box.addButton(
        QCoreApplication.translate("MainWindow", "Open the data folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    folder.clicked.connect(open_folder)
    # Our own word, not Qt's: Qt's translations are not loaded, ours are.
    close = box.addButton(
        QCoreApplication.translate("MainWindow", "Close"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(close)
    box.open()
    return box


def cancel_button(box: QMessageBox) -> QPushButton:
    """A Cancel in the app's language (Qt's own translations are not loaded); Esc presses it."""
    button = box.addButton(
        QCoreApplication.translate("dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setEscapeButton(button)
    return button


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask before something that cannot be undone; No is the default, in the app's language."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    yes = box.addButton(
        QCoreApplication.translate("dialogs", "Yes"), QMessageBox.ButtonRole.YesRole
    )
    no = box.addButton(QCoreApplication.translate("dialogs", "No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def confirm_box(
    parent: QWidget | None,
    title: str,
    text: str,
    keep: str,
    go: str,
    go_role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole,
) -> tuple[QMessageBox, QPushButton]:
    """A question whose default (Enter) and Esc answer ``keep``; and its ``go`` button.

    The question (``title``) is said in the box as well: a title bar is easily missed.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, "", parent=parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<b>{html.escape(title)}</b>")
    box.setInformativeText(text)
    go_button = box.addButton(go, go_role)
    keep_button = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)
    return box, go_button


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    keep: str,
    go: str,
    go_role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole,
) -> bool:
    """Whether ``go`` was chosen; anything else (``keep``, Esc, closing) changes nothing."""
    box, go_button = confirm_box(parent, title, text, keep, go, go_role)
    box.exec()
    return box.clickedButton() is go_button
