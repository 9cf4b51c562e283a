"""A finger dragged on the empty map pans it (a rubber band stays with the mouse and the pen)."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from .touch_base import TouchGesture, TouchView


class FingerPan(TouchGesture):
    def __init__(self, view: TouchView, start: QPointF) -> None:
        super().__init__(view)
        self._last = QPointF(start)

    def move(self, points: list[QPointF]) -> TouchGesture | None:
        here = points[0]
        self.view.pan_by(here - self._last)
        self._last = QPointF(here)
        return None
