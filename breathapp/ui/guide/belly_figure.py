# SPDX-License-Identifier: GPL-3.0-or-later
"""Geometry of the belly-breathing figure: a person lying on their back, knees bent.

As CLINICAL.md teaches it: one hand on the upper chest, one on the belly just below the
ribs. Breathing in, the belly wall rises and the hand on it rises with it; the chest and
the hand on it stay still. Everything here is a pure function of the breath's level
(0 empty .. 1 full) in figure units; guide_canvas paints it through figure_transform().
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QTransform

# Figure units: x to the right (head on the left), y down, the mat's top at y = 88.
# The cached paths are shared: draw them, never change them.
FIGURE_RECT = QRectF(8.0, 38.0, 184.0, 58.0)
MAT_TOP = 88.0

# The belly wall runs from the lower ribs to the front of the hip. Its middle lies at
# BELLY_LOW_Y with the belly empty (just under the line of the chest) and rises softly to
# BELLY_HIGH_Y when full; the chest before the ribs never moves.
RIBS = QPointF(90.0, 60.0)
HIP = QPointF(122.0, 65.5)  # just outside the thigh, so nothing that moves crosses it
BELLY_LOW_Y = 61.5
BELLY_HIGH_Y = 55.0
_WALL_X = (100.5, 111.5)  # where the wall's two control points stand

# Regions (figure units) that tests use: the chest never changes, the belly does.
CHEST_REGION = QRectF(48.0, 50.0, 38.0, 12.0)
BELLY_REGION = QRectF(100.0, 52.0, 18.0, 12.0)

THIGH_WIDTH = 14.0
SHIN_WIDTH = 10.0
FOOT_WIDTH = 6.0
ARM_WIDTH = 5.6
HAND_WIDTH = 4.6  # a hand lying flat, seen from the side
_HAND_SINK = HAND_WIDTH / 2.0  # a hand lies across the body's outline, half on it
_HIP_JOINT = QPointF(124.0, 76.0)
_KNEE = QPointF(150.0, 49.0)
_ANKLE = QPointF(166.0, 81.0)
_TOE = QPointF(181.0, 84.5)
# The near arm lies along the body, elbow down by the side, the forearm coming up across
# the near side of the body to the hand on the chest. The far arm is hidden behind the
# body: only its hand shows, on the belly, where it rides the wall. (Nothing of an arm
# moves, so each frame draws only the belly and one hand: cheap to paint.)
_SHOULDER = QPointF(53.0, 75.5)
_ELBOW = QPointF(79.0, 83.5)
# The hands along their surface: where the palm starts (the wrist) and ends, in x. The
# fingers of the hand on the chest point to the head.
_CHEST_PALM = (77.0, 64.0)
_BELLY_PALM = (97.5, 109.0)
# The breath shown inside the belly: a soft lens under the wall, this deep at its middle.
_BREATH_DEPTH = 9.0


def figure_transform(width: float, height: float) -> QTransform:
    """Figure units to widget pixels: the figure as large as fits, centred."""
    scale = min(width / FIGURE_RECT.width(), height / FIGURE_RECT.height())
    dx = (width - FIGURE_RECT.width() * scale) / 2.0 - FIGURE_RECT.left() * scale
    dy = (height - FIGURE_RECT.height() * scale) / 2.0 - FIGURE_RECT.top() * scale
    return QTransform(scale, 0.0, 0.0, scale, dx, dy)


def _clamp(level: float) -> float:
    return max(0.0, min(1.0, level))


def belly_top(level: float) -> float:
    """The y of the belly wall's highest point: lower y is higher; rises with the level."""
    return BELLY_LOW_Y + (BELLY_HIGH_Y - BELLY_LOW_Y) * _clamp(level)


def _wall_controls(level: float) -> tuple[QPointF, QPointF]:
    # A cubic whose two controls share y = c passes through 0.75 c + 0.25 (ends' mean)
    # midway: so c puts the middle of the wall at belly_top(level).
    ends = (RIBS.y() + HIP.y()) / 2.0
    c = (belly_top(level) - 0.25 * ends) / 0.75
    return QPointF(_WALL_X[0], c), QPointF(_WALL_X[1], c)


def _wall_point(level: float, x: float) -> QPointF:
    """The point of the belly wall above ``x`` at ``level``."""
    c1, c2 = _wall_controls(level)
    p0, p3 = RIBS, HIP

    def at(t: float, a: float, b: float, c: float, d: float) -> float:
        u = 1.0 - t
        return u * u * u * a + 3.0 * u * u * t * b + 3.0 * u * t * t * c + t * t * t * d

    # x(t) of this cubic grows with t: find t by halving (a few steps, cheap).
    lo, hi = 0.0, 1.0
    for _ in range(18):
        t = (lo + hi) / 2.0
        if at(t, p0.x(), c1.x(), c2.x(), p3.x()) < x:
            lo = t
        else:
            hi = t
    t = (lo + hi) / 2.0
    return QPointF(x, at(t, p0.y(), c1.y(), c2.y(), p3.y()))


