"""The toolbar's line-style picker: how a connection feels, which way support flows, its colour.

It shows the real line drawings and applies a change to the selected connections (as one undoable
step). New connections always start ordinary, with no arrow: a choice made for one line never
carries over to the next. For one selected connection the arrow's choices say in words which way
support goes ("Support comes to Okafor family").
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from ... import labels
from ...model.vocabulary import FLOWS, STRENGTHS
from ..icons.lines import colour_icon, flow_icon, strength_icon
from .reader_language import tell_reader
from ecomap_desktop.i18n import translate as _tr
from ..panels.properties import CONNECTION_COLOURS, colour_name


# The style every new connection starts with.
NEW_CONNECTION_STYLE: tuple[str, str, str | None] = ("moderate", "none", None)


class PictureCombo(QComboBox):
    """A combo box that shows only the chosen item's picture; its list names each choice in words.

    Keeps the toolbar narrow enough for a 1280-pixel screen while the choices still read plainly.
    Qt draws and sizes it (no QStyle from Python: its Python types and their ~600 enum values cost
    ~4 ms of every start): the box is given no words to draw, and is as wide as a box of the style
    holding the picture and no words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(0)

    def initStyleOption(self, option: QStyleOptionComboBox) -> None:  # noqa: N802 - Qt's name
        # What QComboBox draws the closed box from: the picture, no words (a screen reader still
        # reads the chosen words: they stay the box's current text).
        super().initStyleOption(option)
        option.currentText = ""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Room for the whole picture and the arrow, none for words: the width the style gives a box
        # whose one choice is a picture with no words. The height is the toolbar's (LineStylePicker
        # gives its three boxes the tallest's height, the line box's, which holds words).
        return QSize(_picture_box_width(self.iconSize(), self.font()), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        # The list is as wide as its words, not as the narrow box.
        view = self.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 8)
        super().showPopup()


# (icon width, icon height, font) -> width: a layout asks for the size hint again and again.
_picture_box_widths: dict[tuple[int, int, str], int] = {}


def _picture_box_width(icon_size: QSize, font: QFont) -> int:
    """The width the style gives a combo box whose one choice is a picture of *icon_size* with no
    words, in *font*: Qt's own size for a box that fits its contents (a picture and 4 pixels)."""
    key = (icon_size.width(), icon_size.height(), font.key())
    width = _picture_box_widths.get(key)
    if width is None:
        measure = QComboBox()  # never shown; deleted on return
        measure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        measure.setFont(font)
        measure.setIconSize(icon_size)
        measure.addItem(QIcon(QPixmap(1, 1)), "")
        width = _picture_box_widths[key] = measure.sizeHint().width()
    return width


