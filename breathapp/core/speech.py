# SPDX-License-Identifier: GPL-3.0-or-later
"""How long spoken words take, and a relaxation script whose steps fit their words.

The rule "a step never cuts its words off" lives here: every path that shows a session's
length or plays it goes through ``fit_script``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from breathapp.core.relaxation import SECONDS, Script, Step, StepKind

PAUSE_S = 2.0  # the calm pause after a step's words, before the next step speaks
TENSE_PAUSE_S = 0.5  # tense steps end on the clock: "let go" follows at once
# A computer voice at its normal rate speaks about 150 words a minute; each step of the rate
# (-1 slowest to 1 fastest) halves or doubles it, as the system engines roughly do.
WORD_S = 0.4
SENTENCE_S = 0.35  # the voice's own pause at a full stop
_SENTENCE_END = re.compile(r"[.!?;:]+(\s|$)")


def spoken_estimate_s(text: str, rate: float) -> float:
    """Seconds a computer voice takes for ``text`` at ``rate``: a little more, never less.

    Used where the engine cannot tell ahead how long it will speak (Qt's live speech).
    """
    words = len(text.split())
    if words == 0:
        return 0.0
    sentences = len(_SENTENCE_END.findall(text.strip()))
    rate = max(-1.0, min(1.0, rate))
    return float((words * WORD_S + sentences * SENTENCE_S) * 2.0 ** (-rate))


def fitted_seconds(step: Step, spoken_s: float) -> float:
    """How long ``step`` lasts when its words take ``spoken_s`` seconds to say.

    Say and release steps grow to hold their words and a calm pause. Tense steps keep
    CLINICAL.md's short, light tension: they grow only up to the longest tension allowed.
    Breathe steps are whole breaths: their words are said over the first breath.
    """
    if step.kind is StepKind.BREATHE or spoken_s <= 0:
        return step.seconds
    if step.kind is StepKind.TENSE:
        return max(step.seconds, min(SECONDS[StepKind.TENSE][1], spoken_s + TENSE_PAUSE_S))
    return max(step.seconds, spoken_s + PAUSE_S)


def fit_script(script: Script, spoken_s: Mapping[str, float]) -> Script:
    """``script`` with each step long enough for its words (``spoken_s`` by step id).

    Steps with nothing spoken keep their seconds; the script's total follows.
    """
    steps = tuple(
        step._replace(seconds=fitted_seconds(step, spoken_s.get(step.id, 0.0)))
        for step in script.steps
    )
    if steps == script.steps:
        return script
    return Script(
        script.id,
        script.language,
        script.title,
        script.summary,
        steps,
        script.order,
        script.listed,
    )


def tense_fits(step: Step, spoken_s: float) -> bool:
    """Whether a tense step's words are said within the longest tension allowed."""
    return spoken_s + TENSE_PAUSE_S <= SECONDS[StepKind.TENSE][1]


# The region whose voice a language prefers: the practice is in Flanders.
PREFERRED_REGION = {"nl": "BE", "en": "GB", "fr": "BE", "de": "BE"}


def pick_voice(
    voices: Sequence[tuple[str, str]], language: str, wanted: str, every: bool = False
) -> list[int]:
    """Which voices may speak ``language``, best first, as indexes into ``voices``.

    ``voices`` are (name, locale such as "nl_BE") pairs. The voice asked for comes first
    when it speaks the language, then the region's own (Flemish before Dutch from the
    Netherlands), then the rest. With ``every`` False, only the best (or none).
    """
    region = PREFERRED_REGION.get(language, "")
    speaking = [
        i for i, (_name, locale) in enumerate(voices) if locale.split("_")[0].lower() == language
    ]

    def rank(i: int) -> tuple[int, int, int]:
        name, locale = voices[i]
        return (name != wanted or not wanted, not locale.endswith("_" + region), i)

    ordered = sorted(speaking, key=rank)
    return ordered if every else ordered[:1]
