"""The guide's week's-step box: one line while empty and idle, yet its example always shown whole."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ecomap_desktop.ui.widgets.idle_fold import fold_when_idle

EXAMPLE = "For example: Call my sister on Saturday."


def _box(qtbot, width_in_examples: float) -> tuple[QWidget, QPlainTextEdit]:
    """The box under another field that has the keyboard (the box is idle), as wide as
    *width_in_examples* times its example in the font in use, so no machine's fonts change the answer."""
    panel = QWidget()
    qtbot.addWidget(panel)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    other = QLineEdit()
    edit = QPlainTextEdit()
    edit.setPlaceholderText(EXAMPLE)
    fold_when_idle(edit, 2)
    layout.addWidget(other)
    layout.addWidget(edit)
    layout.addStretch(1)
    panel.show()
    qtbot.waitExposed(panel)
    other.setFocus()
    _set_width(edit, width_in_examples)
    return panel, edit


def _set_width(edit: QPlainTextEdit, width_in_examples: float) -> None:
    inside = edit.width() - edit.viewport().width() + 2 * round(edit.document().documentMargin())
    text = round(edit.fontMetrics().horizontalAdvance(EXAMPLE) * width_in_examples)
    edit.window().resize(text + inside + 8, 300)


def test_an_idle_empty_box_is_one_line_when_its_example_fits(qtbot):
    _panel, edit = _box(qtbot, 1.2)
    line = edit.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: edit.height() == line + 14)
    edit.setFocus()  # typing in it: two lines
    qtbot.waitUntil(lambda: edit.height() == 2 * line + 14)


def test_an_idle_empty_box_grows_so_a_wrapped_example_is_not_cut(qtbot):
    """In the parent view's bigger text, or in Spanish, the example wrapped to two lines in a box
    one line tall: its second line was cut in half."""
    _panel, edit = _box(qtbot, 0.7)
    line = edit.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: edit.height() == 2 * line + 14)
    _set_width(edit, 1.2)  # wider again: one line again
    qtbot.waitUntil(lambda: edit.height() == line + 14)
