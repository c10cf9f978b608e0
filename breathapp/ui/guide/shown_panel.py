# SPDX-License-Identifier: GPL-3.0-or-later
"""What a demonstration showed: each pattern, its rate and its minutes, ready to copy."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from breathapp.core.live_pace import Shown
from breathapp.ui.common import labels
from breathapp.ui.common.widgets import centered_label, centered_row


class ShownPanel(QWidget):
    """Lists what was shown live, with buttons to copy it or to make a plan from it.

    Signals:
        plan_requested(tuple): open the plan editor filled in from these patterns.
    """

    plan_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: tuple[Shown, ...] = ()
        self.title = centered_label("sectionTitle")
        self.list_label = centered_label("muted", wrap=True)
        self.copy_button = QPushButton()
        self.plan_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list_label)
        layout.addLayout(centered_row(self.copy_button, self.plan_button))
        self.copy_button.clicked.connect(self.copy)
        self.plan_button.clicked.connect(lambda: self.plan_requested.emit(self._shown))
        self.retranslate()

    def show_shown(self, shown: tuple[Shown, ...]) -> None:
        self._shown = shown
        self.retranslate()

    def text(self) -> str:
        """The clipboard text: a heading and one line per pattern."""
        return "\n".join([self.tr("Shown in the demonstration:"), *labels.shown_lines(self._shown)])

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText(self.tr("Copied"))

    def retranslate(self) -> None:
        self.title.setText(self.tr("What was shown"))
        self.list_label.setText("\n".join(labels.shown_lines(self._shown)))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy this list, to make a plan from it"))
        self.plan_button.setText(self.tr("Make a plan from this…"))
        self.plan_button.setToolTip(self.tr("Open the plan editor with these patterns filled in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
