# SPDX-License-Identifier: GPL-3.0-or-later
"""The guide canvas paints the state it is given: sizes, styles, holds, reduced motion."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breathapp.core.pacer import PacerState, state_at
from breathapp.core.patterns import Phase, preset
from breathapp.core.prefs import GuideStyle
from breathapp.ui.common.theme import DARK, HIGH_CONTRAST, LIGHT, Theme
from breathapp.ui.guide import belly_figure as fig
from breathapp.ui.guide.belly_paint import BellyPaints
from breathapp.ui.guide.guide_canvas import GuideCanvas, hold_strength

W, H = 400, 300
# Antialiasing softens edges; colours this close (sum of |dR|+|dG|+|dB|) count as equal.
NEAR = 40


def breathing(volume: float, phase: Phase = Phase.INHALE) -> PacerState:
    return PacerState(phase, 1.0, 4.0, volume, 0, 6.0)


def holding(volume: float, phase: Phase = Phase.HOLD_IN) -> PacerState:
    return PacerState(phase, 2.0, 4.0, volume, 0, 6.0)


class Source:
    """A state source the test sets by hand; counts how often the canvas asks."""

    def __init__(self, state: PacerState | None = None) -> None:
        self.state = state
        self.calls = 0

    def __call__(self) -> PacerState | None:
        self.calls += 1
        return self.state


@pytest.fixture
def make(qtbot: QtBot) -> Iterator[Callable[..., tuple[GuideCanvas, Source]]]:
    def factory(
        style: GuideStyle = GuideStyle.CIRCLE,
        reduced_motion: bool = False,
        theme: Theme = LIGHT,
        size: tuple[int, int] = (W, H),
    ) -> tuple[GuideCanvas, Source]:
        source = Source()
        canvas = GuideCanvas(source, theme, style, reduced_motion)
        qtbot.addWidget(canvas)
        canvas.resize(*size)
        return canvas, source

    yield factory


class Shot:
    """A grabbed frame with fast pixel reads (QImage.pixel per pixel is slow in Python)."""

    def __init__(self, image: QImage) -> None:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        self.width, self.height = image.width(), image.height()
        self._stride = image.bytesPerLine()
        self._data = bytes(image.constBits())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Shot) and self._data == other._data

    def __hash__(self) -> int:
        return hash(self._data)

    def rgb(self, x: int, y: int) -> tuple[int, int, int]:
        i = y * self._stride + 4 * x  # little-endian 0xAARRGGBB: blue first
        return self._data[i + 2], self._data[i + 1], self._data[i]


def shot(canvas: GuideCanvas, source: Source, state: PacerState | None) -> Shot:
    source.state = state
    return Shot(canvas.grab().toImage())


def near(a: tuple[int, int, int], b: QColor) -> bool:
    return abs(a[0] - b.red()) + abs(a[1] - b.green()) + abs(a[2] - b.blue()) < NEAR


def count_near(image: Shot, color: QColor, step: int = 2) -> int:
    return sum(
        near(image.rgb(x, y), color)
        for y in range(0, image.height, step)
        for x in range(0, image.width, step)
    )


def region(image: Shot, rect: QRect) -> list[tuple[int, int, int]]:
    return [
        image.rgb(x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    ]


def not_background(image: Shot, theme: Theme) -> QRect:
    """The bounding box of everything that is not background."""
    bg = theme.color("background")
    xs, ys = [], []
    for y in range(image.height):
        for x in range(image.width):
            if not near(image.rgb(x, y), bg):
                xs.append(x)
                ys.append(y)
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


@pytest.mark.parametrize("reduced", [False, True])
@pytest.mark.parametrize("style", list(GuideStyle))
def test_empty_and_full_lungs_look_different(make, style: GuideStyle, reduced: bool) -> None:
    canvas, source = make(style, reduced)
    assert shot(canvas, source, breathing(0.0)) != shot(canvas, source, breathing(1.0))


def test_a_full_circle_covers_much_more_accent_than_an_empty_one(make) -> None:
    canvas, source = make()
    accent = LIGHT.color("accent")
    empty = count_near(shot(canvas, source, breathing(0.0)), accent)
    full = count_near(shot(canvas, source, breathing(1.0)), accent)
    assert empty > 0
    # Radius 40 % to 100 %: the area grows about six-fold.
    assert full > 4 * empty


def test_the_circle_grows_steadily_with_volume(make) -> None:
    canvas, source = make()
    accent = LIGHT.color("accent")
    counts = [count_near(shot(canvas, source, breathing(v)), accent) for v in (0, 0.25, 0.5, 1)]
    assert counts == sorted(counts) and len(set(counts)) == 4


def test_reduced_motion_fills_a_still_vessel_to_the_level(make) -> None:
    canvas, source = make(GuideStyle.CIRCLE, reduced_motion=True)
    accent = LIGHT.color("accent")
    image = shot(canvas, source, breathing(0.5))
    column = [near(image.rgb(W // 2, y), accent) for y in range(H)]
    # Down the middle: outline on top, empty vessel, then accent from the level down.
    top_of_fill = next(y for y in range(H // 4, H) if column[y])
    assert abs(top_of_fill - H / 2) <= 0.03 * H
    assert all(column[top_of_fill : int(0.85 * H)])


@pytest.mark.parametrize("style", list(GuideStyle))
def test_reduced_motion_never_changes_size(make, style: GuideStyle) -> None:
    canvas, source = make(style, reduced_motion=True)
    boxes = {
        (r.x(), r.y(), r.width(), r.height())
        for r in (
            not_background(shot(canvas, source, breathing(v)), LIGHT) for v in (0.0, 0.5, 1.0)
        )
    }
    assert len(boxes) == 1


def test_reduced_motion_level_rises_in_the_belly_too(make) -> None:
    canvas, source = make(GuideStyle.BELLY, reduced_motion=True)
    level = BellyPaints(LIGHT).level
    counts = [count_near(shot(canvas, source, breathing(v)), level, 1) for v in (0.2, 0.5, 0.9)]
    assert counts[0] < counts[1] < counts[2]


def test_belly_moves_while_the_chest_stays_exactly_still(make) -> None:
    canvas, source = make(GuideStyle.BELLY)
    to_px = fig.figure_transform(W, H)
    chest = to_px.mapRect(fig.CHEST_REGION).toAlignedRect()
    belly = to_px.mapRect(fig.BELLY_REGION).toAlignedRect()
    empty = shot(canvas, source, breathing(0.0))
    full = shot(canvas, source, breathing(1.0))
    assert chest.width() > 10 and chest.height() > 5
    assert region(empty, chest) == region(full, chest)
    assert region(empty, belly) != region(full, belly)


@pytest.mark.parametrize("style", list(GuideStyle))
@pytest.mark.parametrize("reduced", [False, True])
def test_a_hold_shows_the_hold_colour_and_breathing_does_not(make, style, reduced) -> None:
    canvas, source = make(style, reduced)
    hold = LIGHT.color("hold")
    assert count_near(shot(canvas, source, breathing(1.0)), hold, 1) == 0
    assert count_near(shot(canvas, source, holding(1.0)), hold, 1) > 20
    assert count_near(shot(canvas, source, holding(0.0, Phase.HOLD_OUT)), hold, 1) > 20


def test_top_up_is_drawn_like_an_inhale(make) -> None:
    canvas, source = make()
    assert shot(canvas, source, breathing(0.9, Phase.TOP_UP)) == shot(
        canvas, source, breathing(0.9, Phase.INHALE)
    )


def test_the_hold_cue_fades_in_and_out_at_the_edges_of_the_hold() -> None:
    assert hold_strength(None) == 0.0
    assert hold_strength(breathing(1.0)) == 0.0
    assert hold_strength(PacerState(Phase.HOLD_IN, 0.0, 4.0, 1.0, 0, 6.0)) == 0.0
    assert 0.0 < hold_strength(PacerState(Phase.HOLD_IN, 0.2, 4.0, 1.0, 0, 6.0)) < 1.0
    assert hold_strength(PacerState(Phase.HOLD_IN, 2.0, 4.0, 1.0, 0, 6.0)) == 1.0
    assert hold_strength(PacerState(Phase.HOLD_IN, 4.0, 4.0, 1.0, 0, 6.0)) == 0.0


@pytest.mark.parametrize("reduced", [False, True])
@pytest.mark.parametrize("style", list(GuideStyle))
def test_idle_paints_a_quiet_resting_shape(make, style: GuideStyle, reduced: bool) -> None:
    canvas, source = make(style, reduced)
    canvas.last_painted = breathing(0.3)
    image = shot(canvas, source, None)
    assert canvas.last_painted is None
    assert count_near(image, LIGHT.color("accent_soft"), 1) > 50


@pytest.mark.parametrize("theme", [LIGHT, DARK, HIGH_CONTRAST])
@pytest.mark.parametrize("style", list(GuideStyle))
def test_the_background_is_the_theme_background(make, theme: Theme, style: GuideStyle) -> None:
    canvas, source = make(style, theme=theme)
    image = shot(canvas, source, breathing(0.5))
    bg = theme.color("background")
    for x, y in ((0, 0), (W - 1, 0), (0, H - 1), (W - 1, H - 1)):
        assert image.rgb(x, y) == (bg.red(), bg.green(), bg.blue())


def test_setters_repaint_with_the_new_theme_style_and_motion(make, qtbot: QtBot) -> None:
    canvas, source = make()
    circle = shot(canvas, source, breathing(0.5))
    canvas.set_style(GuideStyle.BELLY)
    belly = shot(canvas, source, breathing(0.5))
    canvas.set_reduced_motion(True)
    vessel = shot(canvas, source, breathing(0.5))
    canvas.set_theme(DARK)
    dark = shot(canvas, source, breathing(0.5))
    assert circle != belly != vessel != dark
    bg = DARK.color("background")
    assert dark.rgb(0, 0) == (bg.red(), bg.green(), bg.blue())


@pytest.mark.parametrize("size", [(200, 150), (1920, 1080), (150, 400)])
@pytest.mark.parametrize("style", list(GuideStyle))
def test_paints_small_and_big(make, size: tuple[int, int], style: GuideStyle) -> None:
    canvas, source = make(style, size=size)
    image = shot(canvas, source, breathing(0.7))
    assert (image.width, image.height) == size
    assert count_near(image, LIGHT.color("accent"), 4) > 0


@pytest.mark.parametrize("style", list(GuideStyle))
def test_five_thousand_paints_ask_once_each_and_keep_the_last_state(make, qtbot, style) -> None:
    canvas, source = make(style, size=(320, 240))
    canvas.show()
    # Handles the show and expose events at once; repaint() paints only a shown widget.
    QApplication.processEvents()
    pattern = preset("box").pattern
    source.calls = 0
    state = None
    for frame in range(5000):
        # 1/60 s per frame: about 83 s of box breathing, every phase many times.
        state = state_at(pattern, frame / 60.0)
        source.state = state
        canvas.repaint()
    assert source.calls == 5000
    assert canvas.last_painted is state


def test_work_can_wait_for_the_first_paint(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from breathapp.ui.common.theme import LIGHT
    from breathapp.ui.guide.guide_canvas import GuideCanvas

    canvas = GuideCanvas(lambda: None, LIGHT)
    qtbot.addWidget(canvas)
    ran: list[bool] = []
    canvas.after_next_paint(lambda: ran.append(True))
    QApplication.processEvents()
    assert ran == []  # not painted yet
    canvas.resize(200, 150)
    canvas.show()
    QApplication.processEvents()
    canvas.repaint()
    QApplication.processEvents()
    assert ran == [True]
    canvas.repaint()
    QApplication.processEvents()
    assert ran == [True]  # once
