# SPDX-License-Identifier: GPL-3.0-or-later
"""Geometry of the belly-breathing figure: a person lying on their back, knees bent."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QTransform

# Figure units: x to the right (head on the left), y down, the mat's top at y = 88.
# Everything below is drawn in these units through figure_transform(). The cached paths
# are shared: draw them, never change them.
FIGURE_RECT = QRectF(8.0, 40.0, 184.0, 56.0)

# The belly is the only part that moves: its front rises from BELLY_LOW_Y (empty)
# to BELLY_HIGH_Y (full), always between the lower ribs and the hip, so the chest
# line above it stays exactly still and shows the breath does not go there.
_RIBS = QPointF(91.0, 61.2)
_HIP = QPointF(129.0, 66.5)
BELLY_LOW_Y = 61.0
BELLY_HIGH_Y = 53.5

# How far under the empty belly's front the breath's still floor lies.
_FLOOR_DEPTH = 4.0

# Regions (figure units) that tests use: the chest never changes, the belly does.
CHEST_REGION = QRectF(56.0, 55.0, 28.0, 9.0)
BELLY_REGION = QRectF(102.0, 54.0, 16.0, 10.0)

THIGH_WIDTH = 14.5
SHIN_WIDTH = 10.5
FOOT_WIDTH = 6.5
ARM_WIDTH = 7.5
_HIP_JOINT = QPointF(125.0, 77.0)
_KNEE = QPointF(152.0, 50.0)
_ANKLE = QPointF(168.0, 81.5)
_TOE = QPointF(183.0, 85.0)
_SHOULDER = QPointF(58.0, 76.0)
_ELBOW = QPointF(84.0, 82.5)
_HAND = QPointF(108.0, 83.5)


def figure_transform(width: float, height: float) -> QTransform:
    """Figure units to widget pixels: the figure as large as fits, centred."""
    scale = min(width / FIGURE_RECT.width(), height / FIGURE_RECT.height())
    dx = (width - FIGURE_RECT.width() * scale) / 2.0 - FIGURE_RECT.left() * scale
    dy = (height - FIGURE_RECT.height() * scale) / 2.0 - FIGURE_RECT.top() * scale
    return QTransform(scale, 0.0, 0.0, scale, dx, dy)


def _belly_controls(volume: float) -> tuple[QPointF, QPointF]:
    """Bezier control points of the belly front: higher and rounder as it fills."""
    top = BELLY_LOW_Y + (BELLY_HIGH_Y - BELLY_LOW_Y) * volume
    # A cubic whose two controls sit at c reaches 0.75 c + 0.25 (mean of its ends) midway.
    ends = (_RIBS.y() + _HIP.y()) / 2.0
    c = (top - 0.25 * ends) / 0.75
    return QPointF(103.0, c), QPointF(118.0, c)


def belly_front(volume: float) -> QPainterPath:
    """The open curve of the belly front, ribs to hip."""
    c1, c2 = _belly_controls(volume)
    path = QPainterPath(_RIBS)
    path.cubicTo(c1, c2, _HIP)
    return path


def breath(volume: float) -> QPainterPath:
    """The breath in the belly: a lens from a still floor under the empty belly to its front.

    Even an empty belly keeps a slim lens, so the eye always knows where to look.
    """
    path = belly_front(volume)
    c1, c2 = _belly_controls(0.0)
    path.cubicTo(
        QPointF(c2.x(), c2.y() + _FLOOR_DEPTH),
        QPointF(c1.x(), c1.y() + _FLOOR_DEPTH),
        _RIBS,
    )
    path.closeSubpath()
    return path


@cache
def torso() -> QPainterPath:
    """Shoulders-to-hip outline with the belly empty; the breath is painted over it."""
    path = QPainterPath(QPointF(38.0, 74.0))
    path.cubicTo(QPointF(43.0, 75.0), QPointF(47.0, 73.5), QPointF(52.0, 70.0))
    path.cubicTo(QPointF(57.0, 66.0), QPointF(62.0, 63.0), QPointF(70.0, 61.5))
    path.cubicTo(QPointF(77.0, 60.0), QPointF(84.0, 60.0), QPointF(88.0, 60.5))
    path.cubicTo(QPointF(89.2, 60.7), QPointF(90.2, 60.9), _RIBS)
    c1, c2 = _belly_controls(0.0)
    path.cubicTo(c1, c2, _HIP)
    path.cubicTo(QPointF(132.0, 68.0), QPointF(134.5, 74.0), QPointF(134.5, 79.0))
    path.cubicTo(QPointF(134.5, 84.5), QPointF(130.0, 87.5), QPointF(123.0, 87.5))
    path.lineTo(QPointF(50.0, 87.5))
    path.cubicTo(QPointF(44.0, 87.5), QPointF(40.0, 83.0), QPointF(37.0, 78.5))
    path.closeSubpath()
    return path


@cache
def head() -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(30.0, 70.0), 12.0, 12.0)
    return path


@cache
def mat() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(10.0, 88.0, 180.0, 6.0), 3.0, 3.0)
    return path


@cache
def pillow() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(12.0, 79.0, 40.0, 9.0), 4.5, 4.5)
    return path


def thigh() -> tuple[QPointF, QPointF]:
    """Where the near thigh runs (THIGH_WIDTH wide): the belly ends against it."""
    return _HIP_JOINT, _KNEE


def limb_segments() -> tuple[tuple[QPointF, QPointF, float], ...]:
    """Thigh, shin and foot as (from, to, width): drawn as round-capped strokes."""
    return (
        (_HIP_JOINT, _KNEE, THIGH_WIDTH),
        (_KNEE, _ANKLE, SHIN_WIDTH),
        (_ANKLE, _TOE, FOOT_WIDTH),
    )


def arm() -> QPainterPath:
    """The near arm resting along the body: shoulder, elbow, hand by the hip."""
    path = QPainterPath(_SHOULDER)
    path.lineTo(_ELBOW)
    path.lineTo(_HAND)
    return path
