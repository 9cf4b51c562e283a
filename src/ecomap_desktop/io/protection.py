"""Password protection for map files: the whole map encrypted with AES-256-GCM.

A protected file is two lines of ASCII text:

    {"format": "ecomap-protected", "version": 1, "cipher": "aes-256-gcm", "kdf": "argon2id", ...}
    <base64 of the AES-GCM ciphertext and tag>

The first line is a small JSON header with the key-derivation function, its parameters, the salt, the
nonce and a short password check. The exact bytes of that line are the associated data of the
encryption, so changing any of it makes the file fail to open. Inside is an ordinary .ecomap file.

The key comes from the password through Argon2id (or scrypt where Argon2id is not available), with a
fresh random salt and nonce on every save. The key derivation gives 48 bytes: 32 for the AES key and 16
for the password check stored in the header. The check tells a wrong password (check differs) from a
damaged file (check matches, decryption fails) without weakening anything: testing a guess against
the check costs the same key derivation as testing it against the ciphertext.

Header parameters are bounded before any work is done, so a hostile file cannot make the key
derivation eat all memory or time. A forgotten password cannot be recovered: nothing else unlocks the
map. cryptography is imported only when a protected map is read or written.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from functools import lru_cache
from typing import Any, NamedTuple

from ..i18n import translate as _tr
from .errors import MapFileError, NewerVersionError, fill

ENVELOPE_FORMAT = "ecomap-protected"
ENVELOPE_VERSION = 1
CIPHER = "aes-256-gcm"
SALT_BYTES = 16
NONCE_BYTES = 12
KEY_BYTES = 32
CHECK_BYTES = 16
MAX_HEADER_BYTES = 4096

# What we write. Argon2id: RFC 9106's second recommended setting (64 MiB, 3 passes, 4 lanes), about
# a quarter of a second on a 2015 laptop. scrypt (the fallback): 2**17 x 8 = 128 MiB.
ARGON2ID_PARAMS = {"memory_kib": 64 * 1024, "iterations": 3, "lanes": 4}
SCRYPT_PARAMS = {"n": 2**17, "r": 8, "p": 1}

# What we accept when reading; anything outside is refused before deriving a key.
MAX_KDF_MEMORY_BYTES = 256 * 1024 * 1024
MAX_ARGON2_ITERATIONS = 10
MAX_ARGON2_LANES = 8
MAX_SCRYPT_N = 2**18
MAX_SCRYPT_R = 16
MAX_SCRYPT_P = 4


class PasswordNeededError(MapFileError):
    """The file is protected and no password was given."""


class WrongPasswordError(MapFileError):
    """The password does not open the file (the file itself looks intact)."""


def is_protected(raw: bytes) -> bool:
    """True when *raw* starts with a protected-map header (cheap; no cryptography import)."""
    first = raw[:MAX_HEADER_BYTES].split(b"\n", 1)[0].strip()
    if not first.startswith(b"{"):
        return False
    try:
        header = json.loads(first.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    return isinstance(header, dict) and header.get("format") == ENVELOPE_FORMAT


@lru_cache(maxsize=1)
def argon2id_available() -> bool:
    """Whether the installed cryptography/OpenSSL can derive Argon2id keys."""
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        Argon2id(salt=b"\0" * 16, length=16, iterations=1, lanes=1, memory_cost=8).derive(b"x")
    except Exception:  # ImportError (old cryptography) or UnsupportedAlgorithm (old OpenSSL)
        return False
    return True


# A NamedTuple, not a frozen dataclass: the same read-only record with equality, made at import
# without compiling six generated methods (~0.3 ms of every start each; issue 18).
class DerivedKey(NamedTuple):
    """A key derived from a password with one salt; reusable for several encryptions (fresh nonces)."""

    kdf: str
    params: dict[str, int]
    salt: bytes
    key: bytes
    check: bytes

    def __repr__(self) -> str:
        # Never the key or its check value (a traceback or a log may show a record's repr).
        return f"DerivedKey(kdf={self.kdf!r}, params={self.params!r}, salt={self.salt!r})"


def default_kdf() -> str:
    return "argon2id" if argon2id_available() else "scrypt"


def _default_params(kdf: str) -> dict[str, int]:
    return dict(ARGON2ID_PARAMS if kdf == "argon2id" else SCRYPT_PARAMS)


def _derive(password: str, kdf: str, params: dict[str, int], salt: bytes) -> bytes:
    secret = password.encode("utf-8")
    length = KEY_BYTES + CHECK_BYTES
    if kdf == "argon2id":
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        return Argon2id(salt=salt, length=length, iterations=params["iterations"], lanes=params["lanes"],
                        memory_cost=params["memory_kib"]).derive(secret)
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=length, n=params["n"], r=params["r"], p=params["p"]).derive(secret)


def derive_key(password: str, kdf: str | None = None, params: dict[str, int] | None = None) -> DerivedKey:
    """Derive a key from *password* with a fresh random salt."""
    kdf = kdf or default_kdf()
    params = dict(params) if params is not None else _default_params(kdf)
    salt = os.urandom(SALT_BYTES)
    out = _derive(password, kdf, params, salt)
    return DerivedKey(kdf, params, salt, out[:KEY_BYTES], out[KEY_BYTES:])


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def encrypt_with_key(plain: bytes, key: DerivedKey) -> bytes:
    """Encrypt *plain* with an already derived key and a fresh nonce."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    header = {
        "format": ENVELOPE_FORMAT,
        "version": ENVELOPE_VERSION,
        "cipher": CIPHER,
        "kdf": key.kdf,
        "kdf_params": key.params,
        "salt": _b64(key.salt),
        "nonce": _b64(nonce),
        "check": _b64(key.check),
    }
    header_line = json.dumps(header, separators=(",", ":")).encode("ascii")
    sealed = AESGCM(key.key).encrypt(nonce, plain, header_line)
    return header_line + b"\n" + base64.b64encode(sealed) + b"\n"


