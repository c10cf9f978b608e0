# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the link to a heart-rate source stands: a value the sensor sets and the screen words."""

from __future__ import annotations

from enum import Enum


class LinkState(Enum):
    """The states a source of beats goes through; a session goes on in every one of them."""

    OFF = "off"  # no source chosen, or it was stopped
    SEARCHING = "searching"  # looking for straps that offer the heart-rate service
    CONNECTING = "connecting"  # a strap was chosen; connecting and subscribing
    CONNECTED = "connected"  # beats arrive
    LOST = "lost"  # the signal was lost; trying again by itself
    UNAVAILABLE = "unavailable"  # no Bluetooth adapter, it is off, or permission was refused
    ENDED = "ended"  # a replayed file came to its end
