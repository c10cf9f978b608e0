# SPDX-License-Identifier: GPL-3.0-or-later
"""JSON from files, read strictly: a key given twice in one object, NaN and Infinity refused.

Python's json keeps the last of two equal keys ({"version": 2, "version": 1} reads as
version 1), so a file could say one thing to a person reading it and another to the app.
Every reader of a file from outside (practice files, plan files, request files and any
later format such as voice packs) parses through ``loads``.
"""

from __future__ import annotations

import json
from typing import Any


class DuplicateKeyError(ValueError):
    """A key given more than once in one JSON object; ``where`` is its place in the file,
    written as the readers write places: ``version``, ``sessions[3].note``."""

    def __init__(self, key: str, where: str) -> None:
        self.key = key
        self.where = where
        super().__init__(f"{where}: is given more than once")


def loads(text: str) -> Any:
    """The JSON value in ``text``.

    Raises json.JSONDecodeError (with line and column) for text that is not JSON,
    DuplicateKeyError for a key given twice in one object, ValueError for NaN and
    Infinity (which JSON does not have) and RecursionError for absurdly deep nesting.
    """
    repeated: list[tuple[dict[str, Any], str]] = []  # each object with a key twice, and the key

    def build(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            repeated.append((obj, _first_repeated(pairs)))
        return obj

    value = json.loads(text, object_pairs_hook=build, parse_constant=_no_constant)
    if repeated:
        places = _places(value, {id(obj) for obj, _key in repeated})
        # An object can itself be dropped by a repeated key around it; that outer one is
        # in the file then, and so is the outermost of all (at worst the whole document).
        for obj, key in repeated:
            if id(obj) in places:
                raise DuplicateKeyError(key, _join(places[id(obj)], key))
    return value


def _first_repeated(pairs: list[tuple[str, Any]]) -> str:
    seen: set[str] = set()
    for key, _value in pairs:
        if key in seen:
            return key
        seen.add(key)
    raise AssertionError("no key is repeated")  # not reached: the caller counted one


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _places(root: Any, wanted: set[int]) -> dict[int, str]:
    """Where each object whose id() is in ``wanted`` is in ``root``: "" for the root itself,
    else like "a.b[2].c". Walked only once a repeated key was found: a sound file never
    pays for it."""
    found: dict[int, str] = {}
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, dict):
            if id(value) in wanted:
                found[id(value)] = where
            stack.extend((item, _join(where, key)) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((item, f"{where}[{i}]") for i, item in enumerate(value))
    return found
