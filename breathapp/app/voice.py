# SPDX-License-Identifier: GPL-3.0-or-later
"""The voice, added after the first paint: the narrator, what it follows, and what changes
how long the relaxation sessions last."""

from __future__ import annotations

from typing import TYPE_CHECKING

from breathapp.app.voice_packs import voice_packs_of
from breathapp.controllers.narrator import Narrator, Recording
from breathapp.controllers.speech import ComputerVoice, RecordedVoice
from breathapp.core.cues import Cue
from breathapp.core.prefs import Preferences
from breathapp.paths import asset_path
from breathapp.ui.common import labels

if TYPE_CHECKING:
    from breathapp.app.built import Built
    from breathapp.ui.settings.voice_settings import PackChoice, VoiceSettings
    from breathapp.ui.voice.recorder_window import RecorderWindow

# Preferences that change how long a spoken session lasts.
_TIMING_PREFS = ("voice_recorded", "voice_computer", "voice_rate", "voice_pack")


def add_voice(
    built: Built, computer: ComputerVoice | None = None, recorded: RecordedVoice | None = None
) -> Narrator:
    """Make the narrator and connect it to both kinds of session (tests give the voices)."""
    narrator = Narrator(
        computer or ComputerVoice(parent=built.session),
        recorded or RecordedVoice(parent=built.session),
        built.prefs,
        lambda language, session, step: find_recording(built, language, session, step),
        labels.spoken_cue,
        lambda: built.language.language,
        parent=built.session,
    )
    built.narrator = narrator
    relax = built.relax

    def on_step(index: int) -> None:
        player = relax.player
        if player is not None and not narrator.speak_step(player.script, index):
            built.sound.play(Cue.STEP, built.prefs.prefs)

    timing = {name: getattr(built.prefs.prefs, name) for name in _TIMING_PREFS}

    def on_prefs(prefs: Preferences) -> None:
        if prefs.sound_muted and narrator.speaking:
            narrator.stop()  # M mutes at once, words included
        now = {name: getattr(prefs, name) for name in _TIMING_PREFS}
        if now != timing:
            timing.update(now)
            relax.reload()  # the list shows how long each session lasts with this voice

    relax.step_began.connect(on_step)
    packs = voice_packs_of(built)  # a recording changes how long its step lasts
    packs.changed.connect(relax.reload)
    packs.recordings_changed.connect(relax.reload)
    for practice in (built.session, relax):
        practice.state_changed.connect(narrator.follow)
        practice.count.connect(narrator.speak_cue)
    built.prefs.changed.connect(on_prefs)
    relax.use_voice(narrator.spoken_seconds, narrator.saying_step)
    return narrator


def find_recording(built: Built, language: str, session: str, step: str) -> Recording | None:
    """The recording of a step in the profile's voice pack, if it has one in ``language``."""
    pack_id = built.prefs.prefs.voice_pack
    if not pack_id:
        return None
    packs = voice_packs_of(built)
    manifest = packs.pack(pack_id)
    if manifest is None or manifest.language != language:
        return None
    found = packs.recording(pack_id, session, step)
    return None if found is None else Recording(found[1], found[0].seconds)


def voice_settings(built: Built) -> VoiceSettings:
    """The settings page's Voice group (the voice is made first if the page comes early)."""
    from breathapp.ui.settings.voice_settings import VoiceSettings

    narrator = built.narrator or add_voice(built)
    narrator.load()  # so the page can say at once whether the computer can speak
    view = VoiceSettings(
        built.prefs,
        narrator,
        lambda language: pack_choices(built, language),
        lambda: built.language.language,
    )
    view.record_requested.connect(lambda: open_voice_recorder(built))
    packs = voice_packs_of(built)
    packs.changed.connect(view.refill)
    packs.recordings_changed.connect(view.refill)  # the steps each pack holds
    return view


def pack_choices(built: Built, language: str) -> list[PackChoice]:
    """The voice packs recorded in ``language``: (id, name, steps recorded)."""
    packs = voice_packs_of(built).packs()
    return [(m.id, m.name, len(m.recordings)) for m in packs if m.language == language]


def open_voice_recorder(built: Built) -> RecorderWindow:
    """The recording screen, over the window (for the therapist)."""
    from breathapp.storage.relaxation_files import load_library
    from breathapp.ui.voice.recorder_window import open_recorder

    folder = asset_path("relaxation")
    return open_recorder(
        built.window,
        voice_packs_of(built),
        lambda language: load_library(folder, language).scripts,
        built.language.language,
        built.prefs.prefs,
    )
