"""The window's actions: menus, the big labelled toolbar and their keyboard shortcuts.

Actions only call into the window's parts (file controller, scene, view); they hold no state.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMainWindow, QMenu, QToolBar

from ecomap_desktop.i18n import translate as _tr

from ..icons import toolbar as icons
from ..widgets.reader_language import tell_reader
from ..widgets.reader_words import describe_buttons_of, shortcut_words


class Actions:
    """The window's actions, menus and toolbar, by name.

    A plain class, not a dataclass: the methods a dataclass writes (and compiles) for 27 fields took
    ~0.5 ms of every start, for a record nothing compares, copies or prints."""

    new: QAction
    open: QAction
    save: QAction
    save_as: QAction
    close: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    delete: QAction
    select_all: QAction
    edit_label: QAction
    add_person: QAction
    add_group: QAction
    connect: QAction
    arrange: QAction
    show_rings: QAction
    show_legend: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_fit: QAction
    recent_menu: QMenu
    file_menu: QMenu
    edit_menu: QMenu
    map_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu
    toolbar: QToolBar

    def __init__(self, **parts: QAction | QMenu | QToolBar) -> None:
        named, given = set(Actions.__annotations__), set(parts)
        if given != named:  # as a dataclass would: every part given, and no other
            raise TypeError(f"Actions: missing {sorted(named - given)}, unknown {sorted(given - named)}")
        self.__dict__.update(parts)


def _action(window: QMainWindow, text: str, shortcuts, tip: str = "", icon=None, checkable=False) -> QAction:
    action = QAction(text, window)
    if icon is not None:
        action.setIcon(icon)
    if isinstance(shortcuts, (list, tuple)):
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    elif shortcuts is not None:
        action.setShortcut(QKeySequence(shortcuts))
    plain = text.replace("&", "")
    action.setToolTip(f"{plain} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                      if not action.shortcut().isEmpty() else plain)
    action.setStatusTip(tip or plain)
    action.setCheckable(checkable)
    window.addAction(action)  # shortcuts work even when the toolbar is hidden
    return action


def build_actions(window: QMainWindow) -> Actions:
    """Create every action, menu and the toolbar for *window*; the window connects them."""
    Key = QKeySequence.StandardKey
    a_new = _action(window, _tr("Actions", "&New map"), Key.New, _tr("Actions", "Start a new map"))
    a_open = _action(window, _tr("Actions", "&Open…"), Key.Open, _tr("Actions", "Open a saved map"))
    a_save = _action(window, _tr("Actions", "&Save"), Key.Save, _tr("Actions", "Save the map"))
    a_save_as = _action(window, _tr("Actions", "Save &As…"), Key.SaveAs,
                        _tr("Actions", "Save the map under a new name"))
    a_close = _action(window, _tr("Actions", "&Close"), Key.Close, _tr("Actions", "Close this map"))
    a_quit = _action(window, _tr("Actions", "&Quit"), Key.Quit, _tr("Actions", "Quit Ecomap Desktop"))
    a_undo = _action(window, _tr("Actions", "Undo"), Key.Undo, _tr("Actions", "Undo the last change"),
                     icons.undo())
    # Both usual keys, once each: where the system's own Redo key is Ctrl+Y (Windows), naming it twice
    # made Ctrl+Y an ambiguous shortcut that did nothing, and left Ctrl+Shift+Z unbound.
    redo_keys = list(dict.fromkeys((QKeySequence(Key.Redo).toString(), "Ctrl+Shift+Z", "Ctrl+Y")))
    a_redo = _action(window, _tr("Actions", "Redo"), redo_keys,
                     _tr("Actions", "Redo the change you undid"), icons.redo())
    a_delete = _action(window, _tr("Actions", "Delete"), ["Del", "Backspace"],
                       _tr("Actions", "Remove what is selected"), icons.delete())
    a_select_all = _action(window, _tr("Actions", "Select &all"), Key.SelectAll)
    a_edit_label = _action(window, _tr("Actions", "&Rename"), ["F2"],
                           _tr("Actions", "Change the name of the selected person or group"))
    a_person = _action(window, _tr("Actions", "Add person"), "P", _tr("Actions", "Add a person to the map"),
                       icons.person())
    a_group = _action(window, _tr("Actions", "Add group"), "G",
                      _tr("Actions", "Add a group or organisation to the map"), icons.group())
    a_connect = _action(window, _tr("Actions", "Connect"), "C",
                        _tr("Actions", "Join two selected people or groups, or start a line from the "
                            "selected one"),
                        icons.connect())
    a_arrange = _action(window, _tr("Actions", "Arrange"), "Ctrl+L",
                        _tr("Actions", "Place everyone neatly around the centre by circle and category"),
                        icons.arrange())
    a_rings = _action(window, _tr("Actions", "Circles"), "R",
                      _tr("Actions", "Show the circles of support behind the map"), icons.rings(),
                      checkable=True)
    a_legend = _action(window, _tr("Actions", "Legend"), "L",
                       _tr("Actions", "Show what each kind of line means"),
                       icons.legend(), checkable=True)
    a_zoom_in = _action(window, _tr("Actions", "Zoom in"), [QKeySequence(Key.ZoomIn).toString(), "Ctrl+="])
    a_zoom_out = _action(window, _tr("Actions", "Zoom out"), Key.ZoomOut)
    a_fit = _action(window, _tr("Actions", "Whole map"), "Ctrl+0", _tr("Actions", "Show the whole map"),
                    icons.zoom_fit())

    bar = window.menuBar()
    file_menu = bar.addMenu(_tr("Actions", "&File"))
    file_menu.addActions([a_new, a_open])
    recent_menu = file_menu.addMenu(_tr("Actions", "Open &Recent"))
    file_menu.addSeparator()
    file_menu.addActions([a_save, a_save_as])
    file_menu.addSeparator()
    file_menu.addActions([a_close, a_quit])

    edit_menu = bar.addMenu(_tr("Actions", "&Edit"))
    edit_menu.addActions([a_undo, a_redo])
    edit_menu.addSeparator()
    edit_menu.addActions([a_edit_label, a_delete, a_select_all])

    map_menu = bar.addMenu(_tr("Actions", "&Map"))
    map_menu.addActions([a_person, a_group, a_connect])
    map_menu.addSeparator()
    map_menu.addActions([a_arrange])

    view_menu = bar.addMenu(_tr("Actions", "&View"))
    view_menu.addActions([a_zoom_in, a_zoom_out, a_fit])
    view_menu.addSeparator()
    view_menu.addActions([a_rings, a_legend])

    help_menu = bar.addMenu(_tr("Actions", "&Help"))

    toolbar = QToolBar(_tr("Actions", "Drawing tools"), window)
    toolbar.setObjectName("drawingToolbar")
    tell_reader(toolbar, name=lambda: _tr("Actions", "Drawing tools"))
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    toolbar.setIconSize(QSize(36, 36))
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    toolbar.addActions([a_person, a_group, a_connect])
    toolbar.addSeparator()
    # The line-style picker is inserted here by the window.
    toolbar.addSeparator()
    toolbar.addActions([a_delete, a_undo, a_redo])
    toolbar.addSeparator()
    toolbar.addActions([a_fit, a_arrange, a_rings, a_legend])

    for menu in (file_menu, edit_menu, map_menu, view_menu, help_menu):
        menu.setAccessibleName(menu.title().replace("&", ""))  # what a screen reader calls the menu
    for action in (a_new, a_open, a_save, a_save_as, a_close, a_quit, a_undo, a_redo, a_delete, a_select_all,
                   a_edit_label, a_person, a_group, a_connect, a_arrange, a_rings, a_legend, a_zoom_in,
                   a_zoom_out, a_fit):
        name_buttons_of(action, action.text().replace("&", "").rstrip("…"))
        # After the name, the keys: the tooltip ("Add person (P)") said the name again.
        describe_buttons_of(action, lambda keys=action.shortcut(): shortcut_words(keys))

    return Actions(
        new=a_new, open=a_open, save=a_save, save_as=a_save_as, close=a_close, quit=a_quit, undo=a_undo,
        redo=a_redo, delete=a_delete, select_all=a_select_all, edit_label=a_edit_label, add_person=a_person,
        add_group=a_group, connect=a_connect, arrange=a_arrange, show_rings=a_rings, show_legend=a_legend,
        zoom_in=a_zoom_in, zoom_out=a_zoom_out, zoom_fit=a_fit, recent_menu=recent_menu, file_menu=file_menu,
        edit_menu=edit_menu, map_menu=map_menu, view_menu=view_menu, help_menu=help_menu, toolbar=toolbar,
    )


def name_buttons_of(action: QAction, name: str) -> None:
    """Give the buttons that show *action* (toolbar buttons) the screen-reader name *name*.

    Only buttons: an action also belongs to its menus and to the window (for its shortcut), and
    naming those after it made the window read as "Parent view" and the File menu as "Quit".
    """
    for widget in action.associatedObjects():
        if isinstance(widget, QAbstractButton):
            widget.setAccessibleName(name)
