"""A text field that stays one line tall while it is empty and nobody is typing in it.

On a 768-pixel-high laptop screen the guide's week's-step box would otherwise take two lines of
height from the step's notes before anything is written in it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
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
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (1 if idle else self._lines) + 14)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.FontChange):
            QTimer.singleShot(0, self.refit)  # after the focus or font has really changed
        return False


def fold_when_idle(edit: QPlainTextEdit, lines: int) -> QPlainTextEdit:
    """Make *edit* one line tall while empty and unfocused, *lines* lines otherwise."""
    _IdleFold(edit, lines)
    return edit
