# SPDX-License-Identifier: GPL-3.0-or-later
"""'list': the breathing patterns and the relaxation sessions on offer."""

from __future__ import annotations

import sys
from typing import TextIO

from breathapp.cli.common import load_relaxation, printable
from breathapp.core.patterns import PRESETS, fmt_s


def print_list(out: TextIO, language: str = "en", err: TextIO | None = None) -> None:
    out.write(f"{'id':<14}{'seconds (in-hold-out-hold)':<28}{'breaths/min':<13}holds\n")
    for p in PRESETS:
        rate = f"{p.pattern.rate_bpm:.2f}".rstrip("0").rstrip(".")
        holds = "yes" if p.pattern.has_holds else "no"
        out.write(f"{p.id:<14}{p.pattern.text():<28}{rate:<13}{holds}\n")
    out.write(
        "\nOr give your own seconds, e.g. --start 4-2-6-0 (each 0 to 20 s, in and out at "
        f"least 1 s, a whole breath at most {fmt_s(40)} s).\n"
    )
    library = load_relaxation(language)
    for problem in library.problems:
        (err or sys.stderr).write(f"breathapp: skipped {printable(problem)}\n")
    rows = [(printable(s.id), s.minutes, printable(s.title)) for s in library.scripts]
    width = max(max((len(row[0]) for row in rows), default=0) + 2, 14)
    out.write(f"\nRelaxation sessions\n{'id':<{width}}{'minutes':<9}title\n")
    for script_id, minutes, title in rows:
        out.write(f"{script_id:<{width}}{minutes:<9}{title}\n")
