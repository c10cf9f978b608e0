# SPDX-License-Identifier: GPL-3.0-or-later
"""The heart panel's words: of training, never of medicine; calm, whatever the link does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from breathapp.core.heart.link import LinkState
from breathapp.ui.common.counts import Counts


def swing_text(swing_bpm: float | None) -> str:
    """The heart's wave with the breath, in whole beats a minute, or how it will come."""
    if swing_bpm is None:
        return QCoreApplication.translate(
            "heart", "Breathe with the guide: after a few breaths you see your heart follow."
        )
    n = max(0, round(swing_bpm))
    text = Counts.tr("Your heart follows your breath: %n beats a minute up and down", "", n)
    return text  # named first: see ui/common/counts.py


def rate_text(bpm: float | None) -> str:
    """The heart rate now, in whole beats a minute."""
    if bpm is None:
        return ""
    return Counts.tr("Heart rate now: %n a minute", "", round(bpm))


def link_text(state: LinkState, before: LinkState | None = None) -> str:
    """Where the link stands, in calm words; ``before`` tells a return from a first contact."""
    if state is LinkState.CONNECTED and before is LinkState.LOST:
        return QCoreApplication.translate("heart", "The signal is back.")
    words = {
        LinkState.OFF: QCoreApplication.translate("heart", "No heart rate strap in use."),
        LinkState.SEARCHING: QCoreApplication.translate("heart", "Looking for your strap…"),
        LinkState.CONNECTING: QCoreApplication.translate("heart", "Connecting to your strap…"),
        LinkState.CONNECTED: QCoreApplication.translate(
            "heart", "Connected: your heartbeats come in."
        ),
        LinkState.LOST: QCoreApplication.translate(
            "heart", "Signal lost: trying again. The session goes on."
        ),
        LinkState.UNAVAILABLE: QCoreApplication.translate(
            "heart", "Bluetooth is not available here. The session goes on without it."
        ),
        LinkState.ENDED: QCoreApplication.translate("heart", "The replay has ended."),
    }
    return words[state]


def left_out_text(share: float) -> str:
    """The share of beats left out as unclear (a missed or an extra beat)."""
    percent = round(share * 100)
    if percent <= 0:
        return ""
    return Counts.tr("%n % of beats left out as unclear", "", percent)
