# SPDX-License-Identifier: GPL-3.0-or-later
"""The belly figure as a physiotherapist teaches it: the belly wall and the hand on it rise
with the breath; the chest and the hand on it stay still. Geometry first, then paint."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QImage, QPainterPath
from pytestqt.qtbot import QtBot

from breathapp.core.pacer import PacerState
from breathapp.core.patterns import Phase
from breathapp.core.prefs import GuideStyle
from breathapp.ui.common.theme import DARK, HIGH_CONTRAST, LIGHT, Theme
from breathapp.ui.guide import belly_figure as fig
from breathapp.ui.guide.guide_canvas import GuideCanvas

LEVELS = [i / 10 for i in range(11)]


def _body(level: float) -> QPainterPath:
    """The body's outline at ``level``: the still torso and what the breath adds."""
    return fig.torso().united(fig.belly_rise(level))


def test_the_belly_wall_rises_steadily_with_the_breath() -> None:
    tops = [fig.belly_wall(level).pointAtPercent(0.5).y() for level in LEVELS]  # its middle
    assert all(later < earlier for earlier, later in itertools.pairwise(tops))
    assert tops == pytest.approx([fig.belly_top(level) for level in LEVELS], abs=0.3)
    # Softly: the whole rise is a small part of the figure's height.
    assert 3.0 < tops[0] - tops[-1] < 0.2 * fig.FIGURE_RECT.height()


def test_the_body_rises_at_the_belly_and_not_at_the_chest() -> None:
    chest = fig.CHEST_REGION
    belly_x = fig.BELLY_REGION.center().x()
    bodies = [_body(level) for level in LEVELS]
    for x in (chest.left(), chest.center().x(), chest.right()):
        heights = {round(fig.silhouette_top(body, x), 6) for body in bodies}
        assert len(heights) == 1, x  # the chest line never moves
    belly = [fig.silhouette_top(body, belly_x) for body in bodies]
    assert all(later < earlier for earlier, later in itertools.pairwise(belly))
    # Full, the belly rises a little above the chest: the breath goes there, not up.
    assert belly[-1] < fig.silhouette_top(bodies[0], chest.center().x()) < belly[0] + 1.0


def test_the_hand_on_the_belly_rides_it_and_the_hand_on_the_chest_stays() -> None:
    hands = [fig.belly_hand(level).boundingRect() for level in LEVELS]
    tops = [hand.top() for hand in hands]
    assert all(later < earlier for earlier, later in itertools.pairwise(tops))
    for level, hand in zip(LEVELS, hands, strict=True):
        # It lies on the wall, just below the ribs (its palm line crosses the belly's front).
        assert fig.RIBS.x() < hand.left() < hand.right() < fig.HIP.x()
        wall_y = fig.silhouette_top(_body(level), hand.center().x())
        assert abs(hand.center().y() - wall_y) < fig.HAND_WIDTH
    chest = fig.chest_hand().boundingRect()
    assert chest.intersects(fig.CHEST_REGION) and chest.right() < fig.RIBS.x()
    chest_y = fig.silhouette_top(fig.torso(), chest.center().x())
    assert abs(chest.center().y() - chest_y) < fig.HAND_WIDTH  # resting on the chest
    # The arm reaches the hand on the chest and stays still: nothing of an arm moves.
    wrist = fig.near_arm().elementAt(2)
    palm = fig.chest_hand().elementAt(0)
    assert (wrist.x, wrist.y) == (palm.x, palm.y)


def test_the_breath_fills_under_the_wall_and_grows_with_it() -> None:
    x = fig.BELLY_REGION.center().x()
    strip = QPainterPath()
    strip.addRect(x - 0.05, 0.0, 0.1, fig.MAT_TOP)
    depths = []
    for level in LEVELS:
        breath = fig.breath(level).intersected(strip).boundingRect()
        assert breath.top() == pytest.approx(fig.silhouette_top(_body(level), x), abs=0.05)
        depths.append(breath.height())
    assert all(later > earlier for earlier, later in itertools.pairwise(depths))
    assert depths[0] > 2.0  # an empty belly keeps a slim lens: the eye knows where to look


def _grab(canvas: GuideCanvas) -> QImage:
    canvas.repaint()
    return canvas.grab().toImage()


@pytest.mark.parametrize("theme", [LIGHT, DARK, HIGH_CONTRAST], ids=lambda t: t.name)
@pytest.mark.parametrize("reduced", [False, True])
@pytest.mark.parametrize("size", [(1, 1), (121, 91), (3840, 2160), (300, 2000)])
def test_paints_at_any_size_without_error(
    qtbot: QtBot, theme: Theme, reduced: bool, size: tuple[int, int]
) -> None:
    states = [None, *(PacerState(Phase.INHALE, 1.0, 4.0, v, 0, 6.0) for v in (0.0, 0.5, 1.0))]
    states.append(PacerState(Phase.HOLD_IN, 2.0, 4.0, 1.0, 0, 6.0))
    current: list[PacerState | None] = [None]
    canvas = GuideCanvas(lambda: current[0], theme, GuideStyle.BELLY, reduced)
    qtbot.addWidget(canvas)
    canvas.resize(*size)
    for state in states:
        current[0] = state
        image = _grab(canvas)
        assert image.width() >= 1 and image.height() >= 1
        assert canvas.last_painted is state
    # The figure is there, as large as the window lets it be: across the middle line.
    bg = theme.color("background")
    row = image.height() // 2  # the figure is centred; its body crosses the middle
    drawn = sum(image.pixelColor(x, row) != bg for x in range(0, image.width(), 3))
    assert drawn > image.width() // 3 // 4
