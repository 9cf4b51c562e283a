"""A drop-down list whose chosen text wraps onto more lines instead of being cut at the box's edge.

Details' Support box names both ends of a line ("Support flows from Eastside Family Resource Center
to County Social Services"): no one-line box fits every pair of names, least of all in Spanish and
the parent view's bigger text at 1280 x 720. This box grows taller for the chosen text, is as narrow
as its panel allows, carries the whole text as its tooltip, and opens a list as wide as its longest
choice (Qt widens the list to fit).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

_WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
MIN_CHARACTERS = 12  # the least width the box asks for, in characters (its panel decides the rest)


class WrappingComboBox(QComboBox):
    """A QComboBox that shows its current text whole, on as many lines as it needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(MIN_CHARACTERS)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._height = 0  # the height the chosen text needs at the present width (0: one line's)
        self.currentIndexChanged.connect(self._text_changed)

    def setItemText(self, index: int, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setItemText(index, text)
        if index == self.currentIndex():
            self._text_changed()

    def _text_changed(self, *_args) -> None:
        self.setToolTip(self.currentText())
        self._fit()

    def _text_rect(self) -> QRect:
        """Where the chosen text is drawn: the box's field, less its icon."""
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox  # named only once a box is drawn

        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        rect = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self)
        if not option.currentIcon.isNull():
            rect.setLeft(rect.left() + option.iconSize.width() + 4)
        return rect

    def _fit(self) -> None:
        """Grow (or shrink back) to the height the chosen text needs at the box's present width.

        Only once the box is on show (showEvent fits it then): the Details panel is built with the
        window, its line page hidden, and asking the style here would build QStyle's Python types
        at every start (tests/test_startup.py)."""
        if not self.isVisible():
            return
        plain = super().sizeHint().height()
        field = self._text_rect()
        if field.width() <= 0:
            return
        needed = self.fontMetrics().boundingRect(QRect(0, 0, field.width(), 100000), _WRAP,
                                                 self.currentText()).height()
        height = max(plain, plain - self.fontMetrics().height() + needed)
        if height != self._height:
            self._height = height
            self.setFixedHeight(height)
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._height))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name): a new font or style
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = option.currentText
        option.currentText = ""
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)  # the icon alone
        self.style().drawItemText(painter, self._text_rect(), int(_WRAP), option.palette, self.isEnabled(),
                                  text, QPalette.ColorRole.ButtonText)
