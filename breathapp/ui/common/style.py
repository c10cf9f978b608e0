# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's style sheet, made from the theme: large, quiet, obvious."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from breathapp.ui.common.theme import (
    DARK,
    LIGHT,
    THEMES,
    Theme,
    apply_to_palette,
    theme_for_palette,
)

BASE_FONT_PX = 17

# The folder with the arrows of drop-down lists and number fields (assets/style), given
# by the app at start-up: the ui finds no files itself. Without it the arrows are plain bars.
_arrows = {"folder": ""}


def use_arrows(folder: Path) -> None:
    _arrows["folder"] = folder.as_posix()


def base_font(font: QFont) -> QFont:
    """The app's font: the system family, a size that reads easily for tired eyes.

    Set on the application rather than in the style sheet, so the guide's words can
    still be sized to the window with setFont.
    """
    font = QFont(font)
    font.setPixelSize(BASE_FONT_PX)
    return font


# Every control draws its own edge in the outline colour ("body", 3:1 or more against the
# page) and, with the keyboard focus, a ring of 3 px in the focus colour: in every theme.
# Fusion drew a box's edge in the window colour made darker (black on black in high
# contrast, so unticked boxes and number fields vanished) and marked the focus faintly on
# check boxes and not at all on drop-down lists. A ticked box or round is filled with the
# accent inside its edge. Ticks and rounds are sized from the app font's line height
# (indicator_sizes): 1.6 lines at the usual size, 1.5 with a font twice as large.
_CONTROLS = """
QCheckBox, QRadioButton {{ color: {t.text}; spacing: {gap}px; padding: 4px 3px;
    border: 3px solid transparent; border-radius: 10px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 3px solid {t.focus}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px;
    border: 2px solid {t.body}; background: {t.surface}; padding: {pad}px;
    background-clip: content; }}
QCheckBox::indicator {{ border-radius: 5px; }}
QCheckBox::indicator:checked {{ background: {t.accent}; border-color: {t.accent}; }}
QRadioButton::indicator {{ width: {round}px; height: {round}px; padding: 0;
    border-radius: {half}px; background-clip: border; }}
QRadioButton::indicator:checked {{ border-color: {t.accent}; background: qradialgradient(
    cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 {t.accent}, stop: 0.5 {t.accent},
    stop: 0.56 {t.surface}, stop: 1 {t.surface}); }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-color: {t.accent_soft}; }}
QComboBox, QAbstractSpinBox, QLineEdit {{ background: {t.surface}; color: {t.text};
    border: 1px solid {t.body}; border-radius: 6px; padding: 5px 8px; }}
QComboBox:focus, QAbstractSpinBox:focus, QLineEdit:focus {{ border: 3px solid {t.focus};
    padding: 3px 6px; }}
QComboBox:disabled, QAbstractSpinBox:disabled, QLineEdit:disabled {{ color: {t.muted};
    border-color: {t.accent_soft}; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
    width: 22px; border: none; background: transparent; }}
QAbstractSpinBox {{ padding-right: 26px; }}
QAbstractSpinBox:focus {{ padding-right: 24px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: padding;
    width: 24px; border: none; background: transparent; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QComboBox::down-arrow, QAbstractSpinBox::down-arrow {{ image: url({down}); width: 12px;
    height: 12px; }}
QAbstractSpinBox::up-arrow {{ image: url({up}); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{ background: {t.surface}; color: {t.text};
    border: 1px solid {t.body}; selection-background-color: {t.accent_soft};
    selection-color: {t.text}; }}
QPlainTextEdit, QTextEdit, QListView, QTableView, QTreeView {{ border: 1px solid {t.body}; }}
QPlainTextEdit:focus, QTextEdit:focus, QListView:focus, QTableView:focus,
QTreeView:focus {{ border: 3px solid {t.focus}; }}
QSlider::groove:horizontal {{ height: 6px; background: {t.body}; border-radius: 3px; }}
QSlider::handle:horizontal {{ width: 22px; margin: -9px 0; border-radius: 11px;
    background: {t.accent}; }}
QSlider::groove:disabled {{ background: {t.accent_soft}; }}
QSlider::handle:disabled {{ background: {t.accent_soft}; }}
QSlider:focus, QTabBar::tab:focus {{ border: 3px solid {t.focus}; border-radius: 6px; }}
"""

