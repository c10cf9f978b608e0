# SPDX-License-Identifier: GPL-3.0-or-later
"""The Profile menu and the name in the rail: switch, new, rename, delete, PIN, guest."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from breathapp.controllers.profiles_controller import ProfilesController
from breathapp.core.errors import OwnFileError, StorageError
from breathapp.core.profiles import NameProblem, ProfileChoice, ProfileNameError
from breathapp.ui.common import labels
from breathapp.ui.common.menus import Menu, add_action
from breathapp.ui.common.window_fit import resize_within_screen
from breathapp.ui.profiles.profile_picker import ProfilePicker, profile_label

SAVE_FIRST, DELETE = "save_first", "delete"


class ProfileDialogs:
    """The questions the Profile menu asks, as real dialogs; tests pass their own."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getText(self._parent, title, label, text=text)
        return value if ok else None

    def ask_pin(self, title: str, label: str) -> str | None:
        from breathapp.ui.common.pin_dialog import ask_pin

        return ask_pin(self._parent, title, label)

    def ask_new_pin(self, title: str, label: str, passphrase_label: str) -> str | None:
        """A new PIN, or a passphrase when the person ticks "Use a passphrase instead"."""
        from breathapp.ui.common.pin_dialog import ask_new_pin, pin_note

        return ask_new_pin(self._parent, title, label, passphrase_label, pin_note())

    def busy(self) -> Callable[[], None]:
        """A waiting cursor while a PIN is checked and the data sealed; call to end it."""
        from PySide6.QtGui import QCursor, QGuiApplication

        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        return QGuiApplication.restoreOverrideCursor

    def confirm(self, title: str, question: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from breathapp.ui.common.dialogs import confirm

        return confirm(
            self._parent,
            title,
            question,
            QCoreApplication.translate("dialogs", "Cancel"),
            QCoreApplication.translate("ProfileActions", "Delete for good"),
            QMessageBox.ButtonRole.DestructiveRole,
        )

    def offer_backup(self, title: str, question: str) -> str | None:
        """SAVE_FIRST, DELETE or None (cancel)."""
        from PySide6.QtWidgets import QMessageBox

        from breathapp.ui.common.dialogs import cancel_button

        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self._parent)
        save = box.addButton(
            QCoreApplication.translate("ProfileActions", "Save a copy first…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        delete = box.addButton(
            QCoreApplication.translate("ProfileActions", "Delete without a copy"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        cancel_button(box)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return SAVE_FIRST if clicked is save else DELETE if clicked is delete else None

    def save_file(self, title: str, suggested: str) -> str | None:
        from breathapp.ui.common.file_dialogs import ask_file

        kind = QCoreApplication.translate("ProfileActions", "Practice file (*.json)")
        return ask_file(self._parent, title, suggested, kind, save=True) or None

    def tell(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self._parent, "BreathApp", text)

    def pick(self, profiles: ProfilesController) -> ProfileChoice | None:
        picker = ProfilePicker(profiles, parent=self._parent)
        resize_within_screen(picker, 720, 560)
        return picker.choice if picker.exec() else None


class ProfileActions(QObject):
    """What the Profile menu does for the profile the window is open on.

    ``switch(choice)`` closes the window and opens it for ``choice`` (None: the picker).
    ``busy()`` says whether a session runs (it is ended first, after asking).

    Signals:
        created(int): a new profile was made (its id), before the window switches to it.
    """

    created = Signal(int)

    def __init__(
        self,
        profiles: ProfilesController,
        current: ProfileChoice,
        name: str,
        dialogs: ProfileDialogs,
        switch: Callable[[ProfileChoice | None], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._profiles = profiles
        self.current = current
        self.name = name
        self.dialogs = dialogs
        self._switch = switch
        self.menu = Menu(parent)
        self.menu.language_changed.connect(self.retranslate)
        self.switch_action = add_action(self.menu, self.choose_profile)
        self.new_action = add_action(self.menu, self.new_profile)
        self.rename_action = add_action(self.menu, self.rename)
        self.delete_action = add_action(self.menu, self.delete)
        self.pin_action = add_action(self.menu, self.change_pin)
        self.menu.addSeparator()
        self.guest_action = add_action(
            self.menu, lambda: self._switch(ProfileChoice(None, guest=True))
        )
        guest = current.guest
        for action in (self.rename_action, self.delete_action, self.pin_action):
            action.setVisible(not guest)
        self.guest_action.setVisible(not guest)
        self.rail_label = QLabel()
        self.rail_label.setObjectName("notice" if guest else "muted")
        self.rail_label.setWordWrap(True)
        self.rail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("ProfileActions", "&Profile"))
        self.switch_action.setText(QCoreApplication.translate("ProfileActions", "Switch profile…"))
        self.new_action.setText(QCoreApplication.translate("ProfileActions", "New profile…"))
        self.rename_action.setText(
            QCoreApplication.translate("ProfileActions", "Rename this profile…")
        )
        self.delete_action.setText(
            QCoreApplication.translate("ProfileActions", "Delete this profile…")
        )
        self.pin_action.setText(
            QCoreApplication.translate("ProfileActions", "PIN for this profile…")
        )
        self.guest_action.setText(
            QCoreApplication.translate("ProfileActions", "Guest mode (nothing is saved)")
        )
        if self.current.guest:
            self.rail_label.setText(
                QCoreApplication.translate("ProfileActions", "Guest — nothing is saved")
            )
        else:
            self.rail_label.setText(profile_label(self.name))

    # -- the actions ----------------------------------------------------------------
    def choose_profile(self) -> None:
        choice = self.dialogs.pick(self._profiles)
        if choice is not None and choice != self.current:
            self._switch(choice)

    def _name_problem(self, error: ProfileNameError) -> str:
        return {
            NameProblem.EMPTY: QCoreApplication.translate("ProfileActions", "Please type a name."),
            NameProblem.TOO_LONG: QCoreApplication.translate(
                "ProfileActions", "A name can have up to 40 characters."
            ),
            NameProblem.TAKEN: QCoreApplication.translate(
                "ProfileActions", "There is already a profile with that name."
            ),
        }[error.problem]

    def new_profile(self) -> None:
        name = self.dialogs.ask_text(
            QCoreApplication.translate("ProfileActions", "New profile"),
            QCoreApplication.translate("ProfileActions", "Name of the new profile:"),
        )
        if name is None:
            return
        try:
            profile = self._profiles.create(name)
        except ProfileNameError as error:
            self.dialogs.tell(self._name_problem(error))
            return
        if profile is not None:
            self.created.emit(profile.id)
            self._switch(ProfileChoice(profile.id))

    def rename(self) -> None:
        if self.current.profile_id is None:
            return
        name = self.dialogs.ask_text(
            QCoreApplication.translate("ProfileActions", "Rename this profile"),
            QCoreApplication.translate("ProfileActions", "New name:"),
            profile_label(self.name),
        )
        if name is None:
            return
        try:
            profile = self._profiles.rename(self.current.profile_id, name)
        except ProfileNameError as error:
            self.dialogs.tell(self._name_problem(error))
            return
        if profile is not None:
            self.name = profile.name
            self.retranslate()

    def delete(self) -> None:
        """Asked twice; a copy of the history is offered before anything is removed."""
        profile_id = self.current.profile_id
        if profile_id is None:
            return
        shown = profile_label(self.name)
        if not self._profiles.can_delete(profile_id):
            self.dialogs.tell(
                QCoreApplication.translate(
                    "ProfileActions",
                    "This is the only profile on this computer: it cannot be deleted.",
                )
            )
            return
        answer = self.dialogs.offer_backup(
            QCoreApplication.translate("ProfileActions", "Delete this profile?"),
            QCoreApplication.translate(
                "ProfileActions",
                "Delete the profile “%1”? You can first save a copy of its practice "
                "history as a file, to keep or to give to the person.",
            ).replace("%1", shown),
        )
        if answer is None:
            return
        if answer == SAVE_FIRST and not self._save_copy(profile_id, shown):
            return
        if not self.dialogs.confirm(
            QCoreApplication.translate("ProfileActions", "Delete for good?"),
            QCoreApplication.translate(
                "ProfileActions",
                "All sessions and settings of “%1” will be removed from this computer. "
                "This cannot be undone.",
            ).replace("%1", shown),
        ):
            return
        if self._profiles.delete(profile_id):
            self._switch(None)

    def _save_copy(self, profile_id: int, shown: str) -> bool:
        """The profile's practice file, where the user says; a place in the data folder is
        refused, unwritten, and asked again."""
        while True:
            path = self.dialogs.save_file(
                QCoreApplication.translate("ProfileActions", "Save a copy of the history"),
                f"{shown}.json",
            )
            if path is None:
                return False
            try:
                self._profiles.save_copy(profile_id, Path(path))
            except OwnFileError as error:
                self.dialogs.tell(labels.own_file_message(error))
                continue
            except (OSError, StorageError) as error:
                why = error.strerror if isinstance(error, OSError) else None
                self.dialogs.tell(
                    QCoreApplication.translate(
                        "ProfileActions", "The copy could not be saved: %1. Nothing was deleted."
                    ).replace("%1", why or str(error))
                )
                return False
            return True

    def has_pin(self) -> bool:
        return self.current.profile_id is not None and self._profiles.has_pin(
            self.current.profile_id
        )

    def change_pin(self) -> None:
        """The menu's one question for all: set, change, or (left empty) remove the PIN."""
        profile_id = self.current.profile_id
        if profile_id is None:
            return
        old = None
        if self._profiles.has_pin(profile_id):
            old = self._ask_current()
            if old is None:
                return
        new = self._ask_new(removable=old is not None)
        if new is None or (not new and old is None):
            return
        self._apply(profile_id, old, new or None)

    def set_new_pin(self) -> None:
        """Settings: a PIN for a profile that has none (the new one asked twice)."""
        profile_id = self.current.profile_id
        if profile_id is None or self._profiles.has_pin(profile_id):
            return
        new = self._ask_new(removable=False)
        if new:
            self._apply(profile_id, None, new)

    def change_existing_pin(self) -> None:
        """Settings: the current PIN first, then the new one twice."""
        profile_id = self.current.profile_id
        if profile_id is None or not self._profiles.has_pin(profile_id):
            return
        old = self._ask_current()
        if old is None:
            return
        new = self._ask_new(removable=False)
        if new:
            self._apply(profile_id, old, new)

    def remove_pin(self) -> None:
        """Settings: the current PIN, and the profile opens without one from then on."""
        profile_id = self.current.profile_id
        if profile_id is None or not self._profiles.has_pin(profile_id):
            return
        old = self._ask_current()
        if old is not None:
            self._apply(profile_id, old, None)

    def _pin_title(self) -> str:
        return QCoreApplication.translate("ProfileActions", "PIN for this profile")

    def _ask_current(self) -> str | None:
        return self.dialogs.ask_pin(
            self._pin_title(), QCoreApplication.translate("ProfileActions", "Your current PIN:")
        )

    def _ask_new(self, removable: bool) -> str | None:
        """The new PIN, typed twice ("" only when ``removable``); None: cancelled or differs."""
        title = self._pin_title()
        empty = (
            "\n" + QCoreApplication.translate("ProfileActions", "Leave it empty to remove the PIN.")
            if removable
            else ""
        )
        new = self.dialogs.ask_new_pin(
            title,
            QCoreApplication.translate("ProfileActions", "A new PIN of 4 to 8 digits.") + empty,
            QCoreApplication.translate(
                "ProfileActions", "A new passphrase of 8 characters or more: words, spaces, signs."
            )
            + empty,
        )
        if not new:
            return new
        again = self.dialogs.ask_pin(
            title, QCoreApplication.translate("ProfileActions", "Type the new PIN once more:")
        )
        if again is None:
            return None
        if again != new:
            self.dialogs.tell(
                QCoreApplication.translate(
                    "ProfileActions", "The two PINs are not the same. Nothing was changed."
                )
            )
            return None
        return new

    def _apply(self, profile_id: int, old: str | None, new: str | None) -> None:
        # Deriving the keys takes about a second; sealing a long history a little more.
        done = self.dialogs.busy()
        try:
            changed = self._profiles.set_pin(profile_id, old, new)
        finally:
            done()
        if changed:
            said = (
                QCoreApplication.translate("ProfileActions", "The PIN is set.")
                if new
                else QCoreApplication.translate("ProfileActions", "The PIN is removed.")
            )
            left = self._profiles.files_not_cleared()
            if left:
                said += "\n\n" + QCoreApplication.translate(
                    "ProfileActions",
                    "These copies could not be sealed, perhaps because the disk is full or "
                    "the copy is damaged. They may still hold this profile's notes and "
                    "ratings in readable form. Make some room and change the PIN again, or "
                    "delete them:\n%1",
                ).replace("%1", "\n".join(str(path) for path in left))
            self.dialogs.tell(said)
        else:
            self.dialogs.tell(
                QCoreApplication.translate(
                    "ProfileActions",
                    "The PIN was not changed: the current PIN was not right, or the new "
                    "one is neither 4 to 8 digits nor a passphrase of 8 characters or more.",
                )
            )
