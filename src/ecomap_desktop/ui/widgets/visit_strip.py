"""The visits strip above the canvas: one button per visit, oldest on the left, the current one last.

It only shows and reports: `visit_chosen(id)` when a visit's button is clicked (or chosen with the
keys), `edit_requested(id)` and `delete_requested(id)` from a button's context menu. Whoever owns
the map decides what choosing means (the window's visits controller shows a past visit read-only).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QFrame, QHBoxLayout, QLabel, QMenu, \
    QScrollArea, QSizePolicy, QToolButton, QWidget

from ...model.visits import Visit, date_in_words
from ecomap_desktop.i18n import translate as _tr

# In touch mode every visit's button is at least this tall (about 9 mm, as the toolbar's).
TOUCH_MIN_HEIGHT = 48
_RESIZE, _LAYOUT_REQUEST, _CONTEXT_MENU = QEvent.Type.Resize, QEvent.Type.LayoutRequest, \
    QEvent.Type.ContextMenu
# The visit on show is the checked (pressed-in) button; the current visit's words are bold besides,
# so neither is told by colour alone. No style sheet: it would stop the window's font (bigger in the
# parent view, with the text size) reaching the buttons.


def visit_title(visit: Visit, current: bool) -> str:
    """What a visit's button says: its date in words, then its label or that it is the current one."""
    return _title(visit, current, date_in_words(visit.date))


def visit_spoken_name(visit: Visit, current: bool) -> str:
    """What a screen reader says for a visit's button."""
    return _spoken_name(visit, current, date_in_words(visit.date))


def _title(visit: Visit, current: bool, words: str) -> str:
    second = visit.label
    if current:
        second = (_tr("Visits", "Current: %1").replace("%1", visit.label) if visit.label
                  else _tr("Visits", "Current visit"))
    return words + ("\n" + second if second else "")


def _spoken_name(visit: Visit, current: bool, words: str) -> str:
    if current:
        text = _tr("Visits", "Current visit, %1").replace("%1", words)
    else:
        text = _tr("Visits", "Visit of %1").replace("%1", words)
    return f"{text}, {visit.label}" if visit.label else text


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
        self.setAccessibleName(_tr("Visits", "Visits"))
        self._buttons: dict[str, QToolButton] = {}
        self._current_id = ""
        self._shown_visits: list[Visit] = []  # what the buttons show now
        self._touch = False
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        # One connection for every button's click (a map of many visits makes many buttons).
        self._group.buttonClicked.connect(self._on_button_clicked)

        title = QLabel(_tr("Visits", "Visits:"))
        title.setObjectName("visitStripTitle")
        title.setFont(_bold())
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
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the buttons take the focus, not the frame
        self._scroll = scroll
        scroll.installEventFilter(self)
        self._row.installEventFilter(self)
        self._trailing = QHBoxLayout()
        self._trailing.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._trailing)

    # ----- reading -------------------------------------------------------------------------------

    def button(self, visit_id: str) -> QToolButton:
        """The button of the visit *visit_id* (for tests and the focus)."""
        return self._buttons[visit_id]

    def visit_ids(self) -> list[str]:
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
        self._current_id = visits[-1].id if visits else ""
        for number, visit in enumerate(visits):
            current = visit.id == self._current_id
            # Made in the row at once: a widget made without a parent and put in later is moved
            # into the window's tree then, which costs as much again.
            button = QToolButton(self._row)
            button.setObjectName("visitButton")
            words = date_in_words(visit.date)
            button.setText(_title(visit, current, words))
            name = _spoken_name(visit, current, words)
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            # Its context menu: a button leaves the event to the row, whose filter opens the menu
            # (no connection to make for each of a map's many visits).
            if current:
                button.setFont(_bold())
            self._group.addButton(button, number)  # its number in the group finds its visit
            self._row_layout.insertWidget(number, button)
            self._buttons[visit.id] = button
        self._apply_touch()  # fits the height too
        self.show_visit(shown_id)
        if had_focus and shown_id in self._buttons:
            self._buttons[shown_id].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_visit(self, visit_id: str) -> None:
        """Check *visit_id*'s button (no signal) and scroll it into sight."""
        button = self._buttons.get(visit_id)
        if button is None:
            return
        button.setChecked(True)
        # Once the row is laid out (a button just added has no place yet).
        QTimer.singleShot(0, lambda: self._scroll_to(visit_id))

    def _scroll_to(self, visit_id: str) -> None:
        button = self._buttons.get(visit_id)
        if button is not None:
            self._scroll.ensureWidgetVisible(button, 8, 0)

    def set_touch(self, on: bool) -> None:
        """Fingertip-sized buttons in touch mode."""
        self._touch = on
        self._apply_touch()

    def add_trailing_widget(self, widget: QWidget) -> None:
        """Put *widget* at the strip's right end, after the visits (a Compare switch...)."""
        self._trailing.addWidget(widget)

    # ----- inside --------------------------------------------------------------------------------

    def _apply_touch(self) -> None:
        for button in self._buttons.values():
            button.setMinimumSize(QSize(0, TOUCH_MIN_HEIGHT if self._touch else 0))
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the buttons, plus the scroll bar only while the visits do not all fit."""
        row = self._row.sizeHint()
        height = row.height()
        if row.width() > self._scroll.viewport().width():
            height += self._scroll.horizontalScrollBar().sizeHint().height()
        self._scroll.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Wider or narrower: the scroll bar may come or go; a bigger text (the parent view, the text
        # size) or touch mode: taller buttons.
        kind = event.type()  # (the row hears of every button put in it: each Qt enum looked up once)
        if (watched is self._scroll and kind == _RESIZE) or \
                (watched is self._row and kind == _LAYOUT_REQUEST):
            self._fit_height()
        if watched is self._row and kind == _CONTEXT_MENU:
            # A button's context menu (the right button, the Menu key), which the button left to
            # its row: the menu of the button at that place.
            button = self._row.childAt(event.pos())
            visit_id = self._visit_of(button) if isinstance(button, QToolButton) else ""
            if visit_id:
                self._show_menu(visit_id, button.mapFrom(self._row, event.pos()))
                event.accept()
                return True
        if watched is self._row and kind == _RESIZE:
            # Visits came or went: the one on show is brought into sight once the scroll bar knows
            # the row's new width (the scroll area hears of the resize after this filter).
            QTimer.singleShot(0, lambda: self._scroll_to(self.shown_id()))
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
