"""The What changed panel: which earlier visit to compare with, and what changed since, in sentences.

The sentences come from analysis.changes (the same rules and words as the PDF and the command line).
Choosing one asks the window to select and centre its person or line (the change_chosen signal);
the panel itself knows nothing of the canvas. In the parent view it shows the first few sentences in
big text, for the parent to read.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ecomap_desktop.i18n import Plurals, fill, translate as _tr
from ...widgets.reader_language import tell_reader

# How many sentences the parent view shows (the rest are counted, and there in the worker view).
PARENT_VIEW_SENTENCES = 5
PARENT_TEXT_SCALE = 1.25  # on top of the parent view's bigger window text
_CHANGE = Qt.ItemDataRole.UserRole  # a sentence row holds its change (None: the "and more" line)


class ChangesPanel(Plurals):
    """Counted sentences of the panel: ChangesPanel.tr("%n ...", None, n)."""


class _SentenceDelegate(QStyledItemDelegate):
    """Measures a sentence at the width its row is drawn at: the list's width less its spacing on
    both sides. Qt measured at the whole width, so a sentence that only just fitted on one line
    there was given a one-line row, drawn a little narrower and cut short with "…"."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt's name
        view = self.parent()
        width = max(1, view.viewport().width() - 2 * view.spacing())
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, width, 1_000_000)
        return QSize(width, super().sizeHint(measured, index).height())


