# SPDX-License-Identifier: GPL-3.0-or-later
"""Breath-in starts at a constant pace: the breaths the swing is measured over."""

from __future__ import annotations

import pytest

from breathapp.core.heart.breaths import breath_starts_s


def test_starts_every_period_up_to_and_including_the_end() -> None:
    assert breath_starts_s(6.0, 100.0, 130.0) == (100.0, 110.0, 120.0, 130.0)
    assert breath_starts_s(6.0, 100.0, 129.9) == (100.0, 110.0, 120.0)


def test_a_slow_pace_does_not_drift_by_adding_up_rounding() -> None:
    starts = breath_starts_s(5.5, 0.0, 120.0)
    assert len(starts) == 12  # 11 whole breaths in two minutes
    assert starts[-1] == pytest.approx(11 * 60 / 5.5)


def test_no_start_before_the_first() -> None:
    assert breath_starts_s(6.0, 10.0, 5.0) == ()
    with pytest.raises(ValueError, match="positive"):
        breath_starts_s(0.0, 0.0, 10.0)
