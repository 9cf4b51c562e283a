"""The conversation guide: walks the worker and the parent through the talk behind the map.

Five steps, taken in any order: what support is; the people around the family; the groups and places;
how each connection feels; and what the parent notices and will do this week. Each step has a few
short prompts, its own notes (saved in the map) and a done mark; the week's commitment sits at the
bottom, always in view. Every edit is an undo command and the panel follows the document's signals.

The panel works with or without a canvas: given a MapScene it adds people and groups there (so they
are placed, selected and named on the canvas) and walks the connections by selecting them.
"""

from __future__ import annotations

import math
from functools import partial

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractButton,
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

from ... import labels, style
from ...analysis.insights import flow_for_family
from ...model.commands import AddNodeCommand, EditEdgeCommand, EditMetaCommand, EditNodeCommand
from ...model.document import Document
from ...model.vocabulary import STEPS, STRENGTHS
from ..icons.lines import flow_icon, strength_icon
from ..widgets.household import HouseholdEditor
from ecomap_desktop.i18n import translate as _tr


#: Each step: a short name for its button, a title, and its prompts. A prompt is ("ask", question to
#: put to the parent), ("say", something to explain) or ("tip", a note for the worker).
STEP_TEXT: dict[str, dict] = {
    "support": {
        "short": QT_TRANSLATE_NOOP("GuidePanel", "Support"),
        "title": QT_TRANSLATE_NOOP("GuidePanel", "Everyone needs support"),
        "prompts": [
            ("say", QT_TRANSLATE_NOOP("GuidePanel",
                                      "Every parent needs help sometimes. This map is a way to see where "
                                      "yours comes from.")),
            ("say", QT_TRANSLATE_NOOP("GuidePanel",
                                      "There is no wrong answer and no wrong way to draw it. Anything can be "
                                      "changed later.")),
            ("say", QT_TRANSLATE_NOOP("GuidePanel",
                                      "Put your name, or your family's name, in the middle circle.")),
        ],
    },
    "people": {
        "short": QT_TRANSLATE_NOOP("GuidePanel", "People"),
        "title": QT_TRANSLATE_NOOP("GuidePanel", "The people around you"),
        "prompts": [
            ("ask", QT_TRANSLATE_NOOP("GuidePanel", "Who are the people you can count on?")),
            ("tip", QT_TRANSLATE_NOOP("GuidePanel",
                                      "If it helps, think of family, friends, neighbours, and people who "
                                      "help through their work, like a home visitor or a nurse.")),
            ("say", QT_TRANSLATE_NOOP("GuidePanel",
                                      "Add each person around the middle circle. People who feel closer can "
                                      "go nearer.")),
        ],
    },
    "groups": {
        "short": QT_TRANSLATE_NOOP("GuidePanel", "Groups"),
        "title": QT_TRANSLATE_NOOP("GuidePanel", "Groups and places"),
        "prompts": [
            ("ask", QT_TRANSLATE_NOOP("GuidePanel",
                                      "Which groups or places are part of your family's life?")),
            ("tip", QT_TRANSLATE_NOOP("GuidePanel",
                                      "For example a place of worship, the children's school or childcare, "
                                      "work, a community centre or a clinic.")),
            ("say", QT_TRANSLATE_NOOP("GuidePanel", "Add them on the map where they belong.")),
        ],
    },
    "strength": {
        "short": QT_TRANSLATE_NOOP("GuidePanel", "Lines"),
        "title": QT_TRANSLATE_NOOP("GuidePanel", "How each connection feels"),
        "prompts": [
            ("ask", QT_TRANSLATE_NOOP("GuidePanel", "How much does each of these help you as a parent?")),
            ("say", QT_TRANSLATE_NOOP("GuidePanel",
                                      "Go round the map one line at a time. Pick the line that shows how it "
                                      "feels, and an arrow for the way help goes.")),
        ],
    },
    "next": {
        "short": QT_TRANSLATE_NOOP("GuidePanel", "Next"),
        "title": QT_TRANSLATE_NOOP("GuidePanel", "Looking at the map together"),
        "prompts": [
            ("ask", QT_TRANSLATE_NOOP("GuidePanel", "Looking at your map, what do you notice?")),
            ("ask", QT_TRANSLATE_NOOP("GuidePanel",
                                      "Would you like more support? Where could it come from?")),
            ("ask", QT_TRANSLATE_NOOP("GuidePanel", "What makes it hard to reach out or meet new people?")),
            ("ask", QT_TRANSLATE_NOOP("GuidePanel",
                                      "What is one thing you could do this week to feel more connected?")),
            ("tip", QT_TRANSLATE_NOOP("GuidePanel",
                                      "Seeing the map can bring up feelings about how much support there is. "
                                      "Take the time that is needed.")),
        ],
    },
}

