# SPDX-License-Identifier: GPL-3.0-or-later
"""Sessions the database would not take (a full disk), kept in a small file made in advance.

When a checkpoint cannot be written, the session's row as it would have been stored goes
into this file instead. The file is made, full size, when the store opens, so writing into
it later needs no new disk space: it is overwritten in place and synced. It has two slots
written in turn, each with a sequence number and a checksum, so a kill half-way through a
write leaves the other slot whole. The next open reads the newest whole slot back and the
store merges its rows before it marks cut-off sessions as interrupted (Database.open).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TypeAlias

# json, zlib, struct and base64 load only when the journal holds something: not at start-up.

JOURNAL_FILENAME = "breathapp.checkpoints"
SLOT_BYTES = 16 * 1024
SLOTS = 2
FILE_BYTES = SLOT_BYTES * SLOTS
_MAGIC = b"BAJ1"
_HEAD = ">4sQII"  # magic, sequence number, payload length, CRC-32 of the payload
_HEAD_BYTES = 20
_ROOM = SLOT_BYTES - _HEAD_BYTES

Row: TypeAlias = dict[str, object]  # a session's stored values by column name, without its id


def row_key(row: Mapping[str, object]) -> tuple[object, object]:
    """What tells one session from another in the journal: its start and its kind."""
    return row.get("started_utc"), row.get("kind")


def _encode(value: object) -> object:
    if isinstance(value, bytes):  # a BLOB column: JSON has no bytes
        import base64

        return {"base64": base64.b64encode(value).decode("ascii")}
    return value


def _decode(value: object) -> object:
    if isinstance(value, dict):
        import base64

        return base64.b64decode(str(value.get("base64", "")))
    return value


def _slot_bytes(sequence: int, rows: list[Row]) -> bytes | None:
    """A slot holding ``rows``, padded with zeros; None when they do not fit."""
    import json
    import struct
    import zlib

    data = [{name: _encode(value) for name, value in row.items()} for row in rows]
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(payload) > _ROOM:
        return None
    head = struct.pack(_HEAD, _MAGIC, sequence, len(payload), zlib.crc32(payload))
    return (head + payload).ljust(SLOT_BYTES, b"\0")


def _read_slot(slot: bytes) -> tuple[int, list[Row]] | None:
    """The sequence number and rows of a whole slot; None for an empty or torn one."""
    if len(slot) < _HEAD_BYTES or not slot.startswith(_MAGIC):
        return None  # an empty slot (zeros) costs no more than this
    import json
    import struct
    import zlib

    _magic, sequence, length, crc = struct.unpack_from(_HEAD, slot)
    payload = slot[_HEAD_BYTES : _HEAD_BYTES + length]
    if length > _ROOM or zlib.crc32(payload) != crc:
        return None
    try:
        data = json.loads(payload.decode("utf-8"))
    except ValueError:
        return None
    if not isinstance(data, list):
        return None
    rows = [
        {str(name): _decode(value) for name, value in item.items()}
        for item in data
        if isinstance(item, dict)
    ]
    return sequence, rows


class CheckpointJournal:
    """The journal file of one data folder: rows waiting for the database, newest kept."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._waiting: dict[tuple[object, object], Row] = {}

    @classmethod
    def open(cls, data_dir: Path) -> tuple[CheckpointJournal | None, list[Row]]:
        """The journal (made full size if it is missing) and the rows it holds.

        None when the file cannot be made: the store works without it.
        """
        path = data_dir / JOURNAL_FILENAME
        journal = cls(path)
        try:
            if not path.is_file() or path.stat().st_size != FILE_BYTES:
                _make(path)
            return journal, journal._newest()[1]
        except OSError:
            return None, []

    @property
    def waiting(self) -> bool:
        """True while some session's newest state is only in the journal."""
        return bool(self._waiting)

    def keep(self, row: Row) -> None:
        """Write ``row`` (the newest state of its session) into the journal, synced."""
        self._waiting.pop(row_key(row), None)
        self._waiting[row_key(row)] = row  # the most recent last
        self._write()

    def forget(self, started_utc: object, kind: object) -> None:
        """The database took this session: it no longer waits here."""
        if self._waiting.pop((started_utc, kind), None) is not None:
            self._write()

    def clear(self) -> None:
        """Nothing waits: an empty slot is written and the other zeroed (no note stays)."""
        self._waiting.clear()
        self._write(zero_other=True)

    def _newest(self) -> tuple[int, list[Row], int]:
        """The newest whole slot: its sequence number, rows and index (-1 and [] for none)."""
        with self.path.open("rb") as stream:
            content = stream.read(FILE_BYTES)
        best: tuple[int, list[Row], int] = (-1, [], -1)
        for index in range(SLOTS):
            found = _read_slot(content[index * SLOT_BYTES : (index + 1) * SLOT_BYTES])
            if found is not None and found[0] > best[0]:
                best = (found[0], found[1], index)
        return best

    def _write(self, zero_other: bool = False) -> None:
        """Overwrite the older slot in place; a failure is let go (the journal only helps)."""
        with contextlib.suppress(OSError):
            sequence, _rows, newest = self._newest()  # another process may have written
            rows = list(self._waiting.values())
            slot = _slot_bytes(sequence + 1, rows)
            while slot is None and rows:
                rows.pop(0)  # too much to keep: the oldest waiting sessions give way
                slot = _slot_bytes(sequence + 1, rows)
            if slot is None:
                return
            target = 1 if newest == 0 else 0
            with self.path.open("r+b", buffering=0) as stream:  # in place: no new space
                stream.seek(target * SLOT_BYTES)
                stream.write(slot)
                if zero_other:
                    stream.seek((1 - target) * SLOT_BYTES)
                    stream.write(bytes(SLOT_BYTES))
                os.fsync(stream.fileno())


def _make(path: Path) -> None:
    """The journal file, full size and zeroed, synced, appearing only when complete."""
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as stream:
            stream.write(bytes(FILE_BYTES))  # written, not sparse: the space is really taken
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
