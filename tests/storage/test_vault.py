# SPDX-License-Identifier: GPL-3.0-or-later
"""Sealed values: AES-GCM with a profile's data key, bound to their place; the keyring."""

from __future__ import annotations

import pytest

from breathapp.core.pins import Kdf, KdfCost, hash_pin, new_kdf
from breathapp.storage.db import Database
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.session_columns import (
    PRIVATE,
    RATING_NAMES,
    open_private,
    pack_private,
    seal_private,
    session_aad,
    tension_change,
    unpack_private,
)
from breathapp.storage.vault import (
    DataKey,
    Keyring,
    LockedError,
    SealError,
    derive_key,
    old_pin_right,
    wrap_aad,
)

QUICK = KdfCost(16, 1, 1)


def test_a_sealed_value_opens_only_with_its_key_and_in_its_place() -> None:
    key, other = DataKey.new(), DataKey.new()
    blob = key.seal(b"shoulders looser", b"session|2|2026-11-25T08:00:00.250Z|breathing")
    assert b"shoulders" not in blob
    assert key.open(blob, b"session|2|2026-11-25T08:00:00.250Z|breathing") == b"shoulders looser"
    for wrong_key, aad in (
        (other, b"session|2|2026-11-25T08:00:00.250Z|breathing"),
        (key, b"session|3|2026-11-25T08:00:00.250Z|breathing"),  # another profile
        (key, b"session|2|2026-11-26T08:00:00.250Z|breathing"),  # another row
    ):
        with pytest.raises(SealError):
            wrong_key.open(blob, aad)
    flipped = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(SealError):
        key.open(flipped, b"session|2|2026-11-25T08:00:00.250Z|breathing")
    assert key.seal(b"x", b"a") != key.seal(b"x", b"a")  # a fresh nonce each time


def test_the_data_key_unwraps_only_with_the_right_pin_and_profile() -> None:
    key = DataKey.new()
    kdf = new_kdf(QUICK)
    wrapped = key.wrap(derive_key("2580", kdf), wrap_aad(2))
    opened = DataKey.unwrap(wrapped, derive_key("2580", kdf), wrap_aad(2))
    assert opened is not None and opened.open(key.seal(b"ok", b"x"), b"x") == b"ok"
    assert DataKey.unwrap(wrapped, derive_key("2581", kdf), wrap_aad(2)) is None
    assert DataKey.unwrap(wrapped, derive_key("2580", kdf), wrap_aad(3)) is None
    assert repr(key) == "DataKey(…)"


def test_a_sessions_blob_holds_its_values_with_the_note_length_rounded() -> None:
    key = DataKey.new()
    aad = session_aad(2, "2026-11-25T08:00:00.250Z", "breathing")
    short = seal_private(key, {"tension_before": 7, "note": "a"}, aad)
    longer = seal_private(key, {"tension_before": 7, "note": "a" * 20}, aad)
    assert len(short) == len(longer)  # padded: a note's length shows only roughly
    keys = Keyring()
    assert open_private(keys, short, 2, "2026-11-25T08:00:00.250Z", "breathing") == {}
    keys.open(2, key)
    assert open_private(keys, short, 2, "2026-11-25T08:00:00.250Z", "breathing") == {
        "tension_before": 7,
        "tension_after": None,
        "pain_before": None,
        "pain_after": None,
        "note": "a",
    }


def test_every_private_column_has_its_place_in_the_sealed_bytes() -> None:
    """A private column added later needs its place in the format (session_columns)."""
    assert [c.name for c in PRIVATE] == [*RATING_NAMES, "note"]
    stored = {"tension_before": 0, "tension_after": 10, "pain_before": None, "note": "é" * 1000}
    assert unpack_private(pack_private(stored)) == {**stored, "pain_after": None}
    assert tension_change(pack_private(stored)) == 10
    assert tension_change(pack_private({"tension_before": 3})) is None


def test_a_sealed_profile_is_never_written_plain_while_locked(db: Database) -> None:
    repo = ProfileRepo(db)
    assert repo.change_pin(1, None, "2580")
    keys = Keyring()  # the next start: nothing open
    assert keys.is_sealed(db.connection, 1)
    with pytest.raises(LockedError):
        keys.sealing_key(db.connection, 1)
    assert keys.only(1).key(1) is None
    assert db.keyring.key(1) is not None and db.keyring.only(1).key(1) is db.keyring.key(1)
    assert db.keyring.only(None).key(1) is None


def test_a_key_depends_on_the_secret_the_salt_and_the_cost() -> None:
    quick = KdfCost(16, 1, 1)
    kdf = new_kdf(quick)
    key = derive_key("2580", kdf)
    assert len(key) == 32 and key == derive_key("2580", kdf)
    assert key != derive_key("2581", kdf)
    assert key != derive_key("2580", new_kdf(quick))  # another salt
    assert key != derive_key("2580", Kdf(kdf.salt, KdfCost(32, 1, 1)))
    assert b"2580" not in key + kdf.salt


def test_a_passphrase_typed_composed_or_decomposed_gives_the_same_key() -> None:
    kdf = new_kdf(KdfCost(16, 1, 1))
    assert derive_key("café au lait", kdf) == derive_key("cafe\u0301 au lait", kdf)


def test_an_old_pbkdf2_pin_is_checked_with_the_bundled_library() -> None:
    """The frozen app has no hashlib OpenSSL: an earlier version's hash is checked anyway."""
    made = hash_pin("2580", iterations=1000)
    assert old_pin_right("2580", made) and not old_pin_right("2581", made)
