# SPDX-License-Identifier: GPL-3.0-or-later
"""Every practice file the app itself writes reads back: the checks never refuse its own.

Sessions are made by the app's own state machines (core.session, core.relaxation_player)
on a manual clock, and stored as the record writer stores them: added when they start,
checkpointed while they run, finished when they end, or left running by a kill.
"""

from __future__ import annotations

import io
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from breathapp.core.checkin import Ratings
from breathapp.core.clock import ManualClock
from breathapp.core.patterns import (
    PRESETS,
    RAMP_MAX_MINUTES,
    RAMP_MIN_MINUTES,
    RATE_MAX_BPM,
    RATE_MIN_BPM,
    RATIO_MAX,
    RATIO_MIN,
    Pacing,
    Pattern,
    Ramp,
)
from breathapp.core.relaxation_player import Player
from breathapp.core.session import (
    BREATHS_MAX,
    BREATHS_MIN,
    MINUTES_MAX,
    MINUTES_MIN,
    Length,
    Session,
    SessionPlan,
    SessionStatus,
)
from breathapp.paths import asset_path
from breathapp.storage.backup import import_backup, read_backup, write_backup
from breathapp.storage.db import Database
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.relaxation_files import load_library, script_ids
from breathapp.storage.sessions_repo import SessionRepo

SCRIPTS = load_library(asset_path("relaxation"), "en").scripts
KNOWN = script_ids(asset_path("relaxation"))
ZONES = (UTC, ZoneInfo("Pacific/Kiritimati"), ZoneInfo("Pacific/Pago_Pago"))

_patterns = st.one_of(
    st.sampled_from([p.pattern for p in PRESETS]),
    st.builds(
        Pattern.from_rate,
        st.floats(RATE_MIN_BPM, RATE_MAX_BPM),
        st.floats(RATIO_MIN, RATIO_MAX),
    ),
    st.builds(  # the quickest a pattern may breathe, and the slowest
        Pattern.make,
        st.sampled_from([1.0, 20.0]),
        st.just(0.0),
        st.sampled_from([1.0, 20.0]),
        st.just(0.0),
    ),
)


@st.composite
def _pacings(draw: st.DrawFn) -> Pacing:
    pattern = draw(_patterns)
    if draw(st.booleans()):
        start = draw(st.floats(RATE_MIN_BPM, RATE_MAX_BPM))
        return Ramp.make(pattern, start, draw(st.floats(RAMP_MIN_MINUTES, RAMP_MAX_MINUTES)))
    return pattern


_lengths = st.one_of(
    st.builds(Length.minutes, st.floats(MINUTES_MIN, MINUTES_MAX)),
    st.builds(Length.breaths, st.integers(BREATHS_MIN, BREATHS_MAX)),
)
_plans = st.builds(
    SessionPlan,
    _pacings(),
    _lengths,
    st.none(),
    st.sampled_from([0.0, 3.0]),
    st.builds(Ratings, st.none() | st.integers(0, 10), st.none() | st.integers(0, 10)),
)
# What happens while a session runs; a checkpoint follows each (the app's is every 5 s).
_actions = st.lists(
    st.one_of(
        st.tuples(st.just("advance"), st.floats(0.001, 900.0)),
        st.tuples(st.sampled_from(["pause", "resume", "next", "previous", "move"])),
        st.tuples(st.just("change"), _patterns),
    ),
    max_size=12,
)
_sessions = st.lists(
    st.tuples(
        st.one_of(_plans, st.sampled_from(SCRIPTS)),
        _actions,
        st.sampled_from(["finish", "stop", "dizzy", "kill"]),
        st.floats(0.0, 3 * 86_400.0),  # the pause before the next session
    ),
    min_size=1,
    max_size=4,
)


def _practise(db: Database, clock: ManualClock, zone: ZoneInfo, sessions: list) -> int:  # type: ignore[type-arg]
    """Each session as the app runs and stores it; returns how many there are."""
    repo = SessionRepo(db, zone)
    for what, actions, end, pause_s in sessions:
        live = Session(what, clock) if isinstance(what, SessionPlan) else Player(what, clock)
        live.start()
        row = repo.add(1, replace(live.record(), status=SessionStatus.RUNNING))
        for action in actions:
            name = action[0]
            if name == "advance":
                clock.advance(action[1])
            elif name == "change" and isinstance(live, Session):
                live.change_pace(action[1])
            elif name in ("next", "previous") and isinstance(live, Player):
                live.next_step() if name == "next" else live.previous_step()
            elif name == "move":
                MovementRepo(db).set(
                    1, clock.now_utc().astimezone(zone).date(), True, clock.now_utc()
                )
            elif name in ("pause", "resume"):
                getattr(live, name)()
            live.update()
            if live.state.is_over:
                break
            repo.checkpoint(row, live.record(), clock.now_utc())
        if end == "finish" and not live.state.is_over:
            live.resume()
            clock.advance(10_900.0)  # past the longest session the app allows
        live.update()
        if end in ("stop", "dizzy"):
            live.stop(dizzy=end == "dizzy")
        if live.state.is_over:
            clock.advance(0.02)  # the writer saves a moment after the session ends
            repo.finish(row, live.record(), clock.now_utc())
        clock.advance(pause_s)
    return len(sessions)


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    _sessions,
    st.datetimes(datetime(2026, 1, 1), datetime(2040, 1, 1), timezones=st.just(UTC)),
    st.sampled_from(ZONES),
    st.floats(0.0, 3_600.0),  # from the last session to the saving
    st.floats(-23 * 3_600.0, 60 * 86_400.0),  # from the saving to the reading
)
def test_every_file_the_app_saves_reads_back(
    sessions: list,  # type: ignore[type-arg]
    start: datetime,
    zone: ZoneInfo,
    to_saving_s: float,
    to_reading_s: float,
) -> None:
    clock = ManualClock(start_utc=start)
    with tempfile.TemporaryDirectory() as folder:
        db, _report = Database.open(Path(folder) / "mine", clock.now_utc())
        count = _practise(db, clock, zone, sessions)
        clock.advance(to_saving_s)
        saved = clock.now_utc()
        out = io.StringIO()
        assert write_backup(db, 1, out, now_utc=saved) == count
        db.close()
        now = saved + timedelta(seconds=to_reading_s)
        backup = read_backup(out.getvalue().encode(), "own.json", now_utc=now, script_ids=KNOWN)
        other, _report = Database.open(Path(folder) / "other", now)
        try:
            report = import_backup(other, 1, backup)
        finally:
            other.close()
    assert report.added + report.skipped == count
    assert SessionStatus.RUNNING not in {s.record.status for s in backup.sessions}
