# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared test set-up: Qt runs offscreen; fakes for the clock and the timers."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_SCALE_FACTOR", "1")
