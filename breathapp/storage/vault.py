# SPDX-License-Identifier: GPL-3.0-or-later
"""Sealed data at rest: AES-GCM with a profile's data key, and the keys of the open profiles.

The cipher is `cryptography`'s AES-GCM (never our own), and the key derivations are its
scrypt and PBKDF2 (the same RFC 7914 and RFC 8018 functions hashlib offers, but hashlib
has them only through the system's OpenSSL, which the frozen app leaves out; cryptography
brings its own). It is imported only when a key is made or used, so a start without a PIN
profile never loads it.

A sealed value is VERSION, a random 12-byte nonce, then the ciphertext with GCM's tag. The
caller's associated data (which row it belongs to) is authenticated with it, so a blob moved
to another row, another profile or another table no longer opens.
"""

from __future__ import annotations

import os
import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from breathapp.core.pins import Kdf, PinHash

VERSION = b"\x01"
NONCE_BYTES = 12
DATA_KEY_BYTES = 32  # AES-256


class SealError(ValueError):
    """A sealed value did not open: another key, another row, or damaged."""


class LockedError(RuntimeError):
    """A sealed profile's private data was to be written while its key is not open (a bug:
    no path writes to a locked profile; never an OSError, so it is not taken for the disk)."""


def _aead(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # only with a PIN profile

    return AESGCM(key)


def _seal(aead: AESGCM, plain: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return VERSION + nonce + aead.encrypt(nonce, plain, VERSION + aad)


def _open(aead: AESGCM, blob: bytes, aad: bytes) -> bytes:
    # Called once per row of a long history: kept lean (no import, no copy).
    if len(blob) < 1 + NONCE_BYTES + 16 or blob[0] != VERSION[0]:
        raise SealError("not a sealed value this version can open")
    try:
        return aead.decrypt(blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], VERSION + aad)
    except Exception as error:  # cryptography's InvalidTag, imported only with the cipher
        if type(error).__name__ != "InvalidTag":
            raise
        raise SealError("the sealed value does not open with this key here") from None


class DataKey:
    """A profile's random 256-bit data key: seals and opens its private values."""

    __slots__ = ("_aead", "_raw")

    def __init__(self, raw: bytes) -> None:
        if len(raw) != DATA_KEY_BYTES:
            raise ValueError("a data key has 32 bytes")
        self._raw = raw
        self._aead = _aead(raw)

    @classmethod
    def new(cls) -> DataKey:
        return cls(os.urandom(DATA_KEY_BYTES))

    def seal(self, plain: bytes, aad: bytes) -> bytes:
        return _seal(self._aead, plain, aad)

    def open(self, blob: bytes, aad: bytes) -> bytes:
        """The plain bytes; SealError when ``blob`` was not sealed by this key with ``aad``."""
        return _open(self._aead, blob, aad)

    def wrap(self, kek: bytes, aad: bytes) -> bytes:
        """This key sealed by a key derived from the secret (what the profile stores)."""
        return _seal(_aead(kek), self._raw, aad)

    @classmethod
    def unwrap(cls, wrapped: bytes, kek: bytes, aad: bytes) -> DataKey | None:
        """The data key, or None when ``kek`` (the secret) is not the one it was wrapped by."""
        try:
            return cls(_open(_aead(kek), bytes(wrapped), aad))
        except SealError:
            return None

    def __repr__(self) -> str:
        return "DataKey(…)"  # never the key itself, not even in a log or a traceback


def derive_key(secret: str, kdf: Kdf) -> bytes:
    """The 32-byte key ``secret`` gives with ``kdf`` (scrypt): slow and memory-hard on purpose."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    from breathapp.core.pins import KEY_BYTES, secret_bytes

    n, r, p = kdf.cost
    return Scrypt(salt=kdf.salt, length=KEY_BYTES, n=n, r=r, p=p).derive(secret_bytes(secret))


def old_pin_right(pin: str, stored: PinHash) -> bool:
    """Whether ``pin`` is the one an earlier version hashed (PBKDF2-HMAC-SHA256)."""
    import hmac

    from cryptography.hazmat.primitives.hashes import SHA256
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    kdf = PBKDF2HMAC(SHA256(), len(stored.digest), stored.salt, stored.iterations)
    return hmac.compare_digest(kdf.derive(pin.encode("utf-8")), stored.digest)


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
