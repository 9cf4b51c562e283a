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
from ecomap_desktop.i18n import fill, translate as _tr

if TYPE_CHECKING:
    from ....canvas.items.node_item import NodeItem

# A line passing nearer the family's centre than this share of its circle's radius runs under it
# (one that only clips the rim still reads as passing beside it).
UNDER_FAMILY = 0.8
REFUSAL_SHOWN_MS = 10000


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

    def under_family(self, node: NodeItem | None) -> bool:
        """Whether a straight line from the source to *node* would run under the family's circle.

        Such a line looks like two lines, one to the family and one from it, so it is refused with a
        word: the worker moves one of the two so the line can pass beside the circle."""
        family = next((n for n in self.scene.node_items() if n.kind == "centre"), None)
        if node is None or family is None or family in (node, self.source):
            return False
        radius = min(family.outline()[:2])
        return _segment_distance(family.pos(), self.source.pos(), node.pos()) < radius * UNDER_FAMILY

    def show(self, target: NodeItem | None, pointer: QPointF | None = None) -> None:
        was_under = self.under_family(self.target)
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
        if self.under_family(self.target) != was_under and self.scene.interaction() is self:
            self.scene.refresh_hint()  # the line would run under the family's circle, or no longer

    def connect_to_target(self) -> bool:
        """Make the line to the target and finish; False (and nothing made) when it would run under
        the family's circle."""
        if self.under_family(self.target):
            self._say(self.refusal())
            return False
        source, target = self.source.node_id, self.target.node_id if self.target else None
        self.finish()
        if target is not None:
            self.scene.connect_nodes(source, target)
        return True

    def refusal(self) -> str:
        """What is said when the line to the target would run under the family's circle."""
        return fill(_tr("Connect", "A line from %1 to %2 would run under the family's circle and look like "
                                   "two lines. Move one of them first, or choose another."),
                    _name(self.source), _name(self.target))

    def refuse_and_end(self) -> None:
        """End the gesture without a line, saying why (the line would run under the family's circle)."""
        text = self.refusal()
        self.cancel()
        self._say(text)

    def _say(self, text: str) -> None:
        """Say *text* in the status bar (for a while, the gesture may end now) and to a screen reader."""
        views = self.source.scene().views() if self.source.scene() is not None else []
        if views:
            speech.announce(views[0], text, assertive=True)
            bar = getattr(views[0].window(), "statusBar", None)
            if bar is not None:
                bar().showMessage(text, REFUSAL_SHOWN_MS)
        self.scene.refresh_hint()

    def cleanup(self) -> None:
        if self.target is not None:
            self.target.set_drop_target(False)
        self.scene.remove_preview(self.preview)


class ConnectInteraction(_ConnectBase):
    """Press on a node's "+" handle (or Alt+press on a node), drag to another node, release."""

    def hint(self) -> str:
        if self.under_family(self.target):
            return self.refusal()
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
            if self.under_family(node):
                self.refuse_and_end()
            else:
                self.connect_to_target()
        else:
            self.cancel()

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
        return True


# Unit vectors of the arrow keys, in scene coordinates (y grows downwards).
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
        # The family first while it is free (most lines join someone to it, as the hints say), then
        # the nearest; those a line could reach without running under the family before the rest.
        self._candidates = sorted(candidates, key=lambda n: (self.under_family(n), n.kind != "centre",
                                                             _distance(here, n.pos()), n.node_id))
        self.show(self._candidates[0] if self._candidates else None, here)

    def hint(self) -> str:
        if self._by_pointer:
            return fill(_tr("Connect", "Joining %1: click or tap the person or group to join. Esc cancels."),
                        _name(self.source))
        if self.under_family(self.target):
            return self.refusal()
        return fill(_tr("Connect", "Joining %1 to another: the arrow keys or Tab choose which (it is "
                                   "outlined), Enter joins them. Esc cancels."), _name(self.source))

    def has_candidates(self) -> bool:
        return bool(self._candidates)

    def show(self, target: NodeItem | None, pointer: QPointF | None = None) -> None:
        changed = target is not self.target
        super().show(target, pointer)
        views = target.scene().views() if target is not None and target.scene() is not None else []
        if changed and target is not None and views:  # the focus stays on the first end: say the other
            speech.announce(views[0], fill(_tr("Connect", "Other end: %1"), _name(target)))

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
            if self._by_pointer and self.under_family(node):
                self.refuse_and_end()  # the first end stays selected for another try
            else:
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


def _segment_distance(point: QPointF, a: QPointF, b: QPointF) -> float:
    """How far *point* is from the segment a-b."""
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length2 = dx * dx + dy * dy
    along = ((point.x() - a.x()) * dx + (point.y() - a.y()) * dy) / length2 if length2 else 0.0
    t = max(0.0, min(1.0, along))
    return _distance(point, QPointF(a.x() + t * dx, a.y() + t * dy))


def _name(node: NodeItem | None) -> str:
    return (node.label if node is not None else "") or _tr("Connect", "(no name)")
