"""The map stays where it is on the screen while the window round the canvas changes under a
finger: touch mode's bigger toolbar (and the welcome hint's bigger buttons) take room from the
canvas as the first touch lifts, and the map, shown whole, was fitted again to what was left, every
person 10-20 px from where the finger had just been.

`map_held_still(view)` lays the window out at once inside it and scrolls the canvas back so that the
map is where it was on the screen, at the zoom it had. A map that was shown whole counts as fitted at
the canvas's new size (fit_keeper.py): a later change of the window's size fits it again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtWidgets import QApplication, QGraphicsView

from .fit_keeper import FitKeeper

# Rounds of laying out: the toolbar's buttons, the toolbar, then the window round the canvas.
_LAYOUT_ROUNDS = 4


@contextmanager
def map_held_still(view: QGraphicsView) -> Iterator[None]:
    """Whatever the block changes round the canvas, the map is where it was on the screen after."""
    if not view.isVisible():  # not on screen yet (touch mode chosen in Settings, at start): nothing moves
        yield
        return
    viewport = view.viewport()
    middle = viewport.rect().center()
    scene_point = view.mapToScene(middle)
    on_screen = viewport.mapToGlobal(middle)
    keeper = view.findChild(FitKeeper)
    fitted = keeper is not None and keeper.as_fitted()
    try:
        yield
    finally:
        for _ in range(_LAYOUT_ROUNDS):  # the new sizes reach the canvas now, not at the next turn
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        shift = view.mapFromScene(scene_point) - viewport.mapFromGlobal(on_screen)
        if shift != QPoint(0, 0):
            view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + shift.x())
            view.verticalScrollBar().setValue(view.verticalScrollBar().value() + shift.y())
        if keeper is not None:
            keeper.timer.stop()  # no fit for this change of size
            if fitted:
                keeper.remember()
