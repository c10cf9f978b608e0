# SPDX-License-Identifier: GPL-3.0-or-later
"""The parts Settings is built of: a group with its heading, and a check box whose words wrap
(in ui/common, which the plan editor uses too)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QLayout, QVBoxLayout, QWidget

from breathapp.ui.common.wrap_check_box import WrapCheckBox as WrapCheckBox


class SettingsGroup(QFrame):
    """A card of settings under a heading, with an optional line that says what they are.

    ``add_row(caption, *parts)`` puts a small caption above its fields (widgets or
    layouts), so a narrow page never needs a second column.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsGroup")
        self.heading = QLabel()
        self.heading.setObjectName("groupTitle")
        self.heading.setWordWrap(True)
        self.lead = QLabel()
        self.lead.setObjectName("lead")
        self.lead.setWordWrap(True)
        self.lead.hide()
        line = self.fontMetrics().height()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(line, round(0.8 * line), line, line)
        self.body.setSpacing(round(0.4 * line))
        self.body.addWidget(self.heading)
        self.body.addWidget(self.lead)
        self._row_gap = round(0.9 * line)

    def set_texts(self, heading: str, lead: str = "") -> None:
        self.heading.setText(heading)
        self.lead.setText(lead)
        self.lead.setVisible(bool(lead))
        self.setAccessibleName(heading)

    def add_row(self, caption: QLabel | None, *parts: QWidget | QLayout) -> None:
        self.body.addSpacing(self._row_gap)
        if caption is not None:
            caption.setObjectName("fieldCaption")
            caption.setWordWrap(True)
            self.body.addWidget(caption)
        for part in parts:
            if isinstance(part, QLayout):
                self.body.addLayout(part)
            else:
                self.body.addWidget(part)
