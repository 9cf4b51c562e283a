"""The map as a list: every person, group and connection in two tables beside the canvas.

This is how a screen-reader or keyboard user works with the map. Each row reads as a sentence
("Grandma Rosa, Family, strong connection to the centre, support flows both ways"); names,
categories, shapes, line styles and arrows are edited in place (F2 or Enter), Delete removes a row.
Every edit is an undo command. The tables follow the document's signals, never the canvas, and the
selection is shared with the canvas through the scene's select_ids / selection_ids_changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ... import labels
from ...analysis.insights import flow_for_family
from ...model.commands import EditEdgeCommand, EditNodeCommand, RemoveItemsCommand
from ...model.document import Document
from ...model.vocabulary import CATEGORIES, CENTRE_KIND, FLOWS, MAX_LABEL, STRENGTHS, ModelError
from ..icons.lines import flow_icon, strength_icon
from ecomap_desktop.i18n import Plurals, translate as _tr

#: The (value, shown text) pairs a cell can be set to; None for free text.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1


def _name(label: str) -> str:
    return label.strip() or _tr("MapList", "(no name)")


class MapList(Plurals):
    """Counted sentences of the context "MapList": ``MapList.tr("%n ...", None, n)``."""


# ----- sentences a screen reader reads for a row ---------------------------------------------------

_STRENGTH_TO_CENTRE = {
    "strong": QT_TRANSLATE_NOOP("MapList", "strong connection to the centre"),
    "moderate": QT_TRANSLATE_NOOP("MapList", "ordinary connection to the centre"),
    "tenuous": QT_TRANSLATE_NOOP("MapList", "weak or distant connection to the centre"),
    "stressful": QT_TRANSLATE_NOOP("MapList", "stressful connection to the centre"),
}
_FAMILY_FLOW = {
    "none": QT_TRANSLATE_NOOP("MapList", "no arrow"),
    "to_family": QT_TRANSLATE_NOOP("MapList", "support comes to the centre"),
    "from_family": QT_TRANSLATE_NOOP("MapList", "support goes out from the centre"),
    "both": QT_TRANSLATE_NOOP("MapList", "support flows both ways"),
}
_STRENGTH_PLAIN = {
    "strong": QT_TRANSLATE_NOOP("MapList", "strong connection"),
    "moderate": QT_TRANSLATE_NOOP("MapList", "ordinary connection"),
    "tenuous": QT_TRANSLATE_NOOP("MapList", "weak or distant connection"),
    "stressful": QT_TRANSLATE_NOOP("MapList", "stressful connection"),
}


def describe_node(doc: Document, node_id: str) -> str:
    """One node as a sentence: its name, category (or shape), and how it is connected to the centre."""
    node = doc.node(node_id)
    name = _name(node["label"])
    if node["kind"] == CENTRE_KIND:
        count = len(doc.edges_of(node_id))
        if count == 1:
            return _tr("MapList", "%1, the family in the centre, one connection").replace("%1", name)
        return MapList.tr("%1, the family in the centre, %n connections", None, count).replace("%1", name)
    parts = [name]
    if node["kind"] == "group":
        parts.append(labels.kind_name("group"))
    parts.append(labels.category_name(node["category"]))
    centre = doc.centre_id
    edge_id = doc.edge_between(node_id, centre)
    if edge_id is None:
        parts.append(_tr("MapList", "not connected to the centre"))
    else:
        edge = doc.edge(edge_id)
        parts.append(_tr("MapList", _STRENGTH_TO_CENTRE[edge["strength"]]))
        direction = flow_for_family(edge["flow"], edge["source"], edge["target"], centre)
        parts.append(_tr("MapList", _FAMILY_FLOW[direction or "none"]))
    others = len(doc.edges_of(node_id)) - (edge_id is not None)
    if others == 1:
        parts.append(_tr("MapList", "one other connection"))
    elif others:
        parts.append(MapList.tr("%n other connections", None, others))
    return ", ".join(parts)


def describe_edge(doc: Document, edge_id: str) -> str:
    """One connection as a sentence: who it joins, how it feels and which way support flows."""
    edge = doc.edge(edge_id)
    source = _name(doc.node(edge["source"])["label"])
    target = _name(doc.node(edge["target"])["label"])
    flow = labels.flow_between(edge["flow"], source, target)
    strength = _tr("MapList", _STRENGTH_PLAIN[edge["strength"]])
    return _tr("MapList", "%1 and %2: %3. %4.").replace("%1", source).replace("%2", target).replace(
        "%3", strength).replace("%4", flow)


# ----- the two table models --------------------------------------------------------------------------


class _DocumentTable(QAbstractTableModel):
    """Rows are ids kept in step with the document's signals; edits become undo commands."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, document: Document, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._stack = undo_stack
        self._ids: list[str] = []
        self._rows: dict[str, int] | None = None  # id -> row, rebuilt when rows were removed
        #: True while rows come and go: selection changes then are the model's, not the user's.
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
        """Name line styles the way a parent might say them (the parent view)."""
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
                return node["label"] if edit else _name(node["label"])
            if column == self.SHAPE:
                return node["kind"] if edit else labels.kind_name(node["kind"])
            if column == self.CATEGORY:
                if centre:
                    return "" if not edit else node["category"]
                return node["category"] if edit else labels.category_name(node["category"])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return describe_node(self._doc, node_id)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.NAME:
                return describe_node(self._doc, node_id)
            text = self._cell(node_id, column, Qt.ItemDataRole.DisplayRole)
            header = _tr("MapList", self.HEADERS[column])
            return _tr("MapList", "%1: %2").replace("%1", header).replace("%2", text) if text else header
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

    def _cell(self, edge_id: str, column: int, role: int) -> Any:
        edge = self._doc.edge(edge_id)
        source = _name(self._doc.node(edge["source"])["label"])
        target = _name(self._doc.node(edge["target"])["label"])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
            if column == self.BETWEEN:
                return _tr("MapList", "%1 and %2").replace("%1", source).replace("%2", target)
            if column == self.STRENGTH:
                if edit:
                    return edge["strength"]
                return labels.strength_words(edge["strength"], self._parent_words)
            if column == self.FLOW:
                return edge["flow"] if edit else labels.flow_between(edge["flow"], source, target)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.STRENGTH:
                return self._icon("strength:" + edge["strength"], strength_icon)
            if column == self.FLOW:
                return self._icon("flow:" + edge["flow"], flow_icon)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return describe_edge(self._doc, edge_id)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.BETWEEN:
                return describe_edge(self._doc, edge_id)
            text = self._cell(edge_id, column, Qt.ItemDataRole.DisplayRole)
            header = _tr("MapList", self.HEADERS[column])
            return _tr("MapList", "%1: %2").replace("%1", header).replace("%2", text)
        if role == CHOICES_ROLE:
            if column == self.STRENGTH:
                return [(s, labels.strength_words(s, self._parent_words)) for s in STRENGTHS]
            if column == self.FLOW:
                return [(f, labels.flow_between(f, source, target)) for f in FLOWS]
        return None

    def _edit(self, edge_id: str, column: int, value: Any) -> bool:
        key = {self.STRENGTH: "strength", self.FLOW: "flow"}.get(column)
        if key is None or self._doc.edge(edge_id)[key] == value:
            return False
        self._stack.push(EditEdgeCommand(self._doc, edge_id, {key: value}))
        return True


