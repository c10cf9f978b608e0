# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line speaks the app's language (--lang, else the saved one, else the
system's); what machines read (CSV headers, JSON keys) never changes with it."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from breathapp.cli.main import main
from breathapp.core.languages import LANGUAGES
from breathapp.storage.db import Database
from breathapp.storage.prefs_repo import PrefsRepo
from tests.builders.commands import NOW, one_line, run, store_evenings
from tests.builders.process import run_breathapp

# What `list` says in each language: headers, the own-seconds sentence, yes/no, the
# section of relaxation sessions, and breaths/min with the language's decimal mark.
LIST_WORDS = {
    "fr": [
        "secondes (inspiration-pause-expiration-pause)",
        "respirations/min",
        "Ou indiquez vos propres secondes",
        "non",
        "Séances de relaxation",
        "titre",
    ],
    "de": [
        "Sekunden (Ein-Anhalten-Aus-Anhalten)",
        "Atemzüge/min",
        "Oder geben Sie Ihre eigenen Sekunden an",
        "nein",
        "Entspannungsübungen",
        "Titel",
    ],
    "nl": [
        "seconden (in-vasthouden-uit-vasthouden)",
        "ademhalingen/min",
        "Of geef je eigen seconden",
        "nee",
        "Ontspanningssessies",
        "titel",
    ],
}
# Refused: one line in the language. A data folder that is not there; an unknown --start.
NO_FOLDER = {
    "fr": "il n'y a pas de dossier des données",
    "de": "es gibt keinen Datenordner",
    "nl": "er is geen gegevensmap",
}
UNKNOWN_START = {
    "fr": "rythme ou séance de relaxation inconnu",
    "de": "unbekanntes Atemmuster oder unbekannte Entspannungsübung",
    "nl": "onbekend ademhalingspatroon of onbekende ontspanningssessie",
}
NO_SYSTEM_LANGUAGE = {"LANGUAGE": None, "LC_ALL": None, "LC_MESSAGES": None}


def _preset_row(out: str, preset_id: str) -> list[str]:
    return next(line.split() for line in out.splitlines() if line.startswith(preset_id + " "))