# Dialog buttons are words only: without this, Qt on a Linux desktop puts its old stock
# icons (a tick, a cross) against the text of OK, Cancel and the like.
_DIALOG_BUTTONS = """
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
"""

# A primary button's focus ring (7 px, double) takes its room from the padding, so the
# text keeps its room and is never cut off when the focus arrives.
_BASE = """
QMainWindow, QDialog {{ background: {t.background}; }}
QLabel {{ color: {t.text}; }}
QLabel#muted {{ color: {t.muted}; }}
QLabel#notice {{ color: {t.text}; background: {t.accent_soft}; border-radius: 10px;
    padding: 10px 16px; }}
QLabel#phaseWord {{ color: {t.text}; }}
QLabel#countdown {{ color: {t.muted}; }}
QLabel#pageTitle {{ font-size: 30px; }}
QLabel#summaryTitle {{ font-size: 32px; }}
QLabel#summaryBody {{ font-size: 22px; }}
QLabel#weekSentence {{ font-size: 19px; padding-bottom: 4px; }}
QFrame#card {{ background: {t.surface}; border: 1px solid {t.accent_soft};
    border-radius: 14px; }}
QLabel#cardValue {{ font-size: 26px; font-weight: 500; }}
QLabel#sectionTitle {{ font-size: 19px; font-weight: 500; padding-top: 14px; }}
QFrame#settingsGroup {{ background: {t.surface}; border: 1px solid {t.body};
    border-radius: 14px; }}
QLabel#groupTitle {{ font-size: 23px; font-weight: 500; }}
QLabel#fieldCaption {{ font-weight: 600; }}
QLabel#lead {{ color: {t.text}; }}
QPushButton#segment {{ border-radius: 18px; padding: 8px 22px; border-color: {t.accent_soft}; }}
QPushButton#segment:checked {{ background: {t.accent_soft}; border-color: {t.accent}; }}
QLabel#cardTitle {{ font-size: 23px; font-weight: 500; }}
QPushButton#sessionCard {{ border-radius: 16px; padding: 0; border-color: {t.body}; }}
QPushButton#sessionCard:hover {{ border-color: {t.accent}; }}
QPushButton#sessionCard:focus {{ border: 3px solid {t.focus}; }}
QPushButton#choice {{ border-radius: 14px; padding: 0; border: 2px solid {t.body}; }}
QPushButton#choice:hover {{ border-color: {t.accent}; }}
QPushButton#choice:checked {{ background: {t.accent_soft}; border: 2px solid {t.accent}; }}
QPushButton#choice:focus {{ border: 3px solid {t.focus}; }}
QPushButton#choice:checked:focus {{ border: 6px double {t.focus}; }}
QLabel#choiceTitle {{ font-weight: 600; }}
QLabel#choiceMark {{ color: {t.text}; font-weight: 600; }}
QScrollArea#choices, QScrollArea#choices > QWidget#qt_scrollarea_viewport {{
    background: transparent; }}
QLabel#setupCaption {{ color: {t.muted}; padding-top: 0.3em; }}
QWidget#nav {{ background: {t.surface}; border-right: 1px solid {t.accent_soft}; }}
QPushButton {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.body};
    border-radius: 12px; padding: 10px 22px; min-height: 26px; }}
QPushButton:hover {{ border-color: {t.accent}; }}
QPushButton:focus {{ border: 3px solid {t.focus}; }}
QPushButton:disabled {{ color: {t.muted}; border-color: {t.accent_soft}; }}
QPushButton#primary {{ background: {t.accent}; color: {t.background}; border: none;
    font-weight: 600; padding: 12px 34px; }}
QPushButton#primary:focus {{ border: 7px double {t.focus}; background-clip: padding;
    padding: 5px 27px; }}
QPushButton#primary[big="true"] {{ padding: 20px 44px; }}
QPushButton#primary[big="true"]:focus {{ padding: 13px 37px; }}
QPushButton#primary:disabled {{ background: {t.accent_soft}; color: {t.muted}; }}
QPushButton#dizzy {{ background: {t.calm}; color: {t.text}; border: 2px solid {t.calm_edge};
    border-radius: 24px; padding: 12px 30px; font-weight: 500; }}
QPushButton#dizzy:hover {{ border: 3px solid {t.calm_edge}; padding: 11px 29px; }}
QPushButton#dizzy:focus {{ border: 3px solid {t.focus}; padding: 11px 29px; }}
QLabel#dizzyAdvice, QLabel#emergency {{ color: {t.text}; }}
QLabel#emergency {{ font-weight: 600; }}
QPushButton#rating {{ font-size: 24px; padding: 14px 10px; min-width: 44px; }}
QPushButton#rating:checked {{ background: {t.accent}; color: {t.background}; border: none; }}
QPushButton#navButton {{ text-align: left; border: none; border-radius: 10px;
    padding: 12px 20px; min-width: 130px; background: transparent; }}
QPushButton#navButton:checked {{ background: {t.accent_soft}; }}
QPushButton#navButton:focus {{ border: 3px solid {t.focus}; }}
QLineEdit#pinField {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.body};
    border-radius: 10px; padding: 8px 14px; font-size: 24px; }}
QLineEdit#pinField:focus {{ border: 2px solid {t.focus}; }}
QMenuBar {{ background: {t.background}; color: {t.text}; }}
QMenuBar::item:selected {{ background: {t.accent_soft}; }}
QMenu {{ background: {t.surface}; color: {t.text}; }}
QMenu::item:selected {{ background: {t.accent_soft}; }}
QToolTip {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.body}; }}
"""


