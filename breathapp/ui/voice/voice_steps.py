# SPDX-License-Identifier: GPL-3.0-or-later
"""What the recording screen lists and says: a session's steps, and each take's outcome."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from breathapp.controllers.voice_recorder import Failure
from breathapp.core.audio_trim import LONGEST_S
from breathapp.core.voice_pack import BREATHING_SESSION, BREATHING_STEPS, Known, Recording
from breathapp.ui.common import numbers
from breathapp.ui.common.counts import Counts
from breathapp.ui.common.labels import SPOKEN_CUES

if TYPE_CHECKING:
    from breathapp.core.relaxation import Script

_SHORT_CHARS = 48  # a step's words in the list: about one line


class StepRow(NamedTuple):
    session: str
    step: str
    words: str  # what the therapist says
    longest_s: float  # the longest its recording may be


class Session(NamedTuple):
    id: str
    title: str
    steps: tuple[StepRow, ...]


def sessions(scripts: Iterable[Script], language: str, known: Known) -> tuple[Session, ...]:
    """The sessions a pack in ``language`` records: each relaxation script, then the cues."""
    found = []
    for script in scripts:
        limits = known.get(script.id, {})
        rows = tuple(
            StepRow(script.id, step.id, step.text, limits.get(step.id) or LONGEST_S)
            for step in script.steps
        )
        found.append(Session(script.id, script.title, rows))
    words = SPOKEN_CUES.get(language, SPOKEN_CUES["en"])  # in the pack's language
    limits = known.get(BREATHING_SESSION, {})
    cues = tuple(
        StepRow(BREATHING_SESSION, cue, words[cue], limits.get(cue) or LONGEST_S)
        for cue in BREATHING_STEPS
    )
    found.append(
        Session(
            BREATHING_SESSION,
            QCoreApplication.translate("VoiceRecorder", "Breathing cues (in, out, hold)"),
            cues,
        )
    )
    return tuple(found)


def short_words(words: str, chars: int = _SHORT_CHARS) -> str:
    """The first words of a step, whole words only, with an ellipsis when there are more."""
    if len(words) <= chars:
        return words
    cut = words[:chars].rsplit(" ", 1)[0].rstrip(",.;:")
    return cut + "…"


def seconds_words(seconds: float) -> str:
    return QCoreApplication.translate("VoiceRecorder", "%1 seconds").replace(
        "%1", numbers.decimal(seconds, 1)
    )


def row_text(number: int, row: StepRow, recording: Recording | None) -> str:
    """A step in the list: its number and first words, then whether it is recorded."""
    if recording is None:
        done = QCoreApplication.translate("VoiceRecorder", "Not recorded yet")
    else:
        done = QCoreApplication.translate("VoiceRecorder", "✓ Recorded: %1").replace(
            "%1", seconds_words(recording.seconds)
        )
    return f"{number}. {short_words(row.words)}\n{done}"


def progress_text(rows: Sequence[StepRow], recordings: Iterable[Recording]) -> str:
    ids = {(r.session, r.step) for r in recordings}
    done = sum(1 for row in rows if (row.session, row.step) in ids)
    return Counts.tr("%1 of %n steps recorded", "", len(rows)).replace("%1", str(done))


def failure_text(failure: Failure, longest_s: float) -> str:
    """One calm line on why a take did not come out, and what to do."""
    if failure is Failure.NO_MICROPHONE:
        return QCoreApplication.translate(
            "VoiceRecorder", "No microphone was found. You can still listen, export and import."
        )
    if failure is Failure.REFUSED:
        return QCoreApplication.translate(
            "VoiceRecorder",
            "The microphone could not be opened. Close other programs that use it and try again.",
        )
    if failure is Failure.SILENT:
        return QCoreApplication.translate(
            "VoiceRecorder", "The microphone heard nothing. Check that it is on, then try again."
        )
    if failure is Failure.TOO_SHORT:
        return QCoreApplication.translate(
            "VoiceRecorder", "That take was very short. Try again and say the whole step."
        )
    if failure is Failure.TOO_LONG:
        return QCoreApplication.translate(
            "VoiceRecorder", "This step takes at most %1. Try saying it a little shorter."
        ).replace("%1", seconds_words(longest_s))
    return QCoreApplication.translate(
        "VoiceRecorder", "The take could not be saved. Please try again."
    )
