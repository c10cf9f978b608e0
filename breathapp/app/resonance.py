# SPDX-License-Identifier: GPL-3.0-or-later
"""The resonance pace test wired into the app: its entry in the View menu and its window.

The entry sits next to "Present in the treatment room" and is there with or without a
strap: the window then says plainly that the test needs a heart signal and offers the
picker. Nothing of the test loads before the entry is first used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction

from breathapp.app.built import Built

if TYPE_CHECKING:
    from breathapp.controllers.resonance_controller import (
        BeatSource,
        Progress,
        ResonanceController,
        ResonanceStore,
    )
    from breathapp.core.patterns import Pattern
    from breathapp.ui.heart.resonance_view import ResonanceView

PLAN_MINUTES = 10.0  # the daily session a plan at the chosen pace starts with


def _menu_text() -> str:
    return QCoreApplication.translate("app", "Resonance pace test…")


class ResonanceEntry(QObject):
    """The menu entry, and the test's controller and window once first opened."""

    def __init__(
        self,
        built: Built,
        store: ResonanceStore,
        heart: Callable[[], BeatSource | None],
        open_picker: Callable[[], None] | None,
    ) -> None:
        super().__init__(built.window)
        self.built = built
        self.store = store
        self.heart = heart
        self.open_picker = open_picker
        self.controller: ResonanceController | None = None
        self.view: ResonanceView | None = None
        self._resting = False
        window = built.window
        self.action = QAction(_menu_text(), window)
        self.action.setObjectName("resonanceAction")
        self.action.triggered.connect(self.open)
        menu = window.view_menu
        actions = menu.actions()
        at = actions.index(window.present_action) + 1 if window.present_action in actions else 0
        if at < len(actions):
            menu.insertAction(actions[at], self.action)
        else:
            menu.addAction(self.action)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.action.setText(_menu_text())
        return False

    def open(self) -> ResonanceView:
        """Show the test's window (made the first time), with the heart signal there is now."""
        from PySide6.QtCore import QTimer

        from breathapp.controllers.resonance_controller import ResonanceController, RunState
        from breathapp.ui.heart.resonance_view import ResonanceView

        view = self.view
        if view is None:
            built = self.built
            timer = QTimer(self)
            controller = ResonanceController(
                built.clock, timer, built.session, self.store, built.prefs, self.heart(), self
            )
            view = ResonanceView(controller, parent=built.window, prefs=built.prefs)
            view.setWindowFlag(Qt.WindowType.Window, True)
            view.resize(1100, 680)
            view.plan_requested.connect(self.make_plan)
            view.set_theme(built.theme.current)  # the chart's colours follow the app's
            built.theme.changed.connect(view.set_theme)
            if self.open_picker is not None:
                view.picker_requested.connect(self.open_picker)

            def on_state(state: RunState) -> None:
                if state is RunState.RUNNING:  # the guide paces: bring it to the front
                    from breathapp.ui.shell.main_window import BREATHE_PAGE

                    built.window.show_page(BREATHE_PAGE)

            controller.state_changed.connect(on_state)
            controller.progress.connect(self._on_progress)
            controller.finished.connect(lambda _test: built.window.guide.hide_notice())
            self.controller, self.view = controller, view
        assert self.controller is not None
        if self.controller.state is not RunState.RUNNING:
            self.controller.set_beats(self.heart())
        view.refresh()
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def _on_progress(self, progress: Progress) -> None:
        """Under the paused guide during a rest: breathe freely; gone when the pace comes."""
        from breathapp.core.heart.resonance_plan import StepKind

        resting = progress.step.kind is StepKind.REST
        if resting == self._resting:
            return
        self._resting = resting
        guide = self.built.window.guide
        if resting:
            guide.show_notice(
                QCoreApplication.translate("app", "Rest: breathe freely. The next pace comes soon.")
            )
        else:
            guide.hide_notice()

    def make_plan(self, pattern: Pattern) -> bool:
        """Open the plan editor on a plan of one daily session at ``pattern``; True if saved."""
        from breathapp.app.plans import actions_of
        from breathapp.core.live_pace import Shown
        from breathapp.core.plans import plan_from_demo
        from breathapp.ui.common import numbers

        rate = numbers.decimal(pattern.rate_bpm, 1)
        title = QCoreApplication.translate("app", "Breathing at %1 breaths a minute")
        plan = plan_from_demo((Shown(pattern, PLAN_MINUTES * 60.0),), title.replace("%1", rate))
        return actions_of(self.built).edit(plan)


def add_resonance_menu(
    built: Built,
    store: ResonanceStore,
    heart: Callable[[], BeatSource | None],
    open_picker: Callable[[], None] | None = None,
) -> ResonanceEntry:
    """The View menu's "Resonance pace test…" entry, next to the presentation.

    ``store`` keeps the tests (storage.heart_repo.ResonanceRepo); ``heart`` gives the beat
    source when there is a heart signal (a connected strap or a replayed file), else None;
    ``open_picker`` opens the strap picker.
    """
    return ResonanceEntry(built, store, heart, open_picker)
