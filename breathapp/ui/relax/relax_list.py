# SPDX-License-Identifier: GPL-3.0-or-later
"""The list of relaxation sessions: one large card each, and a calm word about any left out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.relaxation import Script, ScriptError
from breathapp.ui.common import labels
from breathapp.ui.common.widgets import CardButton, centered_label


class SessionCard(CardButton):
    """A session to choose: its title large, its length and what it offers below."""

    def __init__(self, script: Script) -> None:
        super().__init__()
        self.script = script
        self.setObjectName("sessionCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel(script.title)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.about = QLabel()
        self.about.setObjectName("muted")
        self.about.setWordWrap(True)
        for label in (self.title, self.about):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 14, 22, 14)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.about)
        self.setAccessibleName(script.title)
        self.retranslate()

    def retranslate(self) -> None:
        minutes = labels.minutes_text(self.script.minutes * 60)
        self.about.setText(f"{minutes}  ·  {self.script.summary}")
        self.setAccessibleDescription(self.about.text())


class RelaxList(QWidget):
    """Every relaxation session on offer.

    Signals:
        chosen(Script): the user picked a session to start.
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[SessionCard] = []
        self._problems: tuple[ScriptError, ...] = ()
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setObjectName("muted")
        self.intro.setWordWrap(True)
        self.empty = centered_label("notice", wrap=True)
        self.problems = QLabel()
        self.problems.setObjectName("muted")
        self.problems.setWordWrap(True)
        self._column = QVBoxLayout()
        self._column.setSpacing(12)
        inner = QWidget()
        inner.setObjectName("cardColumn")
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        column.addLayout(self._column)
        column.addWidget(self.empty)
        column.addWidget(self.problems)
        column.addStretch(1)
        scroll = QScrollArea()
        self._scroll = scroll
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.viewport().setAutoFillBackground(False)
        inner.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def show_library(
        self, scripts: tuple[Script, ...], problems: tuple[ScriptError | Exception, ...]
    ) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for script in scripts:
            card = SessionCard(script)
            card.clicked.connect(lambda _checked=False, s=script: self.chosen.emit(s))
            self._column.addWidget(card)
            self.cards.append(card)
        self._problems = problems
        self.retranslate()

    def focus_first(self) -> None:
        if self.cards:
            self.cards[0].setFocus()

    def activate_focused(self) -> None:
        """Space or Enter: start the session whose card has the focus (else the first)."""
        focused = next((c for c in self.cards if c.hasFocus()), None)
        card = focused or (self.cards[0] if self.cards else None)
        if card is not None:
            card.click()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Up and down walk the cards, as in any list.
        focused = next((i for i, c in enumerate(self.cards) if c.hasFocus()), None)
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
        if focused is not None and step is not None:
            self.cards[max(0, min(len(self.cards) - 1, focused + step))].setFocus()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Relax"))
        self._scroll.setAccessibleName(self.tr("Relax"))
        self.intro.setText(
            self.tr(
                "Short guided sessions to follow sitting or lying down. Each step is read "
                "aloud (or a soft chime marks it), so you can keep your eyes closed."
            )
        )
        for card in self.cards:
            card.retranslate()
        self.empty.setVisible(not self.cards)
        self.empty.setText(
            self.tr(
                "No relaxation sessions could be found. The breathing guide works as always; "
                "reinstalling BreathApp brings the sessions back."
            )
        )
        if self._problems:
            lines = [self.tr("Left out because its file has a mistake:")]
            lines += [labels.script_problem(p) for p in self._problems]
            self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(self._problems))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