# ----- editing in place ------------------------------------------------------------------------------


class _ChoiceCombo(QComboBox):
    """A drop-down editor that says when its list closes (a pick with the mouse ends the edit)."""

    # The pop-up list was closed (an item was picked, or Esc).
    popup_closed = Signal()

    def hidePopup(self) -> None:  # noqa: N802 - Qt's name
        was_open = self.view().isVisible()
        super().hidePopup()
        if was_open:
            self.popup_closed.emit()


class ChoiceDelegate(QStyledItemDelegate):
    """Drop-down editors for cells with choices (category, shape, strength, flow); a text box for names.

    With the keyboard, the arrows change the choice and Enter keeps it (Esc leaves it as it was);
    with the mouse, picking from the open list keeps it at once.
    """

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        row_name = index.siblingAtColumn(0).data(Qt.ItemDataRole.DisplayRole)
        accessible = _tr("MapList", "%1 of %2").replace("%1", str(header)).replace("%2", str(row_name))
        choices = index.data(CHOICES_ROLE)
        if choices:
            combo = _ChoiceCombo(parent)
            for value, text in choices:
                combo.addItem(text, value)
            combo.setAccessibleName(accessible)
            combo.popup_closed.connect(lambda: self._finish(combo))
            return combo
        editor = QLineEdit(parent)
        editor.setMaxLength(MAX_LABEL)
        editor.setAccessibleName(accessible)
        return editor

    def _finish(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget,  # noqa: N802 - Qt's name
                      index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit) and editor.text() != value:
            editor.setText(value or "")
            editor.selectAll()

    def setModelData(self, editor: QWidget, model,  # noqa: N802 - Qt's name
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


#: Selections up to this size are followed at once; bigger ones once the canvas is done changing.
_SYNC_AT_ONCE = 300

_OWN_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_F2)


