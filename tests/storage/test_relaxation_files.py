# SPDX-License-Identifier: GPL-3.0-or-later
"""Relaxation files: every shipped session loads in both languages; a broken file stays alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from breathapp.core.relaxation import FILE_BYTES_MAX, ScriptError, ScriptProblem, StepKind
from breathapp.paths import asset_path
from breathapp.storage.relaxation_files import load_library, read_script

SHIPPED = asset_path("relaxation")
# id: (minimum, maximum) seconds, from CLINICAL.md's "about" lengths
LENGTHS = {
    "belly-lesson": (270, 330),
    "pmr-short": (540, 660),
    "pmr-very-short": (270, 330),
    "body-scan": (450, 510),
    "breathing-space": (165, 210),
    "flare-up": (180, 300),  # issue 16: 3 to 5 minutes
}
TENSE_GROUPS = {"pmr-short": 7, "pmr-very-short": 4}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_shipped_session_loads_and_its_timing_adds_up(language: str) -> None:
    library = load_library(SHIPPED, language)
    assert library.problems == ()
    assert {s.id for s in library.scripts} == set(LENGTHS)
    for script in library.scripts:
        assert script.language == language
        low, high = LENGTHS[script.id]
        assert low <= script.total_s <= high, (script.id, script.total_s)
        assert script.starts_s[-1] + script.steps[-1].seconds == script.total_s
        tense = [s for s in script.steps if s.kind is StepKind.TENSE]
        assert len(tense) == TENSE_GROUPS.get(script.id, 0)
        for i, step in enumerate(script.steps):
            if step.kind is StepKind.TENSE:  # each tense is followed by its release
                assert script.steps[i + 1].kind is StepKind.RELEASE
                assert 5 <= step.seconds <= 7
    lesson = library.get("belly-lesson")
    assert lesson is not None
    breathe = [s for s in lesson.steps if s.kind is StepKind.BREATHE]
    assert breathe and breathe[-1].pattern is not None
    assert breathe[-1].pattern.text() == "4-0-6-0"  # guided breathing at 4-6
    assert library.scripts[0].id == "belly-lesson"  # learning comes first


def test_dutch_and_english_follow_the_same_steps_and_times() -> None:
    nl = {s.id: s for s in load_library(SHIPPED, "nl").scripts}
    en = {s.id: s for s in load_library(SHIPPED, "en").scripts}
    for script_id, dutch in nl.items():
        english = en[script_id]
        assert [(s.id, s.kind, s.seconds) for s in dutch.steps] == [
            (s.id, s.kind, s.seconds) for s in english.steps
        ]
        assert dutch.title != english.title


def test_a_file_can_keep_its_session_out_of_the_list(tmp_path: Path) -> None:
    space = (SHIPPED / "breathing-space.en.toml").read_text(encoding="utf-8")
    _write(tmp_path, "breathing-space.en.toml", space)
    _write(
        tmp_path,
        "hidden.en.toml",
        space.replace('"breathing-space"', '"hidden"', 1).replace(
            "order = 20", "order = 20\nlisted = false"
        ),
    )
    library = load_library(tmp_path, "en")
    assert [s.id for s in library.scripts] == ["breathing-space", "hidden"]
    assert [s.id for s in library.listed()] == ["breathing-space"]
    assert read_script(tmp_path / "hidden.en.toml").listed is False
    assert read_script(tmp_path / "breathing-space.en.toml").listed is True
    flare = load_library(SHIPPED, "nl").get("flare-up")
    assert flare is not None and not flare.listed
    _write(
        tmp_path,
        "hidden.en.toml",
        space.replace('"breathing-space"', '"hidden"', 1).replace(
            "order = 20", 'order = 20\nlisted = "no"'
        ),
    )
    with pytest.raises(ScriptError) as caught:
        read_script(tmp_path / "hidden.en.toml")
    assert caught.value.field == "listed"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_broken_file_is_named_and_the_others_still_load(tmp_path: Path) -> None:
    good = (SHIPPED / "breathing-space.en.toml").read_text(encoding="utf-8")
    _write(tmp_path, "breathing-space.en.toml", good)
    lesson = (SHIPPED / "belly-lesson.en.toml").read_text(encoding="utf-8")
    _write(tmp_path, "belly-lesson.en.toml", lesson.replace("seconds = 20", "seconds = 500", 1))
    _write(tmp_path, "notes.txt", "not a session")
    library = load_library(tmp_path, "en")
    assert [s.id for s in library.scripts] == ["breathing-space"]
    (problem,) = library.problems
    assert problem.source == "belly-lesson.en.toml"
    assert problem.field == "seconds" and problem.step is not None
    assert str(problem).startswith(f"belly-lesson.en.toml, step {problem.step}, field 'seconds'")


def test_a_missing_language_falls_back_to_english_and_so_does_a_broken_one(
    tmp_path: Path,
) -> None:
    for script_id in ("breathing-space", "body-scan"):
        text = (SHIPPED / f"{script_id}.en.toml").read_text(encoding="utf-8")
        _write(tmp_path, f"{script_id}.en.toml", text)
    _write(tmp_path, "body-scan.nl.toml", "format = 1\nid = ")
    library = load_library(tmp_path, "nl")
    assert sorted(s.language for s in library.scripts) == ["en", "en"]
    assert [p.problem for p in library.problems] == [ScriptProblem.SYNTAX]


def test_files_that_cannot_be_read_as_text_are_refused(tmp_path: Path) -> None:
    big = _write(tmp_path, "big.en.toml", "# " + "x" * FILE_BYTES_MAX)
    binary = tmp_path / "bin.en.toml"
    binary.write_bytes(b"\xff\xfe\x00title")
    for path in (big, binary):
        with pytest.raises(ScriptError) as caught:
            read_script(path)
        assert caught.value.problem is ScriptProblem.UNREADABLE


def test_a_missing_folder_gives_an_empty_library(tmp_path: Path) -> None:
    library = load_library(tmp_path / "nowhere", "nl")
    assert library == ((), ())
