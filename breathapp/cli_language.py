# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line's language from the system, when neither --lang nor a saved one says."""

from __future__ import annotations

ENV_NAMES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def system_language(env: dict[str, str]) -> str:
    """nl or en from the environment (first of LANGUAGE, LC_ALL, ...); Dutch when none fits.

    The same choice the app makes from the system's languages.
    """
    names = [part for key in ENV_NAMES for part in env.get(key, "").split(":")]
    for name in names:
        code = name.split(".")[0].split("_")[0].split("-")[0].lower()
        if code in ("nl", "dutch"):
            return "nl"
        if code in ("en", "english"):
            return "en"
    return "nl"
