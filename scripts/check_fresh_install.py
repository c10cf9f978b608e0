# SPDX-License-Identifier: GPL-3.0-or-later
"""Check an installed BreathApp (a fresh `pip install .`, not the source checkout) picks its
language from the system as a patient's computer would: French with LANG=fr_BE.UTF-8,
German with de_BE, Dutch with nl_BE, and English with a language it does not speak
(ja_JP). Both faces are checked: the window (offscreen, one breath, its log says the
language it chose) and the command line (`breathapp list`: the session titles).

Run with the installed environment's Python: `fresh/bin/python scripts/check_fresh_install.py`.
CI (.ci/run) runs it; exit 1 with one line per failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

# A title each language's list shows, from the shipped relaxation scripts.
TITLES = {
    "fr": "Apprendre la respiration par le ventre",
    "de": "Bauchatmung lernen",
    "nl": "Buikademhaling leren",
    "en": "Learning belly breathing",
}
SYSTEMS = {"fr_BE.UTF-8": "fr", "de_BE.UTF-8": "de", "nl_BE.UTF-8": "nl", "ja_JP.UTF-8": "en"}
SOURCE_TREE = Path(__file__).resolve().parent.parent / "breathapp"


def _env(lang: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env.pop("BREATHAPP_DATA_DIR", None)
    env.update(LANG=lang, HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.update(XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    return env


def check(lang: str, expected: str, command: Path) -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory(prefix="breathapp-fresh-") as tmp:
        home, data = Path(tmp), Path(tmp) / "data-dir"
        env = _env(lang, home)
        window = subprocess.run(
            [
                str(command),
                "--data-dir",
                str(data),
                "--start",
                "calm",
                "--breaths",
                "1",
                "--quit-when-done",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        log = data / "logs" / "breathapp.log"
        said = log.read_text(encoding="utf-8") if log.is_file() else ""
        if window.returncode != 0:
            problems.append(
                f"{lang}: the window exited {window.returncode}: {window.stderr[-300:]}"
            )
        elif f"language: {expected}," not in said:
            problems.append(
                f"{lang}: the window did not choose {expected!r}: log says {said[-300:]!r}"
            )
        listing = subprocess.run(
            [str(command), "--data-dir", str(data), "list"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if TITLES[expected] not in listing.stdout:
            problems.append(
                f"{lang}: `breathapp list` is not in {expected!r}: {listing.stdout[-300:]!r}"
            )
    return problems


def main() -> int:
    import breathapp

    where = Path(breathapp.__file__).resolve().parent
    if where == SOURCE_TREE:
        print(
            f"check_fresh_install: breathapp is imported from the checkout ({where}), "
            "not from an installed copy"
        )
        return 1
    command = Path(sys.executable).parent / ("breathapp.exe" if os.name == "nt" else "breathapp")
    problems = []
    for lang, expected in SYSTEMS.items():
        found = check(lang, expected, command)
        problems += found
        print(f"fresh install, LANG={lang}: {'FAILED' if found else expected}")
    for problem in problems:
        print(f"check_fresh_install: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
