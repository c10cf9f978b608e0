# SPDX-License-Identifier: GPL-3.0-or-later
"""Loads the charts library once, after PySide6, with its options: off the start-up path."""

from __future__ import annotations

_loaded: list[bool] = []  # a module's own flag: no global object to pass around


def charts_loaded() -> bool:
    return bool(_loaded)


def import_charts() -> None:
    """Import pyqtgraph (after PySide6, as it must be) and set its options, once."""
    if _loaded:
        return
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True)
    _loaded.append(True)
    import breathapp.ui.history.history_view  # noqa: F401 - its widgets, ready for first use
