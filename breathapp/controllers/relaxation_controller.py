# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs one guided relaxation session: its frame timer, cues, readout and checkpoints."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal

from breathapp.controllers.practice import PracticeController, Timer
from breathapp.controllers.record_writer import RecordWriter
from breathapp.controllers.safety_gate import SafetyGate
from breathapp.core.checkin import Ratings
from breathapp.core.clock import Clock
from breathapp.core.cues import Cue, count_between, cue_between
from breathapp.core.pacer import PacerState
from breathapp.core.patterns import Phase
from breathapp.core.safety import SafetyError
from breathapp.core.session import SessionState

if TYPE_CHECKING:  # the relaxation model loads with the first session, not at start-up
    from breathapp.core.relaxation import Library, Script, StepKind
    from breathapp.core.relaxation_player import Player

# Between breathe steps only a progress line and a slow ring move: 20 frames a second
# look just as smooth there and cost a third of the display rate.
QUIET_FRAME_INTERVAL_MS = 50


class RelaxReadout(NamedTuple):
    """What the player shows in words and numbers; emitted only when it changes."""

    # A NamedTuple, not a dataclass: nothing to compile when the module loads.
    state: SessionState
    step: int  # index of the current step
    step_count: int
    kind: StepKind
    text: str
    next_text: str | None  # the step after this one, hinted
    step_left_s: int  # whole seconds left in the step, counted down
    position_s: int
    total_s: int
    phase: Phase | None  # inside a breathe step
    phase_left_s: int


