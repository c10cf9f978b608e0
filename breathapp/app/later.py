# SPDX-License-Identifier: GPL-3.0-or-later
"""The work that waits until the window is first painted.

Loaded only once the window is up, so start-up pays nothing for it: the damage report,
the safety notice, sound, the daily backup, the menus that come later and the charts library.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from breathapp.core.errors import StorageError
from breathapp.logs import log
from breathapp.paths import asset_path
from breathapp.storage.db import OpenReport
from breathapp.ui.common import labels
from breathapp.ui.history.chart_loading import charts_loaded, import_charts

if TYPE_CHECKING:
    from breathapp.app.built import Built
    from breathapp.controllers.heart_controller import HeartController

PRELOAD_RETRY_MS = 60_000  # while a session runs, look again a minute later


def _open_report_text(report: OpenReport) -> str | None:
    if report.damaged_moved_to is None:
        return None
    moved = str(report.damaged_moved_to)
    if report.restored_from is not None:
        text = QApplication.translate(
            "app",
            "The file with your practice history was damaged. It has been set aside, "
            "untouched, as:\n%1\n\nYour history was restored from the backup of %2. "
            "Practice after that backup may be missing.",
        )
        made = datetime.fromtimestamp(report.restored_from.stat().st_mtime)
        return text.replace("%1", moved).replace("%2", made.strftime("%Y-%m-%d %H:%M"))
    text = QApplication.translate(
        "app",
        "The file with your practice history was damaged and no backup was found. It has "
        "been set aside, untouched, as:\n%1\n\nBreathApp starts a new history.",
    )
    return text.replace("%1", moved)


def after_first_paint(built: Built) -> None:
    """Work that can wait until the window is up: the damage report and the daily backup."""
    from PySide6.QtGui import QIcon  # naming it builds its enums: not before this

    from breathapp.app.instance import watch_requests  # off the start-up path
    from breathapp.app.plans import add_plan_ui, start_today  # the Plan menu
    from breathapp.app.profiles import add_profile_ui  # the Profile menu and the rail name
    from breathapp.app.reminders import add_reminders, plan_reminder_times

    watch_requests(built)  # first: a message below may keep the user a long time
    add_profile_ui(built)
    add_plan_ui(built)
    # Reminders off: only a watch for them being turned on.
    add_reminders(built, lambda: start_today(built), lambda: plan_reminder_times(built))
    built.app.setWindowIcon(QIcon(str(asset_path("icon.svg"))))  # its SVG plugin loads now
    text = _open_report_text(built.report)
    if text:
        built.tell(built.window, text)
    if not built.prefs.prefs.safety_notice_seen:
        built.tell(built.window, labels.safety_notice())
        built.prefs.update(safety_notice_seen=True)
    if built.report.interrupted_recovered:
        built.window.guide.show_notice(
            QApplication.translate(
                "app",
                "Your last session was cut off before it ended. "
                "The time you practised until then is kept.",
            )
        )
    built.sound.load()
    if built.sound.available is False:
        log.info("sound: %s; running silently", built.sound.problem)
    from breathapp.app.voice import add_voice  # its engines start when first needed

    add_voice(built)
    add_heart_menus(built)
    try:
        built.db.daily_backup(built.clock.now_utc().astimezone().date())
    except StorageError as error:
        log.warning("daily backup: %s", error)
    preload_history(built)


def preload_history(built: Built) -> None:
    """Load the charts library while nothing happens, so the history opens at once.

    pyqtgraph takes about 200 ms and 50 MB to load. During a session the history cannot
    be opened (the other pages step back), so the loading waits until none is running.
    """
    if built.window.history_view_built or charts_loaded():
        return
    if built.busy():
        QTimer.singleShot(PRELOAD_RETRY_MS, lambda: preload_history(built))
        return
    QTimer.singleShot(0, import_charts)


def add_heart_menus(built: Built) -> None:
    """The View menu's strap picker and resonance test; the heart's modules load when used."""
    from breathapp.app.heart_view import add_heart_ui
    from breathapp.app.resonance import add_resonance_menu

    built.heart_actions = add_heart_ui(built, lambda: _heart(built))
    built.resonance = add_resonance_menu(
        built, built.resonance_repo, lambda: _heart_signal(built), built.heart_actions.open_picker
    )


def _heart(built: Built) -> HeartController:
    """The window's heart source, made on first use (app/heart.py loads only then)."""
    from breathapp.app.heart import heart

    return heart(built)


def _heart_signal(built: Built) -> HeartController | None:
    """The heart source while it gives beats, else None (app/heart.py loads only then)."""
    from breathapp.app.heart import beat_source

    return beat_source(built)
