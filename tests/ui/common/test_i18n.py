# SPDX-License-Identifier: GPL-3.0-or-later
"""Translations: complete, up to date with the code, placeholders kept, loaded everywhere."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from breathapp.paths import asset_path
from breathapp.ui.common.i18n import TsTranslator, load_translator

ROOT = Path(__file__).resolve().parents[3]
NL = ROOT / "assets" / "translations" / "breathapp_nl.ts"
# Every catalogue, those of languages on their way in (not yet offered) included.
CATALOGUES = sorted((ROOT / "assets" / "translations").glob("breathapp_*.ts"))
BIN = Path(sys.executable).parent


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.stem)
def test_every_message_is_translated(catalogue: Path) -> None:
    messages = _messages(catalogue)
    assert len(messages) > 100
    for m in messages:
        node = m.find("translation")
        assert node is not None and node.get("type") is None, m.findtext("source")
        assert node.text, m.findtext("source")


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.stem)
def test_placeholders_survive_translation(catalogue: Path) -> None:
    """%1, %2 ... in the same number; a translation never drops or adds one."""
    for m in _messages(catalogue):
        source = m.findtext("source") or ""
        translation = m.findtext("translation") or ""
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", translation)), (
            catalogue.name,
            source,
        )


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.stem)
def test_the_ts_file_is_up_to_date_with_the_code(catalogue: Path, tmp_path: Path) -> None:
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / catalogue.name
    shutil.copy(catalogue, copy)
    sources = [str(p) for p in (ROOT / "breathapp").rglob("*.py")]
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    unfinished = [
        m.findtext("source")
        for m in _messages(copy)
        if (node := m.find("translation")) is not None and node.get("type") == "unfinished"
    ]
    assert unfinished == [], f"new strings need a translation in {catalogue.name}"


def test_ts_translator_translates_and_falls_back(qapp: object) -> None:
    translator = TsTranslator(NL)
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("labels", "Breathe in") == "Adem in"
        assert QCoreApplication.translate("labels", "No such text") == "No such text"
    finally:
        app.removeTranslator(translator)
    assert QCoreApplication.translate("labels", "Breathe in") == "Breathe in"


def test_a_compiled_qm_is_preferred_when_a_bundle_ships_one(tmp_path: Path) -> None:
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    shutil.copy(NL, tmp_path / NL.name)
    assert isinstance(load_translator(tmp_path, "nl"), TsTranslator)
    subprocess.run(
        [str(lrelease), str(tmp_path / NL.name), "-qm", str(tmp_path / "breathapp_nl.qm")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    translator = load_translator(tmp_path, "nl")
    assert isinstance(translator, QTranslator) and not isinstance(translator, TsTranslator)
    assert translator.translate("labels", "Breathe out") == "Adem uit"


def test_the_translations_are_found_through_the_asset_lookup() -> None:
    assert asset_path("translations", "breathapp_nl.ts").is_file()
    assert load_translator(asset_path("translations"), "en") is None


def test_the_ts_reader_matches_a_full_xml_parse(tmp_path: Path) -> None:
    from breathapp.ui.common.ts_file import read_ts

    sample = tmp_path / "x.ts"
    sample.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="nl">'
        "<context><name>A</name>"
        "<message><source>One</source><translation>Een &amp; twee</translation></message>"
        '<message><source>Two</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n x</source><translation>'
        "<numerusform>%n keer</numerusform><numerusform>%n keren</numerusform>"
        "</translation></message></context>"
        "<context><name>B</name><message><source>One</source><translation>Uno</translation>"
        "</message></context></TS>",
        encoding="utf-8",
    )
    language, messages = read_ts(sample)
    assert language == "nl"
    assert messages == {
        ("A", "One"): ["Een & twee"],
        ("A", "%n x"): ["%n keer", "%n keren"],
        ("B", "One"): ["Uno"],
    }
    _, real = read_ts(NL)
    parsed = {
        (c.findtext("name"), m.findtext("source")): m.findtext("translation")
        for c in ET.parse(NL).getroot().iter("context")
        for m in c.iter("message")
    }
    assert {k: v[0] for k, v in real.items()} == parsed


def test_the_parsed_ts_is_kept_and_used_on_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from breathapp.ui.common import ts_file

    cache = tmp_path / "cache"
    first = ts_file.read_ts_cached(NL, cache)
    assert first == ts_file.read_ts(NL)
    assert len(list(cache.glob("breathapp_nl-*.json"))) == 1

    def no_parsing(path: Path) -> object:
        raise AssertionError("parsed again")

    monkeypatch.setattr(ts_file, "read_ts", no_parsing)
    assert ts_file.read_ts_cached(NL, cache) == first


def test_a_changed_ts_is_parsed_again_and_its_old_copy_goes(tmp_path: Path) -> None:
    from breathapp.ui.common.ts_file import read_ts_cached

    ts, cache = tmp_path / "breathapp_nl.ts", tmp_path / "cache"
    shutil.copy(NL, ts)
    read_ts_cached(ts, cache)
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="nl">'
        "<context><name>A</name><message><source>One</source>"
        "<translation>Een</translation></message></context></TS>",
        encoding="utf-8",
    )
    assert read_ts_cached(ts, cache) == ("nl", {("A", "One"): ["Een"]})
    assert len(list(cache.glob("breathapp_nl-*.json"))) == 1


@pytest.mark.parametrize("damage", ["not json", '{"language": "nl"}', "[1, 2]"])
def test_a_damaged_copy_is_made_again(tmp_path: Path, damage: str) -> None:
    from breathapp.ui.common.ts_file import read_ts, read_ts_cached

    cache = tmp_path / "cache"
    read_ts_cached(NL, cache)
    (copy,) = cache.glob("breathapp_nl-*.json")
    copy.write_text(damage, encoding="utf-8")
    assert read_ts_cached(NL, cache) == read_ts(NL)
    assert read_ts_cached(NL, cache) == read_ts(NL)  # from the copy made again


def test_an_unwritable_cache_costs_only_the_saving(tmp_path: Path) -> None:
    from breathapp.ui.common.ts_file import read_ts, read_ts_cached

    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder would be", encoding="utf-8")
    assert read_ts_cached(NL, blocker) == read_ts(NL)


def test_qts_own_dialog_texts_follow_the_app_language(qapp: object) -> None:
    """Cancel in an input dialog, Look in / File name in the file dialog: Qt's own texts."""
    from breathapp.ui.common.i18n import LanguageSwitcher

    app = QCoreApplication.instance()
    assert app is not None
    switcher = LanguageSwitcher(app, asset_path("translations"))
    try:
        switcher.switch("nl")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
        assert QCoreApplication.translate("labels", "Breathe in") == "Adem in"
        switcher.switch("en")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    finally:
        switcher.switch("en")
