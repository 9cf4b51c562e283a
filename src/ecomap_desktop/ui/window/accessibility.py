"""Accessibility parts of the window: the list of people and connections, high contrast, text size and
a clear focus ring.

`install_accessibility(window)` adds them to a MainWindow:
- a "List" dock (tabbed beside Details) with the map as two editable tables, and View ▸ List of people
  and connections (Ctrl+Shift+L), which shows it and puts the keyboard in it;
- the display settings (display.py): View ▸ High contrast, View ▸ Text size, and the focus ring;
- names for the buttons Qt adds by itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QMainWindow, QMenu, QMenuBar, QWidget

from ..widgets.tab_bar_reader import install_tab_bar_reader
from ..widgets.reader_language import tell_reader
from .display import DisplaySettings, FocusRing
from ecomap_desktop.i18n import fill, translate as _tr

if TYPE_CHECKING:  # imported when the list is first shown
    from ..panels.map_list.panel import MapListPanel


# ----- names for the controls Qt adds by itself -------------------------------------------------------------

def name_qt_parts(window: QWidget) -> int:
    """Give a name to the buttons Qt adds on its own (a narrow toolbar's "more" button...); how many."""
    names = {"qt_toolbar_ext_button": lambda: _tr("Accessibility", "More tools"),
             "qt_menubar_ext_button": lambda: _tr("Accessibility", "More menus"),
             "qt_tableview_cornerbutton": lambda: _tr("Accessibility", "Select all rows")}
    count = 0
    for object_name, name in names.items():
        # Looked up by object name: a search by type alone makes a Python object of each of the
        # window's ~800 widgets and parts to look at its type (about 3 ms of every start).
        for button in window.findChildren(QAbstractButton, object_name):
            if not button.accessibleName():
                tell_reader(button, name=name)
                count += 1
    return count


def name_menus(bar: QMenuBar) -> None:
    """Name every menu of the menu bar, submenus too, by its title: Qt names none, so a reader
    entering "Open Recent" or "Text size" met a nameless menu."""
    menus = [action.menu() for action in bar.actions()]
    while menus:
        menu = menus.pop()
        if not isinstance(menu, QMenu):
            continue
        if not menu.accessibleName():
            menu.setAccessibleName(menu.title().replace("&", ""))
        menus += [action.menu() for action in menu.actions()]


# ----- installing ------------------------------------------------------------------------------------------


class Accessibility(QObject):
    """The list dock, display settings and focus ring of one window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        # The list is built the first time its tab is shown (or `list_panel` is asked for): a window
        # opens sooner, and a map opened before then is not listed for a tab nobody looks at.
        self._list_panel: MapListPanel | None = None
        dock = QDockWidget(_tr("Accessibility", "List"), window)
        dock.setObjectName("mapListDock")
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        dock.setWidget(QWidget())  # the list's place, until it is built
        dock.visibilityChanged.connect(self._on_list_visibility)
        dock.setMinimumWidth(300)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        details = getattr(window, "details_dock", None)
        if details is not None:
            window.tabifyDockWidget(details, dock)
            # Tabifying brings the new tab to the front; the visit still starts on the guide.
            front = getattr(getattr(window, "conversation", None), "guide_dock", None) or details
            front.raise_()
        self.list_dock = dock

        self.list_action = QAction(_tr("Accessibility", "&List of people and connections"), window)
        self.list_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        shortcut = self.list_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.list_action.setToolTip(fill(_tr("Accessibility", "List of people and connections (%1)"),
                                         shortcut))
        self.list_action.setStatusTip(_tr("Accessibility",
                                          "Show everyone on the map as a list you can change with the keys"))
        self.list_action.triggered.connect(self.show_list)
        window.addAction(self.list_action)

        self.focus_ring = FocusRing(window)
        self.display = DisplaySettings(window, self.focus_ring)

        menu = window.actions.view_menu
        menu.addSeparator()
        menu.addAction(self.list_action)
        menu.addAction(self.display.high_contrast_action)
        size_menu = menu.addMenu(_tr("Accessibility", "&Text size"))
        size_menu.addActions(list(self.display.text_size_actions.values()))
        self.text_size_menu = size_menu

        parent_view = getattr(getattr(window, "conversation", None), "parent_view", None)
        if parent_view is not None:
            parent_view.changed.connect(self._on_parent_view)
        self.display.restore()
        name_qt_parts(window)
        install_tab_bar_reader()  # the docks' tab bar is read by its own name, not its front tab's

    @property
    def list_panel(self) -> MapListPanel:
        """The list of people and connections (built now if its tab has not been shown yet)."""
        if self._list_panel is None:
            from ..panels.map_list.panel import MapListPanel

            window = self._window
            panel = MapListPanel(window.document, window.undo_stack, window.scene)
            panel.leave = lambda: window.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            parent_view = getattr(getattr(window, "conversation", None), "parent_view", None)
            if parent_view is not None:
                panel.set_parent_words(parent_view.is_on())
            self._list_panel = panel
            placeholder = self.list_dock.widget()
            self.list_dock.setWidget(panel)
            placeholder.deleteLater()
            panel.show()  # the dock may be on show already
            name_qt_parts(panel)
        return self._list_panel

    def _on_list_visibility(self, visible: bool) -> None:
        if visible and self._list_panel is None:
            self.list_panel  # noqa: B018 - builds the list as its tab comes to the front

    def show_list(self) -> None:
        """Show the list (bring its tab to the front) and put the keyboard in it."""
        self.list_dock.show()
        self.list_dock.raise_()
        self.list_panel.focus_list()

    def _on_parent_view(self, on: bool) -> None:
        if self._list_panel is not None:
            self._list_panel.set_parent_words(on)
        self.display.refresh()  # the parent view's bigger text, times the text size


def install_accessibility(window: QMainWindow) -> Accessibility:
    """Add the list dock, high contrast, text size and the focus ring to *window*."""
    return Accessibility(window)
