# SPDX-License-Identifier: GPL-3.0-or-later
"""The bytes of a Heart Rate Measurement (GATT 0x2A37) and the beats a notification gives."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import NamedTuple

from breathapp.core.heart.beats import Beat

# The flags byte, the first of every notification (Bluetooth SIG, Heart Rate Service 1.0).
_HR_16_BIT = 0x01
_CONTACT_DETECTED = 0x02
_CONTACT_SUPPORTED = 0x04
_ENERGY_PRESENT = 0x08
_RR_PRESENT = 0x10

RR_UNITS_PER_S = 1024  # an RR interval is counted in 1/1024 s


class MeasurementError(ValueError):
    """The bytes are not a Heart Rate Measurement: too short, or cut off in a field."""


class Contact(Enum):
    """What the strap says of its contact with the skin."""

    NOT_SUPPORTED = "not_supported"
    NOT_DETECTED = "not_detected"
    DETECTED = "detected"


class Measurement(NamedTuple):
    """One notification, read."""

    hr_bpm: int  # the strap's own heart rate (we compute ours from the RR intervals)
    contact: Contact
    energy_kj: int | None  # energy expended since the strap's last reset, when sent
    rr_ms: tuple[float, ...]  # every RR interval in the notification, oldest first


def parse_measurement(data: bytes) -> Measurement:
    """Read a notification's bytes; MeasurementError says what is wrong with them."""
    if not data:
        raise MeasurementError("an empty notification: no flags byte")
    flags = data[0]
    at = 1
    if flags & _HR_16_BIT:
        if len(data) < at + 2:
            raise MeasurementError(f"{len(data)} bytes: the 16-bit heart rate is cut off")
        hr_bpm = int.from_bytes(data[at : at + 2], "little")
        at += 2
    else:
        if len(data) < at + 1:
            raise MeasurementError("1 byte: the heart rate is missing")
        hr_bpm = data[at]
        at += 1
    if not flags & _CONTACT_SUPPORTED:
        contact = Contact.NOT_SUPPORTED
    elif flags & _CONTACT_DETECTED:
        contact = Contact.DETECTED
    else:
        contact = Contact.NOT_DETECTED
    energy_kj: int | None = None
    if flags & _ENERGY_PRESENT:
        if len(data) < at + 2:
            raise MeasurementError(f"{len(data)} bytes: the energy expended is cut off")
        energy_kj = int.from_bytes(data[at : at + 2], "little")
        at += 2
    rest = data[at:]
    if not flags & _RR_PRESENT:
        if rest:
            raise MeasurementError(f"{len(rest)} bytes after the fields the flags announce")
        return Measurement(hr_bpm, contact, energy_kj, ())
    if not rest:
        raise MeasurementError("the flags announce RR intervals, but none follow")
    if len(rest) % 2:
        raise MeasurementError(f"{len(rest)} bytes of RR intervals: the last one is cut off")
    rr_ms = tuple(
        int.from_bytes(rest[i : i + 2], "little") * 1000 / RR_UNITS_PER_S
        for i in range(0, len(rest), 2)
    )
    return Measurement(hr_bpm, contact, energy_kj, rr_ms)


def place_beats(
    arrived_s: float, rr_ms: Sequence[float], last_beat_s: float | None
) -> tuple[Beat, ...]:
    """The beats of one notification on the app's clock.

    The notification leaves the strap right after its last beat, so that beat falls at
    ``arrived_s`` and each earlier one is its successor's interval before it. The radio's
    delay varies, so an earlier beat may come out before the last beat already placed
    (``last_beat_s``): it is put there, never before, and the times never go back.
    """
    times: list[float] = []
    t = arrived_s
    for rr in reversed(rr_ms):
        times.append(t)
        t -= rr / 1000
    times.reverse()
    floor = last_beat_s if last_beat_s is not None else -float("inf")
    placed: list[Beat] = []
    for t_s, rr in zip(times, rr_ms, strict=True):
        floor = max(floor, t_s)
        placed.append(Beat(floor, float(rr)))
    return tuple(placed)
