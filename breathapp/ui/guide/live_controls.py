# SPDX-License-Identifier: GPL-3.0-or-later
"""The live keys of a demonstration, shared by the presentation window and the therapist's panel."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.session_controller import SessionController
from breathapp.core.live_pace import PaceStep, preset_id_of
from breathapp.core.patterns import Pattern, Preset
from breathapp.core.safety import SafetyError
from breathapp.core.session import SessionState
from breathapp.ui.common import labels

STEP_KEYS = {
    PaceStep.FASTER: "Up",
    PaceStep.SLOWER: "Down",
    PaceStep.SHORTER_EXHALE: "Left",
    PaceStep.LONGER_EXHALE: "Right",
}


def pace_text(pattern: Pattern, sep: str = "   ·   ") -> str:
    """The new pace in a few calm words: its name if it is a preset, its rate and ratio."""
    parts = [labels.rate_text(pattern.rate_bpm), labels.ratio_text(pattern)]
    preset_id = preset_id_of(pattern)
    if preset_id is not None:
        parts.insert(0, labels.preset_name(preset_id))
    return sep.join(parts)


class LiveControls(QObject):
    """The live keys' intents, shared by the presentation window and the therapist's panel.

    Signals:
        notice(str): say this briefly on screen (the new pace, a limit reached, a refusal).
        high_contrast_changed(bool): the guide's screen now in high contrast (True) or calm.
        key_strip_changed(bool): the key strip on the guide's screen now shown (True) or not.
    """

    notice = Signal(str)
    high_contrast_changed = Signal(bool)
    key_strip_changed = Signal(bool)

    def __init__(
        self, session: SessionController, prefs: PrefsController, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prefs = prefs
        session.pace_changed.connect(self._on_pace_changed)
        session.refused.connect(self._on_refused)

    def presets(self) -> tuple[Preset, ...]:
        """The presets on the number keys, in order; none with holds when the profile forbids.

        Only what is offered: the session's safety gate vets every change all the same.
        """
        return self._session.gate.presets()

    def step(self, step: PaceStep) -> None:
        if self._session.step_pace(step) is None:
            heading = self._session.heading_to()
            if heading is not None and self._session.state.is_live:
                self.notice.emit(self.tr("As far as it goes: %1").replace("%1", pace_text(heading)))

    def use_preset(self, number: int) -> None:
        """Number key ``number`` (1-based) among the presets this profile may use."""
        presets = self.presets()
        if 1 <= number <= len(presets):
            self._session.change_pace(presets[number - 1].pattern)

    def pause(self) -> None:
        if self._session.state is SessionState.SETTLING:
            self._session.skip_settle()
        else:
            self._session.toggle_pause()

    def leave(self) -> None:
        """Esc: the demonstration ends; what was shown is kept with the session."""
        self._session.stop()

    def dizzy(self) -> None:
        """D: the patient feels dizzy. The demonstration ends at once, as every session does;
        the guide's screen then shows the calm advice and the event is kept."""
        self._session.stop(dizzy=True)

    @property
    def high_contrast(self) -> bool:
        return self._prefs.prefs.present_high_contrast

    @property
    def key_strip(self) -> bool:
        return self._prefs.prefs.present_key_strip

    def set_high_contrast(self, on: bool) -> None:
        """C or the panel's box: the therapist's choice of colours, remembered."""
        self._prefs.update(present_high_contrast=on)
        self.high_contrast_changed.emit(on)

    def toggle_colours(self) -> None:
        self.set_high_contrast(not self.high_contrast)

    def toggle_key_strip(self) -> None:
        """K: show or hide the key strip on the guide's screen, remembered."""
        self._prefs.update(present_key_strip=not self.key_strip)
        self.key_strip_changed.emit(self.key_strip)

    @Slot(object)
    def _on_pace_changed(self, pattern: Pattern) -> None:
        self.notice.emit(pace_text(pattern))

    @Slot(object)
    def _on_refused(self, refusal: SafetyError) -> None:
        if self._session.state.is_live:
            self.notice.emit(labels.refusal_text(refusal))

    def add_actions(self, widget: QWidget) -> list[QAction]:
        """The live keys as actions of ``widget``'s window (nothing to clash with elsewhere)."""
        actions: list[QAction] = []

        def add(slot: object, key: str) -> None:
            action = QAction(widget)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            widget.addAction(action)
            actions.append(action)

        for step, key in STEP_KEYS.items():
            add(lambda _=False, s=step: self.step(s), key)
        for number in range(1, 9):
            add(lambda _=False, n=number: self.use_preset(n), str(number))
        add(self.pause, "Space")
        add(self.leave, "Esc")
        add(self.dizzy, "D")
        add(self.toggle_colours, "C")
        add(self.toggle_key_strip, "K")
        return actions
