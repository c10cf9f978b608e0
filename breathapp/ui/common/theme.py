# SPDX-License-Identifier: GPL-3.0-or-later
"""The one place colours come from: light, dark and high-contrast themes."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette

# Below this lightness (0..255) the system palette counts as dark.
DARK_LIGHTNESS_BELOW = 128


class Theme(NamedTuple):
    """Named colours as ``#RRGGBB`` strings; ``color(role)`` gives a fresh QColor.

    Strings keep the value immutable and hashable, so a widget can use the theme
    itself as a cache key.
    """

    # A NamedTuple, not a dataclass: nothing to compile when the module loads (start-up).
    name: str
    background: str  # the window, and the guide's canvas
    surface: str  # cards, input fields, buttons
    text: str
    muted: str  # secondary text; still 7:1 (WCAG AAA) on background and surface
    accent: str  # the breath itself
    accent_soft: str  # resting guide, selection; text stays readable on it
    hold: str  # the ring shown while the breath is held
    body: str  # the belly-breathing figure
    focus: str  # keyboard focus ring and links
    calm: str  # "I feel dizzy": a soft, warm fill, never Stop's look; text 7:1 on it
    calm_edge: str  # the edge of "I feel dizzy": 3:1 or more on the page and on calm
    soft_edges: bool = True  # a faint halo round the breath; off where crisp edges help

    @property
    def is_dark(self) -> bool:
        return QColor(self.background).lightness() < DARK_LIGHTNESS_BELOW

    def color(self, role: str) -> QColor:
        """The colour of a role by its field name, for example ``theme.color("accent")``."""
        if role not in COLOR_ROLES:
            raise KeyError(role)
        return QColor(getattr(self, role))


# The fields that are colours, in the order they are declared.
COLOR_ROLES = tuple(f for f in Theme._fields if f not in ("name", "soft_edges"))

# Soft sea-green breath on a warm off-white, like paper in daylight.
LIGHT = Theme(
    name="light",
    background="#F6F2EA",
    surface="#FFFCF6",
    text="#1F2C31",
    muted="#3F4C52",
    accent="#1A5A53",
    accent_soft="#CBE5DF",
    hold="#B7802A",
    body="#7A8E97",
    focus="#1E5089",
    calm="#F5E2C8",
    calm_edge="#9A6526",
)

# Deep blue-grey for dim treatment rooms and evenings; nothing glares.
DARK = Theme(
    name="dark",
    background="#17202A",
    surface="#212C38",
    text="#E6EDF0",
    muted="#B4C1C9",
    accent="#5BBFB1",
    accent_soft="#2A5550",
    hold="#E0B262",
    body="#8CA0AC",
    focus="#8CC4FF",
    calm="#3A3126",
    calm_edge="#D9A95B",
)

# Black, white and yellow for low vision: every shape stands out on its own.
HIGH_CONTRAST = Theme(
    name="high_contrast",
    background="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#E0E0E0",
    accent="#FFD400",
    accent_soft="#5C4D00",
    hold="#6FE3FF",
    body="#FFFFFF",
    focus="#FFD400",
    calm="#00303A",
    calm_edge="#6FE3FF",
    soft_edges=False,
)

THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST)}


def theme_for_palette(palette: QPalette, high_contrast: bool = False) -> Theme:
    """The theme that suits the system palette: dark when its window colour is dark.

    The palette cannot tell whether the user asked for high contrast, so the caller
    passes that (from a preference or the platform's accessibility hints).
    """
    if high_contrast:
        return HIGH_CONTRAST
    window = palette.color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < DARK_LIGHTNESS_BELOW else LIGHT


def apply_to_palette(theme: Theme) -> QPalette:
    """A QPalette with the theme's colours, for QApplication.setPalette."""
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    palette = QPalette()
    pairs = {
        role.Window: theme.background,
        role.WindowText: theme.text,
        role.Base: theme.surface,
        role.AlternateBase: theme.background,
        role.Text: theme.text,
        role.PlaceholderText: theme.muted,
        role.Button: theme.surface,
        role.ButtonText: theme.text,
        role.BrightText: theme.accent,
        role.ToolTipBase: theme.surface,
        role.ToolTipText: theme.text,
        # Selection is the soft accent with normal text on it: readable in every theme.
        role.Highlight: theme.accent_soft,
        role.HighlightedText: theme.text,
        role.Link: theme.focus,
        role.LinkVisited: theme.focus,
        role.Accent: theme.accent,
    }
    for palette_role, hex_color in pairs.items():
        palette.setColor(palette_role, QColor(hex_color))
    # Disabled text is quieter but keeps its shape; WCAG exempts inactive controls.
    for palette_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, palette_role, QColor(theme.muted))
    return palette


def mix(a: QColor, b: QColor, share_b: float) -> QColor:
    """An opaque colour share_b of the way from a to b: a blend without blending cost."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * share_b,
        a.greenF() + (b.greenF() - a.greenF()) * share_b,
        a.blueF() + (b.blueF() - a.blueF()) * share_b,
    )


def with_alpha(color: QColor, share: float) -> QColor:
    """``color`` with its opacity set to ``share`` (0..1, clamped)."""
    out = QColor(color)
    out.setAlphaF(max(0.0, min(1.0, share)))
    return out
