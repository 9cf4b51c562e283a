"""Dragging nodes: they follow the pointer live, and one MoveNodesCommand is pushed on release."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QGraphicsSceneMouseEvent

from .base import Interaction
from .canvas import GestureCanvas


class MoveInteraction(Interaction):
    def __init__(self, scene: GestureCanvas, event: QGraphicsSceneMouseEvent) -> None:
        super().__init__(scene)
        self._press_scene = event.scenePos()
        self._press_screen = event.screenPos()
        self._start: dict[str, QPointF] = {}
        self._moving = False

    @classmethod
    def maybe_start(cls, scene: GestureCanvas, event: QGraphicsSceneMouseEvent) -> Interaction | None:
        if event.button() != Qt.MouseButton.LeftButton:
            return None
        if scene.node_item_at(event.scenePos(), event) is None:
            return None
        # Let Qt do the usual selection on press (Ctrl toggles; pressing a selected node keeps the group).
        scene.default_mouse_press(event)
        return cls(scene, event)

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self._moving:
            # A small wobble while clicking is not a drag.
            travel = (event.screenPos() - self._press_screen).manhattanLength()
            if travel < QApplication.startDragDistance():
                return
            self._moving = True
            self._start = self.scene.selected_node_positions()
            self.scene.begin_live_move(self._start)
        delta = event.scenePos() - self._press_scene
        self.scene.move_nodes_live({node_id: start + delta for node_id, start in self._start.items()})

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._moving:
            self.scene.end_live_move()
            self.scene.commit_live_move(self._start)
        self.scene.default_mouse_release(event)
        self.finish()

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        return True  # no other keys while the mouse button is down

    def cancel(self) -> None:
        if self._moving:
            self.scene.end_live_move()
            self.scene.move_nodes_live(self._start)
        self.scene.release_mouse_grab()
        super().cancel()
