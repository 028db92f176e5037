"""The admin PIN: salted scrypt hashes and a constant-time check. No Qt here.

A hash line looks like ``scrypt$16384$8$1$<salt hex>$<hash hex>``; ``kiosk-pin`` prints one
and the kiosk configuration stores it as ``pin_hash``.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass

PIN_PATTERN = re.compile(r"^[0-9]{4,12}$")
SCHEME = "scrypt"
DEFAULT_N, DEFAULT_R, DEFAULT_P = 2**14, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
_LINE = re.compile(r"^scrypt\$(\d+)\$(\d+)\$(\d+)\$([0-9a-f]{16,128})\$([0-9a-f]{32,128})$")


class PinHashError(ValueError):
    """A ``pin_hash`` that ``kiosk-pin`` could not have produced."""


@dataclass(frozen=True)
class PinHash:
    """The parts of a hash line."""

    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    def line(self) -> str:
        """The line to paste into the configuration."""
        return f"{SCHEME}${self.n}${self.r}${self.p}${self.salt.hex()}${self.digest.hex()}"


def valid_pin(pin: str) -> bool:
    """Whether ``pin`` is 4 to 12 ASCII digits."""
    return bool(PIN_PATTERN.match(pin))


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, size: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=n, r=r, p=p, dklen=size, maxmem=256 * 1024 * 1024
    )


def hash_pin(pin: str, *, salt: bytes | None = None, n: int = DEFAULT_N) -> PinHash:
    """Hash ``pin`` with a fresh random salt (or ``salt``, for tests)."""
    if not valid_pin(pin):
        raise ValueError("a PIN is 4 to 12 digits")
    if not safe_parameters(n, DEFAULT_R, DEFAULT_P):
        raise ValueError(SAFE_RANGE)
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    return PinHash(
        n, DEFAULT_R, DEFAULT_P, salt, _derive(pin, salt, n, DEFAULT_R, DEFAULT_P, KEY_BYTES)
    )


def parse_pin_hash(line: str) -> PinHash:
    """Parse a hash line; ``PinHashError`` says what is wrong with it."""
    m = _LINE.match(line.strip())
    if m is None:
        raise PinHashError(
            "must look like scrypt$N$r$p$<salt hex>$<hash hex>; create one with "
            "'exchange-explorer kiosk-pin'"
        )
    if max(len(m[1]), len(m[2]), len(m[3])) > 8:
        raise PinHashError(SAFE_RANGE)
    n, r, p = int(m[1]), int(m[2]), int(m[3])
    if not safe_parameters(n, r, p):
        raise PinHashError(SAFE_RANGE)
    if len(m[4]) % 2 or len(m[5]) % 2:
        raise PinHashError("has an odd number of hex digits")
    salt, digest = bytes.fromhex(m[4]), bytes.fromhex(m[5])
    if len(salt) < SALT_BYTES or len(digest) < 16:
        raise PinHashError(f"has a salt under {SALT_BYTES} bytes or a hash under 16 bytes")
    return PinHash(n, r, p, salt, digest)


# Every accepted hash must be both strong and checkable on a kiosk PC: N from 2^14 (the
# default, ~50 ms here) to 2^16, r 8 to 16, p 1 to 4, at most 2^20 units of work (N*r*p,
# about half a second per attempt on a 2-core laptop) and 64 MiB of memory (128*N*r bytes,
# under the 256 MiB that the check allows scrypt).
MIN_N, MAX_N = 2**14, 2**16
MAX_WORK = 2**20
MAX_MEMORY = 64 * 1024 * 1024
SAFE_RANGE = (
    "has scrypt parameters outside the safe range (N a power of two from 2^14 to 2^16, "
    "r 8 to 16, p 1 to 4); create a new one with 'exchange-explorer kiosk-pin'"
)


def safe_parameters(n: int, r: int, p: int) -> bool:
    """Whether scrypt(N, r, p) is strong enough and can be checked quickly on a kiosk PC."""
    return (
        MIN_N <= n <= MAX_N
        and n & (n - 1) == 0
        and 8 <= r <= 16
        and 1 <= p <= 4
        and n * r * p <= MAX_WORK
        and 128 * n * r <= MAX_MEMORY
    )


def verify_pin(pin: str, stored: PinHash) -> bool:
    """Whether ``pin`` matches ``stored``, compared in constant time."""
    if not valid_pin(pin):
        return False
    candidate = _derive(pin, stored.salt, stored.n, stored.r, stored.p, len(stored.digest))
    return hmac.compare_digest(candidate, stored.digest)
