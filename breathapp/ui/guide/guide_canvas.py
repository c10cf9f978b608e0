# SPDX-License-Identifier: GPL-3.0-or-later
"""The breathing guide: paints one PacerState as a breathing circle or a belly figure."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from breathapp.core.pacer import PacerState
from breathapp.core.prefs import GuideStyle
from breathapp.ui.common.theme import Theme
from breathapp.ui.common.theme import mix as _mix
from breathapp.ui.common.theme import with_alpha as _alpha
from breathapp.ui.guide import belly_figure as fig

if TYPE_CHECKING:  # event types only annotate: importing them costs start-up time
    from PySide6.QtGui import QPaintEvent, QResizeEvent

    from breathapp.ui.guide.belly_paint import BellyPaints

# Full radius as a share of min(width, height): leaves room for the hold ring.
MAX_RADIUS_SHARE = 0.4
# The circle's radius with empty lungs, as a share of its full radius.
MIN_RADIUS_SHARE = 0.4
# The soft edge of the breath: faint bands this wide in all (share of the radius).
HALO_SHARE = 0.045
# Each band's colour on the way background -> accent_soft (0..1) -> accent (1..2), outermost
# first: through the soft tint, because a deep accent mixed straight into the background
# turns grey.
HALO_STEPS = (0.55,)  # one band: each band is another disc to fill every frame
TARGET_RING_STEP = 1.25
# Idle (no session): a calm middle size, neither full nor empty.
IDLE_VOLUME = 0.5
# The hold cue fades in and out over this long so a hold never starts with a jolt.
HOLD_FADE_S = 0.6
HOLD_RING_GAP_SHARE = 0.035  # of min(width, height); wider than the halo
HOLD_RING_WIDTH_SHARE = 0.018
OUTLINE_SHARE = 0.012  # target ring and vessel outline, of the full radius
VESSEL_TINT = 0.55  # how much accent_soft the empty vessel shows


def hold_strength(state: PacerState | None) -> float:
    """How visible the hold cue is now: 0 outside holds, fading in and out at the edges."""
    if state is None or not state.phase.is_hold:
        return 0.0
    edge_s = min(HOLD_FADE_S, state.phase_duration_s / 3.0)
    if edge_s <= 0:
        return 1.0
    near_edge_s = min(state.phase_elapsed_s, state.phase_remaining_s)
    return max(0.0, min(1.0, near_edge_s / edge_s))


class _Paints:
    """Colours and brushes of one theme, made once per theme rather than per frame."""

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self.bg = theme.color("background")
        self.accent = theme.color("accent")
        self.soft = theme.color("accent_soft")
        self.hold = theme.color("hold")
        self.body = theme.color("body")
        # Plain colours serve as brushes: making QBrush objects would pull in its
        # gradient enums at start-up for nothing.
        self.bg_brush = self.bg
        self.accent_brush = self.accent
        self.idle_brush = self.soft
        halo = HALO_STEPS if theme.soft_edges else ()
        self.halo_brushes = tuple(self.tint(step) for step in halo)
        self.target = self.tint(TARGET_RING_STEP)
        self.vessel_brush = self.tint(VESSEL_TINT)
        self._belly: BellyPaints | None = None

    def belly(self) -> BellyPaints:
        """The belly figure's pens: made when it is first painted, never at start-up."""
        if self._belly is None:
            from breathapp.ui.guide.belly_paint import BellyPaints

            self._belly = BellyPaints(self.theme)
        return self._belly

    def tint(self, step: float) -> QColor:
        """Background (0), accent_soft (1) and accent (2), and opaque colours between."""
        if step <= 1.0:
            return _mix(self.bg, self.soft, step)
        return _mix(self.soft, self.accent, step - 1.0)


