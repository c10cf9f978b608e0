# SPDX-License-Identifier: GPL-3.0-or-later
"""A voice pack's manifest: the recordings of one voice, checked field by field.

A voice pack is a therapist's recorded voice: one short audio file (a mono mu-law WAV,
see core/voice_audio.py) per step of a relaxation session, and per breathing cue of the
guide (the pseudo-session "breathing" with the steps "in", "out" and "hold"). On disk and
in a zip it is a folder holding ``manifest.json`` and ``<session id>/<step id>.wav``
files. This module owns the manifest's form and every rule about its values;
storage/voice_packs.py owns the files.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from breathapp.core import strict_json
from breathapp.core.languages import LANGUAGES
from breathapp.core.voice_audio import is_recording_head

if TYPE_CHECKING:
    from breathapp.core.relaxation import Script

FORMAT = "breathapp-voice-pack"
VERSION = 1
BREATHING_SESSION = "breathing"  # the guide's spoken cues, as a pseudo-session
BREATHING_STEPS = ("in", "out", "hold")
BREATHING_CUE_MAX_S = 3.0  # a cue is a word or two at the start of a breath phase
MANIFEST_NAME = "manifest.json"
AUDIO_SUFFIX = ".wav"
ID_CHARS = (1, 40)
NAME_CHARS = (1, 60)
SECONDS = (0.3, 60.0)  # one recording's length
TENSE_MARGIN_S = 0.5  # a tense step's words end this long before its tense seconds do
# Size limits (bytes): a minute of mu-law at 16 000 samples a second is under 1 MB.
AUDIO_MAX_BYTES = 4 * 1024 * 1024  # one audio file
MANIFEST_MAX_BYTES = 256 * 1024
ZIP_MAX_BYTES = 60 * 1024 * 1024  # the whole zip as a file
UNPACKED_MAX_BYTES = 80 * 1024 * 1024  # everything in it, uncompressed (zip bombs)
MAX_MEMBERS = 2000  # files in one zip, manifest included
_ID_ALPHABET = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
_TOP_KEYS = ("format", "version", "id", "name", "language", "recordings")
_RECORDING_KEYS = ("session", "step", "file", "seconds")

# session id -> {step id: the longest a recording of it may last (seconds), None: no limit
# but SECONDS}
Known = Mapping[str, Mapping[str, float | None]]


class VoicePackProblem(Enum):
    """What is wrong with a voice pack, for the ui to say in the user's language."""

    NOT_A_PACK = "not_a_pack"  # not a zip, no manifest, not the format
    NEWER_VERSION = "newer_version"
    TOO_BIG = "too_big"
    BAD_JSON = "bad_json"
    MISSING = "missing"
    UNKNOWN_FIELD = "unknown_field"
    WRONG_TYPE = "wrong_type"
    OUT_OF_RANGE = "out_of_range"
    BAD_VALUE = "bad_value"
    UNKNOWN_STEP = "unknown_step"  # a session or step this BreathApp does not have
    TWICE = "twice"  # a key, a step or a zip member given more than once
    BAD_MEMBER = "bad_member"  # a folder, link, path trick or unlisted file in the zip
    BAD_AUDIO = "bad_audio"  # not a mono mu-law WAV
    EXISTS = "exists"  # a pack with this id is already installed
    NOT_FOUND = "not_found"
    DISK = "disk"  # the disk refused (full, read-only): the detail is a StorageError's words


class VoicePackError(ValueError):
    """A voice pack that cannot be used: the file, the place in it, the field, and why.

    ``str()`` reads like ``voice pack anna.zip, recordings[3], field 'step': ...``.
    """

    def __init__(
        self,
        source: str,
        problem: VoicePackProblem,
        detail: str,
        where: str = "",
        field: str = "",
    ) -> None:
        self.source = source
        self.problem = problem
        self.detail = detail
        self.where = where
        self.field = field
        parts = [p for p in (source, where) if p]
        if field:
            parts.append(f"field '{field}'")
        super().__init__(f"{', '.join(parts)}: {detail}" if parts else detail)


