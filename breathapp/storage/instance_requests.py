# SPDX-License-Identifier: GPL-3.0-or-later
"""What a later launch on a data folder asks of the app open on it: request files."""

# Written by the second launch (cli), read by the open app after its first paint
# (controllers/instance_controller.py): never on the way to the first window.

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import NamedTuple

from breathapp.core import strict_json
from breathapp.core.session import Length, LengthError
from breathapp.core.strict_json import DuplicateKeyError
from breathapp.storage.instance_lock import REQUEST_SUFFIX, REQUESTS_DIRNAME, request_files
from breathapp.storage.plain_files import write_atomically

REQUEST_MAX_BYTES = 4096
REQUEST_VERSION = 1
START_MAX_CHARS = 200


class Request(NamedTuple):
    """What a later launch on this data folder asked of the app already open on it."""

    # A NamedTuple, not a dataclass: nothing to compile when the module loads (start-up).

    start: str | None = None
    minutes: float | None = None
    breaths: int | None = None
    fullscreen: bool = False
    quit_when_done: bool = False


class Taken(NamedTuple):
    """The requests taken from the folder (oldest first) and why any others were refused."""

    requests: list[Request]
    refused: list[str]


def write_request(data_dir: Path, request: Request) -> Path:
    """Leave ``request`` for the app open on ``data_dir``; the file appears only when complete.

    Raises OSError when it cannot be written.
    """
    folder = data_dir / REQUESTS_DIRNAME
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{time.time_ns():020d}-{os.getpid()}-{os.urandom(4).hex()}{REQUEST_SUFFIX}"
    target = folder / name
    fields = {"version": REQUEST_VERSION, **request._asdict()}
    write_atomically(target, lambda stream: json.dump(fields, stream))
    return target


class RequestError(ValueError):
    """A request file that cannot be used; the message says why."""


def _optional_number(fields: dict[str, object], key: str) -> float | None:
    value = fields.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RequestError(f"{key} must be a number, got {value!r}")
    return float(value)


def parse_request(text: str) -> Request:
    """A request from its file's text, checked field by field; RequestError if unusable."""
    try:
        fields = strict_json.loads(text)
    except DuplicateKeyError as error:
        raise RequestError(str(error)) from None
    except ValueError as error:
        raise RequestError(f"not JSON: {error}") from None
    if not isinstance(fields, dict):
        raise RequestError("not a JSON object")
    if fields.get("version") != REQUEST_VERSION:
        raise RequestError(f"unknown version {fields.get('version')!r}")
    unknown = set(fields) - {"version", *Request._fields}
    if unknown:
        raise RequestError(f"unknown fields {sorted(unknown)}")
    start = fields.get("start")
    if start is not None and (not isinstance(start, str) or not 0 < len(start) <= START_MAX_CHARS):
        raise RequestError(f"start must be a short text, got {start!r}")
    flags = {key: fields.get(key, False) for key in ("fullscreen", "quit_when_done")}
    for key, flag in flags.items():
        if not isinstance(flag, bool):
            raise RequestError(f"{key} must be true or false, got {flag!r}")
    minutes = _optional_number(fields, "minutes")
    breaths = _optional_number(fields, "breaths")
    if minutes is not None and breaths is not None:
        raise RequestError("minutes and breaths both given")
    try:
        if minutes is not None:
            minutes = Length.minutes(minutes).value
        if breaths is not None:
            breaths = Length.breaths(breaths).value
    except LengthError as error:
        raise RequestError(str(error)) from None
    if start is None and (minutes is not None or breaths is not None or flags["quit_when_done"]):
        raise RequestError("minutes, breaths and quit_when_done need start")
    return Request(
        start,
        minutes,
        None if breaths is None else int(breaths),
        flags["fullscreen"],
        flags["quit_when_done"],
    )


class RequestInbox:
    """The requests folder of one data folder, as the app open on it reads it."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / REQUESTS_DIRNAME

    def ensure_folder(self) -> Path:
        """Make the folder (to be watched); raises OSError if it cannot be made."""
        self.folder.mkdir(parents=True, exist_ok=True)
        return self.folder

    def take(self) -> Taken:
        """Read and remove every request file; a bad one is removed too, and named in refused.

        Each file is removed before its request is acted on, so none is acted on twice.
        """
        requests: list[Request] = []
        refused: list[str] = []
        for path in request_files(self.folder):
            try:
                with path.open("rb") as stream:
                    data = stream.read(REQUEST_MAX_BYTES + 1)
                path.unlink(missing_ok=True)
            except FileNotFoundError:
                continue  # taken already
            except OSError as error:
                refused.append(f"{path.name}: {error.strerror or error}")
                continue
            try:
                if len(data) > REQUEST_MAX_BYTES:
                    raise RequestError(f"larger than {REQUEST_MAX_BYTES} bytes")
                requests.append(parse_request(data.decode("utf-8", errors="strict")))
            except (RequestError, UnicodeDecodeError) as error:
                refused.append(f"{path.name}: {error}")
        return Taken(requests, refused)
