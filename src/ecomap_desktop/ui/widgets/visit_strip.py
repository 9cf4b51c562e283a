"""The visits strip above the canvas: one button per visit, oldest on the left, the current one last.

It only shows and reports: `visit_chosen(id)` when a visit's button is clicked (or chosen with the
keys), `edit_requested(id)` and `delete_requested(id)` from a button's context menu. Whoever owns
the map decides what choosing means (the window's visits controller shows a past visit read-only).

A map of many visits opens on its newest, with the oldest scrolled out of sight to the left: their
buttons are made just after the strip is first painted, and until then an empty space in the row,
exactly as big as they will be, holds their place (so the row, its scroll bar and every button in
sight are where they would be). The space is a layout spacer, not a widget, so a screen reader meets
nothing in the row but the visits' buttons, never an unnamed empty one. The buttons are made at once
whenever something reaches them first: the strip scrolled or widened so that their place comes into
sight, a button or the list of visits asked for, touch mode, another font.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QFrame, QHBoxLayout, QLabel, QMenu, \
    QScrollArea, QSizePolicy, QSpacerItem, QToolButton, QWidget

from ...model.visits import Visit, dates_in_words
from .ampersands import keep_ampersands
from .finger_menu import HoldForMenu, open_menu_on_hold
from .reader_words import set_sighted_tip
from .reader_language import tell_reader
from .short_form_button import ShortFormButton
from .swipe_scroll import swipe_to_scroll
from .visit_words import button_sizes, visit_spoken_name, visit_title
from ecomap_desktop.i18n import translate as _tr
from ecomap_desktop.wrapping import wrap

# In touch mode every visit's button is at least this tall (about 9 mm, as the toolbar's).
TOUCH_MIN_HEIGHT = 48
# The room kept either side of the visit on show when it is scrolled into sight.
_SIGHT_MARGIN = 8
# The room kept either side of the widest visit's button at the strip's narrowest: there the visit on
# show fills the row in sight (Qt centres a button that does not fit with its margins).
_LEAST_MARGIN = 2
# A visit's label goes on in further lines beyond this many average characters (or its date's
# width, if that is wider): a long label keeps its button narrow, and so the room the strip keeps
# for it (_keep_room) and the narrowest the window may be. Every word stays.
LABEL_LINE_CHARS = 24
_RESIZE, _LAYOUT_REQUEST, _CONTEXT_MENU = QEvent.Type.Resize, QEvent.Type.LayoutRequest, \
    QEvent.Type.ContextMenu
_PAINT, _FONT_CHANGE, _STYLE_CHANGE = QEvent.Type.Paint, QEvent.Type.FontChange, QEvent.Type.StyleChange
# The visit on show is the checked (pressed-in) button; the current visit's words are bold besides,
# so neither is told by colour alone. No style sheet: it would stop the window's font (bigger in the
# parent view, with the text size) reaching the buttons.


def _bold() -> QFont:
    """Bold, and otherwise the font the widget inherits (bigger in the parent view, say): only the
    weight is set, so only the weight overrides what comes from the window."""
    font = QFont()
    font.setBold(True)
    return font


class VisitStrip(QFrame):
    """A row of checkable buttons, one per visit, that scrolls sideways when there are many."""

    # A visit's button was chosen (clicked, or Space/Enter on it): the visit's id.
    visit_chosen = Signal(str)
    # "Delete this visit…" was picked in a visit button's context menu: the visit's id.
    delete_requested = Signal(str)
    # "Change date or label…" was picked in a visit button's context menu: the visit's id.
    edit_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        tell_reader(self, name=lambda: _tr("Visits", "Visits"))
        self._buttons: dict[str, QToolButton] = {}
        self._current_id = ""
        self._shown_visits: list[Visit] = []  # what the buttons show now
        self._touch = False
        self._hold = HoldForMenu(self)  # a finger held on a date opens its menu, as the right button
        # The oldest visits whose buttons wait out of sight (number, visit, text, spoken name), and
        # the empty space holding their place (see the module's docstring).
        self._later: list[tuple[int, Visit, str, str]] = []
        self._later_widest = 0  # the widest of their buttons, as they will be
        self._widest = 0  # the widest visit's button (see _keep_room)
        self._stand_in: QSpacerItem | None = None
        self._later_posted = False
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        # One connection for every button's click (a map of many visits makes many buttons).
        self._group.buttonClicked.connect(self._on_button_clicked)

        title = QLabel(_tr("Visits", "Visits:"))
        title.setObjectName("visitStripTitle")
        title.setFont(_bold())
        # It goes, after Compare's long words, in a strip too narrow for it and two visits' dates
        # (_give_way): so it never holds the window wide (a least width of its own, not its words').
        title.setMinimumWidth(1)
        self._title = title
        self._row = QWidget()
        self._row_layout = QHBoxLayout(self._row)
        self._row_layout.setContentsMargins(0, 0, 0, 0)
        self._row_layout.setSpacing(4)
        self._row_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("visitStripScroll")
        scroll.setWidget(self._row)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Ignored: the row asks for no width of its own beyond its least (_keep_room), so that the
        # trailing button's long words are never squeezed (it shows them only with room to spare).
        scroll.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the buttons take the focus, not the frame
        swipe_to_scroll(scroll)
        scroll.horizontalScrollBar().valueChanged.connect(self._on_scrolled)
        scroll.horizontalScrollBar().rangeChanged.connect(self._on_range_changed)
        self._scroll = scroll
        scroll.installEventFilter(self)
        self._row.installEventFilter(self)
        self._trailing = QHBoxLayout()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        # The gaps between the strip's parts go with the title and the trailing widgets: the title
        # gone from a narrow strip takes its gap along, and holds no room at the strip's narrowest.
        gap = layout.spacing()
        layout.setSpacing(0)
        title.setContentsMargins(0, 0, gap, 0)
        self._trailing.setContentsMargins(gap, 0, 0, 0)
        self._trailing.setSpacing(gap)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._trailing)

    # ----- reading -------------------------------------------------------------------------------

    def button(self, visit_id: str) -> QToolButton:
        """The button of the visit *visit_id* (for tests and the focus)."""
        self._make_later()
        return self._buttons[visit_id]

    def visit_ids(self) -> list[str]:
        self._make_later()
        return list(self._buttons)

    def shown_id(self) -> str:
        """The visit whose button is checked (the one on show)."""
        return self._visit_of(self._group.checkedButton())

    def _visit_of(self, button: QAbstractButton | None) -> str:
        """The id of the visit whose button is *button* ("" for none)."""
        number = self._group.id(button) if button is not None else -1
        return self._shown_visits[number].id if 0 <= number < len(self._shown_visits) else ""

    # ----- changing ------------------------------------------------------------------------------

    def set_visits(self, visits: Sequence[Visit], shown_id: str) -> None:
        """Show *visits* (oldest first; the last is the current one) with *shown_id* checked."""
        visits = list(visits)
        if visits == self._shown_visits:  # opening a map announces the same list twice (reset, then
            self.show_visit(shown_id)     # visits_changed): the buttons are not made again
            return
        self._shown_visits = visits
        had_focus = self.focusWidget() in self._buttons.values()
        for button in self._buttons.values():
            self._group.removeButton(button)
            self._row_layout.removeWidget(button)  # out of the row now, not when it is deleted
            button.hide()
            button.deleteLater()
        self._buttons = {}
        self._drop_stand_in()
        self._current_id = visits[-1].id if visits else ""
        words = [self._words(visit, date) for visit, date in
                 zip(visits, dates_in_words(visit.date for visit in visits))]
        first, sizes = self._first_in_sight(words) if visits and shown_id == self._current_id else (0, [])
        for number in range(first, len(visits)):
            self._make_button(number, visits[number], *words[number], at=number - first)
        if first:
            self._later = [(number, visits[number], *words[number]) for number in range(first)]
            self._hold_place(sizes[:first])
        self._apply_touch()  # fits the height too
        self.show_visit(shown_id)
        if had_focus and shown_id in self._buttons:
            self._buttons[shown_id].setFocus(Qt.FocusReason.OtherFocusReason)

    def _words(self, visit: Visit, date: str) -> tuple[str, str]:
        """A visit's button's text and spoken name (*date*: its date in words)."""
        current = visit.id == self._current_id
        title = visit_title(visit, current, date)
        if "\n" in title:
            date_line, _, label = title.partition("\n")
            title = date_line + "\n" + self._label_lines(label, date_line, bold=current)
        return title, visit_spoken_name(visit, current, date)

    def _label_lines(self, label: str, date_line: str, bold: bool) -> str:
        """*label* (a button's second line) broken into lines no wider than LABEL_LINE_CHARS average
        characters or its date, whichever is wider."""
        metrics = self._row.fontMetrics()
        if bold:
            font = QFont(self._row.font())
            font.setBold(True)
            metrics = QFontMetrics(font)
        least = LABEL_LINE_CHARS * metrics.averageCharWidth()
        if len(label) * metrics.maxWidth() <= least:
            return label  # a short label: within the limit, neither it nor the date measured
        limit = max(metrics.horizontalAdvance(date_line), least)
        if metrics.horizontalAdvance(label) <= limit:
            return label
        return "\n".join(wrap(label, limit, metrics.horizontalAdvance))

    def _make_button(self, number: int, visit: Visit, text: str, name: str, at: int) -> QToolButton:
        """The button of visit *number*, put in the row at *at*."""
        # Made in the row at once: a widget made without a parent and put in later is moved
        # into the window's tree then, which costs as much again.
        button = QToolButton(self._row)
        button.setObjectName("visitButton")
        button.setText(keep_ampersands(text))  # a label such as "Home & school", whole
        button.setAccessibleName(name)
        set_sighted_tip(button, name)  # the whole date for the eye; a reader has it in the name
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Its context menu: a button leaves the event to the row, whose filter opens the menu
        # (no connection to make for each of a map's many visits); a finger held on it asks too.
        open_menu_on_hold(button, self._hold)
        if visit.id == self._current_id:
            button.setFont(_bold())
        self._group.addButton(button, number)  # its number in the group finds its visit
        self._row_layout.insertWidget(at, button)
        self._buttons[visit.id] = button
        return button

    # ----- the oldest visits' buttons, made once the strip is on show -----------------------------

    def _first_in_sight(self, words: list[tuple[str, str]]) -> tuple[int, list[QSize]]:
        """How many of the oldest visits can wait for their buttons (left of what the strip shows when
        it opens on the newest, scrolled to its end), and each visit's button's size; (0, []): none."""
        parent = self.parentWidget()
        if len(words) < 2 or parent is None or not self.window().isVisible():
            return 0, []  # nothing could wait (one visit: the strip is hidden), or no room known yet
        sizes = button_sizes(self._row, [text for text, _name in words], _bold())
        widest = max(size.width() for size in sizes)
        # The strip is as wide as its parent (the window is at least as wide as the strip needs). The
        # row has what its title and trailing widgets leave as _give_way will show them, and a
        # button's width more, for the moments the strip is laid out wider while the window settles.
        room, spacing = self._row_room(parent.width()), self._row_layout.spacing()
        wanted = 2 * widest + spacing + 2 * _SIGHT_MARGIN
        self._title.ensurePolished()
        title = self._title.sizeHint().width()
        longer = sum(button.long_width() - button.minimumSizeHint().width() for button in self._givers())
        if room - title >= wanted:  # the title shows, and perhaps the trailing buttons' whole words
            room -= title
            if room - longer >= wanted:
                room -= longer
        room += widest
        for number in range(len(words) - 1, 0, -1):
            room -= sizes[number].width() + spacing
            if room < 0:
                return number, sizes
        return 0, []

    def _row_room(self, width: int) -> int:
        """The most room the row of visits can have in sight in a strip *width* pixels wide (with no
        title, and its trailing buttons in their short forms: see _give_way)."""
        margins = self.layout().contentsMargins()
        room = width - margins.left() - margins.right()
        trailing = (self._trailing.itemAt(i).widget() for i in range(self._trailing.count()))
        for widget in trailing:
            if widget is not None and not widget.isHidden():
                widget.ensurePolished()  # its look (touch mode's style sheet) sets its size
                room -= widget.minimumSizeHint().width() + self._trailing.spacing()
        return room

    def _hold_place(self, sizes: list[QSize]) -> None:
        """Put an empty space where the waiting buttons go, as wide and as tall as they will be (their
        *sizes*) with the gap after each (a box layout puts none after a spacer: it holds the last's)."""
        width = sum(size.width() for size in sizes) + len(sizes) * self._row_layout.spacing()
        height = max(TOUCH_MIN_HEIGHT if self._touch else 0, *(size.height() for size in sizes))
        self._later_widest = max(size.width() for size in sizes)
        # A spacer, not an empty widget: a screen reader lists a row's widgets, and an empty one
        # would be read as an unnamed something until the buttons come.
        stand_in = QSpacerItem(width, height, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._row_layout.insertItem(0, stand_in)
        self._stand_in = stand_in
        self._later_posted = False

    def _drop_stand_in(self) -> None:
        """Take the empty space out of the row (the waiting buttons are made, or not needed)."""
        self._later = []
        self._later_widest = 0
        stand_in, self._stand_in = self._stand_in, None
        if stand_in is not None:
            self._row_layout.removeItem(stand_in)  # the spacer is Python's again: it goes with the name

    def _make_later(self) -> None:
        """Make the waiting buttons now, in the stand-in's place, as if made with the others."""
        if not self._later:
            return
        later = self._later
        self._drop_stand_in()
        made = [self._make_button(number, visit, text, name, at=number)
                for number, visit, text, name in later]
        in_sight = list(self._buttons.values())[:-len(made)]
        if self._touch:
            for button in made:
                button.setMinimumSize(QSize(0, TOUCH_MIN_HEIGHT))
        # In visit order, as if all were made together: what a screen reader lists (the row's
        # children) and where Tab goes (the buttons side by side in the focus chain).
        ordered = made + in_sight
        for button in made:
            button.stackUnder(in_sight[0])
        for before, after in zip(ordered, ordered[1:]):
            QWidget.setTabOrder(before, after)
        self._buttons = {self._visit_of(button): button for button in ordered}
        self._row_layout.activate()  # in place before anything is painted again
        if self._row.isVisible():
            for button in made:
                button.show()

    def _on_scrolled(self, value: int) -> None:
        # The stand-in's place coming into sight (scrolled to, the strip widened): the buttons now.
        if self._stand_in is not None and self._stand_in.geometry().right() >= value:
            self._make_later()

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        # The whole row in sight (the strip widened so far that it no longer scrolls): the buttons
        # now. (While it scrolls, the open scrolls to the newest, which leaves the stand-in out of
        # sight: the buttons in sight are wider than the strip's room for them.)
        if self._stand_in is not None and maximum == 0:
            self._make_later()

    def show_visit(self, visit_id: str) -> None:
        """Check *visit_id*'s button (no signal) and scroll it into sight."""
        if visit_id not in self._buttons:
            self._make_later()
        button = self._buttons.get(visit_id)
        if button is None:
            return
        button.setChecked(True)
        # Once the row is laid out (a button just added has no place yet).
        QTimer.singleShot(0, lambda: self._scroll_to(visit_id))

    def _shown_in_sight(self) -> bool:  # before the area lays out anew: its bar's page is the old room
        button, bar = self._buttons.get(self.shown_id()), self._scroll.horizontalScrollBar()
        left = bar.value()
        return button is not None and left <= button.x() <= left + bar.pageStep() - button.width()

    def _scroll_to(self, visit_id: str) -> None:
        button = self._buttons.get(visit_id)
        if button is not None:
            self._scroll.ensureWidgetVisible(button, _SIGHT_MARGIN, 0)

    def set_touch(self, on: bool) -> None:
        """Fingertip-sized buttons in touch mode."""
        self._make_later()
        self._touch = on
        self._apply_touch()

    def add_trailing_widget(self, widget: QWidget) -> None:
        """Put *widget* at the strip's right end, after the visits (a Compare switch...). A
        ShortFormButton says less while its whole words would leave the visits too little room."""
        self._trailing.addWidget(widget)
        self._apply_touch()

    def _give_way(self) -> None:
        """In a strip too narrow for the row of visits to show two of its widest buttons (the current
        visit and the one before, say), the trailing buttons' whole words go first (Compare for
        Compare with an earlier visit), then the title: the visits' dates come first. Each is back
        as soon as there is room for it and those two."""
        givers = self._givers()
        wanted = 2 * self._widest + self._row_layout.spacing() + 2 * _SIGHT_MARGIN
        room = self._row_room(self.width()) - self._title.sizeHint().width()  # its gap too
        self._title.setVisible(room >= wanted)
        room -= sum(button.long_width() - button.minimumSizeHint().width() for button in givers)
        for button in givers:
            button.set_short(room < wanted)

    def _givers(self) -> list[ShortFormButton]:
        """The trailing buttons whose whole words give way in a narrow strip (_give_way)."""
        trailing = (self._trailing.itemAt(i).widget() for i in range(self._trailing.count()))
        return [widget for widget in trailing if isinstance(widget, ShortFormButton)]

    # ----- inside --------------------------------------------------------------------------------

    def _apply_touch(self) -> None:
        trailing = (self._trailing.itemAt(i).widget() for i in range(self._trailing.count()))
        for button in [*self._buttons.values(), *(w for w in trailing if isinstance(w, QAbstractButton))]:
            button.setMinimumSize(QSize(0, TOUCH_MIN_HEIGHT if self._touch else 0))
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the buttons, plus the scroll bar only while the visits do not all fit; and never
        narrower than the widest button (see _keep_room)."""
        self._keep_room()
        row = self._row.sizeHint()
        height = row.height()
        if row.width() > self._room():
            height += self._scroll.horizontalScrollBar().sizeHint().height()
        self._scroll.setFixedHeight(height)

    def _keep_room(self) -> None:
        """Room in sight for the widest visit's button, so that the visit on show (scrolled to) is always
        wholly in sight: a narrow window gives the strip at least that (its side panels narrow first,
        and the window cannot be made narrower than the strip then needs). The widest, not the one on
        show, so that choosing another visit never changes how narrow the window may be."""
        widest = max((button.sizeHint().width() for button in self._buttons.values()), default=0)
        self._widest = max(widest, self._later_widest)
        self._scroll.setMinimumWidth(self._widest + 2 * _LEAST_MARGIN)

    def _room(self) -> int:
        """The width the row is shown in: the scroll area's own room, which is its viewport's width
        with no frame and no vertical bar. Not viewport().width(): when the area is resized, its
        viewport is resized only after this strip hears of it (a narrowed window then kept no height
        for the scroll bar that came, and the bar covered the buttons' lower edge); and asking for
        viewport() makes PySide wrap the viewport Qt made by trying every widget class it has, each
        built on first use (~4 ms of start-up)."""
        return self._scroll.maximumViewportSize().width()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        # After the strip's layout has placed its parts at this size (not while it places them: what
        # is shown or hidden then would wait for the next resize to be laid out).
        super().resizeEvent(event)
        self._give_way()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:  # a reader hears each visit in the language now
            self._name_buttons_again()
        super().changeEvent(event)

    def _name_buttons_again(self) -> None:
        """Each visit's spoken name (and the whole date for the eye) in the language installed now."""
        for visit in self._shown_visits:
            button = self._buttons.get(visit.id)
            if button is not None:
                name = visit_spoken_name(visit, visit.id == self._current_id)
                button.setAccessibleName(name)
                set_sighted_tip(button, name)
        self._later = [(number, visit, text, visit_spoken_name(visit, visit.id == self._current_id))
                       for number, visit, text, _name in self._later]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Wider or narrower: the scroll bar may come or go; a bigger text (the parent view, the text
        # size) or touch mode: taller buttons.
        kind = event.type()  # (the row hears of every button put in it: each Qt enum looked up once)
        if (watched is self._scroll and kind == _RESIZE) or \
                (watched is self._row and kind == _LAYOUT_REQUEST):
            self._fit_height()
        if watched is self._row and kind == _LAYOUT_REQUEST:
            self._give_way()  # another widest visit, or a bigger text
        if (watched is self._scroll or watched is self._row) and kind == _RESIZE and \
                event.size().width() != event.oldSize().width() and \
                (watched is self._row or self._shown_in_sight()):
            # Visits came or went, or the strip narrowed with the one on show in sight: it is brought
            # into sight once the scroll bar knows (the scroll area hears of the resize after this).
            # Not when the worker had scrolled to older visits (Compare's words or a side panel's
            # edge change the strip's width), nor for a height change alone (touch mode, on as a
            # first swipe's finger lifts, would undo the swipe).
            QTimer.singleShot(0, lambda: self._scroll_to(self.shown_id()))
        if watched is self._row and kind == _CONTEXT_MENU:
            # A button's context menu (the right button, the Menu key), which the button left to
            # its row: the menu of the button at that place.
            button = self._row.childAt(event.pos())
            visit_id = self._visit_of(button) if isinstance(button, QToolButton) else ""
            if visit_id:
                self._show_menu(visit_id, button.mapFrom(self._row, event.pos()))
                event.accept()
                return True
        if watched is self._row and self._later and not self._later_posted and \
                kind in (_PAINT, _FONT_CHANGE, _STYLE_CHANGE):
            # Painted (or measured anew): the waiting buttons next, once this is done.
            self._later_posted = True
            QTimer.singleShot(0, self, self._make_later)
        return super().eventFilter(watched, event)

    def _on_clicked(self, visit_id: str) -> None:
        self.visit_chosen.emit(visit_id)

    def _on_button_clicked(self, button: QAbstractButton) -> None:
        self.visit_chosen.emit(self._visit_of(button))

    def _show_menu(self, visit_id: str, pos: QPoint) -> None:
        button = self._buttons.get(visit_id)
        if button is None:
            return
        menu = QMenu(self)
        menu.setObjectName("visitStripMenu")
        show = menu.addAction(_tr("Visits", "Show this visit"))
        show.triggered.connect(partial(self._on_clicked, visit_id))
        edit = menu.addAction(_tr("Visits", "Change date or label…"))
        edit.triggered.connect(partial(self.edit_requested.emit, visit_id))
        delete = menu.addAction(_tr("Visits", "Delete this visit…"))
        delete.setEnabled(len(self._buttons) > 1)
        delete.triggered.connect(partial(self.delete_requested.emit, visit_id))
        menu.popup(button.mapToGlobal(pos))
