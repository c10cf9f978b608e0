# SPDX-License-Identifier: GPL-3.0-or-later
"""PINs: salted slow hashes, never plain; names; the lock-out after five wrong PINs."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from breathapp.core.pins import (
    ARGON2ID_COST,
    PIN_ITERATIONS,
    KdfCost,
    check_pin,
    hash_pin,
    new_kdf,
)
from breathapp.core.profiles import (
    LOCKOUT_FAILURES,
    LockState,
    NameProblem,
    ProfileNameError,
    clean_name,
    same_name,
    valid_pin,
    valid_secret,
)

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_a_pin_is_stored_as_a_salted_slow_hash_not_in_plain_text() -> None:
    made = hash_pin("1234")
    assert made.iterations == PIN_ITERATIONS >= 200_000
    assert len(made.salt) == 16 and len(made.digest) == 32
    assert b"1234" not in made.salt + made.digest


def test_the_same_pin_gets_a_different_hash_each_time() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first.salt != second.salt and first.digest != second.digest
    assert check_pin("2468", first) and check_pin("2468", second)


def test_right_and_wrong_pins() -> None:
    made = hash_pin("13579", iterations=1000)
    assert check_pin("13579", made)
    assert not check_pin("13578", made)
    assert not check_pin("", made)


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="hashlib has PBKDF2 only through OpenSSL from 3.12 on"
)
def test_an_old_pin_is_checked_without_hashlibs_openssl_as_in_the_frozen_app() -> None:
    """The frozen app leaves _hashlib (OpenSSL) out: Python 3.11's hashlib then computes
    PBKDF2 itself, and the check says nothing about that on the way (warnings as errors)."""
    code = (
        "import sys\n"
        "sys.modules['_hashlib'] = None\n"
        "from breathapp.core.pins import PinHash, check_pin\n"
        "assert 'nacl' not in sys.modules\n"
        "digest = bytes.fromhex("
        "'55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc')\n"
        # RFC 7914's PBKDF2-HMAC-SHA256 vector, its first 32 bytes
        "assert check_pin('passwd', PinHash(b'salt', 1, digest))\n"
        "assert not check_pin('passwe', PinHash(b'salt', 1, digest))\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("pin", ["1234", "12345678", "0000"])
def test_valid_pins(pin: str) -> None:
    assert valid_pin(pin)


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", " 1234", "١٢٣٤", ""])
def test_invalid_pins(pin: str) -> None:
    assert not valid_pin(pin)


def test_names_are_trimmed_limited_and_compared_without_case() -> None:
    assert clean_name("  Anna   Peeters ") == "Anna Peeters"
    assert clean_name("x" * 40) == "x" * 40
    with pytest.raises(ProfileNameError) as empty:
        clean_name("   ")
    assert empty.value.problem is NameProblem.EMPTY
    with pytest.raises(ProfileNameError) as long:
        clean_name("x" * 41)
    assert long.value.problem is NameProblem.TOO_LONG
    assert same_name("Anna", "aNNA")


def test_five_wrong_pins_lock_for_a_minute() -> None:
    state = LockState()
    for _ in range(LOCKOUT_FAILURES - 1):
        state = state.after_failure(NOW)
        assert state.seconds_left(NOW) == 0
    state = state.after_failure(NOW)
    assert state.seconds_left(NOW) == 60
    assert state.seconds_left(NOW + timedelta(seconds=59)) == 1
    assert state.seconds_left(NOW + timedelta(seconds=60)) == 0


# -- keys from a PIN or passphrase (Argon2id) -----------------------------------------------
def test_new_keys_cost_argon2id_at_least_64_mib_of_memory(real_new_key_cost: KdfCost) -> None:
    """Memory-hard: guessing on many cores at once costs as much memory as each guess
    (RFC 9106's second choice, for memory-constrained machines: 64 MiB and 3 passes)."""
    assert real_new_key_cost == ARGON2ID_COST
    assert ARGON2ID_COST.memory_bytes >= 64 * 2**20 and ARGON2ID_COST.ops >= 3


def test_each_new_kdf_has_its_own_salt() -> None:
    quick = KdfCost(1, 8 * 1024)
    first, second = new_kdf(quick), new_kdf(quick)
    assert first.cost == second.cost == quick and first.salt != second.salt
    assert len(first.salt) == 16


@pytest.mark.parametrize(
    "secret", ["1234", "12345678", "a long passphrase", "zes woorden", "ééééééé!"]
)
def test_a_pin_or_a_passphrase_of_8_or_more_characters(secret: str) -> None:
    assert valid_secret(secret)


@pytest.mark.parametrize("secret", ["123", "abc1234", "        ", "", "x" * 129])
def test_too_short_or_empty_secrets(secret: str) -> None:
    assert not valid_secret(secret)
