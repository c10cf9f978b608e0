# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line's plans: 'breathapp plan export FILE' and 'breathapp plan import FILE'."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from breathapp.cli.common import UsageError, list_language, load_relaxation, printable
from breathapp.cli.files import check_output_name, check_store_version
from breathapp.cli.plan_text import describe_plan
from breathapp.cli.problems import holds_problem
from breathapp.cli.profiles import UNNAMED, profile_id
from breathapp.cli.words import QT_TRANSLATE_NOOP, Counted, fill, translate

if TYPE_CHECKING:
    from breathapp.core.plan_file import PlanFile
    from breathapp.core.plans import Plan
    from breathapp.core.profiles import Profile
    from breathapp.core.voice_pack import Known
    from breathapp.storage.db import Database

PLAN_HELP = QT_TRANSLATE_NOOP("cli", "export or import a therapist's plan (a .breathplan file)")
IMPORT_HELP = QT_TRANSLATE_NOOP(
    "cli",
    "Checks the whole file and prints what the plan holds, then makes it the profile's plan, "
    "starting today. A plan with breath holds is refused for a profile set to no breath holds.",
)


def add_plan_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """'plan export FILE' and 'plan import FILE' (argparse's subparsers action as ``commands``)."""
    plan = commands.add_parser("plan", parents=[common], help=PLAN_HELP, description=PLAN_HELP)
    # Not required=True: argparse would say only "required: ACTION"; parse_options names both.
    actions = plan.add_subparsers(dest="plan_command", metavar="ACTION")
    export = actions.add_parser(
        "export",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "write the profile's plan to FILE"),
    )
    export.add_argument(
        "file", metavar="FILE", help=QT_TRANSLATE_NOOP("cli", "the plan file to write")
    )
    importer = actions.add_parser(
        "import",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "make the plan in FILE the profile's plan"),
        description=IMPORT_HELP,
    )
    importer.add_argument(
        "file", metavar="FILE", help=QT_TRANSLATE_NOOP("cli", "a .breathplan file")
    )


def run_plan(args: argparse.Namespace, out: TextIO) -> int:
    """Run 'plan export' or 'plan import'; UsageError (exit 2) for anything refused."""
    if args.plan_command == "export":
        return _export(args, out)
    return _import(args, out)


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from breathapp.core.errors import OwnFileError, StorageError
    from breathapp.core.plans import PlanError
    from breathapp.storage.db import Database
    from breathapp.storage.plan_files import write_plan_file
    from breathapp.storage.plans_repo import PlanRepo
    from breathapp.storage.profiles_repo import ProfileRepo

    db = Database.open_read_only(args.data_dir)
    try:
        pid = profile_id(args.chosen_profile, db)
        name = ProfileRepo(db).get(pid).name or UNNAMED
        try:
            active = PlanRepo(db).active(pid)
        except PlanError as error:
            problem = translate("cli", "the plan of profile %1 cannot be read (%2)")
            raise UsageError(fill(problem, name, error)) from None
    finally:
        db.close()
    if active is None:
        raise UsageError(fill(translate("cli", "the profile %1 has no plan to export"), name))
    check_output_name(args.file, "FILE", args.data_dir)  # again: the folder may have changed
    target = Path(args.file)
    plan, voice_zip = _with_voice(args.data_dir, active[0])
    try:
        write_plan_file(target, plan, args.data_dir, voice_zip)
    except OwnFileError as error:
        raise UsageError(str(error)) from None
    except StorageError as error:
        problem = translate("cli", "cannot write %1: %2")
        raise UsageError(fill(problem, target, error.detail or error)) from None
    title, shown = printable(active[0].title), printable(name)
    wrote = translate("cli", "wrote the plan '%1' of profile %2 to %3")
    out.write(fill(wrote, title, shown, printable(target)) + "\n")
    return 0


def _with_voice(data_dir: Path, plan: Plan) -> tuple[Plan, bytes | None]:
    """The plan as its file is written, and the zip of the recorded voice it carries (as
    the window writes it); a voice pack no longer on this computer is left out."""
    from dataclasses import replace

    from breathapp.core.voice_pack import VoicePackError
    from breathapp.storage.voice_packs import VOICE_DIRNAME, VoicePacks

    if not plan.voice_pack:
        return plan, None
    packs = VoicePacks(data_dir / VOICE_DIRNAME)
    try:
        if packs.get(plan.voice_pack) is not None:
            return plan, packs.zip_bytes(plan.voice_pack)
    except (VoicePackError, OSError):
        pass
    return replace(plan, voice_pack=""), None


