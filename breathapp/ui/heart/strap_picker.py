# SPDX-License-Identifier: GPL-3.0-or-later
"""Choose a heart rate strap: the straps found nearby, and what works and what does not."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breathapp.core.heart.link import LinkState
from breathapp.ui.common.widgets import scrolled
from breathapp.ui.heart import heart_words


class Strap(Protocol):
    """A StrapInfo (controllers/heart_controller.py): a name and an address."""

    @property
    def name(self) -> str: ...

    @property
    def address(self) -> str: ...


class StrapSource(Protocol):
    """What the picker needs of the HeartController."""

    @property
    def straps_found(self) -> Signal: ...

    @property
    def link_changed(self) -> Signal: ...

    @property
    def link(self) -> LinkState: ...

    def search(self) -> None: ...

    def connect_strap(self, strap: Strap) -> None: ...

    def stop(self) -> None: ...


def _wrapped(name: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class StrapPicker(QDialog):
    """Search, see the straps found, connect to one, or stop; the words on straps beside."""

    def __init__(self, source: StrapSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strapPicker")
        self._source = source
        self._straps: tuple[Strap, ...] = ()
        self.state_label = _wrapped("cardValue")
        self.list = QListWidget()
        self.list.setMinimumHeight(80)
        rows = self.list.fontMetrics().height() * 5  # a few straps; more scroll in the list
        self.list.setMaximumHeight(rows + 2 * self.list.frameWidth() + 8)
        self.empty_label = _wrapped("muted")
        self.search_button = QPushButton()
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("primary")
        self.stop_button = QPushButton()
        self.close_button = QPushButton()
        self.words = [_wrapped() for _ in range(5)]
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 8)
        layout.setSpacing(10)
        layout.addWidget(self.state_label)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)
        for label in self.words:
            layout.addWidget(label)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(20, 8, 20, 16)
        for button in (self.search_button, self.connect_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(content), 1)
        outer.addLayout(buttons)
        # Tab goes list, then the buttons in reading order.
        order = (
            self.list,
            self.search_button,
            self.connect_button,
            self.stop_button,
            self.close_button,
        )
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)
        self.search_button.clicked.connect(self.search)
        self.connect_button.clicked.connect(self.connect_chosen)
        self.stop_button.clicked.connect(source.stop)
        self.close_button.clicked.connect(self.accept)
        self.list.doubleClicked.connect(lambda _index: self.connect_chosen())
        self.connect_button.setDefault(True)  # Enter on the list connects to the chosen strap
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        source.straps_found.connect(self.show_straps)
        source.link_changed.connect(self._on_link)
        self.retranslate()
        self._on_link(source.link)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Heart rate strap"))
        self.list.setAccessibleName(self.tr("Straps found"))
        self.search_button.setText(self.tr("Search again"))
        self.connect_button.setText(self.tr("Connect"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop using the strap; the session goes on"))
        self.close_button.setText(self.tr("Close"))
        self.empty_label.setText(
            self.tr("No strap found yet. Put the strap on, moisten its contacts, and search again.")
        )
        texts = (
            self.tr(
                "Chest straps that measure the heart's electrical signal (Polar H10, H9 or H7, "
                "Garmin HRM, Decathlon and the like) give beats precise enough."
            ),
            self.tr("Watches, wristbands and other optical sensors are not precise enough."),
            self.tr("On Windows, first pair the strap in the Bluetooth settings of Windows."),
            self.tr("This is breathing training, not a medical device."),
            self.tr("Nothing leaves this computer."),
        )
        for label, text in zip(self.words, texts, strict=True):
            label.setText(text)
        self._on_link(self._source.link)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_and_search(self) -> None:
        """Show the picker and look for straps, unless one is already connected."""
        self.show()
        self.activateWindow()
        if self._source.link not in (LinkState.CONNECTED, LinkState.CONNECTING):
            self.search()
        self.list.setFocus()

    @Slot()
    def search(self) -> None:
        self._source.search()

    @Slot(object)
    def show_straps(self, straps: Sequence[Strap]) -> None:
        """The straps found so far, by name (the address tells two of one kind apart)."""
        chosen = self.chosen()
        self._straps = tuple(straps)
        self.list.clear()
        names = [s.name for s in self._straps]
        for strap in self._straps:
            text = strap.name or strap.address
            if names.count(strap.name) > 1:
                text = f"{strap.name} ({strap.address})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        if self._straps:
            addresses = [s.address for s in self._straps]
            keep = chosen.address if chosen is not None else None
            self.list.setCurrentRow(addresses.index(keep) if keep in addresses else 0)
        self._enable()

    def chosen(self) -> Strap | None:
        row = self.list.currentRow()
        return self._straps[row] if 0 <= row < len(self._straps) else None

    @Slot()
    def connect_chosen(self) -> None:
        strap = self.chosen()
        if strap is not None:
            self._source.connect_strap(strap)

    @Slot(object)
    def _on_link(self, state: LinkState) -> None:
        self.state_label.setText(heart_words.link_text(state))
        self._enable()

    def _enable(self) -> None:
        state = self._source.link
        self.connect_button.setEnabled(self.chosen() is not None)
        self.stop_button.setEnabled(state not in (LinkState.OFF, LinkState.UNAVAILABLE))
        self.empty_label.setVisible(not self._straps and state is not LinkState.CONNECTED)
