# SPDX-License-Identifier: GPL-3.0-or-later
"""Every file dialog the app opens starts in the user's Documents folder, in the app's language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from breathapp.paths import asset_path
from breathapp.ui.common.i18n import LanguageSwitcher
from breathapp.ui.plan.plan_actions import PlanDialogs
from breathapp.ui.profiles.profile_menu import ProfileDialogs


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


class Seen:
    def __init__(self) -> None:
        self.dialogs: list[tuple[str, str, str, str]] = []


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> Seen:
    """Each file dialog's folder, file name, "Look in" and "Files of type", then cancelled."""
    record = Seen()

    def fake_exec(dialog: QFileDialog) -> int:
        record.dialogs.append(
            (
                dialog.directory().absolutePath(),
                dialog.selectedFiles()[0] if dialog.selectedFiles() else "",
                dialog.labelText(QFileDialog.DialogLabel.LookIn),
                dialog.labelText(QFileDialog.DialogLabel.FileType),
            )
        )
        return 0

    def static(*_args: object) -> tuple[str, str]:
        raise AssertionError("a static file dialog cannot be given the labels Qt lacks")

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", static)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", static)
    return record


@pytest.fixture
def dutch(qapp: object) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    switcher = LanguageSwitcher(app, asset_path("translations"))
    switcher.switch("nl")
    try:
        yield
    finally:
        switcher.switch("en")


def test_plan_and_profile_file_dialogs_start_in_documents(qtbot: object, seen: Seen) -> None:
    docs = _documents()
    docs.mkdir(parents=True, exist_ok=True)
    parent = QWidget()
    plans = PlanDialogs(parent, lambda: (), lambda name: None, date.today)  # type: ignore[arg-type,return-value]
    assert plans.open_file() is None
    assert plans.save_file("my-plan.breathplan") is None
    assert ProfileDialogs(parent).save_file("Save", "Ann.json") is None
    assert [(folder, name) for folder, name, *_ in seen.dialogs] == [
        (str(docs), ""),
        (str(docs), str(docs / "my-plan.breathplan")),
        (str(docs), str(docs / "Ann.json")),
    ]


def test_the_file_dialog_has_no_english_labels_in_dutch(
    qtbot: object, seen: Seen, dutch: None
) -> None:
    """Qt 6 wrote "&Look in:" and "Files of &type:", which its own Dutch lacks."""
    from breathapp.ui.common.file_dialogs import ask_file

    assert ask_file(QWidget(), "Opslaan", "x.json", "JSON (*.json)", save=True) == ""
    _folder, _name, look_in, file_type = seen.dialogs[0]
    assert (look_in, file_type) == ("Zoeken in:", "Bestanden van type:")


def test_a_missing_documents_folder_falls_back_to_home(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from breathapp.ui.common import file_dialogs

    monkeypatch.setattr(file_dialogs, "_documents", lambda: tmp_path / "gone")
    assert file_dialogs.in_documents("x.json") == str(Path.home() / "x.json")
