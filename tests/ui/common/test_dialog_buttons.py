# SPDX-License-Identifier: GPL-3.0-or-later
"""Dialog buttons are words only: no old stock icons jammed against their text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QProxyStyle,
    QStyle,
    QStyleFactory,
)

from breathapp.ui.common.style import style_sheet
from breathapp.ui.common.theme import THEMES


class _DesktopLike(QProxyStyle):
    """The style as on a Linux desktop, whose platform theme asks for button icons
    (the offscreen platform of the tests does not)."""

    def styleHint(self, hint, option=None, widget=None, data=None):  # type: ignore[no-untyped-def]
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, data)


@pytest.fixture(params=sorted(THEMES))
def styled(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[None]:
    before_sheet, before_style = qapp.styleSheet(), qapp.style().name()
    qapp.setStyle(_DesktopLike(QStyleFactory.create(before_style)))
    qapp.setStyleSheet(style_sheet(THEMES[request.param]))
    try:
        yield
    finally:
        qapp.setStyleSheet(before_sheet)
        qapp.setStyle(before_style)


def test_message_box_and_button_box_buttons_carry_no_icon(styled: None) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "BreathApp", "Saved.")
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    shown = [*box.buttons(), *buttons.buttons()]
    assert len(shown) == 4
    assert [b.text() for b in shown if not b.icon().isNull()] == []
