"""What a screen reader hears while a name is typed on the canvas: each change to the open name box's
text (what was typed, taken away or typed over, and where) and each move of its caret, sent with the
name box's interface (accessible_items.NameBoxAccessible), as Qt's own line edits send theirs. Made
by accessible.CanvasReader the first time a reader meets a name box.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAccessibleInterface,
    QAccessibleTextCursorEvent,
    QAccessibleTextInsertEvent,
    QAccessibleTextRemoveEvent,
    QAccessibleTextUpdateEvent,
)

from ..widgets import announce as speech

# Set on a name box once its typing is followed, so that it is followed once.
_FOLLOWED_PROPERTY = "readerFollowsTyping"


class TypingTeller(QObject):
    """Follows the name boxes of one canvas for its CanvasReader (its parent)."""

    def __init__(self, reader: QObject) -> None:
        super().__init__(reader)
        self._reader = reader
        self._text = ""  # the open name box's text as the reader was last told it

    def follow(self, editor: QObject) -> None:
        """Tell the reader what is typed in *editor* (a LabelEditor), and where its caret goes, from
        now on (nothing new if it is followed already)."""
        if editor.property(_FOLLOWED_PROPERTY):
            return
        editor.setProperty(_FOLLOWED_PROPERTY, True)
        self._text = editor.toPlainText()
        editor.document().contentsChanged.connect(self._on_typed)
        editor.caret_moved.connect(self._on_caret_moved)

    def _box(self) -> tuple[QObject | None, QAccessibleInterface | None]:
        """The open name box and its interface (None, None while none is open or read)."""
        editor = self._reader.scene.label_editor()
        box = self._reader.name_box() if editor is not None else None
        return (editor, box) if box is not None else (None, None)

    def _on_typed(self) -> None:
        editor, box = self._box()
        if editor is None:
            return
        before, now = self._text, editor.toPlainText()
        self._text = now
        if before != now and speech.screen_reader_active():
            speech.send(text_change(box, before, now))

    def _on_caret_moved(self, position: int) -> None:
        _editor, box = self._box()
        if box is not None and speech.screen_reader_active():
            speech.send(QAccessibleTextCursorEvent(box, position))


def text_change(box: QAccessibleInterface, before: str, now: str) -> QAccessibleTextCursorEvent:
    """The event telling a reader how the text of *box* went from *before* to *now*: what was typed
    (inserted), taken away (removed) or typed over (updated), and where (in Qt's UTF-16 offsets)."""
    same = 0
    while same < min(len(before), len(now)) and before[same] == now[same]:
        same += 1
    tail = 0
    while tail < min(len(before), len(now)) - same and before[-1 - tail] == now[-1 - tail]:
        tail += 1
    removed, typed = before[same:len(before) - tail], now[same:len(now) - tail]
    position = len(before[:same].encode("utf-16-le")) // 2
    if removed and typed:
        return QAccessibleTextUpdateEvent(box, position, removed, typed)
    if typed:
        return QAccessibleTextInsertEvent(box, position, typed)
    return QAccessibleTextRemoveEvent(box, position, removed)
