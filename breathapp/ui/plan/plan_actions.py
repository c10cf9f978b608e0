# SPDX-License-Identifier: GPL-3.0-or-later
"""The Plan menu: edit, import (with its preview), export, move on a phase, remove."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from breathapp.core.errors import OwnFileError, StorageError
from breathapp.core.plans import (
    PLAN_FILE_SUFFIX,
    TITLE_MAX_CHARS,
    ItemKind,
    Plan,
    PlanError,
    PlanItem,
    PlanPhase,
)
from breathapp.core.safety import HoldsNotAllowedError
from breathapp.ui.common import labels
from breathapp.ui.common.menus import Menu
from breathapp.ui.plan import plan_text

if TYPE_CHECKING:
    from breathapp.controllers.plan_controller import PlanController
    from breathapp.controllers.plan_voice import PlanVoice
    from breathapp.core.plan_file import PlanFile
    from breathapp.core.relaxation import Script
    from breathapp.core.voice_pack import Manifest

SHORTCUTS = {"edit": "Ctrl+E", "import": "Ctrl+I", "export": "Ctrl+Shift+E"}


def file_name_for(title: str) -> str:
    """A safe file name from the plan's title: "Calm back.breathplan"."""
    name = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip()
    name = re.sub(r"\s+", " ", name)[:TITLE_MAX_CHARS] or QCoreApplication.translate(
        "PlanActions", "plan"
    )
    return name + PLAN_FILE_SUFFIX


def starter_plan() -> Plan:
    """What the editor opens on when there is no plan yet: one phase, calm breathing."""
    phase = PlanPhase(
        QCoreApplication.translate("PlanActions", "Calm and loosen"),
        (PlanItem(ItemKind.BREATHING, "calm", times=2),),
    )
    return Plan(QCoreApplication.translate("PlanActions", "Breathing plan"), (phase,))


class PlanDialogs:
    """The windows the Plan menu opens, as real dialogs; tests pass their own."""

    def __init__(
        self,
        parent: QWidget,
        scripts: Callable[[], Sequence[Script]],
        script: plan_text.ScriptLookup,
        today: Callable[[], date],
        voices: Callable[[], Sequence[Manifest]] | None = None,
    ) -> None:
        self._parent = parent
        self._scripts = scripts
        self._script = script
        self._today = today
        self._voices = voices  # the voice packs a plan may carry

    def edit(self, plan: Plan, plans: PlanController) -> Plan | None:
        from breathapp.ui.common.dialogs import ask_yes_no
        from breathapp.ui.plan.plan_editor import PlanEditor

        def ask(title: str, question: str) -> bool:
            return ask_yes_no(editor, title, question)

        voices = self._voices() if self._voices is not None else ()
        editor = PlanEditor(
            plan, plans.profile, self._scripts(), self._today(), ask, self._parent, voices
        )
        return editor.plan if editor.exec() else None

    def preview(self, plan: Plan, replacing: bool, voice: str = "") -> bool:
        from breathapp.ui.plan.plan_import import ImportPreview

        dialog = ImportPreview(plan, self._script, replacing, self._parent, voice)
        return bool(dialog.exec())

    def open_file(self) -> Path | None:
        from breathapp.ui.common.file_dialogs import ask_file

        title = QCoreApplication.translate("PlanActions", "Import a plan")
        path = ask_file(self._parent, title, "", self._filter(), save=False)
        return Path(path) if path else None

    def save_file(self, suggested: str) -> Path | None:
        from breathapp.ui.common.file_dialogs import ask_file

        title = QCoreApplication.translate("PlanActions", "Export the plan")
        path = ask_file(self._parent, title, suggested, self._filter(), save=True)
        return Path(path) if path else None

    @staticmethod
    def _filter() -> str:
        return QCoreApplication.translate("PlanActions", "BreathApp plan (*%1)").replace(
            "%1", PLAN_FILE_SUFFIX
        )

    def confirm(self, title: str, question: str) -> bool:
        from breathapp.ui.common.dialogs import ask_yes_no

        return ask_yes_no(self._parent, title, question)

    def tell(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self._parent, "BreathApp", text)


