# SPDX-License-Identifier: GPL-3.0-or-later
"""The heart on the guide's screen in presentation mode, where the therapist chooses."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from breathapp.core.clock import Clock
from breathapp.ui.guide.presentation import Presentation
from breathapp.ui.heart.heart_panel import BreathStarts, HeartPanel, HeartSource
from breathapp.ui.heart.heart_place import Place, PlaceChoice, insert_after, place_under


class PresentedHeart(QObject):
    """A heart panel on the presentation window: under the guide, or in its place.

    Signals:
        place_changed(Place): the therapist chose the other place.
    """

    place_changed = Signal(object)

    def __init__(
        self,
        presentation: Presentation,
        source: HeartSource,
        breath: BreathStarts,
        clock: Clock,
        place: Place = Place.UNDER,
    ) -> None:
        super().__init__(presentation)
        self._presentation = presentation
        self.place = place
        self.wanted = True  # a source is in use and "Show my heart" is on
        window = presentation.window
        self.panel = HeartPanel(source, breath, clock, window.theme)
        place_under(window.canvas, self.panel)
        self.choice: PlaceChoice | None = None  # on the therapist's panel, with two screens
        presentation.controls.high_contrast_changed.connect(lambda _on: self.sync())
        self.sync()

    def sync(self) -> None:
        """Follow the window's theme, the therapist's panel and the wanted place."""
        window = self._presentation.window
        self.panel.set_theme(window.theme)
        self.panel.set_screen_height(window.height())  # read from across the room
        therapist = self._presentation.panel
        if therapist is not None and self.choice is None:
            self.choice = PlaceChoice(self.place)
            insert_after(therapist.contrast_box, self.choice)
            self.choice.chosen.connect(self.set_place)
        if self.choice is not None:
            self.choice.setVisible(self.wanted)
        fill = self.wanted and self.place is Place.FILL
        window.canvas.setVisible(not fill)
        self.panel.setVisible(self.wanted)

    def set_wanted(self, wanted: bool) -> None:
        self.wanted = wanted
        self.sync()

    @Slot(object)
    def set_place(self, place: Place) -> None:
        changed = place is not self.place
        self.place = place
        self.sync()
        if changed:
            self.place_changed.emit(place)
