# SPDX-License-Identifier: GPL-3.0-or-later
"""The voice packs of this computer (<data folder>/voice), made on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from breathapp.app.built import Built
    from breathapp.controllers.voice_packs import VoicePacksController


def voice_packs_of(built: Built) -> VoicePacksController:
    """The voice packs controller for this window (built the first time)."""
    if built.voice_packs is not None:
        return built.voice_packs
    from breathapp.controllers.voice_packs import VoicePacksController
    from breathapp.core.voice_pack import known_from_scripts
    from breathapp.storage.voice_packs import VOICE_DIRNAME, VoicePacks

    relax = built.relax
    built.voice_packs = VoicePacksController(
        VoicePacks(built.db.data_dir / VOICE_DIRNAME),
        # Step ids are the same in every language: the scripts loaded now name them all.
        lambda: known_from_scripts(relax.library.scripts),
        parent=built.session,
    )
    return built.voice_packs
