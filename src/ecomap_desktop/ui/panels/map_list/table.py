"""The map list's table view: edited in place through choice lists, Delete removes rows, Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ....model.vocabulary import MAX_LABEL
from ...widgets.finger_rows import FingerRows
from ...widgets.length_limit import limit_length
from ...widgets.swipe_scroll import swipe_to_scroll
from ecomap_desktop.i18n import fill, translate as _tr
from .models import CHOICES_ROLE


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
        accessible = fill(_tr("MapList", "%1 of %2"), str(header), str(row_name))
        choices = index.data(CHOICES_ROLE)
        if choices:
            combo = _ChoiceCombo(parent)
            for value, text in choices:
                combo.addItem(text, value)
            combo.setAccessibleName(accessible)
            combo.popup_closed.connect(lambda: self._finish(combo))
            return combo
        editor = QLineEdit(parent)
        limit_length(editor, MAX_LABEL)
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
        swipe_to_scroll(self)
        FingerRows(self)  # a fingertip high in touch mode
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
