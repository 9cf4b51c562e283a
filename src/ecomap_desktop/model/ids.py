"""Random ids in the form uuid.uuid4() gives them, made without importing uuid.

Python's uuid imports platform and loads libuuid (through _uuid) when it is imported: about 1.6 ms
of every start (issue 18) for what a version 4 id is, 16 random bytes with its version and variant
bits set. These are made the same way (os.urandom, RFC 4122 version 4), so a file's ids keep their
form: 36 characters, lower-case hex in 8-4-4-4-12 groups.
"""

from __future__ import annotations

import os


def random_hex() -> str:
    """A random version 4 id as 32 lower-case hex digits (uuid.uuid4().hex)."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # variant: RFC 4122
    return raw.hex()


def random_id() -> str:
    """A random version 4 id in its usual text form (str(uuid.uuid4()))."""
    h = random_hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
