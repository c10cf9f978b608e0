# SPDX-License-Identifier: GPL-3.0-or-later
"""Every file dialog the app opens starts in the user's Documents folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from breathapp.ui.plan.plan_actions import PlanDialogs
from breathapp.ui.profiles.profile_menu import ProfileDialogs


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    folders: list[str] = []

    def fake(parent: QWidget, title: str, folder: str, kind: str) -> tuple[str, str]:
        folders.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)
    return folders


def test_plan_and_profile_file_dialogs_start_in_documents(qtbot: object, asked: list[str]) -> None:
    _documents().mkdir(parents=True, exist_ok=True)
    parent = QWidget()
    plans = PlanDialogs(parent, lambda: (), lambda name: None, date.today)  # type: ignore[arg-type,return-value]
    assert plans.open_file() is None
    assert plans.save_file("my-plan.breathplan") is None
    assert ProfileDialogs(parent).save_file("Save", "Ann.json") is None
    assert asked == [
        str(_documents()),
        str(_documents() / "my-plan.breathplan"),
        str(_documents() / "Ann.json"),
    ]


def test_a_missing_documents_folder_falls_back_to_home(
    qtbot: object, asked: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from breathapp.ui.common import file_dialogs

    monkeypatch.setattr(file_dialogs, "_documents", lambda: tmp_path / "gone")
    assert file_dialogs.in_documents("x.json") == str(Path.home() / "x.json")
