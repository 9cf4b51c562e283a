"""The conversation guide: walks the worker and the parent through the talk behind the map.

Five steps, taken in any order, each with a few short prompts (steps.py), its own notes (saved in the
map) and a done mark; the week's commitment sits at the bottom, always in view. Every edit is an undo
command and the panel follows the document's signals. It works with or without a canvas: given a
MapScene it adds people and groups there and walks the connections by selecting them (stepper.py).
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .... import labels
from ....model.commands import AddNodeCommand, EditMetaCommand, EditNodeCommand, StepNotesCommand
from ....model.document import Document
from ....model.vocabulary import STEPS
from ...icons.shapes import node_shape_icon
from ...widgets.household import HouseholdEditor
from ...widgets.idle_fold import fold_when_idle
from ...widgets.plain_text import note_text
from ...widgets.step_button import StepButton
from .stepper import ConnectionStepper
from .steps import QUICK_ADD, STEP_TEXT
from ecomap_desktop.i18n import translate as _tr

_DONE_STYLE = (
    "QPushButton { border: 1px solid #9a9a9a; border-radius: 4px; background: #ffffff; padding: 4px 8px; }"
    "QPushButton:hover { border-color: #1b6e3a; }"
    "QPushButton:checked { border: 2px solid #1b6e3a; background: #e5f1e8; font-weight: bold; }"
)


class GuidePanel(QWidget):
    """The conversation's steps, their notes and done marks, the reflection and the commitment."""

    # The step on show changed; its key (one of STEPS).
    step_shown = Signal(str)

    def __init__(self, document: Document, undo_stack: QUndoStack, scene=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidePanel")
        self.setAccessibleName(self.tr("Conversation guide"))
        self._doc = document
        self._stack = undo_stack
        self._scene = None
        self._updating = False
        self._parent_view = False
        self._headings: list[tuple[QWidget, float, bool]] = []
        self._line_counts: dict[QPlainTextEdit, int] = {}

        # Three parts: the steps row stays on top, the week's commitment stays at the bottom, and
        # the step on show scrolls between them.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        self._header_row = QHBoxLayout()
        self._header_row.addWidget(self._heading(self.tr("Talking it through"), 1.3), 1)
        layout.addLayout(self._header_row)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        layout.addWidget(self.progress_label)

        row = QHBoxLayout()
        row.setSpacing(2)
        self.step_group = QButtonGroup(self)
        self.step_group.setExclusive(True)
        self.step_buttons: dict[str, StepButton] = {}
        for number, step in enumerate(STEPS, start=1):
            button = StepButton(number, _tr("GuidePanel", STEP_TEXT[step]["short"]))
            button.setToolTip(_tr("GuidePanel", STEP_TEXT[step]["title"]))
            button.clicked.connect(partial(self.show_step, step))
            self.step_group.addButton(button)
            self.step_buttons[step] = button
            row.addWidget(button)
        layout.addLayout(row)

        # The pages sit in a plain column with only the current one shown (a QStackedWidget would
        # size every page to the tallest and leave gaps in the short ones).
        self._pages = QWidget()
        pages_layout = QVBoxLayout(self._pages)
        pages_layout.setContentsMargins(0, 0, 4, 0)
        self._current_page: QWidget | None = None
        self.notes_edits: dict[str, QPlainTextEdit] = {}
        self.done_buttons: dict[str, QPushButton] = {}
        self._notes_labels: dict[str, QLabel] = {}
        self._page_of: dict[str, QWidget] = {}
        stepper = self.stepper = ConnectionStepper(document, undo_stack)
        self._headings.append((stepper.connection_name_label, 1.0, True))
        self._apply_heading_font(stepper.connection_name_label, 1.0, True)
        # The stepper's parts, by the names the window and its tests use.
        self.connection_count_label, self.connection_name_label = (stepper.connection_count_label,
                                                                   stepper.connection_name_label)
        self.previous_button, self.next_button = stepper.previous_button, stepper.next_button
        self.strength_buttons, self.flow_buttons = stepper.strength_buttons, stepper.flow_buttons
        self.no_connection_label = stepper.no_connection_label
        for step in STEPS:
            page = self._build_step_page(step)
            self._page_of[step] = page
            page.setVisible(False)
            pages_layout.addWidget(page)
        pages_layout.addWidget(self._build_worker_notes())
        pages_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self._pages)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self._build_commitment())

        document.meta_changed.connect(self._on_meta_changed)
        document.reset.connect(self._on_reset)
        for signal in (document.edge_added, document.edge_removed, document.node_moved,
                       document.node_added, document.node_removed):
            signal.connect(self._on_map_changed)
        document.edge_changed.connect(self._on_edge_changed)
        document.node_changed.connect(self._on_node_changed)

        self.set_scene(scene)
        self._fill_all()
        self.show_step(STEPS[0])

    # ----- building --------------------------------------------------------------------------

    def _heading(self, text: str, scale: float = 1.15) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        self._headings.append((label, scale, True))
        self._apply_heading_font(label, scale, True)
        return label

    def _apply_heading_font(self, widget: QWidget, scale: float, bold: bool) -> None:
        font = QFont(self.font())
        font.setBold(bold)
        font.setPointSizeF(self.font().pointSizeF() * scale)
        widget.setFont(font)
        if isinstance(widget, QPlainTextEdit):  # its placeholder is drawn in the viewport's font
            widget.viewport().setFont(font)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:  # parent view: keep headings in proportion
            # Widgets inside a style-sheeted frame do not follow their parent's font, so every part
            # of the panel is given the new size here (keeping its own italic or bold).
            headings = {widget for widget, _scale, _bold in self._headings}
            size = self.font().pointSizeF()
            for widget in self.findChildren(QWidget):
                if self._inside(widget, headings):
                    continue
                if widget.font().pointSizeF() != size:
                    font = QFont(widget.font())
                    font.setPointSizeF(size)
                    widget.setFont(font)
            for widget, scale, bold in self._headings:
                self._apply_heading_font(widget, scale, bold)
            for button in self.step_buttons.values():
                button.updateGeometry()
            for edit, lines in self._line_counts.items():
                self._fit_lines(edit, lines)
        super().changeEvent(event)

    def _fit_lines(self, edit: QPlainTextEdit, lines: int) -> None:
        """Make a text field *lines* lines tall in its font (again whenever the font changes)."""
        if edit not in self._line_counts:
            self._line_counts[edit] = lines
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)

    def _inside(self, widget: QWidget, ancestors: set) -> bool:
        """True if *widget* is one of *ancestors* or inside one of them (below this panel)."""
        while widget is not None and widget is not self:
            if widget in ancestors:
                return True
            widget = widget.parentWidget()
        return False

    def _prompt_label(self, kind: str, text: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if kind == "ask":
            label.setText(self.tr("Ask: “%1”").replace("%1", _tr("GuidePanel", text)))
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

    def _build_step_page(self, step: str) -> QWidget:
        page = QWidget()
        page.setObjectName(f"guideStep_{step}")
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(4)
        number = STEPS.index(step) + 1
        box.addWidget(self._heading(self.tr("%1. %2").replace("%1", str(number))
                                    .replace("%2", _tr("GuidePanel", STEP_TEXT[step]["title"]))))
        for kind, text in STEP_TEXT[step]["prompts"]:
            box.addWidget(self._prompt_label(kind, text))

        if step == "support":
            self.household = HouseholdEditor(self._doc, self._stack)
            self.household.caption.setText(self.tr("Who lives at home with you?"))
            box.addWidget(self.household)
        elif step in QUICK_ADD:
            box.addWidget(self._build_quick_add(step))
        elif step == "strength":
            box.addWidget(self.stepper)
        elif step == "next":
            label = QLabel(self.tr("What the parent notices (in their words)"))
            label.setWordWrap(True)
            self.reflection_edit = QPlainTextEdit()
            self.reflection_edit.setAccessibleName(self.tr("What the parent notices"))
            self.reflection_edit.setPlaceholderText(
                self.tr("For example: Most of my help comes from my mum."))
            self.reflection_edit.setTabChangesFocus(True)
            self._fit_lines(self.reflection_edit, 3)
            self.reflection_edit.textChanged.connect(
                lambda: self._push_meta("reflection", note_text(self.reflection_edit)))
            label.setBuddy(self.reflection_edit)
            box.addWidget(label)
            box.addWidget(self.reflection_edit)

        notes_label = QLabel(self.tr("Notes"))
        notes = QPlainTextEdit()
        notes.setAccessibleName(self.tr("Notes for step %1").replace("%1", str(number)))
        notes.setPlaceholderText(self.tr("Anything worth keeping from this part of the talk"))
        notes.setTabChangesFocus(True)
        self._fit_lines(notes, 3)  # three lines still show on a 768-pixel-high laptop screen
        notes.textChanged.connect(partial(self._on_notes_changed, step))
        notes_label.setBuddy(notes)
        box.addWidget(notes_label)
        box.addWidget(notes)
        self.notes_edits[step] = notes
        self._notes_labels[step] = notes_label

        row = QHBoxLayout()
        done = QPushButton()
        done.setCheckable(True)
        done.setMinimumHeight(36)
        done.setStyleSheet(_DONE_STYLE)
        done.clicked.connect(partial(self._on_done_clicked, step))
        self.done_buttons[step] = done
        row.addWidget(done, 1)
        if number < len(STEPS):
            following = QPushButton(self.tr("Next step"))
            following.setMinimumHeight(36)
            following.setToolTip(_tr("GuidePanel", STEP_TEXT[STEPS[number]]["title"]))
            following.clicked.connect(partial(self.show_step, STEPS[number]))
            row.addWidget(following)
        box.addLayout(row)
        return page

    def _build_quick_add(self, step: str) -> QWidget:
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        caption = self.tr("Add a person:") if step == "people" else self.tr("Add a group or place:")
        outer.addWidget(QLabel(caption))
        grid = QGridLayout()
        grid.setSpacing(4)
        outer.addLayout(grid)
        self.quick_add_buttons: dict[tuple[str, str], QToolButton] = getattr(self, "quick_add_buttons", {})
        for index, (kind, category, text) in enumerate(QUICK_ADD[step]):
            button = QToolButton()
            button.setText(_tr("GuidePanel", text))
            button.setIcon(node_shape_icon(kind, category))
            button.setIconSize(QSize(24, 24))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(32)  # still a finger's width; leaves the notes in view at 768 px
            button.setToolTip(self.tr("Add a new %1 to the map and type their name")
                              .replace("%1", labels.category_name(category)))
            button.setAccessibleName(self.tr("Add %1").replace("%1", _tr("GuidePanel", text)))
            button.clicked.connect(partial(self.quick_add, kind, category))
            self.quick_add_buttons[(kind, category)] = button
            grid.addWidget(button, index // 2, index % 2)
        return holder

    def _build_commitment(self) -> QWidget:
        frame = QFrame()
        frame.setObjectName("commitmentBox")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("#commitmentBox { border: 2px solid #0072b2; border-radius: 6px; "
                            "background: #f3f8fc; }")
        box = QVBoxLayout(frame)
        title = self._heading(self.tr("One thing I will do this week"), 1.2)
        box.addWidget(title)
        self.commitment_edit = QPlainTextEdit()
        self.commitment_edit.setAccessibleName(self.tr("One thing I will do this week"))
        self.commitment_edit.setPlaceholderText(self.tr("For example: Call my sister on Saturday."))
        self.commitment_edit.setTabChangesFocus(True)
        self.commitment_edit.setStyleSheet("QPlainTextEdit { background: white; }")
        self._headings.append((self.commitment_edit, 1.15, False))  # large, like a heading
        self._apply_heading_font(self.commitment_edit, 1.15, False)
        fold_when_idle(self.commitment_edit, 2)  # one line until used: the step's notes need the room
        self.commitment_edit.textChanged.connect(
            lambda: self._push_meta("commitment", note_text(self.commitment_edit)))
        title.setBuddy(self.commitment_edit)
        box.addWidget(self.commitment_edit)
        self.commitment_box = frame
        return frame

    def _build_worker_notes(self) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("My notes (hidden in parent view)"))
        label.setWordWrap(True)
        self.worker_notes_edit = QPlainTextEdit()
        self.worker_notes_edit.setAccessibleName(self.tr("Worker's notes"))
        self.worker_notes_edit.setPlaceholderText(self.tr("Notes for the case file"))
        self.worker_notes_edit.setTabChangesFocus(True)
        self._fit_lines(self.worker_notes_edit, 4)
        self.worker_notes_edit.textChanged.connect(
            lambda: self._push_meta("worker_notes", note_text(self.worker_notes_edit)))
        label.setBuddy(self.worker_notes_edit)
        box.addWidget(label)
        box.addWidget(self.worker_notes_edit)
        self.worker_notes_box = holder
        return holder

    def add_header_action(self, action) -> QToolButton:
        """Show *action* as a button beside the panel's title (the window's parent-view switch)."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(24, 24))
        self._header_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return button

    # ----- the canvas ------------------------------------------------------------------------

    def set_scene(self, scene) -> None:
        """Use *scene* (a MapScene) to add nodes and select connections; None works without one."""
        self._scene = scene
        self.stepper.set_scene(scene)

    # ----- steps -----------------------------------------------------------------------------

    def current_step(self) -> str:
        return next(s for s, page in self._page_of.items() if page is self._current_page)

    def show_step(self, step: str) -> None:
        for key, page in self._page_of.items():
            page.setVisible(key == step)
        self._current_page = self._page_of[step]
        self.step_buttons[step].setChecked(True)
        if step == "strength":
            self.stepper.fill()
        self.step_shown.emit(step)

    def _on_done_clicked(self, step: str, *_args) -> None:
        checked = self.done_buttons[step].isChecked()
        done = self._doc.meta("steps_done")
        done = [s for s in done if s != step] + ([step] if checked else [])
        if set(done) == set(self._doc.meta("steps_done")):
            return
        command = EditMetaCommand(self._doc, "steps_done", done)
        command.setText(self.tr("Mark step done") if checked else self.tr("Mark step not done"))
        self._stack.push(command)

    def _on_notes_changed(self, step: str) -> None:
        if self._updating:
            return
        text = note_text(self.notes_edits[step])
        if self._doc.meta("step_notes").get(step, "") == text:
            return
        self._stack.push(StepNotesCommand(self._doc, step, text))

    def _push_meta(self, key: str, value: str) -> None:
        if self._updating or self._doc.meta(key) == value:
            return
        command = EditMetaCommand(self._doc, key, value)
        command.setText({"commitment": self.tr("Edit this week's step"),
                         "reflection": self.tr("Edit what the parent notices"),
                         "worker_notes": self.tr("Edit my notes")}.get(key, command.text()))
        self._stack.push(command)

    # ----- quick add -------------------------------------------------------------------------

    def quick_add(self, kind: str, category: str) -> str:
        """Add a person or group of *category* as one undo step, then let the worker type the name."""
        scene = self._scene
        text = self.tr("Add %1").replace("%1", labels.category_name(category))
        if scene is not None:
            scene.commit_label_edit()  # a name being typed is its own undo step, before this one
            self._stack.beginMacro(text)
            try:
                node_id = scene.add_node(kind)
                self._stack.push(EditNodeCommand(self._doc, node_id, {"category": category}))
            finally:
                self._stack.endMacro()
            for view in scene.views():
                view.setFocus(Qt.FocusReason.OtherFocusReason)
            scene.edit_label(node_id)
            return node_id
        command = AddNodeCommand(self._doc, {"kind": kind, "category": category})
        command.setText(text)
        self._stack.push(command)
        return command.node_id

    # ----- the connection stepper and the parent view -----------------------------------------

    def current_connection(self) -> str | None:
        return self.stepper.current_connection()

    def set_parent_view(self, on: bool) -> None:
        """Hide the worker's own notes (the steps' notes stay: they are the family's, and printed) and
        use the parent's words for the line styles."""
        self._parent_view = on
        self.worker_notes_box.setVisible(not on)
        for label in self.findChildren(QLabel):
            if label.property("promptKind") == "tip":
                label.setVisible(not on)
        self.stepper.set_parent_view(on)

    def parent_view(self) -> bool:
        return self._parent_view

    # ----- following the document ------------------------------------------------------------

    def _fill_all(self) -> None:
        self._updating = True
        try:
            notes = self._doc.meta("step_notes")
            done = self._doc.meta("steps_done")
            for step in STEPS:
                self._set_text(self.notes_edits[step], notes.get(step, ""))
                is_done = step in done
                self.done_buttons[step].setChecked(is_done)
                self.done_buttons[step].setText(self.tr("✓ Done") if is_done else self.tr("Mark as done"))
                self.done_buttons[step].setToolTip(
                    self.tr("Click to mark this step as not done yet") if is_done
                    else self.tr("Click when you have talked this step through"))
                button = self.step_buttons[step]
                button.set_done(is_done)
                number = STEPS.index(step) + 1
                button.setAccessibleName(
                    (self.tr("Step %1: %2, done") if is_done else self.tr("Step %1: %2"))
                    .replace("%1", str(number)).replace("%2", _tr("GuidePanel", STEP_TEXT[step]["title"])))
            self.progress_label.setText(
                self.tr("%1 of %2 steps talked through. Take them in any order.")
                .replace("%1", str(len(done))).replace("%2", str(len(STEPS))))
            self._set_text(self.reflection_edit, self._doc.meta("reflection"))
            self._set_text(self.commitment_edit, self._doc.meta("commitment"))
            self._set_text(self.worker_notes_edit, self._doc.meta("worker_notes"))
        finally:
            self._updating = False

    @staticmethod
    def _set_text(widget: QPlainTextEdit, text: str) -> None:
        if widget.toPlainText() != text:
            widget.setPlainText(text)

    def _on_meta_changed(self, key: str) -> None:
        if key in ("step_notes", "steps_done", "reflection", "commitment", "worker_notes"):
            self._fill_all()

    def _on_reset(self) -> None:
        self.stepper.forget()
        self._fill_all()
        if self.current_step() == "strength":  # otherwise show_step fills it when it is shown
            self.stepper.fill()

    def _on_map_changed(self, *_args) -> None:
        if self.current_step() == "strength":
            self.stepper.fill()

    def _on_edge_changed(self, edge_id: str, _keys: list) -> None:
        self.stepper.on_edge_changed(edge_id)

    def _on_node_changed(self, node_id: str, keys: list) -> None:
        self.stepper.on_node_changed(node_id, keys)
