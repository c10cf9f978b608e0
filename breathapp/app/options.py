# SPDX-License-Identifier: GPL-3.0-or-later
"""What the window needs from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class Options(NamedTuple):
    """The window's options; also what a switch of profile opens the next window with."""

    # A NamedTuple, not a dataclass: nothing to compile when the module loads (start-up).

    data_dir: Path
    language: str | None
    start: str | None
    minutes: float | None
    breaths: int | None
    fullscreen: bool
    quit_when_done: bool
    profile: object = None  # --profile NAME; after a switch, the ProfileChoice made
    # After a switch to a profile with a PIN: the storage.vault.Keyring holding its data key
    # (opened by the PIN just given), so the next window can read what is sealed.
    keys: object = None
    rr_replay: Path | None = None  # --rr-replay FILE: checked; replayed after the first paint
