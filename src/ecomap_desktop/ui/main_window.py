"""The main window: puts the canvas, the toolbar, the properties panel and the File menu together.

It holds no map data and no drawing logic: the document owns the data, the scene draws it, the file
controller loads and saves it, the actions module builds menus and shortcuts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSignalBlocker, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from .. import APP_NAME
from ..i18n import fill, translate as _tr
from ..model.commands import EditEdgeCommand
from ..model.document import Document
from ..model.vocabulary import FLOWS
from .window.actions import build_actions
from .window.autosave import Autosaver
from .editor.accessible import install_canvas_reader
from .window.accessibility import install_accessibility, name_menus
from .window.compare import install_compare
from .window.conversation import install_conversation
from .window.export_actions import install_export_actions
from .window.file_controller import FileController, recent_files
from .window.help_menu import install_help_menu
from .window.map_keys import install_map_keys
from .window.details_keys import install_details_keys
from .window import undo_selects
from .window.touch_mode import install_touch_mode
from .window.visits import install_visits
from .window.details_dock import DetailsDock
from .window.safety_actions import install_safety_actions
from .window.add_menus import install_add_menus
from .window.share_copy import install_share_copy
from .window.status_hints import install_status_hints
from .editor.scene import MapScene
from .editor.view import MapView
from .widgets.ampersands import keep_ampersands
from .widgets.style_picker import NEW_CONNECTION_STYLE, LineStylePicker
from .widgets.reader_words import describe_buttons_of, sentences, shortcut_words
from .widgets.reader_language import ReaderLanguage, tell_reader

if TYPE_CHECKING:  # built when first shown (window/details_dock.py)
    from .panels.properties import PropertiesPanel



class MainWindow(QMainWindow):
    """One map in one window."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.document = Document()
        # Heard before the canvas hears of a new map: the visits strip comes or goes first.
        self.document.reset.connect(self._before_new_map)
        self.undo_stack = QUndoStack(self)
        self.files = FileController(self, self.document, self.undo_stack)

        self.scene = MapScene(self.document, self.undo_stack, self)
        self.view = MapView(self.scene, self)
        tell_reader(self.view, name=lambda: _tr("MainWindow", "The eco-map"))
        ReaderLanguage(self)  # what a reader hears of the window's widgets follows a new language
        install_canvas_reader(self.view, self.undo_stack)  # its people and lines, for a screen reader
        self.setCentralWidget(self.view)

        self.details = DetailsDock(self)  # its panel built when first shown (details_dock.py)
        self.details_dock = self.details.dock

        self.actions = build_actions(self)
        self.style_picker = LineStylePicker(self)
        separators = [a for a in self.actions.toolbar.actions() if a.isSeparator()]
        self.actions.toolbar.insertWidget(separators[1], self.style_picker)
        self._connect_actions()
        self.add_menus = install_add_menus(self, self._add_node)  # the kinds, as the guide offers them
        self.safety_actions = install_safety_actions(self)
        self.export_actions = install_export_actions(self)  # PDF, picture, GraphML, worksheet, print
        self.share_copy = install_share_copy(self, self.export_actions)  # initials only, to share
        self.help_actions = install_help_menu(self)  # quick guide, About, Edit > Settings
        self.map_keys = install_map_keys(self)  # the legend and the edge arrows from the keyboard
        self.details_keys = install_details_keys(self)  # Alt+Enter: the Details of the selection
        self.touch_mode = install_touch_mode(self)  # fingertip-sized targets once the screen is touched
        self.first_run_hint = None  # set by first_run.start_first_run on the very first start
        self.autosave = Autosaver(self.files)
        self.autosave.copy_failed.connect(self.statusBar().showMessage)

        self.scene.selection_ids_changed.connect(self._on_selection_changed)
        self.scene.parent_words_changed.connect(self._show_line_in_picker)  # the arrow box's words
        self.files.file_state_changed.connect(self._update_title)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.document.node_changed.connect(self._update_title)
        self.document.reset.connect(self._update_title)
        # A new map is shown whole. Fitted as soon as its nodes are made, before its connections,
        # which would otherwise all be drawn twice (the zoom changes the names' size, and so the
        # outlines the lines end on).
        self.scene.nodes_rebuilt.connect(self.view.zoom_to_fit)
        self.conversation = install_conversation(self)  # guide, summary and parent view
        self.accessibility = install_accessibility(self)  # list view, high contrast, text size, focus ring
        self.compare = install_compare(self)  # what changed since an earlier visit: overlay and panel
        self.visits = install_visits(self)  # the visits strip, new and delete visit, a past visit read-only
        name_menus(self.menuBar())  # every menu and submenu, now all are made
        # The side panels are named by their tabs: a title bar over each would only take height from
        # the guide's notes on a 768-pixel-high laptop screen.
        # (Docks are the window's own children: the walk skips the hundreds of widgets inside them.)
        for dock in self.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            dock.setTitleBarWidget(QWidget(dock))
        self.touch_mode.cover_panels()  # touch mode chosen in Settings: the docks made since are sized too
        # A visit starts with the conversation: the guide is the tab on show, whatever was added last.
        self.conversation.guide_dock.raise_()
        self.status_hints = install_status_hints(self)  # the next step, as the map stands
        self._fit_first_size(1280, 800)
        self._restore_view_settings()
        self._update_title()
        self.details.settle()  # now that the font, touch mode and parent view are set
        self._on_selection_changed()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # the keys start on the map

    @property
    def properties(self) -> PropertiesPanel:
        """The Details panel (built now if its tab has not been shown yet)."""
        return self.details.panel

    def _before_new_map(self) -> None:
        visits = getattr(self, "visits", None)  # made after the canvas
        if visits is not None:
            visits.settle_strip()  # so the new map is fitted once, to the room the strip leaves

    # ----- wiring ----------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        a = self.actions
        a.new.triggered.connect(self.files.new_map)
        a.open.triggered.connect(lambda: self.files.open_map())
        a.save.triggered.connect(self.files.save)
        a.save_as.triggered.connect(self.files.save_as)
        a.close.triggered.connect(self.close)
        a.quit.triggered.connect(self.close)
        # Each selects what it brought back or changed (undo_selects), for the keys to go on from.
        a.undo.triggered.connect(lambda: undo_selects.step(self.document, self.undo_stack, self.scene, False))
        a.redo.triggered.connect(lambda: undo_selects.step(self.document, self.undo_stack, self.scene, True))
        self.undo_stack.canUndoChanged.connect(a.undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(a.redo.setEnabled)
        a.undo.setIconText(a.undo.text())
        a.redo.setIconText(a.redo.text())
        self.undo_stack.undoTextChanged.connect(self._on_undo_text)
        self.undo_stack.redoTextChanged.connect(self._on_redo_text)
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.delete.triggered.connect(self.scene.delete_selected)
        a.select_all.triggered.connect(self._select_all)
        a.edit_label.triggered.connect(self.scene.edit_selected_label)
        a.add_person.triggered.connect(lambda: self._add_node("person"))
        a.add_group.triggered.connect(lambda: self._add_node("group"))
        a.connect.triggered.connect(self._connect)
        a.arrange.triggered.connect(self.scene.arrange)
        a.show_rings.toggled.connect(self._set_rings_visible)
        a.show_legend.toggled.connect(self._set_legend_visible)
        a.zoom_in.triggered.connect(self.view.zoom_in)
        a.zoom_out.triggered.connect(self.view.zoom_out)
        a.zoom_fit.triggered.connect(self.view.zoom_to_fit)
        a.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.style_picker.style_picked.connect(self._on_style_picked)
        self.scene.set_new_connection_style(*NEW_CONNECTION_STYLE)

    # ----- file ------------------------------------------------------------------------------

    def open_path(self, path: str) -> bool:
        """Open *path* in this window (asks about unsaved changes first)."""
        return self.files.open_map(path)

    def _on_undo_text(self, text: str) -> None:
        # The Edit menu says what Undo undoes; the toolbar keeps its short word (the icon text).
        shown = keep_ampersands(text)  # a name with an "&" stays whole in the menu
        self.actions.undo.setText(fill(self.tr("Undo %1"), shown) if text else self.tr("Undo"))
        self.actions.undo.setToolTip(fill(self.tr("Undo: %1"), text) if text else self.tr("Undo"))
        # A screen reader hears the button's name (Undo), then what it undoes and its keys.
        describe_buttons_of(self.actions.undo,
                            lambda keys=self.actions.undo.shortcut(): sentences(text, shortcut_words(keys)))

    def _on_redo_text(self, text: str) -> None:
        shown = keep_ampersands(text)  # a name with an "&" stays whole in the menu
        self.actions.redo.setText(fill(self.tr("Redo %1"), shown) if text else self.tr("Redo"))
        self.actions.redo.setToolTip(fill(self.tr("Redo: %1"), text) if text else self.tr("Redo"))
        describe_buttons_of(self.actions.redo,
                            lambda keys=self.actions.redo.shortcut(): sentences(text, shortcut_words(keys)))

    def _fill_recent_menu(self) -> None:
        menu = self.actions.recent_menu
        menu.clear()
        paths = recent_files()
        if not paths:
            empty = menu.addAction(self.tr("No recent maps"))
            empty.setEnabled(False)
            return
        for index, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{index} {keep_ampersands(Path(path).name)}")
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.files.open_map(p))

    def _update_title(self, *_signal_args) -> None:
        self.setWindowTitle(f"{self.files.title_name()}[*] — {APP_NAME}")
        self.setWindowModified(self.files.is_modified)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        """Tab and Shift+Tab pass over the side panels whose tab is not the one on show.

        Qt keeps those panels "visible", only moved out of the window, so Tab stopped in them: the
        keys went to a box no one could see (typing there changed the map's title, unseen)."""
        moved = super().focusNextPrevChild(next)
        start = widget = QApplication.focusWidget()
        while moved and widget is not None and _behind_another_tab(widget):
            super().focusNextPrevChild(next)
            widget = QApplication.focusWidget()
            if widget is start:  # every stop is out of sight: leave it where Qt put it
                break
        return moved

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Esc that no field in a side panel used takes the keyboard back to the map, as the list's
        # Esc does: from the guide's notes or a name in Details it was a dozen Tabs.
        focus = QApplication.focusWidget()
        if (event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and focus is not None and _dock_of(focus) is not None):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.files.maybe_save():
            self._save_view_settings()
            self.autosave.stop()
            self.files.release_file()
            event.accept()
        else:
            event.ignore()

    # ----- drawing ---------------------------------------------------------------------------

    def _add_node(self, kind: str, category: str | None = None) -> None:
        self.scene.add_node(kind, category=category)
        self.view.setFocus()

    def _connect(self) -> None:
        if len(self.scene.selected_node_ids()) == 2:
            self.scene.connect_selected()
        else:
            self.scene.start_connection_from_selected()
        self.view.setFocus()

    def _select_all(self) -> None:
        self.scene.select_ids(self.document.node_ids(), self.document.edge_ids())

    def _on_style_picked(self, key: str, value) -> None:
        """A picked style is applied to the selected lines (one undo step); new lines keep starting
        ordinary, with no arrow."""
        selected = self.scene.selected_edge_ids()
        if not selected:
            self.style_picker.show_style(*NEW_CONNECTION_STYLE)
            self.statusBar().showMessage(self.tr(
                "Select a line on the map to change it. New lines start ordinary, with no arrow."), 8000)
            return
        edges = [e for e in selected if self.document.edge(e)[key] != value]
        if not edges:
            return
        self.undo_stack.beginMacro(self.tr("Change line style"))
        for edge_id in edges:
            self.undo_stack.push(EditEdgeCommand(self.document, edge_id, {key: value}))
        self.undo_stack.endMacro()

    def _on_selection_changed(self) -> None:
        nodes = self.scene.selected_node_ids()
        edges = self.scene.selected_edge_ids()
        details = self.details.built
        if details is not None:  # else it shows the selection when it is built
            details.show_selection(nodes, edges)
        self.actions.delete.setEnabled(bool(edges) or any(n != self.document.centre_id for n in nodes))
        self.actions.edit_label.setEnabled(len(nodes) == 1 and not edges)
        self._show_line_in_picker()

    def _show_line_in_picker(self) -> None:
        """The toolbar's line boxes show the one line selected (its arrow in words), else a new line's."""
        nodes = self.scene.selected_node_ids()
        edges = self.scene.selected_edge_ids()
        if len(edges) == 1 and not nodes:
            edge = self.document.edge(edges[0])
            # The arrow's words are seen from the family when the line touches it, else from its start.
            centre = self.document.centre_id
            end = edge["target"] if edge["target"] == centre else edge["source"]
            from .panels.map_list.sentences import NAME_IN_ARROW_BOX, parent_flow_words, shortened

            # The box's words cut each name short: two long names made its list as wide as the screen.
            name = shortened(self.document.node(end)["label"].strip() or self.tr("(no name)"),
                             NAME_IN_ARROW_BOX)
            words = None
            if self.scene.parent_words():  # "They help me", as the guide and the List say it
                words = {flow: parent_flow_words(self.document, edges[0], flow, NAME_IN_ARROW_BOX)
                         for flow in FLOWS}
            self.style_picker.show_connection(edge["strength"], edge["flow"], edge["colour"], name,
                                              end == edge["target"], words)
        else:
            self.style_picker.show_style(*NEW_CONNECTION_STYLE)

    def _set_rings_visible(self, visible: bool) -> None:
        self.scene.set_rings_visible(visible)
        QSettings().setValue("view/show_rings", visible)

    def _set_legend_visible(self, visible: bool) -> None:
        self.scene.set_legend_visible(visible)
        QSettings().setValue("view/show_legend", visible)

    def _fit_first_size(self, width: int, height: int) -> None:
        """Start at *width* x *height*, or smaller on a small or highly scaled screen (150% on a
        1366 x 768 laptop leaves 910 x 512), so no part of the window starts off the screen."""
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            width, height = min(width, int(area.width() * 0.96)), min(height, int(area.height() * 0.92))
        self.resize(width, height)

    # ----- settings --------------------------------------------------------------------------

    def _restore_view_settings(self) -> None:
        settings = QSettings()
        rings = str(settings.value("view/show_rings", "true")).lower() == "true"
        legend = str(settings.value("view/show_legend", "true")).lower() == "true"
        # Quietly: their toggled handlers would write the same values back to the settings file.
        with QSignalBlocker(self.actions.show_rings), QSignalBlocker(self.actions.show_legend):
            self.actions.show_rings.setChecked(rings)
            self.actions.show_legend.setChecked(legend)
        self.scene.set_rings_visible(rings)
        self.scene.set_legend_visible(legend)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _save_view_settings(self) -> None:
        settings, geometry = QSettings(), self.saveGeometry()
        if settings.value("window/geometry") != geometry:  # unchanged: the settings file is not rewritten
            settings.setValue("window/geometry", geometry)


def _dock_of(widget: QWidget | None) -> QDockWidget | None:
    """The side panel *widget* is in, if any."""
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    return widget


def _behind_another_tab(widget: QWidget) -> bool:
    """Whether *widget* is in a side panel whose tab is not on show: Qt moves such a panel out of
    the window rather than hiding it (its visibleRegion() says nothing: a panel on show whose
    contents cover it has an empty one too)."""
    dock = _dock_of(widget)
    if dock is None or dock.isFloating():
        return False
    return not dock.parentWidget().rect().intersects(dock.geometry())
