"""Two fingers: spreading or pinching zooms about the point between them, moving together pans."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF

from .touch_base import TouchGesture, TouchView

# Fingers closer than this (pixels) give no reliable zoom ratio.
MIN_SPREAD_PX = 8.0


class TwoFingers(TouchGesture):
    def __init__(self, view: TouchView, points: list[QPointF]) -> None:
        super().__init__(view)
        self._centre, self._spread = _centre_and_spread(points)
        self._count = len(points)

    def move(self, points: list[QPointF]) -> TouchGesture | None:
        centre, spread = _centre_and_spread(points)
        if len(points) != self._count:
            # A finger lifted or came back: start again from here, so the map does not jump.
            self._centre, self._spread, self._count = centre, spread, len(points)
            return None
        if len(points) >= 2 and self._spread >= MIN_SPREAD_PX and spread >= MIN_SPREAD_PX:
            # Zoom about where the fingers were, then follow them: the map stays under the fingers.
            self.view.zoom_by(spread / self._spread, self._centre)
        self.view.pan_by(centre - self._centre)
        self._centre, self._spread = centre, spread
        return None


def _centre_and_spread(points: list[QPointF]) -> tuple[QPointF, float]:
    if len(points) < 2:
        return QPointF(points[0]), 0.0
    a, b = points[0], points[1]
    return (a + b) / 2, math.hypot(a.x() - b.x(), a.y() - b.y())
