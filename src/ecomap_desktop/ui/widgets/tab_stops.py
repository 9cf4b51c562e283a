"""Tab order for parts of a panel built after the window: a widget added later joins the end of the
window's tab order, so a panel that builds a page on first use puts its stops back in place."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def tab_stops(page: QWidget) -> list[QWidget]:
    """The widgets Tab stops at inside *page*, in their order (call it before *page* gets a parent,
    while its focus chain is its own)."""
    stops, widget = [], page.nextInFocusChain()
    while widget is not page:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def tab_stops_in_place(page: QWidget) -> list[QWidget]:
    """The widgets Tab stops at inside *page* once it is in a window, in their order: its run of the
    window's focus chain, leaving out what belongs to a scrolling widget (a table's cell editor, the
    parts Qt makes inside it), none of which tab_stops counts before *page* gets a parent."""
    stops, widget = [], page.nextInFocusChain()
    while widget is not page and page.isAncestorOf(widget):
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None
                and not _inside_scrolling(widget, page)):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _inside_scrolling(widget: QWidget, page: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def chain(stops: Sequence[QWidget]) -> None:
    """Put each of *stops* right after the one before it in the tab order (the first stays put)."""
    for before, after in zip(stops, stops[1:]):
        QWidget.setTabOrder(before, after)