class Recording(NamedTuple):
    session: str
    step: str
    file: str  # "<session>/<step>.wav", relative to the pack's folder
    seconds: float  # the recording's own length


class Manifest(NamedTuple):
    id: str
    name: str
    language: str
    recordings: tuple[Recording, ...] = ()

    def find(self, session: str, step: str) -> Recording | None:
        return next((r for r in self.recordings if r.session == session and r.step == step), None)

    def with_recording(self, session: str, step: str, seconds: float) -> Manifest:
        """This manifest with the recording of (session, step) added or replaced."""
        new = Recording(session, step, recording_file(session, step), float(seconds))
        kept = [r for r in self.recordings if (r.session, r.step) != (session, step)]
        return self._replace(recordings=_sorted([*kept, new]))

    def without_recording(self, session: str, step: str) -> Manifest:
        kept = (r for r in self.recordings if (r.session, r.step) != (session, step))
        return self._replace(recordings=tuple(kept))

    def steps_in(self, session: str) -> int:
        return sum(1 for r in self.recordings if r.session == session)


def _sorted(recordings: Iterable[Recording]) -> tuple[Recording, ...]:
    return tuple(sorted(recordings, key=lambda r: (r.session, r.step)))


def recording_file(session: str, step: str) -> str:
    """Where the recording of (session, step) lives inside a pack."""
    return f"{session}/{step}{AUDIO_SUFFIX}"


def is_id(value: str) -> bool:
    """True for an id a pack, session or step may have: a-z, 0-9 and '-', 1 to 40."""
    return ID_CHARS[0] <= len(value) <= ID_CHARS[1] and set(value) <= _ID_ALPHABET


def tense_limit_s(step_seconds: float) -> float:
    """The longest a recording of a tense step lasting ``step_seconds`` may be."""
    return step_seconds - TENSE_MARGIN_S


def known_from_scripts(scripts: Iterable[Script]) -> dict[str, dict[str, float | None]]:
    """The ``known`` mapping parse_manifest checks against: every step of ``scripts``
    (tense steps with their limit) and the breathing cues."""
    from breathapp.core.relaxation import StepKind

    known: dict[str, dict[str, float | None]] = {
        BREATHING_SESSION: dict.fromkeys(BREATHING_STEPS, BREATHING_CUE_MAX_S)
    }
    for script in scripts:
        known[script.id] = {
            step.id: tense_limit_s(step.seconds) if step.kind is StepKind.TENSE else None
            for step in script.steps
        }
    return known


def pack_id_from_name(name: str, taken: Collection[str] = ()) -> str:
    """An id for a new pack named ``name``: its letters in a-z 0-9 '-', unlike any in
    ``taken`` ("Anna's voice" -> "anna-s-voice", then "anna-s-voice-2")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    base = "-".join(
        "".join(c if c in _ID_ALPHABET else " " for c in plain).replace("-", " ").split()
    )
    base = base[: ID_CHARS[1] - 4].strip("-") or "voice"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def clean_name(name: str) -> str:
    """A pack's name as it is kept: spaces collapsed; ValueError when it cannot be one."""
    cleaned = " ".join(name.split())
    if not NAME_CHARS[0] <= len(cleaned) <= NAME_CHARS[1]:
        raise ValueError(f"must be {NAME_CHARS[0]} to {NAME_CHARS[1]} characters")
    if any(unicodedata.category(c).startswith("C") for c in cleaned):
        raise ValueError("may not hold control characters")
    return cleaned


