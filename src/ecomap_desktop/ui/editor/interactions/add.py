"""Add mode: a click on empty canvas adds a person or group right there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from .base import Interaction
from .canvas import GestureCanvas


class AddNodeInteraction(Interaction):
    def __init__(self, scene: GestureCanvas, kind: str) -> None:
        super().__init__(scene)
        self.kind = kind

    @classmethod
    def maybe_start(cls, scene: GestureCanvas, event: QGraphicsSceneMouseEvent) -> Interaction | None:
        kind = scene.add_mode()
        if not kind or event.button() != Qt.MouseButton.LeftButton:
            return None
        if scene.node_item_at(event.scenePos(), event) is not None:
            return None  # a click on a node still selects or moves it
        return cls(scene, kind)

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.finish()
        # One click adds one node; the mode ends so the next click selects again.
        self.scene.set_add_mode(None)
        self.scene.add_node(self.kind, event.scenePos())
