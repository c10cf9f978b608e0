# SPDX-License-Identifier: GPL-3.0-or-later
"""Plan files (.breathplan): read with a size limit and checked whole; written atomically."""

from __future__ import annotations

import json
from pathlib import Path

from breathapp.core import strict_json
from breathapp.core.plan_file import plan_from_json, plan_to_json
from breathapp.core.plans import PLAN_FILE_MAX_BYTES, Plan, PlanError, PlanProblem, check_plan
from breathapp.core.strict_json import DuplicateKeyError
from breathapp.storage.errors import storage_errors
from breathapp.storage.own_files import check_output
from breathapp.storage.plain_files import read_regular_file, write_atomically


def read_plan_file(path: Path) -> Plan:
    """The checked plan in the file at ``path``.

    PlanError (with the place) for a file that is too large, not UTF-8, not JSON or not a
    usable plan; StorageError when the file cannot be read at all, or is not a file (a
    named pipe, a folder). Reads nothing past the size limit and changes nothing.
    """
    with storage_errors(path):
        data = read_regular_file(path, PLAN_FILE_MAX_BYTES + 1)
    return read_plan_bytes(data)


def read_plan_bytes(data: bytes) -> Plan:
    """The checked plan in a file's bytes; PlanError saying what is wrong and where."""
    if len(data) > PLAN_FILE_MAX_BYTES:
        raise PlanError(
            PlanProblem.TOO_BIG,
            "",
            f"is larger than {PLAN_FILE_MAX_BYTES // 1024} KB",
            high=PLAN_FILE_MAX_BYTES,
        )
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
    return plan_from_json(top)


def write_plan_file(path: Path, plan: Plan, data_dir: Path | None = None) -> None:
    """Write ``plan`` to ``path`` whole or not at all; StorageError when it cannot be written.

    With ``data_dir``, a path in that data folder is refused (OwnFileError), unwritten.
    """
    if data_dir is not None:
        check_output(path, data_dir)
    check_plan(plan)
    text = json.dumps(plan_to_json(plan), ensure_ascii=False, indent=2) + "\n"
    with storage_errors(path):
        write_atomically(path, lambda stream: stream.write(text))
