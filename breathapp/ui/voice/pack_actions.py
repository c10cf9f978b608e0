# SPDX-License-Identifier: GPL-3.0-or-later
"""The recording screen's top: which voice pack and session, and making, exporting and
importing a pack."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breathapp.controllers.voice_packs import VoicePacksController
from breathapp.core.languages import LANGUAGES
from breathapp.core.relaxation import Script
from breathapp.core.voice_pack import (
    NAME_CHARS,
    Known,
    Manifest,
    VoicePackError,
    known_from_scripts,
)
from breathapp.ui.common import labels
from breathapp.ui.common.flow_layout import FlowLayout
from breathapp.ui.voice.voice_steps import Session, sessions

# What asks the user for a file: (parent, title, suggested name, filter, save=) -> path or "".
AskFile = Callable[..., str]
# What asks a yes-or-no question: (parent, title, question) -> yes.
AskYesNo = Callable[[QWidget | None, str, str], bool]
Scripts = Callable[[str], Iterable[Script]]  # a language's relaxation scripts


def pack_label(pack: Manifest) -> str:
    return f"{pack.name} ({labels.language_name(pack.language)})"


class NewPackDialog(QDialog):
    """Asks for a new voice pack's name and language."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New voice pack"))
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_CHARS[1])
        self.name.setPlaceholderText(self.tr("For example: Anna's voice"))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(labels.language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        name_label = QLabel(self.tr("Name"))
        name_label.setBuddy(self.name)
        language_label = QLabel(self.tr("Language of the recordings"))
        language_label.setBuddy(self.language)
        form.addRow(name_label, self.name)
        form.addRow(language_label, self.language)
        self.name.setAccessibleName(self.tr("Name"))
        self.language.setAccessibleName(self.tr("Language of the recordings"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Make the pack"))
        ok.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("dialogs", "Cancel")
        )
        self.name.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, str]:
        return self.name.text().strip(), str(self.language.currentData())


def ask_new_pack(parent: QWidget, language: str) -> tuple[str, str] | None:
    """The name and language the user gives a new pack; None when cancelled."""
    dialog = NewPackDialog(language, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    try:
        return dialog.chosen() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def _file_name(pack: Manifest) -> str:
    return f"{pack.id}.zip"


def export_pack(parent: QWidget, packs: VoicePacksController, pack: Manifest, ask: AskFile) -> str:
    """Export ``pack`` where the user says; the one line to show (empty when cancelled)."""
    chosen = ask(
        parent,
        QCoreApplication.translate("VoiceRecorder", "Export the voice pack"),
        _file_name(pack),
        QCoreApplication.translate("VoiceRecorder", "Voice pack (*.zip)"),
        save=True,
    )
    if not chosen:
        return ""
    path = Path(chosen)
    if path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")
    try:
        packs.export_to(pack.id, path)
    except VoicePackError as error:
        return problem_text(error)
    return QCoreApplication.translate("VoiceRecorder", "Saved as %1.").replace("%1", path.name)


def import_pack(
    parent: QWidget, packs: VoicePacksController, ask: AskFile, ask_yes_no: AskYesNo
) -> tuple[Manifest | None, str]:
    """Import a pack from a zip the user picks: the pack installed (or None) and one line."""
    chosen = ask(
        parent,
        QCoreApplication.translate("VoiceRecorder", "Import a voice pack"),
        "",
        QCoreApplication.translate("VoiceRecorder", "Voice pack (*.zip)"),
        save=False,
    )
    if not chosen:
        return None, ""
    path = Path(chosen)
    try:
        preview = packs.preview(path)
        replace = packs.installed(preview.id)
        if replace and not ask_yes_no(
            parent,
            QCoreApplication.translate("VoiceRecorder", "Replace the voice pack?"),
            QCoreApplication.translate(
                "VoiceRecorder",
                "This computer already has the voice pack “%1”. Replace it with the one in %2?",
            )
            .replace("%1", preview.name)
            .replace("%2", path.name),
        ):
            return None, ""
        installed = packs.import_from(path, replace=replace)
    except VoicePackError as error:
        return None, problem_text(error)
    return installed, QCoreApplication.translate("VoiceRecorder", "Imported “%1”.").replace(
        "%1", installed.name
    )


def problem_text(error: VoicePackError) -> str:
    """A voice pack problem in one calm line (the place in the file as the store says it)."""
    return QCoreApplication.translate("VoiceRecorder", "That did not work: %1").replace(
        "%1", str(error)
    )


class PackBar(QWidget):
    """Which voice pack and session are recorded; New pack, Export and Import.

    Signals:
        chosen(): another pack or session was chosen (or the chosen pack changed).
        said(str): one line to show after an action ("" clears it).
    """

    chosen = Signal()
    said = Signal(str)

    def __init__(
        self,
        packs: VoicePacksController,
        scripts: Scripts,
        language: str,
        ask_file: AskFile,
        ask_yes_no: AskYesNo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.packs = packs
        self._scripts = scripts
        self._language = language
        self._ask_file, self._ask_yes_no = ask_file, ask_yes_no
        self.pack: Manifest | None = None
        self.known: Known = {}
        self._sessions: tuple[Session, ...] = ()
        self.pack_box = QComboBox()
        self.pack_box.setAccessibleName(self.tr("Voice pack"))
        self.new_button = QPushButton(self.tr("New pack…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.session_box = QComboBox()
        self.session_box.setAccessibleName(self.tr("Session"))
        for button, slot in (
            (self.new_button, self._new_pack),
            (self.export_button, self._export),
            (self.import_button, self._import),
        ):
            button.clicked.connect(slot)
        self.pack_box.currentIndexChanged.connect(self._on_pack_chosen)
        self.session_box.currentIndexChanged.connect(self.chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, box in (
            (self.tr("Voice pack"), self.pack_box),
            (self.tr("Session"), self.session_box),
        ):
            caption = QLabel(text)
            caption.setObjectName("fieldCaption")
            caption.setBuddy(box)
            layout.addWidget(caption)
            layout.addWidget(box)
        # The pack's buttons: the window puts them where there is room.
        self.actions = QWidget()
        row = FlowLayout(self.actions, spacing=10)
        for button in (self.new_button, self.export_button, self.import_button):
            row.addWidget(button)

    @property
    def session(self) -> Session | None:
        index = self.session_box.currentIndex()
        return self._sessions[index] if 0 <= index < len(self._sessions) else None

    def fill(self, chosen: str = "") -> None:
        """List the packs again, ``chosen`` (else the one shown) chosen."""
        chosen = chosen or self.pack_box.currentData() or ""
        self.pack_box.blockSignals(True)
        self.pack_box.clear()
        for pack in self.packs.packs():
            self.pack_box.addItem(pack_label(pack), pack.id)
        if self.pack_box.count() == 0:
            self.pack_box.addItem(self.tr("No voice pack yet: make one with New pack"), "")
        self.pack_box.setCurrentIndex(max(0, self.pack_box.findData(chosen)))
        self.pack_box.blockSignals(False)
        self._on_pack_chosen()

    def reread(self) -> None:
        """The chosen pack read again (its recordings changed)."""
        pack_id = self.pack_box.currentData()
        self.pack = self.packs.pack(pack_id) if pack_id else None

    def set_busy(self, busy: bool) -> None:
        for widget in (self.pack_box, self.new_button, self.import_button, self.session_box):
            widget.setEnabled(not busy)
        self.export_button.setEnabled(self.pack is not None and not busy)

    @Slot()
    def _on_pack_chosen(self) -> None:
        self.reread()
        session_id = self.session.id if self.session else ""
        language = self.pack.language if self.pack else self._language
        scripts = tuple(self._scripts(language))
        self.known = known_from_scripts(scripts)
        self._sessions = sessions(scripts, language, self.known)
        self.session_box.blockSignals(True)
        self.session_box.clear()
        for session in self._sessions:
            self.session_box.addItem(session.title, session.id)
        self.session_box.setCurrentIndex(max(0, self.session_box.findData(session_id)))
        self.session_box.blockSignals(False)
        self.set_busy(False)
        self.chosen.emit()

    def create_pack(self, name: str, language: str) -> Manifest | None:
        try:
            made = self.packs.create(name, language)
        except VoicePackError as error:
            self.said.emit(problem_text(error))
            return None
        self.fill(made.id)
        self.said.emit(self.tr("The voice pack “%1” is ready.").replace("%1", made.name))
        return made

    @Slot()
    def _new_pack(self) -> None:
        chosen = ask_new_pack(self, self._language)
        if chosen is not None:
            self.create_pack(*chosen)

    @Slot()
    def _export(self) -> None:
        if self.pack is not None:
            self.said.emit(export_pack(self, self.packs, self.pack, self._ask_file))

    @Slot()
    def _import(self) -> None:
        installed, line = import_pack(self, self.packs, self._ask_file, self._ask_yes_no)
        if installed is not None:
            self.fill(installed.id)
        self.said.emit(line)
