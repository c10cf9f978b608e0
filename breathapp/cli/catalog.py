# SPDX-License-Identifier: GPL-3.0-or-later
"""'list': the breathing patterns and the relaxation sessions on offer."""

from __future__ import annotations

import sys
from typing import TextIO

from breathapp.cli.common import load_relaxation, printable
from breathapp.cli.words import decimal, fill, translate
from breathapp.core.patterns import PRESETS, fmt_s


def print_list(out: TextIO, language: str = "en", err: TextIO | None = None) -> None:
    """The table in the language in use (cli/words.py); ids and patterns as --start takes
    them, whatever the language."""
    # Read before the first word is translated: modules imported after Qt cost more.
    library = load_relaxation(language)
    seconds = translate("cli", "seconds (in-hold-out-hold)")
    per_minute = translate("cli", "breaths/min")
    wide, rate_wide = max(len(seconds) + 2, 28), max(len(per_minute) + 2, 13)
    holds = translate("cli", "holds")
    out.write(f"{'id':<14}{seconds:<{wide}}{per_minute:<{rate_wide}}{holds}\n")
    yes, no = translate("cli", "yes"), translate("cli", "no")
    for p in PRESETS:
        rate = decimal(f"{p.pattern.rate_bpm:.2f}".rstrip("0").rstrip("."))
        has_holds = yes if p.pattern.has_holds else no
        out.write(f"{p.id:<14}{p.pattern.text():<{wide}}{rate:<{rate_wide}}{has_holds}\n")
    own = translate(
        "cli",
        "Or give your own seconds, e.g. --start 4-2-6-0 (each 0 to 20 s, in and out at "
        "least 1 s, a whole breath at most %1 s).",
    )
    out.write("\n" + fill(own, decimal(fmt_s(40))) + "\n")
    for problem in library.problems:
        skipped = fill(translate("cli", "skipped %1"), printable(problem))
        (err or sys.stderr).write(f"breathapp: {skipped}\n")
    rows = [(printable(s.id), s.minutes, printable(s.title)) for s in library.scripts]
    width = max(max((len(row[0]) for row in rows), default=0) + 2, 14)
    minutes = translate("cli", "minutes")
    minutes_wide = max(len(minutes) + 2, 9)
    section, title_header = translate("cli", "Relaxation sessions"), translate("cli", "title")
    out.write(f"\n{section}\n{'id':<{width}}{minutes:<{minutes_wide}}{title_header}\n")
    for script_id, length, title in rows:
        out.write(f"{script_id:<{width}}{length:<{minutes_wide}}{title}\n")
