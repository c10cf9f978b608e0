# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line's options and commands, checked before anything is opened or written."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

from breathapp import __version__
from breathapp.cli.common import (
    LANGUAGES,
    UsageError,
    day,
    list_language,
    load_relaxation,
    number,
    speak_language,
)
from breathapp.cli.files import check_data_dir, check_output_name, check_saved_data
from breathapp.cli.plans import add_plan_commands
from breathapp.cli.problems import (
    holds_problem,
    length_problem,
    pattern_problem,
    rr_file_problem,
)
from breathapp.cli.profiles import find_profile, only_profile
from breathapp.cli.voice import add_voice_commands
from breathapp.cli.words import QT_TRANSLATE_NOOP, fill, translate
from breathapp.core.heart.rr_file import RrFileError, read_rr_file
from breathapp.core.patterns import PatternError, Problem, resolve
from breathapp.core.safety import (
    FIRST_MONTH_DAYS,
    FOUR_SEVEN_EIGHT,
    HoldsNotAllowedError,
    check_pacing,
    vet_session,
)
from breathapp.core.session import Length, LengthError, SessionPlan
from breathapp.paths import DATA_DIR_ENV, resolve_data_dir
from breathapp.storage.db import DB_FILENAME
from breathapp.storage.sessions_repo import first_started_read_only

