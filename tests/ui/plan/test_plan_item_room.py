# SPDX-License-Identifier: GPL-3.0-or-later
"""A session row in the plan editor has the room it needs, at normal and at 200 % text.

No drop-down list is elided, the own pattern's seconds show whole, and the buttons beside a
session and the phases are drawn as enabled: an outline in the theme's outline colour.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QWidget,
)
from pytestqt.qtbot import QtBot

from breathapp.core.plans import Advance, ItemKind, Per, Plan, PlanItem, PlanPhase
from breathapp.core.profiles import Profile
from breathapp.storage.relaxation_files import load_library
from breathapp.ui.common.style import style_sheet
from breathapp.ui.common.theme import HIGH_CONTRAST, LIGHT, Theme
from breathapp.ui.plan.plan_editor import PlanEditor
from tests.builders.plans import TODAY

RELAXATION = Path(__file__).resolve().parents[3] / "assets" / "relaxation"
NORMAL_PX = 17
DOUBLE_PX = 34  # 200 % text


def three_sessions() -> Plan:
    """One own pattern, one relaxation, one preset that slows down."""
    phase = PlanPhase(
        "Calm and loosen",
        (
            PlanItem(ItemKind.BREATHING, "3.4-0-5.9-0", minutes=5, times=2),
            PlanItem(ItemKind.RELAXATION, "body-scan", times=3, per=Per.WEEK),
            PlanItem(ItemKind.BREATHING, "coherent", 10, ramp_start_bpm=9, ramp_minutes=3),
        ),
        Advance.AFTER_DAYS,
        14,
    )
    return Plan("Calm back", (phase, PlanPhase("Keep it going", phase.items[:1])))


def make(qtbot: QtBot, theme: Theme, font_px: int, size: tuple[int, int] | None) -> PlanEditor:
    scripts = load_library(RELAXATION, "en").scripts
    editor = PlanEditor(three_sessions(), Profile(1, ""), scripts, TODAY)
    qtbot.addWidget(editor)
    editor.setStyleSheet(style_sheet(theme))
    font = QFont(editor.font())
    font.setPixelSize(font_px)
    editor.setFont(font)
    if size is not None:
        editor.resize(*size)
    editor.show()
    qtbot.waitExposed(editor)
    QApplication.processEvents()
    return editor


def inside_the_form(editor: PlanEditor, widget: QWidget) -> bool:
    """The widget's right edge is within the visible width of the form."""
    viewport = editor.phase_form.parentWidget()
    assert viewport is not None
    right = widget.mapTo(viewport, QPoint(widget.width() - 1, 0)).x()
    return right < viewport.width()


def combo_room(combo: QComboBox) -> tuple[int, int]:
    """(width the current text needs, width of the field the text is drawn in)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return combo.fontMetrics().horizontalAdvance(combo.currentText()), field.width()


def line_room(field: QLineEdit) -> tuple[int, int]:
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    contents = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    room = contents.width() - margins.left() - margins.right() - 4  # Qt's 2 px each side
    return field.fontMetrics().horizontalAdvance(field.text()), room


def edge_colour(button: QPushButton) -> QColor:
    """The colour of the button's outline, half-way down its left edge."""
    image = button.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


CASES = [
    pytest.param(NORMAL_PX, None, id="normal text, default window"),
    pytest.param(DOUBLE_PX, (1600, 1000), id="200 % text, 1600x1000"),
]


@pytest.mark.parametrize(("font_px", "size"), CASES)
def test_every_field_of_a_session_shows_its_whole_text(
    qtbot: QtBot, font_px: int, size: tuple[int, int] | None
) -> None:
    editor = make(qtbot, LIGHT, font_px, size)
    rows = editor.phase_form.items
    assert len(rows) == 3
    for row in rows:
        for combo in row.findChildren(QComboBox):
            if not combo.isVisibleTo(editor):
                continue
            need, room = combo_room(combo)
            assert need <= room, (combo.accessibleName(), combo.currentText(), need, room)
            assert inside_the_form(editor, combo), combo.accessibleName()
        for spin in row.findChildren(QAbstractSpinBox):
            if spin.isVisibleTo(editor):
                field = spin.findChild(QLineEdit)
                assert field is not None
                need, room = line_room(field)
                assert need <= room, (spin.accessibleName(), field.text(), need, room)
                assert inside_the_form(editor, spin), spin.accessibleName()
        button = row.remove_button
        need = button.fontMetrics().horizontalAdvance(button.text())
        assert need < button.contentsRect().width(), (button.text(), need)
        assert inside_the_form(editor, button)
    own = rows[0].own_text
    assert own.isVisibleTo(editor) and own.text() == "3.4-0-5.9-0"
    need, room = line_room(own)
    assert need <= room, (need, room)
    assert inside_the_form(editor, own)


@pytest.mark.parametrize("theme", [LIGHT, HIGH_CONTRAST], ids=lambda t: t.name)
def test_the_side_buttons_are_outlined_as_enabled(qtbot: QtBot, theme: Theme) -> None:
    editor = make(qtbot, theme, DOUBLE_PX, (1600, 1000))
    row = editor.phase_form.items[0]
    buttons = [row.remove_button, editor.add_phase_button, editor.down_button]
    for button in buttons:
        assert button.isEnabled() and button.text().strip() not in ("", "×")
        assert button.accessibleName() or button.text()
        enabled = edge_colour(button)
        assert enabled == QColor(theme.body), (button.text(), enabled.name(), theme.body)
        button.setEnabled(False)
        disabled = edge_colour(button)
        button.setEnabled(True)
        assert disabled != enabled, (button.text(), disabled.name())
