# SPDX-License-Identifier: GPL-3.0-or-later
"""`breathapp voice-check`: what this machine can say, and a voice pack played."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from breathapp.cli.common import EXIT_ENVIRONMENT, UsageError, list_language, load_relaxation
from breathapp.cli.words import QT_TRANSLATE_NOOP, fill, translate


def add_voice_commands(
    commands: argparse._SubParsersAction, common: argparse.ArgumentParser
) -> None:  # type: ignore[type-arg]
    check = commands.add_parser(
        "voice-check",
        parents=[common],
        help=QT_TRANSLATE_NOOP(
            "cli", "speak one step with the computer's voice (and play a voice pack's first step)"
        ),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Says the first step of the first relaxation session with the computer's voice, "
            "in the app's language, and plays the first recording of a voice pack if one is "
            "given. Nothing is saved. Exit 1 when this machine cannot speak or play.",
        ),
    )
    check.add_argument(
        "--engine",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "a speech engine (default: the system's)"),
    )
    check.add_argument(
        "--pack",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("cli", "a voice pack file (.zip) to play from"),
    )


def check_voice(args: argparse.Namespace, env: dict[str, str], out: TextIO) -> int:
    """Run voice-check; UsageError for a pack that is not one (nothing is written)."""
    import tempfile

    from breathapp.app import voice_check
    from breathapp.core.voice_pack import VoicePackError, known_from_scripts
    from breathapp.storage.voice_pack_zip import extract

    language = list_language(args, env)
    library = load_relaxation(language)
    if not library.scripts:
        problem = translate("cli", "no relaxation session in %1 to speak")
        raise UsageError(fill(problem, f"'{language}'"))
    pack = Path(args.pack) if args.pack else None
    if pack is not None and not pack.is_file():
        raise UsageError(fill(translate("cli", "%1: no such voice pack file"), pack))
    app = voice_check.application()  # kept while the voices speak
    ok = voice_check.speak_step(library.scripts[0], args.engine, -0.3, out)
    if pack is not None:
        # Step ids are the same in every language: the app's language knows the pack's.
        known = known_from_scripts(library.scripts)
        with tempfile.TemporaryDirectory(prefix="breathapp-voice-") as tmp:
            try:
                manifest = extract(pack, f"voice pack {pack.name}", known, Path(tmp))
            except VoicePackError as error:
                raise UsageError(str(error)) from None
            ok = voice_check.play_recording(Path(tmp), manifest, out) and ok
    app.processEvents()
    return 0 if ok else EXIT_ENVIRONMENT
