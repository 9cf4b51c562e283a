"""What every canvas gesture can be asked to do."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from .canvas import GestureCanvas


class Interaction:
    """One gesture, from the press (or key) that starts it to the release (or key) that ends it."""

    def __init__(self, scene: GestureCanvas) -> None:
        self.scene = scene

    @classmethod
    def maybe_start(cls, scene: GestureCanvas, event: QGraphicsSceneMouseEvent) -> Interaction | None:
        """The gesture this mouse press starts, or None if it is not this kind of gesture."""
        return None

    def hint(self) -> str:
        """What to do next, in a few words, for the status bar ("" if nothing needs saying)."""
        return ""

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> None:
        """Another press while running (e.g. a click that picks a target); by default it ends the gesture."""
        self.cancel()

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        pass

    def tap(self, scene_pos: QPointF) -> None:
        """A finger tapped while running; by default it ends the gesture, as a click does."""
        self.cancel()

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        pass

    def key_press(self, event: QKeyEvent) -> bool:
        """Handle a key while running; True if it was used."""
        return False

    def cancel(self) -> None:
        """Undo any live effect and end without changing the map."""
        self.finish()

    def finish(self) -> None:
        self.cleanup()
        self.scene.end_interaction(self)

    def cleanup(self) -> None:
        """Remove anything the gesture added to the canvas (preview lines, highlights)."""
