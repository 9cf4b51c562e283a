"""The canvas's context menu: what a right click, the Menu key, a pen's barrel button or a long press
offers for the node, the connection or the empty spot under it. Every edit is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ... import labels
from ...canvas.items.edge_item import EdgeItem
from ...canvas.items.node_item import NodeItem
from ...model.commands import EditEdgeCommand, EditNodeCommand, RemoveItemsCommand
from ...model.vocabulary import CATEGORIES, FLOWS, RINGS, STRENGTHS
from .interactions import KeyboardConnectInteraction
from .interactions.touch_press import show_keyboard
from ..widgets.ampersands import keep_ampersands
from ecomap_desktop.i18n import translate as _tr

if TYPE_CHECKING:
    from .scene import MapScene

# How far from a thin line a click or a finger still counts as on it, in screen pixels.
LINE_SLOP_PX = 8.0


def item_under(scene: MapScene, scene_pos: QPointF, slop: float) -> NodeItem | EdgeItem | None:
    """The node under *scene_pos*, else the connection within *slop* (scene units) of it."""
    node = scene.node_item_at(scene_pos)
    if node is not None:
        return node
    area = QRectF(scene_pos.x() - slop, scene_pos.y() - slop, 2 * slop, 2 * slop)
    for item in scene.items(area, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder):
        if isinstance(item, EdgeItem):
            return item
    return None


def build_context_menu(scene: MapScene, scene_pos: QPointF, slop: float, whole_map: Callable[[], None],
                       parent: QWidget, by_finger: bool = False) -> QMenu:
    """The menu for what lies at *scene_pos*: a node, a connection, or the map's background.

    The thing under the pointer becomes the selection, so the menu visibly acts on it. *by_finger*:
    opened by a long press, so a name editor it opens asks for the on-screen keyboard."""
    scene.commit_label_edit()
    scene.cancel_interaction()
    item = item_under(scene, scene_pos, slop)
    menu = QMenu(parent)
    menu.setObjectName("canvasContextMenu")
    if isinstance(item, NodeItem):
        scene.select_ids([item.node_id])
        _fill_node_menu(menu, scene, item.node_id)
    elif isinstance(item, EdgeItem):
        scene.select_ids(edge_ids=[item.edge_id])
        _fill_edge_menu(menu, scene, item.edge_id)
    else:
        _fill_map_menu(menu, scene, scene_pos, whole_map)
    if by_finger:
        for name in ("rename", "add_person", "add_group"):  # each opens the name editor
            action = menu.findChild(QAction, name)
            if action is not None:
                action.triggered.connect(show_keyboard)
    return menu


# ----- a person, a group or the centre ---------------------------------------------------------

def _fill_node_menu(menu: QMenu, scene: MapScene, node_id: str) -> None:
    doc = scene.document
    node = doc.node(node_id)
    is_centre = node_id == doc.centre_id
    menu.setAccessibleName(_tr("ContextMenu", "Person or group"))
    _add(menu, _tr("ContextMenu", "Rename"), partial(scene.edit_label, node_id), "rename")
    if not is_centre:
        kind_menu = _submenu(menu, _tr("ContextMenu", "Kind"), "kind")
        shapes = [(labels.kind_name(k), k) for k in ("person", "group")]
        _choices(kind_menu, shapes, node["kind"], lambda k: _edit_node(scene, node_id, {"kind": k}))
        kind_menu.addSeparator()
        categories = [(labels.category_name(c), c) for c in CATEGORIES]
        if node["category"] not in CATEGORIES:
            categories.append((node["category"], node["category"]))  # the map's own category
        _choices(kind_menu, categories, node["category"],
                 lambda c: _edit_node(scene, node_id, {"category": c}))
        ring_menu = _submenu(menu, _tr("ContextMenu", "Circle"), "circle")
        rings = [(labels.ring_words(r), r) for r in (None, *RINGS)]
        _choices(ring_menu, rings, node["ring"], lambda r: _edit_node(scene, node_id, {"ring": r}))
    connect = _add(menu, _tr("ContextMenu", "Connect from here"), partial(_connect_from, scene, node_id),
                   "connect")
    connect.setEnabled(any(scene.can_connect(node_id, other) for other in scene.node_ids()))
    menu.addSeparator()
    delete = _add(menu, _tr("ContextMenu", "Delete"),
                  lambda: scene.undo_stack.push(RemoveItemsCommand(doc, [node_id], [])), "delete")
    delete.setEnabled(not is_centre)  # the family always stays


def _edit_node(scene: MapScene, node_id: str, changes: dict) -> None:
    if node_id in scene.node_ids() and any(scene.document.node(node_id)[k] != v for k, v in changes.items()):
        scene.undo_stack.push(EditNodeCommand(scene.document, node_id, changes))


def _connect_from(scene: MapScene, node_id: str) -> None:
    # The other end is then picked by a click or a tap (or the arrow keys and Enter).
    scene.select_ids([node_id])
    scene.cancel_interaction()
    interaction = KeyboardConnectInteraction(scene, scene.node_item(node_id), by_pointer=True)
    if interaction.has_candidates():
        scene.begin_interaction(interaction)
    else:
        interaction.cleanup()


# ----- a connection ----------------------------------------------------------------------------

def _fill_edge_menu(menu: QMenu, scene: MapScene, edge_id: str) -> None:
    doc = scene.document
    edge = doc.edge(edge_id)
    menu.setAccessibleName(_tr("ContextMenu", "Connection"))
    line_menu = _submenu(menu, _tr("ContextMenu", "Line"), "line")
    parent_words = scene.parent_words()  # the parent view: the toolbar's and legend's words
    _choices(line_menu, [(labels.strength_words(s, parent_words), s) for s in STRENGTHS], edge["strength"],
             lambda s: _edit_edge(scene, edge_id, {"strength": s}))
    arrow_menu = _submenu(menu, _tr("ContextMenu", "Arrow"), "arrow")
    from ..panels.map_list.sentences import NAME_IN_ARROW_BOX, parent_flow_words, shortened

    source, target = doc.node(edge["source"])["label"], doc.node(edge["target"])["label"]

    def flow_words(flow: str, limit: int | None) -> str:
        if parent_words:  # as the toolbar, the guide and the List say it: "They help me", "Ana helps Jess"
            return parent_flow_words(doc, edge_id, flow, limit)
        if flow not in ("to_target", "to_source"):
            return labels.flow_name(flow)
        if limit is None:
            return labels.flow_between(flow, source, target)
        return labels.flow_between(flow, shortened(source, limit), shortened(target, limit))

    # Each name cut as the toolbar's Arrow box cuts it (two long names made the menu as wide as the
    # screen); the whole words in each choice's tooltip.
    flows = [(flow_words(f, NAME_IN_ARROW_BOX), f) for f in FLOWS]
    _choices(arrow_menu, flows, edge["flow"], lambda f: _edit_edge(scene, edge_id, {"flow": f}))
    arrow_menu.setToolTipsVisible(True)
    for action, flow in zip(arrow_menu.actions(), FLOWS):
        whole = flow_words(flow, None)
        if whole != action.iconText():
            action.setToolTip(whole)
    menu.addSeparator()
    _add(menu, _tr("ContextMenu", "Delete"),
         lambda: scene.undo_stack.push(RemoveItemsCommand(doc, [], [edge_id])), "delete")


def _edit_edge(scene: MapScene, edge_id: str, changes: dict) -> None:
    if edge_id in scene.edge_ids() and any(scene.document.edge(edge_id)[k] != v for k, v in changes.items()):
        scene.undo_stack.push(EditEdgeCommand(scene.document, edge_id, changes))


# ----- the empty map ---------------------------------------------------------------------------

def _fill_map_menu(menu: QMenu, scene: MapScene, scene_pos: QPointF, whole_map: Callable[[], None]) -> None:
    menu.setAccessibleName(_tr("ContextMenu", "Map"))
    here = QPointF(scene_pos)
    _add(menu, _tr("ContextMenu", "Add a person here"), lambda: scene.add_node("person", here), "add_person")
    _add(menu, _tr("ContextMenu", "Add a group here"), lambda: scene.add_node("group", here), "add_group")
    menu.addSeparator()
    _add(menu, _tr("ContextMenu", "Whole map"), whole_map, "whole_map")


# ----- building blocks -------------------------------------------------------------------------

def _add(menu: QMenu, text: str, slot: Callable[[], object], name: str) -> QAction:
    action = menu.addAction(text)
    action.setObjectName(name)  # for tests and scripts; the text is what people see
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _submenu(menu: QMenu, title: str, name: str) -> QMenu:
    sub = menu.addMenu(title)
    sub.setObjectName(name)
    sub.menuAction().setObjectName(name)
    sub.setAccessibleName(title)
    return sub


def _choices(menu: QMenu, choices: list[tuple[str, object]], current: object,
             choose: Callable[[object], None]) -> None:
    """One checkable item per choice, the current one checked; choosing one calls *choose(value)*."""
    group = QActionGroup(menu)
    group.setExclusive(True)
    for text, value in choices:
        action = menu.addAction(keep_ampersands(text))  # a name or a map's own category, whole
        action.setCheckable(True)
        action.setChecked(value == current)
        action.setData(value)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, v=value: choose(v))