class MapTable(QTableView):
    """A table of the map: Enter or F2 edits a cell, Delete removes the selected rows, Esc leaves."""

    # Delete (or Backspace) was pressed on the selected rows.
    delete_requested = Signal()
    # Esc was pressed while not editing: go back to the map.
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        # Tab moves on to the next control (arrows move between cells): the keyboard is never trapped.
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        # Column widths come from the first rows only, so opening a map of thousands of people
        # does not measure every cell of a list that is not even on show.
        self.horizontalHeader().setResizeContentsPrecision(200)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setItemDelegate(ChoiceDelegate(self))

    def _editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState

    def event(self, event: QEvent) -> bool:
        # The window's one-key shortcuts (Delete, Backspace, F2 to rename on the canvas) must not
        # take keys this table uses itself.
        if (event.type() == QEvent.Type.ShortcutOverride and not self._editing()
                and event.key() in _OWN_KEYS and not event.modifiers()):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if not self._editing() and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
                self.edit(self.currentIndex())
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.delete_requested.emit()
                event.accept()
                return
            if key == Qt.Key.Key_Escape:
                self.leave_requested.emit()
                event.accept()
                return
        super().keyPressEvent(event)

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        model = self.model()
        return [model.item_id(row) for row in rows]


# ----- the panel ----------------------------------------------------------------------------------


