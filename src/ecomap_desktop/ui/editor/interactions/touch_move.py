"""A finger dragged on a person or group moves it (with the rest of the selection, if it is
selected): the nodes follow live, and one Move is pushed when the finger lifts."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from .touch_base import TouchGesture, TouchView


class FingerMove(TouchGesture):
    def __init__(self, view: TouchView, node_id: str, start: QPointF) -> None:
        super().__init__(view)
        canvas = view.gesture_canvas()
        if node_id not in canvas.selected_node_ids():
            canvas.select_ids([node_id])
        self._press_scene = view.to_scene(start)
        self._start = canvas.selected_node_positions()
        canvas.begin_live_move(self._start)

    def move(self, points: list[QPointF]) -> TouchGesture | None:
        delta = self.view.to_scene(points[0]) - self._press_scene
        self.view.gesture_canvas().move_nodes_live(
            {node_id: start + delta for node_id, start in self._start.items()})
        return None

    def lift(self, point: QPointF) -> None:
        canvas = self.view.gesture_canvas()
        canvas.end_live_move()
        canvas.commit_live_move(self._start)

    def cancel(self) -> None:
        canvas = self.view.gesture_canvas()
        canvas.end_live_move()
        canvas.move_nodes_live(self._start)
