# SPDX-License-Identifier: GPL-3.0-or-later
"""A plan's recorded voice in words: the editor's choice of pack, the import preview's line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QWidget

from breathapp.core.voice_pack import Manifest
from breathapp.ui.common.counts import Counts


def steps_text(count: int) -> str:
    return Counts.tr("%n steps", "", count)


def voice_line(voice: Manifest) -> str:
    """What the import preview says about the voice a plan brings."""
    return (
        QCoreApplication.translate("PlanVoice", "Includes a recorded voice: %1, %2")
        .replace("%1", voice.name)
        .replace("%2", steps_text(len(voice.recordings)))
    )


class VoiceChoice(QComboBox):
    """Which recorded voice goes with the plan: none, or one of the packs on this computer.

    A pack the plan names that is no longer here stays in the list, marked, so that saving
    the plan never drops it unasked.
    """

    def __init__(
        self, chosen: str, packs: Sequence[Manifest], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._packs = tuple(packs)
        self._chosen = chosen
        self._fill()

    def _fill(self) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(QCoreApplication.translate("PlanVoice", "No recorded voice"), "")
        for pack in self._packs:
            label = f"{pack.name} ({steps_text(len(pack.recordings))})"
            self.addItem(label, pack.id)
        if self._chosen and all(p.id != self._chosen for p in self._packs):
            self.addItem(
                QCoreApplication.translate("PlanVoice", "%1 (not on this computer)").replace(
                    "%1", self._chosen
                ),
                self._chosen,
            )
        self.setCurrentIndex(max(0, self.findData(self._chosen)))
        self.blockSignals(False)

    def pack_id(self) -> str:
        """The chosen pack's id; "" for none."""
        value = self.currentData()
        return value if isinstance(value, str) else ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._chosen = self.pack_id()
            self._fill()
        super().changeEvent(event)
