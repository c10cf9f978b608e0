# SPDX-License-Identifier: GPL-3.0-or-later
"""Heart Rate Measurement notifications, read from real byte strings."""

from __future__ import annotations

import pytest

from breathapp.core.heart.beats import Beat
from breathapp.core.heart.measurement import (
    Contact,
    MeasurementError,
    parse_measurement,
    place_beats,
)


def test_8_bit_heart_rate_without_rr() -> None:
    # Flags 0x06: 8-bit value, contact supported and detected; 72 bpm.
    m = parse_measurement(bytes([0x06, 72]))
    assert (m.hr_bpm, m.contact, m.energy_kj, m.rr_ms) == (72, Contact.DETECTED, None, ())


def test_8_bit_heart_rate_with_one_rr() -> None:
    # A Polar H10's usual notification: flags 0x16, 64 bpm, RR 0x03C0 = 960/1024 s.
    m = parse_measurement(bytes([0x16, 64, 0xC0, 0x03]))
    assert m.hr_bpm == 64
    assert m.rr_ms == (937.5,)


def test_16_bit_heart_rate() -> None:
    # Flags 0x11: 16-bit value 0x0104 = 260 (a value only 16 bits can carry), one RR.
    m = parse_measurement(bytes([0x11, 0x04, 0x01, 0x00, 0x04]))
    assert m.hr_bpm == 260
    assert m.rr_ms == (1000.0,)
    assert m.contact is Contact.NOT_SUPPORTED


def test_energy_expended_is_skipped_before_the_rr() -> None:
    # Flags 0x1C: 8-bit, contact supported, not detected, energy 0x0102 = 258 kJ, two RR.
    data = bytes([0x1C, 70, 0x02, 0x01, 0x00, 0x04, 0x00, 0x03])
    m = parse_measurement(data)
    assert m.contact is Contact.NOT_DETECTED
    assert m.energy_kj == 258
    assert m.rr_ms == (1000.0, 750.0)


def test_several_rr_in_one_notification_oldest_first() -> None:
    data = bytes([0x10, 80, 0x00, 0x03, 0x33, 0x03, 0x66, 0x03, 0x9A, 0x03])
    m = parse_measurement(data)
    assert m.rr_ms == pytest.approx((750.0, 799.8046875, 849.609375, 900.390625))


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (bytes([0x16]), "heart rate is missing"),
        (bytes([0x01, 0x40]), "16-bit heart rate is cut off"),
        (bytes([0x08, 60, 0x01]), "energy expended is cut off"),
        (bytes([0x10, 60]), "none follow"),
        (bytes([0x10, 60, 0x00, 0x04, 0x00]), "last one is cut off"),
        (bytes([0x00, 60, 0x00]), "after the fields"),
    ],
)
def test_malformed_bytes_say_what(data: bytes, words: str) -> None:
    with pytest.raises(MeasurementError, match=words):
        parse_measurement(data)
    assert issubclass(MeasurementError, ValueError)


def test_the_last_beat_falls_when_the_notification_arrives() -> None:
    beats = place_beats(100.0, (800.0, 1000.0), None)
    assert beats == (Beat(99.0, 800.0), Beat(100.0, 1000.0))


def test_earlier_beats_never_fall_before_the_last_one_placed() -> None:
    # The radio delayed the previous notification: its beat was placed at 99.5 s, later
    # than this notification's first beat would fall (99.0 s).
    beats = place_beats(100.0, (800.0, 1000.0), 99.5)
    assert [b.t_s for b in beats] == [99.5, 100.0]
    assert [b.rr_ms for b in beats] == [800.0, 1000.0]


def test_no_intervals_no_beats() -> None:
    assert place_beats(5.0, (), 4.0) == ()
