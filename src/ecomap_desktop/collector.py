"""Pausing Python's cycle collector while a whole map is made at once (opened, drawn, rebuilt)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_pausing = False  # a pause that switches the collector back on when it ends is under way
_kept = 0  # the number of the pause keep_paused() kept (0: none): the collector stays paused until resume()
_last = 0  # the number of the last pause kept


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a whole map is parsed or drawn.

    Building a big map makes tens of thousands of objects at once, which sets off full collections
    that scan everything the app holds: about a third of the time the canvas takes to draw a
    5,000-node map. Nothing is lost: the collector runs again as soon as the map is made (or, when
    keep_paused() was asked meanwhile, at resume()).
    """
    global _pausing
    was_enabled = gc.isenabled()
    gc.disable()
    _pausing = _pausing or was_enabled
    try:
        yield
    finally:
        if was_enabled:
            _pausing = False
            if not _kept:
                _collect_young_and_enable()


def keep_paused() -> int:
    """Have the pause under way (collector_paused) leave the collector paused when it ends, until
    resume() is given the number this returns: a big map's first drawing makes thousands of objects
    more. 0 where no pause was under way (nothing is kept)."""
    global _kept, _last
    if _pausing and not _kept:
        _last += 1
        _kept = _last
    return _kept


def kept() -> int:
    """The number of the pause keep_paused() kept, while it lasts (0: none)."""
    return _kept


def resume(kept: int) -> None:
    """End the pause keep_paused() kept as number *kept*; nothing when it has ended already (a later
    map's pause is not ended by what was due for an earlier one)."""
    global _kept
    if kept and kept == _kept:
        _kept = 0
        _collect_young_and_enable()


def _collect_young_and_enable() -> None:
    # What the pause made (a big map: over 100,000 objects) would otherwise go through the young
    # generations in steps, the middle one scanning all of it again at each of its collections while
    # the map is first drawn: scanned once here, it goes straight to the old generation, which is
    # scanned only once it has grown by a quarter.
    gc.collect(1)
    gc.enable()
