# SPDX-License-Identifier: GPL-3.0-or-later
"""`breathapp voice-check`: speak one step with the computer's voice and play one recorded
step of a voice pack, headless, to hear (and show) what this machine can say."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, SignalInstance

from breathapp.controllers.speech import ComputerVoice, RecordedVoice

if TYPE_CHECKING:
    from breathapp.core.relaxation import Script
    from breathapp.core.voice_pack import Manifest

WAIT_S = 60.0  # the longest step a voice may take here


def _wait(finished: SignalInstance, start: Callable[[], bool]) -> float | None:
    """Seconds from start() until ``finished``; None if it did not start or never ended."""
    loop = QEventLoop()
    done: list[bool] = []
    finished.connect(lambda: done.append(True) or loop.quit())
    QTimer.singleShot(round(WAIT_S * 1000), loop.quit)
    began = time.monotonic()
    if not start():
        return None
    if not done:
        loop.exec()
    return time.monotonic() - began if done else None


def speak_step(script: Script, engine: str | None, rate: float, out: TextIO) -> bool:
    """Say the first step of ``script`` with the computer's voice; False if it cannot."""
    voice = ComputerVoice(engine)
    voice.load()
    if not voice.available:
        out.write(f"computer voice: none ({voice.problem})\n")
        return False
    if not voice.configure(script.language, "", rate, 1.0):
        out.write(f"computer voice: none for '{script.language}' (engine {voice.engine})\n")
        return False
    step = script.steps[0]
    seconds = _wait(voice.finished, lambda: voice.say(step.text))
    if seconds is None:
        out.write(f"computer voice: {voice.engine} did not finish speaking\n")
        return False
    out.write(
        f"computer voice: engine {voice.engine}, voice {voice.voice_name}: said step "
        f"'{step.id}' of '{script.id}' in {seconds:.1f} s\n"
    )
    return True


def play_recording(folder: Path, manifest: Manifest, out: TextIO) -> bool:
    """Play the first recording of an extracted voice pack; False if it cannot."""
    player = RecordedVoice()
    player.load()
    if not player.available:
        out.write(f"recorded voice: cannot play here ({player.problem})\n")
        return False
    if not manifest.recordings:
        out.write(f"recorded voice: '{manifest.name}' holds no recording\n")
        return False
    first = manifest.recordings[0]
    seconds = _wait(player.finished, lambda: player.play(folder / first.file, 1.0))
    if seconds is None:
        out.write(f"recorded voice: {first.file} did not play ({player.last_problem})\n")
        return False
    out.write(
        f"recorded voice: '{manifest.name}' ({manifest.language}), {first.session}/"
        f"{first.step}: {first.seconds:.1f} s recorded, played in {seconds:.1f} s\n"
    )
    return True


def application() -> QCoreApplication:
    existing = QCoreApplication.instance()
    return existing if existing is not None else QCoreApplication([])
