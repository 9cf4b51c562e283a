"""Pausing Python's cycle collector while a whole map is made at once (opened, drawn, rebuilt)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a whole map is parsed or drawn.

    Building a big map makes tens of thousands of objects at once, which sets off full collections
    that scan everything the app holds: about a third of the time the canvas takes to draw a
    5,000-node map. Nothing is lost: the collector runs again as soon as the map is made.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # What the pause made (a big map: over 100,000 objects) would otherwise go through the
            # young generations in steps, the middle one scanning all of it again at each of its
            # collections while the map is first drawn: scanned once here, it goes straight to the
            # old generation, which is scanned only once it has grown by a quarter.
            gc.collect(1)
            gc.enable()
