# SPDX-License-Identifier: GPL-3.0-or-later
"""The words a voice says at a breath cue: the guide's own, in the voice's language."""

from __future__ import annotations

from breathapp.core.cues import Cue
from breathapp.ui.common import labels


def test_the_spoken_cues_are_the_guides_words_in_the_voices_language() -> None:
    assert [labels.spoken_cue(c, "nl") for c in (Cue.INHALE, Cue.EXHALE, Cue.HOLD)] == [
        "In",
        "Uit",
        "Houd vast",
    ]
    assert labels.spoken_cue(Cue.HOLD, "en") == "Hold" == labels.spoken_cue(Cue.HOLD, "es")
    assert labels.spoken_cue(Cue.HOLD, "de") == "Atem anhalten"
    assert labels.spoken_cue(3, "en") == "3"