def belly_wall(level: float) -> QPainterPath:
    """The open curve of the belly wall, ribs to hip, at ``level``."""
    c1, c2 = _wall_controls(level)
    path = QPainterPath(RIBS)
    path.cubicTo(c1, c2, HIP)
    return path


def belly_rise(level: float) -> QPainterPath:
    """What the belly gains over empty: between the empty wall and the wall at ``level``.

    Filled in the body's colour it makes the body itself rise, with no seam.
    """
    path = belly_wall(level)
    c1, c2 = _wall_controls(0.0)
    path.cubicTo(c2, c1, RIBS)
    path.closeSubpath()
    return path


def breath(level: float) -> QPainterPath:
    """The breath inside the belly: a soft lens that hugs the wall from ribs to hip.

    Its floor stays still inside the body; its top is the wall, so it grows as the belly
    rises. Even an empty belly keeps a slim lens, so the eye knows where to look.
    """
    path = belly_wall(level)
    c1, c2 = _wall_controls(0.0)
    floor = _BREATH_DEPTH / 0.75
    path.cubicTo(
        QPointF(c2.x(), c2.y() + floor),
        QPointF(c1.x(), c1.y() + floor),
        RIBS,
    )
    path.closeSubpath()
    return path


def _palm(start: QPointF, end: QPointF) -> QPainterPath:
    """A flat hand from wrist to fingertips, resting on the surface between them."""
    length = ((end.x() - start.x()) ** 2 + (end.y() - start.y()) ** 2) ** 0.5 or 1.0
    # Up, away from the body: the surface's normal on the side of smaller y.
    normal = QPointF((end.y() - start.y()) / length, -(end.x() - start.x()) / length)
    if normal.y() > 0:
        normal = -normal
    lift = normal * (HAND_WIDTH / 2.0 - _HAND_SINK)
    # Round caps add half a width at each end: keep the hand within its stretch.
    inset = QPointF(end - start) * (HAND_WIDTH / 2.0 / length)
    path = QPainterPath(start + lift + inset)
    path.lineTo(end + lift - inset)
    return path


def belly_hand(level: float) -> QPainterPath:
    """The hand on the belly, just below the ribs: it rides the wall up and down."""
    start = _wall_point(level, _BELLY_PALM[0])
    end = _wall_point(level, _BELLY_PALM[1])
    return _palm(start, end)


@cache
def near_arm() -> QPainterPath:
    """The near arm: shoulder, elbow by the side, forearm up to the hand on the chest."""
    wrist = chest_hand().elementAt(0)
    path = QPainterPath(_SHOULDER)
    path.lineTo(_ELBOW)
    path.lineTo(QPointF(wrist.x, wrist.y))
    return path


@cache
def chest_hand() -> QPainterPath:
    """The hand on the upper chest: still, whatever the breath does."""
    x0, x1 = _CHEST_PALM
    chest = torso()
    return _palm(QPointF(x0, silhouette_top(chest, x0)), QPointF(x1, silhouette_top(chest, x1)))


@cache
def torso() -> QPainterPath:
    """Neck to hip with the belly empty; belly_rise() adds the breath to it."""
    path = QPainterPath(QPointF(34.0, 73.0))  # inside the head: the neck joins it smoothly
    path.cubicTo(QPointF(40.0, 72.0), QPointF(42.0, 68.5), QPointF(45.0, 66.0))  # neck
    path.cubicTo(QPointF(50.0, 61.5), QPointF(58.0, 58.5), QPointF(68.0, 57.8))  # collarbone
    path.cubicTo(QPointF(77.0, 57.3), QPointF(85.0, 58.2), RIBS)  # the chest
    c1, c2 = _wall_controls(0.0)
    path.cubicTo(c1, c2, HIP)  # the belly, empty
    path.cubicTo(QPointF(131.0, 67.5), QPointF(134.0, 73.0), QPointF(134.0, 79.0))
    path.cubicTo(QPointF(134.0, 84.5), QPointF(130.0, 87.5), QPointF(123.0, 87.5))
    path.lineTo(QPointF(48.0, 87.5))  # the back, on the mat
    path.cubicTo(QPointF(40.0, 87.5), QPointF(35.0, 84.0), QPointF(33.0, 79.0))
    path.closeSubpath()
    return path


@cache
def full_torso() -> QPainterPath:
    """The torso with the belly full, in one piece (no seam where the belly joins it)."""
    return torso().united(belly_rise(1.0))


def silhouette_top(path: QPainterPath, x: float) -> float:
    """The highest y of ``path`` above ``x`` (inf where it has none there)."""
    strip = QPainterPath()
    strip.addRect(QRectF(x - 0.05, 0.0, 0.1, MAT_TOP))
    part = path.intersected(strip)
    return part.boundingRect().top() if not part.isEmpty() else float("inf")


@cache
def head() -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(27.0, 69.0), 11.0, 11.5)
    return path


@cache
def mat() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(10.0, MAT_TOP, 180.0, 6.0), 3.0, 3.0)
    return path


@cache
def pillow() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(11.0, 79.5, 34.0, 8.5), 4.25, 4.25)
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
