# SPDX-License-Identifier: GPL-3.0-or-later
"""PINs and passphrases: Argon2id's cost and salt per profile; the old PBKDF2 hashes.

A profile's secret is never stored. What is stored is a random salt, the name of the key
derivation (Argon2id) and its cost (passes and memory), so the cost can be raised later for
new keys while old ones still open. The key derived from the secret
(storage.vault.derive_key) only wraps the profile's data key; whether it unwraps is the
check. PBKDF2 hashes (PinHash) are what earlier versions stored: checked once more, on the
next right PIN, then replaced (storage.pin_lock).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
import warnings
from typing import NamedTuple

PIN_ITERATIONS = 240_000
SALT_BYTES = 16
KEY_BYTES = 32


class PinHash(NamedTuple):
    """An earlier version's check of a PIN (PBKDF2-HMAC-SHA256): read, never written now."""

    salt: bytes
    iterations: int
    digest: bytes


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = PIN_ITERATIONS) -> PinHash:
    """A new salted hash of ``pin`` (a fresh random salt unless one is given)."""
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    with warnings.catch_warnings():
        # The frozen app leaves hashlib's OpenSSL out; Python 3.11 then computes PBKDF2
        # itself (as quickly: 0.2 s for 240,000 rounds) and warns that this is deprecated.
        warnings.filterwarnings("ignore", "Python implementation of pbkdf2", DeprecationWarning)
        digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return PinHash(salt, iterations, digest)


def check_pin(pin: str, stored: PinHash) -> bool:
    """Whether ``pin`` is the one ``stored`` was made from; constant-time compare."""
    attempt = hash_pin(pin, stored.salt, stored.iterations)
    return hmac.compare_digest(attempt.digest, stored.digest)


# The key derivation of new keys: Argon2id (version 1.3, RFC 9106), as libsodium has it.
ARGON2ID = "argon2id"


class KdfCost(NamedTuple):
    """Argon2id's cost: passes over the memory (libsodium's opslimit) and the memory."""

    ops: int
    memory_bytes: int


# About half a second and 256 MiB on the development machine (0.45 to 0.50 s measured, two
# cores); libsodium's "moderate" setting, four times the memory of RFC 9106's choice for
# machines short of memory (64 MiB, 3 passes). Stored per profile, so it can be raised.
ARGON2ID_COST = KdfCost(3, 256 * 2**20)
# The cost new keys are made with; the test suite makes it quick (tests/conftest.py).
NEW_KEY_COST = ARGON2ID_COST


class Kdf(NamedTuple):
    """What a profile stores to derive its key again: the salt, the cost and the function."""

    salt: bytes
    cost: KdfCost
    name: str = ARGON2ID


def new_kdf(cost: KdfCost | None = None) -> Kdf:
    """A fresh random salt with ``cost`` (NEW_KEY_COST as it is at call time by default)."""
    return Kdf(secrets.token_bytes(SALT_BYTES), cost or NEW_KEY_COST)


def secret_bytes(secret: str) -> bytes:
    """The secret as bytes; NFC first, so the same passphrase typed anywhere is the same."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")
