"""The properties panel: edit the selected person, group or connection (or the map's title).

Every edit is an undo command; the panel refreshes from the document's signals, so undo, redo and
edits on the canvas show here at once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import labels, style
from ...model.commands import EditEdgeCommand, EditMetaCommand, EditNodeCommand
from ...model.document import Document
from ...model.vocabulary import CATEGORIES, FLOWS, MAX_LABEL, RINGS, STRENGTHS, SUPPORT_TYPES
from ..icons.lines import colour_icon, flow_icon, strength_icon
from ..widgets.length_limit import NoteEdit, limit_length
from ..widgets.household import HouseholdEditor
from ..widgets.plain_text import note_text, refuse_control_characters
from ..widgets.reader_language import tell_reader
from ..widgets.wrapping_combo import WrappingComboBox
from ecomap_desktop.i18n import fill, translate as _tr

# Colour choices for a connection (see style.CONNECTION_COLOURS). Colour is only a second cue; the
# line pattern carries the meaning.
CONNECTION_COLOURS = style.CONNECTION_COLOURS


_COLOUR_NAMES = {
    None: QT_TRANSLATE_NOOP("PropertiesPanel", "Black (default)"),
    "#0072b2": QT_TRANSLATE_NOOP("PropertiesPanel", "Blue"),
    "#009e73": QT_TRANSLATE_NOOP("PropertiesPanel", "Green"),
    "#e69f00": QT_TRANSLATE_NOOP("PropertiesPanel", "Orange"),
    "#d55e00": QT_TRANSLATE_NOOP("PropertiesPanel", "Red-orange"),
    "#cc79a7": QT_TRANSLATE_NOOP("PropertiesPanel", "Pink"),
    "#c8709f": QT_TRANSLATE_NOOP("PropertiesPanel", "Pink"),
    "#56b4e9": QT_TRANSLATE_NOOP("PropertiesPanel", "Sky blue"),
}


def colour_name(colour: str | None) -> str:
    own = QT_TRANSLATE_NOOP("PropertiesPanel", "Own colour")
    return _tr("PropertiesPanel", _COLOUR_NAMES.get(colour, own))


class PropertiesPanel(QWidget):
    """Shows the fields of whatever is selected and turns edits into undo commands."""

    def __init__(self, document: Document, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("propertiesPanel")
        tell_reader(self, name=lambda: _tr("PropertiesPanel", "Properties of the selection"))
        self._doc = document
        self._stack = undo_stack
        self._node_id: str | None = None
        self._edge_id: str | None = None
        self._parent_words = False  # the parent view: lines and arrows in its words (set_parent_words)
        self._updating = False

        self._pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self._pages)
        self._build_map_page()
        self._build_node_page()
        self._build_edge_page()
        self._build_many_page()

        document.node_changed.connect(self._on_node_changed)
        document.node_removed.connect(self._on_removed)
        document.edge_changed.connect(self._on_edge_changed)
        document.edge_removed.connect(self._on_removed)
        document.meta_changed.connect(self._on_meta_changed)
        document.reset.connect(self._on_reset)
        self.show_selection([], [])

    # ----- pages -----------------------------------------------------------------------------

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        label.setFont(font)
        label.setWordWrap(True)
        return label

    def _build_map_page(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self._heading(self.tr("This map")))
        self.title_edit = QLineEdit()
        limit_length(self.title_edit, MAX_LABEL)
        self.title_edit.setPlaceholderText(self.tr("For example: Our circle of support, spring visit"))
        tell_reader(self.title_edit, name=lambda: _tr("PropertiesPanel", "Map title"))
        self.title_edit.textEdited.connect(lambda text: self._push_meta("title", text))
        form.addRow(self.tr("Title"), self.title_edit)
        refuse_control_characters(self.title_edit)
        hint = QLabel(self.tr("Choose a person, group or line on the map to change it here."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self._map_hint = hint
        self._map_page = page
        self._pages.addWidget(page)

    def _build_node_page(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.node_heading = self._heading("")
        form.addRow(self.node_heading)

        self.label_edit = QLineEdit()
        limit_length(self.label_edit, MAX_LABEL)
        tell_reader(self.label_edit, name=lambda: _tr("PropertiesPanel", "Name"))
        self.label_edit.textEdited.connect(lambda text: self._push_node({"label": text}))
        form.addRow(self.tr("Name"), self.label_edit)
        refuse_control_characters(self.label_edit)

        self.kind_combo = QComboBox()
        tell_reader(self.kind_combo, name=lambda: _tr("PropertiesPanel", "Shape"))
        for kind in ("person", "group"):
            self.kind_combo.addItem(labels.kind_name(kind), kind)
        self.kind_combo.activated.connect(lambda _i: self._push_node({"kind": self.kind_combo.currentData()}))
        self._kind_label = QLabel(self.tr("Shape"))
        self._kind_label.setBuddy(self.kind_combo)  # Linux reads a combo by its label, not its name
        form.addRow(self._kind_label, self.kind_combo)

        self.category_combo = QComboBox()
        tell_reader(self.category_combo, name=lambda: _tr("PropertiesPanel", "Category"))
        self.category_combo.activated.connect(
            lambda _i: self._push_node({"category": self.category_combo.currentData()})
        )
        self._category_label = QLabel(self.tr("Category"))
        self._category_label.setBuddy(self.category_combo)
        form.addRow(self._category_label, self.category_combo)

        self.ring_combo = QComboBox()
        tell_reader(self.ring_combo, name=lambda: _tr("PropertiesPanel", "Circle of support"))
        for ring in (None, *RINGS):
            self.ring_combo.addItem(labels.ring_words(ring), ring)
        self.ring_combo.activated.connect(lambda _i: self._push_node({"ring": self.ring_combo.currentData()}))
        self._ring_label = QLabel(self.tr("Circle"))
        self._ring_label.setBuddy(self.ring_combo)
        form.addRow(self._ring_label, self.ring_combo)

        self.support_boxes: dict[str, QCheckBox] = {}
        support_box = QWidget()
        support_layout = QVBoxLayout(support_box)
        support_layout.setContentsMargins(0, 0, 0, 0)
        for kind in SUPPORT_TYPES:
            box = QCheckBox(labels.support_name(kind))
            box.setAccessibleName(labels.support_name(kind))
            # Said after the box's own name: "Emotional, check box" alone left a reader to guess
            # what it was about (the row's label belongs to the group of boxes, not to each box).
            tell_reader(box, description=lambda: _tr("PropertiesPanel", "Kind of support"))
            box.toggled.connect(self._on_support_toggled)
            support_layout.addWidget(box)
            self.support_boxes[kind] = box
        self._support_label = QLabel(self.tr("Kind of support"))
        form.addRow(self._support_label, support_box)

        self.notes_edit = NoteEdit()
        tell_reader(self.notes_edit, name=lambda: _tr("PropertiesPanel", "Notes"))
        self.notes_edit.setPlaceholderText(self.tr("A short note"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.textChanged.connect(
            lambda: self._push_node({"notes": note_text(self.notes_edit)})
        )
        form.addRow(self.tr("Notes"), self.notes_edit)
        self.household_editor = HouseholdEditor(self._doc, self._stack)  # shown for the centre only
        form.addRow(self.household_editor)
        self._node_page = page
        self._pages.addWidget(page)

    def _build_edge_page(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.edge_heading = self._heading("")
        form.addRow(self.edge_heading)

        self.strength_combo = QComboBox()
        tell_reader(self.strength_combo, name=lambda: _tr("PropertiesPanel", "How the connection feels"))
        for strength in STRENGTHS:
            self.strength_combo.addItem(strength_icon(strength), labels.strength_name(strength), strength)
        self.strength_combo.activated.connect(
            lambda _i: self._push_edge({"strength": self.strength_combo.currentData()})
        )
        form.addRow(self.tr("Connection"), self.strength_combo)

        # Its choices name both ends of the line: the chosen one wraps onto more lines rather than
        # being cut at the panel's edge.
        self.flow_combo = WrappingComboBox()
        tell_reader(self.flow_combo, name=lambda: _tr("PropertiesPanel", "Which way support flows"))
        # Its tooltip is the choice on show, which a reader hears already: said instead, how to read it.
        tell_reader(self.flow_combo, description=lambda: _tr(
            "PropertiesPanel", "The arrow points from the one who gives support to the one who receives it"))
        for flow in FLOWS:
            self.flow_combo.addItem(flow_icon(flow), labels.flow_name(flow), flow)
        self.flow_combo.activated.connect(lambda _i: self._push_edge({"flow": self.flow_combo.currentData()}))
        form.addRow(self.tr("Support"), self.flow_combo)

        self.colour_combo = QComboBox()
        tell_reader(self.colour_combo, name=lambda: _tr("PropertiesPanel", "Line colour"))
        for colour in CONNECTION_COLOURS:
            self.colour_combo.addItem(colour_icon(colour), colour_name(colour), colour)
        self.colour_combo.activated.connect(
            lambda _i: self._push_edge({"colour": self.colour_combo.currentData()})
        )
        form.addRow(self.tr("Colour"), self.colour_combo)

        self.edge_note_edit = NoteEdit()
        tell_reader(self.edge_note_edit, name=lambda: _tr("PropertiesPanel", "Note about this connection"))
        self.edge_note_edit.setPlaceholderText(self.tr("What this connection is like"))
        self.edge_note_edit.setTabChangesFocus(True)
        self.edge_note_edit.textChanged.connect(
            lambda: self._push_edge({"note": note_text(self.edge_note_edit)})
        )
        form.addRow(self.tr("Note"), self.edge_note_edit)
        self._edge_page = page
        self._pages.addWidget(page)

    def _build_many_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.many_label = self._heading("")
        layout.addWidget(self.many_label)
        hint = QLabel(self.tr("Drag one of them, or press the arrow keys, to move them together; "
                              "press Delete to remove them."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(1)
        self._many_page = page
        self._pages.addWidget(page)

    # ----- showing ---------------------------------------------------------------------------

    def map_hint_text(self) -> str:
        """What the panel says to do when nothing is selected."""
        return self._map_hint.text()

    def set_looking_back(self) -> None:
        """A past visit's twin: nothing here can be changed, so the hint only offers to show."""
        self._map_hint.setText(self.tr("Choose a person, group or line on the map to see it here."))


    def set_parent_words(self, on: bool) -> None:
        """Name the line styles and the arrows in the parent view's words (the toolbar's); a circle is
        named as on the map in either view."""
        self._parent_words = on
        strengths = self.strength_combo
        for index in range(strengths.count()):
            strengths.setItemText(index, labels.strength_words(strengths.itemData(index), on))
        if self._edge_id:
            self._fill_edge()  # the arrow's choices

    def _flow_words(self, flow: str, source: str, target: str) -> str:
        """One of the Support box's choices for the line shown (its ends named *source*, *target*)."""
        if self._parent_words:
            from .map_list.sentences import parent_flow_words  # the parent view's words, when first used

            return parent_flow_words(self._doc, self._edge_id, flow)
        return labels.flow_between(flow, source, target)

    def set_notes_shown(self, shown: bool) -> None:
        """Show or hide the notes on people and connections (the parent view hides the worker's)."""
        for field in (self.notes_edit, self.edge_note_edit):
            field.setVisible(shown)
            form = field.parentWidget().layout() if field.parentWidget() else None
            label = form.labelForField(field) if isinstance(form, QFormLayout) else None
            if label is not None:
                label.setVisible(shown)

    def show_selection(self, node_ids: list[str], edge_ids: list[str]) -> None:
        """Show the page for this selection (called by the window when the selection changes)."""
        self._node_id = node_ids[0] if len(node_ids) == 1 and not edge_ids else None
        self._edge_id = edge_ids[0] if len(edge_ids) == 1 and not node_ids else None
        if self._node_id:
            self._fill_node()
            self._pages.setCurrentWidget(self._node_page)
        elif self._edge_id:
            self._fill_edge()
            self._pages.setCurrentWidget(self._edge_page)
        elif node_ids or edge_ids:
            counts = (self.tr("%n people and groups", "", len(node_ids)) if node_ids else "",
                      self.tr("%n connections", "", len(edge_ids)) if edge_ids else "")
            self.many_label.setText(fill(self.tr("%1 selected"), ", ".join(part for part in counts if part)))
            self._pages.setCurrentWidget(self._many_page)
        else:
            self._fill_map()
            self._pages.setCurrentWidget(self._map_page)

    def current_page_name(self) -> str:
        """"map", "node", "edge" or "many" (for tests and accessibility)."""
        return {self._map_page: "map", self._node_page: "node", self._edge_page: "edge",
                self._many_page: "many"}[self._pages.currentWidget()]

    def _set_text(self, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
        if isinstance(widget, QLineEdit):
            if widget.text() != text:
                widget.setText(text)
                if not widget.hasFocus():
                    # setText leaves the cursor at the end, and a text wider than the field then shows
                    # its end only ("addad family — multi-agency review"): show its beginning.
                    widget.setCursorPosition(0)
        elif widget.toPlainText() != text:
            widget.setPlainText(text)

    def _fill_map(self) -> None:
        self._updating = True
        try:
            self._set_text(self.title_edit, self._doc.meta("title"))
        finally:
            self._updating = False

    def _fill_node(self) -> None:
        node = self._doc.node(self._node_id)
        is_centre = node["kind"] == "centre"
        self._updating = True
        try:
            self.node_heading.setText(
                self.tr("The family (centre)") if is_centre else labels.kind_name(node["kind"])
            )
            self.label_edit.setPlaceholderText(
                self.tr("Your name or your family's name") if is_centre else self.tr("Name")
            )
            # A reader hears an empty description as the placeholder: for a person that is "Name"
            # again, after the field's name.
            tell_reader(self.label_edit, description=lambda centre=is_centre: "" if centre else _tr(
                "PropertiesPanel", "As it is shown on the map"))
            self._set_text(self.label_edit, node["label"])
            for widget in (self.kind_combo, self._kind_label, self.ring_combo, self._ring_label,
                           self.category_combo, self._category_label, self._support_label,
                           *self.support_boxes.values()):
                widget.setVisible(not is_centre)
            self.household_editor.setVisible(is_centre)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(node["kind"])))
            self.category_combo.clear()
            for category in CATEGORIES:
                self.category_combo.addItem(labels.category_name(category), category)
            if node["category"] not in CATEGORIES:
                self.category_combo.addItem(node["category"], node["category"])
            self.category_combo.setCurrentIndex(self.category_combo.findData(node["category"]))
            self.ring_combo.setCurrentIndex(max(0, self.ring_combo.findData(node["ring"])))
            for kind, box in self.support_boxes.items():
                box.setChecked(kind in node["support"])
            self._set_text(self.notes_edit, node["notes"])
        finally:
            self._updating = False

    def _fill_edge(self) -> None:
        edge = self._doc.edge(self._edge_id)
        source = self._doc.node(edge["source"])["label"] or self.tr("(no name)")
        target = self._doc.node(edge["target"])["label"] or self.tr("(no name)")
        self._updating = True
        try:
            self.edge_heading.setText(fill(self.tr("%1 and %2"), source, target))
            self.strength_combo.setCurrentIndex(self.strength_combo.findData(edge["strength"]))
            for index, flow in enumerate(FLOWS):
                self.flow_combo.setItemText(index, self._flow_words(flow, source, target))
            self.flow_combo.setCurrentIndex(self.flow_combo.findData(edge["flow"]))
            index = self.colour_combo.findData(edge["colour"])
            if index < 0:
                colour = edge["colour"]
                self.colour_combo.addItem(colour_icon(colour), colour_name(colour), colour)
                index = self.colour_combo.count() - 1
            self.colour_combo.setCurrentIndex(index)
            self._set_text(self.edge_note_edit, edge["note"])
        finally:
            self._updating = False

    # ----- editing ---------------------------------------------------------------------------

    def _push_node(self, changes: dict) -> None:
        if self._updating or not self._node_id:
            return
        current = self._doc.node(self._node_id)
        if all(current.get(k) == v for k, v in changes.items()):
            return
        self._stack.push(EditNodeCommand(self._doc, self._node_id, changes))

    def _push_edge(self, changes: dict) -> None:
        if self._updating or not self._edge_id:
            return
        current = self._doc.edge(self._edge_id)
        if all(current.get(k) == v for k, v in changes.items()):
            return
        self._stack.push(EditEdgeCommand(self._doc, self._edge_id, changes))

    def _push_meta(self, key: str, value) -> None:
        if self._updating or self._doc.meta(key) == value:
            return
        self._stack.push(EditMetaCommand(self._doc, key, value))

    def _on_support_toggled(self, _checked: bool) -> None:
        chosen = [kind for kind, box in self.support_boxes.items() if box.isChecked()]
        self._push_node({"support": chosen})

    # ----- following the document ------------------------------------------------------------

    def _on_node_changed(self, node_id: str, _keys: list) -> None:
        if node_id == self._node_id:
            self._fill_node()
        elif self._edge_id and node_id in self._doc.edge_ends(self._edge_id):
            self._fill_edge()  # the heading names the ends

    def _on_edge_changed(self, edge_id: str, _keys: list) -> None:
        if edge_id == self._edge_id:
            self._fill_edge()

    def _on_removed(self, item_id: str) -> None:
        if item_id in (self._node_id, self._edge_id):
            self.show_selection([], [])

    def _on_reset(self) -> None:
        self.show_selection([], [])

    def _on_meta_changed(self, key: str) -> None:
        if key == "title" and self._pages.currentWidget() is self._map_page:
            self._fill_map()