# -- reading ----------------------------------------------------------------------------


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(
        self, problem: VoicePackProblem, detail: str, where: str = "", field: str = ""
    ) -> VoicePackError:
        return VoicePackError(self.source, problem, detail, where, field)

    def keys(self, table: object, keys: tuple[str, ...], where: str) -> dict[str, object]:
        if not isinstance(table, dict):
            raise self.fail(VoicePackProblem.WRONG_TYPE, "must be a JSON object", where)
        for key in table:
            if key not in keys:
                raise self.fail(VoicePackProblem.UNKNOWN_FIELD, "is not a known field", where, key)
        for key in keys:
            if key not in table:
                raise self.fail(VoicePackProblem.MISSING, "is missing", where, key)
        return table

    def text(self, table: dict[str, object], key: str, where: str = "") -> str:
        value = table[key]
        if not isinstance(value, str):
            raise self.fail(VoicePackProblem.WRONG_TYPE, "must be text", where, key)
        return value

    def id(self, table: dict[str, object], key: str, where: str = "") -> str:
        value = self.text(table, key, where)
        if not is_id(value):
            raise self.fail(
                VoicePackProblem.BAD_VALUE,
                f"must be 1 to {ID_CHARS[1]} of a-z, 0-9 and '-', got {value[:50]!r}",
                where,
                key,
            )
        return value


