# SPDX-License-Identifier: GPL-3.0-or-later
"""The conditions the screenshots are made in: normal, 200 % text, high contrast, and the
languages of each.

200 % text is QT_FONT_DPI=192 on a 1600 × 1000 screen: Qt then draws everything twice as
large, so every window is at most 800 × 500 of Qt's pixels and its PNG 1600 × 1000. The
condition is chosen by the environment variable SCREENSHOT_CONDITION, set by
make_screenshots.py --all for each of its runs (QT_FONT_DPI must be set before Qt starts).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Condition:
    name: str
    folder: str  # under docs/screenshots
    appearance: str  # the colours every screen goes back to
    font_dpi: int | None = None
    screen: tuple[int, int] | None = None  # the screen in Qt's pixels; None: as asked
    device: tuple[int, int] = (1920, 1080)  # the screen in the device's pixels
    # The languages shot in it: all four at normal size and at 200 % text, where a longer
    # language is what would cut a word; colours do not depend on the language.
    languages: tuple[str, ...] = ("en", "nl", "fr", "de")

    def platform(self, folder: Path) -> str:
        """QT_QPA_PLATFORM for an offscreen screen of this condition's size."""
        width, height = self.device
        screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height}
        config = folder / f"screen-{self.name}.json"
        config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
        return f"offscreen:configfile={config}"

    def size(self, width: int, height: int) -> tuple[int, int]:
        """A window of ``width`` × ``height``, as large as the screen lets it be."""
        if self.screen is None:
            return width, height
        return min(width, self.screen[0]), min(height, self.screen[1])


CONDITIONS = {
    "normal": Condition("normal", "", "light"),
    "large": Condition("large", "large-text", "light", 192, (800, 500), (1600, 1000)),
    "contrast": Condition("contrast", "high-contrast", "high_contrast", languages=("en", "nl")),
}

LABELS = {"normal": "Normal", "large": "200 % text", "contrast": "High contrast"}

CONDITION = CONDITIONS[os.environ.get("SCREENSHOT_CONDITION", "normal")]
