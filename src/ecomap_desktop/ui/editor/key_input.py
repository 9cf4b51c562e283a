"""The canvas's keyboard: which key does what on the map, and Tab through its people, groups and lines.

The view hands its key presses and its Tab moves here. The open name editor has every key; the
scene comes next (a gesture under way, like choosing a connection's other end, takes its keys);
then the canvas's own commands below. Keys left over go back to Qt's own handling.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from .scene import MapScene
    from .view import MapView

# How far an arrow key moves the selected nodes, in scene units (with Shift: NUDGE_BIG).
NUDGE = 5.0
NUDGE_BIG = 25.0
_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}

# Enter or F2: a name opens for typing, or a line's Details come forward (_open_selected).
_OPEN_KEYS = frozenset((Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2))


class KeyInput:
    """Carries out one view's keyboard commands on its scene.

    It keeps no reference to the view (the view owns it: a cycle would keep a deleted view's wrapper
    alive); each call is given the view."""

    def __init__(self, scene: MapScene) -> None:
        self._scene = scene
        self._commands: dict[Qt.Key, Callable[[], object]] = {
            Qt.Key.Key_Delete: scene.delete_selected,
            Qt.Key.Key_Backspace: scene.delete_selected,
            Qt.Key.Key_C: scene.start_connection_from_selected,
            Qt.Key.Key_Escape: scene.escape,
        }

    def press(self, view: MapView, event: QKeyEvent) -> bool:
        """Carry out the command of a key press; False when the key is not the canvas's (the view
        then hands it to Qt), True when it was done and the event is to be accepted."""
        scene = self._scene
        if scene.is_editing_label():
            return False  # the label editor has the keys
        if scene.handle_key(event):
            return True
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            view.zoom_in()
        elif ctrl and key == Qt.Key.Key_Minus:
            view.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            view.reset_zoom()
        elif key in _ARROWS and not ctrl:
            step = NUDGE_BIG if mods & Qt.KeyboardModifier.ShiftModifier else NUDGE
            dx, dy = _ARROWS[key]
            # With no node selected there is nothing to nudge: the view scrolls instead.
            return scene.nudge_selected(dx * step, dy * step)
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            view.hold_space(True)
        elif key in _OPEN_KEYS and not ctrl:
            self._open_selected()
        elif key in self._commands and not ctrl:
            self._commands[key]()
        else:
            return False
        return True

    def _open_selected(self) -> bool:
        """Enter or F2: a person's or group's name opens for typing; a line's Details come forward."""
        return self._scene.edit_selected_label() or self._scene.ask_details_of_line()

    def tab(self, forward: bool) -> bool:
        """Tab (or Shift+Tab, *forward* False) to the next person or group, then on through the lines;
        False past the last one, with the selection cleared, so the view lets the focus move on to the
        next control."""
        # The keyboard is never trapped in the canvas.
        scene = self._scene
        scene.commit_label_edit()
        if scene.focus_next_stop(backwards=not forward, wrap=False):
            return True
        scene.select_ids()
        return False

    def arrive(self, reason: Qt.FocusReason) -> None:
        """The canvas got the focus: arriving by Tab with nothing selected starts at the family in the
        centre (by Shift+Tab, at the last line, or the last person where there are no lines)."""
        scene = self._scene
        if scene.selected_node_ids() or scene.selected_edge_ids():
            return
        if reason == Qt.FocusReason.TabFocusReason:
            scene.focus_next_stop()
        elif reason == Qt.FocusReason.BacktabFocusReason:
            scene.focus_next_stop(backwards=True)
