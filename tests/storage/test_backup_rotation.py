# SPDX-License-Identifier: GPL-3.0-or-later
"""Which daily backups are kept: the last 7, one a week for 8 weeks, the newest sound one."""

from __future__ import annotations

from datetime import date, timedelta

from breathapp.storage.backup_rotation import DailyBackup, backups_to_keep, daily_name

MONDAY = date(2026, 11, 2)  # ISO week 45


def _dailies(first: date, days: int, sound: bool | None = True) -> list[DailyBackup]:
    return [
        DailyBackup(daily_name(first + timedelta(days=n)), first + timedelta(days=n), sound)
        for n in range(days)
    ]


def _days(names: set[str]) -> list[str]:
    return sorted(name.removeprefix("breathapp-").removesuffix(".db") for name in names)


def test_a_week_or_less_is_kept_whole() -> None:
    backups = _dailies(MONDAY, 7)
    assert backups_to_keep(backups) == {b.name for b in backups}
    assert backups_to_keep([]) == set()


def test_the_last_seven_days_and_the_newest_of_each_of_eight_weeks() -> None:
    backups = _dailies(MONDAY, 70)  # 10 whole ISO weeks, Monday to Sunday
    kept = _days(backups_to_keep(backups))
    last = MONDAY + timedelta(days=69)  # a Sunday
    sundays = [(last - timedelta(weeks=w)).isoformat() for w in range(8)]
    last_seven = [(last - timedelta(days=d)).isoformat() for d in range(7)]
    assert kept == sorted(set(sundays) | set(last_seven))
    assert len(kept) == 7 + 7  # this week's Sunday is among the last seven


def test_a_long_absence_keeps_weeks_by_count_not_by_calendar() -> None:
    """Back after half a year: the weeks before it are still the newest eight weeks."""
    old = _dailies(MONDAY, 21)
    back = date(2027, 6, 1)
    backups = [*old, DailyBackup(daily_name(back), back, True)]
    kept = _days(backups_to_keep(backups))
    assert "2027-06-01" in kept
    assert {"2026-11-08", "2026-11-15", "2026-11-22"} <= set(kept)


def test_the_newest_sound_backup_is_never_given_up() -> None:
    good = DailyBackup(daily_name(MONDAY), MONDAY, True)
    damaged = _dailies(MONDAY + timedelta(days=1), 80, sound=False)
    kept = backups_to_keep([good, *damaged])
    assert good.name in kept


def test_unchecked_older_backups_follow_the_usual_rule() -> None:
    """Only the newest sound one is sought: older ones stay unchecked (None)."""
    older = _dailies(MONDAY, 60, sound=None)
    newest = MONDAY + timedelta(days=60)
    backups = [*older, DailyBackup(daily_name(newest), newest, True)]
    assert len(backups_to_keep(backups)) < len(backups)
    assert daily_name(newest) in backups_to_keep(backups)


def test_the_order_given_does_not_matter() -> None:
    backups = _dailies(MONDAY, 40)
    assert backups_to_keep(backups) == backups_to_keep(list(reversed(backups)))
