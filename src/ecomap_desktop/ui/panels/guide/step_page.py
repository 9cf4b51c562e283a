"""One step's page of the guide: its heading, prompts, the step's own part, its notes and done mark.

The guide builds a page the first time that step is shown (or one of its fields is asked for), so
start-up builds only the first step's page.
"""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .... import labels
from ....model.vocabulary import STEPS
from ...icons.shapes import node_shape_icon
from ...widgets.household import HouseholdEditor
from ...widgets.least_height import set_least_height
from ...widgets.length_limit import NoteEdit
from ...widgets.plain_text import note_text
from ...widgets.reader_language import tell_reader
from .steps import QUICK_ADD, STEP_TEXT
from ecomap_desktop.i18n import fill, translate as _tr

if TYPE_CHECKING:
    from .panel import GuidePanel

DONE_STYLE = (
    "QPushButton { border: 1px solid #9a9a9a; border-radius: 4px; background: #ffffff; padding: 4px 8px; }"
    "QPushButton:hover { border-color: #1b6e3a; }"
    "QPushButton:checked { border: 2px solid #1b6e3a; background: #e5f1e8; font-weight: bold; }"
)


def prompt_label(kind: str, text: str) -> QLabel:
    """A prompt as the guide shows it: a question in italics, a tip in grey, else plain words."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if kind == "ask":
        label.setText(fill(_tr("GuidePanel", "Ask: “%1”"), _tr("GuidePanel", text)))
        font = QFont(label.font())
        font.setItalic(True)
        label.setFont(font)
        label.setProperty("promptKind", "ask")
    elif kind == "tip":
        label.setText(_tr("GuidePanel", text))
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#555555"))
        label.setPalette(palette)
        label.setProperty("promptKind", "tip")
    else:
        label.setText(_tr("GuidePanel", text))
        label.setProperty("promptKind", "say")
    return label


def build_step_page(panel: GuidePanel, step: str) -> QWidget:
    """The page of *step*; its fields are registered on *panel* (notes_edits, done_buttons...)."""
    page = QWidget()
    page.setObjectName(f"guideStep_{step}")
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 4, 0, 0)
    box.setSpacing(4)
    number = STEPS.index(step) + 1
    box.addWidget(panel.heading(fill(_tr("GuidePanel", "%1. %2"),
                                     str(number), _tr("GuidePanel", STEP_TEXT[step]["title"]))))
    for kind, text in STEP_TEXT[step]["prompts"]:
        box.addWidget(prompt_label(kind, text))

    if step == "support":
        panel.household = HouseholdEditor(panel.document, panel.undo_stack)
        panel.household.caption.setText(_tr("GuidePanel", "Who lives at home with you?"))
        box.addWidget(panel.household)
    elif step in QUICK_ADD:
        box.addWidget(_build_quick_add(panel, step))
    elif step == "strength":
        box.addWidget(panel.stepper)
    elif step == "next":
        label = QLabel(_tr("GuidePanel", "What the parent notices (in their words)"))
        label.setWordWrap(True)
        edit = panel.built_reflection_edit = NoteEdit()
        tell_reader(edit, name=lambda: _tr("GuidePanel", "What the parent notices"))
        edit.setPlaceholderText(_tr("GuidePanel", "For example: Most of my help comes from my mum."))
        edit.setTabChangesFocus(True)
        panel.fit_lines(edit, 3)
        edit.textChanged.connect(lambda: panel.push_meta("reflection", note_text(edit)))
        label.setBuddy(edit)
        box.addWidget(label)
        box.addWidget(edit)

    notes_label = QLabel(_tr("GuidePanel", "Notes"))
    notes = NoteEdit()
    tell_reader(notes, name=lambda number=str(number): fill(_tr("GuidePanel", "Notes for step %1"), number))
    notes.setPlaceholderText(_tr("GuidePanel", "Anything worth keeping from this part of the talk"))
    notes.setTabChangesFocus(True)
    panel.fit_lines(notes, 3)  # three lines still show on a 768-pixel-high laptop screen
    notes.textChanged.connect(partial(panel.on_notes_changed, step))
    notes_label.setBuddy(notes)
    box.addWidget(notes_label)
    box.addWidget(notes)
    panel.built_notes_edits[step] = notes

    row = QHBoxLayout()
    done = QPushButton()
    done.setCheckable(True)
    set_least_height(done, 36)
    done.setStyleSheet(DONE_STYLE)
    done.clicked.connect(partial(panel.on_done_clicked, step))
    panel.built_done_buttons[step] = done
    row.addWidget(done, 1)
    if number < len(STEPS):
        following = QPushButton(_tr("GuidePanel", "Next step"))
        set_least_height(following, 36)
        following.setToolTip(_tr("GuidePanel", STEP_TEXT[STEPS[number]]["title"]))
        following.clicked.connect(partial(panel.show_step, STEPS[number]))
        row.addWidget(following)
    box.addLayout(row)
    return page


def _build_quick_add(panel: GuidePanel, step: str) -> QWidget:
    holder = QWidget()
    outer = QVBoxLayout(holder)
    outer.setContentsMargins(0, 0, 0, 0)
    caption = (_tr("GuidePanel", "Add a person:") if step == "people"
               else _tr("GuidePanel", "Add a group or place:"))
    outer.addWidget(QLabel(caption))
    buttons = []
    for kind, category, text in QUICK_ADD[step]:
        button = QToolButton()
        button.setText(_tr("GuidePanel", text))
        button.setIcon(node_shape_icon(kind, category))
        button.setIconSize(QSize(24, 24))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        set_least_height(button, 32)  # still a finger's width; leaves the notes in view at 768 px
        button.setToolTip(fill(_tr("GuidePanel", "Add a new %1 to the map and type their name"),
                               labels.category_name(category)))
        tell_reader(button, name=lambda text=text: fill(_tr("GuidePanel", "Add %1"), _tr("GuidePanel", text)))
        button.clicked.connect(partial(panel.quick_add, kind, category))
        panel.built_quick_add_buttons[(kind, category)] = button
        buttons.append(button)
    outer.addWidget(_QuickAddGrid(buttons))
    return holder


class _QuickAddGrid(QWidget):
    """The quick-add buttons in two columns where two fit with their words whole, else in one (the
    parent view's bigger text in Spanish at 1280 x 720: two columns were wider than the panel, which
    cut off the right column and the step's question at its edge)."""

    def __init__(self, buttons: list[QToolButton]) -> None:
        super().__init__()
        self._buttons = buttons
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)
        self._columns = 0
        self._place(2)

    def _two_columns_width(self) -> int:
        return 2 * max(button.sizeHint().width() for button in self._buttons) + self._grid.spacing()

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in self._buttons:
            self._grid.removeWidget(button)
        for index, button in enumerate(self._buttons):
            self._grid.addWidget(button, index // columns, index % columns)
        # Never wider than one column needs, so the panel can narrow it to one.
        self.setMinimumWidth(max(button.minimumSizeHint().width() for button in self._buttons))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._place(2 if event.size().width() >= self._two_columns_width() else 1)
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the parent view's bigger words
            self._place(2 if self.width() >= self._two_columns_width() else 1)
