# SPDX-License-Identifier: GPL-3.0-or-later
"""Sealed data at rest: XChaCha20-Poly1305 with a profile's data key, and the keys of the
open profiles.

The cipher (XChaCha20-Poly1305, IETF variant, with associated data) and the key derivation
(Argon2id) are libsodium's through PyNaCl, never our own. PyNaCl is imported only when a key
is made or used, so a start without a PIN profile never loads it.

A sealed value is VERSION (one byte), a random 24-byte nonce, then the ciphertext with
Poly1305's 16-byte tag: 41 bytes more than the plain value. The caller's associated data
(which row it belongs to), after VERSION, is authenticated with it, so a blob moved to
another row, another profile or another table no longer opens. A 24-byte random nonce
never repeats in practice, however many values one key seals.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from breathapp.core.pins import Kdf

VERSION = b"\x01"
NONCE_BYTES = 24
TAG_BYTES = 16
DATA_KEY_BYTES = 32  # XChaCha20's key


class SealError(ValueError):
    """A sealed value did not open: another key, another row, or damaged."""


class LockedError(RuntimeError):
    """A sealed profile's private data was to be written while its key is not open (a bug:
    no path writes to a locked profile; never an OSError, so it is not taken for the disk)."""


Opener = Callable[[bytes, bytes, bytes, bytes], bytes | None]


def _opener() -> Opener:
    """libsodium's XChaCha20-Poly1305 decryption: (ciphertext, aad, nonce, key) -> the plain
    bytes, or None when they do not open.

    Called as PyNaCl's own binding calls it (its cffi module), without the binding's six
    argument checks per call (three of them format a message each time): 1.2 µs a value
    instead of 3.8, which a history of 100,000 sealed sessions pays once per value. What
    those checks guard, _Aead makes sure of once: a 32-byte key, a 24-byte nonce, a tag.
    """
    from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_decrypt as checked
    from nacl.exceptions import CryptoError

    try:
        from nacl._sodium import ffi, lib  # type: ignore[import-not-found]  # cffi-made
    except ImportError:  # a PyNaCl without this module: its public binding, slower

        def open_checked(ciphertext: bytes, aad: bytes, nonce: bytes, key: bytes) -> bytes | None:
            try:
                return checked(ciphertext, aad, nonce, key)
            except CryptoError as error:
                if type(error) is not CryptoError:  # PyNaCl's TypeError or ValueError: a bug
                    raise
                return None

        return open_checked

    decrypt, new, buffer, null = (
        lib.crypto_aead_xchacha20poly1305_ietf_decrypt,
        ffi.new,
        ffi.buffer,
        ffi.NULL,
    )

    def open_lean(ciphertext: bytes, aad: bytes, nonce: bytes, key: bytes) -> bytes | None:
        size = len(ciphertext) - TAG_BYTES
        plain = new("unsigned char[]", size or 1)
        if decrypt(plain, null, null, ciphertext, len(ciphertext), aad, len(aad), nonce, key):
            return None
        return bytes(buffer(plain, size))

    return open_lean


class _Aead:
    """XChaCha20-Poly1305 under one key: libsodium's, through PyNaCl."""

    __slots__ = ("_encrypt", "_key", "_open")

    def __init__(self, key: bytes) -> None:
        from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_encrypt  # a PIN profile

        if len(key) != DATA_KEY_BYTES:
            raise ValueError("a key has 32 bytes")
        self._key = key
        self._encrypt = crypto_aead_xchacha20poly1305_ietf_encrypt
        self._open = _opener()

    def seal(self, plain: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return VERSION + nonce + self._encrypt(plain, VERSION + aad, nonce, self._key)

    def open(self, blob: bytes, aad: bytes) -> bytes:
        # Called once per row of a long history: kept lean (no import, no copy but the slices).
        if len(blob) < 1 + NONCE_BYTES + TAG_BYTES or blob[0] != VERSION[0]:
            raise SealError("not a sealed value this version can open")
        plain = self._open(
            blob[1 + NONCE_BYTES :], VERSION + aad, blob[1 : 1 + NONCE_BYTES], self._key
        )
        if plain is None:
            raise SealError("the sealed value does not open with this key here")
        return plain


class DataKey:
    """A profile's random 256-bit data key: seals and opens its private values."""

    __slots__ = ("_aead", "_raw")

    def __init__(self, raw: bytes) -> None:
        if len(raw) != DATA_KEY_BYTES:
            raise ValueError("a data key has 32 bytes")
        self._raw = raw
        self._aead = _Aead(raw)

    @classmethod
    def new(cls) -> DataKey:
        return cls(os.urandom(DATA_KEY_BYTES))

    def seal(self, plain: bytes, aad: bytes) -> bytes:
        return self._aead.seal(plain, aad)

    def open(self, blob: bytes, aad: bytes) -> bytes:
        """The plain bytes; SealError when ``blob`` was not sealed by this key with ``aad``."""
        return self._aead.open(blob, aad)

    def wrap(self, kek: bytes, aad: bytes) -> bytes:
        """This key sealed by a key derived from the secret (what the profile stores)."""
        return _Aead(kek).seal(self._raw, aad)

    @classmethod
    def unwrap(cls, wrapped: bytes, kek: bytes, aad: bytes) -> DataKey | None:
        """The data key, or None when ``kek`` (the secret) is not the one it was wrapped by."""
        try:
            return cls(_Aead(kek).open(bytes(wrapped), aad))
        except SealError:
            return None

    def __repr__(self) -> str:
        return "DataKey(…)"  # never the key itself, not even in a log or a traceback


def derive_key(secret: str, kdf: Kdf) -> bytes:
    """The 32-byte key ``secret`` gives with ``kdf`` (Argon2id): slow and memory-hard on
    purpose. ValueError for a key derivation this version does not know."""
    from breathapp.core.pins import ARGON2ID, KEY_BYTES, secret_bytes

    if kdf.name != ARGON2ID:
        raise ValueError(f"a key derivation this version does not know: {kdf.name!r}")
    from nacl.pwhash import argon2id  # only with a PIN profile

    ops, memory = kdf.cost
    return argon2id.kdf(KEY_BYTES, secret_bytes(secret), kdf.salt, opslimit=ops, memlimit=memory)


def wrap_aad(profile_id: int) -> bytes:
    """A wrapped key belongs to its profile: moved to another one, it does not unwrap."""
    return f"key|{profile_id}".encode()


class Keyring:
    """The data keys of the profiles open in this process, in memory only, and which
    profiles are sealed. Every repository of one store consults the store's keyring."""

    def __init__(self) -> None:
        self._keys: dict[int, DataKey] = {}
        self._sealed: dict[int, bool] = {}
        self._opened: dict[int, dict[int, tuple[bytes, bytes]]] = {}

    def opened_rows(self, profile_id: int) -> dict[int, tuple[bytes, bytes]]:
        """The profile's rows opened before (their plain bytes) by row id, each with the nonce
        of the blob it came from (a blob sealed again has another): memory only, while the
        profile is open."""
        return self._opened.setdefault(profile_id, {})

    def key(self, profile_id: int) -> DataKey | None:
        """The open key of a profile; None when it is locked or has none."""
        return self._keys.get(profile_id)

    def open(self, profile_id: int, key: DataKey) -> None:
        self._keys[profile_id] = key
        self._sealed[profile_id] = True
        self._opened.pop(profile_id, None)

    def set_plain(self, profile_id: int) -> None:
        """The profile keeps its data plain (no PIN, or the PIN was removed)."""
        self._keys.pop(profile_id, None)
        self._opened.pop(profile_id, None)
        self._sealed[profile_id] = False

    def close(self, profile_id: int) -> None:
        """Forget the profile's key: its private data is shut again."""
        self._keys.pop(profile_id, None)
        self._opened.pop(profile_id, None)

    def only(self, profile_id: int | None) -> Keyring:
        """A keyring with this profile's key alone (for the next window after a switch)."""
        kept = Keyring()
        key = None if profile_id is None else self._keys.get(profile_id)
        if profile_id is not None and key is not None:
            kept.open(profile_id, key)
        return kept

    def is_sealed(self, conn: sqlite3.Connection, profile_id: int) -> bool:
        """Whether the profile's private data is kept sealed (asked of the store once)."""
        known = self._sealed.get(profile_id)
        if known is None:
            try:
                row = conn.execute(
                    "SELECT vault_wrapped IS NOT NULL FROM profiles WHERE id = ?", (profile_id,)
                ).fetchone()
            except sqlite3.OperationalError:  # a file from before sealing, read as it is
                row = None
            known = self._sealed[profile_id] = bool(row and row[0])
        return known

    def sealing_key(self, conn: sqlite3.Connection, profile_id: int) -> DataKey | None:
        """The key to seal this profile's new private values with; None for a plain profile.

        LockedError for a sealed profile whose key is not open: its values are never written
        in plain text, whatever the caller.
        """
        if not self.is_sealed(conn, profile_id):
            return None
        key = self._keys.get(profile_id)
        if key is None:
            raise LockedError(profile_id)
        return key
