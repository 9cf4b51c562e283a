"""A tool button for an action that can say less when room is short: "Compare" for "Compare with an
earlier visit" on the visits strip, so that a narrow window keeps its room for the visits' dates."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

_SHOW_MNEMONIC = Qt.TextFlag.TextShowMnemonic  # how a tool button measures its text


class ShortFormButton(QToolButton):
    """A text-only button for *action* that shows its action's words, or, while whoever lays it out
    asks (`set_short`), *short_off* (*short_on* while a checkable action is on). Its least size is
    always that of the wider short form, so the words that can give way never hold a window wide,
    and switching the action never changes how narrow the window may be; its tooltip and accessible
    name keep the whole words."""

    def __init__(self, action: QAction, short_off: str, short_on: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._short_texts = (short_off, short_on or short_off)
        self._short = False
        self._widths: dict[tuple[str, int, str], int] = {}  # see _text_width
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setDefaultAction(action)
        # Not a tool button's Fixed: a layout short of room may then give it its least width (the
        # short form's), and no more than it asks for.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def is_short(self) -> bool:
        return self._short

    def set_short(self, short: bool) -> None:
        """Show the short words (True) or the action's own (False)."""
        if short != self._short:
            self._short = short
            self._show_form()

    def long_width(self) -> int:
        """Its width when it shows the action's own words."""
        return self._width_with(self.defaultAction().iconText())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(max(map(self._width_with, self._short_texts)), self.sizeHint().height())

    def _width_with(self, text: str) -> int:
        # The button as it is less its words, plus *text*: Qt's margins and the style's padding stay.
        return self.sizeHint().width() - self._text_width(self.text()) + self._text_width(text)

    def _text_width(self, text: str) -> int:
        """*text*'s width as the button measures it, in its font now. Measured once per font: a strip's
        layout asks for these widths at each of its passes (the least size, the whole words')."""
        key = (self.font().key(), self.logicalDpiX(), text)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = self.fontMetrics().size(_SHOW_MNEMONIC, text).width()
        return width

    def _show_form(self) -> None:
        action = self.defaultAction()
        self.setText(self._short_texts[action.isChecked()] if self._short else action.iconText())

    def actionEvent(self, event: QActionEvent) -> None:  # noqa: N802 - Qt's name
        # Qt puts the action's words back whenever the action changes (switched on or off): the
        # short ones again while they are asked for.
        super().actionEvent(event)
        if self._short and event.action() is self.defaultAction():
            self._show_form()
