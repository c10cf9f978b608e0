# SPDX-License-Identifier: GPL-3.0-or-later
"""PINs as salted slow hashes (PBKDF2-HMAC-SHA256): never kept in plain text."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import NamedTuple

PIN_ITERATIONS = 240_000
SALT_BYTES = 16


class PinHash(NamedTuple):
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
