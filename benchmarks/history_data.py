# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes a realistic practice history fast, straight into a store (benchmarks, screenshots)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from breathapp.core.patterns import Pattern
from breathapp.storage.db import Database
from breathapp.storage.timestamps import to_iso_z

PATTERNS = (("calm", "4-0-6-0", 6.0), ("coherent", "5-0-5-0", 6.0), ("gentle", "3-0-4-0", 8.571))
RELAXATIONS = ("relaxation:pmr-short", "relaxation:body-scan", "relaxation:breathing-space")
NOTES = ("", "", "", "shoulders looser", "slept better", "a busy day", "warm hands")


def fill(
    data_dir: Path,
    sessions: int,
    last_day: date,
    per_day: int = 3,
    seed: int = 7,
    skip_share: float = 0.15,
    pin: str | None = None,
) -> int:
    """About ``sessions`` sessions, ``per_day`` on a practice day, ending on ``last_day``.

    Some days are skipped, tension falls a little over the weeks, and the pace slows
    from about 8 to 6 breaths a minute: the shape a real home practice has. With ``pin``
    the profile gets that PIN, so its notes and ratings are sealed as the app seals them.
    """
    rng = random.Random(seed)
    db, _report = Database.open(data_dir, datetime.now(UTC))
    rows = []
    days = (sessions + per_day - 1) // per_day
    day = last_day - timedelta(days=int(days * (1 + skip_share)))
    while len(rows) < sessions and day <= last_day:
        if rng.random() >= skip_share or day == last_day:
            progress = len(rows) / max(1, sessions)
            for n in range(per_day):
                if len(rows) >= sessions:
                    break
                rows.append(_row(rng, day, n, progress))
        day += timedelta(days=1)
    with db.transaction() as conn:
        conn.executemany(
            "INSERT INTO sessions (profile_id, kind, started_utc, ended_utc, checkpoint_utc,"
            " local_day, active_s, pattern_text, pattern_id, rate_bpm, ramp_start_bpm, breaths,"
            " status, length_kind, length_value, dizzy, tension_before, tension_after,"
            " pain_before, pain_after, note)"
            " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 'minutes', ?, 0, ?, ?, ?, ?, ?)",
            rows,
        )
    if pin is not None:
        from breathapp.storage.profiles_repo import ProfileRepo

        ProfileRepo(db).change_pin(1, None, pin)
    db.close()
    return len(rows)


def _row(rng: random.Random, day: date, n: int, progress: float) -> tuple[object, ...]:
    hour = 7 + (n * 15) // 10 % 16  # spread over the day, however many a day
    start = datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=UTC)
    minutes = rng.choice((3, 5, 5, 8, 10, 10, 12, 15))
    active_s = minutes * 60.0 * (1.0 if rng.random() > 0.1 else rng.uniform(0.3, 0.9))
    end = start + timedelta(seconds=active_s)
    relaxation = rng.random() < 0.25
    if relaxation:
        kind, pattern_id, text, rate = rng.choice(RELAXATIONS), None, "", 0.0
    else:
        pattern_id, text, rate = PATTERNS[0 if progress > 0.3 else rng.randrange(3)]
        kind = "breathing"
        # Slower over the weeks, in the live steps of half a breath a minute: each session
        # stores its own pattern's rate, as the app does.
        slowing = max(6.0, 8.5 - 2.5 * progress + rng.uniform(-0.3, 0.3))
        if slowing > rate + 0.25:
            pattern = Pattern.from_rate(round(slowing * 2) / 2, 1.5)
            pattern_id, text, rate = None, pattern.text(), round(pattern.rate_bpm, 3)
    tension = max(0, min(10, round(7 - 3 * progress + rng.uniform(-1.5, 1.5))))
    after = max(0, tension - rng.choice((0, 1, 1, 2, 2, 3)))
    rated = rng.random() < 0.8
    pain = max(0, min(10, round(6 - 2 * progress + rng.uniform(-1, 1))))
    return (
        kind,
        to_iso_z(start),
        to_iso_z(end),
        to_iso_z(end),
        day.isoformat(),
        round(active_s, 3),
        text,
        pattern_id,
        round(rate, 3),
        int(active_s / 60 * rate),
        "completed" if active_s >= minutes * 60 else "stopped",
        float(minutes),
        tension if rated else None,
        after if rated else None,
        pain if rated and n == 0 else None,
        max(0, pain - rng.choice((0, 1, 2, 3))) if rated and n == 0 else None,
        rng.choice(NOTES),
    )