#: Quick-add buttons: (kind, category, button text) for the people and groups steps.
QUICK_ADD = {
    "people": [
        ("person", "family", QT_TRANSLATE_NOOP("GuidePanel", "Family member")),
        ("person", "friend", QT_TRANSLATE_NOOP("GuidePanel", "Friend")),
        ("person", "neighbour", QT_TRANSLATE_NOOP("GuidePanel", "Neighbour")),
        ("person", "professional", QT_TRANSLATE_NOOP("GuidePanel", "Professional")),
        ("person", "other", QT_TRANSLATE_NOOP("GuidePanel", "Someone else")),
    ],
    "groups": [
        ("group", "faith", QT_TRANSLATE_NOOP("GuidePanel", "Faith community")),
        ("group", "school", QT_TRANSLATE_NOOP("GuidePanel", "School, childcare")),
        ("group", "work", QT_TRANSLATE_NOOP("GuidePanel", "Work")),
        ("group", "health", QT_TRANSLATE_NOOP("GuidePanel", "Health")),
        ("group", "community", QT_TRANSLATE_NOOP("GuidePanel", "Community")),
        ("group", "government", QT_TRANSLATE_NOOP("GuidePanel", "Social services")),
        ("group", "other", QT_TRANSLATE_NOOP("GuidePanel", "Another group")),
    ],
}

FAMILY_DIRECTIONS = ("to_family", "from_family", "both", "none")

_CHOICE_STYLE = (
    "QToolButton { border: 1px solid #9a9a9a; border-radius: 4px; background: #ffffff; padding: 3px 6px; }"
    "QToolButton:hover { border-color: #0072b2; }"
    "QToolButton:checked { border: 3px solid #0072b2; background: #e3f0fa; font-weight: bold; }"
)
_DONE_STYLE = (
    "QPushButton { border: 1px solid #9a9a9a; border-radius: 4px; background: #ffffff; padding: 4px 8px; }"
    "QPushButton:hover { border-color: #1b6e3a; }"
    "QPushButton:checked { border: 2px solid #1b6e3a; background: #e5f1e8; font-weight: bold; }"
)

# Merge ids for typing in a step's notes: one id per step, so notes typed in two steps stay two
# undo steps (EditMetaCommand alone would merge them, both being "step_notes").
_MERGE_STEP_NOTES = 1100


class StepNotesCommand(EditMetaCommand):
    """Typing in one step's notes; consecutive typing in the same step is one undo step."""

    def __init__(self, doc: Document, step: str, text: str) -> None:
        notes = doc.meta("step_notes")
        if text:
            notes[step] = text
        else:
            notes.pop(step, None)
        super().__init__(doc, "step_notes", notes)
        self.step = step
        self.setText(_tr("GuidePanel", "Edit notes"))

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _MERGE_STEP_NOTES + STEPS.index(self.step)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        return isinstance(other, StepNotesCommand) and other.step == self.step and super().mergeWith(other)


def flow_for_direction(direction: str, source: str, target: str, centre: str) -> str:
    """The stored flow for a direction seen from the family (the inverse of flow_for_family)."""
    if direction in ("none", "both"):
        return direction
    family_receives = direction == "to_family"
    return "to_target" if (target == centre) == family_receives else "to_source"


def connection_order(doc: Document) -> list[str]:
    """Connections in the order the guide walks them: round the centre clockwise from 12 o'clock."""
    cx, cy = doc.node_position(doc.centre_id)

    def key(edge_id: str) -> tuple[int, float, str]:
        u, v = doc.edge_ends(edge_id)
        (ux, uy), (vx, vy) = doc.node_position(u), doc.node_position(v)
        touches = doc.centre_id in (u, v)
        mx, my = (ux + vx) / 2 - cx, (uy + vy) / 2 - cy
        angle = math.atan2(mx, -my) % (2 * math.pi)
        return (0 if touches else 1, round(angle, 6), edge_id)

    return sorted(doc.edge_ids(), key=key)


