# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders the README screenshots offscreen: python docs/make_screenshots.py [--all] [OUT_DIR].

With --all: at normal size, at 200 % text (large-text/) and in high contrast
(high-contrast/), each in its own run; see screenshot_conditions.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The made-up history comes from the benchmarks package, beside docs/ in the repository.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget
from screens_index import write_index  # beside this file: docs/SCREENS.md
from screenshot_conditions import CONDITION, CONDITIONS  # beside this file
from screenshots_heart import shoot_heart  # beside this file: the heart, the resonance test
from screenshots_more import shoot_more  # beside this file: plan, reminders, profiles

from benchmarks.history_data import fill
from breathapp.app.build import build
from breathapp.app.built import Built
from breathapp.app.options import Options
from breathapp.controllers.history_controller import Period
from breathapp.core.clock import ManualClock
from breathapp.core.patterns import preset
from breathapp.core.prefs import GuideStyle, session_plan
from breathapp.core.relaxation import StepKind
from breathapp.paths import asset_path
from breathapp.ui.common.theme import THEMES
from breathapp.ui.guide.pattern_editor import PatternEditor
from breathapp.ui.shell.main_window import BREATHE_PAGE, HISTORY_PAGE, RELAX_PAGE


def _save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))


def _advance(built: Built, clock: ManualClock, seconds: float) -> None:
    clock.advance(seconds)
    built.session.frame.emit()
    built.session._on_frame()  # a frame tick, as the real timer would give


def _relax_frame(built: Built, clock: ManualClock, seconds: float) -> None:
    clock.advance(seconds)
    built.relax._on_frame()  # a frame tick, as the real timer would give


def _shoot_relax(built: Built, clock: ManualClock, out: Path, language: str) -> None:
    window, relax = built.window, built.relax
    window.show_page(RELAX_PAGE)
    _save(window, out / f"relax-list-{language}.png")
    pmr = relax.script("pmr-short")
    assert pmr is not None
    relax.start(pmr)
    _relax_frame(built, clock, 8.0)
    _save(window, out / f"relax-say-{language}.png")
    tense = next(i for i, s in enumerate(pmr.steps) if s.kind is StepKind.TENSE)
    relax.player.go_to_step(tense)  # type: ignore[union-attr]
    _relax_frame(built, clock, 3.2)
    _save(window, out / f"relax-tense-{language}.png")
    relax.next_step()
    _relax_frame(built, clock, 9.0)
    _save(window, out / f"relax-release-{language}.png")
    relax.stop()
    relax.reset()
    lesson = relax.script("belly-lesson")
    assert lesson is not None
    relax.start(lesson)
    breathe = next(i for i, s in enumerate(lesson.steps) if s.kind is StepKind.BREATHE)
    relax.player.go_to_step(breathe)  # type: ignore[union-attr]
    _relax_frame(built, clock, 12.0)
    _save(window, out / f"relax-breathe-{language}.png")
    _relax_frame(built, clock, 200.0)
    _save(window, out / f"relax-checkin-after-{language}.png")
    window.relax_view.checkin.skip_all()
    window.relax_view.checkin.skip_all()  # and the note
    _save(window, out / f"relax-summary-{language}.png")
    relax.reset()
    window.show_page(BREATHE_PAGE)


def _shoot_history(built: Built, out: Path, language: str) -> None:
    window = built.window
    window.show_page(HISTORY_PAGE)
    view = window.history_view
    view.set_period(Period.MONTH)
    _save(window, out / f"history-{language}.png")
    view.set_period(Period.YEAR)
    _save(window, out / f"history-year-{language}.png")
    view.tabs.setCurrentIndex(1)
    _save(window, out / f"history-sessions-{language}.png")
    view.tabs.setCurrentIndex(0)
    built.prefs.update(appearance="dark")
    view.set_period(Period.WEEK)
    _save(window, out / f"history-dark-{language}.png")
    built.prefs.update(appearance=CONDITION.appearance)
    window.show_page(BREATHE_PAGE)


