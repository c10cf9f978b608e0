# SPDX-License-Identifier: GPL-3.0-or-later
"""The heart's screens in the app: the menu entry for the strap picker, the heart beside the
guide and on the guide's screen. After the first paint; the heart's modules load when used.

The HeartController itself is app/heart.py's (the sensor's side): ``add_heart_ui`` takes a
function that gives it (making it on first use), and ``show_heart`` is called once it exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from breathapp.app.built import Built
    from breathapp.ui.heart.heart_panel import HeartPanel, HeartSource
    from breathapp.ui.heart.heart_place import HeartBox
    from breathapp.ui.heart.heart_present import PresentedHeart
    from breathapp.ui.heart.strap_picker import StrapPicker, StrapSource


class HeartActions(QObject):
    """The View menu's "Heart rate strap…", and the heart's places once a source exists."""

    def __init__(self, built: Built, make_heart: Callable[[], object | None]) -> None:
        super().__init__(built.window)
        self._built = built
        self._make_heart = make_heart
        menu = built.window.view_menu
        self.strap_action = QAction(menu)
        self.strap_action.triggered.connect(lambda _checked=False: self.open_picker())
        menu.addSeparator()
        menu.addAction(self.strap_action)
        menu.installEventFilter(self)  # its language changes with the window's
        self.picker: StrapPicker | None = None
        self.panel: HeartPanel | None = None
        self.box: HeartBox | None = None
        self.presented: PresentedHeart | None = None
        self._heart: HeartSource | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.strap_action.setText(QCoreApplication.translate("app", "Heart rate strap…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open_picker(self) -> None:
        heart = self._make_heart()
        if heart is None:
            return
        self.show_heart(heart)
        if self.picker is None:
            from breathapp.ui.heart.strap_picker import StrapPicker

            source: StrapSource = heart  # type: ignore[assignment]
            self.picker = StrapPicker(source, self._built.window)
            self.picker.resize(self.picker.sizeHint().expandedTo(self.picker.minimumSizeHint()))
        self.picker.open_and_search()

    def show_heart(self, heart: object) -> None:
        """The heart beside the guide and on the guide's screen, from this source on."""
        if self._heart is not None:
            return
        from breathapp.ui.heart.breath_track import BreathTrack
        from breathapp.ui.heart.heart_panel import HeartPanel
        from breathapp.ui.heart.heart_place import HeartBox, place_beside

        built = self._built
        source: HeartSource = heart  # type: ignore[assignment]
        self._heart = source
        self.track = BreathTrack(built.session, built.clock, parent=self)
        self.panel = HeartPanel(source, self.track, built.clock, built.theme.current)
        self.box = HeartBox(source, self.panel)
        place_beside(built.window.guide.canvas, self.box)
        built.theme.changed.connect(self.panel.set_theme)
        self.box.toggle.toggled.connect(lambda _on: self._sync_presented())
        source.link_changed.connect(lambda _state: self._sync_presented())
        built.window.present_action.triggered.connect(self._on_present)

    def _on_present(self) -> None:
        """After the window's own: the presentation (and the therapist's panel) exist now."""
        presentation = self._built.window.guide.presentation
        if presentation is None or self._heart is None:
            return
        if self.presented is None:
            from breathapp.ui.heart.heart_place import Place
            from breathapp.ui.heart.heart_present import PresentedHeart

            prefs = self._built.prefs
            place = Place.FILL if prefs.prefs.present_heart_fill else Place.UNDER
            self.presented = PresentedHeart(
                presentation, self._heart, self.track, self._built.clock, place
            )
            # The therapist's choice holds for the next presentation too, like its colours.
            self.presented.place_changed.connect(
                lambda chosen: prefs.update(present_heart_fill=chosen is Place.FILL)
            )
        self._sync_presented()

    def _sync_presented(self) -> None:
        if self.presented is not None and self.box is not None:
            self.presented.set_wanted(self.box.shown)


def add_heart_ui(built: Built, make_heart: Callable[[], object | None]) -> HeartActions:
    """The menu entry; the heart shows at once if a source is already in use (a replay)."""
    actions = HeartActions(built, make_heart)
    heart = getattr(built, "heart", None)  # Built.heart: app/heart.py's, None until made
    if heart is not None:
        actions.show_heart(heart)
    return actions