class PlanActions(QObject):
    """What the Plan menu does for the profile's plan; each step asks before it changes much."""

    def __init__(
        self,
        plans: PlanController,
        dialogs: PlanDialogs,
        parent: QWidget,
        voice: PlanVoice | None = None,
    ) -> None:
        super().__init__(parent)
        self._plans = plans
        self._voice = voice  # a plan file's recorded voice: read, shown, installed
        self.dialogs = dialogs  # tests put their own in
        self._busy = False
        self.menu = Menu(parent)
        self.menu.language_changed.connect(self.retranslate)
        self.edit_action = self._action(self.edit, SHORTCUTS["edit"])
        self.import_action = self._action(self.import_file, SHORTCUTS["import"])
        self.export_action = self._action(self.export, SHORTCUTS["export"])
        self.advance_action = self._action(self.advance)
        self.remove_action = self._action(self.remove)
        self.menu.addAction(self.edit_action)
        self.menu.addSeparator()
        self.menu.addAction(self.import_action)
        self.menu.addAction(self.export_action)
        self.menu.addSeparator()
        self.menu.addAction(self.advance_action)
        self.menu.addAction(self.remove_action)
        plans.plan_changed.connect(self._show_state)
        self.retranslate()
        self._show_state()

    def _action(self, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("PlanActions", "P&lan"))
        self.edit_action.setText(QCoreApplication.translate("PlanActions", "Edit plan…"))
        self.import_action.setText(QCoreApplication.translate("PlanActions", "Import a plan…"))
        self.export_action.setText(QCoreApplication.translate("PlanActions", "Export the plan…"))
        self.advance_action.setText(
            QCoreApplication.translate("PlanActions", "Move to the next phase")
        )
        self.remove_action.setText(QCoreApplication.translate("PlanActions", "Remove plan"))

    def set_busy(self, busy: bool) -> None:
        """While a session runs the plan stays as it is."""
        self._busy = busy
        self._show_state()

    @Slot()
    def _show_state(self) -> None:
        has_plan = self._plans.plan is not None
        now = self._plans.phase_now() if has_plan else None
        self.edit_action.setEnabled(not self._busy)
        self.import_action.setEnabled(not self._busy)
        self.export_action.setEnabled(not self._busy and has_plan)
        self.advance_action.setEnabled(
            not self._busy and now is not None and now.next_phase is not None
        )
        self.remove_action.setEnabled(not self._busy and has_plan)

    # -- the steps ----------------------------------------------------------------------
    def edit(self, prefill: Plan | None = None) -> bool:
        """Open the editor on the plan (or ``prefill``, a new one); True when it was saved."""
        if self._busy:
            return False
        current = self._plans.plan
        # Asked before the editor opens, so that a No never throws away the editing.
        if (
            prefill is not None
            and current is not None
            and not self.dialogs.confirm(
                QCoreApplication.translate("PlanActions", "Replace the plan?"),
                QCoreApplication.translate(
                    "PlanActions",
                    "This profile already follows “%1”. Replace it with the new plan?",
                ).replace("%1", current.title),
            )
        ):
            return False
        result = self.dialogs.edit(prefill or current or starter_plan(), self._plans)
        if result is None:
            return False
        try:
            if prefill is not None:
                return self._plans.accept(result)  # a new plan: it starts today
            return self._plans.save(result)  # the same plan, changed: progress is kept
        except (PlanError, HoldsNotAllowedError) as error:
            self.dialogs.tell(self._refused(error))
            return False

    def import_file(self) -> bool:
        """Choose a plan file, show what it holds, take it only when accepted."""
        if self._busy:
            return False
        path = self.dialogs.open_file()
        if path is None:
            return False
        try:
            bundle = self._read(path)
        except (PlanError, HoldsNotAllowedError) as error:
            self.dialogs.tell(self._refused(error))
            return False
        except StorageError as error:
            self.dialogs.tell(labels.storage_message(error))
            return False
        plan = bundle.plan
        current = self._plans.plan
        voice = ""
        if bundle.voice is not None:
            from breathapp.ui.plan.plan_voice import voice_line

            voice = voice_line(bundle.voice)
        if not self.dialogs.preview(plan, current is not None, voice):
            return False
        if current is not None and not self.dialogs.confirm(
            QCoreApplication.translate("PlanActions", "Replace your plan?"),
            QCoreApplication.translate(
                "PlanActions", "Replace “%1” with “%2”? What you practised stays in your history."
            )
            .replace("%1", current.title)
            .replace("%2", plan.title),
        ):
            return False
        return self._accept(bundle)

    def _read(self, path: Path) -> PlanFile:
        if self._voice is not None:
            return self._voice.read(path)
        from breathapp.core.plan_file import PlanFile

        return PlanFile(self._plans.read_file(path))

    def _accept(self, bundle: PlanFile) -> bool:
        from breathapp.core.voice_pack import VoicePackError

        try:
            if self._voice is not None:
                return self._voice.accept(bundle)
            return self._plans.accept(bundle.plan)
        except (PlanError, HoldsNotAllowedError) as error:
            self.dialogs.tell(self._refused(error))
            return False
        except VoicePackError as error:
            self.dialogs.tell(self._voice_refused(error))
            return False

    @staticmethod
    def _voice_refused(error: Exception) -> str:
        return (
            QCoreApplication.translate(
                "PlanActions",
                "The recorded voice that came with this plan could not be installed, "
                "so nothing was changed.",
            )
            + "\n\n"
            + str(error)
        )

    def export(self) -> bool:
        """Save the plan as a file for the patient's own computer.

        A place in the data folder is refused, unwritten, and asked again.
        """
        plan = self._plans.plan
        if plan is None:
            return False
        while True:
            path = self.dialogs.save_file(file_name_for(plan.title))
            if path is None:
                return False
            if path.suffix != PLAN_FILE_SUFFIX:
                path = path.with_name(path.name + PLAN_FILE_SUFFIX)
            try:
                if not self._plans.export(path):
                    return False
            except OwnFileError as error:
                self.dialogs.tell(labels.own_file_message(error))
                continue
            break
        self.dialogs.tell(
            QCoreApplication.translate(
                "PlanActions",
                "The plan was saved as:\n%1\n\n"
                "On the patient's computer, open it with Plan ▸ Import a plan….",
            ).replace("%1", str(path))
        )
        return True

    def advance(self) -> bool:
        now = self._plans.phase_now()
        if self._busy or now is None or now.next_phase is None:
            return False
        following = plan_text.phase_name(now.next_phase, now.index + 1)
        if not self.dialogs.confirm(
            QCoreApplication.translate("PlanActions", "Move to the next phase?"),
            QCoreApplication.translate("PlanActions", "“%1” starts today.").replace(
                "%1", following
            ),
        ):
            return False
        return self._plans.advance_phase()

    def remove(self) -> bool:
        plan = self._plans.plan
        if self._busy or plan is None:
            return False
        if not self.dialogs.confirm(
            QCoreApplication.translate("PlanActions", "Remove the plan?"),
            QCoreApplication.translate(
                "PlanActions",
                "Stop following “%1”? What you practised stays in your history. If you have "
                "the plan's file, you can import it again.",
            ).replace("%1", plan.title),
        ):
            return False
        return self._plans.remove()

    @staticmethod
    def _refused(error: PlanError | HoldsNotAllowedError) -> str:
        from breathapp.ui.plan.plan_editor import problem_text

        return (
            QCoreApplication.translate(
                "PlanActions", "This plan cannot be used, so nothing was changed."
            )
            + "\n\n"
            + problem_text(error)
        )
