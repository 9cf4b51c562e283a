"""The conversation guide: walks the worker and the parent through the talk behind the map.

Five steps, taken in any order, each with a few short prompts (steps.py), its own notes (saved in the
map) and a done mark; the week's commitment sits at the bottom, always in view. Every edit is an undo
command and the panel follows the document's signals. It works with or without a canvas: given a
MapScene it adds people and groups there and walks the connections by selecting them (stepper.py).
"""
from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .... import labels
from ....model.commands import AddNodeCommand, EditMetaCommand, EditNodeCommand, StepNotesCommand
from ....model.document import Document
from ....model.vocabulary import STEPS
from ...widgets.idle_fold import fold_when_idle
from ...widgets.length_limit import NoteEdit
from ...widgets.plain_text import note_text
from ...widgets.tab_stops import chain, tab_stops, tab_stops_in_place
from ...widgets.step_button import StepButton
from .stepper import ConnectionStepper, StepperHolder
from .step_page import build_step_page
from .steps import QUICK_ADD, STEP_TEXT
from ...widgets.reader_words import describe_like_action, set_sighted_tip
from ...widgets.reader_language import tell_reader
from ...widgets.swipe_scroll import swipe_to_scroll
from ecomap_desktop.i18n import fill, translate as _tr

class GuidePanel(QWidget):
    """The conversation's steps, their notes and done marks, the reflection and the commitment."""

    # The step on show changed; its key (one of STEPS).
    step_shown = Signal(str)

    def __init__(self, document: Document, undo_stack: QUndoStack, scene=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidePanel")
        tell_reader(self, name=lambda: _tr("GuidePanel", "Conversation guide"))
        self._doc = document
        self._stack = undo_stack
        self._scene = None
        self._updating = False
        self._parent_view = False
        self._font_changed = False  # the panel's text size changed (parent view, larger text)
        self._headings: list[tuple[QWidget, float, bool]] = []
        self._line_counts: dict[QPlainTextEdit, int] = {}

        # Three parts: the steps row stays on top, the week's commitment stays at the bottom, and
        # the step on show scrolls between them.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        self._header_row = QHBoxLayout()
        self._header_row.addWidget(self.heading(self.tr("Talking it through"), 1.3), 1)
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
            # The title for the eye (the button shows a short word); a reader hears it in the name.
            set_sighted_tip(button, _tr("GuidePanel", STEP_TEXT[step]["title"]))
            button.clicked.connect(partial(self.show_step, step))
            self.step_group.addButton(button)
            self.step_buttons[step] = button
            row.addWidget(button)
        layout.addLayout(row)

        # The pages sit in a plain column with only the current one shown (a QStackedWidget would
        # size every page to the tallest and leave gaps in the short ones).
        self._pages = QWidget()
        self._pages_layout = QVBoxLayout(self._pages)
        self._pages_layout.setContentsMargins(0, 0, 4, 0)
        self._current_page: QWidget | None = None
        # A step's page is built the first time it is shown or one of its fields is asked for
        # (step_page.py); these hold the built pages' fields, the mappings below build on demand.
        self._page_of: dict[str, QWidget] = {}
        self.built_notes_edits: dict[str, QPlainTextEdit] = {}
        self.built_done_buttons: dict[str, QPushButton] = {}
        self.built_quick_add_buttons: dict[tuple[str, str], QToolButton] = {}
        self.built_reflection_edit: QPlainTextEdit | None = None
        self.notes_edits = _PageFields(self, self.built_notes_edits, {step: step for step in STEPS})
        self.done_buttons = _PageFields(self, self.built_done_buttons, {step: step for step in STEPS})
        self.quick_add_buttons = _PageFields(self, self.built_quick_add_buttons, {
            (kind, category): step for step, rows in QUICK_ADD.items() for kind, category, _text in rows})
        self._lines = StepperHolder(document, undo_stack, self._stepper_built)  # built when first needed
        self._tab_stops: dict[str, list[QWidget]] = {}
        self.worker_notes_box: QWidget | None = None
        self._building = True
        self.build_page(STEPS[0])  # the first page on show; the others come when first shown
        self._pages_layout.addWidget(self._build_worker_notes())
        self._pages_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self._pages)
        swipe_to_scroll(self.scroll_area)
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
        self._building = False
        self._fill_all()
        self.show_step(STEPS[0])

    @property
    def document(self) -> Document:
        return self._doc

    @property
    def stepper(self) -> ConnectionStepper:
        """The Lines step's connection stepper (built now if it has not been yet)."""
        return self._lines.stepper

    # The stepper's parts, by the names the window and its tests use.
    connection_count_label = property(lambda self: self.stepper.connection_count_label)
    connection_name_label = property(lambda self: self.stepper.connection_name_label)
    previous_button = property(lambda self: self.stepper.previous_button)
    next_button = property(lambda self: self.stepper.next_button)
    strength_buttons = property(lambda self: self.stepper.strength_buttons)
    flow_buttons = property(lambda self: self.stepper.flow_buttons)
    no_connection_label = property(lambda self: self.stepper.no_connection_label)

    def _stepper_built(self, stepper: ConnectionStepper) -> None:
        self._headings.append((stepper.connection_name_label, 1.0, True))
        self._apply_heading_font(stepper.connection_name_label, 1.0, True)

    @property
    def undo_stack(self) -> QUndoStack:
        return self._stack

    @property
    def reflection_edit(self) -> QPlainTextEdit:
        """The last step's field for what the parent notices (its page is built if need be)."""
        self.build_page("next")
        return self.built_reflection_edit

    def build_page(self, step: str) -> QWidget:
        """The page of *step*, built and filled from the document the first time it is needed."""
        page = self._page_of.get(step)
        if page is not None:
            return page
        page = self._page_of[step] = build_step_page(self, step)
        page.setVisible(False)
        if not self._building:
            self._tab_stops[step] = tab_stops(page)
        # else the first page, built in place: its stops are read from the window's chain only when a
        # later page needs them (below). Reading them makes PySide wrap the parts Qt makes inside its
        # household table, which it does by trying every widget class it has, each built on first use:
        # ~4 ms of start-up, before the window is drawn.
        # In step order, before the later steps' pages already built and the worker's notes.
        later = [self._page_of[s] for s in STEPS[STEPS.index(step) + 1:] if s in self._page_of]
        anchor = later[0] if later else self.worker_notes_box
        self._pages_layout.insertWidget(self._pages_layout.indexOf(anchor) if anchor else -1, page)
        if not self._building:
            # A widget added later joins the end of the window's tab order: put every page's stops
            # back in step order, after the first page (built in place) and before the worker's notes.
            first = STEPS[0]
            if first in self._page_of and first not in self._tab_stops:
                self._tab_stops[first] = tab_stops_in_place(self._page_of[first])
            stops = [w for s in STEPS if s in self._tab_stops for w in self._tab_stops[s]]
            chain(stops + [self.worker_notes_edit])
            if self._font_changed:  # as the font change did to the pages built before it
                self._follow_font(page)
            if self._parent_view:
                self._show_tips(page, False)
            self._fill_all()
        return page

    def build_pages(self) -> None:
        """Build every step's page now (a read-only twin of the guide disables them all at once)."""
        for step in STEPS:
            self.build_page(step)

    # ----- building --------------------------------------------------------------------------

    def heading(self, text: str, scale: float = 1.15) -> QLabel:
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
        if isinstance(widget, QPlainTextEdit) and self._font_changed:
            # Its placeholder is drawn in its viewport's font, which takes the field's font when the
            # window is first shown but, inside a style-sheeted frame, not a change of it after. Not
            # asked for before then: PySide wraps a viewport Qt made by trying every widget class it
            # has, each built on first use (~4 ms of start-up, before the window is drawn).
            widget.viewport().setFont(font)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:  # parent view: keep headings in proportion
            # Widgets inside a style-sheeted frame do not follow their parent's font, so every part
            # of the panel is given the new size here (keeping its own italic or bold).
            self._font_changed = True
            self._follow_font(self)
            for widget, scale, bold in self._headings:
                self._apply_heading_font(widget, scale, bold)
            for button in self.step_buttons.values():
                button.updateGeometry()
        super().changeEvent(event)

    def _follow_font(self, root: QWidget) -> None:
        """Give every part of *root* but the headings the panel's text size, and refit the fields."""
        headings = {widget for widget, _scale, _bold in self._headings}
        size = self.font().pointSizeF()
        for widget in root.findChildren(QWidget):
            if self._inside(widget, headings):
                continue
            if widget.font().pointSizeF() != size:
                font = QFont(widget.font())
                font.setPointSizeF(size)
                widget.setFont(font)
        for edit, lines in self._line_counts.items():
            self.fit_lines(edit, lines)

    def fit_lines(self, edit: QPlainTextEdit, lines: int) -> None:
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

    def _build_commitment(self) -> QWidget:
        frame = QFrame()
        frame.setObjectName("commitmentBox")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("#commitmentBox { border: 2px solid #0072b2; border-radius: 6px; "
                            "background: #f3f8fc; }")
        box = QVBoxLayout(frame)
        title = self.heading(self.tr("One thing I will do this week"), 1.2)
        box.addWidget(title)
        self.commitment_edit = NoteEdit()
        tell_reader(self.commitment_edit, name=lambda: _tr("GuidePanel", "One thing I will do this week"))
        self.commitment_edit.setPlaceholderText(self.tr("For example: Call my sister on Saturday."))
        self.commitment_edit.setTabChangesFocus(True)
        self.commitment_edit.setStyleSheet("QPlainTextEdit { background: white; }")
        self._headings.append((self.commitment_edit, 1.15, False))  # large, like a heading
        self._apply_heading_font(self.commitment_edit, 1.15, False)
        fold_when_idle(self.commitment_edit, 2)  # one line until used: the step's notes need the room
        self.commitment_edit.textChanged.connect(
            lambda: self.push_meta("commitment", note_text(self.commitment_edit)))
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
        self.worker_notes_edit = NoteEdit()
        tell_reader(self.worker_notes_edit, name=lambda: _tr("GuidePanel", "Worker's notes"))
        self.worker_notes_edit.setPlaceholderText(self.tr("Notes for the case file"))
        self.worker_notes_edit.setTabChangesFocus(True)
        self.fit_lines(self.worker_notes_edit, 4)
        self.worker_notes_edit.textChanged.connect(
            lambda: self.push_meta("worker_notes", note_text(self.worker_notes_edit)))
        label.setBuddy(self.worker_notes_edit)
        box.addWidget(label)
        box.addWidget(self.worker_notes_edit)
        self.worker_notes_box = holder
        return holder

    def add_header_action(self, action) -> QToolButton:
        """Show *action* as a button beside the panel's title (the window's parent-view switch)."""
        button = QToolButton()
        button.setDefaultAction(action)
        describe_like_action(button, action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(24, 24))
        self._header_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return button

    # ----- the canvas ------------------------------------------------------------------------

    def set_scene(self, scene) -> None:
        """Use *scene* (a MapScene) to add nodes and select connections; None works without one."""
        self._scene = scene
        self._lines.set_scene(scene)

    # ----- steps -----------------------------------------------------------------------------

    def current_step(self) -> str:
        return next(s for s, page in self._page_of.items() if page is self._current_page)

    def show_step(self, step: str) -> None:
        shown = self.build_page(step)
        for page in self._page_of.values():
            page.setVisible(page is shown)
        self._current_page = shown
        self.step_buttons[step].setChecked(True)
        if step == "strength":
            self.stepper.fill()
        self.step_shown.emit(step)

    def on_done_clicked(self, step: str, *_args) -> None:
        checked = self.done_buttons[step].isChecked()
        done = self._doc.meta("steps_done")
        done = [s for s in done if s != step] + ([step] if checked else [])
        if set(done) == set(self._doc.meta("steps_done")):
            return
        command = EditMetaCommand(self._doc, "steps_done", done)
        command.setText(self.tr("Mark step done") if checked else self.tr("Mark step not done"))
        self._stack.push(command)

    def on_notes_changed(self, step: str) -> None:
        if self._updating:
            return
        text = note_text(self.notes_edits[step])
        if self._doc.meta("step_notes").get(step, "") == text:
            return
        self._stack.push(StepNotesCommand(self._doc, step, text))

    def push_meta(self, key: str, value: str) -> None:
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
        text = fill(self.tr("Add %1"), labels.category_name(category))
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
        self._show_tips(self, not on)
        self._lines.set_parent_view(on)

    @staticmethod
    def _show_tips(widget: QWidget, on: bool) -> None:
        for label in widget.findChildren(QLabel):
            if label.property("promptKind") == "tip":
                label.setVisible(on)

    def parent_view(self) -> bool:
        return self._parent_view

    # ----- following the document ------------------------------------------------------------

    def _fill_all(self) -> None:
        self._updating = True
        try:
            notes = self._doc.meta("step_notes")
            done = self._doc.meta("steps_done")
            for step in STEPS:
                is_done = step in done
                if step in self._page_of:
                    self._set_text(self.built_notes_edits[step], notes.get(step, ""))
                    done_button = self.built_done_buttons[step]
                    done_button.setChecked(is_done)
                    done_button.setText(self.tr("✓ Done") if is_done else self.tr("Mark as done"))
                    # Not the tick: a reader says "check mark" for it, and says "checked" anyway.
                    tell_reader(done_button, name=lambda done=is_done: _tr("GuidePanel", "Done") if done
                                else _tr("GuidePanel", "Mark as done"))
                    # What it does, not how to press it: a screen reader's user does not click.
                    done_button.setToolTip(
                        self.tr("Marks this step as not talked through yet") if is_done
                        else self.tr("Marks this step as talked through"))
                button = self.step_buttons[step]
                button.set_done(is_done)
                number = STEPS.index(step) + 1
                title = STEP_TEXT[step]["title"]
                tell_reader(button, name=lambda done=is_done, number=str(number), title=title: fill(
                    _tr("GuidePanel", "Step %1: %2, done") if done else _tr("GuidePanel", "Step %1: %2"),
                    number, _tr("GuidePanel", title)))
            self.progress_label.setText(
                fill(self.tr("%1 of %2 steps talked through. Take them in any order."),
                     str(len(done)), str(len(STEPS))))
            if self.built_reflection_edit is not None:
                self._set_text(self.built_reflection_edit, self._doc.meta("reflection"))
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
        self._lines.forget()
        self._fill_all()
        if self.current_step() == "strength":  # otherwise show_step fills it when it is shown
            self.stepper.fill()

    def _on_map_changed(self, *_args) -> None:
        if self.current_step() == "strength":
            self.stepper.fill()

    def _on_edge_changed(self, edge_id: str, _keys: list) -> None:
        self._lines.on_edge_changed(edge_id)

    def _on_node_changed(self, node_id: str, keys: list) -> None:
        self._lines.on_node_changed(node_id, keys)


class _PageFields(Mapping):
    """One kind of field of every step's page, by key; asking for one builds its page if need be."""

    def __init__(self, panel: GuidePanel, built: dict, step_of: dict) -> None:
        self._panel, self._built, self._step_of = panel, built, step_of

    def __getitem__(self, key):
        if key not in self._built:
            self._panel.build_page(self._step_of[key])  # KeyError for a key no page has
        return self._built[key]

    def __iter__(self):
        return iter(self._step_of)

    def __len__(self) -> int:
        return len(self._step_of)
