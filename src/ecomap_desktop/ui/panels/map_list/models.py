"""The map list's two table models: people and groups, and connections, kept in step with the document.

Every edit made in a cell becomes an undo command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon, QUndoStack

from .... import labels
from ....model.commands import EditEdgeCommand, EditNodeCommand
from ....model.document import Document
from ....model.vocabulary import CATEGORIES, CENTRE_KIND, FLOWS, MAX_LABEL, STRENGTHS, ModelError
from ...icons.lines import flow_icon, strength_icon
from ecomap_desktop.i18n import fill, translate as _tr
from .sentences import describe_edge, describe_node, parent_flow_words, shown_name


# The (value, shown text) pairs a cell can be set to; None for free text.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1


class _DocumentTable(QAbstractTableModel):
    """Rows are ids kept in step with the document's signals; edits become undo commands."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, document: Document, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._stack = undo_stack
        self._ids: list[str] = []
        self._rows: dict[str, int] | None = None  # id -> row, rebuilt when rows were removed
        # True while rows come and go: selection changes then are the model's, not the user's.
        self.changing = False
        self._parent_words = False
        self._ids = self._initial_ids()
        document.reset.connect(self._on_reset)

    # ----- what subclasses provide ---------------------------------------------------------------

    def _initial_ids(self) -> list[str]:
        raise NotImplementedError

    def _exists(self, item_id: str) -> bool:
        raise NotImplementedError

    def _cell(self, item_id: str, column: int, role: int) -> Any:
        raise NotImplementedError

    def _edit(self, item_id: str, column: int, value: Any) -> bool:
        raise NotImplementedError

    # ----- the Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole,
                                                                 Qt.ItemDataRole.AccessibleTextRole):
            return _tr("MapList", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        item_id = self._ids[index.row()]
        if not self._exists(item_id):
            return None  # a whole new map is arriving: this row goes with the reset that follows
        return self._cell(item_id, index.column(), role)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802 - Qt's name
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        if not self._exists(self._ids[index.row()]):
            return False
        try:
            return self._edit(self._ids[index.row()], index.column(), value)
        except ModelError:
            return False  # a value the map cannot hold (e.g. a pasted control character): nothing changes

    # ----- ids -----------------------------------------------------------------------------------

    def item_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, item_id: str) -> int:
        if self._rows is None:
            self._rows = {item: row for row, item in enumerate(self._ids)}
        return self._rows.get(item_id, -1)

    def ids(self) -> list[str]:
        return list(self._ids)

    def set_parent_words(self, on: bool) -> None:
        """Name line styles and arrows the way a parent might say them (the parent view), in the cells
        and in the sentences a screen reader reads for a row."""
        if on != self._parent_words:
            self._parent_words = on
            self._changed_all()

    # ----- following the document ----------------------------------------------------------------

    def _append(self, item_id: str) -> None:
        row = len(self._ids)
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.append(item_id)
        if self._rows is not None:
            self._rows[item_id] = row
        self.endInsertRows()

    def _remove(self, item_id: str) -> None:
        if self._rows is not None:
            row = self._rows.get(item_id, -1)
        else:  # many removals in a row (deleting a big selection): a search in C, not a rebuild each time
            try:
                row = self._ids.index(item_id)
            except ValueError:
                row = -1
        if row < 0:
            return
        self.changing = True
        try:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self._rows = None
            self.endRemoveRows()
        finally:
            self.changing = False

    def _changed_rows(self, rows) -> None:
        rows = sorted(rows)
        if rows:
            roles = []  # every role: the text, the sentence and the pictures may all change
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], len(self.HEADERS) - 1), roles)

    def _changed_all(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.HEADERS) - 1), [])

    def _on_reset(self) -> None:
        self.changing = True
        try:
            self.beginResetModel()
            self._ids = self._initial_ids()
            self._rows = None
            self.endResetModel()
        finally:
            self.changing = False


