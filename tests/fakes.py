# SPDX-License-Identifier: GPL-3.0-or-later
"""Fakes shared by tests: a timer fired by hand, in-memory stores, a safety gate, plans, dialogs."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from types import ModuleType, SimpleNamespace

from PySide6.QtCore import QObject, Signal

from breathapp.controllers.safety_gate import SafetyGate
from breathapp.controllers.voice_recorder import AudioDevice
from breathapp.core.adherence import ItemToday, PhaseNow, SessionDone, current_phase, today_items
from breathapp.core.audio_trim import PcmFormat
from breathapp.core.clock import Clock
from breathapp.core.errors import StorageError, StorageProblem
from breathapp.core.movement import MovementDay, check_movement_minutes
from breathapp.core.pins import check_pin, hash_pin
from breathapp.core.plans import ItemKind, Plan, PlanItem, PlanProgress, check_plan
from breathapp.core.prefs import Preferences
from breathapp.core.profiles import LockState, Profile
from breathapp.core.session import SessionRecord
from tests.builders.plans import TODAY


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


class FakePlans(QObject):
    """Has what the plan views use of PlanController; computes days with the real core."""

    plan_changed = Signal()
    today_changed = Signal()
    movement_changed = Signal(bool)
    movement_minutes_changed = Signal(object, int)
    storage_failed = Signal(object)

    def __init__(self, plan: Plan | None = None, started: date | None = None) -> None:
        super().__init__()
        self.today = TODAY
        self.plan = plan
        start = started or TODAY - timedelta(days=3)
        self.progress = PlanProgress(start, 0, start) if plan is not None else None
        self.sessions: list[SessionDone] = []
        self.moved_today = False
        self.moved_calls: list[bool] = []
        self.minutes: dict[date, MovementDay] = {}
        self.minutes_calls: list[tuple[date, int]] = []
        self.saved: list[Plan] = []

    def phase_now(self) -> PhaseNow | None:
        if self.plan is None or self.progress is None:
            return None
        return current_phase(self.plan, self.progress, self.today)

    def today_items(self) -> list[ItemToday]:
        if self.plan is None or self.progress is None:
            return []
        return today_items(self.plan, self.progress, self.sessions, self.today)

    def next_open_item(self) -> ItemToday | None:
        return next((i for i in self.today_items() if i.done < i.due), None)

    def set_moved_today(self, moved: bool) -> bool:
        self.moved_calls.append(moved)
        self.moved_today = moved
        self.movement_changed.emit(moved)
        return True

    def set_movement_minutes(self, day: date, minutes: int) -> bool:
        self.minutes_calls.append((day, minutes))
        if minutes:
            self.minutes[day] = MovementDay(day, check_movement_minutes(minutes))
        else:
            self.minutes.pop(day, None)
        self.movement_minutes_changed.emit(day, minutes)
        return True

    def movement_minutes(self, day: date) -> MovementDay | None:
        return self.minutes.get(day)

    def save(self, plan: Plan) -> None:
        check_plan(plan)
        self.saved.append(plan)
        self.plan = plan
        if self.progress is None:
            self.progress = PlanProgress(self.today, 0, self.today)
        self.plan_changed.emit()

    def practise(self, item: PlanItem) -> None:
        """A session of ``item`` done today, as the store would report it."""
        kind = "breathing" if item.kind is ItemKind.BREATHING else f"relaxation:{item.what}"
        pattern_id = item.what if item.kind is ItemKind.BREATHING else None
        text = "4-0-6-0" if item.what == "calm" else "5-0-5-0"
        self.sessions.append(SessionDone(self.today, kind, pattern_id, text, 300.0, True))
        self.today_changed.emit()


class FakePlanDialogs:
    """The Plan menu's windows, answered by the test."""

    def __init__(
        self, open_path: Path | None = None, save_path: Path | list[Path] | None = None
    ) -> None:
        """``save_path``: one answer, given each time, or a list of answers given in turn."""
        self.open_path, self.save_path = open_path, save_path
        self.preview_answer = True
        self.confirm_answer = True
        self.edited: list[Plan] = []
        self.edit_result: Plan | None = None
        self.previewed: list[tuple[Plan, bool]] = []
        self.voices: list[str] = []  # what each preview said of the plan's recorded voice
        self.asked: list[str] = []
        self.told: list[str] = []
        self.suggested: list[str] = []

    def edit(self, plan: Plan, _plans: object) -> Plan | None:
        self.edited.append(plan)
        return self.edit_result if self.edit_result is not None else plan

    def preview(self, plan: Plan, replacing: bool, voice: str = "") -> bool:
        self.previewed.append((plan, replacing))
        self.voices.append(voice)
        return self.preview_answer

    def open_file(self) -> Path | None:
        return self.open_path

    def save_file(self, suggested: str) -> Path | None:
        self.suggested.append(suggested)
        if isinstance(self.save_path, list):
            return self.save_path.pop(0) if self.save_path else None
        return self.save_path

    def confirm(self, title: str, _question: str) -> bool:
        self.asked.append(title)
        return self.confirm_answer

    def tell(self, text: str) -> None:
        self.told.append(text)


