# SPDX-License-Identifier: GPL-3.0-or-later
"""Translations the Qt way: the .qm files compiled from the .ts sources, Qt's own beside."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from breathapp.core.languages import SOURCE, locale_name, pick_language

SOURCE_LANGUAGE = SOURCE
log = logging.getLogger("breathapp")


def system_language() -> str:
    """The first of the system's UI languages that the app speaks; English when none fits
    (core.languages: the same rule as the command line's)."""
    return pick_language(QLocale.system().uiLanguages())


def load_translator(translations_dir: Path, language: str) -> QTranslator | None:
    """The app's translator for ``language`` (its compiled .qm), or None when it is missing.

    English has one too: the source texts are written in one form, and its catalogue holds
    only the plural forms of counted texts ("1 minute", "2 minutes").
    The .qm files are made from the .ts sources when the package is built
    (scripts/compile_translations.py); a missing one is logged and the app speaks English.
    """
    translator = QTranslator()
    if translator.load(f"breathapp_{language}", str(translations_dir)):
        return translator
    log.warning(
        "translations: no breathapp_%s.qm in %s (run pip install again, or "
        "python scripts/compile_translations.py)",
        language,
        translations_dir,
    )
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

    def __init__(self, app: QCoreApplication, translations_dir: Path) -> None:
        self._app = app
        self._dir = translations_dir
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
            load_translator(self._dir, language),
        ):
            if translator is not None:
                self._app.installTranslator(translator)
                self._current.append(translator)
        self.language = language
        QLocale.setDefault(QLocale(locale_name(language)))
        log.info("language: %s, dates and numbers as %s", language, locale_name(language))
