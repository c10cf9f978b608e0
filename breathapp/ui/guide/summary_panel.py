# SPDX-License-Identifier: GPL-3.0-or-later
"""The short, kind summary shown when a session is over."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontInfo, QResizeEvent
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from breathapp.core.checkin import pain_change_matters
from breathapp.core.patterns import parse
from breathapp.core.session import SessionRecord, SessionStatus
from breathapp.ui.common import labels
from breathapp.ui.common.widgets import centered_label, centered_row

if TYPE_CHECKING:
    from breathapp.ui.guide.shown_panel import ShownPanel

# The advice after "I feel dizzy" reads large, in a column a tired eye can follow.
ADVICE_SCALE = 1.5  # times the window's body font
ADVICE_COLUMN_EM = 32  # the column's widest, in the advice's own font size


class SummaryPanel(QWidget):
    """Minutes, breaths and pattern of the session that just ended.

    Signals:
        again_requested(): start the same session once more.
        done(): back to the guide.
        plan_requested(tuple): make a plan from what a demonstration showed.
    """

    again_requested = Signal()
    done = Signal()
    plan_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: SessionRecord | None = None
        self._title: str | None = None
        self.shown: ShownPanel | None = None  # made for the first demonstration
        self.title = centered_label("summaryTitle", wrap=True)
        self.body = centered_label("summaryBody", wrap=True)
        self.tip = centered_label("muted", wrap=True)
        self.advice = centered_label("dizzyAdvice", wrap=True)
        self.emergency = centered_label("emergency", wrap=True)  # chest pain: 112, apart
        self.again_button = QPushButton()
        self.done_button = QPushButton()
        self.done_button.setObjectName("primary")
        buttons = centered_row(self.again_button, self.done_button)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(16)
        layout.addWidget(self.body)
        layout.addSpacing(8)
        layout.addWidget(self.tip)
        layout.addSpacing(12)
        layout.addWidget(self.advice, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(self.emergency, 0, Qt.AlignmentFlag.AlignHCenter)
        self._shown_at = layout.count()  # where the list of a demonstration goes
        layout.addSpacing(32)
        layout.addLayout(buttons)
        layout.addStretch(3)
        self.again_button.clicked.connect(self.again_requested)
        self.done_button.clicked.connect(self.done)
        self.retranslate()

    def show_record(self, record: SessionRecord, title: str | None = None) -> None:
        """Show an ended session; ``title`` names a relaxation session."""
        self._record = record
        self._title = title
        self.retranslate()
        if record.shown and self.shown is None:
            # Only a demonstration has one: imported then, off the start-up path.
            from breathapp.ui.guide.shown_panel import ShownPanel

            self.shown = ShownPanel()
            self.shown.plan_requested.connect(self.plan_requested)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(self._shown_at, self.shown)
        if self.shown is not None:
            self.shown.show_shown(record.shown)
            self.shown.setVisible(bool(record.shown))
        self._size_advice()
        self.done_button.setFocus()

    def _size_advice(self) -> None:
        """Half as large again as the body text, at most ADVICE_COLUMN_EM wide, any text size.

        A fixed width and the height that width needs: a wrapped label that is centred in
        its layout otherwise gets the height of its one-line hint and is cut off.
        """
        px = round(QFontInfo(QApplication.font()).pixelSize() * ADVICE_SCALE)
        width = min(ADVICE_COLUMN_EM * px, max(self.width() - 64, 12 * px))
        for label in (self.advice, self.emergency):
            font = QFont(label.font())
            font.setPixelSize(px)
            label.setFont(font)
            label.setFixedWidth(width)
            label.setMinimumHeight(max(0, label.heightForWidth(width)))

    def retranslate(self) -> None:
        self.again_button.setText(self.tr("Once more"))
        self.done_button.setText(self.tr("Done"))
        record = self._record
        if record is None:
            return
        # Straight after feeling dizzy, "once more" is not what to offer.
        self.again_button.setVisible(not record.dizzy)
        # After dizziness the advice stands large in the text colour, not as a grey line.
        self.tip.setVisible(not record.dizzy)
        self.advice.setVisible(record.dizzy)
        self.emergency.setVisible(record.dizzy)
        if record.dizzy:
            self.title.setText(self.tr("Breathe normally now."))
            self.advice.setText(
                self.tr(
                    "Sit or lie still and let your breath find its own pace. The light-headed "
                    "feeling usually passes within a minute or two. If it does not pass, stop "
                    "for today and ask your therapist or doctor."
                )
            )
            self.emergency.setText(self.tr("Pain in the chest: call 112."))
            self._size_advice()  # the height its words need, in this language
        elif record.status is SessionStatus.COMPLETED:
            self.title.setText(self.tr("Good that you took this time for yourself."))
            self.tip.setText(self.tr("Take a moment to notice how your body feels now."))
        else:
            self.title.setText(self.tr("You stopped here, and that is fine."))
            self.tip.setText(
                self.tr("Listening to your body is part of practising. Every minute counts.")
            )
        text = labels.minutes_text(record.active_s)
        if record.breaths or self._title is None:
            text += f"  ·  {labels.breaths_text(record.breaths)}"
        if self._title is not None:
            text += f"\n{self._title}"
        else:
            if record.pattern_id:
                name = labels.preset_name(record.pattern_id)
            else:
                name = self.tr("Your own pattern")
            text += f"\n{name} ({labels.pattern_timing(parse(record.pattern_text))})"
        changes = [
            self._change(self.tr("Tension"), record.tension_before, record.tension_after),
            self._change(self.tr("Pain"), record.pain_before, record.pain_after),
        ]
        if pain_change_matters(record.pain_before, record.pain_after):
            changes[1] += " " + self.tr("(a difference you can feel)")
        if any(changes):
            text += "\n" + "  ·  ".join(c for c in changes if c)
        self.body.setText(text)

    @staticmethod
    def _change(name: str, before: int | None, after: int | None) -> str:
        """ "Tension 7 → 4": only numbers; a change, or none, is never judged."""
        if before is None and after is None:
            return ""
        return f"{name} {'–' if before is None else before} → {'–' if after is None else after}"

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_advice()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