class MapListPanel(QWidget):
    """People and groups, then connections, as two editable tables that share the canvas's selection.

    *selection* is the canvas scene, used only for its selection: select_ids(), selected_node_ids(),
    selected_edge_ids() and the selection_ids_changed signal.
    """

    def __init__(self, document: Document, undo_stack: QUndoStack, selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapListPanel")
        self.setAccessibleName(self.tr("List of people and connections"))
        self._doc = document
        self._stack = undo_stack
        self._selection = selection
        self._syncing = False
        self._resize_pending = False
        self._sync_pending = False
        self.leave: Callable[[], None] | None = None  # where Esc sends the keyboard (the map)

        self.people_model = PeopleModel(document, undo_stack, self)
        self.connections_model = ConnectionsModel(document, undo_stack, self)

        self.people_heading = QLabel(self.tr("&People and groups"))
        self.people_view = MapTable()
        self.people_view.setObjectName("peopleTable")
        self.people_view.setModel(self.people_model)
        self.people_view.setAccessibleName(self.tr("People and groups"))
        self.people_view.setAccessibleDescription(self.tr(
            "Everyone on the map, the family in the centre first. Each row reads as a sentence. "
            "Enter or F2 changes the cell, Delete removes the selected rows, Escape goes back to the map."
        ))
        self.people_heading.setBuddy(self.people_view)

        self.connections_heading = QLabel(self.tr("C&onnections"))
        self.connections_view = MapTable()
        self.connections_view.setObjectName("connectionsTable")
        self.connections_view.setModel(self.connections_model)
        self.connections_view.setIconSize(QSize(40, 15))  # the pictures of the lines, big enough to see
        self.connections_view.setAccessibleName(self.tr("Connections"))
        self.connections_view.setAccessibleDescription(self.tr(
            "Every line on the map: who it joins, how it feels and which way support flows. "
            "Enter or F2 changes the cell, Delete removes the selected rows, Escape goes back to the map."
        ))
        self.connections_heading.setBuddy(self.connections_view)

        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected rows"))
        self.remove_button.setToolTip(self.tr("Remove the selected people, groups or connections (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        hint = QLabel(self.tr("Enter or F2 changes a cell. Delete removes. Esc goes back to the map."))
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        for heading in (self.people_heading, self.connections_heading):
            heading.setObjectName("mapListHeading")
        layout.addWidget(self.people_heading)
        layout.addWidget(self.people_view, 3)
        layout.addWidget(self.connections_heading)
        layout.addWidget(self.connections_view, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self._apply_heading_fonts()

        for view in (self.people_view, self.connections_view):
            view.selectionModel().selectionChanged.connect(
                lambda _new, _old, v=view: self._on_table_selection(v))
            view.delete_requested.connect(self.remove_selected)
            view.leave_requested.connect(self._leave)
            view.model().modelReset.connect(self._schedule_resize)
            view.model().rowsInserted.connect(self._schedule_resize)
        selection.selection_ids_changed.connect(self._on_canvas_selection)
        self._resize_columns()
        self._on_canvas_selection()

    # ----- actions -------------------------------------------------------------------------------

    def remove_selected(self) -> bool:
        """Remove the selected rows of both tables as one undo step; the centre always stays."""
        nodes = [n for n in self.people_view.selected_ids() if n != self._doc.centre_id]
        edges = self.connections_view.selected_ids()
        if not nodes and not edges:
            return False
        command = RemoveItemsCommand(self._doc, nodes, edges)
        self._stack.push(command)
        return True

    def focus_list(self) -> None:
        """Put the keyboard in the table that holds what is selected (people first)."""
        view = self.people_view
        if self._selection.selected_edge_ids() and not self._selection.selected_node_ids():
            view = self.connections_view
        if not view.currentIndex().isValid() and view.model().rowCount():
            view.selectionModel().setCurrentIndex(view.model().index(0, 0),
                                                  QItemSelectionModel.SelectionFlag.NoUpdate)
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_parent_words(self, on: bool) -> None:
        self.connections_model.set_parent_words(on)

    def _leave(self) -> None:
        if self.leave is not None:
            self.leave()

    # ----- selection shared with the canvas ------------------------------------------------------

    def _on_table_selection(self, view: MapTable) -> None:
        if self._syncing or view.model().changing:
            return  # a row went away: the canvas tells its own selection change
        other = self.connections_view if view is self.people_view else self.people_view
        self._syncing = True
        try:
            if view.selectionModel().hasSelection() and other.selectionModel().hasSelection():
                other.clearSelection()  # one table at a time, as one clicks in the other
            self._selection.select_ids(self.people_view.selected_ids(), self.connections_view.selected_ids())
        finally:
            self._syncing = False

    def _on_canvas_selection(self) -> None:
        if self._syncing:
            return
        if len(self._selection.selected_node_ids()) > _SYNC_AT_ONCE:
            # A big selection changes one item at a time (deleting it, say): follow it once, afterwards.
            if not self._sync_pending:
                self._sync_pending = True
                QTimer.singleShot(0, self._follow_canvas_later)
            return
        self._follow_canvas()

    def _follow_canvas_later(self) -> None:
        self._sync_pending = False
        if not self._syncing:
            self._follow_canvas()

    def _follow_canvas(self) -> None:
        self._syncing = True
        try:
            self._select_rows(self.people_view, self._selection.selected_node_ids())
            self._select_rows(self.connections_view, self._selection.selected_edge_ids())
        finally:
            self._syncing = False

    def _select_rows(self, view: MapTable, ids: list[str]) -> None:
        model = view.model()
        rows = sorted(r for r in (model.row_of(i) for i in ids) if r >= 0)
        selection = QItemSelection()
        last = model.columnCount() - 1
        start = 0
        for i in range(1, len(rows) + 1):  # one range per run of neighbouring rows
            if i == len(rows) or rows[i] != rows[i - 1] + 1:
                selection.select(model.index(rows[start], 0), model.index(rows[i - 1], last))
                start = i
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().select(selection, flags)
        if rows:
            column = max(0, view.currentIndex().column())
            current = model.index(model.row_of(ids[-1]) if model.row_of(ids[-1]) >= 0 else rows[-1], column)
            view.selectionModel().setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
            view.scrollTo(current)

    # ----- looks ---------------------------------------------------------------------------------

    def _schedule_resize(self, *_args) -> None:
        # Rows often arrive by the hundred (undoing a big delete): size the columns once, afterwards.
        if not self._resize_pending:
            self._resize_pending = True
            QTimer.singleShot(0, self._resize_columns)

    def _resize_columns(self, *_args) -> None:
        self._resize_pending = False
        for view in (self.people_view, self.connections_view):
            # As wide as the text, up to about 26 characters: a long name is shortened with "…"
            # (its whole name is in the tooltip and read out), so the other columns stay in sight.
            view.horizontalHeader().setMaximumSectionSize(view.fontMetrics().averageCharWidth() * 26)
            view.resizeColumnsToContents()

    def _apply_heading_fonts(self) -> None:
        for heading in (self.people_heading, self.connections_heading):
            font = QFont(self.font())
            font.setBold(True)
            font.setPointSizeF(self.font().pointSizeF() * 1.15)
            heading.setFont(font)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # text size or parent view: headings keep in proportion
            self._apply_heading_fonts()
            self._resize_columns()
