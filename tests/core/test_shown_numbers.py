# SPDX-License-Identifier: GPL-3.0-or-later
"""The one rounding rule for numbers a person reads: the nearest tenth, halves away from zero."""

from __future__ import annotations

import pytest

from breathapp.core.patterns import parse
from breathapp.core.shown_numbers import shown_phases, shown_seconds, shown_value


@pytest.mark.parametrize(
    ("value", "shown"),
    [(3.357, 3.4), (5.874, 5.9), (0.25, 0.3), (1.45, 1.5), (-1.45, -1.5), (4.0, 4.0), (-0.04, 0.0)],
)
def test_seconds_are_read_to_the_nearest_tenth(value: float, shown: float) -> None:
    assert shown_seconds(value) == shown


def test_other_figures_keep_the_decimals_asked_for() -> None:
    assert shown_value(7.4285, 1) == 7.4
    assert shown_value(2.5, 0) == 3.0  # a half goes up, as a person rounds (not to even)
    assert shown_value(-2.5, 0) == -3.0


def test_a_pattern_is_read_phase_by_phase() -> None:
    assert shown_phases(parse("3.357-0-5.874-0")) == (3.4, 0.0, 0.0, 5.9, 0.0)
    assert shown_phases(parse("2+1-0-6-0")) == (2.0, 1.0, 0.0, 6.0, 0.0)
