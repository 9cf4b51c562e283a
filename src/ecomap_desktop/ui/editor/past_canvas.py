"""The canvas of a past visit: the same drawing, selection, zoom and keyboard walk as the editing
canvas, with every way of changing the map taken out.

A past visit is looked at, never edited: `PastScene` refuses every edit (drags, names, new people,
lines, deletions, nudges) before anything moves, and its undo stack drops whatever would still be
pushed, so even a path missed here cannot change the copy it shows (the real document is never
shown here at all). `PastView` is the view around it; its context menu only offers the whole map
and the way back to today.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent, QMenu, QWidget

from ...model.document import Document
from .menu_opener import FINGER_MENU_STYLE
from .scene import MapScene
from .view import MapView
from ecomap_desktop.i18n import translate as _tr


class RefusingUndoStack(QUndoStack):
    """An undo stack that never runs what is pushed on it: nothing in a past visit can change."""

    def push(self, command: QUndoCommand) -> None:  # noqa: D102 - QUndoStack's
        del command  # dropped, never done


class PastScene(MapScene):
    """A MapScene that shows and selects but changes nothing."""

    def __init__(self, document: Document, parent=None) -> None:
        self._refusing_stack = RefusingUndoStack()
        super().__init__(document, self._refusing_stack, parent)
        self._refusing_stack.setParent(self)
        self.nodes_rebuilt.connect(self._hide_handles)
        self._hide_handles()

    def _hide_handles(self) -> None:
        """No "+" to draw a line from: the map's nodes are all made at once (it never changes)."""
        for item in self.node_items():
            item.set_handle_allowed(False)

    # ----- every edit is refused, before anything on the canvas moves ---------------------------

    def add_node(self, kind: str, pos: QPointF | None = None, category: str | None = None) -> str:
        return ""

    def set_add_mode(self, kind: str | None) -> None:
        del kind  # no adding in a past visit

    def can_connect(self, a: str, b: str) -> bool:
        return False

    def connect_nodes(self, source: str, target: str) -> str | None:
        return None

    def connect_selected(self) -> bool:
        return False

    def start_connection_from_selected(self) -> bool:
        return False

    def delete_selected(self) -> bool:
        return False

    def nudge_selected(self, dx: float, dy: float) -> bool:
        return False

    def arrange(self) -> bool:
        return False

    def edit_label(self, node_id: str, select_all: bool = True) -> bool:
        return False

    def begin_live_move(self, node_ids: Iterable[str]) -> None:
        del node_ids  # a finger's drag starts here: nothing is moved

    def move_nodes_live(self, positions: dict[str, QPointF]) -> None:
        del positions

    def commit_live_move(self, start: dict[str, QPointF]) -> None:
        del start

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        # Only Qt's own handling: a click selects, a drag on empty canvas draws the selection box.
        # No gesture starts (moving, connecting, adding), so nothing follows the pointer.
        QGraphicsScene.mousePressEvent(self, event)


class PastView(MapView):
    """The view of a PastScene; its context menu offers only what changes nothing."""

    def __init__(self, scene: PastScene, back: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._back = back

    def reader_description(self) -> str:
        return _tr("PastVisit", "A past visit of the map, shown as it was. Nothing here can be changed. Tab "
                   "goes through the people and groups, then the lines; Esc goes back to today's map.")

    def open_context_menu(self, viewport_pos: QPointF, by_finger: bool = False) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("pastContextMenu")
        menu.addAction(_tr("PastVisit", "Whole map"), self.zoom_to_fit)
        menu.addAction(_tr("PastVisit", "Back to today"), self._back)
        if by_finger:
            menu.setStyleSheet(FINGER_MENU_STYLE)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.viewport().mapToGlobal(viewport_pos.toPoint()))
        return menu
