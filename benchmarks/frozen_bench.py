# SPDX-License-Identifier: GPL-3.0-or-later
"""Rows for a frozen build (python -m benchmarks --frozen dist): sizes and start-up vs source."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import build_installer as b  # the build's own measures: one way to measure, in one place

MakeRow = Callable[[str, str, str, str, str, bool], object]


def measure_frozen(dist: Path, row: MakeRow) -> list[object]:
    """Bundle and archive size, and frozen start-up beside start-up from source."""
    bundle = dist / b.APP_NAME
    exe = bundle / (b.APP_NAME + (".exe" if b.sys.platform == "win32" else ""))
    if not exe.is_file():
        raise RuntimeError(f"no frozen app at {exe}: run build_installer.py first")
    rows: list[object] = []
    size = b.folder_bytes(bundle)
    limit = b.TARGET_BUNDLE_MB * b.MB
    rows.append(
        row(
            "frozen bundle (one folder)",
            f"{size / b.MB:.1f} MB",
            "",
            "",
            f"≤ {b.TARGET_BUNDLE_MB:g} MB",
            size <= limit,
        )
    )
    for archive in sorted(dist.glob(f"{b.APP_NAME}-*.tar.gz")) + sorted(dist.glob("*.zip")):
        size = archive.stat().st_size
        limit = b.TARGET_ARCHIVE_MB * b.MB
        rows.append(
            row(
                f"archive {archive.name}",
                f"{size / b.MB:.1f} MB",
                "",
                "",
                f"≤ {b.TARGET_ARCHIVE_MB:g} MB",
                size <= limit,
            )
        )
    try:
        measured = b.measure_startup(exe)
    except b.BuildError as error:
        raise RuntimeError(f"frozen start-up: {error}") from None
    if measured is not None:
        frozen, source = measured
        ratio = frozen / source
        rows.append(
            row(
                "frozen start-up to first paint (median of 5)",
                f"{frozen * 1000:.0f} ms",
                f"{source * 1000:.0f} ms",
                f"{ratio:.2f}×",
                f"≤ {b.TARGET_START_RATIO:g}× from source",
                ratio <= b.TARGET_START_RATIO,
            )
        )
    return rows
