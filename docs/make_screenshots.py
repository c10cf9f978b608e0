# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders the README screenshots offscreen: python docs/make_screenshots.py [OUT_DIR]."""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from breathapp.app import Options, build
from breathapp.core.clock import ManualClock
from breathapp.core.prefs import GuideStyle, session_plan


def shoot(out: Path, language: str) -> None:
    data = Path(tempfile.mkdtemp())
    options = Options(data, language, None, None, None, False, False)
    clock = ManualClock()
    built = build(options, clock)
    assert built is not None
    window = built.window
    window.resize(1200, 820)
    window.show()
    built.app.processEvents()
    window.grab().save(str(out / f"ready-{language}.png"))
    built.session.start(session_plan(built.prefs.prefs))
    clock.advance(3 + 22.0)  # settle-in, then two breaths and into the third inhale
    built.session.frame.emit()
    built.session._on_frame()
    built.app.processEvents()
    window.grab().save(str(out / f"guide-circle-{language}.png"))
    built.prefs.update(guide_style=GuideStyle.BELLY)
    clock.advance(3.0)
    built.session._on_frame()
    built.app.processEvents()
    window.grab().save(str(out / f"guide-belly-{language}.png"))
    built.session.stop()
    built.app.processEvents()
    window.grab().save(str(out / f"summary-{language}.png"))
    built.session.reset()
    built.prefs.update(guide_style=GuideStyle.CIRCLE)
    window.close()
    built.db.close()
    _ = replace


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    for lang in ("nl", "en"):
        shoot(target, lang)
