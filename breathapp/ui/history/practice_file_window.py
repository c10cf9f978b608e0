# SPDX-License-Identifier: GPL-3.0-or-later
"""A patient's practice file, opened to look at: the same charts and report, read-only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from breathapp.controllers.transfer_controller import PracticeFile
from breathapp.ui.common import labels
from breathapp.ui.common.theme import Theme
from breathapp.ui.common.window_fit import resize_within_screen
from breathapp.ui.history.history_view import HistoryView


class PracticeFileWindow(QDialog):
    """Shows one practice file beside the app; closing it removes its temporary store.

    Emits no signals of its own; its history view asks for the report.
    """

    def __init__(
        self,
        practice: PracticeFile,
        goal_minutes: int,
        theme: Theme,
        kind_name: Callable[[str], str],
        save_report: Callable[[date, date, PracticeFile], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.practice = practice
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        resize_within_screen(self, 1100, 800)
        self.about = QLabel()
        self.about.setObjectName("notice")
        self.about.setWordWrap(True)
        self.view = HistoryView(practice.history, goal_minutes, theme, kind_name)
        self.view.report_requested.connect(lambda first, last: save_report(first, last, practice))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.about)
        layout.addWidget(self.view, 1)
        name = practice.name or self.tr("a patient")
        self.setWindowTitle(self.tr("Practice file of %1").replace("%1", name))
        self.about.setText(
            self.tr(
                "Practice file of %1, saved on %2, with %n sessions. You are only looking: "
                "nothing from it is added to any profile on this computer.",
                "",
                practice.sessions,
            )
            .replace("%1", name)
            .replace("%2", labels.date_text(practice.saved, long=True))
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.practice.close()
        super().closeEvent(event)
