# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line's words in the app's language: Qt's translator, without an application.

QCoreApplication.translate needs an application object to install a translator on; a
command needs none. So the command line keeps the one QTranslator of its language
(loaded by ui/common/i18n.load_translator, as the window's) and asks it directly.
English needs no catalogue, and then Qt is not even imported. pyside6-lupdate finds the
texts by the function's name: ``translate("cli", "...")``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from breathapp.core.languages import SOURCE
from breathapp.paths import asset_path

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator


class _Spoken:
    language = SOURCE
    choose: Callable[[], str] | None = None  # what picks the language, until asked
    loaded = True  # English needs nothing loaded
    translator: QTranslator | None = None
    decimal_mark = "."
    english_plurals = False  # English's plural catalogue asked for (the first count said)


_spoken = _Spoken()


def use_language(language: str | Callable[[], str]) -> None:
    """Speak ``language`` from now on (English: the texts as written); a function that
    picks it is asked when the first text is (the saved language is read only then).

    Its catalogue is loaded when the first text is asked for: the window, which has its
    own translator, never loads this one, and a command that says nothing loads no Qt.
    """
    if callable(language):
        _spoken.choose = language
        return
    _spoken.choose = None
    if language != _spoken.language:
        _spoken.language, _spoken.translator, _spoken.decimal_mark = language, None, "."
        _spoken.english_plurals = False
        _spoken.loaded = language == SOURCE


def _ready() -> None:
    if _spoken.choose is not None:
        use_language(_spoken.choose())
    if _spoken.loaded:
        return
    _spoken.loaded = True
    from PySide6.QtCore import QLocale  # Qt only for a language other than English

    from breathapp.ui.common.i18n import load_translator

    _spoken.decimal_mark = QLocale(_spoken.language).decimalPoint() or "."
    try:
        _spoken.translator = load_translator(asset_path("translations"), _spoken.language)
    except FileNotFoundError:  # no assets at all: English, as the window would
        _spoken.translator = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language in use, else as written; %n becomes ``n`` when given."""
    _ready()
    if n >= 0 and _spoken.language == SOURCE and not _spoken.english_plurals:
        _english_plurals()
    translator = _spoken.translator
    found = translator.translate(context, text, disambiguation, n) if translator else ""
    found = found or text
    return found.replace("%n", str(n)) if n >= 0 else found


def _english_plurals() -> None:
    """English's own catalogue holds only its plural forms ("1 day", "2 days"): loaded the
    first time a count is said, so an English command that counts nothing imports no Qt."""
    from breathapp.ui.common.i18n import load_translator

    _spoken.english_plurals = True
    try:
        _spoken.translator = load_translator(asset_path("translations"), SOURCE)
    except FileNotFoundError:
        _spoken.translator = None


class Counted:
    """Texts with a count, in each language's plural forms: ``Counted.tr("%n days", "", n)``.

    pyside6-lupdate files a ``Name.tr(text, "", n)`` call as a plural message of the context
    "Name", whatever ``n`` is (a translate() call only when ``n`` is a literal number)."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate("Counted", text, disambiguation or None, n)


_PLACE = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """%1, %2 ... of a translated text replaced by ``values``, in one pass (a value that
    holds "%2" itself stays as it is)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group()

    return _PLACE.sub(value, text)


def decimal(text: str) -> str:
    """A number written with "." (5.45) with the language's decimal mark (5,45)."""
    _ready()
    return text.replace(".", _spoken.decimal_mark)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """``text`` as written, marked for pyside6-lupdate: a text translated later, when it is
    shown (the options' help, translated only when --help prints it)."""
    return text
