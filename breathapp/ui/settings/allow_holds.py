# SPDX-License-Identifier: GPL-3.0-or-later
"""Turning 'No breath holds' off: ask first, say who turned it on and why, then the PIN."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from breathapp.controllers.pin_check import PinOutcome
from breathapp.controllers.profile_controller import ProfileController
from breathapp.core.profiles import PIN_MIN_DIGITS


class HoldsDialogs(Protocol):
    """The questions asked on the way; tests answer them with their own."""

    def confirm(self, title: str, text: str, keep: str, go: str) -> bool: ...
    def ask_pin(self, title: str, label: str, message: str) -> str | None: ...
    def tell(self, text: str) -> None: ...


class Dialogs:
    """The real dialogs (ui.common), over ``parent``."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def confirm(self, title: str, text: str, keep: str, go: str) -> bool:
        from breathapp.ui.common.dialogs import confirm

        return confirm(self._parent, title, text, keep, go)

    def ask_pin(self, title: str, label: str, message: str) -> str | None:
        from breathapp.ui.common.pin_dialog import ask_pin

        go = QCoreApplication.translate("AllowHolds", "Allow breath holds")
        return ask_pin(self._parent, title, label, message, PIN_MIN_DIGITS, go)

    def tell(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self._parent, "BreathApp", text)


def ask_to_allow_holds(profile: ProfileController, dialogs: HoldsDialogs) -> None:
    """Holds are allowed again only when the person agrees and, with a PIN, gives it.

    The controller decides (the PIN and its lock-out); this only asks and tells.
    Cancelling at any step leaves "No breath holds" on.
    """
    if not dialogs.confirm(
        QCoreApplication.translate("AllowHolds", "Allow breath holds again?"),
        QCoreApplication.translate(
            "AllowHolds",
            "Your therapist turned this on to keep your breathing without pauses. "
            "Turn it off only after talking with them.",
        ),
        QCoreApplication.translate("AllowHolds", "Keep them off"),
        QCoreApplication.translate("AllowHolds", "Allow breath holds"),
    ):
        return
    check = profile.allow_holds(None)
    message = ""
    while check is not None and check.outcome in (PinOutcome.PIN_NEEDED, PinOutcome.WRONG_PIN):
        pin = dialogs.ask_pin(
            QCoreApplication.translate("AllowHolds", "PIN for this profile"),
            QCoreApplication.translate(
                "AllowHolds", "This profile has a PIN. Type it to allow breath holds again."
            ),
            message,
        )
        if pin is None:
            return
        check = profile.allow_holds(pin)
        if check is not None and check.outcome is PinOutcome.WRONG_PIN:
            message = QCoreApplication.translate(
                "AllowHolds", "That PIN is not right. Tries left: %1."
            ).replace("%1", str(check.tries_left))
    if check is not None and check.outcome is PinOutcome.LOCKED_OUT:
        dialogs.tell(
            QCoreApplication.translate(
                "AllowHolds", "Too many tries. Please wait a minute, then try again."
            )
        )
