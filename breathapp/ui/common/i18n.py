# SPDX-License-Identifier: GPL-3.0-or-later
"""Translations: Qt Linguist .ts sources, loaded directly or from compiled .qm files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from breathapp.core.languages import SOURCE, pick_language
from breathapp.ui.common.ts_file import read_ts_cached

SOURCE_LANGUAGE = SOURCE


class TsTranslator(QTranslator):
    """A QTranslator fed straight from a .ts file.

    The .ts files are the only source of truth in the repository, and no generated
    .qm file is committed, yet a plain ``pip install .`` or source checkout has working
    translations: this reads the finished messages of the .ts (about a millisecond).
    A bundle that ships compiled .qm files uses Qt's own loader (see load_translator).
    """

    def __init__(self, path: Path, cache_dir: Path | None = None) -> None:
        super().__init__()
        self._language, self._messages = read_ts_cached(path, cache_dir)

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        forms = self._messages.get((context, source_text))
        if forms is None:
            # None reaches Qt as a null QString, which makes Qt fall back to the source text.
            return None  # type: ignore[return-value]
        # Dutch and English (and German): one form for 1, the other for every other number.
        return forms[0] if n == 1 or len(forms) == 1 else forms[1]

    def isEmpty(self) -> bool:
        return not self._messages

    def language(self) -> str:
        return self._language


def system_language() -> str:
    """The first of the system's UI languages that the app speaks; English when none fits
    (core.languages: the same rule as the command line's)."""
    return pick_language(QLocale.system().uiLanguages())


def load_translator(
    translations_dir: Path, language: str, cache_dir: Path | None = None
) -> QTranslator | None:
    """A translator for the language, or None when there is nothing to translate.

    ``cache_dir`` keeps a parsed copy of a .ts file, so later starts skip the parsing.
    """
    compiled = translations_dir / f"breathapp_{language}.qm"
    if compiled.is_file():
        translator = QTranslator()
        if translator.load(str(compiled)):
            return translator
    source = translations_dir / f"breathapp_{language}.ts"
    if source.is_file():
        return TsTranslator(source, cache_dir)
    return None


def load_qt_translator(language: str) -> QTranslator | None:
    """Qt's own texts (Cancel, Look in, File name) in the language, or None.

    PySide6 ships qtbase_<lang>.qm; the frozen bundle keeps the Dutch one
    (build_installer.QT_TRANSLATIONS_KEPT). Loading it maps the file: well under a millisecond.
    """
    if language == SOURCE_LANGUAGE:
        return None
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    return translator if translator.load(f"qtbase_{language}", folder) else None


class LanguageSwitcher:
    """Installs the app's and Qt's own translator for one language at a time; Qt then sends
    LanguageChange to every widget."""

    def __init__(
        self, app: QCoreApplication, translations_dir: Path, cache_dir: Path | None = None
    ) -> None:
        self._app = app
        self._dir = translations_dir
        self._cache_dir = cache_dir
        self._current: list[QTranslator] = []
        self.language = ""  # nothing chosen yet: the first switch always applies

    def switch(self, language: str) -> None:
        if language == self.language:
            return
        for old in self._current:
            self._app.removeTranslator(old)
        self._current = []
        # The app's own installed last: Qt asks it first.
        for translator in (
            load_qt_translator(language),
            load_translator(self._dir, language, self._cache_dir),
        ):
            if translator is not None:
                self._app.installTranslator(translator)
                self._current.append(translator)
        self.language = language
        QLocale.setDefault(QLocale(language))
