# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line's entry point: a headless command, or the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from breathapp.app.options import Options
from breathapp.cli.common import (
    EXIT_ENVIRONMENT,
    EXIT_USAGE,
    UsageError,
    given_language,
    list_language,
    printable,
)
from breathapp.cli.parser import parse_options
from breathapp.cli.plans import run_plan
from breathapp.cli.profiles import print_profiles
from breathapp.cli.words import fill, translate, use_language
from breathapp.core.errors import StorageError

# The store is imported here, before the window code imports PySide6: PySide6 inspects
# the source of every module imported after it, which would add to start-up.
from breathapp.storage.instance_lock import InstanceLock
from breathapp.storage.sessions_repo import SessionRepo  # noqa: F401 - for the window, see above

# What a second start says, in English (translated where it is said).
ALREADY_OPEN = "BreathApp is already open with this data folder; it has been brought to the front."


def _hand_over(args: argparse.Namespace) -> int:
    """Another process has the window open on this data folder: pass our options to it."""
    from breathapp.storage.instance_requests import Request, write_request

    request = Request(args.start, args.minutes, args.breaths, args.fullscreen, args.quit_when_done)
    try:
        write_request(args.data_dir, request)
    except OSError as error:
        problem = translate(
            "cli",
            "BreathApp is already open with this data folder, but it could not be told "
            "to come to the front: %1",
        )
        _say(fill(problem, error.strerror or error))
        return EXIT_ENVIRONMENT
    if sys.stdout is not None:  # None in a windowed build: nowhere to say it
        told = translate(
            "cli",
            "BreathApp is already open with this data folder; it has been brought to the front.",
        )
        sys.stdout.write(told + "\n")
    return 0


def _say(problem: object) -> None:
    """One line on stderr, whatever file names or stored text ``problem`` holds."""
    if sys.stderr is not None:  # None in a windowed build: nowhere to say it
        sys.stderr.write(f"breathapp: {printable(problem)}\n")


def _cannot_open(problem: str) -> int:
    _say(problem)
    return EXIT_ENVIRONMENT


def window_options(args: argparse.Namespace) -> Options:
    """What the window needs from the checked options."""
    return Options(
        data_dir=args.data_dir,
        language=args.lang,
        start=args.start,
        minutes=args.minutes,
        breaths=args.breaths,
        fullscreen=args.fullscreen,
        quit_when_done=args.quit_when_done,
        profile=args.profile,
        rr_replay=args.rr_replay,
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        use_language(given_language(argv, dict(os.environ)))  # parse_options refines it
        args = parse_options(argv)
        if args.command == "profiles":
            return print_profiles(args.data_dir, sys.stdout)
        if args.command == "list":
            from breathapp.cli.catalog import print_list  # only this command lists

            print_list(sys.stdout, list_language(args, dict(os.environ)), sys.stderr)
            return 0
        if args.command in ("export", "import"):
            # Only these headless commands need the exporters: off the window's start.
            from breathapp.cli.history import export, import_backup

            return export(args) if args.command == "export" else import_backup(args, sys.stdout)
        if args.command == "plan":
            return run_plan(args, sys.stdout)
        if args.command == "voice-check":
            from breathapp.cli.voice import check_voice  # Qt's voices: only for this command

            return check_voice(args, dict(os.environ), sys.stdout)
    except UsageError as error:
        _say(error)
        return EXIT_USAGE
    except StorageError as error:
        _say(error)
        return EXIT_ENVIRONMENT
    except BrokenPipeError:
        # The reader went away (`breathapp list | head`): what was done is done; no traceback.
        # Python's own advice: point stdout at devnull so the flush at exit stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        # The machine, in a place no command foresaw: one line rather than a traceback.
        where = f"{error.filename}: " if error.filename else ""
        _say(f"{where}{error.strerror or error}")
        return EXIT_ENVIRONMENT

    # One window per data folder: a second one would be a second writer to the same store.
    # The headless commands above never take the lock: list and export only read, and
    # import writes in SQLite transactions, which SQLite keeps safe beside a running app.
    # No display or a missing library: said here, before Qt, which would abort naming
    # libxcb-cursor0 whatever the cause. A window already open on the folder needs no
    # window of ours, so the hand-over still goes ahead; without a folder there is none.
    from breathapp.app.window_check import window_problem

    problem = window_problem(os.environ)
    if problem is not None and not args.data_dir.is_dir():
        return _cannot_open(problem)
    try:
        lock = InstanceLock.acquire(args.data_dir)
    except OSError:
        lock = None  # an unusable folder: the store says so, calmly, when it opens
    else:
        if lock is None:
            return _hand_over(args)
    if problem is not None:
        if lock is not None:
            lock.release()
        return _cannot_open(problem)

    from breathapp.app.run import run

    try:
        return run(window_options(args))
    finally:
        if lock is not None:
            lock.release()
