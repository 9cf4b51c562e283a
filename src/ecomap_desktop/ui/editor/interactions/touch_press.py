"""One finger down: a tap, a double tap, a long press, or the start of a drag, a pan or a line.

A tap selects what is under the finger (or picks the other end of a connection being made, or
adds the person or group being placed); a second tap on the same node edits its name. A finger held
still for about 0.6 s selects what it is on and opens its context menu at once, while the finger is
still down; the lift that follows is neither a tap nor a choice in the menu (HeldFinger).
Moving further than a wobble starts a drag of the node, a pan of the empty map or, from a node's
"+" handle, a new connection.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ....canvas.items.edge_item import EdgeItem
from ....canvas.items.node_item import NodeItem
from ...widgets.finger_menu import LONG_PRESS_MS, HeldFinger, wobble as _wobble
from .touch_base import TouchGesture, TouchView
from .touch_connect import FingerConnect
from .touch_move import FingerMove
from .touch_pan import FingerPan


class FingerPress(TouchGesture):
    def __init__(self, view: TouchView, start: QPointF) -> None:
        super().__init__(view)
        self._start = QPointF(start)
        self._held = False  # held long enough: the menu is open, the rest of this touch does nothing
        self._guard: HeldFinger | None = None
        canvas = view.gesture_canvas()
        scene_pos = view.to_scene(start)
        node = canvas.node_item_at(scene_pos)
        self._node = node
        self._on_handle = node is not None and node.handle_contains(scene_pos)
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setInterval(LONG_PRESS_MS)
        self._timer.timeout.connect(self._long_press)
        self._timer.start()

    def move(self, points: list[QPointF]) -> TouchGesture | None:
        if self._held:
            return None
        travel = (points[0] - self._start).manhattanLength()
        if travel < _wobble():
            return None
        self._timer.stop()
        if self._node is None:
            after: TouchGesture = FingerPan(self.view, self._start)
        elif self._on_handle:
            after = FingerConnect(self.view, self._node, self._start)
        else:
            after = FingerMove(self.view, self._node.node_id, self._start)
        after.move(points)
        return after

    def lift(self, point: QPointF) -> None:
        self._timer.stop()
        if self._guard is not None:
            self._guard.release()
        if not self._held:
            self._tap()

    def cancel(self) -> None:
        self._timer.stop()
        if self._guard is not None:
            self._guard.release()

    def _long_press(self) -> None:
        self._held = True
        # What the menu is about shows selected, as a right click selects what it is on.
        canvas = self.view.gesture_canvas()
        item = self.view.item_under(self._start)
        if isinstance(item, NodeItem):
            canvas.select_ids([item.node_id])
        elif isinstance(item, EdgeItem):
            canvas.select_ids(edge_ids=[item.edge_id])
        menu = self.view.open_context_menu(self._start, by_finger=True)
        if isinstance(menu, QWidget):
            self._guard = HeldFinger(menu)

    def _tap(self) -> None:
        canvas = self.view.gesture_canvas()
        canvas.commit_label_edit()  # a tap elsewhere keeps what was typed, as a click does
        if self.view.tap_legend(self._start):
            return  # the folded legend opens over the map: nothing under it is chosen
        scene_pos = self.view.to_scene(self._start)
        running = canvas.interaction()
        if running is not None:
            running.tap(scene_pos)  # e.g. the other end of a connection started from the menu
            return
        kind = canvas.add_mode()
        item = self.view.item_under(self._start)
        if kind and not isinstance(item, NodeItem):
            canvas.set_add_mode(None)
            canvas.add_node(kind, scene_pos)  # its name is typed next
            show_keyboard()
        elif isinstance(item, NodeItem):
            if self.view.is_double_tap(self._start, item.node_id):
                canvas.edit_label(item.node_id)
                show_keyboard()
            else:
                canvas.select_ids([item.node_id])
        elif isinstance(item, EdgeItem):
            canvas.select_ids(edge_ids=[item.edge_id])
        else:
            canvas.select_ids()


def show_keyboard() -> None:
    """Ask for the on-screen keyboard (if the system has one) for the name editor just opened: no
    click landed in it, which is what usually opens it. Only after a finger: with a mouse or the
    keys the user has a keyboard."""
    QGuiApplication.inputMethod().show()
