"""A pen on the canvas: its tip and hover are the mouse's; its barrel button is a right click."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTabletEvent

if TYPE_CHECKING:
    from .view import MapView

TABLET_PRESS = QEvent.Type.TabletPress
TABLET_EVENTS = frozenset((TABLET_PRESS, QEvent.Type.TabletMove, QEvent.Type.TabletRelease))


def pen_event(view: MapView, event: QTabletEvent) -> bool:
    """Whether a tablet event was taken. The pen is a mouse: Qt makes mouse events of what is not
    accepted here (the tip, and the hover that shows the "+" handle, which Qt's widgets would
    otherwise swallow; pressure plays no part). Only the barrel button is taken, as a right click,
    since some systems report it as the middle button, which would pan."""
    # Named here, at the first pen event: PySide builds a Qt class's type and enums the first time it
    # is named, and a start has no pen to ask about (issue 18).
    from PySide6.QtGui import QPointingDevice

    barrel = Qt.MouseButton.RightButton | Qt.MouseButton.MiddleButton
    if event.pointerType() != QPointingDevice.PointerType.Pen or not event.button() & barrel:
        event.ignore()
        return False
    if event.type() is TABLET_PRESS:
        view.open_context_menu(event.position())
    event.accept()
    return True
