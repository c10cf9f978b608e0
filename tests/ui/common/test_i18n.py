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

from breathapp.core.languages import SOURCE
from breathapp.paths import asset_path
from breathapp.ui.common.i18n import load_translator
from tests.builders.catalogues import compile_catalogues

ROOT = Path(__file__).resolve().parents[3]
NL = ROOT / "assets" / "translations" / "breathapp_nl.ts"
# Every catalogue, those of languages on their way in (not yet offered) included.
CATALOGUES = sorted((ROOT / "assets" / "translations").glob("breathapp_*.ts"))
BIN = Path(sys.executable).parent


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def _plural_only(path: Path) -> bool:
    """The source language's catalogue: only the plural forms of counted texts."""
    return path.stem == f"breathapp_{SOURCE}"


def _texts(message: ET.Element) -> list[str]:
    """A message's translation: its one text, or each of its plural forms."""
    node = message.find("translation")
    assert node is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in node.iter("numerusform")]
    return [node.text or ""]


def test_english_is_a_catalogue_of_plural_forms_only() -> None:
    english = ROOT / "assets" / "translations" / f"breathapp_{SOURCE}.ts"
    assert english in CATALOGUES
    assert all(m.get("numerus") == "yes" for m in _messages(english))


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.stem)
def test_every_message_is_translated(catalogue: Path) -> None:
    messages = _messages(catalogue)
    assert len(messages) > (30 if _plural_only(catalogue) else 100)
    for m in messages:
        node = m.find("translation")
        assert node is not None and node.get("type") is None, m.findtext("source")
        assert all(_texts(m)), m.findtext("source")


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.stem)
def test_placeholders_survive_translation(catalogue: Path) -> None:
    """%1, %2 ... (and a count's %n or %Ln) in the same number, in every plural form too;
    a translation never drops or adds one."""
    for m in _messages(catalogue):
        source = m.findtext("source") or ""
        for translation in _texts(m):
            assert sorted(re.findall(r"%L?n|%\d", source)) == sorted(
                re.findall(r"%L?n|%\d", translation)
            ), (catalogue.name, source, translation)


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.stem)
def test_the_ts_file_is_up_to_date_with_the_code(catalogue: Path, tmp_path: Path) -> None:
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / catalogue.name
    shutil.copy(catalogue, copy)
    sources = [str(p) for p in (ROOT / "breathapp").rglob("*.py")]
    plural_only = ["-pluralonly"] if _plural_only(catalogue) else []
    subprocess.run(
        [
            str(lupdate),
            *sources,
            "-no-obsolete",
            "-locations",
            "none",
            *plural_only,
            "-ts",
            str(copy),
        ],
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


def test_the_compiled_catalogue_translates_and_falls_back(qapp: object) -> None:
    """What the app loads is Qt's own: a .qm compiled from the .ts (conftest compiles it
    when the .ts is newer, as every pip install does)."""
    translator = load_translator(asset_path("translations"), "nl")
    assert translator is not None and type(translator) is QTranslator
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("labels", "Breathe in") == "Adem in"
        assert QCoreApplication.translate("labels", "No such text") == "No such text"
    finally:
        app.removeTranslator(translator)
    assert QCoreApplication.translate("labels", "Breathe in") == "Breathe in"


def test_english_loads_its_plural_forms_and_a_missing_catalogue_is_said(
    qapp: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    english = load_translator(asset_path("translations"), "en")
    assert english is not None
    assert english.translate("Counts", "%n minutes", None, 1) == "%n minute"
    with caplog.at_level("WARNING", logger="breathapp"):
        assert load_translator(tmp_path, "nl") is None  # a source checkout never built
    assert "no breathapp_nl.qm" in caplog.text


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.stem)
def test_every_catalogue_compiles_with_qts_lrelease(catalogue: Path, tmp_path: Path) -> None:
    compiled = compile_catalogues(catalogue.parent, tmp_path, only=[catalogue])
    translator = QTranslator()
    assert compiled and translator.load(str(compiled[0])) and not translator.isEmpty()


def test_the_app_reads_no_ts_and_keeps_no_cache() -> None:
    """One translator path: the run-time .ts parser and its copy in the data folder are gone."""
    package = ROOT / "breathapp"
    assert not (package / "ui" / "common" / "ts_file.py").exists()
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "CACHE_DIRNAME" not in text or path.name == "own_files.py", path


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
