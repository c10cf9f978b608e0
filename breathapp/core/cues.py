# SPDX-License-Identifier: GPL-3.0-or-later
"""Sound cues: which one belongs to a moment of the breath, decided from the pacer state."""

from __future__ import annotations

import math
from enum import Enum

from breathapp.core.pacer import PacerState
from breathapp.core.patterns import Phase


class Cue(Enum):
    INHALE = "inhale"  # rising
    EXHALE = "exhale"  # falling
    HOLD = "hold"  # a quiet tick
    STEP = "step"  # a chime: the next relaxation step begins
    END = "end"  # a bell: the session is over


_PHASE_CUES = {
    Phase.INHALE: Cue.INHALE,
    Phase.HOLD_IN: Cue.HOLD,
    Phase.EXHALE: Cue.EXHALE,
    Phase.HOLD_OUT: Cue.HOLD,
}


def cue_between(before: PacerState | None, now: PacerState) -> Cue | None:
    """The cue for a phase that began since ``before`` (None: the first breath begins).

    Checked on every frame, so a cue is never later than one frame after its phase
    starts. The sigh's short top-up is part of the inhale and gets no cue of its own.
    """
    if before is not None and (before.phase, before.cycle) == (now.phase, now.cycle):
        return None
    return _PHASE_CUES.get(now.phase)


COUNT_ROOM_S = 0.6  # a number is said only with this much of its phase still to come


def count_between(before: PacerState | None, now: PacerState) -> int | None:
    """The count that began since ``before`` within one phase: 2 at its first whole second,
    3 at its second, and so on (the phase's own cue is its "one"); None otherwise.

    A number too close to the phase's end is left out, so it never runs into the next cue.
    """
    if before is None or (before.phase, before.cycle) != (now.phase, now.cycle):
        return None
    second = math.floor(now.phase_elapsed_s + 1e-9)
    if second <= math.floor(before.phase_elapsed_s + 1e-9) or second < 1:
        return None
    if now.phase_remaining_s < COUNT_ROOM_S:
        return None
    return second + 1
