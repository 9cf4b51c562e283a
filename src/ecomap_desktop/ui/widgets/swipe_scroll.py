"""A finger swipes a panel, a list or a long text to scroll it, as on a phone (Qt's QScroller).

Only a finger on a touch screen swipes: the mouse, a pen and a touch pad work as before (a mouse drag
still selects text and moves sliders). It holds in every touch mode setting: touch mode sizes the
targets, and it turns on only as the first finger lifts, when that finger may already be swiping.
The canvas reads fingers itself (editor/touch_input.py) and has no scroller.

While a finger is down on such an area, the mouse events Qt makes of it wait until it is clear what
the finger is doing: a tap passes them on as it lifts (the button under it is pressed, the text
cursor placed), a finger held still passes them on after the press-and-hold time and the area stays
put (so it can select text or move a slider), and a swipe drops them, so nothing under the finger is
pressed, opened or selected while the area scrolls. A finger that lands while the area still glides
only stops it.

An area inside another (a note in a panel) that has more than it shows scrolls its own text first
under a finger that lands on it; at its end (or its start) the rest of the swipe scrolls the panel, as
a phone does, and a swipe back brings the panel back first, then the note's words. A note that shows
all its words leaves the whole swipe to the panel, so a swipe anywhere on a panel of short notes (the
guide) scrolls it; a tap on the note still puts the cursor there. How: finger_scroller.py.

The areas of the first window are made swipeable just after it is first painted (held_areas): no
finger can reach them sooner, and the scrollers (QScroller's types with them) took about 8 million
instructions of every start (issue 18).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea

_held: list[QAbstractScrollArea] | None = None  # areas waiting for their window's first paint


def swipe_to_scroll(area: QAbstractScrollArea) -> None:
    """Let a finger swipe *area* to scroll it (once its window is painted, while held_areas holds)."""
    if isinstance(area, QAbstractItemView):
        # The scroller moves the scroll bars; a bar that counts rows would jump a row per pixel.
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    if _held is not None:
        _held.append(area)
        return
    from .finger_scroller import grab

    grab(area)


def is_swipeable(area: QAbstractScrollArea) -> bool:
    """Whether a finger can swipe *area* now."""
    from .finger_scroller import is_swipeable as swipeable

    return swipeable(area)


@contextmanager
def held_areas() -> Iterator[list[QAbstractScrollArea]]:
    """Collect the areas made swipeable inside the block, without making them so yet: the list
    yielded is for let_swipe, once their window is on screen. Areas made after the block are
    swipeable at once (a question asked before the window is painted, say)."""
    global _held
    held: list[QAbstractScrollArea] = []
    _held = held
    try:
        yield held
    finally:
        _held = None


def let_swipe(areas: list[QAbstractScrollArea]) -> None:
    """Make *areas* (held by held_areas) swipeable; one deleted meanwhile is passed over."""
    from .finger_scroller import grab

    for area in areas:
        try:
            grab(area)
        except RuntimeError:  # its panel was taken away before the window was painted
            pass
    areas.clear()
