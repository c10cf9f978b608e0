# SPDX-License-Identifier: GPL-3.0-or-later
"""Relaxation scripts: a tiny one that is good, as a relaxation file holds it."""

from __future__ import annotations

# Five steps: say, tense, release, three calm breaths, say (id "tiny", in English);
# step ids lie-down, fist-tense, fist-release, breathe, come-back.
TINY_SCRIPT = """
format = 1
id = "tiny"
language = "en"
title = "A tiny session"
summary = "Two steps and a little breathing, for tests."
order = 3

[[steps]]
id = "lie-down"
kind = "say"
seconds = 10
text = "Lie down comfortably."

[[steps]]
id = "fist-tense"
kind = "tense"
seconds = 6
text = "Make a soft fist."

[[steps]]
id = "fist-release"
kind = "release"
seconds = 20
text = "Let go."

[[steps]]
id = "breathe"
kind = "breathe"
pattern = "calm"
breaths = 3
text = "Breathe with the circle."

[[steps]]
id = "come-back"
kind = "say"
seconds = 14
text = "Come back slowly."
"""
