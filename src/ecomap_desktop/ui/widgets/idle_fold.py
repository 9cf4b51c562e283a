"""A text field that stays one line tall while it is empty and nobody is typing in it.

On a 768-pixel-high laptop screen the guide's week's-step box would otherwise take two lines of
height from the step's notes before anything is written in it. Its example (the placeholder) is
still shown whole: where it wraps (a narrow panel, the parent view's bigger text, a longer
translation) the empty box is as many lines tall as the example takes.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QPlainTextEdit


class _IdleFold(QObject):
    def __init__(self, edit: QPlainTextEdit, lines: int) -> None:
        super().__init__(edit)
        self._edit = edit
        self._lines = lines
        edit.installEventFilter(self)
        edit.textChanged.connect(self.refit)
        self.refit()

    def refit(self) -> None:
        edit = self._edit
        idle = not edit.hasFocus() and not edit.toPlainText()
        lines = self._example_lines() if idle else max(self._lines, self._example_lines())
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)

    def _example_lines(self) -> int:
        """How many lines the placeholder takes at the field's width (1 without one)."""
        edit = self._edit
        text = edit.placeholderText()
        width = _text_width(edit) - math.ceil(2 * edit.document().documentMargin())
        if not text or width <= 0:
            return 1
        metrics = edit.fontMetrics()
        wrapped = metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt.TextFlag.TextWordWrap, text)
        return max(1, round(wrapped.height() / metrics.lineSpacing()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.FontChange,
                            QEvent.Type.Resize):
            QTimer.singleShot(0, self, self.refit)  # after the focus or font has really changed
        return False


def _text_width(edit: QPlainTextEdit) -> int:
    """The width of *edit*'s viewport, worked out from the field and its scroll bar: asking for
    viewport() at start-up made PySide wrap the viewport Qt made by trying every widget class it has,
    each built on first use (~4 ms, before the window is drawn)."""
    width = edit.maximumViewportSize().width()  # the viewport's room with no scroll bar shown
    bar = edit.verticalScrollBar()
    if bar.isVisibleTo(edit):
        width -= bar.sizeHint().width()
    return width


def fold_when_idle(edit: QPlainTextEdit, lines: int) -> QPlainTextEdit:
    """Make *edit* one line tall while empty and unfocused, *lines* lines otherwise."""
    _IdleFold(edit, lines)
    return edit
