# SPDX-License-Identifier: GPL-3.0-or-later
"""PINs and passphrases: scrypt's cost and salt per profile; the old PBKDF2 hashes.

A profile's secret is never stored. What is stored is a random salt and scrypt's cost
(n, r, p), so the cost can be raised later for new keys while old ones still open. The key
derived from the secret (storage.vault.derive_key) only wraps the profile's data key;
whether it unwraps is the check. PBKDF2 hashes (PinHash) are what earlier versions stored:
checked once more, on the next right PIN, then replaced (storage.pin_lock).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
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
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return PinHash(salt, iterations, digest)


def check_pin(pin: str, stored: PinHash) -> bool:
    """Whether ``pin`` is the one ``stored`` was made from; constant-time compare."""
    attempt = hash_pin(pin, stored.salt, stored.iterations)
    return hmac.compare_digest(attempt.digest, stored.digest)


class KdfCost(NamedTuple):
    """scrypt's cost: n (a power of two), block size r, parallelism p."""

    n: int
    r: int
    p: int

    @property
    def memory_bytes(self) -> int:
        """The memory one derivation needs (scrypt's V array): 128 * r * n bytes."""
        return 128 * self.r * self.n


# About half a second and 128 MB on the development machine (0.36 to 0.50 s measured, two
# cores shared with other work); n = 2**17, r = 8, p = 1 is also OWASP's floor for scrypt.
# Stored per profile, so it can be raised for new keys.
SCRYPT_COST = KdfCost(2**17, 8, 1)
# The cost new keys are made with; the test suite makes it quick (tests/conftest.py).
NEW_KEY_COST = SCRYPT_COST


class Kdf(NamedTuple):
    """What a profile stores to derive its key again: the salt and the cost."""

    salt: bytes
    cost: KdfCost


def new_kdf(cost: KdfCost | None = None) -> Kdf:
    """A fresh random salt with ``cost`` (NEW_KEY_COST as it is at call time by default)."""
    return Kdf(secrets.token_bytes(SALT_BYTES), cost or NEW_KEY_COST)


def secret_bytes(secret: str) -> bytes:
    """The secret as bytes; NFC first, so the same passphrase typed anywhere is the same."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")
