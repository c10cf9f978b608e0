# SPDX-License-Identifier: GPL-3.0-or-later
"""The real app in a process of its own: a command run to its end, what it saved."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the source checkout, where the processes run


def process_env() -> dict[str, str]:
    """This run's environment (a temporary home: tests/conftest.py), offscreen.

    Without BREATHAPP_DATA_DIR: a command without --data-dir uses the per-user folder,
    which is in that temporary home.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("BREATHAPP_DATA_DIR", None)
    return env


def run_breathapp(
    *args: str, timeout: float = 60, env: dict[str, str | None] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m breathapp ARGS`` to its end; its output as text. ``env``: variables
    set (to a value) or taken away (to None) on top of process_env()."""
    environment = process_env()
    for key, value in (env or {}).items():
        if value is None:
            environment.pop(key, None)
        else:
            environment[key] = value
    return subprocess.run(
        [sys.executable, "-m", "breathapp", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
        cwd=ROOT,
    )


def export_rows(data_dir: Path) -> list[dict[str, str]]:
    """The sessions saved in ``data_dir``, as ``breathapp export --format csv`` writes them."""
    result = run_breathapp(
        "export", "--data-dir", str(data_dir), "--format", "csv", "--output", "-"
    )
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


_STARTED = """\
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from breathapp.app.build import build
from breathapp.app.later import after_first_paint
from breathapp.app.options import Options
app = QApplication([])
def tell(parent, text): pass
options = Options(Path(sys.argv[1]), 'en', None, None, None, False, False)
built = build(options, None, tell)
built.prefs.update(safety_notice_seen=True, {prefs})
built.window.show()
for _ in range(20): app.processEvents()
if {after_paint}:
    after_first_paint(built)
    for _ in range(20): app.processEvents()
print('\\n'.join(sorted(sys.modules)))
built.db.close()
"""


def modules_after_start(
    data_dir: Path, *, after_paint: bool = False, prefs: str = ""
) -> frozenset[str]:
    """The modules a real start loaded by the first paint (or, with ``after_paint``, once
    the work after it is done), in a fresh process; ``prefs``: settings first, as
    keyword arguments (``"background='rain'"``)."""
    script = _STARTED.format(after_paint=after_paint, prefs=prefs)
    result = subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env=process_env(),
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return frozenset(result.stdout.split())
