"""A small table of who lives at home: the centre's household members (name, age, relationship).

Each finished edit is one undo step on the centre's "household" list; the table follows the document,
so undo, redo and loading a file show here at once. A new row lives only in the table until its first
field is typed, so pressing "Add" by mistake leaves nothing behind in the map.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model.commands import EditNodeCommand
from ...model.document import Document
from ...model.vocabulary import MAX_HOUSEHOLD, MAX_LABEL, strip_controls
from .finger_rows import FingerRows
from .length_limit import limit_length
from .reader_language import tell_reader
from ecomap_desktop.i18n import translate as _tr

_FIELDS = ("name", "age", "relationship")
_LIMITS = {"name": MAX_LABEL, "age": 20, "relationship": MAX_LABEL}


class _LimitedDelegate(QStyledItemDelegate):
    """Cells stop at their field's length limit while typing, and say so."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            limit_length(editor, _LIMITS[_FIELDS[index.column()]])
        return editor


class HouseholdEditor(QWidget):
    """Edit the members of the household shown in (or under) the centre circle."""

    def __init__(self, document: Document, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("householdEditor")
        self._doc = document
        self._stack = undo_stack
        self._updating = False
        self._pending = False  # a new row that is not in the map yet
        self._stale = False  # the map changed while the table could not be seen

        # No gaps above the table when the panel has height to spare.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("Who lives at home?"))
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)

        self.table = QTableWidget(0, len(_FIELDS))
        tell_reader(self.table, name=lambda: _tr("HouseholdEditor", "People who live at home"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Age"), self.tr("Relationship")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegate(_LimitedDelegate(self.table))
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        FingerRows(self.table, resized=self._size_rows)  # a fingertip high in touch mode
        # By the same rule from the start as after touch mode or a new text size: the header's own
        # default differs by a pixel, and touch mode going off left every row a pixel shorter.
        self._size_rows()
        layout.addWidget(self.table)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add someone"))
        self.add_button.setToolTip(self.tr("Add a person who lives at home"))
        self.add_button.clicked.connect(self.add_member)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected person from the household"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        document.node_changed.connect(self._on_node_changed)
        document.reset.connect(self._on_reset)
        self.refresh()

    # ----- showing ---------------------------------------------------------------------------

    def members(self) -> list[dict[str, str]]:
        return self._doc.node(self._doc.centre_id)["household"]

    def refresh(self) -> None:
        self._stale = False
        members = self.members()
        self._updating = True
        try:
            self.table.setRowCount(len(members) + (1 if self._pending else 0))
            for row, member in enumerate(members):
                for column, key in enumerate(_FIELDS):
                    self._set_cell(row, column, member.get(key, ""))
            if self._pending:
                for column in range(len(_FIELDS)):
                    self._set_cell(len(members), column, "")
        finally:
            self._updating = False
        self._fit_height()
        self._update_buttons()

    def _set_cell(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        if item.text() != text:
            item.setText(text)

    def _fit_height(self) -> None:
        rows = max(1, self.table.rowCount())  # no empty rows: the guide's notes below need the room
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(min(height, 320))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # parent view: rows grow with the text
            self._size_rows()

    def _size_rows(self) -> None:
        """Rows as tall as their text needs (at least a fingertip in touch mode: FingerRows), and the
        table as tall as its rows."""
        header = self.table.verticalHeader()
        # Not below the least (a fingertip in touch mode): a new text size there gave shorter rows.
        header.setDefaultSectionSize(max(self.table.fontMetrics().height() + 12, header.minimumSectionSize()))
        self._fit_height()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(len(self.members()) < MAX_HOUSEHOLD and not self._pending)
        self.remove_button.setEnabled(bool(self._selected_rows()))

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    # ----- editing ---------------------------------------------------------------------------

    def add_member(self) -> None:
        """Open an empty row and start typing its name; it joins the map once something is typed."""
        if self._pending or len(self.members()) >= MAX_HOUSEHOLD:
            return
        self._pending = True
        self.refresh()
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        rows = self._selected_rows()
        members = self.members()
        if self._pending and len(members) in rows:
            self._pending = False
        keep = [m for row, m in enumerate(members) if row not in rows]
        if keep != members:
            self._push(keep, self.tr("Remove from household"))
        else:
            self.refresh()

    def _row_values(self, row: int) -> dict[str, str]:
        values = {}
        for column, key in enumerate(_FIELDS):
            item = self.table.item(row, column)
            # A pasted tab or line break is left out: names are one line of plain text.
            values[key] = strip_controls(item.text()).strip()[: _LIMITS[key]] if item else ""
        return values

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating:
            return
        members = self.members()
        row = item.row()
        values = self._row_values(row)
        if row < len(members):
            if members[row] == values:
                return
            members[row] = values
            self._push(members, self.tr("Edit household"))
        elif any(values.values()):
            self._pending = False
            self._push(members + [values], self.tr("Add to household"))

    def _push(self, members: list[dict[str, str]], text: str) -> None:
        command = EditNodeCommand(self._doc, self._doc.centre_id, {"household": members})
        command.setText(text)
        self._stack.push(command)
        self.refresh()

    # ----- following the document ------------------------------------------------------------

    def _on_node_changed(self, node_id: str, keys: list) -> None:
        if node_id == self._doc.centre_id and "household" in keys:
            self._refresh_when_seen()

    def _on_reset(self) -> None:
        self._pending = False
        self._refresh_when_seen()

    def _refresh_when_seen(self) -> None:
        # Hidden (the Details panel shows it for the centre only, the guide on one step): filled in
        # when it is shown, not at every map opened.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()
        super().showEvent(event)

