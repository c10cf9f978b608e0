# SPDX-License-Identifier: GPL-3.0-or-later
"""Every theme is readable: WCAG contrast computed from the colours themselves."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest
from PySide6.QtGui import QColor, QPalette

from breathapp.ui.common.theme import (
    COLOR_ROLES,
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    THEMES,
    Theme,
    apply_to_palette,
    theme_for_palette,
)

ALL = [LIGHT, DARK, HIGH_CONTRAST]
AA_TEXT = 4.5  # WCAG 2.x, 1.4.3: normal-size text
AA_GRAPHICS = 3.0  # WCAG 2.x, 1.4.11: shapes that carry meaning, focus rings


def luminance(hex_color: str) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def channel(c: int) -> float:
        s = c / 255.0
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    color = QColor(hex_color)
    r, g, b = channel(color.red()), channel(color.green()), channel(color.blue())
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", ALL, ids=lambda t: t.name)
@pytest.mark.parametrize(
    ("fg", "bg"),
    [
        ("text", "background"),
        ("text", "surface"),
        ("muted", "background"),
        ("muted", "surface"),
        ("text", "accent_soft"),  # selection and notices
        ("background", "accent"),  # text on a primary button
        ("focus", "background"),  # links
    ],
)
def test_text_meets_wcag_aa(theme: Theme, fg: str, bg: str) -> None:
    ratio = contrast(getattr(theme, fg), getattr(theme, bg))
    assert ratio >= AA_TEXT, f"{theme.name}: {fg} on {bg} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme", ALL, ids=lambda t: t.name)
@pytest.mark.parametrize("role", ["accent", "hold", "body", "focus"])
def test_guide_shapes_stand_out_from_the_background(theme: Theme, role: str) -> None:
    ratio = contrast(getattr(theme, role), theme.background)
    assert ratio >= AA_GRAPHICS, f"{theme.name}: {role} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme", ALL, ids=lambda t: t.name)
def test_every_colour_is_valid_and_a_theme_cannot_change(theme: Theme) -> None:
    assert "background" in COLOR_ROLES and "name" not in COLOR_ROLES
    for role in COLOR_ROLES:
        assert theme.color(role).isValid(), role
    for not_a_colour in ("name", "soft_edges", "nope"):
        with pytest.raises(KeyError):
            theme.color(not_a_colour)
    with pytest.raises(AttributeError):
        theme.text = "#FF0000"  # type: ignore[misc]
    assert THEMES[theme.name] is theme
    assert hash(theme) == hash(Theme(**{f: getattr(theme, f) for f in Theme._fields}))


def test_a_dark_system_palette_picks_the_dark_theme() -> None:
    dark, light = QPalette(), QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    light.setColor(QPalette.ColorRole.Window, QColor("#EFEFEF"))
    assert theme_for_palette(dark) is DARK
    assert theme_for_palette(light) is LIGHT
    assert theme_for_palette(light, high_contrast=True) is HIGH_CONTRAST
    assert DARK.is_dark and HIGH_CONTRAST.is_dark and not LIGHT.is_dark


@pytest.mark.parametrize("theme", ALL, ids=lambda t: t.name)
def test_the_palette_carries_the_theme(theme: Theme) -> None:
    palette = apply_to_palette(theme)
    role = QPalette.ColorRole
    assert palette.color(role.Window) == theme.color("background")
    assert palette.color(role.WindowText) == theme.color("text")
    assert palette.color(role.Base) == theme.color("surface")
    assert palette.color(role.Highlight) == theme.color("accent_soft")
    assert palette.color(role.HighlightedText) == theme.color("text")
    assert theme_for_palette(palette) is (LIGHT if theme is LIGHT else DARK)


def test_an_unticked_box_shows_its_edge_in_high_contrast(qapp: object) -> None:
    from PySide6.QtWidgets import QCheckBox

    from breathapp.ui.common.style import style_sheet
    from breathapp.ui.common.theme import HIGH_CONTRAST

    box = QCheckBox("No breath holds")
    box.setStyleSheet(style_sheet(HIGH_CONTRAST))
    box.setPalette(apply_to_palette(HIGH_CONTRAST))
    box.resize(240, 40)
    image = box.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 30) for y in range(0, 40)}
    assert "#ffffff" in colours  # its white edge on the black background
