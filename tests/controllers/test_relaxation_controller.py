# SPDX-License-Identifier: GPL-3.0-or-later
"""The relaxation controller on a hand-driven clock and hand-fired timers."""

from __future__ import annotations

import pytest

from breathapp.controllers.record_writer import RecordWriter
from breathapp.controllers.relaxation_controller import (
    QUIET_FRAME_INTERVAL_MS,
    RelaxationController,
    RelaxReadout,
)
from breathapp.core.checkin import Ratings
from breathapp.core.clock import ManualClock
from breathapp.core.cues import Cue
from breathapp.core.heart.beats import RrSeries
from breathapp.core.patterns import Phase
from breathapp.core.relaxation import Library, StepKind, parse_script
from breathapp.core.session import SessionState, SessionStatus
from tests.builders.heart_store import FakeFeed
from tests.builders.relaxation import TINY_SCRIPT
from tests.fakes import FakeTimer, MemoryStore, make_gate

SCRIPT = parse_script(TINY_SCRIPT, "tiny.en.toml")
DUTCH = parse_script(TINY_SCRIPT.replace('language = "en"', 'language = "nl"'), "tiny.nl.toml")


def libraries(language: str) -> Library:
    return Library((DUTCH if language == "nl" else SCRIPT,), ())


class Rig:
    def __init__(self) -> None:
        self.clock = ManualClock()
        self.frame = FakeTimer()
        self.checkpoint = FakeTimer()
        self.store = MemoryStore()
        self.writer = RecordWriter(self.clock, self.store, 1)
        self.c = RelaxationController(
            self.clock,
            self.frame,
            self.checkpoint,
            self.writer,
            make_gate(self.clock, self.store),
            libraries,
            "en",
        )
        self.readouts: list[RelaxReadout] = []
        self.states: list[SessionState] = []
        self.cues: list[tuple[float, Cue]] = []
        self.ended: list[object] = []
        self.c.readout_changed.connect(self.readouts.append)
        self.c.state_changed.connect(self.states.append)
        self.t0 = self.clock.monotonic()
        self.c.cue.connect(lambda cue: self.cues.append((self.clock.monotonic() - self.t0, cue)))
        self.c.session_ended.connect(self.ended.append)

    def run(self, seconds: float, frame_s: float = 0.016) -> None:
        end = self.clock.monotonic() + seconds
        while self.clock.monotonic() + frame_s <= end + 1e-9:
            self.clock.advance(frame_s)
            self.frame.fire()
            self.checkpoint_tick()

    def checkpoint_tick(self) -> None:
        # Fires as a real 5 s timer would, on the clock's say.
        if (self.clock.monotonic() - self.t0) % 5.0 < 0.016:
            self.checkpoint.fire()

    @property
    def row(self) -> object:
        return self.store.rows[1]


def test_a_session_runs_from_start_to_end_with_its_words_and_is_stored() -> None:
    rig = Rig()
    rig.c.start(SCRIPT, Ratings(tension=5))
    assert rig.store.rows[1].status is SessionStatus.RUNNING  # written at once
    assert rig.states == [SessionState.RUNNING]
    first = rig.readouts[0]
    assert (first.step, first.step_count, first.kind) == (0, 5, StepKind.SAY)
    assert first.text == "Lie down comfortably."
    assert first.next_text == "Make a soft fist."
    assert first.step_left_s == 10
    rig.run(12.0)
    assert rig.readouts[-1].kind is StepKind.TENSE
    assert rig.readouts[-1].step_left_s == 4
    rig.run(70.0)
    assert rig.states[-1] is SessionState.FINISHED
    record = rig.store.rows[1]
    assert record.status is SessionStatus.COMPLETED
    assert record.kind == "relaxation:tiny"
    assert record.active_s == pytest.approx(80.0)
    assert record.breaths == 3 and record.tension_before == 5
    assert rig.ended == [record]
    assert not rig.frame.active and not rig.checkpoint.active


def test_it_checkpoints_while_running() -> None:
    rig = Rig()
    rig.c.start(SCRIPT)
    rig.run(11.0)
    assert rig.store.rows[1].active_s == pytest.approx(10.0, abs=0.05)
    assert rig.store.rows[1].status is SessionStatus.RUNNING


