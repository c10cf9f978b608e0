# SPDX-License-Identifier: GPL-3.0-or-later
"""Clock protocol: a monotonic clock for durations, UTC wall time for history."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Source of time. Durations come only from ``monotonic``."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards."""
        ...

    def now_utc(self) -> datetime:
        """The current wall-clock time, timezone-aware UTC."""
        ...


class SystemClock:
    """The real clocks of the machine."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now_utc(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that only moves when told to; for tests and previews of exact states."""

    def __init__(self, start_s: float = 1000.0, start_utc: datetime | None = None) -> None:
        self._t = start_s
        self._t0 = start_s
        self._utc0 = start_utc or datetime(2026, 1, 5, 8, 0, tzinfo=UTC)

    def monotonic(self) -> float:
        return self._t

    def now_utc(self) -> datetime:
        return self._utc0 + timedelta(seconds=self._t - self._t0)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock never goes backwards")
        self._t += seconds
