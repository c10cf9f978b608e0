# SPDX-License-Identifier: GPL-3.0-or-later
"""Relaxation scripts from their files: one per session and language, each checked alone."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model loads when the sessions are first read, not at start-up
    from breathapp.core.relaxation import Library, Script

SUFFIX = ".toml"
FALLBACK_LANGUAGE = "en"


def _name_parts(path: Path) -> tuple[str, str] | None:
    """("pmr-short", "nl") from pmr-short.nl.toml; None for other files."""
    if path.suffix != SUFFIX:
        return None
    stem, _dot, language = path.stem.rpartition(".")
    return (stem, language) if stem and language else None


def script_ids(folder: Path) -> frozenset[str]:
    """The id of every relaxation session that has a file in ``folder``, from the names alone
    (nothing is parsed): the sessions a practice file's "relaxation:ID" may name."""
    try:
        paths = list(folder.iterdir())
    except OSError:
        return frozenset()
    return frozenset(parts[0] for parts in map(_name_parts, paths) if parts is not None)


def read_script(path: Path) -> Script:
    """One script file, checked; ScriptError names the file, step and field when it is not."""
    from breathapp.core.relaxation import FILE_BYTES_MAX, ScriptError, ScriptProblem, parse_script

    parts = _name_parts(path)
    if parts is None:
        raise ScriptError(path.name, ScriptProblem.UNREADABLE, "name must be ID.LANGUAGE.toml")
    try:
        with path.open("rb") as f:
            raw = f.read(FILE_BYTES_MAX + 1)
    except OSError as error:
        raise ScriptError(
            path.name, ScriptProblem.UNREADABLE, error.strerror or str(error)
        ) from None
    if len(raw) > FILE_BYTES_MAX:
        raise ScriptError(
            path.name, ScriptProblem.UNREADABLE, f"is larger than {FILE_BYTES_MAX // 1000} kB"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ScriptError(path.name, ScriptProblem.UNREADABLE, "is not UTF-8 text") from None
    return parse_script(text, path.name, expect_id=parts[0], expect_language=parts[1])


def load_library(folder: Path, language: str) -> Library:
    """Every session in ``language`` (English where a session lacks it), broken files aside.

    A broken file never stops the others: it is reported and its session falls back to
    the English file when that one is sound.
    """
    from breathapp.core.relaxation import Library, ScriptError

    by_id: dict[str, dict[str, Path]] = {}
    try:
        paths = sorted(folder.iterdir())
    except OSError:
        paths = []
    for path in paths:
        parts = _name_parts(path)
        if parts is not None:
            by_id.setdefault(parts[0], {})[parts[1]] = path
    scripts: list[Script] = []
    problems: list[ScriptError] = []
    for files in by_id.values():
        for lang in dict.fromkeys((language, FALLBACK_LANGUAGE)):
            if lang not in files:
                continue
            try:
                scripts.append(read_script(files[lang]))
                break
            except ScriptError as error:
                problems.append(error)
    scripts.sort(key=lambda s: (s.order, s.total_s, s.id))
    return Library(tuple(scripts), tuple(problems))
