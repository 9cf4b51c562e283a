"""Notes stop at the map's limit for a note, while typing and pasting, and the field says so: a
pasted book is cut to the limit, and what the field shows is what the map keeps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QToolTip

from ecomap_desktop.model.commands import AddEdgeCommand, AddNodeCommand
from ecomap_desktop.model.vocabulary import MAX_NOTE
from window_support import open_window

BOOK = "Ana helps on Saturdays. " * (MAX_NOTE // 24 + 400)  # longer than the limit


def _said_so() -> bool:
    return f"at most {MAX_NOTE} characters" in QToolTip.text()


@pytest.fixture
def window(qtbot):
    window = open_window(qtbot)
    doc = window.document
    add = AddNodeCommand(doc, {"label": "Ana", "x": 200.0, "y": 0.0})
    window.undo_stack.push(add)
    line = AddEdgeCommand(doc, add.node_id, doc.centre_id)
    window.undo_stack.push(line)
    window.ana, window.line = add.node_id, line.edge_id
    yield window
    window.undo_stack.setClean()


def _fields(window):
    """(field, what the map keeps of it) for every note field of the window."""
    doc, guide, props = window.document, window.conversation.guide, window.properties
    guide.build_pages()
    return [
        (lambda: props.notes_edit, lambda: doc.node(window.ana)["notes"], (window.ana,), ()),
        (lambda: props.edge_note_edit, lambda: doc.edge(window.line)["note"], (), (window.line,)),
        (lambda: guide.commitment_edit, lambda: doc.meta("commitment"), (), ()),
        (lambda: guide.worker_notes_edit, lambda: doc.meta("worker_notes"), (), ()),
        (lambda: guide.built_notes_edits["people"], lambda: doc.meta("step_notes").get("people", ""), (), ()),
        (lambda: guide.built_reflection_edit, lambda: doc.meta("reflection"), (), ()),
    ]


@pytest.mark.parametrize("which", range(6))
def test_a_pasted_book_is_cut_to_the_limit_kept_whole_up_to_it_and_said(window, qtbot, which):
    field, kept, nodes, edges = _fields(window)[which]
    window.scene.select_ids(nodes, edges)
    edit = field()
    edit.setFocus()
    QToolTip.hideText()
    QApplication.clipboard().setText(BOOK)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == BOOK[:MAX_NOTE]
    assert kept() == BOOK[:MAX_NOTE]  # the field and the map agree: nothing shown is lost on Save
    assert _said_so()
    QToolTip.hideText()
    qtbot.keyClicks(edit, "xyz")  # at the limit, typing stops and says why
    assert edit.toPlainText() == BOOK[:MAX_NOTE] and _said_so()
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # below the limit again, typing goes on
    qtbot.keyClicks(edit, "!")
    assert kept().endswith("!") and len(kept()) <= MAX_NOTE


def test_a_paste_into_a_full_note_over_a_selection_replaces_it(window, qtbot):
    guide = window.conversation.guide
    edit = guide.commitment_edit
    edit.setFocus()
    edit.setPlainText("x" * MAX_NOTE)
    edit.selectAll()
    QApplication.clipboard().setText("Call my sister on Saturday.")
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.document.meta("commitment") == "Call my sister on Saturday."


@pytest.mark.parametrize("which", range(6))
def test_text_from_an_input_method_stops_at_the_limit_too(window, qtbot, which):
    """Accents composed through an input method, Chinese, an on-screen keyboard: their text arrives
    committed, not as key presses, and went past the limit (the map then refused the note)."""
    field, kept, nodes, edges = _fields(window)[which]
    window.scene.select_ids(nodes, edges)
    edit = field()
    edit.setFocus()
    edit.setPlainText("x" * (MAX_NOTE - 1))
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    QToolTip.hideText()
    event = QInputMethodEvent("", [])
    event.setCommitString("éà")
    QApplication.sendEvent(edit, event)
    assert edit.toPlainText() == "x" * (MAX_NOTE - 1) + "é"  # what fits, and no more
    assert kept() == edit.toPlainText() and _said_so()


WINDOWS_BOOK = "Ana helps on Saturdays.\r\n" * (MAX_NOTE // 24 + 400)  # Windows line ends, past the limit


@pytest.mark.parametrize("which", range(6))
def test_a_pasted_windows_note_counts_each_line_end_once(window, qtbot, which):
    """A note copied on Windows ends its lines with "\\r\\n", which the note keeps as one character:
    counted as two, the paste stopped at 18,182 characters of the 20,000."""
    field, kept, nodes, edges = _fields(window)[which]
    window.scene.select_ids(nodes, edges)
    edit = field()
    edit.setFocus()
    QToolTip.hideText()
    QApplication.clipboard().setText(WINDOWS_BOOK)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    unix = WINDOWS_BOOK.replace("\r\n", "\n")
    assert len(edit.toPlainText()) == MAX_NOTE
    assert edit.toPlainText() == unix[:MAX_NOTE]
    assert kept() == unix[:MAX_NOTE] and _said_so()


def test_a_short_windows_note_is_pasted_whole_with_its_lines(window, qtbot):
    edit = window.conversation.guide.commitment_edit
    edit.setFocus()
    edit.setPlainText("x" * (MAX_NOTE - 5))
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    QToolTip.hideText()
    QApplication.clipboard().setText("a\r\nb\rc")  # five characters once each line end is one
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.document.meta("commitment") == "x" * (MAX_NOTE - 5) + "a\nb\nc"
    assert not _said_so()


def test_an_input_method_s_windows_line_ends_count_once(window, qtbot):
    edit = window.conversation.guide.commitment_edit
    edit.setFocus()
    edit.setPlainText("x" * (MAX_NOTE - 3))
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    event = QInputMethodEvent("", [])
    event.setCommitString("a\r\nb")
    QApplication.sendEvent(edit, event)
    assert window.document.meta("commitment") == "x" * (MAX_NOTE - 3) + "a\nb"