class GuideCanvas(QWidget):
    """Paints the guide from ``state_source()`` on every paint; keeps no time of its own.

    Emits no signals. A frame timer elsewhere calls update(); each paint asks for the
    state once and draws it, so a late frame can never shift the rhythm.
    ``last_painted`` is the state of the most recent paint (None when idle).
    """

    def __init__(
        self,
        state_source: Callable[[], PacerState | None],
        theme: Theme,
        style: GuideStyle = GuideStyle.CIRCLE,
        reduced_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state_source = state_source
        self._theme = theme
        self._style = style
        self._reduced_motion = reduced_motion
        self.last_painted: PacerState | None = None
        self._after_paint: list[Callable[[], None]] = []
        # Everything that does not depend on the volume; rebuilt when this key changes.
        self._cache_key: tuple[object, ...] | None = None
        self._paints = _Paints(theme)
        self._static = QPixmap()
        self._static_rect = QRectF()
        self._static_covers = False
        self._center = QPointF()
        self._max_r = 0.0
        self._ring_gap = 0.0
        self._ring_width = 0.0
        self._fig = QTransform()
        self._vessel = QPainterPath()
        self._vessel_bounds = QRectF()
        # Every paint covers the whole rect, so Qt need not clear it first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 90)
        self.setAccessibleName(self.tr("Breathing guide"))

    def sizeHint(self) -> QSize:
        # Modest: it takes all the room there is (Expanding), but before a session the
        # start screen's choices get theirs first; the resting circle has the rest.
        return QSize(320, 240)

    def say(self, phase: str, count: str) -> None:
        """What the guide shows, for a screen reader: the phase and the seconds left in it.

        Called with each readout (about once a second, never per frame); a screen reader
        hears only a change.
        """
        seconds = int(count) if count.isdigit() else None
        text = phase
        if seconds is not None:
            text = self.tr("%1, %n seconds left", "", seconds).replace("%1", phase)
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_style(self, style: GuideStyle) -> None:
        self._style = style
        self.update()

    def set_reduced_motion(self, reduced_motion: bool) -> None:
        self._reduced_motion = reduced_motion
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache_key = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        state = self._state_source()
        self.last_painted = state
        self._ensure_cache()
        painter = QPainter(self)
        if not self._static_covers:
            # A rectangle drawn with the colour as its brush, not fillRect: PySide tries
            # fillRect(QRect, QColor) against QGradient's overloads and so builds five of
            # its enums on the first paint (about 2 ms of start-up). Same pixels.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._paints.bg_brush)
            painter.drawRect(self.rect())
        # The still parts come from an opaque image: copying it costs far less than
        # stroking an antialiased ring or a figure again on every frame.
        painter.drawPixmap(self._static_rect.topLeft(), self._static)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._style is GuideStyle.BELLY:
            self._paint_belly(painter, state)
        elif self._reduced_motion:
            self._paint_level(painter, state)
        else:
            self._paint_circle(painter, state)
        painter.end()
        if self._after_paint:
            # Queued, so the work waits until this frame is on screen.
            callbacks, self._after_paint = self._after_paint, []
            for callback in callbacks:
                QTimer.singleShot(0, callback)

    def after_next_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the guide has been painted (work that can wait for it)."""
        self._after_paint.append(callback)

    # -- the static layer -----------------------------------------------------------

    def _ensure_cache(self) -> None:
        dpr = self.devicePixelRatioF()
        w, h = self.width(), self.height()
        key = (w, h, dpr, self._theme, self._style, self._reduced_motion)
        if key == self._cache_key:
            return
        if self._paints.theme != self._theme:
            self._paints = _Paints(self._theme)
        self._cache_key = key
        side = float(min(w, h))
        self._center = QPointF(w / 2.0, h / 2.0)
        self._max_r = side * MAX_RADIUS_SHARE
        self._ring_gap = side * HOLD_RING_GAP_SHARE
        self._ring_width = side * HOLD_RING_WIDTH_SHARE
        self._fig = fig.figure_transform(w, h)
        self._vessel = QPainterPath()  # the circle's, with less movement
        self._vessel.addEllipse(self._center, self._max_r, self._max_r)
        self._vessel_bounds = self._vessel.boundingRect()
        # The figure spans the widget; a ring or a vessel needs only its own square,
        # which keeps the image small (about 1.6 MB rather than 5 MB at 1080p).
        if self._style is GuideStyle.BELLY:
            self._static_rect = QRectF(0.0, 0.0, float(w), float(h))
        else:
            half = self._max_r + 2.0
            self._static_rect = QRectF(
                round(self._center.x() - half),
                round(self._center.y() - half),
                round(2 * half),
                round(2 * half),
            ).intersected(QRectF(0.0, 0.0, float(w), float(h)))
        self._static_covers = self._static_rect == QRectF(0.0, 0.0, float(w), float(h))
        self._static = self._render_static(dpr)

    def _render_static(self, dpr: float) -> QPixmap:
        rect = self._static_rect
        size = QSize(max(1, round(rect.width() * dpr)), max(1, round(rect.height() * dpr)))
        pixmap = QPixmap(size)
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(self._paints.bg)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-rect.topLeft())
        self._paint_static(painter)
        painter.end()
        return pixmap

    def _paint_static(self, painter: QPainter) -> None:
        """What does not move with the breath: the figure, the vessel, the target ring."""
        p = self._paints
        if self._style is GuideStyle.BELLY:
            self._paint_figure(painter)
            return
        outline = max(1.0, self._max_r * OUTLINE_SHARE)
        if self._reduced_motion:
            # A pale, opaque vessel with a still outline; only the level inside moves.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(p.vessel_brush)
            painter.drawPath(self._vessel)
            painter.setPen(QPen(p.accent, outline))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._vessel)
        else:
            # A faint target ring just inside full size: where the breath is going,
            # covered completely when it gets there.
            painter.setPen(QPen(p.target, outline))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ring_r = self._max_r - outline / 2.0
            painter.drawEllipse(self._center, ring_r, ring_r)

    def _paint_figure(self, painter: QPainter) -> None:
        from breathapp.ui.guide import belly_paint  # only for the figure: not at start-up

        painter.save()
        painter.setTransform(self._fig)
        belly_paint.paint_still(painter, self._paints.belly(), self._reduced_motion)
        painter.restore()

    # -- per frame ------------------------------------------------------------------

    def _paint_circle(self, painter: QPainter, state: PacerState | None) -> None:
        p = self._paints
        volume = IDLE_VOLUME if state is None else state.volume
        radius = self._max_r * (MIN_RADIUS_SHARE + (1.0 - MIN_RADIUS_SHARE) * volume)
        painter.setPen(Qt.PenStyle.NoPen)
        strength = hold_strength(state)
        if strength > 0.0:
            # Opaque discs, outermost first, make the ring: filling a ring path or
            # stroking a wide circle costs several times more at 1080p.
            inner = radius + self._ring_gap
            painter.setBrush(_mix(p.bg, p.hold, strength))
            painter.drawEllipse(self._center, inner + self._ring_width, inner + self._ring_width)
            painter.setBrush(p.bg_brush)
            painter.drawEllipse(self._center, inner, inner)
        if state is not None and p.halo_brushes:
            # Faint bands just outside the disc give it a soft edge.
            band = radius * HALO_SHARE / len(p.halo_brushes)
            for i, brush in enumerate(p.halo_brushes):
                halo_r = radius + (len(p.halo_brushes) - i) * band
                painter.setBrush(brush)
                painter.drawEllipse(self._center, halo_r, halo_r)
        painter.setBrush(p.idle_brush if state is None else p.accent_brush)
        painter.drawEllipse(self._center, radius, radius)

    def _paint_level(self, painter: QPainter, state: PacerState | None) -> None:
        p = self._paints
        volume = IDLE_VOLUME if state is None else state.volume
        bounds = self._vessel_bounds
        level_y = bounds.bottom() - bounds.height() * volume
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(p.idle_brush if state is None else p.accent_brush)
        if volume > 0.0:
            # A clipped disc: rectangle clips are cheap and keep the round edge smooth.
            painter.save()
            painter.setClipRect(QRectF(0.0, level_y, self.width(), self.height() - level_y))
            painter.drawEllipse(self._center, self._max_r, self._max_r)
            painter.restore()
        self._paint_hold_ring(painter, state, self._max_r)

    def _paint_hold_ring(self, painter: QPainter, state: PacerState | None, radius: float) -> None:
        strength = hold_strength(state)
        if strength <= 0.0:
            return
        inner = radius + self._ring_gap
        ring = QPainterPath()
        ring.addEllipse(self._center, inner + self._ring_width, inner + self._ring_width)
        ring.addEllipse(self._center, inner, inner)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_alpha(self._paints.hold, strength))
        painter.drawPath(ring)

    def _paint_belly(self, painter: QPainter, state: PacerState | None) -> None:
        """The belly wall rises with the breath, the hand on it too; the chest stays still."""
        from breathapp.ui.guide import belly_paint

        volume = IDLE_VOLUME if state is None else state.volume
        paint = belly_paint.paint_level if self._reduced_motion else belly_paint.paint_breath
        painter.save()
        painter.setTransform(self._fig)
        paint(painter, self._paints.belly(), volume, state is None, hold_strength(state))
        painter.restore()
