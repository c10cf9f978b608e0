# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance test's table: one row per pace, a choice on each, the suggestion named."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from breathapp.core.heart.resonance import PaceResult
from breathapp.ui.common import numbers
from breathapp.ui.heart.resonance_chart import STAR

NONE = "–"


class ResonanceTable(QWidget):
    """Pace, swing, LF power, LF peak, in step, beats, artefacts; a radio button per pace.

    Signals:
        picked(float): the therapist picked the pace of a row.
    """

    picked = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(6)
        self._group = QButtonGroup(self)
        self._group.idClicked.connect(self._on_clicked)
        self._results: tuple[PaceResult, ...] = ()
        self._suggested: float | None = None
        self._chosen: float | None = None
        self.radios: list[QRadioButton] = []
        self.narrow = False  # a list of paces, each with its measures in words under it
        self._wide_need = 0

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Pace (breaths a minute)"),
            self.tr("Swing (beats a minute)"),
            self.tr("LF power (ms²)"),
            self.tr("LF peak (Hz)"),
            self.tr("In step"),
            self.tr("Beats"),
            self.tr("Artefacts"),
        )

    def show_results(
        self, results: Sequence[PaceResult], suggested: float | None, chosen: float | None
    ) -> None:
        self._results, self._suggested, self._chosen = tuple(results), suggested, chosen
        self._build(narrow=False)
        self._wide_need = self._measure()
        if self.narrow:
            self._build(narrow=True)

    def set_narrow(self, narrow: bool) -> None:
        """Columns (False), or where they do not fit, each pace with its measures under it."""
        if narrow != self.narrow:
            self.narrow = narrow
            self._build(narrow)

    def current(self) -> float | None:
        """The pace whose button is on; None when none is."""
        checked = self._group.checkedId()
        return self._results[checked].rate_bpm if 0 <= checked < len(self._results) else None

    def rows(self) -> list[tuple[str, ...]]:
        """The table's words, row by row (for tests and screen readers alike)."""
        loc = self.locale()
        out = []
        for r in self._results:
            out.append(
                (
                    self._pace_text(r.rate_bpm),
                    NONE if r.swing_bpm is None else numbers.decimal(r.swing_bpm, 1, loc),
                    NONE if r.lf_power_ms2 is None else loc.toString(round(r.lf_power_ms2)),
                    NONE if r.lf_peak_hz is None else numbers.decimal(r.lf_peak_hz, 3, loc),
                    NONE if r.in_step is None else self._percent(r.in_step),
                    loc.toString(r.beats),
                    self._percent(r.removed_share),
                )
            )
        return out

    def least_width(self) -> int:
        """The narrowest the columns show whole in (measured also before it is shown)."""
        return self._wide_need

    def _measure(self) -> int:
        grid = self._grid
        widths = [0] * grid.columnCount()
        for i in range(grid.count()):
            item = grid.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            _row, col, _rows, _cols = grid.getItemPosition(i)
            widths[col] = max(widths[col], widget.minimumSizeHint().width())
        return sum(widths) + grid.horizontalSpacing() * max(0, len(widths) - 1)

    def _pace_text(self, rate: float) -> str:
        text = numbers.decimal(rate, 1, self.locale())
        if _same(rate, self._suggested):
            text = f"{text} {STAR}"  # the star is explained above the table
        return text

    def _percent(self, share: float) -> str:
        whole = self.locale().toString(round(share * 100))  # a share, not a count
        return self.tr("%1 %").replace("%1", whole)

    def _build(self, narrow: bool) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for button in self.radios:
            self._group.removeButton(button)
        self.radios = []
        words_of = self.rows()
        if not narrow:
            for col, text in enumerate(self.headers()):
                head = QLabel(text)
                head.setObjectName("fieldCaption")
                head.setWordWrap(True)
                head.setAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft)
                self._grid.addWidget(head, 0, col)
        for i, (result, words) in enumerate(zip(self._results, words_of, strict=True)):
            radio = QRadioButton(words[0])
            if _same(result.rate_bpm, self._suggested):  # said in words to a screen reader
                rate = numbers.decimal(result.rate_bpm, 1, self.locale())
                radio.setAccessibleName(self.tr("%1, suggested").replace("%1", rate))
            if _same(result.rate_bpm, self._suggested):
                font = radio.font()
                font.setBold(True)
                radio.setFont(font)
            radio.setChecked(_same(result.rate_bpm, self._chosen))
            self._group.addButton(radio, i)
            self.radios.append(radio)
            if narrow:
                self._grid.addWidget(radio, 2 * i, 0)
                pairs = zip(self.headers()[1:], words[1:], strict=True)
                detail = QLabel(" · ".join(f"{head}: {value}" for head, value in pairs))
                detail.setObjectName("muted")
                detail.setWordWrap(True)
                self._grid.addWidget(detail, 2 * i + 1, 0)
                continue
            self._grid.addWidget(radio, i + 1, 0)
            for col, text in enumerate(words[1:], 1):
                cell = QLabel(text)
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self._grid.addWidget(cell, i + 1, col)

    def _on_clicked(self, index: int) -> None:
        if 0 <= index < len(self._results):
            self._chosen = self._results[index].rate_bpm  # kept when the table is laid out anew
            self.picked.emit(self._results[index].rate_bpm)


def _same(rate: float, other: float | None) -> bool:
    return other is not None and abs(rate - other) < 1e-6
