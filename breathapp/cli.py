# SPDX-License-Identifier: GPL-3.0-or-later
"""Command line: options for the window, and headless commands (list, export, import)."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from breathapp import __version__
from breathapp.cli_plans import add_plan_commands, run_plan
from breathapp.core.errors import StorageError
from breathapp.core.patterns import PRESETS, PatternError, Problem, fmt_s, resolve
from breathapp.core.safety import HoldsNotAllowedError, check_pacing
from breathapp.core.session import Length, LengthError
from breathapp.paths import asset_path, resolve_data_dir

# The store is imported here, before the window code imports PySide6: PySide6 inspects
# the source of every module imported after it, which would add to start-up.
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.files import write_atomically
from breathapp.storage.instance_lock import InstanceLock
from breathapp.storage.prefs_repo import saved_language_read_only
from breathapp.storage.profiles_repo import ProfileRepo, default_profile_read_only
from breathapp.storage.relaxation_files import load_library
from breathapp.storage.sessions_repo import SessionRepo  # noqa: F401 - for the window, see above

if TYPE_CHECKING:
    from breathapp.core.relaxation import Library

EXIT_USAGE, EXIT_ENVIRONMENT = 2, 1  # bad input; a machine that cannot do it
REPORT_DAYS = 28  # a PDF report without --from covers the last four weeks
LANGUAGES = ("nl", "en")
LANGUAGE_HELP = (
    "Relaxation titles are in the --lang language; without it in the language saved in "
    "the app's settings; else the system language (LANGUAGE, LC_ALL, LC_MESSAGES or LANG: "
    "Dutch for nl, otherwise English)."
)


class UsageError(Exception):
    """Bad command-line input: one clear line, exit code 2, nothing written."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=(
            "folder for the history (default: BREATHAPP_DATA_DIR, else a 'data' folder "
            "beside the installed program if there is a writable one, else the per-user folder)"
        ),
    )
    common.add_argument(
        "--lang", choices=("nl", "en"), default=argparse.SUPPRESS, help="language of the app"
    )
    common.add_argument(
        "--profile",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="the profile to use (see 'profiles'); the window asks the PIN of a profile with "
        "one, export and import refuse it: they have no way to ask",
    )
    parser = _Parser(
        prog="breathapp",
        description="Guided slow belly breathing. Without a command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"BreathApp {__version__}")
    parser.add_argument(
        "--start",
        metavar="PATTERN",
        help=(
            "open straight into a session: a preset id, IN-HOLD-OUT-HOLD seconds, "
            "or a relaxation session id (see 'list')"
        ),
    )
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--minutes", metavar="M", help="session length in minutes")
    length.add_argument("--breaths", metavar="N", help="session length in breaths")
    parser.add_argument("--fullscreen", action="store_true", help="start in full screen")
    parser.add_argument(
        "--quit-when-done", action="store_true", help="close the app when the session ends"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "list",
        parents=[common],
        help="print the breathing patterns and the relaxation sessions",
        description=f"Breathing patterns and relaxation sessions. {LANGUAGE_HELP}",
    )
    commands.add_parser("profiles", parents=[common], help="print the profile names, one a line")
    export = commands.add_parser(
        "export", parents=[common], help="write the history to a file, without a window"
    )
    export.add_argument(
        "--format",
        choices=("csv", "json", "pdf"),
        required=True,
        help="csv: a table; json: a practice file 'import' reads back; pdf: a report",
    )
    export.add_argument(
        "--from", dest="first", metavar="DATE", help="from this day on (YYYY-MM-DD, inclusive)"
    )
    export.add_argument("--to", dest="last", metavar="DATE", help="up to this day (inclusive)")
    export.add_argument("--output", metavar="FILE", required=True, help="'-' for standard output")
    importer = commands.add_parser(
        "import",
        parents=[common],
        help="add the sessions of a practice file (from 'export --format json')",
        description=(
            "Checks the whole file first, then adds its sessions to the history; "
            "sessions already there are skipped. Settings and preferences are not changed."
        ),
    )
    importer.add_argument("file", metavar="FILE", help="a practice file")
    add_plan_commands(commands, common)
    return parser


def _number(text: str, option: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise UsageError(f"{option} must be a number, got {text!r}") from None
    return value


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _day(text: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option as a date; None when not given."""
    if text is None:
        return None
    try:
        if _DAY.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise UsageError(f"{option} must be a date as YYYY-MM-DD, got {text!r}")


def list_language(args: argparse.Namespace, env: dict[str, str]) -> str:
    """The language the app would use: --lang, else the saved one, else the system's."""
    if args.lang:
        return str(args.lang)
    from breathapp.cli_language import system_language

    saved = saved_language_read_only(args.data_dir / DB_FILENAME, args.chosen_profile)
    return saved if saved in LANGUAGES else system_language(env)


def relaxation_folder() -> Path:
    return asset_path("relaxation")


def load_relaxation(language: str) -> Library:
    from breathapp.core.relaxation import Library  # only for list and --start: not at start-up

    try:
        folder = relaxation_folder()
    except FileNotFoundError:
        return Library((), ())
    return load_library(folder, language)


def _is_relaxation(spec: str, language: str) -> bool:
    """False for a breathing pattern, True for a relaxation session id; else UsageError."""
    try:
        resolve(spec)
        return False
    except PatternError as error:
        if load_relaxation(language).get(spec.strip()) is not None:
            return True
        if error.problem is Problem.UNKNOWN_PRESET:
            raise UsageError(
                f"unknown pattern or relaxation session {spec!r}: see 'breathapp list'"
            ) from None
        raise UsageError(str(error)) from None


def parse_options(argv: Sequence[str], environ: dict[str, str] | None = None) -> argparse.Namespace:
    """Parse and check everything before anything is opened or written.

    ``args.relaxation`` is True when --start names a relaxation session, not a pattern.
    """
    env = dict(os.environ) if environ is None else environ
    args = _parser().parse_args(list(argv))
    args.data_dir = resolve_data_dir(getattr(args, "data_dir", None), env)
    args.lang = getattr(args, "lang", None)
    args.profile = args.chosen_profile = getattr(args, "profile", None)
    if args.profile is not None:  # read without writing; unknown: UsageError
        from breathapp.cli_profiles import find_profile

        args.chosen_profile = find_profile(args.data_dir, args.profile)
    args.relaxation = False
    if args.command is None:
        if (args.minutes or args.breaths or args.quit_when_done) and not args.start:
            raise UsageError("--minutes, --breaths and --quit-when-done need --start")
        if args.start is not None:
            args.relaxation = _is_relaxation(args.start, list_language(args, env))
        if args.relaxation:
            args.start = args.start.strip()
            if args.minutes is not None or args.breaths is not None:
                raise UsageError(
                    "a relaxation session has its own length; leave out --minutes and --breaths"
                )
        try:
            if args.minutes is not None:
                args.minutes = Length.minutes(_number(args.minutes, "--minutes")).value
            if args.breaths is not None:
                args.breaths = int(Length.breaths(_number(args.breaths, "--breaths")).value)
        except (PatternError, LengthError) as error:
            raise UsageError(str(error)) from None
    if args.command == "export":
        args.first = _day(args.first, "--from")
        args.last = _day(args.last, "--to")
        if args.first is not None and args.last is not None and args.first > args.last:
            raise UsageError(f"--from {args.first} is after --to {args.last}")
    if args.command is None and args.start is not None and not args.relaxation:
        # Read without writing: a refused start must leave no trace, not even a new file.
        profile = args.chosen_profile or default_profile_read_only(args.data_dir / DB_FILENAME)
        if profile is not None:
            try:
                check_pacing(resolve(args.start)[0], profile)
            except HoldsNotAllowedError as error:
                raise UsageError(str(error)) from None
    return args


def _print_list(out: TextIO, language: str = "en", err: TextIO | None = None) -> None:
    out.write(f"{'id':<14}{'seconds (in-hold-out-hold)':<28}{'breaths/min':<13}holds\n")
    for p in PRESETS:
        rate = f"{p.pattern.rate_bpm:.2f}".rstrip("0").rstrip(".")
        holds = "yes" if p.pattern.has_holds else "no"
        out.write(f"{p.id:<14}{p.pattern.text():<28}{rate:<13}{holds}\n")
    out.write(
        "\nOr give your own seconds, e.g. --start 4-2-6-0 (each 0 to 20 s, in and out at "
        f"least 1 s, a whole breath at most {fmt_s(40)} s).\n"
    )
    library = load_relaxation(language)
    for problem in library.problems:
        (err or sys.stderr).write(f"breathapp: skipped {problem}\n")
    width = max((len(s.id) for s in library.scripts), default=0) + 2
    width = max(width, 14)
    out.write(f"\nRelaxation sessions\n{'id':<{width}}{'minutes':<9}title\n")
    for script in library.scripts:
        out.write(f"{script.id:<{width}}{script.minutes:<9}{script.title}\n")


def _write_output(output: str, write: Callable[[TextIO], object]) -> None:
    """Write to standard output ('-') or to a file that appears only when complete."""
    if output == "-":
        write(sys.stdout)
        return
    target = Path(output)
    try:
        write_atomically(target, write)
    except OSError as error:
        raise UsageError(f"cannot write {target}: {error.strerror or error}") from None


def _export_pdf(args: argparse.Namespace) -> int:
    """The therapist's report of --from..--to (the last 4 weeks by default) as a PDF.

    Painting needs a QGuiApplication, made on the offscreen platform: no window opens.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from breathapp.cli_profiles import profile_id
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
    first = args.first or last - timedelta(days=REPORT_DAYS - 1)
    if first > last:
        raise UsageError(f"--from {first} is after the end of the report, {last}")
    if args.output == "-":
        raise UsageError("a PDF report needs a file: give --output FILE")
    db, _report = Database.open(args.data_dir, now)
    try:
        profile = ProfileRepo(db).get(profile_id(args.chosen_profile, db))
        prefs, _bad = PrefsRepo(db).load(profile.id)
        data = HistoryRepo(db).report(
            profile.id, first, last, today, prefs.daily_goal_minutes, profile.name
        )
    finally:
        db.close()
    target = Path(args.output)
    temporary = target.with_name(target.name + ".part")
    try:
        write_pdf(temporary, data, lambda kind: titles.get(script_id_of(kind) or "", kind))
        temporary.replace(target)
    except (StorageError, OSError) as error:
        temporary.unlink(missing_ok=True)
        raise UsageError(f"cannot write {target}: {error}") from None
    return 0


def _export(args: argparse.Namespace) -> int:
    if args.format == "pdf":
        return _export_pdf(args)
    # Only these headless commands need the exporters: they stay off the window's start.
    from breathapp.cli_profiles import profile_id
    from breathapp.storage.backup import write_backup
    from breathapp.storage.export import export_csv

    now = datetime.now(UTC)
    db, _report = Database.open(args.data_dir, now)
    try:
        pid = profile_id(args.chosen_profile, db)

        def write(stream: TextIO) -> int:
            if args.format == "json":
                return write_backup(db, pid, stream, args.first, args.last, now_utc=now)
            return export_csv(db, pid, stream, args.first, args.last)

        _write_output(args.output, write)
    finally:
        db.close()
    return 0


def _import(args: argparse.Namespace, out: TextIO) -> int:
    from breathapp.cli_profiles import profile_id
    from breathapp.storage.backup import BackupError, import_backup, load_backup

    # The whole file is checked before the store is opened: a refused file leaves no trace.
    try:
        backup = load_backup(args.file)
    except BackupError as error:
        raise UsageError(str(error)) from None
    db, _report = Database.open(args.data_dir, datetime.now(UTC))
    try:
        report = import_backup(db, profile_id(args.chosen_profile, db), backup)
    finally:
        db.close()
    noun = "session" if report.added == 1 else "sessions"
    days = "day" if report.moved_added == 1 else "days"
    moved = f"; added {report.moved_added} movement {days}" if report.moved_added else ""
    out.write(f"imported {report.added} {noun}, skipped {report.skipped} already there{moved}\n")
    return 0


ALREADY_OPEN = "BreathApp is already open with this data folder; it has been brought to the front."


def _hand_over(args: argparse.Namespace) -> int:
    """Another process has the window open on this data folder: pass our options to it."""
    from breathapp.storage.instance_requests import Request, write_request

    request = Request(args.start, args.minutes, args.breaths, args.fullscreen, args.quit_when_done)
    try:
        write_request(args.data_dir, request)
    except OSError as error:
        sys.stderr.write(
            "breathapp: BreathApp is already open with this data folder, but it could not "
            f"be told to come to the front: {error.strerror or error}\n"
        )
        return EXIT_ENVIRONMENT
    if sys.stdout is not None:  # None in a windowed build: nowhere to say it
        sys.stdout.write(ALREADY_OPEN + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = parse_options(argv)
        if args.command == "profiles":
            from breathapp.cli_profiles import print_profiles

            return print_profiles(args.data_dir, sys.stdout)
        if args.command == "list":
            _print_list(sys.stdout, list_language(args, dict(os.environ)), sys.stderr)
            return 0
        if args.command == "export":
            return _export(args)
        if args.command == "import":
            return _import(args, sys.stdout)
        if args.command == "plan":
            return run_plan(args, sys.stdout)
    except UsageError as error:
        sys.stderr.write(f"breathapp: {error}\n")
        return EXIT_USAGE
    except StorageError as error:
        sys.stderr.write(f"breathapp: {error}\n")
        return EXIT_ENVIRONMENT
    except BrokenPipeError:
        # The reader went away (`breathapp list | head`): what was done is done; no traceback.
        # Python's own advice: point stdout at devnull so the flush at exit stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0

    # One window per data folder: a second one would be a second writer to the same store.
    # The headless commands above never take the lock: list and export only read, and
    # import writes in SQLite transactions, which SQLite keeps safe beside a running app.
    try:
        lock = InstanceLock.acquire(args.data_dir)
    except OSError:
        lock = None  # an unusable folder: the store says so, calmly, when it opens
    else:
        if lock is None:
            return _hand_over(args)

    from breathapp.app import Options, run

    try:
        return run(
            Options(
                data_dir=args.data_dir,
                language=args.lang,
                start=args.start,
                minutes=args.minutes,
                breaths=args.breaths,
                fullscreen=args.fullscreen,
                quit_when_done=args.quit_when_done,
                profile=args.profile,
            )
        )
    finally:
        if lock is not None:
            lock.release()