class LineStylePicker(QWidget):
    """Three combo boxes with pictures: strength, flow and colour."""

    # The user picked a strength, flow or colour: the changed key and its value.
    style_picked = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tell_reader(self, name=lambda: _tr("LineStylePicker", "Line style for connections"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)

        self.strength_combo = QComboBox()
        self.strength_combo.setIconSize(QSize(64, 24))
        tell_reader(self.strength_combo, name=lambda: _tr("LineStylePicker", "How the connection feels"))
        for strength in STRENGTHS:
            self.strength_combo.addItem(strength_icon(strength), labels.strength_name(strength), strength)
        self.set_parent_words(False)
        self.strength_combo.activated.connect(
            lambda _i: self.style_picked.emit("strength", self.strength_combo.currentData())
        )

        self.flow_combo = PictureCombo()
        self.flow_combo.setIconSize(QSize(64, 24))
        tell_reader(self.flow_combo, name=lambda: _tr("LineStylePicker", "Which way support flows"))
        self._flow_tip = self.tr(
            "Which way support flows: the arrow points from the one who gives to the one who receives")
        self.flow_combo.setToolTip(self._flow_tip)
        # Always, even while the tooltip is the choice on show (which a reader hears already).
        tell_reader(self.flow_combo, description=lambda: _tr(
            "LineStylePicker",
            "Which way support flows: the arrow points from the one who gives to the one who receives"))
        for flow in FLOWS:
            self.flow_combo.addItem(flow_icon(flow), labels.flow_name(flow), flow)
        self.flow_combo.activated.connect(
            lambda _i: self.style_picked.emit("flow", self.flow_combo.currentData())
        )
        # The closed box shows a picture only: its tooltip says the choice in words.
        self.flow_combo.currentIndexChanged.connect(
            lambda _i: self.flow_combo.setToolTip(self.flow_combo.currentText()))

        self.colour_combo = PictureCombo()
        tell_reader(self.colour_combo, name=lambda: _tr("LineStylePicker", "Line colour"))
        self.colour_combo.setToolTip(self.tr("Line colour (the pattern of the line carries the meaning)"))
        for colour in CONNECTION_COLOURS:
            self.colour_combo.addItem(colour_icon(colour), colour_name(colour), colour)
        self.colour_combo.activated.connect(
            lambda _i: self.style_picked.emit("colour", self.colour_combo.currentData())
        )

        # Arrow and colour show only their picture in the box (PictureCombo) and their words in the
        # list, the tooltip and for screen readers, so the toolbar fits a 1280-pixel screen.
        self._set_flow_words({flow: labels.flow_name(flow) for flow in FLOWS})
        for index in range(self.colour_combo.count()):
            words = self.colour_combo.itemText(index)
            self.colour_combo.setItemData(index, words, Qt.ItemDataRole.ToolTipRole)
            self.colour_combo.setItemData(index, words, Qt.ItemDataRole.AccessibleTextRole)
        self.strength_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        # An ordinary line is the calm default; the parent picks stronger or weaker ones as they talk.
        self.show_style(*NEW_CONNECTION_STYLE)

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

    def set_parent_words(self, on: bool) -> None:
        """Name the line styles in the parent view's words (or the usual ones), in the list and in
        what the tooltip and a screen reader say of the box."""
        combo = self.strength_combo
        for index in range(combo.count()):
            combo.setItemText(index, labels.strength_words(combo.itemData(index), on))
        tip = (self.tr("How the connection feels: a big help, some help, distant or hard going") if on
               else self.tr("How the connection feels: strong, ordinary, weak or stressful"))
        combo.setToolTip(tip)

    def current_style(self) -> tuple[str, str, str | None]:
        """(strength, flow, colour) as shown."""
        return (self.strength_combo.currentData(), self.flow_combo.currentData(),
                self.colour_combo.currentData())

    def _set_flow_words(self, words: dict[str, str]) -> None:
        for index in range(self.flow_combo.count()):
            text = words[self.flow_combo.itemData(index)]
            self.flow_combo.setItemText(index, text)
            self.flow_combo.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
            self.flow_combo.setItemData(index, text, Qt.ItemDataRole.AccessibleTextRole)

    def show_connection(self, strength: str, flow: str, colour: str | None, end_name: str,
                        end_is_target: bool, flow_words: dict[str, str] | None = None) -> None:
        """Show one selected connection's style, its arrow choices in words seen from *end_name*
        (the family when the line touches it), or in *flow_words* (the parent view's, for each
        flow), without emitting a pick."""
        seen_from_end = {f: labels.flow_seen_from(f, end_name, end_is_target) for f in FLOWS}
        self._set_flow_words(flow_words or seen_from_end)
        self._show(strength, flow, colour)
        self.flow_combo.setToolTip(self.flow_combo.currentText())

    def show_style(self, strength: str, flow: str, colour: str | None) -> None:
        """Show a style with the arrow's general words (no one connection selected), emitting nothing."""
        self._set_flow_words({f: labels.flow_name(f) for f in FLOWS})
        self._show(strength, flow, colour)
        self.flow_combo.setToolTip(self._flow_tip)

    def _show(self, strength: str, flow: str, colour: str | None) -> None:
        self.strength_combo.setCurrentIndex(self.strength_combo.findData(strength))
        self.flow_combo.setCurrentIndex(self.flow_combo.findData(flow))
        index = self.colour_combo.findData(colour)
        if index >= 0:
            self.colour_combo.setCurrentIndex(index)
