# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: a calm navigation rail, the screens, the menu, shortcuts, full screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QWidget

from breathapp.controllers.relaxation_controller import RelaxationController
from breathapp.controllers.session_controller import SessionController
from breathapp.core.session import SessionState
from breathapp.ui.common import labels
from breathapp.ui.common.widgets import NavRail
from breathapp.ui.common.window_fit import fit_window
from breathapp.ui.guide.guide_view import GuideView
from breathapp.ui.shell.keys import WindowKeys
from breathapp.ui.shell.session_focus import SessionFocus

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QShowEvent
    from PySide6.QtWidgets import QMessageBox

    from breathapp.ui.history.history_view import HistoryView
    from breathapp.ui.plan.today_view import TodayView
    from breathapp.ui.relax.relax_view import RelaxView

BREATHE_PAGE, RELAX_PAGE, HISTORY_PAGE, SETTINGS_PAGE = range(4)
TODAY_PAGE = 4  # first in the rail; numbered last so the other pages keep their numbers

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"


class MainWindow(QMainWindow):
    """Hosts the screens it is given; it builds none of its dependencies.

    Signals:
        close_confirmed(): the window is about to close; time to save.
        mute_requested(): the user pressed M to turn sound off or on.
    """

    close_confirmed = Signal()
    mute_requested = Signal()

    def __init__(
        self,
        guide: GuideView,
        relax_factory: Callable[[], RelaxView],
        history_factory: Callable[[], HistoryView],
        settings_factory: Callable[[], QWidget],
        session: SessionController,
        relax: RelaxationController,
        qsettings: QSettings,
        data_dir: str,
        today_factory: Callable[[], TodayView] | None = None,
    ) -> None:
        super().__init__()
        self.guide = guide
        self._today_factory = today_factory  # None: no Today page (tests, the guest)
        self._today_view: TodayView | None = None
        # Built when first shown: a screen nobody opens should not slow the start.
        self._relax_factory = relax_factory
        self._relax_view: RelaxView | None = None
        self._history_factory = history_factory
        self._history_view: HistoryView | None = None
        self._settings_factory = settings_factory
        self._settings_view: QWidget | None = None
        self._shown_once = False
        self._session = session
        self._relax = relax
        self._qsettings = qsettings
        self._data_dir = data_dir
        # Asked once a close is confirmed; True: the window only hides (reminders in the tray).
        self.keep_running_on_close: Callable[[QCloseEvent], bool] | None = None
        self.setObjectName("mainWindow")

        self.pages = QStackedWidget()
        self.pages.addWidget(guide)
        first = [TODAY_PAGE] if today_factory is not None else []
        self.nav = NavRail([*first, BREATHE_PAGE, RELAX_PAGE, HISTORY_PAGE, SETTINGS_PAGE])
        self.nav_buttons = self.nav.group
        self.today_button = self.nav.buttons.get(TODAY_PAGE)
        buttons = self.nav.buttons
        self.breathe_button, self.relax_button = buttons[BREATHE_PAGE], buttons[RELAX_PAGE]
        self.history_button, self.settings_button = buttons[HISTORY_PAGE], buttons[SETTINGS_PAGE]
        self.breathe_button.setChecked(True)
        self.nav.page_requested.connect(self.show_page)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._make_actions()
        # While a session runs the rail, the profile's name and the menu step back.
        self.session_focus = SessionFocus(self, self.nav, self.file_actions)
        self.keys = WindowKeys(self, self._on_primary)  # Space and Enter, after the controls
        self.keys.focus_when_live(session.state_changed, lambda: guide.canvas)
        self.keys.focus_when_live(relax.state_changed, lambda: self.relax_view.player)
        guide.fullscreen_requested.connect(self.toggle_fullscreen)
        session.state_changed.connect(self._on_session_state)
        relax.state_changed.connect(self._on_relax_state)
        # A refusal is said on the page of its kind of session, wherever the window was.
        session.refused.connect(lambda _refusal: self._show_refusal(BREATHE_PAGE))
        relax.refused.connect(lambda _refusal: self._show_refusal(RELAX_PAGE))
        # A dizzy relaxation makes the guide offer a gentler pattern too.
        relax.session_ended.connect(lambda _record: guide.refresh_suggestion())
        self.retranslate()
        self._restore_geometry()

    def _action(self, slot: Callable[[], object], *shortcuts: str) -> QAction:
        action = QAction(self)
        # Shortcuts as text: Qt maps Ctrl to Cmd on macOS.
        action.setShortcuts(list(shortcuts))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.stop_action = self._action(self._on_escape, "Esc")
        self.dizzy_action = self._action(self._on_dizzy, "D")
        # Arrow keys belong to the widgets except while a relaxation runs.
        self.previous_step_action = self._action(self._relax.previous_step, "Left")
        self.next_step_action = self._action(self._relax.next_step, "Right")
        self.previous_step_action.setEnabled(False)
        self.next_step_action.setEnabled(False)
        self.mute_action = self._action(self.mute_requested.emit, "M")
        self.fullscreen_action = self._action(self.toggle_fullscreen, "F11")
        self.fullscreen_action.setCheckable(True)
        # Presentation mode: the guide alone on the patient's screen, with live pace keys.
        self.present_action = self._action(self._on_present, "P")
        self.quit_action = self._action(self.close, "Ctrl+Q")
        # The history's file work, also from the menu (it opens the history first).
        self.report_action = self._action(lambda: self._history_file("report"), "Ctrl+P")
        self.backup_action = self._action(lambda: self._history_file("backup"), "Ctrl+S")
        self.import_action = self._action(lambda: self._history_file("import"))
        self.open_file_action = self._action(lambda: self._history_file("open"), "Ctrl+O")
        self.file_actions = (
            self.report_action,
            self.backup_action,
            self.import_action,
            self.open_file_action,
        )
        self.shortcuts_action = self._action(self.show_shortcuts, "F1")
        self.safety_action = self._action(self.show_safety_notice)
        self.about_action = self._action(self.show_about)
        for action in (
            self.stop_action,
            self.dizzy_action,
            self.previous_step_action,
            self.next_step_action,
            self.mute_action,
            self.fullscreen_action,
            self.present_action,
            self.quit_action,  # these two also while the menu bar is hidden
            self.shortcuts_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        for action in self.file_actions:
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = menu.addMenu("")
        self.view_menu.addAction(self.fullscreen_action)
        self.view_menu.addAction(self.present_action)
        self.view_menu.addAction(self.mute_action)
        self.help_menu = menu.addMenu("")
        self.help_menu.addAction(self.safety_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle("BreathApp")
        if self.today_button is not None:
            self.today_button.setText(self.tr("Today"))
        self.breathe_button.setText(self.tr("Breathe"))
        self.relax_button.setText(self.tr("Relax"))
        self.history_button.setText(self.tr("History"))
        self.settings_button.setText(self.tr("Settings"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.stop_action.setText(self.tr("Stop"))
        self.dizzy_action.setText(self.tr("I feel dizzy"))
        self.previous_step_action.setText(self.tr("Previous step"))
        self.next_step_action.setText(self.tr("Next step"))
        self.mute_action.setText(self.tr("Sound on or off"))
        self.safety_action.setText(self.tr("Breathing safely…"))
        self.fullscreen_action.setText(self.tr("Full screen"))
        self.present_action.setText(self.tr("Present in the treatment room"))
        self.quit_action.setText(self.tr("Quit"))
        self.report_action.setText(self.tr("Report for your therapist (PDF)…"))
        self.backup_action.setText(self.tr("Save a backup…"))
        self.import_action.setText(self.tr("Import a backup…"))
        self.open_file_action.setText(self.tr("Open a practice file…"))
        self.shortcuts_action.setText(self.tr("Keyboard shortcuts"))
        self.about_action.setText(self.tr("About BreathApp"))

    # -- navigation ---------------------------------------------------------------
    @property
    def settings_view(self) -> QWidget:
        if self._settings_view is None:
            self._settings_view = self._settings_factory()
            self.pages.addWidget(self._settings_view)
        return self._settings_view

    @property
    def relax_view_built(self) -> bool:
        return self._relax_view is not None

    @property
    def relax_view(self) -> RelaxView:
        if self._relax_view is None:
            self._relax_view = self._relax_factory()
            self._relax_view.leave_button.clicked.connect(self.toggle_fullscreen)
            self.pages.addWidget(self._relax_view)
        return self._relax_view

    @property
    def today_view_built(self) -> bool:
        return self._today_view is not None

    @property
    def today_view(self) -> TodayView:
        if self._today_view is None:
            assert self._today_factory is not None, "this window has no Today page"
            self._today_view = self._today_factory()
            self.pages.addWidget(self._today_view)
        return self._today_view

    @property
    def history_view_built(self) -> bool:
        return self._history_view is not None

    @property
    def history_view(self) -> HistoryView:
        if self._history_view is None:
            self._history_view = self._history_factory()
            self.pages.addWidget(self._history_view)
        return self._history_view

    def show_page(self, index: int) -> None:
        if index == TODAY_PAGE and self._today_factory is None:
            index = BREATHE_PAGE
        if index == TODAY_PAGE:
            self.pages.setCurrentWidget(self.today_view)
        elif index == HISTORY_PAGE:
            self.pages.setCurrentWidget(self.history_view)
        elif index == SETTINGS_PAGE:
            self.pages.setCurrentWidget(self.settings_view)
        elif index == RELAX_PAGE:
            self.pages.setCurrentWidget(self.relax_view)
            if self._relax.state is SessionState.READY:
                self.relax_view.list.focus_first()
        else:
            self.pages.setCurrentWidget(self.guide)
        button = self.nav_buttons.button(index)
        if button is not None:
            button.setChecked(True)

    def _show_refusal(self, page: int) -> None:
        if not (self._session.state.is_live or self._relax.state.is_live):
            self.show_page(page)

    def _history_file(self, what: str) -> None:
        """Open the history and start one of its file actions."""
        if self._session.state.is_live or self._relax.state.is_live:
            return
        self.show_page(HISTORY_PAGE)
        view = self.history_view
        {
            "report": view.report_button.click,
            "backup": view.backup_action.trigger,
            "import": view.import_action.trigger,
            "open": view.open_action.trigger,
        }[what]()

    def _on_relax_page(self) -> bool:
        return self._relax_view is not None and self.pages.currentWidget() is self._relax_view

    @Slot()
    def _on_primary(self) -> None:
        if self.pages.currentWidget() is self.guide:
            self.guide.primary_action()
        elif self._today_view is not None and self.pages.currentWidget() is self._today_view:
            self._today_view.primary_action()
        elif self._on_relax_page():
            self.relax_view.primary_action()

    @Slot()
    def _on_escape(self) -> None:
        if self._session.state.is_live:
            self._session.stop()
        elif self._relax.state.is_live:
            self._relax.stop()
        elif self.guide.escape() or (self._relax_view is not None and self._relax_view.escape()):
            pass
        elif self.isFullScreen():
            self.toggle_fullscreen()

    @Slot()
    def _on_present(self) -> None:
        if not self._relax.state.is_live:
            self.show_page(BREATHE_PAGE)
            self.guide.present()

    @Slot()
    def _on_dizzy(self) -> None:
        if self._session.state.is_live:
            self.guide.feel_dizzy()
        elif self._relax.state.is_live:
            self._relax.stop(dizzy=True)

    @Slot(object)
    def _on_session_state(self, state: SessionState) -> None:
        # While breathing, the rest of the app steps back.
        self.session_focus.set_live(state.is_live or self._relax.state.is_live)
        if state.is_live:
            self.show_page(BREATHE_PAGE)

    @Slot(object)
    def _on_relax_state(self, state: SessionState) -> None:
        self.session_focus.set_live(state.is_live or self._session.state.is_live)
        # The arrow keys move through steps only while a relaxation runs.
        self.previous_step_action.setEnabled(state.is_live)
        self.next_step_action.setEnabled(state.is_live)
        if state.is_live and not self._on_relax_page():
            self.show_page(RELAX_PAGE)

    @Slot()
    def toggle_fullscreen(self) -> None:
        going_full = not self.isFullScreen()
        if going_full:
            self.showFullScreen()
        else:
            self.showNormal()
        self.session_focus.set_full_screen(going_full)
        self.fullscreen_action.setChecked(going_full)
        if self._on_relax_page():
            self.relax_view.set_presenting(going_full)
        else:
            self.show_page(BREATHE_PAGE)
            self.guide.set_presenting(going_full)

    # -- dialogs ------------------------------------------------------------------
    @Slot()
    def show_shortcuts(self) -> None:
        from breathapp.ui.common.dialogs import (
            show_shortcuts,  # dialogs are rare: loaded when needed
        )

        show_shortcuts(self)

    @Slot()
    def show_safety_notice(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs are rare: off the start-up path

        QMessageBox.information(self, labels.safety_title(), labels.safety_notice())

    @Slot()
    def show_about(self) -> QMessageBox:
        """Version, licence, the data folder and a button to open it; returned, not blocking."""
        from breathapp.ui.common.dialogs import about_box  # dialogs are rare: loaded when needed

        return about_box(self, self._data_dir, self.open_data_folder)

    @Slot()
    def open_data_folder(self) -> bool:
        """Open the data folder in the file manager: a local file URL, nothing on a network."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(self._data_dir))

    def confirm(self, title: str, question: str) -> bool:
        """Ask before something that cannot be undone; No is the default."""
        from breathapp.ui.common.dialogs import (
            ask_yes_no,  # dialogs are rare: off the start-up path
        )

        return ask_yes_no(self, title, question)

    # -- window state -------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._qsettings.value(GEOMETRY_KEY)
        # Not isinstance(geometry, QByteArray): naming that class builds its enums at start-up.
        restored = type(geometry).__name__ == "QByteArray" and self.restoreGeometry(geometry)
        fit_window(self, restored)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            # Enter or Space is all it takes; the focus starts on the Start button.
            self._shown_once = True
            if self._today_view is not None and self.pages.currentWidget() is self._today_view:
                self._today_view.focus_start()
            else:
                self.guide.setup_bar.focus_start()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._session.state.is_live or self._relax.state.is_live:
            if not self.confirm(
                self.tr("Stop and close?"),
                self.tr(
                    "A session is under way. Stop it and close BreathApp? "
                    "What you practised so far is kept."
                ),
            ):
                event.ignore()
                return
            self._session.stop()
            self._relax.stop()
        saved = self._relax.flush() & self._session.flush()
        if not saved and not self.confirm(
            self.tr("Practice not saved yet"),
            self.tr(
                "Your last practice could not be saved yet (the disk may be full). "
                "If you close now, it is lost. Close anyway?"
            ),
        ):
            event.ignore()
            return
        if self.isFullScreen():
            self.showNormal()
        self._qsettings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._qsettings.sync()
        if self.keep_running_on_close is not None and self.keep_running_on_close(event):
            event.ignore()
            self.hide()
            return
        self.close_confirmed.emit()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
