# SPDX-License-Identifier: GPL-3.0-or-later
"""Plan files (.breathplan): read with a size limit and checked whole; written atomically.

A plan file may carry the therapist's recorded voice: the voice pack's zip, in base64,
in the top-level field ``voice_pack_zip``. It is checked exactly as an imported voice
pack is (storage/voice_pack_zip.py), and only a file that carries one may be larger
than PLAN_FILE_MAX_BYTES, by the size of the zip. A file without it reads as before.
"""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path
from typing import TYPE_CHECKING

from breathapp.core import strict_json
from breathapp.core.plan_file import VOICE_PACK_FIELD, PlanFile, plan_from_json, plan_to_json
from breathapp.core.plans import PLAN_FILE_MAX_BYTES, Plan, PlanError, PlanProblem, check_plan
from breathapp.core.strict_json import DuplicateKeyError
from breathapp.core.voice_pack import ZIP_MAX_BYTES
from breathapp.storage.errors import storage_errors
from breathapp.storage.own_files import check_output
from breathapp.storage.plain_files import read_regular_file, write_atomically

if TYPE_CHECKING:
    from breathapp.core.voice_pack import Known

# The largest plan file that carries a voice pack: the plan's own limit and the pack's
# in base64 (4 characters for every 3 bytes).
PLAN_WITH_VOICE_MAX_BYTES = PLAN_FILE_MAX_BYTES + 4 * -(-ZIP_MAX_BYTES // 3)
_VOICE_MARK = f'"{VOICE_PACK_FIELD}"'.encode()


def read_plan_file(path: Path) -> Plan:
    """The checked plan in the file at ``path``.

    PlanError (with the place) for a file that is too large, not UTF-8, not JSON or not a
    usable plan; StorageError when the file cannot be read at all, or is not a file (a
    named pipe, a folder). Reads nothing past the size limit and changes nothing. A
    voice pack the file carries is checked too, all but its step ids (see read_plan_bundle).
    """
    return read_plan_bundle(path, None).plan


def read_plan_bundle(path: Path, known: Known | None) -> PlanFile:
    """The checked plan in the file at ``path`` and the voice pack it carries, if any.

    The voice pack is checked as an imported one is, its steps against ``known`` (None:
    not checked, for a reader that installs no voice); errors as read_plan_file.
    """
    with storage_errors(path):
        data = read_regular_file(path, PLAN_WITH_VOICE_MAX_BYTES + 1)
    return read_plan_bundle_bytes(data, known)


def read_plan_bytes(data: bytes) -> Plan:
    """The checked plan in a file's bytes; PlanError saying what is wrong and where."""
    return read_plan_bundle_bytes(data, None).plan


def _too_big(limit: int) -> PlanError:
    return PlanError(PlanProblem.TOO_BIG, "", f"is larger than {limit // 1024} KB", high=limit)


def read_plan_bundle_bytes(data: bytes, known: Known | None) -> PlanFile:
    """read_plan_bundle for a file's bytes."""
    if len(data) > PLAN_FILE_MAX_BYTES and (
        len(data) > PLAN_WITH_VOICE_MAX_BYTES or _VOICE_MARK not in data
    ):
        raise _too_big(PLAN_FILE_MAX_BYTES)
    try:
        text = data.decode("utf-8-sig")  # a byte order mark (some Windows editors) is fine
    except UnicodeDecodeError as error:
        raise PlanError(PlanProblem.BAD_JSON, f"byte {error.start}", "is not UTF-8 text") from None
    try:
        top = strict_json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        raise PlanError(PlanProblem.BAD_JSON, where, f"is not valid JSON ({error.msg})") from None
    except DuplicateKeyError as error:
        raise PlanError(PlanProblem.BAD_JSON, error.where, "is given more than once") from None
    except (ValueError, RecursionError) as error:
        raise PlanError(PlanProblem.BAD_JSON, "", f"is not valid JSON ({error})") from None
    encoded = top.pop(VOICE_PACK_FIELD, None) if isinstance(top, dict) else None
    if encoded is not None and not isinstance(encoded, str):
        raise PlanError(PlanProblem.WRONG_TYPE, VOICE_PACK_FIELD, "must be text (base64)")
    if len(data) - len(encoded or "") > PLAN_FILE_MAX_BYTES:
        raise _too_big(PLAN_FILE_MAX_BYTES)  # the plan itself, without its voice
    plan = plan_from_json(top)
    if encoded is None:
        return PlanFile(plan)
    return _with_voice(plan, encoded, known)


def _with_voice(plan: Plan, encoded: str, known: Known | None) -> PlanFile:
    from breathapp.core.voice_pack import VoicePackError
    from breathapp.storage.voice_pack_zip import read_zip_bytes

    try:
        zipped = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise PlanError(PlanProblem.BAD_VOICE_PACK, VOICE_PACK_FIELD, "is not base64") from None
    try:
        manifest = read_zip_bytes(zipped, "", known)
    except VoicePackError as error:
        raise PlanError(PlanProblem.BAD_VOICE_PACK, VOICE_PACK_FIELD, str(error)) from None
    if plan.voice_pack != manifest.id:
        raise PlanError(
            PlanProblem.BAD_VOICE_PACK,
            "voice_pack",
            f"must be {manifest.id!r}, the id of the voice pack the file carries",
        )
    return PlanFile(plan, zipped, manifest)


def write_plan_file(
    path: Path, plan: Plan, data_dir: Path | None = None, voice_zip: bytes | None = None
) -> None:
    """Write ``plan`` to ``path`` whole or not at all; StorageError when it cannot be written.

    With ``voice_zip`` (the zip of the voice pack plan.voice_pack names) the file carries
    the recorded voice. With ``data_dir``, a path in that data folder is refused
    (OwnFileError), unwritten.
    """
    if data_dir is not None:
        check_output(path, data_dir)
    check_plan(plan)
    doc = plan_to_json(plan)
    if voice_zip is not None:
        if not plan.voice_pack:
            raise ValueError("a plan without a voice pack carries none")
        doc[VOICE_PACK_FIELD] = base64.b64encode(voice_zip).decode("ascii")
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    with storage_errors(path):
        write_atomically(path, lambda stream: stream.write(text))
