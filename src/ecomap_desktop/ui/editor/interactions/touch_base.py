"""What every finger gesture is, and what it needs from the canvas view it runs on.

Touch gestures live beside the mouse ones but are fed by the view's touch input
(ui/editor/touch_input.py), in viewport pixels: a finger's path, not a mouse's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF

if TYPE_CHECKING:
    from ....canvas.items.edge_item import EdgeItem
    from ....canvas.items.node_item import NodeItem
    from .canvas import GestureCanvas


class TouchView(Protocol):
    """The canvas view as the finger gestures see it."""

    def gesture_canvas(self) -> GestureCanvas: ...

    def to_scene(self, viewport_pos: QPointF) -> QPointF: ...

    def item_under(self, viewport_pos: QPointF) -> NodeItem | EdgeItem | None: ...

    def pan_by(self, delta: QPointF) -> None: ...

    def zoom_by(self, factor: float, anchor: QPointF) -> None: ...

    def open_context_menu(self, viewport_pos: QPointF, by_finger: bool = False) -> object: ...

    def is_double_tap(self, viewport_pos: QPointF, node_id: str) -> bool: ...

    def tap_legend(self, viewport_pos: QPointF) -> bool: ...


class TouchGesture:
    """One gesture of one or two fingers, from the first finger down to the last one up.

    *points* are the fingers now on the screen, in viewport pixels. A gesture may hand over to
    another (a press that starts moving becomes a drag or a pan) by returning it from `move`.
    """

    def __init__(self, view: TouchView) -> None:
        self.view = view

    def move(self, points: list[QPointF]) -> TouchGesture | None:
        """The fingers moved (or one was added); the gesture to carry on with, None to keep this one."""
        return None

    def lift(self, point: QPointF) -> None:
        """The last finger lifted at *point*: finish."""

    def cancel(self) -> None:
        """The system took the touch away (or another gesture started): undo any live effect."""
