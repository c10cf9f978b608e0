# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance test's limits: how long a pace and a rest may be, the inhale's share.

Their one owner; resonance_plan checks a test's settings against them, and the profile's
preferences (core.prefs) read the test's times against them at start-up without loading
the test itself.
"""

from __future__ import annotations

from breathapp.core.patterns import RATIO_MAX, RATIO_MIN

STEP_MIN_S = 120.0  # two minutes: the least for LF measures (CLINICAL.md, HRV)
STEP_MAX_S = 300.0
REST_MIN_S = 0.0
REST_MAX_S = 120.0
PACES_MAX = 8
# The inhale's share of a breath keeps exhale:inhale within the app's 1:1 to 1:2.
SHARE_MIN = 1.0 / (1.0 + RATIO_MAX)
SHARE_MAX = 1.0 / (1.0 + RATIO_MIN)
