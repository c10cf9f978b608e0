# SPDX-License-Identifier: GPL-3.0-or-later
"""The heart rate as a smooth curve over the last minute and a half, the breath behind it.

Both share one time axis, read from the clock at each paint: the newest moment at the right
edge, ``WINDOW_S`` seconds ago at the left. The breath is the guide's lung volume as a soft
wave; the heart is a line over it, so its rise on the breath in and fall on the breath out
are plain. Calm colours from the theme; never red.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from breathapp.core.clock import Clock
from breathapp.core.heart.beats import Beat
from breathapp.core.heart.metrics import hr_curve
from breathapp.ui.common.theme import Theme, mix

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

WINDOW_S = 90.0  # the time shown: a minute and a half, about nine slow breaths
BREATH_STEP_S = 0.25  # the breath wave is read from the pacer this often along the axis
MIN_SPAN_BPM = 10.0  # the heart's scale never narrower: a small wobble stays small
SCALE_STEP_BPM = 5.0  # the scale's ends move in steps, so it does not jitter
BREATH_SHARE = 0.8  # the breath wave's height, of the plot's
LINE_SHARE = 0.012  # the heart line's width, of the plot's height (at least 2 px)


class BreathSource(Protocol):
    def volume_at(self, t_s: float) -> float | None: ...


class Shape(NamedTuple):
    """What one paint draws, in widget pixels."""

    heart: tuple[tuple[float, float], ...]  # the heart rate at each beat
    breath: tuple[tuple[float, float], ...]  # the lung volume along the axis
    low_bpm: float  # the heart scale's bottom
    high_bpm: float  # and top


def scale(rates: Sequence[float]) -> tuple[float, float]:
    """The heart scale's ends for these rates: in whole steps, at least MIN_SPAN_BPM apart."""
    if not rates:
        return 60.0, 80.0
    step = SCALE_STEP_BPM
    low = (min(rates) // step) * step
    high = -((-max(rates)) // step) * step
    if high - low < MIN_SPAN_BPM:
        middle = (high + low) / 2
        low, high = middle - MIN_SPAN_BPM / 2, middle + MIN_SPAN_BPM / 2
    return low, high


def shape_at(
    now_s: float,
    beats: Sequence[Beat],
    breath: BreathSource | None,
    width: float,
    height: float,
    window_s: float = WINDOW_S,
) -> Shape:
    """The curve and the breath at clock time ``now_s``: a pure function of the clock."""
    t0 = now_s - window_s
    curve = [(t, bpm) for t, bpm in hr_curve(beats) if t0 - 5.0 <= t <= now_s]
    low, high = scale([bpm for _, bpm in curve])
    pad = height * 0.08

    def x(t: float) -> float:
        return width * (t - t0) / window_s

    def y(bpm: float) -> float:
        return pad + (height - 2 * pad) * (high - bpm) / (high - low)

    heart = tuple((x(t), y(bpm)) for t, bpm in curve)
    points: list[tuple[float, float]] = []
    if breath is not None:
        steps = int(window_s / BREATH_STEP_S)
        for i in range(steps + 1):
            t = t0 + i * BREATH_STEP_S
            volume = breath.volume_at(t)
            if volume is not None:
                points.append((x(t), height - height * BREATH_SHARE * volume))
    return Shape(heart, tuple(points), low, high)


def smooth_path(points: Sequence[tuple[float, float]]) -> QPainterPath:
    """A smooth line through every point (Catmull-Rom as cubic Béziers)."""
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(*points[0])
    for i in range(1, len(points)):
        p0 = points[max(0, i - 2)]
        p1, p2 = points[i - 1], points[i]
        p3 = points[min(len(points) - 1, i + 1)]
        c1 = QPointF(p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = QPointF(p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        path.cubicTo(c1, c2, QPointF(*p2))
    return path


class HeartCurve(QWidget):
    """Paints the heart rate and the breath from the clock; keeps no time of its own.

    ``beats()`` gives the clean beats to draw; a timer elsewhere calls update().
    ``last_shape`` is what the most recent paint drew.
    """

    def __init__(
        self,
        beats: Callable[[], Sequence[Beat]],
        breath: BreathSource | None,
        clock: Clock,
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._beats = beats
        self._breath = breath
        self._clock = clock
        self._theme = theme
        self.window_s = WINDOW_S
        self.last_shape: Shape | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Room for the scale's two numbers one above the other, at any text size.
        self.setMinimumSize(120, max(56, round(self.fontMetrics().height() * 2.5)))
        self.setAccessibleName(self.tr("Heart rate and breath over the last minute and a half"))

    def sizeHint(self) -> QSize:
        return QSize(320, 160)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_breath(self, breath: BreathSource | None) -> None:
        self._breath = breath
        self.update()

    def shape_now(self) -> Shape:
        """What a paint now would draw."""
        now = self._clock.monotonic()
        return shape_at(
            now, self._beats(), self._breath, self.width(), self.height(), self.window_s
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = self._theme
        bg = theme.color("background")
        shape = self.shape_now()
        self.last_shape = shape
        painter = QPainter(self)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRect(self.rect())
        if len(shape.breath) >= 2:
            # Read every BREATH_STEP_S, a pixel or two apart: a polygon is smooth enough
            # and costs a fraction of a curved path to fill.
            h = float(self.height())
            area = QPolygonF([QPointF(x, y) for x, y in shape.breath])
            area.append(QPointF(shape.breath[-1][0], h))
            area.append(QPointF(shape.breath[0][0], h))
            painter.setBrush(mix(bg, theme.color("accent_soft"), 0.8))
            painter.drawPolygon(area)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self._paint_scale(painter, shape)
        # The soft fill is plain (its edge is faint; smoothing it tripled the cost of a frame);
        # the heart line, which the eye follows, is antialiased.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if len(shape.heart) >= 2:
            width = max(2.0, self.height() * LINE_SHARE)
            pen = QPen(theme.color("accent"), width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPath(smooth_path(shape.heart))
        painter.end()

    def _paint_scale(self, painter: QPainter, shape: Shape) -> None:
        """The scale's two ends, small and quiet, at the left."""
        if not shape.heart:
            return
        muted = QColor(self._theme.color("muted"))
        painter.setPen(muted)
        metrics = painter.fontMetrics()
        pad = self.height() * 0.08
        # Kept whole inside the widget however low it is (large text leaves it little room).
        top = max(metrics.ascent(), pad + metrics.ascent() / 2)
        bottom = min(self.height() - metrics.descent(), self.height() - pad + metrics.ascent() / 2)
        painter.drawText(QPointF(4, top), f"{shape.high_bpm:.0f}")
        painter.drawText(QPointF(4, bottom), f"{shape.low_bpm:.0f}")
