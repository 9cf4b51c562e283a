"""Press and hold: a finger held still opens a context menu, as the right button does.

The map reads fingers itself (editor/interactions/touch_press.py) and opens its menu after
LONG_PRESS_MS; the widgets that have a context menu of their own (the dates of the visits) get the
same from `open_menu_on_hold`, which watches the mouse events Qt makes of a finger. Either way the
finger that opened the menu neither chooses in it nor closes it as it slides and lifts (HeldFinger).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

# How long a finger stays still before it counts as a long press (a right click).
LONG_PRESS_MS = 600

_MOUSE_ITSELF = Qt.MouseEventSource.MouseEventNotSynthesized
_HELD_FINGER_EVENTS = (QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease,
                       QEvent.Type.MouseButtonDblClick)
_held_already = False  # the press on its way now is of a finger that has been held still


@contextmanager
def finger_held_still() -> Iterator[None]:
    """The press sent inside is of a finger already held still (an area that waited to see whether
    it swipes passes it on only then): a widget that opens its menu on a long press opens it now."""
    global _held_already
    _held_already = True
    try:
        yield
    finally:
        _held_already = False


def open_menu_on_hold(widget: QWidget, watcher: HoldForMenu) -> None:
    """A finger held still on *widget* opens its context menu (*watcher* may watch many widgets)."""
    widget.installEventFilter(watcher)


class HoldForMenu(QObject):
    """Sends the widget a finger is held still on a context menu event at that finger, as a right
    click there would; the widget (or its parent) opens its menu as it does for the right button."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LONG_PRESS_MS)
        self._timer.timeout.connect(self._open)
        self._pressed: tuple[QWidget, QPoint, QPoint] | None = None  # where, in it and on screen
        self._guard: HeldFinger | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(event, QMouseEvent) or event.source() == _MOUSE_ITSELF \
                or not isinstance(watched, QWidget):
            return False  # the mouse itself (and a pen) has its right button
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._pressed = (watched, event.position().toPoint(), event.globalPosition().toPoint())
            if _held_already:
                self._open()
                return True  # not pressed: the menu is what the held finger asked for
            self._timer.start()
        elif kind == QEvent.Type.MouseMove and self._pressed is not None:
            if (event.globalPosition().toPoint() - self._pressed[2]).manhattanLength() > wobble():
                self._forget()  # sliding, not holding
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            self._forget()
        return False

    def _forget(self) -> None:
        self._timer.stop()
        self._pressed = None

    def _open(self) -> None:
        pressed, self._pressed = self._pressed, None
        self._timer.stop()
        if pressed is None:
            return
        widget, pos, at = pressed
        from PySide6.QtGui import QContextMenuEvent  # named only once a finger is held: not at every start

        try:
            if isinstance(widget, QAbstractButton):
                widget.setDown(False)  # the lift that follows is not a click
            QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, at))
        except RuntimeError:  # the widget went while the finger was down (the visits changed)
            return
        menu = QApplication.activePopupWidget()
        if menu is not None:
            self._guard = HeldFinger(menu)


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


def wobble() -> int:
    """How far a finger may wander and still be tapping (larger than the mouse's drag distance)."""
    hints = QApplication.styleHints()
    return max(hints.startDragDistance() * 2, 12)
