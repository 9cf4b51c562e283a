"""The guide's connection stepper: walks the map's lines one at a time, round the family.

For the line on show it names the two ends, offers the four line styles and the four ways help can
go (seen from the family when the line touches the centre), and pushes the choice as an undo command.
Given the canvas scene it selects the line there, so the parent sees which one is meant.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from .... import labels
from ....analysis.connections import connection_order, flow_for_direction, flow_for_family
from ....model.commands import EditEdgeCommand
from ....model.document import Document
from ....model.vocabulary import STRENGTHS
from ...icons.lines import flow_icon, strength_icon
from ...widgets import announce as speech
from ...widgets.ampersands import keep_ampersands
from ...widgets.least_height import set_least_height
from ...widgets.reader_language import tell_reader
from ecomap_desktop.i18n import fill, translate as _tr

# The ways help can go, seen from the family, in the order of their buttons.
FAMILY_DIRECTIONS = ("to_family", "from_family", "both", "none")

_CHOICE_STYLE = (
    "QPushButton#lineChoice { border: 1px solid #9a9a9a; border-radius: 4px; background: #ffffff;"
    " padding: 3px 6px; text-align: left; }"
    "QPushButton#lineChoice:hover { border-color: #0072b2; }"
    "QPushButton#lineChoice:checked { border: 3px solid #0072b2; background: #e3f0fa; font-weight: bold; }"
)


class ConnectionStepper(QFrame):
    """One line at a time: its ends, Previous and Next, its style and which way help goes."""

    def __init__(self, document: Document, undo_stack: QUndoStack) -> None:
        super().__init__()
        self._doc = document
        self._stack = undo_stack
        self._scene = None
        self._parent_view = False
        self._edge_id: str | None = None
        self.setObjectName("connectionStepper")
        tell_reader(self, name=lambda: _tr("GuidePanel", "One line at a time"))  # what speaks for Next line
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The chosen style stands out by a thick border and bold words, not by colour alone.
        self.setStyleSheet(_CHOICE_STYLE)
        box = QVBoxLayout(self)
        box.setSpacing(4)
        self.connection_count_label = QLabel()
        self.connection_name_label = QLabel()
        self.connection_name_label.setWordWrap(True)
        self.connection_name_label.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.connection_count_label)
        box.addWidget(self.connection_name_label)

        nav = QHBoxLayout()
        self.previous_button = QPushButton(_tr("GuidePanel", "◀ Previous line"))
        tell_reader(self.previous_button, name=lambda: _tr("GuidePanel", "Previous line"))
        set_least_height(self.previous_button, 36)
        self.previous_button.clicked.connect(lambda: self.step_connection(-1))
        self.next_button = QPushButton(_tr("GuidePanel", "Next line ▶"))
        tell_reader(self.next_button, name=lambda: _tr("GuidePanel", "Next line"))
        set_least_height(self.next_button, 36)
        self.next_button.clicked.connect(lambda: self.step_connection(1))
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)
        box.addLayout(nav)

        self._feel_label = QLabel(_tr("GuidePanel", "How does it feel?"))
        box.addWidget(self._feel_label)
        self.strength_group = QButtonGroup(self)
        self.strength_buttons: dict[str, QPushButton] = {}
        for strength in STRENGTHS:
            button = self._choice_button(strength_icon(strength, 56, 22))
            button.clicked.connect(partial(self._set_edge_value, "strength", strength))
            self.strength_group.addButton(button)
            self.strength_buttons[strength] = button
            box.addWidget(button)

        self._way_label = QLabel(_tr("GuidePanel", "Which way does help go?"))
        box.addWidget(self._way_label)
        self.flow_group = QButtonGroup(self)
        self.flow_buttons: dict[str, QPushButton] = {}
        for direction in FAMILY_DIRECTIONS:
            button = self._choice_button(QIcon())
            button.clicked.connect(partial(self._on_direction_clicked, direction))
            self.flow_group.addButton(button)
            self.flow_buttons[direction] = button
            box.addWidget(button)

        self.no_connection_label = QLabel(
            _tr("GuidePanel", "There are no lines yet. Select two people or groups and press Connect, "
                "or drag from the + on a circle.")
        )
        self.no_connection_label.setWordWrap(True)
        box.addWidget(self.no_connection_label)
        self._stepper_widgets = [self.connection_count_label, self.connection_name_label,
                                 self.previous_button, self.next_button, self._feel_label, self._way_label,
                                 *self.strength_buttons.values(), *self.flow_buttons.values()]

    def _choice_button(self, icon: QIcon) -> QPushButton:
        button = QPushButton()
        button.setObjectName("lineChoice")
        button.setCheckable(True)
        # One choice of each set: a screen reader meets them as radio buttons (a tool button would
        # read as a check box).
        button.setAutoExclusive(True)
        button.setIcon(icon)
        button.setIconSize(QSize(56, 22))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        set_least_height(button, 34)
        return button

    # ----- the canvas ------------------------------------------------------------------------

    def set_scene(self, scene) -> None:
        """Select the line on show in *scene* (a MapScene), and follow a line selected there."""
        if self._scene is not None:
            self._scene.selection_ids_changed.disconnect(self._on_scene_selection)
        self._scene = scene
        if scene is not None:
            scene.selection_ids_changed.connect(self._on_scene_selection)

    def _on_scene_selection(self) -> None:
        edges = self._scene.selected_edge_ids()
        if len(edges) == 1 and not self._scene.selected_node_ids() and edges[0] != self._edge_id:
            self._edge_id = edges[0]
            self.fill()

    # ----- walking the connections -----------------------------------------------------------

    def current_connection(self) -> str | None:
        return self._edge_id if self._edge_id and self._doc.has_edge(self._edge_id) else None

    def step_connection(self, delta: int) -> str | None:
        """Go to the next (delta=1) or previous (-1) connection, round the map; select it on the canvas."""
        order = connection_order(self._doc)
        if not order:
            return None
        current = self.current_connection()
        if current in order:
            index = (order.index(current) + delta) % len(order)
        else:
            index = 0 if delta > 0 else len(order) - 1
        self.select_connection(order[index])
        self._announce_line()
        return order[index]

    def _announce_line(self) -> None:
        # Previous and Next keep the focus, so a screen reader would not notice the line change.
        chosen = [b.text() for b in (*self.strength_buttons.values(), *self.flow_buttons.values())
                  if b.isChecked()]
        parts = [self.connection_count_label.text(), self.connection_name_label.text(), *chosen]
        speech.announce(self, ". ".join(part.rstrip(".") for part in parts if part) + ".")

    def select_connection(self, edge_id: str) -> None:
        self._edge_id = edge_id
        if self._scene is not None:
            self._scene.select_ids([], [edge_id])
            item = self._scene.edge_item(edge_id) if hasattr(self._scene, "edge_item") else None
            if item is not None:
                for view in self._scene.views():
                    view.ensureVisible(item.sceneBoundingRect(), 40, 40)
        self.fill()

    def forget(self) -> None:
        """A new map: start again from its first line."""
        self._edge_id = None

    def set_parent_view(self, on: bool) -> None:
        """Name the line styles in the parent's words (on) or the worker's."""
        self._parent_view = on
        self.fill()

    def _set_edge_value(self, key: str, value: str) -> None:
        edge_id = self.current_connection()
        if edge_id is None or self._doc.edge(edge_id)[key] == value:
            self.fill()
            return
        self._stack.push(EditEdgeCommand(self._doc, edge_id, {key: value}))

    def _on_direction_clicked(self, direction: str) -> None:
        edge_id = self.current_connection()
        if edge_id is None:
            return
        source, target = self._doc.edge_ends(edge_id)
        centre = self._doc.centre_id
        if centre in (source, target):
            flow = flow_for_direction(direction, source, target, centre)
        else:  # two outer nodes: the buttons name the ends directly
            flow = {"to_family": "to_target", "from_family": "to_source"}.get(direction, direction)
        self._set_edge_value("flow", flow)

    def _name(self, node_id: str) -> str:
        return self._doc.node(node_id)["label"] or _tr("GuidePanel", "(no name)")

    # ----- following the document ------------------------------------------------------------

    def on_edge_changed(self, edge_id: str) -> None:
        if edge_id == self._edge_id:
            self.fill()

    def on_node_changed(self, node_id: str, keys: list) -> None:
        if "label" in keys and self._edge_id and self.current_connection() \
                and node_id in self._doc.edge_ends(self._edge_id):
            self.fill()

    def fill(self) -> None:
        """Show the current line (the first round the map when there is none yet)."""
        order = connection_order(self._doc)
        edge_id = self.current_connection()
        if edge_id is None and order:
            edge_id = self._edge_id = order[0]
        for widget in self._stepper_widgets:
            widget.setVisible(edge_id is not None)
        self.no_connection_label.setVisible(edge_id is None)
        if edge_id is None:
            return
        edge = self._doc.edge(edge_id)
        source, target = edge["source"], edge["target"]
        centre = self._doc.centre_id
        self.connection_count_label.setText(
            fill(_tr("GuidePanel", "Line %1 of %2"), str(order.index(edge_id) + 1), str(len(order))))
        if centre in (source, target):
            other = target if source == centre else source
            self.connection_name_label.setText(
                fill(_tr("GuidePanel", "%1 and the family"), self._name(other)))
        else:
            both = _tr("GuidePanel", "%1 and %2")
            self.connection_name_label.setText(fill(both, self._name(source), self._name(target)))
        self.previous_button.setEnabled(len(order) > 1)
        self.next_button.setEnabled(len(order) > 1)
        for strength, button in self.strength_buttons.items():
            button.setText(labels.strength_words(strength, self._parent_view))
            button.setAccessibleName(button.text())
            button.setChecked(edge["strength"] == strength)
        direction = flow_for_family(edge["flow"], source, target, centre)
        for key, button in self.flow_buttons.items():
            if direction is not None:
                words = labels.family_flow_name(key, self._parent_view)
                stored = flow_for_direction(key, "other", "family", "family")  # family drawn on the right
                button.setChecked(direction == key)
            else:
                stored = {"to_family": "to_target", "from_family": "to_source"}.get(key, key)
                words = labels.flow_between(stored, self._name(source), self._name(target))
                button.setChecked(edge["flow"] == stored)
            button.setText(keep_ampersands(words))  # "AT&T helps Tom & Jerry" whole on the button
            button.setIcon(flow_icon(stored, 56, 22))
            button.setAccessibleName(words)


class StepperHolder:
    """The guide's connection stepper, built the first time it is needed (the Lines step's page shown,
    or one of its parts asked for): the guide starts without it. Until then it notes the line last
    chosen alone on the canvas, as the stepper would have, and the stepper starts from that line."""

    def __init__(self, document: Document, undo_stack: QUndoStack,
                 on_built: Callable[[ConnectionStepper], object]) -> None:
        self._doc, self._stack, self._on_built = document, undo_stack, on_built
        self.built: ConnectionStepper | None = None
        self._scene = None
        self._parent_view = False
        self._line_chosen: str | None = None

    @property
    def stepper(self) -> ConnectionStepper:
        """The stepper (built now if it has not been yet)."""
        if self.built is None:
            stepper = self.built = ConnectionStepper(self._doc, self._stack)
            if self._scene is not None:
                self._scene.selection_ids_changed.disconnect(self._note_line_chosen)  # it follows it now
            stepper.set_scene(self._scene)
            stepper._edge_id = self._line_chosen
            if self._parent_view:
                stepper.set_parent_view(True)
            self._on_built(stepper)
        return self.built

    def set_scene(self, scene) -> None:
        if self.built is not None:
            self.built.set_scene(scene)
        else:
            if self._scene is not None:
                self._scene.selection_ids_changed.disconnect(self._note_line_chosen)
            if scene is not None:
                scene.selection_ids_changed.connect(self._note_line_chosen)
        self._scene = scene

    def _note_line_chosen(self) -> None:
        edges = self._scene.selected_edge_ids()
        if len(edges) == 1 and not self._scene.selected_node_ids():
            self._line_chosen = edges[0]

    def set_parent_view(self, on: bool) -> None:
        self._parent_view = on
        if self.built is not None:
            self.built.set_parent_view(on)

    def forget(self) -> None:
        """A new map: start again from its first line."""
        self._line_chosen = None
        if self.built is not None:
            self.built.forget()

    def on_edge_changed(self, edge_id: str) -> None:
        if self.built is not None:  # else it shows the line as it is then
            self.built.on_edge_changed(edge_id)

    def on_node_changed(self, node_id: str, keys: list) -> None:
        if self.built is not None:
            self.built.on_node_changed(node_id, keys)
