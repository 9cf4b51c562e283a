"""One finger down: a tap, a double tap, a long press, or the start of a drag, a pan or a line.

A tap selects what is under the finger (or picks the other end of a connection being made, or
adds the person or group being placed); a second tap on the same node edits its name. A finger held
still for about 0.6 s selects what it is on and opens its context menu at once, while the finger is
still down; the lift that follows is neither a tap nor a choice in the menu (HeldFinger).
Moving further than a wobble starts a drag of the node, a pan of the empty map or, from a node's
"+" handle, a new connection.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from ....canvas.items.edge_item import EdgeItem
from ....canvas.items.node_item import NodeItem
from .touch_base import TouchGesture, TouchView
from .touch_connect import FingerConnect
from .touch_move import FingerMove
from .touch_pan import FingerPan

# How long a finger stays still before it counts as a long press (a right click).
LONG_PRESS_MS = 600


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


class HeldFinger(QObject):
    """Keeps the finger that opened a menu from choosing in it or closing it as it lifts.

    While a menu is open Qt hands touches to it as mouse events it makes itself; the held finger's
    slide and lift would hover a row and close the menu (or choose what it lifts on). Those are
    dropped until that finger lifts; a new touch (a press) is the user's next choice and passes.
    """

    def __init__(self, menu: QWidget) -> None:
        super().__init__()
        self._menu: QWidget | None = menu
        menu.installEventFilter(self)

    def release(self) -> None:
        """The finger has lifted (or the touch was cancelled): the menu takes touches again."""
        menu, self._menu = self._menu, None
        if menu is not None:
            try:
                menu.removeEventFilter(self)
            except RuntimeError:  # the menu has closed and gone already
                pass

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(event, QMouseEvent) or event.source() == _MOUSE_ITSELF:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self.release()  # a new finger: the held one lifted without telling us
            return False
        if kind == QEvent.Type.MouseButtonRelease:
            self.release()
        return kind in _HELD_FINGER_EVENTS


_MOUSE_ITSELF = Qt.MouseEventSource.MouseEventNotSynthesized
_HELD_FINGER_EVENTS = (QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease,
                       QEvent.Type.MouseButtonDblClick)


def show_keyboard() -> None:
    """Ask for the on-screen keyboard (if the system has one) for the name editor just opened: no
    click landed in it, which is what usually opens it. Only after a finger: with a mouse or the
    keys the user has a keyboard."""
    QGuiApplication.inputMethod().show()


def _wobble() -> int:
    """How far a finger may wander and still be tapping (larger than the mouse's drag distance)."""
    hints = QApplication.styleHints()
    return max(hints.startDragDistance() * 2, 12)