class PeopleModel(_DocumentTable):
    """The centre, people and groups: name, shape and category."""

    NAME, SHAPE, CATEGORY = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("MapList", "Name"), QT_TRANSLATE_NOOP("MapList", "Shape"),
               QT_TRANSLATE_NOOP("MapList", "Category"))

    def __init__(self, document: Document, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(document, undo_stack, parent)
        document.node_added.connect(self._append)
        document.node_removed.connect(self._remove)
        document.node_changed.connect(self._on_node_changed)
        # A connection to the centre changes how its other end reads.
        document.edge_added.connect(self._on_edge_touched)
        document.edge_removed.connect(self._on_edge_removed)
        document.edge_changed.connect(lambda edge_id, _keys: self._on_edge_touched(edge_id))

    def _initial_ids(self) -> list[str]:
        centre = self._doc.centre_id
        return [centre] + [n for n in self._doc.node_ids() if n != centre]

    def _exists(self, item_id: str) -> bool:
        return self._doc.has_node(item_id)

    def _on_node_changed(self, node_id: str, _keys: list) -> None:
        self._changed_rows({self.row_of(node_id)} - {-1})

    def _on_edge_touched(self, edge_id: str) -> None:
        self._changed_rows({r for r in (self.row_of(n) for n in self._doc.edge_ends(edge_id)) if r >= 0})

    def _on_edge_removed(self, _edge_id: str) -> None:
        # The ends are gone from the document by now: any row may have lost a connection.
        self._changed_all()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        centre = self._ids[index.row()] == self._doc.centre_id
        if index.column() == self.NAME or not centre:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def _cell(self, node_id: str, column: int, role: int) -> Any:
        node = self._doc.node(node_id)
        centre = node["kind"] == CENTRE_KIND
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
            if column == self.NAME:
                return node["label"] if edit else shown_name(node["label"])
            if column == self.SHAPE:
                return node["kind"] if edit else labels.kind_name(node["kind"])
            if column == self.CATEGORY:
                if centre:
                    return "" if not edit else node["category"]
                return node["category"] if edit else labels.category_name(node["category"])
        if role == Qt.ItemDataRole.ToolTipRole or (role == Qt.ItemDataRole.AccessibleDescriptionRole
                                                   and column != self.NAME):
            # The row's sentence: the name cell already says it (its text), so a reader hears it once.
            return describe_node(self._doc, node_id, self._parent_words)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.NAME:
                return describe_node(self._doc, node_id, self._parent_words)
            text = self._cell(node_id, column, Qt.ItemDataRole.DisplayRole)
            header = _tr("MapList", self.HEADERS[column])
            if centre and column == self.CATEGORY:  # an empty cell on show: say why it is empty
                text = _tr("MapList", "none, this is the family in the centre")
            return fill(_tr("MapList", "%1: %2"), header, text) if text else header
        if role == CHOICES_ROLE and not centre:
            if column == self.SHAPE:
                return [(kind, labels.kind_name(kind)) for kind in ("person", "group")]
            if column == self.CATEGORY:
                choices = [(c, labels.category_name(c)) for c in CATEGORIES]
                if node["category"] not in CATEGORIES:  # a map's own category stays choosable
                    choices.append((node["category"], node["category"]))
                return choices
        return None

    def _edit(self, node_id: str, column: int, value: Any) -> bool:
        key = {self.NAME: "label", self.SHAPE: "kind", self.CATEGORY: "category"}[column]
        if key == "label":
            value = " ".join(str(value).split())[:MAX_LABEL]
            if not value:
                return False  # a person keeps a name; clearing it by accident would lose it
        if self._doc.node(node_id).get(key) == value:
            return False
        self._stack.push(EditNodeCommand(self._doc, node_id, {key: value}))
        return True


class ConnectionsModel(_DocumentTable):
    """The connections: who they join, how they feel, which way support flows."""

    BETWEEN, STRENGTH, FLOW = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("MapList", "Between"), QT_TRANSLATE_NOOP("MapList", "How it feels"),
               QT_TRANSLATE_NOOP("MapList", "Support"))

    def __init__(self, document: Document, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(document, undo_stack, parent)
        self._icons: dict[str, QIcon] = {}
        document.edge_added.connect(self._append)
        document.edge_removed.connect(self._remove)
        document.edge_changed.connect(self._on_edge_changed)
        document.node_changed.connect(self._on_node_changed)

    def _initial_ids(self) -> list[str]:
        return self._doc.edge_ids()

    def _exists(self, item_id: str) -> bool:
        return self._doc.has_edge(item_id)

    def _on_node_changed(self, node_id: str, _keys: list) -> None:
        self._changed_rows({r for r in (self.row_of(e) for e in self._doc.edges_of(node_id)) if r >= 0})

    def _on_edge_changed(self, edge_id: str, _keys: list) -> None:
        self._changed_rows({self.row_of(edge_id)} - {-1})

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (self.STRENGTH, self.FLOW):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def _icon(self, key: str, make: Callable[[str], QIcon]) -> QIcon:
        if key not in self._icons:
            self._icons[key] = make(key.split(":", 1)[1])
        return self._icons[key]

    def _flow_words(self, edge_id: str, flow: str, source: str, target: str) -> str:
        """An arrow in the Support column and its choices: in the parent view as its toolbar says it."""
        if self._parent_words:
            return parent_flow_words(self._doc, edge_id, flow)
        return labels.flow_between(flow, source, target)

    def _cell(self, edge_id: str, column: int, role: int) -> Any:
        edge = self._doc.edge(edge_id)
        source = shown_name(self._doc.node(edge["source"])["label"])
        target = shown_name(self._doc.node(edge["target"])["label"])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
            if column == self.BETWEEN:
                return fill(_tr("MapList", "%1 and %2"), source, target)
            if column == self.STRENGTH:
                if edit:
                    return edge["strength"]
                return labels.strength_words(edge["strength"], self._parent_words)
            if column == self.FLOW:
                return edge["flow"] if edit else self._flow_words(edge_id, edge["flow"], source, target)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.STRENGTH:
                return self._icon("strength:" + edge["strength"], strength_icon)
            if column == self.FLOW:
                return self._icon("flow:" + edge["flow"], flow_icon)
        if role == Qt.ItemDataRole.ToolTipRole or (role == Qt.ItemDataRole.AccessibleDescriptionRole
                                                   and column != self.BETWEEN):
            return describe_edge(self._doc, edge_id, self._parent_words)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.BETWEEN:
                return describe_edge(self._doc, edge_id, self._parent_words)
            text = self._cell(edge_id, column, Qt.ItemDataRole.DisplayRole)
            header = _tr("MapList", self.HEADERS[column])
            return fill(_tr("MapList", "%1: %2"), header, text)
        if role == CHOICES_ROLE:
            if column == self.STRENGTH:
                return [(s, labels.strength_words(s, self._parent_words)) for s in STRENGTHS]
            if column == self.FLOW:
                return [(f, self._flow_words(edge_id, f, source, target)) for f in FLOWS]
        return None

    def _edit(self, edge_id: str, column: int, value: Any) -> bool:
        key = {self.STRENGTH: "strength", self.FLOW: "flow"}.get(column)
        if key is None or self._doc.edge(edge_id)[key] == value:
            return False
        self._stack.push(EditEdgeCommand(self._doc, edge_id, {key: value}))
        return True