class RelaxationController(PracticeController):
    """Drives a relaxation Player from an injected clock and timers.

    Signals:
        library_changed(): the scripts on offer were (re)loaded, e.g. for a new language.
        state_changed(SessionState): ready, running, paused, finished, stopped.
        frame(): paint now. What is painted comes from the player, read from the clock.
        readout_changed(RelaxReadout): the words or whole numbers changed.
        session_ended(SessionRecord): a session finished or was stopped.
        cue(Cue): a step began (STEP), a breath phase began, or the session ended (END).
        refused(SafetyError): a session whose breathing the profile may not do; not started.
        step_began(int): a step began (by the clock, or Next or Previous): the voice says
            its words.

    Every script it offers or plays lasts long enough for its words: each passes through
    ``core.speech.fit_script`` with the seconds ``spoken`` gives (nothing spoken: as written).
    """

    library_changed = Signal()
    step_began = Signal(int)

    def __init__(
        self,
        clock: Clock,
        frame_timer: Timer,
        checkpoint_timer: Timer,
        writer: RecordWriter,
        gate: SafetyGate,
        load_library: Callable[[str], Library],
        language: str,
        parent: QObject | None = None,
        spoken: Callable[[Script], Mapping[str, float]] | None = None,
        words_busy: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(clock, frame_timer, checkpoint_timer, writer, gate, parent)
        self._load_library = load_library
        self._spoken = spoken
        self._words_busy = words_busy  # a step's words are still being said
        self._jumped = False
        self.language = language
        self._library: Library | None = None  # read when first shown: not at start-up
        self._player: Player | None = None
        self._readout: RelaxReadout | None = None
        self._cued_step: int | None = None
        self._last_pacer: PacerState | None = None
        self._running_interval_ms = 0

    # -- the library ------------------------------------------------------------
    @property
    def library(self) -> Library:
        if self._library is None:
            library = self._load_library(self.language)
            self._library = library._replace(scripts=tuple(map(self.fitted, library.scripts)))
        return self._library

    def use_voice(
        self, spoken: Callable[[Script], Mapping[str, float]], words_busy: Callable[[], bool]
    ) -> None:
        """The voice is ready (after the first paint): fit the scripts to its words."""
        self._spoken = spoken
        self._words_busy = words_busy
        self.reload()

    def fitted(self, script: Script) -> Script:
        """``script`` with each step long enough for its words, as they are spoken now."""
        if self._spoken is None:
            return script
        from breathapp.core.speech import fit_script

        return fit_script(script, self._spoken(script))

    def set_language(self, language: str) -> None:
        """Load the scripts in another language (the one running keeps its own)."""
        if language != self.language:
            self.language = language
            self.reload()

    def reload(self) -> None:
        """Read the scripts again: the language or the voice changed how long they last."""
        if self._library is not None:
            self._library = None
            self.library_changed.emit()

    def script(self, script_id: str) -> Script | None:
        return self.library.get(script_id)

    # -- intents ----------------------------------------------------------------
    @property
    def player(self) -> Player | None:
        return self._player

    @property
    def state(self) -> SessionState:
        return self._player.state if self._player else SessionState.READY

    def start(self, script: Script, before: Ratings | None = None) -> bool:
        """Begin ``script``; False (and refused() when the rules say no) if none began."""
        if self._player is not None and self._player.state.is_live:
            return False
        try:
            self.gate.vet_script(script)
        except SafetyError as refusal:
            self.refused.emit(refusal)
            return False
        from breathapp.core.relaxation_player import Player

        script = self.fitted(script)  # whoever calls: the words are never cut off

        self._player = Player(script, self._clock, before)
        self._player.start()
        self._cued_step = None
        self._last_pacer = None
        self._begin(self._player)
        self._after_change()
        return True

    def toggle_pause(self) -> None:
        p = self._player
        if p is None or p.state not in (SessionState.RUNNING, SessionState.PAUSED):
            return
        p.toggle_pause()
        if p.state is SessionState.PAUSED:
            self._save_progress()
        self._after_change()

    def next_step(self) -> None:
        if self._player is not None:
            before = self._player.position_s()
            self._player.next_step()
            self._jumped = self._jumped or self._player.position_s() != before
            self._after_change()

    def previous_step(self) -> None:
        if self._player is not None:
            before = self._player.position_s()
            self._player.previous_step()
            self._jumped = self._jumped or self._player.position_s() != before
            self._after_change()

    def stop(self, dizzy: bool = False) -> None:
        """End now; ``dizzy`` records that the user felt unwell."""
        if self._player is not None and self._player.state.is_live:
            self._player.stop(dizzy=dizzy)
            self._after_change()

    def reset(self) -> None:
        """Back to the list after the summary."""
        if self._player is not None and self._player.state.is_over:
            self._player = None
            self._readout = None
            self.state_changed.emit(SessionState.READY)

    # -- readings ---------------------------------------------------------------
    def pacer_state(self) -> PacerState | None:
        """The guide inside a breathe step; None elsewhere."""
        return self._player.pacer_state() if self._player is not None else None

    def step_fraction(self) -> float:
        """How far through its step the session is, 0 to 1 (for the tense/release cue)."""
        p = self._player
        if p is None:
            return 0.0
        where = p.where()
        seconds = p.script.steps[where.step].seconds
        return min(1.0, where.step_elapsed_s / seconds) if seconds > 0 else 1.0

    def session_fraction(self) -> float:
        p = self._player
        if p is None:
            return 0.0
        return min(1.0, p.position_s() / p.script.total_s) if p.script.total_s else 1.0

    # -- timers -----------------------------------------------------------------
    def _practice(self) -> Player | None:
        return self._player

    def _after_change(self) -> None:
        p = self._player
        if p is None:
            return
        before = self._readout.state if self._readout else None
        self._wait_for_words(p)
        state = p.update()
        readout = self._make_readout(p)
        if readout != self._readout:
            self._readout = readout
            if state is not before:
                self.state_changed.emit(state)
            self.readout_changed.emit(readout)
        self._run_frames(p, readout)
        self._cue(p, state, readout.step)
        self.frame.emit()
        if state.is_over and self._current is not None:
            if state is SessionState.FINISHED:
                self.cue.emit(Cue.END)
            self._end(p)

    def _wait_for_words(self, p: Player) -> None:
        """A step whose words are still being said does not end: the script waits for them
        (the steps are fitted to their words, so only a voice slower than foreseen waits)."""
        if p.state is not SessionState.RUNNING or self._words_busy is None or self._jumped:
            return  # (a jump lets go: the user asked for the next words)
        if p.held:
            if not self._words_busy():
                p.let_go()
            return
        step = self._cued_step
        if step is None or not self._words_busy():
            return
        ends = p.script.starts_s[step] + p.script.steps[step].seconds
        if p.position_s() >= ends - 1e-6:
            p.hold(ends - 1e-6)

    def _run_frames(self, p: Player, readout: RelaxReadout) -> None:
        if p.state is not SessionState.RUNNING:
            self._frame_timer.stop()
            return
        breathing = readout.kind.value == "breathe"  # StepKind.BREATHE, without its import
        interval = self.frame_interval_ms if breathing else QUIET_FRAME_INTERVAL_MS
        if not self._frame_timer.isActive() or self._running_interval_ms != interval:
            self._running_interval_ms = interval
            self._frame_timer.start(interval)

    def _cue(self, p: Player, state: SessionState, step: int) -> None:
        """A chime when a step begins; inside breathe steps, the cue of each phase."""
        if state is not SessionState.RUNNING:
            return
        pacer = p.pacer_state()
        if step != self._cued_step or self._jumped:
            # The chime (or the voice) marks the step; in a breathe step it is also the first
            # "breathe in". Previous on the first step begins it again.
            self._cued_step = step
            self._last_pacer = pacer
            self._jumped = False
            self.step_began.emit(step)
            self.cue.emit(Cue.STEP)
            return
        if pacer is not None:
            cue = cue_between(self._last_pacer, pacer)
            count = count_between(self._last_pacer, pacer)
            self._last_pacer = pacer
            if cue is not None:
                self.cue.emit(cue)
            elif count is not None:
                self.count.emit(count)

    def _make_readout(self, p: Player) -> RelaxReadout:
        where = p.where()
        steps = p.script.steps
        step = steps[where.step]
        pacer = p.pacer_state()
        following = steps[where.step + 1].text if where.step + 1 < len(steps) else None
        return RelaxReadout(
            state=p.state,
            step=where.step,
            step_count=len(steps),
            kind=step.kind,
            text=step.text,
            next_text=following,
            step_left_s=math.ceil(where.step_left_s - 1e-9),
            position_s=math.floor(where.position_s + 1e-9),
            total_s=math.ceil(where.total_s - 1e-9),
            phase=pacer.phase if pacer else None,
            phase_left_s=math.ceil(pacer.phase_remaining_s - 1e-9) if pacer else 0,
        )
