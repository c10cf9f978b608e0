# SPDX-License-Identifier: GPL-3.0-or-later
"""Sealed values: XChaCha20-Poly1305 with a profile's data key, bound to their place; keys
from a PIN with Argon2id; the keyring."""

from __future__ import annotations

import os
import sys

import pytest
from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_decrypt
from nacl.pwhash import argon2id

from breathapp.core.pins import ARGON2ID, Kdf, KdfCost, new_kdf
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
    wrap_aad,
)

QUICK = KdfCost(1, 8 * 1024)  # libsodium's least: one pass over 8 KiB


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


def test_a_sealed_value_is_its_version_a_24_byte_nonce_then_xchacha20_poly1305() -> None:
    """The layout the module's docstring gives; the version is authenticated with the row."""
    raw = os.urandom(32)
    blob = DataKey(raw).seal(b"shoulders looser", b"session|2")
    assert blob[0] == 1 and len(blob) == 1 + 24 + len(b"shoulders looser") + 16
    aad = b"\x01session|2"  # the version first
    assert crypto_aead_xchacha20poly1305_ietf_decrypt(blob[25:], aad, blob[1:25], raw) == (
        b"shoulders looser"
    )
    with pytest.raises(SealError):
        DataKey(raw).open(b"\x02" + blob[1:], b"session|2")  # a version this one cannot open
    with pytest.raises(SealError):
        DataKey(raw).open(blob[:40], b"session|2")  # cut short


def test_without_pynacls_cffi_module_values_open_through_its_public_binding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The quick way in (PyNaCl's own cffi module) is not PyNaCl's public interface: should
    a release move it, values still open, more slowly."""
    raw = os.urandom(32)
    blob = DataKey(raw).seal(b"shoulders looser", b"session|2")
    monkeypatch.setitem(sys.modules, "nacl._sodium", None)
    key = DataKey(raw)
    assert key._aead._open.__name__ == "open_checked"
    assert key.open(blob, b"session|2") == b"shoulders looser"
    with pytest.raises(SealError):
        key.open(blob, b"session|3")
    assert DataKey.unwrap(key.wrap(raw, b"key|2"), os.urandom(32), b"key|2") is None


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
    kdf = new_kdf(QUICK)
    key = derive_key("2580", kdf)
    assert len(key) == 32 and key == derive_key("2580", kdf)
    assert key != derive_key("2581", kdf)
    assert key != derive_key("2580", new_kdf(QUICK))  # another salt
    assert key != derive_key("2580", Kdf(kdf.salt, KdfCost(2, 8 * 1024)))
    assert key != derive_key("2580", Kdf(kdf.salt, KdfCost(1, 16 * 1024)))
    assert b"2580" not in key + kdf.salt


def test_a_key_is_argon2id_of_the_secret_with_the_stored_salt_and_cost() -> None:
    kdf = new_kdf(QUICK)
    assert kdf.name == ARGON2ID
    expected = argon2id.kdf(32, b"2580", kdf.salt, opslimit=1, memlimit=8 * 1024)
    assert derive_key("2580", kdf) == expected
    with pytest.raises(ValueError, match="scrypt"):
        derive_key("2580", kdf._replace(name="scrypt"))  # not one this version knows


def test_a_passphrase_typed_composed_or_decomposed_gives_the_same_key() -> None:
    kdf = new_kdf(QUICK)
    assert derive_key("café au lait", kdf) == derive_key("cafe\u0301 au lait", kdf)
