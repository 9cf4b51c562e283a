"""Ids for the maps the benchmarks build: shaped as the app's own (uuid4 text), but the same ones in
the same order every run, so each run builds the same map. The app writes a file's entries and draws
a page's lines in id order: with the app's random ids, two runs wrote different bytes and timed
slightly different work."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable


def seeded_ids(seed: int) -> Callable[[], str]:
    """A maker of ids shaped as the app's (uuid4 text), the same ones in the same order every run."""
    rng = random.Random(f"ids-{seed}")  # its own generator: the maps' random choices stay as they were
    return lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))