def test_a_chime_marks_each_step_and_breath_cues_follow_the_clock_within_a_frame() -> None:
    rig = Rig()
    rig.c.start(SCRIPT)
    rig.run(81.0)
    steps = [t for t, cue in rig.cues if cue is Cue.STEP]
    assert steps == pytest.approx([0.0, 10.0, 16.0, 36.0, 66.0], abs=0.017)
    breath = [(t, cue) for t, cue in rig.cues if cue in (Cue.INHALE, Cue.EXHALE)]
    # The chime is the first "breathe in"; then each phase on its own second.
    expected = [(40.0, Cue.EXHALE), (46.0, Cue.INHALE), (50.0, Cue.EXHALE)]
    expected += [(56.0, Cue.INHALE), (60.0, Cue.EXHALE)]
    assert [c for _, c in breath] == [c for _, c in expected]
    for (t, _), (want, _) in zip(breath, expected, strict=True):
        assert 0 <= t - want <= 0.0161
    assert rig.cues[-1][1] is Cue.END


def test_frames_run_at_display_rate_only_while_breathing() -> None:
    rig = Rig()
    rig.c.frame_interval_ms = 16
    rig.c.start(SCRIPT)
    assert rig.frame.interval_ms == QUIET_FRAME_INTERVAL_MS
    rig.run(37.0, frame_s=0.05)
    assert rig.frame.interval_ms == 16
    assert rig.c.pacer_state() is not None
    assert rig.readouts[-1].phase is Phase.INHALE


def test_pause_next_previous_and_no_chime_after_a_pause() -> None:
    rig = Rig()
    rig.c.start(SCRIPT)
    rig.run(2.0)
    rig.c.toggle_pause()
    assert rig.states[-1] is SessionState.PAUSED and not rig.frame.active
    rig.clock.advance(60.0)
    rig.c.next_step()  # while paused
    assert rig.readouts[-1].step == 1
    before = len(rig.cues)
    rig.c.toggle_pause()
    rig.run(1.5)
    assert rig.readouts[-1].step == 1 and rig.readouts[-1].step_left_s == 5
    assert [c for _, c in rig.cues[before:]] == [Cue.STEP]
    rig.c.previous_step()
    assert rig.readouts[-1].step == 0
    assert rig.c.step_fraction() == 0.0
    assert rig.c.session_fraction() == 0.0


def test_dizzy_stops_at_once_and_the_after_check_in_is_kept() -> None:
    rig = Rig()
    rig.c.start(SCRIPT)
    rig.run(20.0)
    rig.c.stop(dizzy=True)
    record = rig.store.rows[1]
    assert record.status is SessionStatus.STOPPED and record.dizzy
    assert Cue.END not in [c for _, c in rig.cues]
    rig.c.record_after(Ratings(tension=2), "calmer")
    assert rig.store.rows[1].tension_after == 2 and rig.store.rows[1].note == "calmer"
    rig.c.reset()
    assert rig.c.state is SessionState.READY


def test_a_full_disk_keeps_the_session_in_memory_until_there_is_room() -> None:
    rig = Rig()
    failed: list[object] = []
    rig.writer.storage_failed.connect(failed.append)
    rig.store.full = True
    rig.c.start(SCRIPT)
    rig.run(81.0)
    assert len(failed) == 1 and rig.store.rows == {}
    assert rig.c.state is SessionState.FINISHED
    rig.store.full = False
    assert rig.c.flush()
    assert rig.store.rows[1].status is SessionStatus.COMPLETED


def test_the_library_follows_the_language() -> None:
    rig = Rig()
    changed: list[bool] = []
    rig.c.library_changed.connect(lambda: changed.append(True))
    assert rig.c.script("tiny") is SCRIPT
    rig.c.set_language("nl")
    assert rig.c.script("tiny") is DUTCH and changed == [True]
    rig.c.set_language("nl")
    assert changed == [True]


def test_a_relaxation_sessions_beats_go_with_it_through_the_writer() -> None:
    saved: dict[int, RrSeries] = {}

    class Beats:
        def save(self, session_id: int, series: RrSeries) -> None:
            saved[session_id] = series

    rig = Rig()
    rig.c.writer = RecordWriter(rig.clock, rig.store, 1, beats=Beats)
    feed = FakeFeed()
    rig.c.set_beat_feed(feed)
    rig.c.start(SCRIPT)
    for _ in range(6):
        rig.run(1.0)
        feed.add(rig.clock.monotonic(), 1000.0)
    assert saved[1] == RrSeries.of(feed.beats[:5], rig.t0)  # the checkpoint at 5 s
    rig.c.stop()
    assert saved[1] == RrSeries.of(feed.beats, rig.t0)  # and whole at the end
