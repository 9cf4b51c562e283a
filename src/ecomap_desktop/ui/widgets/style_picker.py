"""The toolbar's line-style picker: how a connection feels, which way support flows, its colour.

It shows the real line drawings. The window uses its choice for new connections and applies a
change to any selected connections (as one undoable step).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ... import labels
from ...model.vocabulary import FLOWS, STRENGTHS
from ..icons.lines import colour_icon, flow_icon, strength_icon
from ..panels.properties import CONNECTION_COLOURS, colour_name


class LineStylePicker(QWidget):
    """Three combo boxes with pictures: strength, flow and colour."""

    # The user picked a strength, flow or colour: the changed key and its value.
    style_picked = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Line style for connections"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)

        self.strength_combo = QComboBox()
        self.strength_combo.setIconSize(QSize(64, 24))
        self.strength_combo.setAccessibleName(self.tr("How the connection feels"))
        self.strength_combo.setToolTip(
            self.tr("How the connection feels: strong, ordinary, weak or stressful")
        )
        for strength in STRENGTHS:
            self.strength_combo.addItem(strength_icon(strength), labels.strength_name(strength), strength)
        self.strength_combo.activated.connect(
            lambda _i: self.style_picked.emit("strength", self.strength_combo.currentData())
        )

        self.flow_combo = QComboBox()
        self.flow_combo.setIconSize(QSize(64, 24))
        self.flow_combo.setAccessibleName(self.tr("Which way support flows"))
        self.flow_combo.setToolTip(
            self.tr(
                "Which way support flows: the arrow points from the one who gives to the one who receives"
            )
        )
        for flow in FLOWS:
            self.flow_combo.addItem(flow_icon(flow), labels.flow_name(flow), flow)
        self.flow_combo.activated.connect(
            lambda _i: self.style_picked.emit("flow", self.flow_combo.currentData())
        )

        self.colour_combo = QComboBox()
        self.colour_combo.setAccessibleName(self.tr("Line colour"))
        self.colour_combo.setToolTip(self.tr("Line colour (the pattern of the line carries the meaning)"))
        for colour in CONNECTION_COLOURS:
            self.colour_combo.addItem(colour_icon(colour), colour_name(colour), colour)
        self.colour_combo.activated.connect(
            lambda _i: self.style_picked.emit("colour", self.colour_combo.currentData())
        )

        # Arrow and colour show only their picture (their words are in the tooltip and for screen
        # readers), so the toolbar fits a 1280-pixel screen with the side panel open.
        for combo in (self.flow_combo, self.colour_combo):
            for index in range(combo.count()):
                words = combo.itemText(index)
                combo.setItemData(index, words, Qt.ItemDataRole.ToolTipRole)
                combo.setItemData(index, words, Qt.ItemDataRole.AccessibleTextRole)
                combo.setItemText(index, "")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.strength_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        # An ordinary line is the calm default; the parent picks stronger or weaker ones as they talk.
        self.strength_combo.setCurrentIndex(self.strength_combo.findData("moderate"))

        # One height for the three, so their captions line up (the colour's picture is shorter).
        combos = (self.strength_combo, self.flow_combo, self.colour_combo)
        tallest = max(combo.sizeHint().height() for combo in combos)
        for combo in combos:
            combo.setMinimumHeight(tallest)
        for title, combo in ((self.tr("Line"), self.strength_combo), (self.tr("Arrow"), self.flow_combo),
                             (self.tr("Colour"), self.colour_combo)):
            column = QVBoxLayout()
            column.setSpacing(1)
            column.addWidget(combo)
            caption = QLabel(title)
            caption.setBuddy(combo)
            column.addWidget(caption)
            layout.addLayout(column)

    def current_style(self) -> tuple[str, str, str | None]:
        """(strength, flow, colour) for the next new connection."""
        return (self.strength_combo.currentData(), self.flow_combo.currentData(),
                self.colour_combo.currentData())

    def show_style(self, strength: str, flow: str, colour: str | None) -> None:
        """Reflect a selected connection's style without emitting a pick."""
        self.strength_combo.setCurrentIndex(self.strength_combo.findData(strength))
        self.flow_combo.setCurrentIndex(self.flow_combo.findData(flow))
        index = self.colour_combo.findData(colour)
        if index >= 0:
            self.colour_combo.setCurrentIndex(index)
