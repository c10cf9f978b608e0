# SPDX-License-Identifier: GPL-3.0-or-later
"""A series of beats kept for later keeps their times and intervals to the millisecond."""

from breathapp.core.heart.beats import Beat, RrSeries


def test_a_series_keeps_the_beats_from_its_start_to_the_millisecond() -> None:
    beats = [Beat(9.0, 990.0), Beat(10.0004, 1000.4), Beat(11.2, 1199.6)]
    series = RrSeries.of(beats, start_s=9.5)
    assert series == RrSeries((500, 1700), (1000, 1200))
    assert series.beats(start_s=100.0) == (Beat(100.5, 1000.0), Beat(101.7, 1200.0))
