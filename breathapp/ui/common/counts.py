# SPDX-License-Identifier: GPL-3.0-or-later
"""The translation context of counted texts outside a widget: ``Counts.tr(text, "", n)``.

Qt picks the language's plural form for ``n`` (%n, or %Ln for the language's digits). Code
outside a QObject calls the class's tr(), not QCoreApplication.translate(): pyside6-lupdate
marks a translate() call with a count as plural only when the count is a literal number.

One more quirk of that parser: ``return Counts.tr(...)`` after a QCoreApplication.translate()
in the same function may be filed under the context "QCoreApplication.Counts", which the app
never asks for; give the text a name first (``text = Counts.tr(...)``). A test checks that
no context in the catalogues is such a dotted name.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    """Never made: its name is the context of the counted texts in the catalogues."""