def shoot(out: Path, language: str) -> None:
    clock = ManualClock()
    options = Options(Path(tempfile.mkdtemp()), language, None, None, None, False, False)
    # Ten months of made-up practice up to the clock's today, for the history screens.
    fill(options.data_dir, 600, clock.now_utc().date(), per_day=2)
    built = build(options, clock, lambda _parent, _text: None)
    assert built is not None
    built.app.setWindowIcon(QIcon(str(asset_path("icon.svg"))))
    built.prefs.update(appearance=CONDITION.appearance)
    window, guide = built.window, built.window.guide
    window.resize(*CONDITION.size(1200, 820))
    window.show()
    _save(window, out / f"ready-{language}.png")
    guide.start()  # the check-in comes first
    _save(window, out / f"checkin-{language}.png")
    guide.escape()
    built.session.start(session_plan(built.prefs.prefs))
    _advance(built, clock, 3 + 22.0)  # settle-in, two breaths, into the third inhale
    _save(window, out / f"guide-circle-{language}.png")
    built.prefs.update(guide_style=GuideStyle.BELLY)
    _advance(built, clock, 3.0)
    _save(window, out / f"guide-belly-{language}.png")
    built.prefs.update(guide_style=GuideStyle.CIRCLE, reduced_motion=True)
    _save(window, out / f"guide-level-{language}.png")
    built.prefs.update(reduced_motion=False)
    built.prefs.update(appearance="dark")
    _save(window, out / f"guide-dark-{language}.png")
    built.prefs.update(appearance="high_contrast")
    _save(window, out / f"guide-contrast-{language}.png")
    built.prefs.update(appearance=CONDITION.appearance)
    window.resize(*CONDITION.size(1920, 1080))
    guide.set_presenting(True)
    window.nav.hide()
    window.menuBar().hide()
    _save(window, out / f"fullscreen-{language}.png")
    guide.set_presenting(False)
    window.nav.show()
    window.menuBar().show()
    window.resize(*CONDITION.size(1200, 820))
    built.session.stop()
    _save(window, out / f"checkin-after-{language}.png")
    guide.checkin.rating.skip()
    guide.checkin.skip_all()  # the note
    _save(window, out / f"summary-{language}.png")
    built.session.reset()
    built.session.start(session_plan(built.prefs.prefs))
    _advance(built, clock, 3 + 14.0)
    _save(window, out / f"session-bar-{language}.png")
    window.guide.feel_dizzy()
    _save(window, out / f"summary-dizzy-{language}.png")
    built.session.reset()
    _save(window, out / f"ready-after-dizzy-{language}.png")
    _shoot_relax(built, clock, out, language)
    _shoot_history(built, out, language)
    editor = PatternEditor(
        preset("calm").pattern, clock, THEMES[CONDITION.appearance], GuideStyle.CIRCLE, window
    )
    editor.show()
    editor.exhale.setValue(0)
    _save(editor, out / f"editor-invalid-{language}.png")
    editor.exhale.setValue(7)
    editor.hold_in.setValue(2)
    _save(editor, out / f"editor-{language}.png")
    editor.close()
    about = window.show_about()  # the data folder, for the install section
    about.setIconPixmap(built.app.windowIcon().pixmap(64, 64))
    _save(about, out / f"about-{language}.png")
    about.close()
    window.confirm = lambda _t, _q: True  # type: ignore[method-assign]
    window.close()
    built.db.close()
    built.language.switch("en")


def shrink(target: Path) -> None:
    """Quantise every PNG to a palette with pngquant when it is installed (about a third of
    the size, the same to the eye: the screens are flat colours and text); else keep them."""
    pngquant = shutil.which("pngquant")
    if pngquant is None:
        print("pngquant not found: the screenshots stay full size (apt-get install pngquant)")
        return
    files = sorted(str(path) for path in target.rglob("*.png"))
    for start in range(0, len(files), 100):
        batch = files[start : start + 100]
        command = [pngquant, "--quality=80-95", "--speed=1", "--force", "--ext=.png"]
        # Exit 98/99: a file that would not get smaller or better is left as it is.
        subprocess.run([*command, "--skip-if-larger", "--", *batch], check=False)


def shoot_all(target: Path) -> None:
    """Each condition in its own run: the text size is fixed when Qt starts."""
    for condition in CONDITIONS.values():
        out = target / condition.folder
        out.mkdir(parents=True, exist_ok=True)
        platform = condition.platform(Path(tempfile.mkdtemp()))
        env = dict(os.environ, SCREENSHOT_CONDITION=condition.name, QT_QPA_PLATFORM=platform)
        # SCREENSHOT_ONLY=de makes one language again in each of its conditions.
        only = os.environ.get("SCREENSHOT_ONLY", "").split(",")
        languages = [lang for lang in condition.languages if lang in only or only == [""]]
        if not languages:
            continue
        env["SCREENSHOT_LANGUAGES"] = ",".join(languages)
        env.pop("QT_FONT_DPI", None)
        if condition.font_dpi is not None:
            env["QT_FONT_DPI"] = str(condition.font_dpi)
        subprocess.run([sys.executable, __file__, str(out)], env=env, check=True)


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--all"]
    target = Path(arguments[0] if arguments else "docs/screenshots")
    if "--all" in sys.argv[1:]:
        shoot_all(target)
        write_index(target, Path(__file__).resolve().parent)
        shrink(target)
        sys.exit(0)
    target.mkdir(parents=True, exist_ok=True)
    # SCREENSHOT_LANGUAGES=fr,de renders only those (--all sets each condition's languages).
    for lang in os.environ.get("SCREENSHOT_LANGUAGES", "nl,en").split(","):
        shoot(target, lang)
        shoot_more(target, lang)  # settings-*.png too, with the profile's reminders and PIN
        shoot_heart(target, lang)  # the demo recording replayed on a clock moved by hand
