"""The part every screen-reader interface of ours for a single thing with no children shares (a tab of
a dock's tab bar, a person or a connection on the canvas, the name box open on it): no children of
its own, no widget, no relations, and the window of the widget it sits in."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget


class LeafAccessible(QAccessibleInterface):
    """An interface with no children, whose parent is the interface of the widget parent_widget()
    returns. A subclass gives parent_widget and the rest of what it says (text, rect, role, state).

    parent_widget is a method rather than a callable kept on the instance: a closure over the
    interface would make a reference cycle, and these live as long as the reader keeps them.
    """

    def __init__(self) -> None:
        QAccessibleInterface.__init__(self)

    def parent_widget(self) -> QWidget | None:
        """The widget this sits in, or None once it has gone (may raise RuntimeError then too)."""
        raise NotImplementedError

    def parent(self):
        try:
            widget = self.parent_widget()
        except RuntimeError:  # the window has closed
            return None
        return QAccessible.queryAccessibleInterface(widget) if widget is not None else None

    def window(self):
        parent = self.parent()
        return parent.window() if parent is not None else None

    def object(self):
        return None

    def relations(self, _match=None) -> list:
        return []

    def focusChild(self):  # noqa: N802 - Qt's names from here on
        return None

    def childAt(self, _x: int, _y: int):
        return None

    def child(self, _index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child) -> int:
        return -1
