# SPDX-License-Identifier: GPL-3.0-or-later
"""The strict JSON loader every file reader uses: a key twice in one object is refused."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breathapp.core.strict_json import DuplicateKeyError, loads


@pytest.mark.parametrize(
    ("text", "key", "where"),
    [
        ('{"version": 2, "version": 1}', "version", "version"),
        ('{"a": 1, "b": 2, "a": 1}', "a", "a"),  # the same value twice is still twice
        ('{"sessions": [{}, {"note": "", "x": 1, "note": "=1"}]}', "note", "sessions[1].note"),
        (
            '{"plan": {"phases": [{"items": [{"kind": 1, "kind": 2}]}]}}',
            "kind",
            "plan.phases[0].items[0].kind",
        ),
        ('[{"k": 1}, {"k": 1, "k": 1}]', "k", "[1].k"),
        # an object dropped by a repeated key around it: the outer one is what the file says
        ('{"a": {"x": 1, "x": 2}, "a": 3}', "a", "a"),
        ('{"a": {"x": 1, "x": 2}}', "x", "a.x"),
    ],
)
def test_a_key_given_twice_is_refused_naming_it_and_where(text: str, key: str, where: str) -> None:
    with pytest.raises(DuplicateKeyError) as caught:
        loads(text)
    assert (caught.value.key, caught.value.where) == (key, where)
    assert str(caught.value) == f"{where}: is given more than once"


def test_it_is_a_value_error_as_every_other_json_failure() -> None:
    assert issubclass(DuplicateKeyError, ValueError)


@pytest.mark.parametrize("text", ['{"a": NaN}', "[Infinity]", "-Infinity"])
def test_numbers_json_does_not_have_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="is not a number JSON allows"):
        loads(text)


def test_text_that_is_not_json_keeps_its_line_and_column() -> None:
    with pytest.raises(json.JSONDecodeError) as caught:
        loads('{\n "a": }')
    assert (caught.value.lineno, caught.value.colno) == (2, 7)


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(_JSON)
def test_whatever_json_writes_reads_back_the_same(value: object) -> None:
    assert loads(json.dumps(value)) == value
