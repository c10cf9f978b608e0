# SPDX-License-Identifier: GPL-3.0-or-later
"""The narrator: the therapist's recording wins, the computer's voice fills the rest, the
chime where neither speaks; words never cut off by the clock, and in order."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from breathapp.controllers.narrator import Narrator, Recording
from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.record_writer import RecordWriter
from breathapp.controllers.relaxation_controller import RelaxationController
from breathapp.core.clock import ManualClock
from breathapp.core.cues import Cue
from breathapp.core.relaxation import Library, parse_script
from breathapp.core.session import SessionState
from breathapp.core.speech import PAUSE_S, spoken_estimate_s
from tests.builders.relaxation import TINY_SCRIPT
from tests.builders.voices import ClockPlayer, ClockVoice
from tests.fakes import FakeTimer, MemoryPrefs, MemoryStore, make_gate

LONG_WORDS = " ".join(["Let your body rest on the floor, slowly."] * 5)  # 40 words
SCRIPT = parse_script(TINY_SCRIPT.replace("Lie down comfortably.", LONG_WORDS), "tiny.en.toml")
FRAME_S = 0.016


def _words(cue: Cue | int, language: str) -> str:
    return {Cue.INHALE: "in", Cue.EXHALE: "out", Cue.HOLD: "hold"}.get(cue, str(cue))  # type: ignore[call-overload]


class Rig:
    def __init__(self, pace: float = 0.9, recordings: dict[str, float] | None = None) -> None:
        self.clock = ManualClock()
        self.voice = ClockVoice(self.clock, pace=pace)
        self.files = {step: Path(f"/pack/tiny/{step}.wav") for step in recordings or {}}
        self.player = ClockPlayer(
            self.clock, {self.files[s]: secs for s, secs in (recordings or {}).items()}
        )
        self.prefs = PrefsController(MemoryPrefs(), 1)
        self.narrator = Narrator(
            self.voice,  # type: ignore[arg-type]
            self.player,  # type: ignore[arg-type]
            self.prefs,
            self.find,
            _words,
            lambda: "en",
        )
        self.frame = FakeTimer()
        store = MemoryStore()
        self.relax = RelaxationController(
            self.clock,
            self.frame,
            FakeTimer(),
            RecordWriter(self.clock, store, 1),
            make_gate(self.clock, store),
            lambda language: Library((SCRIPT,), ()),
            "en",
            spoken=self.narrator.spoken_seconds,
            words_busy=self.narrator.saying_step,
        )
        self.chimes: list[float] = []
        self.relax.step_began.connect(self.on_step)
        self.relax.state_changed.connect(self.narrator.follow)

    def find(self, language: str, session: str, step: str) -> Recording | None:
        if language != "en" or session != "tiny" or step not in self.files:
            return None
        path = self.files[step]
        return Recording(path, self.player.seconds[path])

    def on_step(self, index: int) -> None:
        player = self.relax.player
        assert player is not None
        if not self.narrator.speak_step(player.script, index):
            self.chimes.append(self.clock.monotonic())

    def run(self, seconds: float) -> None:
        end = self.clock.monotonic() + seconds
        while self.clock.monotonic() + FRAME_S <= end + 1e-9:
            self.clock.advance(FRAME_S)
            self.voice.tick()
            self.player.tick()
            self.frame.fire()


def test_every_step_is_spoken_whole_and_in_order_and_the_total_is_the_lists() -> None:
    rig = Rig()
    listed = rig.relax.library.scripts[0]
    assert listed.total_s > SCRIPT.total_s  # grown where the words need it
    t0 = rig.clock.monotonic()
    rig.relax.start(listed)
    rig.run(listed.total_s + 1)
    assert rig.relax.state is SessionState.FINISHED
    assert [text for _s, _e, text in rig.voice.spoken] == [s.text for s in SCRIPT.steps]
    for (start, end, _text), step_start, step, following in zip(
        rig.voice.spoken,
        listed.starts_s,
        listed.steps,
        [*listed.starts_s[1:], listed.total_s],
        strict=True,
    ):
        assert step_start <= start - t0 <= step_start + FRAME_S + 1e-9  # on time
        assert end - t0 <= following + 1e-9  # said whole before the next step
        if step.kind.value in ("say", "release"):
            assert following - (end - t0) >= PAUSE_S * 0.9  # and a calm pause after
    record = rig.relax.player.record()  # type: ignore[union-attr]
    assert record.active_s == pytest.approx(listed.total_s, abs=FRAME_S)
    assert rig.chimes == []


def test_the_therapists_recording_wins_and_the_computer_fills_the_rest() -> None:
    rig = Rig(recordings={"lie-down": 12.0, "fist-release": 4.0})
    listed = rig.relax.library.scripts[0]
    assert listed.steps[0].seconds == 12.0 + PAUSE_S  # as long as the recording, and a pause
    rig.relax.start(listed)
    rig.run(listed.total_s + 1)
    assert rig.narrator.said == [
        ("recorded", "lie-down"),
        ("computer", "fist-tense"),
        ("recorded", "fist-release"),
        ("computer", "breathe"),
        ("computer", "come-back"),
    ]
    rig.prefs.update(voice_recorded=False)
    assert rig.narrator.spoken_seconds(SCRIPT) == {
        s.id: spoken_estimate_s(s.text, rig.prefs.prefs.voice_rate) for s in SCRIPT.steps
    }


def test_without_a_voice_the_chime_marks_each_step_and_steps_keep_their_time() -> None:
    rig = Rig()
    rig.prefs.update(voice_computer=False)
    assert rig.narrator.spoken_seconds(SCRIPT) == {}
    listed = rig.relax.library.scripts[0]
    assert listed.total_s == SCRIPT.total_s
    rig.relax.start(listed)
    rig.run(listed.total_s + 1)
    assert rig.voice.spoken == [] and len(rig.chimes) == len(SCRIPT.steps)


def test_no_dutch_voice_means_no_computer_voice_for_dutch() -> None:
    rig = Rig()
    rig.voice.pairs = [("Anne", "en_GB")]
    dutch = parse_script(TINY_SCRIPT.replace('language = "en"', 'language = "nl"'), "t.nl.toml")
    assert rig.narrator.computer_speaks("en") and not rig.narrator.computer_speaks("nl")
    assert rig.narrator.spoken_seconds(dutch) == {}
    assert not rig.narrator.speak_step(dutch, 0)


def test_words_slower_than_foreseen_are_waited_for_never_cut() -> None:
    rig = Rig(pace=3.0)  # a voice three times slower than the estimate
    listed = rig.relax.library.scripts[0]
    rig.relax.start(listed)
    rig.run(listed.total_s + 120)
    assert rig.relax.state is SessionState.FINISHED
    spoken = rig.voice.spoken
    assert [text for _s, _e, text in spoken] == [s.text for s in SCRIPT.steps]
    for (_s, end, _t), (start, _e, _t2) in pairwise(spoken):
        assert start >= end - 1e-9  # each step waited for the words before it
    # The long first words: the next step began as soon as they were said.
    assert spoken[1][0] <= spoken[0][1] + 2 * FRAME_S + 1e-9
    held = spoken[0][1] - spoken[0][0] - listed.steps[0].seconds
    assert held > 30  # the first step's words ran long: the session waited, still practising
    record = rig.relax.player.record()  # type: ignore[union-attr]
    assert record.active_s > listed.total_s + held - 1
    assert rig.voice.spoken[-1][1] <= rig.clock.monotonic()  # the last words were said whole


def test_next_interrupts_the_words_and_says_the_next_step() -> None:
    rig = Rig(pace=3.0)
    rig.relax.start(rig.relax.library.scripts[0])
    rig.run(1.0)
    rig.relax.next_step()
    rig.run(0.1)
    first, second = rig.voice.spoken[:2]
    assert first[1] == pytest.approx(second[0]) and second[2] == SCRIPT.steps[1].text


def test_pause_pauses_the_words_and_stop_ends_them() -> None:
    rig = Rig(pace=3.0)
    rig.relax.start(rig.relax.library.scripts[0])
    rig.run(1.0)
    rig.relax.toggle_pause()
    assert rig.voice.paused_at is not None
    rig.clock.advance(30)
    rig.relax.toggle_pause()
    assert rig.voice.paused_at is None and rig.voice.speaking
    rig.relax.stop()
    assert not rig.narrator.speaking


def test_the_guide_speaks_its_cues_only_when_asked() -> None:
    rig = Rig()
    assert not rig.narrator.speak_cue(Cue.INHALE)  # "off": the tones play
    rig.prefs.update(breath_words="words")
    assert rig.narrator.speak_cue(Cue.INHALE) and rig.voice.spoken[-1][2] == "in"
    assert not rig.narrator.speak_cue(2)  # no count unless counting
    assert not rig.narrator.speak_cue(Cue.END)  # the bell stays a bell
    rig.prefs.update(breath_words="count")
    assert rig.narrator.speak_cue(Cue.EXHALE) and rig.narrator.speak_cue(3)
    assert [t for _s, _e, t in rig.voice.spoken[-2:]] == ["out", "3"]
    assert rig.voice.spoken[-2][1] == rig.voice.spoken[-1][0]  # a new cue is never held back


def test_a_recorded_breath_cue_wins() -> None:
    rig = Rig()
    rig.prefs.update(breath_words="words")
    path = Path("/pack/breathing/in.wav")
    rig.player.seconds[path] = 0.6
    rig.narrator._find = lambda lang, session, step: (  # type: ignore[method-assign]
        Recording(path, 0.6) if (session, step) == ("breathing", "in") else None
    )
    assert rig.narrator.speak_cue(Cue.INHALE) and rig.player.played[-1][1] == path
    assert rig.narrator.speak_cue(Cue.EXHALE) and rig.voice.spoken[-1][2] == "out"


def test_muted_nothing_speaks_and_no_chime_replaces_it() -> None:
    rig = Rig()
    rig.prefs.update(sound_muted=True)
    assert rig.narrator.speak_step(SCRIPT, 0) and rig.voice.spoken == []


def test_the_guides_spoken_cues_come_within_a_frame_of_each_phase_and_second() -> None:
    from breathapp.core.session import Length
    from tests.builders.controllers import SessionRig, calm_plan

    guide = SessionRig()
    voice = ClockVoice(guide.clock, pace=0.3)  # "in" and a number are short
    prefs = PrefsController(MemoryPrefs(), 1)
    prefs.update(breath_words="count")
    narrator = Narrator(
        voice,  # type: ignore[arg-type]
        ClockPlayer(guide.clock, {}),  # type: ignore[arg-type]
        prefs,
        lambda *_: None,
        _words,
        lambda: "en",
    )
    guide.c.cue.connect(narrator.speak_cue)
    guide.c.count.connect(narrator.speak_cue)
    guide.c.start(calm_plan(Length.breaths(2), settle_s=0))
    t0 = guide.clock.monotonic()
    guide.run(20.5)
    said = [(start - t0, text) for start, _end, text in voice.spoken]
    expected = [
        (0, "in"), (1, "2"), (2, "3"), (3, "4"),
        (4, "out"), (5, "2"), (6, "3"), (7, "4"), (8, "5"), (9, "6"),
    ]  # fmt: skip
    expected += [(t + 10, text) for t, text in expected]
    assert [text for _t, text in said] == [text for _t, text in expected]
    for (t, _text), (due, _same) in zip(said, expected, strict=True):
        assert due - 1e-6 <= t <= due + 1 / 60 + 1e-6  # never more than one frame late


SHIPPED = [
    (script_id, language)
    for script_id in ("belly-lesson", "body-scan", "breathing-space", "pmr-short", "pmr-very-short")
    for language in ("nl", "en")
]


@pytest.mark.parametrize("recorded", [False, True], ids=["computer voice", "voice pack"])
@pytest.mark.parametrize(("script_id", "language"), SHIPPED)
def test_each_shipped_session_can_be_followed_with_the_eyes_closed(
    script_id: str, language: str, recorded: bool
) -> None:
    """Every step of every session is said whole and in order, by the computer's voice or
    by a voice pack with every step recorded (takes 10 % longer than the estimate)."""
    from breathapp.paths import asset_path
    from breathapp.storage.relaxation_files import load_library

    script = load_library(asset_path("relaxation"), language).get(script_id)
    assert script is not None
    rig = Rig()
    rig.voice.pairs = [("Ellen", "nl_BE"), ("Anne", "en_GB")]
    if recorded:
        rate = rig.prefs.prefs.voice_rate
        for step in script.steps:
            rig.files[step.id] = Path(f"/pack/{script_id}/{step.id}.wav")
            seconds = round(1.1 * spoken_estimate_s(step.text, rate), 2)
            rig.player.seconds[rig.files[step.id]] = seconds
    rig.relax._load_library = lambda _language: Library((script,), ())  # type: ignore[method-assign]
    rig.relax.reload()
    rig.find = lambda lang, session, step: (  # type: ignore[method-assign]
        Recording(rig.files[step], rig.player.seconds[rig.files[step]])
        if recorded and lang == language and session == script_id
        else None
    )
    rig.narrator._find = rig.find
    listed = rig.relax.library.scripts[0]
    rig.relax.start(listed)
    t0 = rig.clock.monotonic()
    rig.run(listed.total_s + 1)
    assert rig.relax.state is SessionState.FINISHED
    how = "recorded" if recorded else "computer"
    assert rig.narrator.said == [(how, step.id) for step in script.steps]
    starts = (
        [t for t, _path in rig.player.played] if recorded else [s for s, _e, _t in rig.voice.spoken]
    )
    ends = (
        [t + rig.player.seconds[p] for t, p in rig.player.played]
        if recorded
        else [e for _s, e, _t in rig.voice.spoken]
    )
    bounds = [*listed.starts_s[1:], listed.total_s]
    for start, end, step_start, step_end in zip(starts, ends, listed.starts_s, bounds, strict=True):
        assert step_start - 1e-6 <= start - t0 <= step_start + FRAME_S + 1e-6
        assert end - t0 <= step_end + 1e-6  # said whole within its own step
    assert rig.chimes == []
