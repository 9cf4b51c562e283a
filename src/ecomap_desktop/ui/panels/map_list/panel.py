"""The map as a list: every person, group and connection in two tables beside the canvas.

This is how a screen-reader or keyboard user works with the map. Each row reads as a sentence
("Grandma Rosa, Family, strong connection to the centre, support flows both ways"); names,
categories, shapes, line styles and arrows are edited in place (F2 or Enter), Delete removes a row.
Every edit is an undo command. The tables follow the document's signals, never the canvas, and the
selection is shared with the canvas through the scene's select_ids / selection_ids_changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....model.commands import RemoveItemsCommand
from ....model.document import Document
from .models import ConnectionsModel, PeopleModel
from .table import MapTable
from ...widgets.reader_language import tell_reader
from ecomap_desktop.i18n import translate as _tr


# Selections up to this size are followed at once; bigger ones once the canvas is done changing.
_SYNC_AT_ONCE = 300


class MapListPanel(QWidget):
    """People and groups, then connections, as two editable tables that share the canvas's selection.

    *selection* is the canvas scene, used only for its selection: select_ids(), selected_node_ids(),
    selected_edge_ids() and the selection_ids_changed signal.
    """

    def __init__(self, document: Document, undo_stack: QUndoStack, selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapListPanel")
        tell_reader(self, name=lambda: _tr("MapListPanel", "List of people and connections"))
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
        tell_reader(self.people_view, name=lambda: _tr("MapListPanel", "People and groups"),
                    description=lambda: _tr(
            "MapListPanel",
            "Everyone on the map, the family in the centre first. Each row reads as a sentence. "
            "Enter or F2 changes the cell, Delete removes the selected rows, Escape goes back to the map."
        ))
        self.people_heading.setBuddy(self.people_view)

        self.connections_heading = QLabel(self.tr("C&onnections"))
        self.connections_view = MapTable()
        self.connections_view.setObjectName("connectionsTable")
        self.connections_view.setModel(self.connections_model)
        self.connections_view.setIconSize(QSize(40, 15))  # the pictures of the lines, big enough to see
        tell_reader(self.connections_view, name=lambda: _tr("MapListPanel", "Connections"),
                    description=lambda: _tr(
            "MapListPanel",
            "Every line on the map: who it joins, how it feels and which way support flows. "
            "Enter or F2 changes the cell, Delete removes the selected rows, Escape goes back to the map."
        ))
        self.connections_heading.setBuddy(self.connections_view)

        self.remove_button = QPushButton(self.tr("Remove selected"))
        tell_reader(self.remove_button, name=lambda: _tr("MapListPanel", "Remove the selected rows"))
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
        self.people_model.set_parent_words(on)  # a row's sentence says its line to the family

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