class HoldsDialogs:
    """The settings page's questions about breath holds: answers as told, records them."""

    def __init__(self, confirm: bool = True, pins: tuple[str | None, ...] = ()) -> None:
        self.answer = confirm
        self.pins = list(pins)
        self.confirmed: list[tuple[str, str, str, str]] = []
        self.asked: list[tuple[str, str, str]] = []
        self.told: list[str] = []

    def confirm(self, title: str, text: str, keep: str, go: str) -> bool:
        self.confirmed.append((title, text, keep, go))
        return self.answer

    def ask_pin(self, title: str, label: str, message: str) -> str | None:
        self.asked.append((title, label, message))
        return self.pins.pop(0)

    def tell(self, text: str) -> None:
        self.told.append(text)


class MemoryPrefs:
    """A profile's preferences in memory (English unless saved otherwise)."""

    def __init__(self) -> None:
        self.saved: Preferences | None = None

    def load(self, profile_id: int) -> tuple[Preferences, list[str]]:
        return (self.saved or Preferences(language="en")), []

    def save(self, profile_id: int, prefs: Preferences) -> None:
        self.saved = prefs


class MemoryProfiles:
    """One profile in memory; ``pin`` gives it a PIN (a quick hash: tests only)."""

    def __init__(self, pin: str | None = None) -> None:
        self.profile = Profile(1, "", has_pin=pin is not None)
        self.hash = None if pin is None else hash_pin(pin, None, 1_000)
        self.lock = LockState()
        self.opened = False  # a right PIN was given (the store's data would be open)

    def set_no_holds(self, profile_id: int, no_holds: bool) -> Profile:
        self.profile = replace(self.profile, no_holds=no_holds)
        return self.profile

    def set_ask_pain(self, profile_id: int, ask_pain: bool) -> Profile:
        self.profile = replace(self.profile, ask_pain=ask_pain)
        return self.profile

    def has_pin(self, profile_id: int) -> bool:
        return self.hash is not None

    def try_pin(self, profile_id: int, pin: str) -> bool:
        right = self.hash is None or check_pin(pin, self.hash)
        self.opened = self.opened or right
        return right

    def lock_state(self, profile_id: int) -> LockState:
        return self.lock

    def set_lock_state(self, profile_id: int, state: LockState) -> None:
        self.lock = state


class FakeAudioDevice(AudioDevice):
    """A microphone, encoder and player told by hand what they hear and do.

    ``heard`` is what the next read() returns; encode() writes a small file and waits for
    ``finish_encoding()``; play() plays until ``finish_playing()``.
    """

    def __init__(self, microphone: bool = True, refuses: bool = False) -> None:
        super().__init__()
        self.microphone = microphone
        self.refuses = refuses
        self.capturing = False
        self.heard = b""
        self.encoded_pcm: bytes | None = None
        self.encoding: Path | None = None
        self.played: list[Path] = []
        self.playing = False
        self.speakers = True

    def has_input(self) -> bool:
        return self.microphone

    def start_capture(self) -> PcmFormat | None:
        if self.refuses:
            return None
        self.capturing = True
        return PcmFormat(8000)

    def read(self) -> bytes:
        data, self.heard = self.heard, b""
        return data if self.capturing else b""

    def stop_capture(self) -> None:
        self.capturing = False

    def encode(self, pcm: bytes, fmt: PcmFormat, path: Path) -> None:
        self.encoded_pcm = pcm
        self.encoding = path

    def finish_encoding(self, ok: bool = True) -> None:
        assert self.encoding is not None and self.encoded_pcm is not None
        if ok:
            from breathapp.core.voice_audio import encode_mulaw_wav

            self.encoding.write_bytes(encode_mulaw_wav(self.encoded_pcm, 16000))
            self.encoded.emit(str(self.encoding), len(self.encoded_pcm) / 16000)
        else:
            self.encode_failed.emit("the encoder failed")
        self.encoding = None

    def can_play(self) -> bool:
        return self.speakers

    def play(self, path: Path) -> None:
        self.played.append(path)
        self.playing = True
        self.playing_changed.emit(True)

    def stop_playing(self) -> None:
        if self.playing:
            self.finish_playing()

    def finish_playing(self) -> None:
        self.playing = False
        self.playing_changed.emit(False)


def fake_output_module(sink_class: type) -> ModuleType:
    """A stand-in for PySide6.QtMultimedia with a default output and ``sink_class`` as its
    QAudioSink: what controllers/audio_out.py opens, without a sound device."""
    module = ModuleType("QtMultimedia")
    device = SimpleNamespace(isNull=lambda: False)
    module.QMediaDevices = SimpleNamespace(defaultAudioOutput=lambda: device)  # type: ignore[attr-defined]
    fmt = SimpleNamespace(
        setSampleRate=lambda _r: None,
        setChannelCount=lambda _c: None,
        setSampleFormat=lambda _f: None,
    )
    audio_format = lambda: fmt  # noqa: E731
    audio_format.SampleFormat = SimpleNamespace(Int16="int16")  # type: ignore[attr-defined]
    module.QAudioFormat = audio_format  # type: ignore[attr-defined]
    module.QAudioSink = sink_class  # type: ignore[attr-defined]
    return module
