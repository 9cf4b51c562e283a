"""The interfaces of a dock tab bar and its tabs as a screen reader meets them (see tab_bar_reader.py,
whose factory makes them when a reader first asks, so the window starts without them)."""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QAccessibleWidget, QTabBar

from ecomap_desktop.i18n import translate as _tr

from .accessible_leaf import LeafAccessible

PRESS = QAccessibleActionInterface.pressAction()


def action_pointer(iface: QAccessibleActionInterface) -> shiboken6.VoidPtr:
    """What interface_cast returns for the action interface of a Python interface class that derives
    from QAccessibleInterface first and QAccessibleActionInterface second.

    PySide makes one C++ object per C++ base of such a class; Qt asks for the action interface as a
    pointer and calls it, so it must get the second one, whose methods are the Python ones.
    """
    return shiboken6.VoidPtr(shiboken6.getCppPointer(iface)[1])


def no_interface() -> shiboken6.VoidPtr:
    return shiboken6.VoidPtr(0)


class TabAccessible(LeafAccessible, QAccessibleActionInterface):
    """One tab of the bar (a page tab a reader can press)."""

    def __init__(self, bar: QTabBar, index: int) -> None:
        LeafAccessible.__init__(self)
        QAccessibleActionInterface.__init__(self)
        self._bar = bar
        self.index = index

    def _live(self) -> QTabBar | None:
        try:
            return self._bar if self.index < self._bar.count() else None
        except RuntimeError:  # the window has closed
            return None

    def isValid(self) -> bool:  # noqa: N802 - Qt's names from here on
        return self._live() is not None

    def parent_widget(self) -> QTabBar | None:
        return self._live()

    def text(self, kind: QAccessible.Text) -> str:
        bar = self._live()
        if bar is None:
            return ""
        name = bar.accessibleTabName(self.index) or _without_mnemonic(bar.tabText(self.index))
        if kind == QAccessible.Text.Name:
            return name
        if kind == QAccessible.Text.Description:
            # A dock's tab carries its title as its tooltip: said again after the name, it was only
            # heard twice.
            tip = bar.tabToolTip(self.index)
            return "" if _without_mnemonic(tip) == name else tip
        return ""

    def setText(self, _kind, _text: str) -> None:
        return None

    def rect(self) -> QRect:
        bar = self._live()
        if bar is None or not bar.isVisible():
            return QRect()
        tab = bar.tabRect(self.index)
        return QRect(bar.mapToGlobal(tab.topLeft()), tab.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.PageTab

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        bar = self._live()
        if bar is None:
            state.invalid = True
            return state
        state.selectable = state.focusable = True
        state.selected = bar.currentIndex() == self.index
        state.focused = state.selected and bar.hasFocus()
        state.disabled = not bar.isTabEnabled(self.index)
        state.invisible = not bar.isVisible() or not bar.isTabVisible(self.index)
        state.offscreen = not bar.rect().intersects(bar.tabRect(self.index))
        return state

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:
        if kind == QAccessible.InterfaceType.ActionInterface:
            return action_pointer(self)
        return no_interface()

    def actionNames(self) -> list[str]:
        return [PRESS]

    def doAction(self, name: str) -> None:
        bar = self._live()
        if name == PRESS and bar is not None and bar.isTabEnabled(self.index):
            bar.setCurrentIndex(self.index)  # QMainWindow brings that tab's panel to the front

    def keyBindingsForAction(self, _name: str) -> list[str]:
        return []


class TabBarAccessible(QAccessibleWidget):
    """A dock tab bar: a page tab list named for the panels it holds."""

    def __init__(self, bar: QTabBar) -> None:
        super().__init__(bar, QAccessible.Role.PageTabList)
        self._tabs: dict[int, TabAccessible] = {}
        bar.destroyed.connect(partial(_forget, self._tabs))

    def _bar(self) -> QTabBar:
        return self.widget()

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._bar().accessibleName() or _tr("TabBarReader", "Side panels")
        return super().text(kind)

    def tab(self, index: int) -> TabAccessible:
        iface = self._tabs.get(index)
        if iface is None:
            iface = TabAccessible(self._bar(), index)
            QAccessible.registerAccessibleInterface(iface)
            self._tabs[index] = iface
        return iface

    def childCount(self) -> int:  # noqa: N802 - Qt's names from here on
        return self._bar().count() + super().childCount()

    def child(self, index: int):
        tabs = self._bar().count()
        if 0 <= index < tabs:
            return self.tab(index)
        return super().child(index - tabs) if index >= tabs else None

    def indexOfChild(self, child) -> int:
        if isinstance(child, TabAccessible):
            return child.index if child.isValid() else -1
        own = super().indexOfChild(child)
        return own + self._bar().count() if own >= 0 else -1

    def focusChild(self):
        bar = self._bar()
        return self.tab(bar.currentIndex()) if bar.hasFocus() and bar.currentIndex() >= 0 else None

    def childAt(self, x: int, y: int):
        bar = self._bar()
        index = bar.tabAt(bar.mapFromGlobal(QPoint(x, y)))
        return self.tab(index) if index >= 0 else super().childAt(x, y)


def _without_mnemonic(text: str) -> str:
    """A tab's text as it is read: "&&" is an ampersand, a single "&" marks the shortcut letter."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _forget(tabs: dict, *_args) -> None:
    for iface in tabs.values():
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))
    tabs.clear()
