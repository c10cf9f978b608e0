# SPDX-License-Identifier: GPL-3.0-or-later
"""A plan's recorded voice: carried in the plan file, installed when the plan is accepted.

The therapist picks a voice pack in the plan editor (Plan.voice_pack); an exported plan
file carries that pack's zip. On the patient's computer the import preview says whose
voice comes with the plan; accepting installs the pack and makes it the profile's voice,
both or neither.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from breathapp.core.errors import StorageError, StorageProblem
from breathapp.core.voice_pack import VoicePackError

if TYPE_CHECKING:
    from breathapp.controllers.plan_controller import PlanController
    from breathapp.controllers.voice_packs import VoicePacksController
    from breathapp.core.plan_file import PlanFile
    from breathapp.core.plans import Plan
    from breathapp.core.voice_pack import Known

log = logging.getLogger("breathapp")

PLAN_VOICE_SOURCE = "the voice pack in the plan"


def carried(packs: VoicePacksController, plan: Plan) -> tuple[Plan, bytes | None]:
    """The plan as its file is written, and the zip of the voice it carries.

    A voice pack no longer on this computer is left out (and the plan names none);
    StorageError when the pack's files cannot be read.
    """
    if not plan.voice_pack:
        return plan, None
    try:
        zipped = packs.zip_of(plan.voice_pack)
    except VoicePackError as error:
        raise StorageError(StorageProblem.IO, None, str(error)) from error
    if zipped is None:
        log.warning("Voice pack %s is not installed: the plan file carries none", plan.voice_pack)
        return replace(plan, voice_pack=""), None
    return plan, zipped


class PlanVoice:
    """Reading a plan file with its voice, and accepting both.

    ``read_bundle`` reads a plan file and the voice pack it carries (checked against the
    steps it is given); ``set_voice_pack`` makes a pack the profile's voice (its pref).
    """

    def __init__(
        self,
        plans: PlanController,
        packs: VoicePacksController,
        read_bundle: Callable[[Path, Known], PlanFile],
        set_voice_pack: Callable[[str], None],
    ) -> None:
        self._plans = plans
        self._packs = packs
        self._read_bundle = read_bundle
        self._set_voice_pack = set_voice_pack

    def read(self, path: Path) -> PlanFile:
        """The checked plan in a file and the voice it carries, for a preview; nothing is
        saved. PlanError, HoldsNotAllowedError, or StorageError when it cannot be read."""
        bundle = self._read_bundle(path, self._packs.known())
        self._plans.check(bundle.plan)
        return bundle

    def accept(self, bundle: PlanFile) -> bool:
        """Install the plan's voice pack, take the plan and make the pack the profile's
        voice: all of it or, on any refusal, none (the pack that was there is put back).

        Raises PlanError / HoldsNotAllowedError / VoicePackError before anything changes;
        False (the plan controller's storage_failed says why) when the plan was not stored.
        """
        self._plans.check(bundle.plan)
        voice, zipped = bundle.voice, bundle.voice_zip
        if voice is None or zipped is None:
            return self._plans.accept(bundle.plan)
        before = self._packs.zip_of(voice.id)
        self._packs.install_zip(zipped, PLAN_VOICE_SOURCE)
        try:
            accepted = self._plans.accept(bundle.plan)
        except BaseException:
            self._put_back(voice.id, before)
            raise
        if not accepted:
            self._put_back(voice.id, before)
            return False
        self._set_voice_pack(voice.id)
        return True

    def _put_back(self, pack_id: str, before: bytes | None) -> None:
        try:
            if before is None:
                self._packs.delete(pack_id)
            else:
                self._packs.install_zip(before, PLAN_VOICE_SOURCE)
        except VoicePackError as error:
            log.warning("Voice pack %s could not be put back: %s", pack_id, error)