# argparse's own help texts, in the catalogue too (its fixed words, usage: and options:,
# stay as argparse writes them).
ARGPARSE_HELP = (
    QT_TRANSLATE_NOOP("cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("cli", "show program's version number and exit"),
)


class _Translated(argparse.HelpFormatter):
    """The help in the language in use: translated when --help prints it, not at every
    start (a command that prints no help loads no catalogue for it)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return translate("cli", action.help) if action.help else action.help

    def _format_text(self, text: str) -> str:
        return super()._format_text(translate("cli", text))


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Translated)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP(
            "cli",
            "folder for the history (default: BREATHAPP_DATA_DIR when it is set and not "
            "empty, else a 'data' folder beside the installed program if there is a "
            "writable one, else the per-user folder)",
        ),
    )
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("cli", "language of the app"),
    )
    common.add_argument(
        "--profile",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the profile to use (see 'profiles'); the window asks the PIN of a profile with "
            "one, export and import refuse it: they have no way to ask",
        ),
    )
    parser = _Parser(
        prog="breathapp",
        description=QT_TRANSLATE_NOOP(
            "cli", "Guided slow belly breathing. Without a command, opens the app."
        ),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"BreathApp {__version__}")
    parser.add_argument(
        "--start",
        metavar="PATTERN",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "open straight into a session: a preset id, IN-HOLD-OUT-HOLD seconds, "
            "or a relaxation session id (see 'list')",
        ),
    )
    length = parser.add_mutually_exclusive_group()
    length.add_argument(
        "--minutes", metavar="M", help=QT_TRANSLATE_NOOP("cli", "session length in minutes")
    )
    length.add_argument(
        "--breaths", metavar="N", help=QT_TRANSLATE_NOOP("cli", "session length in breaths")
    )
    parser.add_argument(
        "--fullscreen", action="store_true", help=QT_TRANSLATE_NOOP("cli", "start in full screen")
    )
    parser.add_argument(
        "--quit-when-done",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "close the app when the session ends"),
    )
    parser.add_argument(
        "--rr-replay",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "replay an RR file (one interval between heartbeats in milliseconds a line) "
            "as the heart-rate source, in real time: for demonstrations without a strap",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "list",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "print the breathing patterns and the relaxation sessions"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Breathing patterns and relaxation sessions. Relaxation titles are in the --lang "
            "language; without it in the language saved in the app's settings; else the system "
            "language (LANGUAGE, LC_ALL, LC_MESSAGES or LANG: its language if the app speaks "
            "it, otherwise English).",
        ),
    )
    commands.add_parser(
        "profiles",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "print the profile names, one a line"),
    )
    export = commands.add_parser(
        "export",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "write the history to a file, without a window"),
    )
    export.add_argument(
        "--format",
        choices=("csv", "json", "pdf"),
        required=True,
        help=QT_TRANSLATE_NOOP(
            "cli", "csv: a table; json: a practice file 'import' reads back; pdf: a report"
        ),
    )
    export.add_argument(
        "--from",
        dest="first",
        metavar="DATE",
        help=QT_TRANSLATE_NOOP("cli", "from this day on (YYYY-MM-DD, inclusive)"),
    )
    export.add_argument(
        "--to",
        dest="last",
        metavar="DATE",
        help=QT_TRANSLATE_NOOP("cli", "up to this day (inclusive)"),
    )
    export.add_argument(
        "--output",
        metavar="FILE",
        required=True,
        help=QT_TRANSLATE_NOOP("cli", "'-' for standard output"),
    )
    importer = commands.add_parser(
        "import",
        parents=[common],
        help=QT_TRANSLATE_NOOP(
            "cli", "add the sessions of a practice file (from 'export --format json')"
        ),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Checks the whole file first, then adds its sessions to the history; "
            "sessions already there are skipped. Settings and preferences are not changed.",
        ),
    )
    importer.add_argument("file", metavar="FILE", help=QT_TRANSLATE_NOOP("cli", "a practice file"))
    add_plan_commands(commands, common)
    add_voice_commands(commands, common)
    return parser


def _is_relaxation(spec: str, language: str) -> bool:
    """False for a breathing pattern, True for a relaxation session id; else UsageError."""
    try:
        resolve(spec)
        return False
    except PatternError as error:
        if load_relaxation(language).get(spec.strip()) is not None:
            return True
        if error.problem is Problem.UNKNOWN_PRESET:
            problem = translate("cli", "unknown pattern or relaxation session %1: see %2")
            raise UsageError(fill(problem, repr(spec), "'breathapp list'")) from None
        raise UsageError(pattern_problem(error)) from None


def _reads_only(args: argparse.Namespace) -> bool:
    """The commands that only read the store: they never make one (import and the window do)."""
    return args.command in ("export", "profiles") or (
        args.command == "plan" and args.plan_command == "export"
    )


def parse_options(argv: Sequence[str], environ: dict[str, str] | None = None) -> argparse.Namespace:
    """Parse and check everything before anything is opened or written.

    ``args.relaxation`` is True when --start names a relaxation session, not a pattern.
    """
    env = dict(os.environ) if environ is None else environ
    args = build_parser().parse_args(list(argv))
    if args.command == "plan" and args.plan_command is None:
        problem = translate("cli", "plan needs an action: import FILE or export FILE")
        raise UsageError(problem)
    given = getattr(args, "data_dir", None)
    if given == "":  # not "not given": that would quietly mean the default folder
        raise UsageError(
            translate("cli", "--data-dir is empty: give a folder, or leave the option out")
        )
    args.data_dir = resolve_data_dir(given, env)
    named_by = "--data-dir" if given else DATA_DIR_ENV if env.get(DATA_DIR_ENV) else None
    args.lang = getattr(args, "lang", None)
    args.chosen_profile = None
    speak_language(args, env)  # the saved language of --profile's profile, else the first's
    if args.rr_replay is not None:  # read whole now: a bad file never opens the window
        if args.command is not None:
            raise UsageError(translate("cli", "--rr-replay is for the window, not a command"))
        try:
            read_rr_file(args.rr_replay)
        except RrFileError as error:
            raise UsageError(rr_file_problem(error)) from None
        args.rr_replay = Path(args.rr_replay).absolute()
    if args.command == "export":  # what was typed wrong is said before what is missing
        args.first = day(args.first, "--from")
        args.last = day(args.last, "--to")
        if args.first is not None and args.last is not None and args.first > args.last:
            problem = translate("cli", "--from %1 is after --to %2")
            raise UsageError(fill(problem, args.first, args.last))
    if args.command is not None or args.start is not None:  # these look into the folder
        check_data_dir(args.data_dir, named_by)
    if args.command == "export":
        check_output_name(args.output, "--output", args.data_dir)
    if args.command == "plan" and args.plan_command == "export":
        check_output_name(args.file, "FILE", args.data_dir)
    if _reads_only(args):  # before --profile: where nothing was saved there are no profiles
        check_saved_data(args.data_dir, named_by)
    args.profile = getattr(args, "profile", None)  # chosen_profile: None until found
    if args.profile is not None:  # read without writing; unknown: UsageError
        args.chosen_profile = find_profile(args.data_dir, args.profile)  # its own language
    args.relaxation = False
    if args.command is None:
        if (args.minutes or args.breaths or args.quit_when_done) and not args.start:
            raise UsageError(
                translate("cli", "--minutes, --breaths and --quit-when-done need --start")
            )
        if args.start is not None:
            args.relaxation = _is_relaxation(args.start, list_language(args, env))
        if args.relaxation:
            args.start = args.start.strip()
            if args.minutes is not None or args.breaths is not None:
                problem = translate(
                    "cli",
                    "a relaxation session has its own length; leave out --minutes and --breaths",
                )
                raise UsageError(problem)
        try:
            if args.minutes is not None:
                args.minutes = Length.minutes(number(args.minutes, "--minutes")).value
            if args.breaths is not None:
                args.breaths = int(Length.breaths(number(args.breaths, "--breaths")).value)
        except PatternError as error:
            raise UsageError(pattern_problem(error)) from None
        except LengthError as error:
            raise UsageError(length_problem(error)) from None
    if args.command is None and args.start is not None and not args.relaxation:
        _check_safety(args)
    return args


def _check_safety(args: argparse.Namespace) -> None:
    """Refuse here what the window would refuse, when it is sure which profile practises.

    That is the --profile named, or the only profile there is. With several profiles the
    picker (or the open window) decides, and the session's own safety gate says no there,
    in words. Read without writing: a refused start leaves no trace, not even a new file.
    """
    profile = args.chosen_profile or only_profile(args.data_dir)
    if profile is None:
        return
    pattern = resolve(args.start)[0]
    try:
        check_pacing(pattern, profile)
    except HoldsNotAllowedError as error:
        raise UsageError(holds_problem(error)) from None
    if args.minutes is None and args.breaths is None:
        return  # the saved length: the window shortens it if it must, and says so
    if args.minutes is not None:
        length = Length.minutes(args.minutes)
    else:
        length = Length.breaths(args.breaths)
    started = first_started_read_only(
        args.data_dir / DB_FILENAME, profile.id, FOUR_SEVEN_EIGHT.text()
    )
    first_478 = started.astimezone().date() if started is not None else None
    today = datetime.now(UTC).astimezone().date()
    _plan, capped = vet_session(SessionPlan(pattern, length), profile, first_478, today)
    if capped is not None:
        problem = translate(
            "cli",
            "4-7-8 is at most %1 breaths a session in the first %2 days with it (until %3): "
            "give --breaths %1 or fewer, or leave the length out",
        )
        raise UsageError(fill(problem, capped.breaths, FIRST_MONTH_DAYS, capped.last_day))
