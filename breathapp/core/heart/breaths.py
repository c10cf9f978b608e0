# SPDX-License-Identifier: GPL-3.0-or-later
"""When each breath in begins at a constant pace: what the swing per breath is measured on."""

from __future__ import annotations

# Room for rounding, so that a start falling exactly on ``until_s`` is kept.
_EPSILON_S = 1e-9


def breath_starts_s(rate_bpm: float, first_start_s: float, until_s: float) -> tuple[float, ...]:
    """Breath-in starts (seconds) from ``first_start_s`` every 60 / ``rate_bpm`` seconds.

    Up to and including ``until_s``, so that the end of the last whole breath is there;
    empty when ``until_s`` comes before the first start. ``rate_bpm`` is in breaths a
    minute and must be positive.
    """
    if rate_bpm <= 0:
        raise ValueError(f"a breathing rate must be positive, not {rate_bpm}")
    period_s = 60 / rate_bpm
    count = int((until_s - first_start_s + _EPSILON_S) // period_s) + 1
    return tuple(first_start_s + k * period_s for k in range(max(count, 0)))
