"""Text fields that stop at the map's length limit while typing, and say so where the user looks.

A name longer than the limit could never be saved whole: rather than cut it later without a word,
typing (or pasting) stops at the limit and a short note appears under the field. Notes (NoteEdit)
do the same at the limit for a note: the map refuses a longer one, which left a pasted book on show
in the field but nothing of it in the map.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsItem, QLineEdit, QPlainTextEdit, QToolTip, QWidget

from ecomap_desktop.i18n import fill, translate as _tr

from ...model.vocabulary import MAX_NOTE
from .swipe_scroll import swipe_to_scroll


def limit_message(limit: int) -> str:
    return fill(_tr("LengthLimit", "This can be at most %1 characters long; the typing stops there."),
                str(limit))


def show_limit_note(widget: QWidget, limit: int, at: QPoint | None = None) -> None:
    """Show the limit's note under *widget* (or at *at*, in global coordinates)."""
    point = at if at is not None else widget.mapToGlobal(QPoint(0, widget.height()))
    QToolTip.showText(point, limit_message(limit), widget)


def show_limit_note_under(item: QGraphicsItem, limit: int) -> None:
    """Show the note under a box on the canvas, in each view that shows it."""
    scene = item.scene()
    for view in scene.views() if scene is not None else ():
        corner = view.mapFromScene(item.sceneBoundingRect().bottomLeft())
        show_limit_note(view, limit, view.viewport().mapToGlobal(corner))


class _LimitWatcher(QObject):
    """Notices a key press or a paste that the field's length limit refused."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.installEventFilter(self)
        edit.textEdited.connect(self._on_edited)

    def _on_edited(self, text: str) -> None:
        # A paste is cut to the limit by QLineEdit itself; what arrives is then exactly the limit.
        if len(text) >= self._edit.maxLength():
            show_limit_note(self._edit, self._edit.maxLength())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            edit = self._edit
            typing = bool(event.text()) and event.text().isprintable()
            if typing and len(edit.text()) >= edit.maxLength() and not edit.hasSelectedText():
                show_limit_note(edit, edit.maxLength())
        return False


def limit_length(edit: QLineEdit, limit: int) -> QLineEdit:
    """Make *edit* stop at *limit* characters and say so when typing or pasting reaches it."""
    edit.setMaxLength(limit)
    _LimitWatcher(edit)
    return edit


def one_line_end(text: str) -> str:
    """*text* with Windows' and old Mac line ends ("\r\n", "\r") as "\n": the one character each
    becomes in a note, so the limit counts what the note keeps (a pasted Windows note of 20,000
    characters was cut at 18,182, each line end counted twice)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


class NoteEdit(QPlainTextEdit):
    """A note field that stops at the map's limit for a note (typing, pasting, dropping) and says so.

    A finger swipes its own text first when there is more than it shows, and the panel it is in only
    past the text's end or start: see swipe_scroll.py."""

    def __init__(self, limit: int = MAX_NOTE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._limit = limit
        swipe_to_scroll(self)

    def room(self) -> int:
        """How many more characters fit, counting what is selected as gone (it is typed over)."""
        return self._limit - (len(self.toPlainText()) - len(self.textCursor().selectedText()))

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        original = source.text() if source.hasText() else ""
        text = one_line_end(original)
        room = self.room()
        if len(text) <= room:
            if text == original:
                super().insertFromMimeData(source)
            else:
                self.insertPlainText(text)
            return
        if room > 0:  # as much as fits, as one step of the field's own undo
            self.insertPlainText(text[:room])
        show_limit_note(self, self._limit)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        typed = event.text()
        if typed and (typed.isprintable() or typed in "\r\n") and len(typed) > self.room():
            show_limit_note(self, self._limit)
            event.accept()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt's name
        # Text an input method commits (accents composed, Chinese, an on-screen keyboard) comes here,
        # not as a key press: cut to what fits, as typing is.
        committed = one_line_end(event.commitString())
        room = self.room() + max(event.replacementLength(), 0)
        if committed == event.commitString() and len(committed) <= room:
            super().inputMethodEvent(event)
            return
        cut = QInputMethodEvent(event.preeditString(), event.attributes())
        cut.setCommitString(committed[:max(room, 0)], event.replacementStart(), event.replacementLength())
        super().inputMethodEvent(cut)
        if len(committed) > room:
            show_limit_note(self, self._limit)
