"""In-place editing of a node's label: a text box laid over the node."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from ... import style
from .brush import solid_brush
from .text_layout import label_font
from . import item_types

EDITOR_Z = 1000.0


class LabelEditor(QGraphicsTextItem):
    """Edits one line of text; Enter (or clicking elsewhere) commits, Esc cancels."""

    Type = item_types.LABEL_EDITOR

    def type(self) -> int:  # Qt's name: this class's own number, not its Qt base class's
        return item_types.LABEL_EDITOR

    # Editing ended with this text (not yet validated or trimmed).
    committed = Signal(str)
    # Editing ended without a change.
    cancelled = Signal()
    # Typing or a paste reached the length limit; what went over it was not added.
    limit_reached = Signal()
    # Typed or pasted text was refused (see *accepts*); the text is back as it was.
    refused = Signal()
    # A key or a click moved the caret; its new place (for a screen reader: it says where it is).
    caret_moved = Signal(int)

    def __init__(self, text: str, width: float, max_length: int,
                 accepts: Callable[[str], bool] | None = None) -> None:
        super().__init__()
        self._max_length = max_length
        self._accepts = accepts
        self._accepted = (text, len(text))  # the last text *accepts* took, and the cursor in it
        self._restoring = False
        self._finished = False
        self.setFont(label_font(style.LABEL_FONT_SIZE))
        self.setDefaultTextColor(QColor(style.LABEL_COLOUR))
        self.setPlainText(text)
        self.setTextWidth(width)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        # Tab leaves the box (keeping the text) rather than typing a tab character.
        self.setTabChangesFocus(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setZValue(EDITOR_Z)
        # For an on-screen keyboard: one line of a name (no word guessing to "correct" names), and
        # its Enter key labelled Done, which commits like Enter.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemAcceptsInputMethod, True)
        self.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.document().contentsChanged.connect(self._enforce_limit)
        self._caret_told = self.textCursor().position()

    def select_all(self) -> None:
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def commit(self) -> None:
        if not self._finished:
            self._finished = True
            self.committed.emit(self.toPlainText())

    def cancel(self) -> None:
        if not self._finished:
            self._finished = True
            self.cancelled.emit()

    def is_finished(self) -> bool:
        return self._finished

    def _enforce_limit(self) -> None:
        if self._restoring:
            return
        text = self.toPlainText()
        if self._accepts is not None and not self._accepts(text):
            previous, cursor_at = self._accepted
            self._restoring = True
            try:
                self.setPlainText(previous)
            finally:
                self._restoring = False
            cursor = self.textCursor()
            cursor.setPosition(max(0, min(cursor_at, len(previous))))
            self.setTextCursor(cursor)
            self.refused.emit()
            return
        self._accepted = (text, self.textCursor().position())
        if len(text) > self._max_length:
            cursor = self.textCursor()
            cursor.setPosition(self._max_length)
            cursor.movePosition(cursor.MoveOperation.End, cursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            self.limit_reached.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)
            self._tell_caret()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        self._tell_caret()

    def _tell_caret(self) -> None:
        where = self.textCursor().position()
        if where != self._caret_told:
            self._caret_told = where
            self.caret_moved.emit(where)

    def inputMethodQuery(self, query: Qt.InputMethodQuery):  # noqa: N802 - Qt's name
        if query == Qt.InputMethodQuery.ImEnterKeyType:
            return Qt.EnterKeyType.EnterKeyDone
        return super().inputMethodQuery(query)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        # A popup (the input method, the menu that added this node) taking focus, or the window
        # losing activation (another window, or that menu closing late on a busy machine), is not
        # the user leaving the box: the name stays open for typing when the window comes back.
        if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self.commit()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QPen(QColor(style.HIGHLIGHT), 2.0))
        painter.setBrush(solid_brush(QColor("#ffffff")))
        painter.drawRoundedRect(super().boundingRect().adjusted(-3, -3, 3, 3), 6, 6)
        super().paint(painter, option, widget)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        # Room for the box drawn around the text.
        return super().boundingRect().adjusted(-4, -4, 4, 4)