def parse_manifest(data: bytes, source: str, known: Known | None) -> Manifest:
    """The checked manifest in ``data`` (a manifest.json's bytes).

    ``known`` maps each session id to its step ids and their longest recording; None for a
    pack in the app's own folder, checked when it came in (a later script may have dropped
    a step: the narrator then never asks for it, and the pack stays usable).
    Raises VoicePackError naming ``source``, the place (``recordings[3]``) and the field.
    """
    r = _Reader(source)
    if len(data) > MANIFEST_MAX_BYTES:
        raise r.fail(
            VoicePackProblem.TOO_BIG,
            f"is larger than {size_text(MANIFEST_MAX_BYTES)}",
            MANIFEST_NAME,
        )
    try:
        top_value = strict_json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise r.fail(
            VoicePackProblem.BAD_JSON, f"is not UTF-8 text (byte {error.start})", MANIFEST_NAME
        ) from None
    except json.JSONDecodeError as error:
        where = f"{MANIFEST_NAME} line {error.lineno} column {error.colno}"
        raise r.fail(VoicePackProblem.BAD_JSON, f"is not valid JSON ({error.msg})", where) from None
    except strict_json.DuplicateKeyError as error:
        where, _dot, field = error.where.rpartition(".")
        raise r.fail(VoicePackProblem.TWICE, "is given more than once", where, field) from None
    except (ValueError, RecursionError) as error:
        raise r.fail(
            VoicePackProblem.BAD_JSON, f"is not valid JSON ({error})", MANIFEST_NAME
        ) from None
    if not isinstance(top_value, dict) or top_value.get("format") != FORMAT:
        raise r.fail(VoicePackProblem.NOT_A_PACK, "is not a BreathApp voice pack", "", "format")
    if "version" not in top_value:
        raise r.fail(VoicePackProblem.MISSING, "is missing", "", "version")
    version = top_value["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise r.fail(VoicePackProblem.WRONG_TYPE, "must be a whole number", "", "version")
    if version > VERSION:
        raise r.fail(
            VoicePackProblem.NEWER_VERSION,
            f"version {version} was made by a newer BreathApp (this one reads version {VERSION})",
            "",
            "version",
        )
    if version != VERSION:
        raise r.fail(VoicePackProblem.OUT_OF_RANGE, f"must be {VERSION}", "", "version")
    top = r.keys(top_value, _TOP_KEYS, "")
    pack_id = r.id(top, "id")
    try:
        name = clean_name(r.text(top, "name"))
    except ValueError as error:
        raise r.fail(VoicePackProblem.OUT_OF_RANGE, str(error), "", "name") from None
    language = r.text(top, "language")
    if language not in LANGUAGES:
        raise r.fail(
            VoicePackProblem.BAD_VALUE, f"must be {' or '.join(LANGUAGES)}", "", "language"
        )
    raw = top["recordings"]
    if not isinstance(raw, list):
        raise r.fail(VoicePackProblem.WRONG_TYPE, "must be a list", "", "recordings")
    if len(raw) >= MAX_MEMBERS:
        raise r.fail(VoicePackProblem.TOO_BIG, "holds too many recordings", "", "recordings")
    recordings: list[Recording] = []
    seen: set[tuple[str, str]] = set()
    for i, item in enumerate(raw):
        recording = _recording(r, item, f"recordings[{i}]", known)
        if (recording.session, recording.step) in seen:
            raise r.fail(
                VoicePackProblem.TWICE,
                f"{recording.session}/{recording.step} is recorded twice",
                f"recordings[{i}]",
                "step",
            )
        seen.add((recording.session, recording.step))
        recordings.append(recording)
    return Manifest(pack_id, name, language, _sorted(recordings))


def _recording(r: _Reader, item: object, where: str, known: Known | None) -> Recording:
    table = r.keys(item, _RECORDING_KEYS, where)
    session = r.id(table, "session", where)
    step = r.id(table, "step", where)
    limit: float | None = None
    if known is not None:
        steps = known.get(session)
        if steps is None:
            raise r.fail(
                VoicePackProblem.UNKNOWN_STEP,
                f"{session!r} is not a session of this BreathApp",
                where,
                "session",
            )
        if step not in steps:
            raise r.fail(
                VoicePackProblem.UNKNOWN_STEP,
                f"{step!r} is not a step of the session {session!r}",
                where,
                "step",
            )
        limit = steps[step]
    file = r.text(table, "file", where)
    expected = recording_file(session, step)
    if file != expected:
        raise r.fail(VoicePackProblem.BAD_VALUE, f"must be {expected!r}", where, "file")
    seconds = table["seconds"]
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise r.fail(VoicePackProblem.WRONG_TYPE, "must be a number", where, "seconds")
    check_seconds(float(seconds), limit, r.source, where)
    return Recording(session, step, file, float(seconds))


def check_seconds(seconds: float, limit: float | None, source: str, where: str) -> None:
    """VoicePackError unless a recording may last ``seconds`` (``limit``: its step's)."""
    low, high = SECONDS
    if limit is not None:
        high = min(high, limit)
    if not math.isfinite(seconds) or not low <= seconds <= high:
        detail = f"must be {low:g} to {high:g} seconds, got {seconds:g}"
        if limit is not None and seconds > limit:
            detail += " (the words must end before the step's time does)"
        raise VoicePackError(source, VoicePackProblem.OUT_OF_RANGE, detail, where, "seconds")


def manifest_json(manifest: Manifest) -> dict[str, object]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "id": manifest.id,
        "name": manifest.name,
        "language": manifest.language,
        "recordings": [
            {"session": r.session, "step": r.step, "file": r.file, "seconds": round(r.seconds, 3)}
            for r in _sorted(manifest.recordings)
        ],
    }


def manifest_bytes(manifest: Manifest) -> bytes:
    """The manifest.json of ``manifest``: the same bytes for the same manifest."""
    text = json.dumps(manifest_json(manifest), ensure_ascii=False, indent=2, sort_keys=False)
    return (text + "\n").encode("utf-8")


def size_text(limit: int) -> str:
    """A size limit as the errors say it: "4 MB", "256 KB"."""
    mb = 1024 * 1024
    return f"{limit // mb} MB" if limit % mb == 0 else f"{limit // 1024} KB"


WAV_HEAD_BYTES = 4096  # a recording's format is read from this many first bytes


def is_voice_wav(head: bytes) -> bool:
    """True when ``head`` (a file's first WAV_HEAD_BYTES, or all of a shorter one) opens
    as a recording is made: a RIFF/WAVE file whose format is mono 8-bit mu-law (tag 7)."""
    return is_recording_head(head)
