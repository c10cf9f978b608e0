# SPDX-License-Identifier: GPL-3.0-or-later
"""The list of sessions: filters, a page at a time, edit a note, delete with undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.history_controller import HistoryController
from breathapp.core.patterns import PatternError, parse, preset
from breathapp.core.relaxation import script_id_of
from breathapp.core.session import SessionRecord, SessionStatus
from breathapp.core.stats import SessionFilter
from breathapp.ui.common import labels
from breathapp.ui.common.flow_layout import FlowLayout
from breathapp.ui.history.column_widths import longest_word, share_widths

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

PAGE = 200
BREATHING = "breathing"
RELAXATION = "relaxation:"
# The columns of words (when, what, how long, the note) and their shares of the width left.
WORD_COLUMNS = (0, 1, 2, 5)
WEIGHTS = (1.0, 1.6, 0.6, 1.4)


def default_kind_name(kind: str) -> str:
    """A relaxation session's id, readable, when no title is known."""
    script_id = script_id_of(kind)
    return (script_id or kind).replace("-", " ").capitalize()


class SessionList(QWidget):
    """The sessions of the history, newest first, with what can be done to them.

    ``ask_note(title, current) -> str | None`` and ``confirm(title, question) -> bool``
    open dialogs; tests replace them. ``kind_name`` turns "relaxation:<id>" into a title.

    Emits no signals: edits go to the controller, which says when the history changed.
    """

    def __init__(
        self,
        history: HistoryController,
        kind_name: Callable[[str], str] = default_kind_name,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self.kind_name = kind_name
        self._records: list[SessionRecord] = []
        self._total = 0
        self._least = [0] * len(WORD_COLUMNS)  # the longest word of each column of words
        self.ask_note: Callable[[str, str], str | None] = self._ask_note
        self.confirm: Callable[[str, str], bool] = self._confirm

        self.kind_filter = QComboBox()
        self.pattern_filter = QComboBox()
        self.period_filter = QComboBox()
        filters = FlowLayout(spacing=10)  # side by side, wrapping in a narrow window
        for combo in (self.kind_filter, self.pattern_filter, self.period_filter):
            combo.currentIndexChanged.connect(self._on_filter)
            filters.addWidget(combo)
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The words (when, what, how long, the note) share the width the ratings leave and
        # wrap, so the list never scrolls sideways (200 % text); a row is as tall as they are.
        for wrapping in WORD_COLUMNS:
            header.setSectionResizeMode(wrapping, QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        # The columns fit the width by the two that stretch: no bar for a rounding pixel.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(self.fontMetrics().height() * 12)  # a few sessions at least
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_note())
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.show_more)
        self.note_button = QPushButton()
        self.note_button.clicked.connect(self.edit_note)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_label = QLabel()
        self.undo_label.setObjectName("notice")
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo)
        undo = QHBoxLayout()
        undo.addWidget(self.undo_label, 1)
        undo.addWidget(self.undo_button)
        self.undo_bar = QWidget()
        self.undo_bar.setLayout(undo)
        self.undo_bar.hide()
        buttons = FlowLayout(spacing=10)
        for widget in (self.count_label, self.more_button, self.note_button, self.delete_button):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 12, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.undo_bar)
        layout.addLayout(buttons)
        for button in (self.note_button, self.delete_button):
            button.setVisible(not history.read_only)
        history.changed.connect(self._on_changed)
        self._stale = True
        self.retranslate()

    # -- data ---------------------------------------------------------------------------
    def current_filter(self) -> SessionFilter:
        kind = self.kind_filter.currentData()
        pattern = self.pattern_filter.currentData()
        days = self.period_filter.currentData()
        first = None
        if days:
            first = self._history.today() - timedelta(days=int(days) - 1)
        return SessionFilter(kind=kind or None, pattern=pattern or None, first=first)

    def reload(self) -> None:
        which = self.current_filter()
        self._total = self._history.count(which)
        self._records = self._history.sessions(which, PAGE, 0)
        self._stale = False
        self._fill()

    @Slot()
    def show_more(self) -> None:
        more = self._history.sessions(self.current_filter(), PAGE, len(self._records))
        self._records += more
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self._records))
        for row, record in enumerate(self._records):
            for col, text in enumerate(self._cells(record)):
                item = QTableWidgetItem(text)
                if col in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self._measure_words()
        shown = len(self._records)
        self.count_label.setText(
            self.tr("%1 of %n sessions", "", self._total).replace("%1", str(shown))
        )
        self.more_button.setVisible(shown < self._total)
        self._update_buttons()

    def _measure_words(self) -> None:
        """Each column of words' longest word, measured when the words change (not per resize)."""
        measure = self.table.fontMetrics().horizontalAdvance
        pad = 2 * self.table.fontMetrics().averageCharWidth() + 2
        self._least = []
        for col in WORD_COLUMNS:
            texts = [self.table.item(r, col).text() for r in range(self.table.rowCount())]
            heading = self.table.horizontalHeaderItem(col)
            texts.append(heading.text() if heading is not None else "")
            self._least.append(longest_word(texts, measure) + pad)
        self._share_width()

    def _share_width(self) -> None:
        """Each column of words its longest word, the rest by weight (column_widths)."""
        header = self.table.horizontalHeader()
        ratings = sum(header.sectionSize(c) for c in range(6) if c not in WORD_COLUMNS)
        room = self.table.viewport().width() - ratings
        widths = share_widths(room, self._least, WEIGHTS)
        for col, width in zip(WORD_COLUMNS, widths, strict=True):
            header.resizeSection(col, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def _cells(self, r: SessionRecord) -> list[str]:
        if r.kind == BREATHING:
            what = _pattern_name(r.pattern_id or r.pattern_text)
        else:
            what = self.kind_name(r.kind)
        if r.dizzy:
            what += "  · " + self.tr("felt dizzy")
        elif r.status is SessionStatus.INTERRUPTED:
            what += "  · " + self.tr("cut off")
        return [
            labels.date_time_text(r.started_utc),
            what,
            labels.minutes_text(r.active_s),
            _pair(r.tension_before, r.tension_after),
            _pair(r.pain_before, r.pain_after),
            r.note,
        ]

    def selected(self) -> SessionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._records[rows[0].row()]

    # -- edits ----------------------------------------------------------------------------
    @Slot()
    def edit_note(self) -> None:
        record = self.selected()
        if record is None or record.id is None or self._history.read_only:
            return
        note = self.ask_note(self.tr("Note"), record.note)
        if note is not None:
            self._history.set_note(record.id, note)

    @Slot()
    def delete_selected(self) -> None:
        record = self.selected()
        if record is None or record.id is None or self._history.read_only:
            return
        if not self.confirm(
            self.tr("Delete this session?"),
            self.tr("The session is removed from your history. You can undo this right after."),
        ):
            return
        if self._history.delete(record.id):
            self.undo_label.setText(self.tr("The session was deleted."))
            self.undo_bar.show()

    @Slot()
    def undo(self) -> None:
        self._history.undo_delete()
        self.undo_bar.setVisible(self._history.can_undo())

    def _ask_note(self, title: str, current: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog  # dialogs are rare: loaded when needed

        text, ok = QInputDialog.getMultiLineText(
            self, title, self.tr("What did you notice?"), current
        )
        return text if ok else None

    def _confirm(self, title: str, question: str) -> bool:
        from breathapp.ui.common.dialogs import ask_yes_no

        return ask_yes_no(self, title, question)

    # -- showing --------------------------------------------------------------------------
    @Slot()
    def _on_filter(self) -> None:
        if not self._stale:
            self.reload()

    @Slot()
    def _on_changed(self) -> None:
        if self.isVisible():
            self._fill_filters()
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        if self._stale:
            self._fill_filters()
            self.reload()
        super().showEvent(event)  # type: ignore[arg-type]

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.note_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _fill_filters(self) -> None:
        kinds, patterns = self._history.filter_choices()
        self._refill(
            self.kind_filter,
            [(self.tr("Every kind"), ""), (self.tr("Breathing"), BREATHING)]
            + ([(self.tr("Every relaxation"), RELAXATION)] if len(kinds) > 1 else [])
            + [(self.kind_name(k), k) for k in kinds if k.startswith(RELAXATION)],
        )
        self._refill(
            self.pattern_filter,
            [(self.tr("Every pattern"), "")] + [(_pattern_name(p), p) for p in patterns],
        )
        self._refill(
            self.period_filter,
            [
                (self.tr("All time"), 0),
                (self.tr("Last 7 days"), 7),
                (self.tr("Last 30 days"), 30),
                (self.tr("Last 365 days"), 365),
            ],
        )

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Time"),
                self.tr("Tension"),
                self.tr("Pain"),
                self.tr("Note"),
            ]
        )
        self.more_button.setText(self.tr("Show more"))
        self.kind_filter.setAccessibleName(self.tr("Show which kind of session"))
        self.pattern_filter.setAccessibleName(self.tr("Show which breathing pattern"))
        self.period_filter.setAccessibleName(self.tr("Show which period"))
        self.table.setAccessibleName(self.tr("Your sessions"))
        self.note_button.setText(self.tr("Edit note…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.undo_button.setText(self.tr("Undo"))
        if self.isVisible():
            self._fill_filters()
            self._fill()
        else:
            self._stale = True  # the filters are made again when next shown

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _pattern_name(pattern: str) -> str:
    """A preset's name, or a custom pattern's seconds as the app writes numbers."""
    try:
        preset(pattern)
    except PatternError:
        try:
            return labels.pattern_timing(parse(pattern))
        except PatternError:
            return pattern
    return labels.preset_name(pattern)


def _pair(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return ""
    return f"{'–' if before is None else before} → {'–' if after is None else after}"
