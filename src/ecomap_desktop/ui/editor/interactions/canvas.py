"""What a gesture needs from the canvas it runs on: the editing scene, seen through 19 methods.

The gestures are typed against this Protocol, not against the scene class, so they do not import the
scene (which imports them) and everything they may touch is declared in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

if TYPE_CHECKING:
    from ....canvas.items.node_item import NodeItem
    from ....canvas.items.preview_item import PreviewItem
    from .base import Interaction


class GestureCanvas(Protocol):
    """The editing scene as the gestures see it."""

    # ----- finding nodes ---------------------------------------------------------------------
    def node_items(self) -> list[NodeItem]: ...

    def node_item_at(self, scene_pos: QPointF,
                     event: QGraphicsSceneMouseEvent | None = None) -> NodeItem | None: ...

    def selected_node_positions(self) -> dict[str, QPointF]: ...

    def ensure_node_visible(self, node_id: str) -> None: ...

    # ----- adding and connecting (each pushes one undo command) -------------------------------
    def add_mode(self) -> str: ...

    def set_add_mode(self, kind: str | None) -> None: ...

    def add_node(self, kind: str, pos: QPointF | None = None, category: str | None = None) -> str: ...

    def can_connect(self, a: str, b: str) -> bool: ...

    def connect_nodes(self, source: str, target: str) -> str | None: ...

    def create_preview(self) -> PreviewItem: ...

    def remove_preview(self, preview: PreviewItem) -> None: ...

    # ----- dragging (the document is told once, on release) ----------------------------------
    def begin_live_move(self, node_ids: Iterable[str]) -> None: ...

    def move_nodes_live(self, positions: dict[str, QPointF]) -> None: ...

    def end_live_move(self) -> None: ...

    def commit_live_move(self, start: dict[str, QPointF]) -> None: ...

    # ----- the scene's own event handling ----------------------------------------------------
    def default_mouse_press(self, event: QGraphicsSceneMouseEvent) -> None: ...

    def default_mouse_release(self, event: QGraphicsSceneMouseEvent) -> None: ...

    def release_mouse_grab(self) -> None: ...

    def end_interaction(self, interaction: Interaction) -> None: ...
