"""A finger dragged from a node's "+" handle draws a connection to the node where it lifts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from .connect import ConnectInteraction
from .touch_base import TouchGesture, TouchView

if TYPE_CHECKING:
    from ....canvas.items.node_item import NodeItem


class FingerConnect(TouchGesture):
    """Wraps the mouse's connect gesture (same preview, highlight and hint), fed by a finger."""

    def __init__(self, view: TouchView, source: NodeItem, start: QPointF) -> None:
        super().__init__(view)
        canvas = view.gesture_canvas()
        self._connect = ConnectInteraction(canvas, source)
        canvas.begin_interaction(self._connect)  # its hint shows; a reset cancels it
        self._connect.show(None, view.to_scene(start))

    def move(self, points: list[QPointF]) -> TouchGesture | None:
        here = self.view.to_scene(points[0])
        node = self.view.gesture_canvas().node_item_at(here)
        self._connect.show(node if self._connect.can_connect_to(node) else None, here)
        return None

    def lift(self, point: QPointF) -> None:
        node = self.view.gesture_canvas().node_item_at(self.view.to_scene(point))
        if self._connect.can_connect_to(node):
            self._connect.target = node
            self._connect.connect_to_target()
        else:
            self._connect.cancel()

    def cancel(self) -> None:
        self._connect.cancel()
