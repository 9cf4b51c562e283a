"""Drawing a new connection, by mouse (drag from the "+" handle, or Alt+drag) or by keyboard."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from ...widgets import announce as speech
from .base import Interaction
from .canvas import GestureCanvas
from ecomap_desktop.i18n import translate as _tr

if TYPE_CHECKING:
    from ....canvas.items.node_item import NodeItem


class _ConnectBase(Interaction):
    """Shared by the mouse and keyboard gestures: a source, a live preview and a highlighted target."""

    def __init__(self, scene: GestureCanvas, source: NodeItem) -> None:
        super().__init__(scene)
        self.source = source
        self.target: NodeItem | None = None
        self.preview = scene.create_preview()

    def can_connect_to(self, node: NodeItem | None) -> bool:
        return node is not None and node is not self.source and self.scene.can_connect(
            self.source.node_id, node.node_id
        )

    def show(self, target: NodeItem | None, pointer: QPointF | None = None) -> None:
        if target is not self.target:
            if self.target is not None:
                self.target.set_drop_target(False)
            self.target = target
            if target is not None:
                target.set_drop_target(True)
        if target is not None:
            self.preview.set_ends(self.source.outline(), self.source.pos(), target.outline(), target.pos())
        elif pointer is not None:
            self.preview.set_ends(self.source.outline(), self.source.pos(), None, pointer)

    def connect_to_target(self) -> None:
        source, target = self.source.node_id, self.target.node_id if self.target else None
        self.finish()
        if target is not None:
            self.scene.connect_nodes(source, target)

    def cleanup(self) -> None:
        if self.target is not None:
            self.target.set_drop_target(False)
        self.scene.remove_preview(self.preview)


class ConnectInteraction(_ConnectBase):
    """Press on a node's "+" handle (or Alt+press on a node), drag to another node, release."""

    def hint(self) -> str:
        return _tr("Connect", "Let go over another person or group to join them.")

    @classmethod
    def maybe_start(cls, scene: GestureCanvas, event: QGraphicsSceneMouseEvent) -> Interaction | None:
        if event.button() != Qt.MouseButton.LeftButton:
            return None
        node = scene.node_item_at(event.scenePos(), event)
        if node is None:
            return None
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if not (alt or node.handle_contains(event.scenePos())):
            return None
        interaction = cls(scene, node)
        interaction.show(None, event.scenePos())
        return interaction

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        node = self.scene.node_item_at(event.scenePos(), event)
        self.show(node if self.can_connect_to(node) else None, event.scenePos())

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        node = self.scene.node_item_at(event.scenePos(), event)
        if self.can_connect_to(node):
            self.target = node
            self.connect_to_target()
        else:
            self.cancel()

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
        return True


#: Unit vectors of the arrow keys, in scene coordinates (y grows downwards).
_DIRECTIONS = {
    Qt.Key.Key_Left: (-1.0, 0.0),
    Qt.Key.Key_Right: (1.0, 0.0),
    Qt.Key.Key_Up: (0.0, -1.0),
    Qt.Key.Key_Down: (0.0, 1.0),
}


class KeyboardConnectInteraction(_ConnectBase):
    """After the Connect key: arrows or Tab pick the other end, Enter connects, Esc cancels.

    A click on a node also picks it and connects; a click anywhere else cancels.
    """

    def __init__(self, scene: GestureCanvas, source: NodeItem, by_pointer: bool = False) -> None:
        super().__init__(scene, source)
        self._by_pointer = by_pointer  # started from the context menu: a click or tap picks the end
        here = source.pos()
        candidates = [n for n in scene.node_items() if self.can_connect_to(n)]
        self._candidates = sorted(candidates, key=lambda n: (_distance(here, n.pos()), n.node_id))
        self.show(self._candidates[0] if self._candidates else None, here)

    def hint(self) -> str:
        if self._by_pointer:
            return _tr("Connect", "Click or tap the person or group to join. Esc cancels.")
        return _tr(
            "Connect", "Choose the other end with the arrow keys or Tab, then press Enter. Esc cancels."
        )

    def has_candidates(self) -> bool:
        return bool(self._candidates)

    def show(self, target: NodeItem | None, pointer: QPointF | None = None) -> None:
        changed = target is not self.target
        super().show(target, pointer)
        views = target.scene().views() if target is not None and target.scene() is not None else []
        if changed and target is not None and views:  # the focus stays on the first end: say the other
            name = target.label or _tr("Connect", "(no name)")
            speech.announce(views[0], _tr("Connect", "Other end: %1").replace("%1", name))

    def key_press(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.cancel()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.connect_to_target()
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            backwards = key == Qt.Key.Key_Backtab or shift
            self._step(-1 if backwards else 1)
        elif key in _DIRECTIONS:
            self._toward(*_DIRECTIONS[key])
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False  # zooming and the like still work while choosing
        return True

    def _step(self, step: int) -> None:
        if not self._candidates:
            return
        index = self._candidates.index(self.target) if self.target in self._candidates else -step
        self.show(self._candidates[(index + step) % len(self._candidates)])
        self.scene.ensure_node_visible(self.target.node_id)

    def _toward(self, dx: float, dy: float) -> None:
        """Pick the nearest candidate lying roughly in the arrow's direction from the current target."""
        here = (self.target or self.source).pos()
        best, best_score = None, math.inf
        for node in self._candidates:
            vx, vy = node.pos().x() - here.x(), node.pos().y() - here.y()
            ahead = vx * dx + vy * dy
            if node is self.target or ahead <= 0:
                continue
            side = abs(vx * dy - vy * dx)
            if side > ahead * 2:  # more than about 63 degrees off the arrow's direction
                continue
            score = ahead + side * 2
            if score < best_score:
                best, best_score = node, score
        if best is not None:
            self.show(best)
            self.scene.ensure_node_visible(best.node_id)

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> None:
        self.tap(event.scenePos())

    def tap(self, scene_pos: QPointF) -> None:
        node = self.scene.node_item_at(scene_pos)
        if self.can_connect_to(node):
            self.show(node)
            self.connect_to_target()
        else:
            self.cancel()


class PickFirstEndInteraction(Interaction):
    """Connect with nothing selected: a click or tap picks the first end, the next one the second."""

    def hint(self) -> str:
        return _tr("Connect", "Click or tap the first of the two to join, then the second. Esc cancels.")

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> None:
        self.tap(event.scenePos())

    def tap(self, scene_pos: QPointF) -> None:
        node = self.scene.node_item_at(scene_pos)
        self.finish()
        if node is None:
            return
        self.scene.select_ids([node.node_id])
        second = KeyboardConnectInteraction(self.scene, node, by_pointer=True)
        if second.has_candidates():
            self.scene.begin_interaction(second)
        else:
            second.cleanup()

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        return False


def _distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())