@pytest.mark.parametrize("language", sorted(LIST_WORDS))
def test_list_speaks_the_language(language: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--lang", language, "list")
    assert code == 0, err
    for words in LIST_WORDS[language]:
        assert words in out
    assert "Or give your own seconds" not in out and "breaths/min" not in out
    # The pattern is what --start takes: as typed. The rate is a number to read: 5,45.
    assert _preset_row(out, "coherent-5.5")[1:3] == ["5.5-0-5.5-0", "5,45"]
    assert _preset_row(out, "box")[-1] == {"fr": "oui", "de": "ja", "nl": "ja"}[language]


def test_list_in_english_is_as_it_was(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--lang", "en", "list")
    assert code == 0
    assert out.startswith("id            seconds (in-hold-out-hold)  breaths/min  holds\n")
    assert _preset_row(out, "coherent-5.5") == ["coherent-5.5", "5.5-0-5.5-0", "5.45", "no"]
    assert "Or give your own seconds, e.g. --start 4-2-6-0" in out


@pytest.mark.parametrize("language", sorted(NO_FOLDER))
def test_a_refusal_is_one_line_in_the_language(
    language: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere"
    argv = ["--lang", language, "export", "--data-dir", str(missing)]
    code, out, err = run(capsys, *argv, "--format", "csv", "--output", "-")
    assert (code, out) == (2, "")
    line = one_line(err)
    assert NO_FOLDER[language] in line and str(missing) in line and "--data-dir" in line

    code, out, err = run(capsys, "--lang", language, "--start", "nope")
    assert (code, out) == (2, "")
    assert UNKNOWN_START[language] in one_line(err) and "'nope'" in err


def test_the_saved_language_speaks_when_no_lang_is_given(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_evenings(data_dir)
    db = Database.open(data_dir, NOW)[0]
    try:
        repo = PrefsRepo(db)
        repo.save(1, replace(repo.load(1)[0], language="de"))
    finally:
        db.close()
    code, out, _err = run(capsys, "list")
    assert code == 0 and "Oder geben Sie Ihre eigenen Sekunden an" in out
    code, out, err = run(capsys, "--start", "nope")
    assert code == 2 and UNKNOWN_START["de"] in one_line(err)


@pytest.mark.parametrize(
    ("system", "words"),
    [("fr_BE.UTF-8", "Ou indiquez vos propres secondes"), ("ja_JP.UTF-8", "Or give your own")],
)
def test_the_system_language_speaks_without_a_saved_one(
    system: str, words: str, tmp_path: Path
) -> None:
    env = {**NO_SYSTEM_LANGUAGE, "LANG": system, "BREATHAPP_DATA_DIR": str(tmp_path / "d")}
    result = run_breathapp("list", env=env)
    assert result.returncode == 0, result.stderr
    assert words in result.stdout

    result = run_breathapp("--start", "nope", env=env)
    assert result.returncode == 2
    expected = UNKNOWN_START["fr"] if system.startswith("fr") else "unknown pattern"
    assert expected in result.stderr and len(result.stderr.splitlines()) == 1


def _keys(value: Any) -> set[str]:
    """Every key of a JSON document, at any depth."""
    if isinstance(value, dict):
        return set(value) | {k for item in value.values() for k in _keys(item)}
    if isinstance(value, list):
        return {k for item in value for k in _keys(item)}
    return set()


def test_what_machines_read_never_changes_with_the_language(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_evenings(data_dir)
    csvs, jsons = {}, {}
    for language in LANGUAGES:
        base = ["--lang", language, "export", "--data-dir", str(data_dir), "--output", "-"]
        code, out, err = run(capsys, *base, "--format", "csv")
        assert code == 0, err
        csvs[language] = out
        code, out, err = run(capsys, *base, "--format", "json")
        assert code == 0, err
        jsons[language] = json.loads(out)
    assert next(csv.reader(io.StringIO(csvs["en"])))  # a header row, in English
    for language in LANGUAGES:
        assert csvs[language] == csvs["en"], language  # headers, values, decimal points
        assert _keys(jsons[language]) == _keys(jsons["en"]), language
        assert jsons[language]["sessions"] == jsons["en"]["sessions"], language


# A --start or a length core refuses: said in the language, the numbers as read there.
CORE_REFUSALS = [
    (["--start", "4-x"], "fr", "le rythme '4-x' ne s'écrit pas"),
    (["--start", "4-0-25.5-0"], "de", "Ausatmen muss 1 bis 20 Sekunden dauern; angegeben: 25,5"),
    (["--start", "calm", "--minutes", "200"], "nl", "de minuten moeten tussen 0,5 en 180 liggen"),
]


@pytest.mark.parametrize(("argv", "language", "words"), CORE_REFUSALS)
def test_what_core_refuses_is_said_in_the_language(
    argv: list[str], language: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--lang", language, *argv)
    assert (code, out) == (2, "")
    assert words in one_line(err)


# --help in the language: the app's own texts; argparse's fixed words (usage:, options:)
# stay as argparse writes them.
HELP_WORDS = {
    "fr": ("Respiration abdominale lente et guidée", "Rythmes respiratoires et séances de"),
    "de": ("Angeleitete langsame Bauchatmung", "Atemmuster und Entspannungsübungen"),
    "nl": ("Begeleide trage buikademhaling", "Ademhalingspatronen en ontspanningssessies"),
}


@pytest.mark.parametrize("language", sorted(HELP_WORDS))
def test_help_speaks_the_language(language: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", language, "--help"])
    assert done.value.code == 0
    top = capsys.readouterr().out
    assert HELP_WORDS[language][0] in top and "opens the app" not in top
    with pytest.raises(SystemExit):
        main(["list", "--lang", language, "--help"])
    assert HELP_WORDS[language][1] in " ".join(capsys.readouterr().out.split())
