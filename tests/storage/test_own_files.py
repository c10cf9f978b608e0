# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's own files in the data folder: no chosen output may land on one, by any name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from breathapp.core.errors import OwnFileError
from breathapp.storage.own_files import check_output


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    (folder / "backups").mkdir(parents=True)
    (folder / "breathapp.db").write_bytes(b"SQLite format 3\x00")
    (folder / "backups" / "breathapp-2026-11-25.db").write_bytes(b"copy")
    return folder


@pytest.mark.parametrize(
    "name",
    [
        "breathapp.db",
        "breathapp.db-wal",
        "breathapp.db-journal",
        "backups/breathapp-2026-11-25.db",
        "backups/new.json",
        "logs/breathapp.log",
        "logs",
        "requests/7.json",
        "cache/breathapp_nl.qm",
        "instance.lock",
        "window.ini",
        "breathapp.damaged-20261125T120000.db",
        "breathapp.db.breathplan",
        ".breathapp-write-probe",
        "Backups/x.db",  # as a case-insensitive disk would find it
        ".",
        "backups/../breathapp.db",
        "voice/anna/manifest.json",  # the voice packs
        "voice/anna/tiny/lie-down.wav",
        "voice",
    ],
)
def test_the_apps_own_files_and_folders_are_refused(data: Path, name: str) -> None:
    with pytest.raises(OwnFileError) as caught:
        check_output(data / name, data)
    assert caught.value.data_dir == data
    assert str(data) in str(caught.value)


def test_the_folder_by_a_relative_path_or_a_link_is_refused(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(data / "backups")
    with pytest.raises(OwnFileError):
        check_output(Path("../breathapp.db"), data)
    alias = tmp_path / "alias"
    alias.symlink_to(data, target_is_directory=True)
    with pytest.raises(OwnFileError):
        check_output(alias / "breathapp.db", data)
    with pytest.raises(OwnFileError):  # the data folder named through the link
        check_output(data / "breathapp.db", alias)
    link = tmp_path / "history.csv"
    link.symlink_to(data / "breathapp.db")
    with pytest.raises(OwnFileError):
        check_output(link, data)


@pytest.mark.skipif(not hasattr(os, "link"), reason="no hard links")
def test_a_hard_link_to_the_database_or_a_backup_is_refused(data: Path, tmp_path: Path) -> None:
    for own, name in (("breathapp.db", "a.csv"), ("backups/breathapp-2026-11-25.db", "b.json")):
        os.link(data / own, tmp_path / name)
        with pytest.raises(OwnFileError):
            check_output(tmp_path / name, data)


def test_files_of_the_users_own_are_fine(data: Path, tmp_path: Path) -> None:
    (tmp_path / "other.csv").write_text("x", encoding="utf-8")
    for target in (
        data / "anna.json",  # beside the app's files, but not one of them
        data / "breathapp-2026-11-25.csv",
        data / "exports" / "breathapp.db",  # a folder the user made
        tmp_path / "other.csv",  # exists
        tmp_path / "new.csv",
        tmp_path / "data-exports" / "x.csv",  # a name that only starts like the folder's
        Path(str(data) + ".csv"),
        tmp_path,  # the folder above: refusing a folder is write_atomically's to do
    ):
        check_output(target, data)


def test_a_data_folder_not_made_yet_still_counts(tmp_path: Path) -> None:
    with pytest.raises(OwnFileError):
        check_output(tmp_path / "new" / "breathapp.db", tmp_path / "new")
