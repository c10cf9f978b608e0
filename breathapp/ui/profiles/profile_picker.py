# SPDX-License-Identifier: GPL-3.0-or-later
"""Who is practising? Large calm buttons with the names only; a locked one asks its PIN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QColor, QCursor, QFont, QGuiApplication, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.profiles_controller import Entry, Outcome, ProfilesController
from breathapp.core.profiles import SECRET_MAX_CHARS, ProfileChoice

BUTTON_FONT_PX = 26


def profile_label(name: str) -> str:
    """The default profile has no name: it is shown in the user's language."""
    return name or QCoreApplication.translate("profiles", "My profile")


def lock_icon(colour: QColor, size: int = 64) -> QIcon:
    """A small padlock drawn by hand (fonts do not all have one)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, size * 0.09)
    painter.setPen(pen)
    painter.drawArc(QRectF(size * 0.3, size * 0.12, size * 0.4, size * 0.46), 0, 180 * 16)
    painter.drawLine(QPointF(size * 0.3, size * 0.35), QPointF(size * 0.3, size * 0.45))
    painter.drawLine(QPointF(size * 0.7, size * 0.35), QPointF(size * 0.7, size * 0.45))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(size * 0.2, size * 0.44, size * 0.6, size * 0.44), 6, 6)
    painter.end()
    return QIcon(pixmap)


class ProfilePicker(QDialog):
    """Opens on a shared PC; ``choice`` is set when a profile (or the guest) was chosen."""

    def __init__(
        self,
        profiles: ProfilesController,
        guest_allowed: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._profiles = profiles
        self.choice: ProfileChoice | None = None
        self._pending: Entry | None = None
        self.setObjectName("profilePicker")
        self.setMinimumSize(640, 480)
        self.pages = QStackedWidget()
        # Page 1: the names.
        names = QWidget()
        column = QVBoxLayout(names)
        column.setContentsMargins(56, 40, 56, 40)
        column.setSpacing(16)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.title)
        column.addSpacing(16)
        self.buttons: list[QPushButton] = []
        lock = lock_icon(self.palette().color(self.palette().ColorRole.WindowText))
        for entry in profiles.entries():
            button = self._big_button(profile_label(entry.name))
            if entry.locked:
                button.setIcon(lock)
                button.setProperty("locked", True)
            button.clicked.connect(lambda _c=False, e=entry: self._on_pick(e))
            column.addWidget(button)
            self.buttons.append(button)
        column.addStretch(1)
        self.guest_button = QPushButton()
        self.guest_button.setMinimumHeight(56)
        self.guest_button.clicked.connect(self._on_guest)
        self.guest_button.setVisible(guest_allowed)
        column.addWidget(self.guest_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(names)
        # Page 2: the PIN of a locked profile.
        pin_page = QWidget()
        pin_column = QVBoxLayout(pin_page)
        pin_column.setContentsMargins(56, 40, 56, 40)
        pin_column.setSpacing(20)
        self.pin_title = QLabel()
        self.pin_title.setObjectName("pageTitle")
        self.pin_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(SECRET_MAX_CHARS)  # a PIN of digits, or a passphrase
        self.pin.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.pin.font())
        font.setPixelSize(36)
        self.pin.setFont(font)
        self.pin.setFixedWidth(320)
        self.pin.returnPressed.connect(self._on_pin)
        self.pin_message = QLabel()
        self.pin_message.setWordWrap(True)
        self.pin_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self._on_back)
        self.open_button = QPushButton()
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self._on_pin)
        for button in (self.back_button, self.open_button):
            button.setMinimumHeight(56)
            button.setMinimumWidth(160)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        pin_column.addStretch(1)
        pin_column.addWidget(self.pin_title)
        pin_column.addWidget(self.pin, 0, Qt.AlignmentFlag.AlignCenter)
        pin_column.addWidget(self.pin_message)
        pin_column.addLayout(row)
        pin_column.addStretch(2)
        self.pages.addWidget(pin_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.retranslate()

    def _big_button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        font = QFont(button.font())
        font.setPixelSize(BUTTON_FONT_PX)
        button.setFont(font)
        button.setMinimumHeight(84)
        button.setIconSize(button.iconSize() * 2)
        return button

    def retranslate(self) -> None:
        self.setWindowTitle("BreathApp")
        self.title.setText(self.tr("Who is practising?"))
        self.guest_button.setText(self.tr("Guest: try it out, nothing is saved"))
        self.back_button.setText(self.tr("Back"))
        self.open_button.setText(self.tr("Open"))
        self.pin.setAccessibleName(self.tr("PIN or passphrase"))
        if self._pending is not None:
            self.pin_title.setText(
                self.tr("PIN for %1").replace("%1", profile_label(self._pending.name))
            )
            self.pin.setAccessibleName(self.pin_title.text())

    def ask_pin_for(self, entry: Entry) -> None:
        """Go straight to the PIN of one profile (``--profile NAME`` with a PIN)."""
        self._pending = entry
        self.pin.clear()
        self.pin_message.clear()
        self.retranslate()
        self.pages.setCurrentIndex(1)
        self.pin.setFocus()

    def _on_pick(self, entry: Entry) -> None:
        if entry.locked:
            self.ask_pin_for(entry)
            return
        opened = self._profiles.open(entry.id)
        if opened.outcome is Outcome.OPEN:
            self.choice = ProfileChoice(entry.id)
            self.accept()

    @Slot()
    def _on_guest(self) -> None:
        self.choice = ProfileChoice(None, guest=True)
        self.accept()

    @Slot()
    def _on_back(self) -> None:
        self._pending = None
        self.pin.clear()
        self.pages.setCurrentIndex(0)

    @Slot()
    def _on_pin(self) -> None:
        if self._pending is None:
            return
        # The PIN opens the profile's key (about half a second): a waiting cursor meanwhile.
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            opened = self._profiles.open(self._pending.id, self.pin.text())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.pin.clear()
        if opened.outcome is Outcome.OPEN:
            self.choice = ProfileChoice(self._pending.id)
            self.accept()
        elif opened.outcome is Outcome.LOCKED_OUT:
            self.pin_message.setText(
                self.tr("Too many tries. Please wait a minute, then try again.")
            )
        else:
            self.pin_message.setText(
                self.tr("That PIN is not right. You can try %n more times.", "", opened.tries_left)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
