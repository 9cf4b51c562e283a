"""The canvas as a screen reader meets it: the people, groups and connections as accessible children
of the view, each named in words ("Jess, Friend, strong connection to the centre, ..."), with the
keyboard focus and the selection told to the reader as they move, and changes made without a focus
move (undo, redo, a deletion) announced.

Qt knows nothing of graphics items, so the view gets its own QAccessibleInterface (installed through
QAccessible's factory) whose children are small interfaces made on demand, one per node or
connection the reader asks about (accessible_items.py, imported when a reader first asks). They read
the document and the scene when asked; nothing is made or sent while no assistive tool is listening,
so building and editing a big map costs nothing extra.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleEvent,
    QContextMenuEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from ... import labels
from ...analysis.connections import connection_order
from ...canvas.items.edge_item import EdgeItem
from ...canvas.items.node_item import NodeItem
from ..widgets import announce as speech
from ..widgets.reader_words import sentences
from .placement import reading_order
from ecomap_desktop.i18n import fill, translate as _tr

if TYPE_CHECKING:  # the interfaces are made once a reader asks (accessible_items), not at start
    from .accessible_items import ItemAccessible, LegendAccessible, NameBoxAccessible
    from .accessible_typing import TypingTeller

# One child of the canvas: ("node", id) or ("edge", id).
Key = tuple[str, str]

# The property a widget shown over the canvas sets to be read as one of the canvas's children.
OVERLAY_PROPERTY = "readOverCanvas"
# The property holding what such a widget says, once, when the canvas first gets the keys with it.
OVERLAY_WORDS_PROPERTY = "readOverCanvasWords"
_TOLD_PROPERTY = "readOverCanvasTold"

_SET_FOCUS = QAccessibleActionInterface.setFocusAction()
_SHOW_MENU = QAccessibleActionInterface.showMenuAction()


class CanvasReader(QObject):
    """Keeps the canvas's accessible children in step with the map, the selection and the focus.

    Lives as long as the view (its child). Its interfaces are made only when a reader asks for them.
    """

    def __init__(self, view: QGraphicsView, undo_stack: QUndoStack) -> None:
        super().__init__(view)
        self.view = view
        self.scene = view.scene()
        self.document = self.scene.document
        self._order: list[Key] | None = None
        self._index: dict[Key, int] = {}
        self._children: dict[Key, ItemAccessible] = {}
        self._stack = undo_stack
        self._name_box_due = False
        # The name box's and the legend's interfaces, once made: kept in a dict of their own so that
        # the view's going takes them out of Qt's registry as it does the items' (_forget).
        self._name_box_made: dict[str, NameBoxAccessible | LegendAccessible] = {}
        self._in_name_box = False  # the reader was last told the name box had the keys
        self._legend_told: tuple[str, str] | None = None  # the legend's words when the reader met them
        self._typing: TypingTeller | None = None  # tells what is typed in a name box (made when first open)
        self._overlays_due = False  # a hint's words are to be said once the focus has settled
        # What a comparison with an earlier visit marks on a node or line ("new", "stronger"), None
        # where it marks nothing (window/compare.py sets it: the canvas knows nothing of visits).
        self.change_words: Callable[[Key], str | None] | None = None
        self._stack_state = (undo_stack.index(), undo_stack.count())
        doc = self.document
        doc.node_added.connect(partial(self._on_added, "node"))
        doc.edge_added.connect(partial(self._on_added, "edge"))
        doc.node_removed.connect(lambda node_id: self._on_removed(("node", node_id)))
        doc.edge_removed.connect(lambda edge_id: self._on_removed(("edge", edge_id)))
        doc.reset.connect(self._on_reset)
        # Not node_moved: a Python slot on it would cost every node of an Arrange a call (measured:
        # +0.1 s on 5,000 nodes). The scene says once, after the moves, that the picture changed.
        self.scene.content_changed.connect(self._on_moved)
        doc.node_changed.connect(self._on_node_changed)
        doc.edge_changed.connect(lambda edge_id, _keys: self._name_changed(("edge", edge_id)))
        self.scene.selection_ids_changed.connect(self._on_selection_changed)
        self.scene.hint_changed.connect(self._on_hint)
        self.scene.focusItemChanged.connect(self._on_focus_item)
        self.scene.parent_words_changed.connect(self._on_parent_words)
        self.scene.legend_changed.connect(self._on_legend_changed)
        undo_stack.indexChanged.connect(self._on_undo_index)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        view.destroyed.connect(partial(_forget, self._children))
        view.destroyed.connect(partial(_forget, self._name_box_made))

    # ----- the children, in the order Tab walks them -------------------------------------------

    def keys(self) -> list[Key]:
        """Nodes in reading order (the centre, then clockwise from 12 o'clock), then connections."""
        if self._order is None:
            scene = self.scene
            positions = {n: (scene.node_item(n).x(), scene.node_item(n).y()) for n in scene.node_ids()}
            nodes = reading_order(self.document.centre_id, positions) if positions else []
            edges = connection_order(self.document) if self.document.edge_ids() else []
            self._order = [("node", n) for n in nodes] + [("edge", e) for e in edges]
            self._index = {key: i for i, key in enumerate(self._order)}
        return self._order

    def overlays(self) -> list[QWidget]:
        """The visible widgets over the canvas that set OVERLAY_PROPERTY, read before the map's items.
        Qt lists a widget's children for a reader, but the canvas's are the map's: without this, no
        reader would find a widget shown over it."""
        children = self.view.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return [child for child in children if child.property(OVERLAY_PROPERTY) and child.isVisible()]

    def index_of(self, key: Key) -> int:
        self.keys()
        return self._index.get(key, -1)

    def exists(self, key: Key) -> bool:
        kind, item_id = key
        return self.document.has_node(item_id) if kind == "node" else self.document.has_edge(item_id)

    def child(self, key: Key) -> ItemAccessible | None:
        """The interface for one node or connection (made and registered the first time it is asked)."""
        if not self.exists(key):
            return None
        iface = self._children.get(key)
        if iface is None:
            from .accessible_items import ItemAccessible  # once a reader asks, not at start

            iface = ItemAccessible(self, key)
            QAccessible.registerAccessibleInterface(iface)
            self._children[key] = iface
        return iface

    def name_box(self) -> NameBoxAccessible | None:
        """The open name box as the reader meets it (made the first time it is asked), None while
        no name is open for typing."""
        editor = self.scene.label_editor()
        if editor is None:
            return None
        made = self._name_box_made.get("box")
        if made is None:
            from .accessible_items import NameBoxAccessible  # once a reader asks, not at start

            made = self._name_box_made["box"] = NameBoxAccessible(self)
            QAccessible.registerAccessibleInterface(made)
        if speech.screen_reader_active():
            if self._typing is None:
                from .accessible_typing import TypingTeller  # once a reader meets a name box

                self._typing = TypingTeller(self)
            self._typing.follow(editor)
        return made

    def legend(self) -> LegendAccessible | None:
        """The legend on the map as the reader meets it (made the first time it is asked), None while
        it is switched off, drawn nowhere (no room even for its title) or empty."""
        legend = self.scene.legend_item()
        if not legend.isVisible() or legend.fold() == "away" or not legend.entry_labels():
            return None
        made = self._name_box_made.get("legend")
        if made is None:
            from .accessible_items import LegendAccessible  # once a reader asks, not at start

            made = self._name_box_made["legend"] = LegendAccessible(self)
            QAccessible.registerAccessibleInterface(made)
            self._legend_told = self.legend_words()
        return made

    def legend_words(self) -> tuple[str, str]:
        """What the legend says: its title, and its entries as sentences (read folded or open)."""
        legend = self.scene.legend_item()
        return legend.title(), sentences(*legend.entry_labels())

    def legend_rect(self) -> QRect:
        """Where the legend is on the screen (empty while it is drawn nowhere)."""
        view, legend = self.view, self.scene.legend_item()
        local = legend.deviceTransform(view.viewportTransform()).mapRect(legend.boundingRect()).toRect()
        if local.isEmpty():
            return QRect()
        return QRect(view.viewport().mapToGlobal(local.topLeft()), local.size())

    def open_or_fold_legend(self) -> None:
        """The legend opens over the map, or folds again, as a click on it does (legend_place.py)."""
        self.view.legend_placer().open_or_fold(self.view)

    def name_box_words(self, how: bool = False) -> str:
        """The name box's name, or (*how*) what to do in it."""
        if how:
            return _tr("CanvasReader", "Type the name, then Enter to keep it or Esc to leave it as it was.")
        node_id = self.scene.editing_node_id()
        if node_id is None or not self.document.has_node(node_id):
            return ""
        kind = self.document.node(node_id)["kind"]
        return {"centre": _tr("CanvasReader", "Name of the family in the centre"),
                "group": _tr("CanvasReader", "Name of the group")}.get(kind, _tr("CanvasReader",
                                                                                 "Name of the person"))

    def item(self, key: Key) -> NodeItem | EdgeItem | None:
        kind, item_id = key
        if not self.exists(key):
            return None
        return self.scene.node_item(item_id) if kind == "node" else self.scene.edge_item(item_id)

    def focus_key(self) -> Key | None:
        """What the keys act on: the last selected node, or the one selected connection."""
        nodes = self.scene.selected_node_ids()
        if nodes:
            return ("node", nodes[-1])
        edges = self.scene.selected_edge_ids()
        return ("edge", edges[0]) if len(edges) == 1 else None

    # ----- what each child says ---------------------------------------------------------------

    def name(self, key: Key) -> str:
        from ..panels.map_list.sentences import describe_edge, describe_node  # once a reader asks

        kind, item_id = key
        parent_words = self.scene.parent_words()  # the parent view: its toolbar's and legend's words
        if kind == "node":
            return describe_node(self.document, item_id, parent_words)
        return describe_edge(self.document, item_id, parent_words)

    def description(self, key: Key) -> str:
        """What a comparison marks on it, then the circle and kinds of support of a person or group."""
        kind, item_id = key
        parts = []
        changed = self.change_words(key) if self.change_words is not None else None
        if changed:  # the words the comparison puts on the map beside it, heard before the rest
            parts.append(fill(_tr("CanvasReader", "Since the visit compared: %1"), changed))
        if kind != "node":
            return ". ".join(parts)
        node = self.document.node(item_id)
        if node.get("ring"):
            parts.append(fill(_tr("CanvasReader", "Circle: %1"), labels.ring_words(node["ring"])))
        if node.get("support"):
            kinds = ", ".join(labels.support_name(s) for s in node["support"])
            parts.append(fill(_tr("CanvasReader", "Support: %1"), kinds))
        return ". ".join(parts)

    def screen_rect(self, key: Key) -> QRect:
        item = self.item(key)
        if item is None:
            return QRect()
        view = self.view
        local = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return QRect(view.viewport().mapToGlobal(local.topLeft()), local.size())

    def key_at(self, global_pos: QPoint) -> Key | None:
        """The node (else the connection) under a point on the screen."""
        view = self.view
        where = view.viewport().mapFromGlobal(global_pos)
        edge = None
        for item in view.items(where):
            if isinstance(item, NodeItem):
                return ("node", item.node_id)
            if edge is None and isinstance(item, EdgeItem):
                edge = ("edge", item.edge_id)
        return edge

    # ----- what a reader can do to a child -------------------------------------------------------

    def do_action(self, key: Key, name: str) -> None:
        """Press (select it), SetFocus (the keys act on it) or ShowMenu (its context menu)."""
        if not self.exists(key):
            return
        kind, item_id = key
        if name in (_SET_FOCUS, _SHOW_MENU):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if kind == "node":
            self.scene.select_ids([item_id])
        else:
            self.scene.select_ids(edge_ids=[item_id])
        if name == _SHOW_MENU:
            # As the Menu key: the menu of the selected one, at its place on the canvas.
            menu_key = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(), QPoint())
            QApplication.sendEvent(self.view, menu_key)

    # ----- telling the reader ------------------------------------------------------------------

    def _on_moved(self, *_args) -> None:
        self._order = None  # the reading order follows the picture; the reader asks again when it needs

    def _on_added(self, kind: str, item_id: str) -> None:
        self._order = None
        if speech.screen_reader_active():
            iface = self.child((kind, item_id))
            if iface is not None:
                speech.send(QAccessibleEvent(iface, QAccessible.Event.ObjectCreated))

    def _on_removed(self, key: Key) -> None:
        self._order = None
        iface = self._children.pop(key, None)
        if iface is None:
            return
        if speech.screen_reader_active():
            iface.leaving = True  # still answers for its place while the reader is told it went
            speech.send(QAccessibleEvent(iface, QAccessible.Event.ObjectDestroyed))
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))

    def _on_reset(self) -> None:
        self._order = None
        _forget(self._children)  # a new map: the reader asks again (the items are never cached)

    def _on_node_changed(self, node_id: str, keys: list) -> None:
        if not self._children:
            return  # the reader has not met any item: nothing to tell
        self._name_changed(("node", node_id))
        if "label" in keys:  # a connection's sentence names its ends
            for edge_id in self.document.edges_of(node_id):
                self._name_changed(("edge", edge_id))

    def _on_parent_words(self, _on: bool) -> None:
        # Every item the reader has met now reads in the other view's words.
        for key in list(self._children):
            self._name_changed(key)

    def _on_legend_changed(self) -> None:
        # The legend's words change with the parent view (its plain words for the lines), the map's
        # details and the language: a reader that has met it is told, as it is of the people.
        legend = self._name_box_made.get("legend")
        if legend is None or not speech.screen_reader_active():
            return
        told, words = self._legend_told, self.legend_words()
        self._legend_told = words
        if told is None or not legend.isValid():
            return
        if words[0] != told[0]:
            speech.send(QAccessibleEvent(legend, QAccessible.Event.NameChanged))
        if words[1] != told[1]:
            speech.send(QAccessibleEvent(legend, QAccessible.Event.DescriptionChanged))

    def descriptions_changed(self) -> None:
        """Tell the reader that what it knows of the items it has met may read differently (a
        comparison shown, changed or taken away)."""
        if speech.screen_reader_active():
            for key in list(self._children):
                speech.send(QAccessibleEvent(self._children[key], QAccessible.Event.DescriptionChanged))

    def _name_changed(self, key: Key) -> None:
        iface = self._children.get(key)
        if iface is not None and speech.screen_reader_active():
            speech.send(QAccessibleEvent(iface, QAccessible.Event.NameChanged))

    def _on_selection_changed(self) -> None:
        if speech.screen_reader_active() and self.view.hasFocus():
            self._send_focus()

    def _send_focus(self) -> None:
        """Tell the reader where the keys are on the map: the name box while one is open with the
        keys (once), else the person, group or line they act on; then, once the focus has settled, a
        hint over the canvas (_tell_overlays)."""
        self._overlays_after_focus()
        name_box = self.name_box()
        if name_box is not None and name_box.state().focused:
            if not self._in_name_box:
                self._in_name_box = True
                speech.send(QAccessibleEvent(name_box, QAccessible.Event.Focus))
            return
        self._in_name_box = False
        key = self.focus_key()
        iface = self.child(key) if key is not None else None
        if iface is not None:
            speech.send(QAccessibleEvent(iface, QAccessible.Event.Focus))

    def _on_hint(self, text: str) -> None:
        # What a gesture started from the keyboard expects next (C: "Choose the other end...").
        if text and self.view.hasFocus():
            speech.announce(self.view, text)

    def _on_focus_changed(self, _old, new) -> None:
        if new is self.view and speech.screen_reader_active():
            self._in_name_box = False  # Qt tells of the view: where the keys are in it is told again
            # Qt tells the reader about the view itself after this: the node follows, just after.
            QTimer.singleShot(0, self._focus_after_view)

    def _focus_after_view(self) -> None:
        if self.view.hasFocus():
            self._send_focus()

    def _overlays_after_focus(self) -> None:
        """Have _tell_overlays say the hint's words once the focus has settled: a reader stops
        speaking when the focus moves (NVDA and Orca cut short what they were saying), so the welcome
        said before the name box took the reader's focus was heard in part, or not at all."""
        if not self._overlays_due and any(overlay.property(OVERLAY_WORDS_PROPERTY)
                                          and not overlay.property(_TOLD_PROPERTY)
                                          for overlay in self.overlays()):
            self._overlays_due = True
            QTimer.singleShot(0, self, self._tell_overlays)

    def _tell_overlays(self) -> None:
        """Say, once, the words of each widget shown over the canvas that has some (the first start's
        hint), politely: after the window, the canvas and where the keys are on it (the name box) have
        been told, so no focus move comes after to cut the welcome short."""
        if self._name_box_due:  # the name box is about to take the reader's focus: after that
            QTimer.singleShot(0, self, self._tell_overlays)
            return
        self._overlays_due = False
        for overlay in self.overlays():
            words = overlay.property(OVERLAY_WORDS_PROPERTY)
            if words and not overlay.property(_TOLD_PROPERTY):
                overlay.setProperty(_TOLD_PROPERTY, True)
                speech.announce(self.view, str(words))

    def _on_focus_item(self, _new_item, _old_item, _reason) -> None:
        # The name box took the keys (Enter or F2 on a node, a new person or group, the canvas given
        # the keys with a name open), or gave them back: the reader's focus goes with them, or the
        # worker types not knowing where the letters go. Told once, after the node the focus is on.
        if self.view.hasFocus() and not self._name_box_due and speech.screen_reader_active():
            self._name_box_due = True
            QTimer.singleShot(0, self, self._tell_name_box)

    def _tell_name_box(self) -> None:
        self._name_box_due = False
        if not self.view.hasFocus():
            return
        name_box = self.name_box()
        if (name_box is not None and name_box.state().focused) != self._in_name_box:
            self._send_focus()  # into the name box, or back on the node once it has closed

    def _on_undo_index(self, index: int) -> None:
        before, count_before = self._stack_state
        try:
            count = self._stack.count()
        except RuntimeError:  # the window is closing: its undo stack goes first
            return
        self._stack_state = (index, count)
        if count != count_before or index == before:
            # A new step: say it only when the canvas made it (a Delete pressed there changes the map
            # with nothing new to focus); elsewhere the control in use speaks for itself.
            if self.view.hasFocus() and index == count:
                speech.announce(self.view, self._stack.undoText())
            return
        if index < before:
            text = fill(_tr("CanvasReader", "Undone: %1"), self._stack.redoText())
        else:
            text = fill(_tr("CanvasReader", "Redone: %1"), self._stack.undoText())
        speech.announce(self.view, text)


def _factory(_class_name: str, obj: QObject):
    reader = getattr(obj, "canvas_reader", None)
    if isinstance(reader, CanvasReader) and isinstance(obj, QGraphicsView):
        from .accessible_items import CanvasAccessible  # once a reader asks, not at start

        return CanvasAccessible(obj)
    return None


_factory_installed = False


def install_canvas_reader(view: QGraphicsView, undo_stack: QUndoStack) -> CanvasReader:
    """Make *view*'s nodes and connections readable by a screen reader (view.canvas_reader)."""
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        _factory_installed = True
    view.canvas_reader = CanvasReader(view, undo_stack)
    return view.canvas_reader



def _forget(children: dict) -> None:
    """Take the canvas's item interfaces out of Qt's registry (the map or the window has gone)."""
    for iface in children.values():
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))
    children.clear()
