# SPDX-License-Identifier: GPL-3.0-or-later
"""Fakes shared by tests: a timer fired by hand, an in-memory session store, a safety gate."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from breathapp.controllers.safety_gate import SafetyGate
from breathapp.core.clock import Clock
from breathapp.core.errors import StorageError, StorageProblem
from breathapp.core.profiles import Profile
from breathapp.core.session import SessionRecord


class FakeTimer(QObject):
    """Has the QTimer calls the controllers use; ``fire()`` stands in for a tick."""

    timeout = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.interval_ms = 0
        self.active = False
        self.starts = 0

    def start(self, msec: int) -> None:
        self.interval_ms = msec
        self.active = True
        self.starts += 1

    def stop(self) -> None:
        self.active = False

    def isActive(self) -> bool:
        return self.active

    def fire(self) -> None:
        if self.active:
            self.timeout.emit()


@dataclass
class MemoryStore:
    """A session store in memory that can be told to fail like a full disk."""

    rows: dict[int, SessionRecord] = field(default_factory=dict)
    checkpoints: list[tuple[int, float]] = field(default_factory=list)
    full: bool = False

    def _check(self) -> None:
        if self.full:
            raise StorageError(StorageProblem.DISK_FULL, None, "database or disk is full")

    def add(self, profile_id: int, record: SessionRecord) -> int:
        self._check()
        row_id = len(self.rows) + 1
        self.rows[row_id] = record
        return row_id

    def checkpoint(self, session_id: int, record: SessionRecord, now_utc: datetime) -> None:
        self._check()
        self.rows[session_id] = record
        self.checkpoints.append((session_id, record.active_s))

    def finish(self, session_id: int, record: SessionRecord, now_utc: datetime) -> None:
        self._check()
        self.rows[session_id] = record

    def last(self, profile_id: int) -> SessionRecord | None:
        ended = [r for r in self.rows.values() if r.status.value != "running"]
        return ended[-1] if ended else None

    def first_started(self, profile_id: int, pattern_text: str) -> datetime | None:
        self._check()
        starts = [
            r.started_utc
            for r in self.rows.values()
            if r.kind == "breathing" and r.pattern_text == pattern_text
        ]
        return min(starts, default=None)


class FixedProfile:
    """A profile source whose profile a test sets by hand (``.profile = ...``)."""

    def __init__(self, profile: Profile | None = None) -> None:
        self.profile = profile or Profile(1, "")


def make_gate(clock: Clock, store: MemoryStore, profile: Profile | None = None) -> SafetyGate:
    """The real safety gate over an in-memory store, for one profile (holds allowed)."""
    return SafetyGate(FixedProfile(profile), store, clock)
