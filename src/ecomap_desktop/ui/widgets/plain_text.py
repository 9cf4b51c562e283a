"""Names and titles are one line of plain text: fields that refuse control characters, saying why.

A pasted tab, line break, Escape or bell would reach a terminal as an escape sequence and make SVG and
GraphML exports invalid, so the map refuses them (model.vocabulary.has_control). The editors refuse
them first, with a short note under the field (as for the length limit, see length_limit.py), so
nothing the map would refuse ever reaches the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QGraphicsItem, QLineEdit, QPlainTextEdit, QToolTip, QWidget

from ...i18n import translate as _tr
from ...model.vocabulary import has_control, strip_controls


def refusal_message() -> str:
    return _tr("PlainText", "A name or title is one line of plain text: text with a tab, a line break or "
               "another control character was not added.")


def show_refusal(widget: QWidget, at: QPoint | None = None) -> None:
    """Say under *widget* (or at *at*, in global coordinates) why the text was refused."""
    point = at if at is not None else widget.mapToGlobal(QPoint(0, widget.height()))
    QToolTip.showText(point, refusal_message(), widget)


def show_refusal_under(item: QGraphicsItem) -> None:
    """Say it under a box on the canvas, in each view that shows it."""
    scene = item.scene()
    for view in scene.views() if scene is not None else ():
        corner = view.mapFromScene(item.sceneBoundingRect().bottomLeft())
        show_refusal(view, view.viewport().mapToGlobal(corner))


class PlainLineValidator(QValidator):
    """Accepts any text but one holding a control character."""

    # Typing or pasting was refused because of a control character.
    refused = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if has_control(text):
            self.refused.emit()
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


def refuse_control_characters(edit: QLineEdit) -> QLineEdit:
    """Make *edit* refuse text with control characters, and say why when it does."""
    validator = PlainLineValidator(edit)
    edit.setValidator(validator)
    validator.refused.connect(lambda: show_refusal(edit))
    return edit


def note_text(edit: QPlainTextEdit) -> str:
    """The text of a note field, with any control character but tab and line break left out (a
    note pasted from a PDF may carry form feeds, which the map refuses)."""
    text = edit.toPlainText()
    return strip_controls(text, note=True) if has_control(text, note=True) else text
