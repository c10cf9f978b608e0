# SPDX-License-Identifier: GPL-3.0-or-later
"""How heart data is kept: beats packed compactly, a test's values as JSON, sealed under a PIN.

Beats (an RrSeries) are packed as a format byte (1), the count (4 bytes), the times in ms
from the start as array('I') and the intervals in ms as array('H'), all little-endian:
6 bytes a beat (an hour at 60 beats a minute: 21.6 kB). For a profile with a PIN the same
bytes are sealed (storage.vault), padded with zero bytes to a multiple of _PAD_BYTES so a
blob tells the number of beats only roughly. A session's beats are bound to its session
(profile, start, kind), a test's private part to its profile and start.

``reseal`` moves every heart row of a profile from one key to another (a change of PIN), as
storage.sealing does for sessions and plans; files from before these tables have none.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from array import array
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from breathapp.core.heart.beats import RR_MAX_MS, RR_MIN_MS, RrSeries
from breathapp.core.heart.resonance import (
    PaceResult,
    PaceWindow,
    ResonanceSettings,
    ResonanceTest,
)
from breathapp.storage.migrations import has_table

if TYPE_CHECKING:
    from breathapp.storage.vault import DataKey, Keyring

_FORMAT = 1
_HEAD = 5  # the format byte and the count
_PAD_BYTES = 512
_MAX_T_MS = 2**32 - 1
EMPTY = RrSeries((), ())
RESULT_FIELDS = (
    "rate_bpm",
    "swing_bpm",
    "lf_power_ms2",
    "lf_peak_hz",
    "in_step",
    "beats",
    "removed_share",
)


# -- beats ----------------------------------------------------------------------------------
def kept(series: RrSeries) -> RrSeries:
    """The beats a store keeps: an interval outside RR_MIN_MS..RR_MAX_MS is no heartbeat, and
    a beat before the one kept before it (a glitch of the source) is left out, so a session
    is never refused for its beats."""
    times: list[int] = []
    intervals: list[int] = []
    last = 0
    for t, rr in zip(series.t_ms, series.rr_ms, strict=True):
        if RR_MIN_MS <= rr <= RR_MAX_MS and last <= t <= _MAX_T_MS:
            times.append(int(t))
            intervals.append(int(rr))
            last = int(t)
    return RrSeries(tuple(times), tuple(intervals))


def pack_series(series: RrSeries) -> bytes:
    """The beats a store keeps (``kept``) as bytes."""
    series = kept(series)
    times = array("I", series.t_ms)
    intervals = array("H", series.rr_ms)
    if sys.byteorder != "little":
        times.byteswap()
        intervals.byteswap()
    head = bytes([_FORMAT]) + len(times).to_bytes(4, "little")
    return head + times.tobytes() + intervals.tobytes()


def unpack_series(data: bytes) -> RrSeries:
    """The beats back (zero bytes after them, a sealed blob's padding, are ignored);
    ValueError for bytes of another format."""
    if len(data) < _HEAD or data[0] != _FORMAT:
        raise ValueError("not packed beats of a known format")
    count = int.from_bytes(data[1:_HEAD], "little")
    end = _HEAD + 6 * count
    if len(data) < end:
        raise ValueError("packed beats cut short")
    times = array("I")
    times.frombytes(data[_HEAD : _HEAD + 4 * count])
    intervals = array("H")
    intervals.frombytes(data[_HEAD + 4 * count : end])
    if sys.byteorder != "little":
        times.byteswap()
        intervals.byteswap()
    return RrSeries(tuple(times), tuple(intervals))


def beats_aad(profile_id: object, started_utc: object, kind: object) -> bytes:
    """A session's beats are bound to its profile, its start (as stored) and its kind."""
    return f"beats|{profile_id}|{started_utc}|{kind}".encode()


def resonance_aad(profile_id: object, started_utc: object) -> bytes:
    return f"resonance|{profile_id}|{started_utc}".encode()


def _padded(plain: bytes) -> bytes:
    return plain + bytes(-len(plain) % _PAD_BYTES)


def seal_beats(key: DataKey, data: bytes, aad: bytes) -> bytes:
    return key.seal(_padded(data), aad)


# -- a resonance test's values as JSON -------------------------------------------------------
def settings_json(settings: ResonanceSettings) -> dict[str, Any]:
    return {
        "paces_bpm": list(settings.paces_bpm),
        "step_s": settings.step_s,
        "rest_s": settings.rest_s,
        "inhale_share": settings.inhale_share,
    }


def settings_of(value: Mapping[str, Any]) -> ResonanceSettings:
    return ResonanceSettings(
        paces_bpm=tuple(float(p) for p in value["paces_bpm"]),
        step_s=float(value["step_s"]),
        rest_s=float(value["rest_s"]),
        inhale_share=float(value["inhale_share"]),
    )


def windows_json(windows: tuple[PaceWindow, ...]) -> list[dict[str, float]]:
    return [{"rate_bpm": w.rate_bpm, "start_s": w.start_s, "end_s": w.end_s} for w in windows]


def windows_of(value: list[Mapping[str, Any]]) -> tuple[PaceWindow, ...]:
    return tuple(
        PaceWindow(float(w["rate_bpm"]), float(w["start_s"]), float(w["end_s"])) for w in value
    )


def results_json(results: tuple[PaceResult, ...]) -> list[dict[str, Any]]:
    return [{name: getattr(r, name) for name in RESULT_FIELDS} for r in results]


def results_of(value: list[Mapping[str, Any]]) -> tuple[PaceResult, ...]:
    def number(v: Any) -> float | None:
        return None if v is None else float(v)

    return tuple(
        PaceResult(
            rate_bpm=float(r["rate_bpm"]),
            swing_bpm=number(r["swing_bpm"]),
            lf_power_ms2=number(r["lf_power_ms2"]),
            lf_peak_hz=number(r["lf_peak_hz"]),
            in_step=number(r["in_step"]),
            beats=int(r["beats"]),
            removed_share=float(r["removed_share"]),
        )
        for r in value
    )


def dumps(value: object) -> str:
    return json.dumps(value, separators=(",", ":"))


# -- a resonance test's private part, sealed ------------------------------------------------
def pack_private(results: str, rr: bytes, suggested: object, chosen: object) -> bytes:
    """The results (JSON text), the packed beats and the two paces as the bytes sealed."""
    head = dumps({"results": json.loads(results), "suggested": suggested, "chosen": chosen})
    text = head.encode()
    return bytes([_FORMAT]) + len(text).to_bytes(4, "little") + text + rr


def unpack_private(plain: bytes) -> dict[str, Any]:
    """{"results": JSON text, "rr": packed beats, "suggested", "chosen"}; ValueError: not ours."""
    if len(plain) < _HEAD or plain[0] != _FORMAT:
        raise ValueError("not a sealed resonance test of a known format")
    size = int.from_bytes(plain[1:_HEAD], "little")
    head = json.loads(plain[_HEAD : _HEAD + size].decode("utf-8"))
    if not isinstance(head, dict):
        raise ValueError("not a sealed resonance test of a known format")
    rr = plain[_HEAD + size :]
    unpack_series(rr)  # checks it
    return {
        "results": dumps(head.get("results", [])),
        "rr": rr,
        "suggested": head.get("suggested"),
        "chosen": head.get("chosen"),
    }


def seal_private(key: DataKey, values: Mapping[str, Any], aad: bytes) -> bytes:
    plain = pack_private(values["results"], values["rr"], values["suggested"], values["chosen"])
    return key.seal(_padded(plain), aad)


def open_private(key: DataKey, blob: bytes, aad: bytes) -> dict[str, Any]:
    """A sealed test's private values; ValueError (SealError) when it does not open."""
    return unpack_private(key.open(blob, aad))


def test_values(test: ResonanceTest, key: DataKey | None, aad: bytes) -> list[Any]:
    """settings, windows, results, rr, suggested_bpm, chosen_bpm, completed, sealed as a
    resonance_tests row holds them: with ``key`` the private four are NULL and sealed."""
    private: dict[str, Any] = {
        "results": dumps(results_json(test.results)),
        "rr": pack_series(test.rr),
        "suggested": test.suggested_bpm,
        "chosen": test.chosen_bpm,
    }
    sealed = None
    if key is not None:
        sealed = seal_private(key, private, aad)
        private = dict.fromkeys(private)
    return [
        dumps(settings_json(test.settings)),
        dumps(windows_json(test.windows)),
        private["results"],
        private["rr"],
        private["suggested"],
        private["chosen"],
        int(test.completed),
        sealed,
    ]


def private_values(
    keys: Keyring, profile_id: int, started: object, columns: tuple[Any, ...], sealed: object
) -> dict[str, Any] | None:
    """A test's results (JSON text), rr (packed), suggested and chosen: its ``columns`` when
    plain, its blob opened when sealed; None when that does not open (locked, damaged)."""
    if not isinstance(sealed, bytes):
        return dict(zip(("results", "rr", "suggested", "chosen"), columns, strict=True))
    key = keys.key(profile_id)
    if key is None:
        return None
    try:
        return open_private(key, sealed, resonance_aad(profile_id, started))
    except ValueError:
        return None


# -- a change of PIN ------------------------------------------------------------------------
def reseal(
    conn: sqlite3.Connection, profile_id: int, old: DataKey | None, new: DataKey | None
) -> tuple[int, int]:
    """Every session's beats and resonance test of the profile from ``old`` (None: plain) to
    ``new`` (None: plain again), inside the caller's transaction; (rows changed, rows that
    did not open)."""
    changed = unopened = 0
    if has_table(conn, "session_beats"):
        # Beats whose session is gone (a copy made without cascading deletes) belong to no
        # one any more: removed rather than left plain.
        conn.execute("DELETE FROM session_beats WHERE session_id NOT IN (SELECT id FROM sessions)")
        rows = conn.execute(
            "SELECT b.session_id, b.data, b.sealed, s.started_utc, s.kind FROM session_beats b"
            " JOIN sessions s ON s.id = b.session_id WHERE s.profile_id = ?",
            (profile_id,),
        ).fetchall()
        updates: list[tuple[object, ...]] = []
        for session_id, data, sealed, started, kind in rows:
            aad = beats_aad(profile_id, started, kind)
            plain = data
            if sealed is not None:
                try:
                    if old is None:
                        raise ValueError("no key to open it with")
                    plain = pack_series(unpack_series(old.open(sealed, aad)))
                except ValueError:
                    unopened += 1
                    continue
            if new is None:
                updates.append((plain, None, session_id))
            else:
                updates.append((None, seal_beats(new, plain, aad), session_id))
        conn.executemany(
            "UPDATE session_beats SET data = ?, sealed = ? WHERE session_id = ?", updates
        )
        changed += len(updates)
    if has_table(conn, "resonance_tests"):
        tests = conn.execute(
            "SELECT id, started_utc, results, rr, suggested_bpm, chosen_bpm, sealed"
            " FROM resonance_tests WHERE profile_id = ?",
            (profile_id,),
        ).fetchall()
        rows_out: list[tuple[object, ...]] = []
        for test_id, started, results, rr, suggested, chosen, sealed in tests:
            aad = resonance_aad(profile_id, started)
            values: dict[str, Any] = {
                "results": results,
                "rr": rr,
                "suggested": suggested,
                "chosen": chosen,
            }
            if sealed is not None:
                try:
                    if old is None:
                        raise ValueError("no key to open it with")
                    values = open_private(old, sealed, aad)
                except ValueError:
                    unopened += 1
                    continue
            if new is None:
                rows_out.append(
                    (
                        values["results"],
                        values["rr"],
                        values["suggested"],
                        values["chosen"],
                        None,
                        test_id,
                    )
                )
            else:
                rows_out.append((None, None, None, None, seal_private(new, values, aad), test_id))
        conn.executemany(
            "UPDATE resonance_tests SET results = ?, rr = ?, suggested_bpm = ?, chosen_bpm = ?,"
            " sealed = ? WHERE id = ?",
            rows_out,
        )
        changed += len(rows_out)
    return changed, unopened
