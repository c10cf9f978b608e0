# SPDX-License-Identifier: GPL-3.0-or-later
"""The history child: the app over a big store; how fast the history opens, pans and zooms.

Modes: ``open`` (pyqtgraph loaded in idle time after the first paint, as the app does)
and ``cold`` (the history opened before that, paying for the import too). With ``--pin``
the profile has that PIN: given first, as at the picker (its half second is not timed).
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path


def main(argv: list[str]) -> int:
    mode, data_dir = argv[0], argv[argv.index("--data-dir") + 1]
    from PySide6.QtWidgets import QApplication

    from benchmarks.measure import emit, peak_rss_mb
    from breathapp.app.build import build
    from breathapp.app.options import Options
    from breathapp.cli import main  # noqa: F401 - the pure-Python modules before PySide6, as a real start
    from breathapp.controllers.history_controller import Period
    from breathapp.ui.history.chart_loading import import_charts
    from breathapp.ui.shell.main_window import HISTORY_PAGE

    options = Options(Path(data_dir), "en", None, None, None, False, False)
    if "--pin" in argv:  # a sealed profile, opened with its PIN as the picker opens it
        from breathapp.core.profiles import ProfileChoice
        from breathapp.storage.db import Database
        from breathapp.storage.profiles_repo import ProfileRepo

        db, _report = Database.open(Path(data_dir), datetime.now(UTC))
        assert ProfileRepo(db).try_pin(1, argv[argv.index("--pin") + 1])
        options = options._replace(profile=ProfileChoice(1), keys=db.keyring.only(1))
        db.close()
    built = build(options, tell=_quiet)
    assert built is not None
    window = built.window
    window.resize(1280, 900)
    window.show()
    QApplication.processEvents()
    rss_before = peak_rss_mb()
    if mode == "open":
        import_charts()  # what the idle time after the first paint does
    t0 = time.perf_counter()
    window.show_page(HISTORY_PAGE)  # the click
    view = window.history_view
    QApplication.processEvents()
    view.repaint()  # painted, charts included
    view.minutes_chart.viewport().repaint()
    open_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    view.set_period(Period.YEAR)
    view.repaint()
    year_ms = (time.perf_counter() - t0) * 1000
    # Pan a week at a time and zoom, repainting each step, as a drag or Ctrl + wheel would.
    # The view stays within the year (the chart's limits): the pan moves a half-year window.
    chart = view.minutes_chart
    steps: list[float] = []
    (x0, x1), _y = chart.getPlotItem().vb.viewRange()
    for n in range(40):
        t0 = time.perf_counter()
        shift = 7 * (n % 20) if n < 20 else 0
        span = (x1 - x0) * (1 - 0.02 * (n - 20)) if n >= 20 else (x1 - x0) / 2
        chart.setXRange(x0 + shift, x0 + shift + span, padding=0)
        QApplication.processEvents()  # pyqtgraph lays the new range out in the event loop
        chart.viewport().repaint()
        steps.append((time.perf_counter() - t0) * 1000)
    sessions = built.db.query("SELECT count(*) FROM sessions")[0][0]
    emit(
        {
            "sessions": sessions,
            "open_ms": open_ms,
            "year_ms": year_ms,
            "pan_mean_ms": sum(steps) / len(steps),
            "pan_max_ms": max(steps),
            "rss_before_mb": rss_before,
            "rss_mb": peak_rss_mb(),
        }
    )
    window.confirm = lambda _t, _q: True  # type: ignore[method-assign]
    window.close()
    built.db.close()
    return 0


def _quiet(_parent: object, _text: str) -> None:
    """No message boxes in a benchmark."""


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
