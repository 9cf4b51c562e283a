"""The side panels' tab bar as a screen reader meets it: named for what it holds, not for its front tab.

Qt's own interface for a QTabBar answers its name with the text of the tab in front and ignores
setAccessibleName(), so the bar of Details, Guide, Summary and List was read as "Guide", and then
its tab again as "Guide". This one, installed through QAccessible's factory for the tab bars that
QMainWindow makes for tabbed docks (and for any tab bar given an accessible name), is named by the
bar's accessible name ("Side panels" when it has none) and otherwise gives what Qt's gives: a page
tab list whose children are its tabs (named, selected when in front, placed on screen, pressed to
bring their panel to the front), then its scroll buttons. Those interfaces are in
tab_bar_accessible.py, imported when a reader first asks, so the window starts without them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QMainWindow, QTabBar


def _factory(_class_name: str, obj: QObject):
    if isinstance(obj, QTabBar) and (isinstance(obj.parent(), QMainWindow) or obj.accessibleName()):
        from .tab_bar_accessible import TabBarAccessible  # once a reader asks, not at start

        return TabBarAccessible(obj)
    return None


_installed = False


def install_tab_bar_reader() -> None:
    """Read dock tab bars (and named tab bars) by their own name, from now on (once per app)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