def indicator_sizes(line_px: int) -> dict[str, int]:
    """Sizes (px) of ticks and rounds for a text line ``line_px`` high: 1.5 lines or more.

    A box: ``box`` inside ``pad`` and a 2 px edge; a round: ``round`` inside the same edge,
    as wide in all as the box and exactly round (``half``). ``gap`` before the words.
    """
    box = round(1.1 * line_px)
    pad = max(3, round(0.15 * line_px))
    whole = box + 2 * pad + 4
    whole += whole % 2  # even, so the round's radius is exactly half of it
    return {
        "box": box,
        "pad": pad,
        "round": whole - 4,
        "half": whole // 2,
        "gap": max(10, round(0.5 * line_px)),
    }


def style_sheet(theme: Theme) -> str:
    """The app's style sheet for ``theme``, for the application's font as it is now."""
    t = theme
    tone = "light" if t.is_dark else "dark"  # arrows in the text's tone
    up, down = (f"{_arrows['folder']}/arrow-{way}-{tone}.png" for way in ("up", "down"))
    sizes = indicator_sizes(QFontMetrics(QGuiApplication.font()).height())
    controls = _CONTROLS.format(t=t, up=up, down=down, **sizes)
    return _BASE.format(t=t) + controls + _DIALOG_BUTTONS.format(t=t)


def current_theme(system_palette: QPalette, appearance: str = "") -> Theme:
    """The chosen appearance; else light or dark as the system says (its palette if silent)."""
    if appearance in THEMES:
        return THEMES[appearance]
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return DARK
    if scheme == Qt.ColorScheme.Light:
        return LIGHT
    return theme_for_palette(system_palette)


def apply_palette(app: QApplication, theme: Theme) -> None:
    app.setPalette(apply_to_palette(theme))
    app.setFont(base_font(app.font()))


def apply_theme(app: QApplication, theme: Theme) -> None:
    apply_palette(app, theme)
    app.setStyleSheet(style_sheet(theme))


class ThemeFollower(QObject):
    """The theme in use: the user's choice, else the system's light or dark; follows both.

    ``system_palette`` is the palette the system gave, kept before ours replaces it;
    ``appearance()`` the user's choice ("" to follow the system). The palette is applied at
    once; the style sheet is the caller's to set once the window is built (start-up).

    Signals:
        changed(Theme): another theme now applies (palette and style sheet already set).
    """

    changed = Signal(object)

    def __init__(
        self,
        app: QApplication,
        system_palette: QPalette,
        appearance: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._system_palette = system_palette
        self._appearance = appearance
        self.current = current_theme(system_palette, appearance())
        apply_palette(app, self.current)

    @Slot()
    def refresh(self, *_args: object) -> None:
        """Look again (the user's choice or the system's colours changed)."""
        theme = current_theme(self._system_palette, self._appearance())
        if theme != self.current:
            self.current = theme
            apply_theme(self._app, theme)
            self.changed.emit(theme)