def encrypt(
    plain: bytes, password: str, kdf: str | None = None, params: dict[str, int] | None = None
) -> bytes:
    """Encrypt *plain* under *password* with a fresh salt and nonce."""
    return encrypt_with_key(plain, derive_key(password, kdf, params))


# ----- reading -----------------------------------------------------------------------------------


def _damaged(name: str, detail: str) -> MapFileError:
    """*detail* is already translated."""
    return MapFileError(fill(_tr("Protection", "“%1” is a password-protected map, but it is damaged (%2)."),
                             name, detail))


def _refused(name: str) -> MapFileError:
    return MapFileError(fill(
        _tr("Protection", "“%1” asks for protection settings outside what this app accepts, so it was not "
            "opened."), name))


def _unknown_method(name: str) -> MapFileError:
    return MapFileError(fill(
        _tr("Protection", "“%1” is protected with a method this version of the app does not know."), name))


def _int_param(params: dict[str, Any], key: str, low: int, high: int, name: str) -> int:
    value = params.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _refused(name)
    return value


def _checked_kdf(header: dict[str, Any], name: str) -> tuple[str, dict[str, int]]:
    kdf = header.get("kdf")
    params = header.get("kdf_params")
    if not isinstance(params, dict):
        raise _damaged(name, _tr("Protection", "its protection settings are missing"))
    if kdf == "argon2id":
        if set(params) != {"memory_kib", "iterations", "lanes"}:
            raise _damaged(name, _tr("Protection", "its protection settings are incomplete"))
        lanes = _int_param(params, "lanes", 1, MAX_ARGON2_LANES, name)
        iterations = _int_param(params, "iterations", 1, MAX_ARGON2_ITERATIONS, name)
        memory = _int_param(params, "memory_kib", 8 * lanes, MAX_KDF_MEMORY_BYTES // 1024, name)
        if not argon2id_available():
            raise MapFileError(fill(
                _tr("Protection", "“%1” is protected in a way this computer's encryption library cannot "
                    "open (Argon2id). Please update the app."), name))
        return kdf, {"memory_kib": memory, "iterations": iterations, "lanes": lanes}
    if kdf == "scrypt":
        if set(params) != {"n", "r", "p"}:
            raise _damaged(name, _tr("Protection", "its protection settings are incomplete"))
        n = _int_param(params, "n", 2, MAX_SCRYPT_N, name)
        r = _int_param(params, "r", 1, MAX_SCRYPT_R, name)
        p = _int_param(params, "p", 1, MAX_SCRYPT_P, name)
        if n & (n - 1) or 128 * n * r > MAX_KDF_MEMORY_BYTES:
            raise _refused(name)
        return kdf, {"n": n, "r": r, "p": p}
    raise _unknown_method(name)


def _field_bytes(header: dict[str, Any], key: str, size: tuple[int, int], name: str) -> bytes:
    value = header.get(key)
    if not isinstance(value, str) or len(value) > 200:
        raise _damaged(name, _tr("Protection", "its header is incomplete"))
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise _damaged(name, _tr("Protection", "its header is not readable")) from None
    if not size[0] <= len(data) <= size[1]:
        raise _damaged(name, _tr("Protection", "its header is not readable"))
    return data


def decrypt(raw: bytes, password: str, name: str = "the file") -> bytes:
    """The plain .ecomap bytes inside a protected file. Raises WrongPasswordError or MapFileError."""
    header_line, sep, body = raw.partition(b"\n")
    header_line = header_line.rstrip(b"\r")
    if not sep or len(header_line) > MAX_HEADER_BYTES:
        raise _damaged(name, _tr("Protection", "it is cut short"))
    try:
        header = json.loads(header_line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _damaged(name, _tr("Protection", "its header is not readable")) from None
    if not isinstance(header, dict) or header.get("format") != ENVELOPE_FORMAT:
        raise _damaged(name, _tr("Protection", "its header is not readable"))
    version = header.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _damaged(name, _tr("Protection", "its version number is wrong"))
    if version > ENVELOPE_VERSION:
        raise NewerVersionError(fill(
            _tr("Protection", "“%1” was protected by a newer version of Ecomap Desktop. Please update the "
                "app to open it."), name))
    if header.get("cipher") != CIPHER:
        raise _unknown_method(name)
    kdf, params = _checked_kdf(header, name)
    salt = _field_bytes(header, "salt", (8, 64), name)
    nonce = _field_bytes(header, "nonce", (NONCE_BYTES, NONCE_BYTES), name)
    check = _field_bytes(header, "check", (CHECK_BYTES, CHECK_BYTES), name)
    try:
        sealed = base64.b64decode(body.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise _damaged(name, _tr("Protection", "its contents are not readable")) from None
    if len(sealed) < 16:
        raise _damaged(name, _tr("Protection", "it is cut short"))

    import hmac  # here, not at start: only a protected map needs it

    out = _derive(password, kdf, params, salt)
    if not hmac.compare_digest(out[KEY_BYTES:], check):
        raise WrongPasswordError(fill(_tr("Protection", "The password for “%1” is not right."), name))
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(out[:KEY_BYTES]).decrypt(nonce, sealed, header_line)
    except InvalidTag:
        detail = _tr("Protection", "the password is right, but the contents were changed or cut short")
        raise _damaged(name, detail) from None