def _import(args: argparse.Namespace, out: TextIO) -> int:
    from breathapp.cli.store import open_for_writing
    from breathapp.core.errors import StorageError
    from breathapp.core.plans import PlanError, PlanProgress
    from breathapp.core.safety import HoldsNotAllowedError, check_plan_safety
    from breathapp.core.voice_pack import VoicePackError, known_from_scripts
    from breathapp.storage.plan_files import read_plan_bundle
    from breathapp.storage.plans_repo import PlanRepo

    # Everything is checked before the store is opened: a refused file leaves no trace.
    source = Path(args.file)
    scripts = load_relaxation(list_language(args, dict(os.environ))).scripts
    try:  # a recorded voice in the file is checked against the sessions' steps too
        bundle = read_plan_bundle(source, known_from_scripts(scripts))
    except (PlanError, VoicePackError) as error:
        raise UsageError(f"{source}: {error}") from None
    except StorageError as error:
        problem = translate("cli", "cannot read %1: %2")
        raise UsageError(fill(problem, source, error.detail or error)) from None
    plan = bundle.plan
    check_store_version(args.data_dir)  # a newer store is refused before the plan is shown
    profile = _profile_read_only(args)
    name = profile.name or UNNAMED
    if profile.has_pin:  # refused as export and import refuse it, before anything opens
        problem = translate(
            "cli",
            "the profile %1 has a PIN: open it in the app, which asks for the PIN (the "
            "command line has no way to ask for it)",
        )
        raise UsageError(fill(problem, name))
    try:
        check_plan_safety(plan, profile)
    except HoldsNotAllowedError as error:
        problem = translate("cli", "%1: %2; the plan was not saved")
        raise UsageError(fill(problem, source, holds_problem(error))) from None
    titles = {s.id: s.title for s in scripts}
    _check_relaxation(plan, titles, source)
    out.write("".join(line + "\n" for line in describe_plan(plan, titles)))
    if bundle.voice is not None:
        voice = bundle.voice
        steps = Counted.tr("Includes a recorded voice: %1, %n steps", "", len(voice.recordings))
        out.write(fill(steps, printable(voice.name)) + "\n")
    today = datetime.now(UTC).astimezone().date()
    note = _first_month_note(args, plan, profile, today)
    if note:
        out.write(f"\n{note}\n")
    db = open_for_writing(args.data_dir)
    try:
        pid = profile_id(profile if profile.id else None, db)
        with _voice_installed(args.data_dir, bundle, known_from_scripts(scripts)):
            PlanRepo(db).save(pid, plan, PlanProgress.starting(today), datetime.now(UTC))
            if bundle.voice is not None:
                _use_voice(db, pid, bundle.voice.id)
    finally:
        db.close()
    saved = translate("cli", "Saved as the plan of profile %1, starting today (%2).")
    out.write("\n" + fill(saved, printable(name), today) + "\n")
    if bundle.voice is not None:
        voice_now = translate("cli", "The recorded voice %1 is this profile's voice now.")
        out.write(fill(voice_now, printable(bundle.voice.name)) + "\n")
    return 0


@contextmanager
def _voice_installed(data_dir: Path, bundle: PlanFile, known: Known) -> Iterator[None]:
    """The plan's voice pack installed for the block; put back as it was if the block fails
    (the plan and its voice come in together, or neither does)."""
    from breathapp.storage.voice_packs import VOICE_DIRNAME, VoicePacks

    if bundle.voice is None or bundle.voice_zip is None:
        yield
        return
    packs = VoicePacks(data_dir / VOICE_DIRNAME)
    pack_id = bundle.voice.id
    before = packs.zip_bytes(pack_id) if packs.get(pack_id) is not None else None
    packs.import_zip_bytes(bundle.voice_zip, "the voice pack in the plan", known, replace=True)
    try:
        yield
    except BaseException:
        if before is None:
            packs.delete(pack_id)
        else:
            packs.import_zip_bytes(before, "the voice pack as it was", known, replace=True)
        raise


def _use_voice(db: Database, profile_id: int, pack_id: str) -> None:
    """The voice pack becomes the profile's voice (its preference), as the window does."""
    from dataclasses import replace

    from breathapp.storage.prefs_repo import PrefsRepo

    repo = PrefsRepo(db)
    prefs, _bad = repo.load(profile_id)
    repo.save(profile_id, replace(prefs, voice_pack=pack_id))


def _first_month_note(
    args: argparse.Namespace, plan: Plan, profile: Profile, today: date
) -> str | None:
    """The rule the app keeps for 4-7-8 in a profile's first month with it, said up front."""
    from breathapp.core.safety import (
        FIRST_MONTH_BREATHS,
        FOUR_SEVEN_EIGHT,
        first_month_last_day,
        plan_breathes_four_seven_eight,
    )
    from breathapp.storage.db import DB_FILENAME
    from breathapp.storage.sessions_repo import first_started_read_only

    if not plan_breathes_four_seven_eight(plan):
        return None
    db_file = args.data_dir / DB_FILENAME
    started = first_started_read_only(db_file, profile.id, FOUR_SEVEN_EIGHT.text())
    last_day = first_month_last_day(started.astimezone().date() if started else None, today)
    if last_day is None:
        return None
    note = translate(
        "cli",
        "Note: 4-7-8 sessions are at most %1 breaths until %2, this profile's first month "
        "with 4-7-8; after that they last as the plan says.",
    )
    return fill(note, FIRST_MONTH_BREATHS, last_day)


def _profile_read_only(args: argparse.Namespace) -> Profile:
    from breathapp.core.profiles import Profile
    from breathapp.storage.db import DB_FILENAME
    from breathapp.storage.profiles_repo import profiles_read_only

    if args.chosen_profile is not None:
        chosen: Profile = args.chosen_profile
        return chosen
    profiles = profiles_read_only(args.data_dir / DB_FILENAME)
    return profiles[0] if profiles else Profile(0, "")


def _check_relaxation(plan: Plan, titles: dict[str, str], source: Path) -> None:
    from breathapp.core.plans import ItemKind

    for p, phase in enumerate(plan.phases):
        for i, item in enumerate(phase.items):
            if item.kind is ItemKind.RELAXATION and item.what not in titles:
                problem = translate(
                    "cli",
                    "%1: %2: there is no relaxation session %3 in this version of BreathApp "
                    "(see %4)",
                )
                where = f"phases[{p}].items[{i}].what"
                raise UsageError(fill(problem, source, where, repr(item.what), "'breathapp list'"))
