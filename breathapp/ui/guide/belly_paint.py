# SPDX-License-Identifier: GPL-3.0-or-later
"""Painting the belly figure (belly_figure's shapes) in a theme's colours.

The still parts go once into guide_canvas's cached image; each frame adds only what
moves: the belly wall, the breath under it and the hand resting on it. Callers set the
figure transform (belly_figure.figure_transform) on the painter first.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from breathapp.ui.common.theme import Theme, mix
from breathapp.ui.common.theme import with_alpha as alpha
from breathapp.ui.guide import belly_figure as fig

# Figure units.
WALL_WIDTH = 1.6  # the belly wall, drawn in the accent
WALL_MIN_PX = 3.0  # and never thinner than this in a small window: a solid line still
HOLD_WIDTH = 2.2  # the wall in the hold colour while the breath rests
SEAM_WIDTH = 0.8  # high contrast: a dark seam between the breath and the white body
ARM_GAP = 1.2  # background between an arm or a hand and the body behind it
# How much of the breath's colour the body takes in the belly (soft themes); with less
# movement, where the level has reached (stronger, as the belly itself stays still).
BREATH_TINT = 0.55
LEVEL_TINT = 0.8
VESSEL_EDGE_WIDTH = 0.6  # with less movement: the outline of the still, empty belly


def round_pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def breath_colour(theme: Theme) -> QColor:
    """The breath inside the belly: a calm tint of the body, never a dark patch on it.

    Light themes tint towards the pale accent, dark ones towards the bright accent; high
    contrast uses the accent itself (with a dark seam round it).
    """
    body = theme.color("body")
    if not theme.soft_edges:
        return theme.color("accent")
    tint = theme.color("accent" if theme.is_dark else "accent_soft")
    return mix(body, tint, BREATH_TINT)


class BellyPaints:
    """Pens and colours of one theme, made once per theme rather than per frame."""

    def __init__(self, theme: Theme) -> None:
        self.bg = theme.color("background")
        self.body = theme.color("body")
        self.hold = theme.color("hold")
        accent, soft = theme.color("accent"), theme.color("accent_soft")
        # The arm is a shade closer to the text colour, so it reads in front.
        self.near = mix(self.body, theme.color("text"), 0.22)
        self.breath = breath_colour(theme)
        self.idle = soft
        tint = theme.color("accent" if theme.is_dark else "accent_soft")
        self.level = mix(self.body, tint, LEVEL_TINT) if theme.soft_edges else self.breath
        edge = mix(self.body, theme.color("text"), 0.4)
        self.vessel_pen = QPen(edge, VESSEL_EDGE_WIDTH)
        self.accent = accent
        self.seam_pen = None if theme.soft_edges else QPen(self.bg, SEAM_WIDTH)
        if self.seam_pen is not None:
            self.vessel_pen = self.seam_pen
        self.hand_pen = round_pen(self.near, fig.HAND_WIDTH)
        self.hand_gap_pen = round_pen(self.bg, fig.HAND_WIDTH + ARM_GAP)


def _in_front(painter: QPainter, p: BellyPaints, parts: list[tuple[QPainterPath, float]]) -> None:
    """Paths (with their widths) in the arm's colour, with a thin gap of background round
    them; the gaps go first, so a part never cuts into the one it joins."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for colour, extra in ((p.bg, ARM_GAP), (p.near, 0.0)):
        for path, width in parts:
            painter.setPen(round_pen(colour, width + extra))
            painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)


def _belly_hand(painter: QPainter, p: BellyPaints, level: float) -> None:
    hand = fig.belly_hand(level)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(p.hand_gap_pen)
    painter.drawPath(hand)
    painter.setPen(p.hand_pen)
    painter.drawPath(hand)
    painter.setPen(Qt.PenStyle.NoPen)


def paint_still(painter: QPainter, p: BellyPaints, reduced_motion: bool) -> None:
    """Everything that stays still: mat, pillow, body, the hand on the chest.

    With less movement the belly stays full, with its hand on it; only the level moves.
    """
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(alpha(p.body, 0.28))
    painter.drawPath(fig.mat())
    painter.setBrush(alpha(p.body, 0.45))
    painter.drawPath(fig.pillow())
    for start, end, width in fig.limb_segments():
        painter.setPen(round_pen(p.body, width))
        painter.drawLine(start, end)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(p.body)
    painter.drawPath(fig.full_torso() if reduced_motion else fig.torso())
    painter.drawPath(fig.head())
    if reduced_motion:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(p.vessel_pen)
        painter.drawPath(fig.breath(1.0))
        painter.setPen(Qt.PenStyle.NoPen)
    _in_front(painter, p, [(fig.near_arm(), fig.ARM_WIDTH), (fig.chest_hand(), fig.HAND_WIDTH)])


def _wall_and_hand(
    painter: QPainter, p: BellyPaints, volume: float, idle: bool, hold: float
) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    scale = painter.worldTransform().m11() or 1.0
    width = max(WALL_WIDTH, WALL_MIN_PX / scale)
    painter.setPen(round_pen(p.idle if idle else p.accent, width))
    painter.drawPath(fig.belly_wall(volume))
    if hold > 0.0:  # the belly's edge takes the hold colour: the breath rests there for now
        painter.setPen(round_pen(alpha(p.hold, hold), HOLD_WIDTH))
        painter.drawPath(fig.belly_wall(volume))
    _belly_hand(painter, p, volume)


def paint_breath(painter: QPainter, p: BellyPaints, volume: float, idle: bool, hold: float) -> None:
    """One frame: the belly wall rises with the breath, and the hand on it; the chest stays."""
    # The breath fills the belly up to its wall: the body itself rises (the lens holds all
    # the belly gains over empty), with no seam and no hump stuck on.
    painter.setBrush(p.breath)
    painter.setPen(p.seam_pen or Qt.PenStyle.NoPen)
    painter.drawPath(fig.breath(volume))
    _wall_and_hand(painter, p, volume, idle, hold)


def paint_level(painter: QPainter, p: BellyPaints, volume: float, idle: bool, hold: float) -> None:
    """One frame with less movement: the still, full belly fills to the level like a glass."""
    if volume > 0.0:
        vessel = fig.breath(1.0)
        bounds = vessel.boundingRect()
        level_y = bounds.bottom() - bounds.height() * volume
        below = QRectF(bounds.left() - 1.0, level_y, bounds.width() + 2.0, 99.0)
        painter.save()
        # A clip by a rectangle in pixels (the transform only scales and moves): the
        # cheapest clip there is, and the belly's curve stays smooth.
        to_px = painter.worldTransform()
        painter.resetTransform()
        painter.setClipRect(to_px.mapRect(below))
        painter.setTransform(to_px)
        painter.setBrush(p.idle if idle else p.level)
        painter.setPen(p.vessel_pen)
        painter.drawPath(vessel)
        painter.restore()
    _wall_and_hand(painter, p, 1.0, idle, hold)