class WhatChangedPanel(QWidget):
    """The earlier-visit chooser, the compare switch and the sentences, or a note saying why there
    are none."""

    # The user chose which earlier visit to compare with (its id).
    earlier_chosen = Signal(str)
    # The user chose a sentence: the change it tells (an analysis.changes.Change).
    change_chosen = Signal(object)

    def __init__(self, compare_action: QAction | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatChangedPanel")
        tell_reader(self, name=lambda: _tr("WhatChanged", "What changed"))
        self._parent_view = False
        self._rows: list[tuple[str, Any]] = []
        self._filling = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.title = QLabel(_tr("WhatChanged", "What changed"))
        layout.addWidget(self.title)

        row = QHBoxLayout()
        self.chooser_label = QLabel(_tr("WhatChanged", "Since the &visit of"))
        self.chooser = QComboBox()
        tell_reader(self.chooser, name=lambda: _tr("WhatChanged", "Compare with the visit of"))
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.chooser_label.setBuddy(self.chooser)
        self.chooser.currentIndexChanged.connect(self._on_chooser)
        row.addWidget(self.chooser_label)
        row.addWidget(self.chooser, 1)
        layout.addLayout(row)

        # A tick box, not a button: on or off is plain to see. It works the View menu's switch.
        self.compare_box = QCheckBox(_tr("WhatChanged", "&Show the changes on the map"))
        tell_reader(self.compare_box, name=lambda: _tr("WhatChanged", "Show the changes on the map"))
        if compare_action is not None:
            self.compare_box.setChecked(compare_action.isChecked())
            self.compare_box.setEnabled(compare_action.isEnabled())
            self.compare_box.toggled.connect(compare_action.setChecked)
            compare_action.toggled.connect(self.compare_box.setChecked)
            compare_action.changed.connect(lambda: self.compare_box.setEnabled(compare_action.isEnabled()))
        layout.addWidget(self.compare_box)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.note)

        # A list view on a standard model (a QListWidget's own model cannot be read column by column).
        self.list = QListView()
        self._model = QStandardItemModel(self.list)
        self.list.setModel(self._model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tell_reader(self.list, name=lambda: _tr("WhatChanged", "What changed, one sentence each"),
                    description=lambda: _tr(
                        "WhatChanged", "Choose a sentence to find that person or line on the map."))
        self.list.setWordWrap(True)
        self.list.setItemDelegate(_SentenceDelegate(self.list))
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)  # names are never cut
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(3)
        self.list.clicked.connect(self._on_index)
        self.list.activated.connect(self._on_index)
        self.list.selectionModel().currentChanged.connect(lambda index, _old: self._on_index(index))
        layout.addWidget(self.list, 1)

        self.hint = QLabel(_tr("WhatChanged", "Choose a sentence to find it on the map."))
        self.hint.setWordWrap(True)
        palette = self.hint.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#555555"))
        self.hint.setPalette(palette)
        layout.addWidget(self.hint)
        # Takes the room only while the list is hidden (one visit, looking back), so the words
        # stay together at the top instead of being spread down the panel.
        layout.addStretch(0)
        self._apply_fonts()

    # ----- filling --------------------------------------------------------------------------

    def set_visits(self, choices: list[tuple[str, str]], chosen: str | None) -> None:
        """The earlier visits to choose from, as (id, words), and the one chosen."""
        self._filling = True
        try:
            self.chooser.clear()
            for visit_id, words in choices:
                self.chooser.addItem(words, visit_id)
            index = self.chooser.findData(chosen) if chosen is not None else -1
            self.chooser.setCurrentIndex(index)
        finally:
            self._filling = False
        for widget in (self.chooser, self.chooser_label):
            widget.setVisible(bool(choices))

    def show_sentences(self, rows: list[tuple[str, Any]], since: str) -> None:
        """The sentences (each with the change it tells) since the visit of *since* (in words)."""
        self._rows = list(rows)
        self.title.setText(fill(_tr("WhatChanged", "What changed since %1"), since))
        self.note.setText(fill(_tr("WhatChanged", "Nothing has changed since %1."), since)
                          if not rows else "")
        self.note.setVisible(not rows)
        self._fill_list()

    def show_note(self, text: str) -> None:
        """No sentences, and why (one visit only, a past visit on show...)."""
        self._rows = []
        self.title.setText(_tr("WhatChanged", "What changed"))
        self.note.setText(text)
        self.note.setVisible(True)
        self._fill_list()

    def sentence_texts(self) -> list[str]:
        """The sentences on show, in order (the "and more" line included)."""
        return [self._model.item(i).text() for i in range(self._model.rowCount())]

    def note_text(self) -> str:
        return self.note.text() if self.note.isVisibleTo(self) else ""

    def _fill_list(self) -> None:
        self._filling = True
        try:
            self._model.clear()
            rows = self._rows
            if self._parent_view and len(rows) > PARENT_VIEW_SENTENCES:
                shown, more = rows[:PARENT_VIEW_SENTENCES], len(rows) - PARENT_VIEW_SENTENCES
            else:
                shown, more = rows, 0
            for text, change in shown:
                item = QStandardItem(text)
                item.setData(change, _CHANGE)
                item.setEditable(False)
                self._model.appendRow(item)
            if more:
                item = QStandardItem(ChangesPanel.tr("…and %n more.", None, more) if more > 1
                                     else _tr("WhatChanged", "…and 1 more."))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self._model.appendRow(item)
        finally:
            self._filling = False
        self.list.setVisible(bool(self._rows))
        self.hint.setVisible(bool(self._rows))

    # ----- choosing -------------------------------------------------------------------------

    def row_rect(self, row: int) -> QRect:
        """Where the sentence in *row* is drawn in the list's viewport (for a click)."""
        return self.list.visualRect(self._model.index(row, 0))

    def _on_index(self, index: QModelIndex) -> None:
        if self._filling or not index.isValid():
            return
        change = index.data(_CHANGE)
        if change is not None:
            self.change_chosen.emit(change)

    def _on_chooser(self, index: int) -> None:
        if not self._filling and index >= 0:
            self.earlier_chosen.emit(self.chooser.itemData(index))

    # ----- the parent view ------------------------------------------------------------------

    def set_parent_view(self, on: bool) -> None:
        """Big text and only the first few sentences (on), or everything at the usual size."""
        if on != self._parent_view:
            self._parent_view = on
            self._apply_fonts()
            self._fill_list()

    def parent_view(self) -> bool:
        return self._parent_view

    def _apply_fonts(self) -> None:
        base = self.font()
        title = QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * (1.5 if self._parent_view else 1.3))
        self.title.setFont(title)
        self.title.setWordWrap(True)
        sentences = QFont(base)
        if self._parent_view:
            sentences.setPointSizeF(base.pointSizeF() * PARENT_TEXT_SCALE)
        self.list.setFont(sentences)
        self.note.setFont(sentences)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)