def _shape_icon(kind: str, category: str, size: int = 28) -> QIcon:
    """A small picture of the node a quick-add button makes: its shape in its category's tint."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(style.NODE_OUTLINE), 1.6))
    painter.setBrush(QColor(style.category_fill(category)))
    if kind == "group":
        painter.drawRoundedRect(QRectF(2, 7, size - 4, size - 14), 4, 4)
    else:
        painter.drawEllipse(QRectF(3, 3, size - 6, size - 6))
    painter.end()
    return QIcon(pixmap)


class StepButton(QAbstractButton):
    """One step in the row at the top: its number in a circle (a tick when done) and a short name."""

    def __init__(self, number: int, short: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.short = short
        self.done = False
        self.setCheckable(True)
        self.setText(short)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_done(self, done: bool) -> None:
        if done != self.done:
            self.done = done
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        metrics = self.fontMetrics()
        circle = round(metrics.height() * 1.9)
        width = max(circle + 8, metrics.horizontalAdvance(self.short) + 10)
        return QSize(width, circle + metrics.height() + 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = self.sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.short) + 6, hint.height())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        circle = metrics.height() * 1.9
        rect = QRectF((self.width() - circle) / 2, 4, circle, circle)
        palette = self.palette()
        ink = palette.windowText().color()
        accent = QColor(style.HIGHLIGHT)
        if self.isChecked():  # the step on show: a thick ring and a bold name
            painter.setPen(QPen(accent, 3.5))
        else:
            painter.setPen(QPen(ink, 1.5))
        painter.setBrush(QColor("#e5f1e8") if self.done else palette.base().color())
        painter.drawEllipse(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        if self.done:
            path = QPainterPath()
            c = rect.center()
            r = circle / 2
            path.moveTo(c + QPointF(-0.45 * r, 0.02 * r))
            path.lineTo(c + QPointF(-0.12 * r, 0.35 * r))
            path.lineTo(c + QPointF(0.48 * r, -0.33 * r))
            painter.setPen(QPen(QColor("#1b6e3a"), max(2.5, r * 0.2), Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        else:
            number_font = QFont(self.font())
            number_font.setBold(True)
            number_font.setPointSizeF(self.font().pointSizeF() * 1.2)
            painter.setFont(number_font)
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(self.number))
        name_font = QFont(self.font())
        name_font.setBold(self.isChecked())
        painter.setFont(name_font)
        painter.setPen(ink)
        text_rect = QRectF(0, rect.bottom() + 3, self.width(), metrics.height() + 4)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         metrics.elidedText(self.short, Qt.TextElideMode.ElideRight, self.width()))
        if self.hasFocus():
            painter.setPen(QPen(accent, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()


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
        self._edge_id: str | None = None
        self._headings: list[tuple[QWidget, float, bool]] = []
        self._line_counts: dict[QPlainTextEdit, int] = {}

        # Three parts: the steps row stays on top, the week's commitment stays at the bottom, and
        # the step on show scrolls between them.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
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
        from PySide6.QtCore import QEvent

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
        box.setSpacing(6)
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
            box.addWidget(self._build_connection_stepper())
        elif step == "next":
            label = QLabel(self.tr("What the parent notices (in their words)"))
            label.setWordWrap(True)
            self.reflection_edit = QPlainTextEdit()
            self.reflection_edit.setAccessibleName(self.tr("What the parent notices"))
            self.reflection_edit.setPlaceholderText(
                self.tr("For example: Most of my help comes from my mum."))
            self.reflection_edit.setTabChangesFocus(True)
            self._fit_lines(self.reflection_edit, 4)
            self.reflection_edit.textChanged.connect(
                lambda: self._push_meta("reflection", self.reflection_edit.toPlainText()))
            label.setBuddy(self.reflection_edit)
            box.addWidget(label)
            box.addWidget(self.reflection_edit)

        notes_label = QLabel(self.tr("Notes"))
        notes = QPlainTextEdit()
        notes.setAccessibleName(self.tr("Notes for step %1").replace("%1", str(number)))
        notes.setPlaceholderText(self.tr("Anything worth keeping from this part of the talk"))
        notes.setTabChangesFocus(True)
        self._fit_lines(notes, 4)
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
            button.setIcon(_shape_icon(kind, category))
            button.setIconSize(QSize(24, 24))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(36)
            button.setToolTip(self.tr("Add a new %1 to the map and type their name")
                              .replace("%1", labels.category_name(category)))
            button.setAccessibleName(self.tr("Add %1").replace("%1", _tr("GuidePanel", text)))
            button.clicked.connect(partial(self.quick_add, kind, category))
            self.quick_add_buttons[(kind, category)] = button
            grid.addWidget(button, index // 2, index % 2)
        return holder

    def _build_connection_stepper(self) -> QWidget:
        holder = QFrame()
        holder.setObjectName("connectionStepper")
        holder.setFrameShape(QFrame.Shape.StyledPanel)
        # The chosen style stands out by a thick border and bold words, not by colour alone.
        holder.setStyleSheet(_CHOICE_STYLE)
        box = QVBoxLayout(holder)
        box.setSpacing(4)
        self.connection_count_label = QLabel()
        self.connection_name_label = QLabel()
        self.connection_name_label.setWordWrap(True)
        self.connection_name_label.setTextFormat(Qt.TextFormat.PlainText)
        self._headings.append((self.connection_name_label, 1.0, True))
        self._apply_heading_font(self.connection_name_label, 1.0, True)
        box.addWidget(self.connection_count_label)
        box.addWidget(self.connection_name_label)

        nav = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Previous line"))
        self.previous_button.setAccessibleName(self.tr("Previous line"))
        self.previous_button.setMinimumHeight(36)
        self.previous_button.clicked.connect(lambda: self.step_connection(-1))
        self.next_button = QPushButton(self.tr("Next line ▶"))
        self.next_button.setAccessibleName(self.tr("Next line"))
        self.next_button.setMinimumHeight(36)
        self.next_button.clicked.connect(lambda: self.step_connection(1))
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)
        box.addLayout(nav)

        self._feel_label = QLabel(self.tr("How does it feel?"))
        box.addWidget(self._feel_label)
        self.strength_group = QButtonGroup(self)
        self.strength_buttons: dict[str, QToolButton] = {}
        for strength in STRENGTHS:
            button = self._choice_button(strength_icon(strength, 56, 22))
            button.clicked.connect(partial(self._set_edge_value, "strength", strength))
            self.strength_group.addButton(button)
            self.strength_buttons[strength] = button
            box.addWidget(button)

        self._way_label = QLabel(self.tr("Which way does help go?"))
        box.addWidget(self._way_label)
        self.flow_group = QButtonGroup(self)
        self.flow_buttons: dict[str, QToolButton] = {}
        for direction in FAMILY_DIRECTIONS:
            button = self._choice_button(QIcon())
            button.clicked.connect(partial(self._on_direction_clicked, direction))
            self.flow_group.addButton(button)
            self.flow_buttons[direction] = button
            box.addWidget(button)

        self.no_connection_label = QLabel(
            self.tr("There are no lines yet. Select two people or groups and press Connect, "
                    "or drag from the + on a circle.")
        )
        self.no_connection_label.setWordWrap(True)
        box.addWidget(self.no_connection_label)
        self._stepper_widgets = [self.connection_count_label, self.connection_name_label,
                                 self.previous_button, self.next_button, self._feel_label, self._way_label,
                                 *self.strength_buttons.values(), *self.flow_buttons.values()]
        return holder

    def _choice_button(self, icon: QIcon) -> QToolButton:
        button = QToolButton()
        button.setCheckable(True)
        button.setIcon(icon)
        button.setIconSize(QSize(56, 22))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(34)
        return button

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
        self._fit_lines(self.commitment_edit, 3)
        self.commitment_edit.textChanged.connect(
            lambda: self._push_meta("commitment", self.commitment_edit.toPlainText()))
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
            lambda: self._push_meta("worker_notes", self.worker_notes_edit.toPlainText()))
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
        if self._scene is not None:
            self._scene.selection_ids_changed.disconnect(self._on_scene_selection)
        self._scene = scene
        if scene is not None:
            scene.selection_ids_changed.connect(self._on_scene_selection)

    def _on_scene_selection(self) -> None:
        edges = self._scene.selected_edge_ids()
        if len(edges) == 1 and not self._scene.selected_node_ids() and edges[0] != self._edge_id:
            self._edge_id = edges[0]
            self._fill_connection()

    # ----- steps -----------------------------------------------------------------------------

    def current_step(self) -> str:
        return next(s for s, page in self._page_of.items() if page is self._current_page)

    def show_step(self, step: str) -> None:
        for key, page in self._page_of.items():
            page.setVisible(key == step)
        self._current_page = self._page_of[step]
        self.step_buttons[step].setChecked(True)
        if step == "strength":
            self._fill_connection()
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
        text = self.notes_edits[step].toPlainText()
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

    # ----- walking the connections -----------------------------------------------------------

    def current_connection(self) -> str | None:
        return self._edge_id if self._edge_id and self._doc.has_edge(self._edge_id) else None

    def step_connection(self, delta: int) -> str | None:
        """Go to the next (delta=1) or previous (-1) connection, round the map; select it on the canvas."""
        order = connection_order(self._doc)
        if not order:
            return None
        current = self.current_connection()
        if current in order:
            index = (order.index(current) + delta) % len(order)
        else:
            index = 0 if delta > 0 else len(order) - 1
        self.select_connection(order[index])
        return order[index]

    def select_connection(self, edge_id: str) -> None:
        self._edge_id = edge_id
        if self._scene is not None:
            self._scene.select_ids([], [edge_id])
            item = self._scene.edge_item(edge_id) if hasattr(self._scene, "edge_item") else None
            if item is not None:
                for view in self._scene.views():
                    view.ensureVisible(item.sceneBoundingRect(), 40, 40)
        self._fill_connection()

    def _set_edge_value(self, key: str, value: str) -> None:
        edge_id = self.current_connection()
        if edge_id is None or self._doc.edge(edge_id)[key] == value:
            self._fill_connection()
            return
        self._stack.push(EditEdgeCommand(self._doc, edge_id, {key: value}))

    def _on_direction_clicked(self, direction: str) -> None:
        edge_id = self.current_connection()
        if edge_id is None:
            return
        source, target = self._doc.edge_ends(edge_id)
        centre = self._doc.centre_id
        if centre in (source, target):
            flow = flow_for_direction(direction, source, target, centre)
        else:  # two outer nodes: the buttons name the ends directly
            flow = {"to_family": "to_target", "from_family": "to_source"}.get(direction, direction)
        self._set_edge_value("flow", flow)

    def _name(self, node_id: str) -> str:
        return self._doc.node(node_id)["label"] or self.tr("(no name)")

    def _fill_connection(self) -> None:
        order = connection_order(self._doc)
        edge_id = self.current_connection()
        if edge_id is None and order:
            edge_id = self._edge_id = order[0]
        for widget in self._stepper_widgets:
            widget.setVisible(edge_id is not None)
        self.no_connection_label.setVisible(edge_id is None)
        if edge_id is None:
            return
        edge = self._doc.edge(edge_id)
        source, target = edge["source"], edge["target"]
        centre = self._doc.centre_id
        self.connection_count_label.setText(
            self.tr("Line %1 of %2").replace("%1", str(order.index(edge_id) + 1))
            .replace("%2", str(len(order))))
        if centre in (source, target):
            other = target if source == centre else source
            self.connection_name_label.setText(self.tr("%1 and the family").replace("%1", self._name(other)))
        else:
            self.connection_name_label.setText(
                self.tr("%1 and %2").replace("%1", self._name(source)).replace("%2", self._name(target)))
        self.previous_button.setEnabled(len(order) > 1)
        self.next_button.setEnabled(len(order) > 1)
        for strength, button in self.strength_buttons.items():
            button.setText(labels.strength_words(strength, self._parent_view))
            button.setAccessibleName(button.text())
            button.setChecked(edge["strength"] == strength)
        direction = flow_for_family(edge["flow"], source, target, centre)
        for key, button in self.flow_buttons.items():
            if direction is not None:
                button.setText(labels.family_flow_name(key, self._parent_view))
                stored = flow_for_direction(key, "other", "family", "family")  # family drawn on the right
                button.setChecked(direction == key)
            else:
                stored = {"to_family": "to_target", "from_family": "to_source"}.get(key, key)
                button.setText(labels.flow_between(stored, self._name(source), self._name(target)))
                button.setChecked(edge["flow"] == stored)
            button.setIcon(flow_icon(stored, 56, 22))
            button.setAccessibleName(button.text())

    # ----- parent view -----------------------------------------------------------------------

    def set_parent_view(self, on: bool) -> None:
        """Hide the worker's notes and use the parent's words for the line styles."""
        self._parent_view = on
        for step in STEPS:
            self.notes_edits[step].setVisible(not on)
            self._notes_labels[step].setVisible(not on)
        self.worker_notes_box.setVisible(not on)
        for label in self.findChildren(QLabel):
            if label.property("promptKind") == "tip":
                label.setVisible(not on)
        self._fill_connection()

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
        self._edge_id = None
        self._fill_all()
        if self.current_step() == "strength":  # otherwise show_step fills it when it is shown
            self._fill_connection()

    def _on_map_changed(self, *_args) -> None:
        if self.current_step() == "strength":
            self._fill_connection()

    def _on_edge_changed(self, edge_id: str, _keys: list) -> None:
        if edge_id == self._edge_id:
            self._fill_connection()

    def _on_node_changed(self, node_id: str, keys: list) -> None:
        if "label" in keys and self._edge_id and self.current_connection() \
                and node_id in self._doc.edge_ends(self._edge_id):
            self._fill_connection()
