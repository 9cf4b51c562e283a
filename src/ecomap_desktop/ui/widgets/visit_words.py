"""What a visit's button on the visits strip says, what a screen reader says for it, and how big the
button is for those words."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QToolButton, QWidget

from ...model.visits import Visit, date_in_words
from .ampersands import keep_ampersands
from ecomap_desktop.i18n import fill, translate as _tr


def visit_title(visit: Visit, current: bool, date_words: str = "") -> str:
    """What a visit's button says: its date in words, then its label or that it is the current one.
    *date_words*: its date in words, when already known (a strip of many visits words them at once)."""
    second = visit.label
    if current:
        second = (fill(_tr("Visits", "Current: %1"), visit.label) if visit.label
                  else _tr("Visits", "Current visit"))
    words = date_words or date_in_words(visit.date)
    return words + ("\n" + second if second else "")


def visit_spoken_name(visit: Visit, current: bool, date_words: str = "") -> str:
    """What a screen reader says for a visit's button (*date_words* as for visit_title)."""
    words = date_words or date_in_words(visit.date)
    if current:
        text = fill(_tr("Visits", "Current visit, %1"), words)
    else:
        text = fill(_tr("Visits", "Visit of %1"), words)
    return f"{text}, {visit.label}" if visit.label else text


def button_sizes(row: QWidget, texts: list[str], current_font: QFont) -> list[QSize]:
    """The size of the button in *row* of each visit that says one of *texts*, measured as its button
    measures itself (Qt's own sizes); the last is the current visit's, in *current_font*."""
    ruler = QToolButton(row)  # hidden: a button made and measured as a visit's is
    ruler.hide()
    ruler.setAutoRaise(True)
    ruler.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    sizes = []
    for number, text in enumerate(texts):
        if number == len(texts) - 1:
            ruler.setFont(current_font)
        ruler.setText(keep_ampersands(text))
        sizes.append(ruler.sizeHint())
    shiboken6.delete(ruler)
    return sizes
