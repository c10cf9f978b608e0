# SPDX-License-Identifier: GPL-3.0-or-later
"""The one rounding rule for numbers shown to a person (values only; ui/common/numbers writes them).

Seconds are read to the nearest tenth: a live demonstration can leave 3.357-0-5.874-0, which a
person reads as 3.4-0-5.9-0. A tenth, not a half second, so a pattern never looks faster or
slower than the guide breathes it by more than 0.05 s a phase. Halves go away from zero, as a
person rounds (Python's round() goes to even: 2.5 -> 2). Files meant for machines keep the
exact value (Pattern.text()).
"""

from __future__ import annotations

import math

from breathapp.core.patterns import Pattern

SECONDS_DECIMALS = 1  # seconds are shown to a tenth


def shown_value(value: float, decimals: int) -> float:
    """``value`` to ``decimals`` places, halves away from zero; never -0.0."""
    scale = 10**decimals
    # The tiny nudge keeps 1.45 (stored as 1.4499999…) a half, as it was typed.
    magnitude = math.floor(abs(value) * scale + 0.5 + 1e-9) / scale
    return math.copysign(magnitude, value) if magnitude else 0.0


def shown_seconds(value: float) -> float:
    """Seconds as a person reads them: 3.357 -> 3.4."""
    return shown_value(value, SECONDS_DECIMALS)


def shown_phases(pattern: Pattern) -> tuple[float, float, float, float, float]:
    """Inhale, top-up, hold, exhale and hold of ``pattern``, each as a person reads it."""
    return (
        shown_seconds(pattern.inhale_s),
        shown_seconds(pattern.top_up_s),
        shown_seconds(pattern.hold_in_s),
        shown_seconds(pattern.exhale_s),
        shown_seconds(pattern.hold_out_s),
    )
