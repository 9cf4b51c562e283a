"""Python's cycle collector kept paused from a big map's building until the canvas has painted it
(collector.keep_paused): the first drawing of thousands of names and lines makes thousands of objects,
and collections in the middle of it would go through them again and again."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ... import collector

# Maps of more nodes than this keep the collector paused until painted (smaller ones make few objects).
BIG_MAP_NODES = 500
# The collector runs again this long after the canvas has painted the map: once the map is on screen
# (its collection, ~15 ms at 5,000 nodes, then comes while the person looks at it, not before).
AFTER_PAINT_MS = 250
# And at the latest this long after the map was made, painted or not (a window never shown paints
# nothing); a canvas hidden (its window closed) or gone before it painted ends the pause at once.
LATEST_MS = 5000


class CollectorWait(QObject):
    """Resumes the collector kept paused for a map *viewport* is about to paint, once it has painted."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self._viewport = viewport
        # The pause to end after the next paint (collector.keep_paused's number), in a list that the
        # canvas's going also reads (a plain function: this object goes with the canvas).
        self._kept = [0]
        viewport.destroyed.connect(partial(_canvas_gone, self._kept))

    def hold(self, nodes: int) -> None:
        """A map of *nodes* nodes was just made, with the collector paused (collector_paused)."""
        kept = collector.keep_paused() if nodes > BIG_MAP_NODES else 0
        if kept:
            self._kept[0] = kept
            self._viewport.removeEventFilter(self)  # once, however many maps came before a paint
            self._viewport.installEventFilter(self)
            # Not this object's timer: the collector must run again even if the canvas goes first.
            QTimer.singleShot(LATEST_MS, partial(collector.resume, kept))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, partial(_resume_soon, self._kept[0]))  # once this paint is over
        elif kind == QEvent.Type.Hide:  # its window closed before the map was painted: no paint comes
            watched.removeEventFilter(self)
            collector.resume(self._kept[0])
        return False


def _resume_soon(kept: int) -> None:
    QTimer.singleShot(AFTER_PAINT_MS, partial(collector.resume, kept))


def _canvas_gone(kept: list[int], *_destroyed: object) -> None:
    collector.resume(kept[0])  # this canvas's own pause, if it still lasts
