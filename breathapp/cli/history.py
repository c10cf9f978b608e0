# SPDX-License-Identifier: GPL-3.0-or-later
"""'export' and 'import': the history to a file (CSV, a practice file, a PDF) and back."""

from __future__ import annotations

import argparse
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from breathapp.cli.common import UsageError, list_language, load_relaxation, relaxation_folder
from breathapp.cli.files import check_input, write_file_output, write_output
from breathapp.cli.profiles import profile_id
from breathapp.cli.store import open_for_writing
from breathapp.cli.words import fill, translate
from breathapp.paths import asset_path
from breathapp.storage.db import Database
from breathapp.storage.profiles_repo import ProfileRepo

REPORT_DAYS = 28  # a PDF report without --from covers the last four weeks


def _export_pdf(args: argparse.Namespace) -> int:
    """The therapist's report of --from..--to (the last 4 weeks by default) as a PDF.

    Painting needs a QGuiApplication, made on the offscreen platform: no window opens.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from breathapp.core.relaxation import script_id_of
    from breathapp.storage.history_repo import HistoryRepo
    from breathapp.storage.prefs_repo import PrefsRepo
    from breathapp.ui.common.i18n import LanguageSwitcher
    from breathapp.ui.report.report_pdf import write_pdf

    app = QGuiApplication.instance() or QGuiApplication(["breathapp"])
    language = list_language(args, dict(os.environ))
    switcher = LanguageSwitcher(app, asset_path("translations"))  # type: ignore[arg-type]
    switcher.switch(language)  # kept in a name: its translator lives as long as it does
    titles = {s.id: s.title for s in load_relaxation(language).scripts}
    now = datetime.now(UTC)
    today = now.astimezone().date()
    last = args.last or today
    try:
        first = args.first or last - timedelta(days=REPORT_DAYS - 1)
    except OverflowError:  # before 1 January of the year 1
        problem = translate(
            "cli", "--to %1 leaves no room for the %2 days before it: give --from too"
        )
        raise UsageError(fill(problem, last, REPORT_DAYS)) from None
    if first > last:
        problem = translate("cli", "--from %1 is after the end of the report, %2")
        raise UsageError(fill(problem, first, last))
    if args.output == "-":
        raise UsageError(translate("cli", "a PDF report needs a file: give --output FILE"))
    db = Database.open_read_only(args.data_dir)
    try:
        profile = ProfileRepo(db).get(profile_id(args.chosen_profile, db))
        prefs, _bad = PrefsRepo(db).load(profile.id)
        data = HistoryRepo(db).report(
            profile.id, first, last, today, prefs.daily_goal_minutes, profile.name
        )
    finally:
        db.close()

    def names(kind: str) -> str:
        return titles.get(script_id_of(kind) or "", kind)

    write_file_output(args.output, args.data_dir, lambda path: write_pdf(path, data, names))
    return 0


def export(args: argparse.Namespace) -> int:
    if args.format == "pdf":
        return _export_pdf(args)
    # Only these headless commands need the exporters: they stay off the window's start.
    from breathapp.storage.backup import write_backup
    from breathapp.storage.export import export_csv

    now = datetime.now(UTC)
    db = Database.open_read_only(args.data_dir)
    try:
        pid = profile_id(args.chosen_profile, db)

        def write(stream: TextIO) -> int:
            if args.format == "json":
                return write_backup(db, pid, stream, args.first, args.last, now_utc=now)
            return export_csv(db, pid, stream, args.first, args.last)

        write_output(args.output, args.data_dir, write)
    finally:
        db.close()
    return 0


def import_backup(args: argparse.Namespace, out: TextIO) -> int:
    from breathapp.storage.backup import BackupError, import_backup, load_backup
    from breathapp.storage.relaxation_files import script_ids

    try:
        known = script_ids(relaxation_folder())
    except FileNotFoundError:  # no assets at all: no relaxation session is known
        known = frozenset()
    now = datetime.now(UTC)
    # The whole file is checked before the store is opened: a refused file leaves no trace.
    check_input(Path(args.file))
    try:
        backup = load_backup(args.file, now_utc=now, script_ids=known)
    except BackupError as error:
        raise UsageError(str(error)) from None
    db = open_for_writing(args.data_dir)
    try:
        report = import_backup(db, profile_id(args.chosen_profile, db), backup)
    finally:
        db.close()
    done = fill(
        translate("cli", "sessions imported: %1; already there, skipped: %2"),
        report.added,
        report.skipped,
    )
    if report.moved_added:
        done += fill(translate("cli", "; movement days added: %1"), report.moved_added)
    out.write(done + "\n")
    return 0
