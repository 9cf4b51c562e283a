"""Visits in the window: Map ▸ New visit… and Delete visit…, the visits strip above the canvas and
the read-only view of a past visit.

`install_visits(window)` puts the strip, the past visit's banner and the canvas in the window's
middle. Choosing a past visit on the strip shows its map read-only, in a canvas of its own (a
PastScene on a copy of that visit's map) in the live canvas's place: the live canvas, its selection
and its zoom wait untouched behind it, and the real document is never changed while looking back.
Every editing action is disabled then; the panels show that visit (past_panels.py). "Back to today"
(or Esc) puts today's map back as it was left. Saving while looking back saves the real document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ...model.document import Document
from ...model.visits import date_in_words, today
from ...model.vocabulary import ModelError
from ..dialogs.questions import show_error
from ..editor.accessible import install_canvas_reader
from ..widgets import announce
from ..widgets.past_banner import PastBanner, banner_text
from ..widgets.short_form_button import ShortFormButton
from ..widgets.visit_strip import VisitStrip
from .past_panels import PastPanels
from ecomap_desktop.i18n import fill, translate as _tr

if TYPE_CHECKING:  # the visit dialogs and a past visit's canvas are imported when first needed
    from ..editor.past_canvas import PastScene, PastView
    from ..editor.view import MapView


def _date_and_label(dialog: QDialog) -> tuple[str, str] | None:
    """Run a visit dialog: the date and label it was given, or None when it was cancelled."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.date(), dialog.label()
    finally:
        dialog.deleteLater()


class Visits(QObject):
    """The visits of the map in one window: the strip, new and delete, and looking back."""

    # A past visit went on show (its id), or today's map came back ("").
    shown_changed = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._doc = window.document
        self._past: tuple[str, Document, PastScene, PastView] | None = None
        # The last message about a step (its words, the stack's index once it was done): undoing
        # the step takes the message away ("New visit started" stayed on after Undo).
        self._step_said: tuple[str, int] | None = None
        window.undo_stack.indexChanged.connect(self._on_undo_index)

        self.new_action = QAction(_tr("Visits", "New &visit…"), window)
        self.new_action.setStatusTip(_tr("Visits", "Keep today's map as a past visit and start the next one"))
        self.new_action.triggered.connect(self.ask_new_visit)
        self.delete_action = QAction(_tr("Visits", "D&elete visit…"), window)
        self.delete_action.setStatusTip(_tr("Visits", "Remove the visit on show from this map's file"))
        self.delete_action.triggered.connect(lambda: self.ask_delete_visit(self.shown_id()))
        self.back_action = QAction(_tr("Visits", "&Back to today"), window)
        self.back_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.back_action.setStatusTip(_tr("Visits", "Back from a past visit to today's map"))
        self.back_action.triggered.connect(self.back_to_today)
        self.back_action.setEnabled(False)
        for action in (self.new_action, self.delete_action, self.back_action):
            window.addAction(action)
        menu = window.actions.map_menu
        menu.addSeparator()
        menu.addActions([self.new_action, self.delete_action, self.back_action])

        # What changes the map: all of it is off while a past visit is on show (a disabled group
        # keeps its actions disabled, whatever else enables them meanwhile).
        self._editing = QActionGroup(window)
        self._editing.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        a = window.actions
        for action in (a.undo, a.redo, a.delete, a.select_all, a.edit_label, a.add_person, a.add_group,
                       a.connect, a.arrange, self.new_action):
            self._editing.addAction(action)

        self.strip = VisitStrip()
        self.strip.visit_chosen.connect(self.show_visit)
        self.strip.delete_requested.connect(self.ask_delete_visit)
        self.strip.edit_requested.connect(self.ask_edit_visit)
        self.banner = PastBanner()
        self.banner.back_clicked.connect(self.back_to_today)
        self.banner.hide()
        self.canvas_stack = QStackedWidget()
        self.canvas_stack.setObjectName("canvasStack")
        live_view = window.takeCentralWidget()  # the live canvas, kept (setCentralWidget would delete it)
        self.canvas_stack.addWidget(live_view)
        middle = QWidget()
        middle.setObjectName("mapArea")
        layout = QVBoxLayout(middle)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.strip)
        layout.addWidget(self.banner)
        layout.addWidget(self.canvas_stack, 1)
        window.setCentralWidget(middle)
        self._middle = middle
        self.panels = PastPanels(window)

        self._doc.visits_changed.connect(self._on_visits_changed)
        self._doc.reset.connect(self._on_reset)
        window.touch_mode.changed.connect(self.strip.set_touch)
        self.strip.set_touch(window.touch_mode.is_on())
        window.touch_mode.changed.connect(self.banner.set_touch)
        self.banner.set_touch(window.touch_mode.is_on())
        display = window.accessibility.display
        display.high_contrast_action.toggled.connect(self._copy_display)
        display.text_size_group.triggered.connect(self._copy_display)
        window.actions.show_rings.toggled.connect(self._copy_display)
        window.actions.show_legend.toggled.connect(self._copy_display)
        window.conversation.parent_view.changed.connect(self._on_parent_view)
        compare = getattr(window, "compare", None)
        if compare is not None:  # the Compare switch sits at the strip's end, beside the dates
            # "Compare" alone while the window is too narrow for the dates and the whole words (and
            # "Stop comparing", as ever, while comparing: plainly on).
            button = ShortFormButton(compare.action, _tr("Visits", "Compare"),
                                     _tr("WhatChanged", "Stop comparing"))
            button.setObjectName("compareButton")
            button.setAccessibleName(compare.action.text())
            self.strip.add_trailing_widget(button)
            self.compare_button = button
        self._on_visits_changed()

    # ----- reading -------------------------------------------------------------------------------

    def is_looking_back(self) -> bool:
        """True while a past visit is on show."""
        return self._past is not None

    def shown_id(self) -> str:
        """The visit on show: a past one, or the current one."""
        return self._past[0] if self._past is not None else self._doc.current_visit().id

    def past_scene(self) -> PastScene | None:
        return self._past[2] if self._past is not None else None

    def past_view(self) -> PastView | None:
        return self._past[3] if self._past is not None else None

    def shown_view(self) -> MapView:
        """The canvas on show: the past visit's while one is looked at, else today's."""
        return self._past[3] if self._past is not None else self._window.view

    def past_document(self) -> Document | None:
        """The read-only copy of the past visit on show (never the real document)."""
        return self._past[1] if self._past is not None else None

    # ----- new and delete ------------------------------------------------------------------------

    def ask_new_visit(self) -> None:
        """Map ▸ New visit…: ask for the date and label, then start the visit (one undo step)."""
        if self.is_looking_back():
            return
        from ..dialogs import visit_questions

        answer = _date_and_label(
            visit_questions.NewVisitDialog(self._window, today(), self._doc.current_visit().date))
        if answer is not None:
            self.start_visit(*answer)

    def start_visit(self, date: str, label: str = "") -> bool:
        from ...model.visit_commands import NewVisitCommand  # with the first visit added, not at start

        try:
            command = NewVisitCommand(self._doc, date, label)
        except ModelError as error:
            show_error(self._window, _tr("Visits", "Could not start the visit"), str(error))
            return False
        self._window.undo_stack.push(command)
        self._say_about_step(fill(_tr("Visits", "New visit started: %1."), date_in_words(date)))
        return True

    def ask_delete_visit(self, visit_id: str) -> None:
        """Ask, naming the date, then delete the visit *visit_id* (one undo step)."""
        visits = {visit.id: visit for visit in self._doc.visits()}
        visit = visits.get(visit_id)
        if visit is None or len(visits) < 2:
            return
        from ..dialogs import visit_questions

        if not visit_questions.ask_delete_visit(self._window, visit.date):
            return
        if self.is_looking_back():
            self.back_to_today()  # the undo stack is today's map's: it is live again first
        from ...model.visit_commands import DeleteVisitCommand

        try:
            command = DeleteVisitCommand(self._doc, visit_id)
        except ModelError as error:
            show_error(self._window, _tr("Visits", "Could not delete the visit"), str(error))
            return
        self._window.undo_stack.push(command)
        self._say_about_step(fill(_tr("Visits", "The visit of %1 was deleted. Undo brings it back."),
                                  date_in_words(visit.date)))

    def ask_edit_visit(self, visit_id: str) -> None:
        """Change a visit's date (kept between its neighbours') or label (one undo step)."""
        visits = self._doc.visits()
        index = next((i for i, visit in enumerate(visits) if visit.id == visit_id), None)
        if index is None:
            return
        visit = visits[index]
        earliest = visits[index - 1].date if index > 0 else None
        latest = visits[index + 1].date if index + 1 < len(visits) else None
        from ..dialogs import visit_questions

        answer = _date_and_label(
            visit_questions.EditVisitDialog(self._window, visit.date, visit.label, earliest, latest))
        if answer is None or answer == (visit.date, visit.label):
            return
        date, label = answer
        from ...model.visit_commands import EditVisitCommand

        try:
            command = EditVisitCommand(self._doc, visit_id, date=date, label=label)
        except ModelError as error:
            show_error(self._window, _tr("Visits", "Could not change the visit"), str(error))
            return
        self._window.undo_stack.push(command)

    # ----- looking back --------------------------------------------------------------------------

    def show_visit(self, visit_id: str) -> None:
        """Show the visit *visit_id*: a past one read-only, the current one as today's map."""
        ids = [visit.id for visit in self._doc.visits()]
        if visit_id not in ids or visit_id == ids[-1]:
            self.back_to_today()
            return
        if self._past is not None and self._past[0] == visit_id:
            return
        window = self._window
        window.scene.commit_label_edit()  # a name being typed is kept, as any click elsewhere keeps it
        had_focus = self._canvas_has_focus()
        self._drop_past()
        past = Document()  # the centre alone, until the visit's map is put in (below)
        from ..editor.past_canvas import PastScene, PastView

        scene = PastScene(past, self)
        view = PastView(scene, self.back_to_today)
        view.setObjectName("pastView")
        install_canvas_reader(view, scene.undo_stack)
        view.touch_used.connect(window.view.touch_used)
        scene.details_asked.connect(window.details_keys.show_details)  # Enter on a line: its Details
        self._past = (visit_id, past, scene, view)
        self._copy_display()
        date = next(visit.date for visit in self._doc.visits() if visit.id == visit_id)
        self.panels.show(past, scene, date_in_words(date))  # first: a panel's width may change the canvas's
        self.banner.show_date(date)
        self.banner.show()
        self._middle.layout().activate()  # the banner takes its height now, before the map is fitted
        view.resize(self.canvas_stack.size())  # the size it gets in the stack
        self.canvas_stack.addWidget(view)
        self.canvas_stack.setCurrentWidget(view)
        # As a map opened on the live canvas: fitted once its nodes are made, before its lines, so
        # each line is placed once. A copy of its own (never changed here: a shallow one will do).
        scene.nodes_rebuilt.connect(view.zoom_to_fit)
        past.replace_graph(self._doc.visit_graph(visit_id).copy())
        self._editing.setEnabled(False)
        window.style_picker.setEnabled(False)
        self.back_action.setEnabled(True)
        self.strip.show_visit(visit_id)
        self._set_compare_available(False)
        if had_focus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._say(banner_text(date))
        self._set_standing_hint(banner_text(date))
        self.shown_changed.emit(visit_id)

    def back_to_today(self) -> None:
        """Today's map again, with its selection and zoom as they were left."""
        if self._past is None:
            self.strip.show_visit(self.shown_id())
            return
        had_focus = self._canvas_has_focus()
        self._drop_past()
        self.strip.show_visit(self.shown_id())
        if had_focus:
            self._window.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._say(_tr("Visits", "Back to today's map."))
        self.shown_changed.emit("")

    def _drop_past(self) -> None:
        if self._past is None:
            return
        _visit_id, past, scene, view = self._past
        self._past = None
        self.panels.restore()
        self.canvas_stack.setCurrentWidget(self._window.view)
        self.canvas_stack.removeWidget(view)
        self.banner.hide()
        self._editing.setEnabled(True)
        self._window.style_picker.setEnabled(True)
        self.back_action.setEnabled(False)
        self._set_compare_available(True)
        self._set_standing_hint("")
        view.deleteLater()
        scene.deleteLater()
        past.deleteLater()

    # ----- following the document and the display --------------------------------------------------

    def _on_visits_changed(self) -> None:
        visits = self._doc.visits()
        if self._past is not None and self._past[0] not in [visit.id for visit in visits[:-1]]:
            self.back_to_today()  # the visit on show went (a map opened, an undo): today's map then
        if self._past is not None:  # its date may have been changed
            self.banner.show_date(next(v.date for v in visits if v.id == self._past[0]))
        self.strip.set_visits(visits, self.shown_id())
        self.strip.setVisible(len(visits) > 1)
        self.delete_action.setEnabled(len(visits) > 1)

    def settle_strip(self) -> None:
        """Show or hide the strip for the map about to be drawn, and lay the window out at once.

        Called before the canvas draws a new map (see MainWindow): the map is then fitted once, to
        the room the strip leaves, instead of being fitted, then moved about and fitted again as the
        strip comes.
        """
        if self._past is not None:
            return  # a past visit on show: _on_reset goes back to today first
        visits = self._doc.visits()
        visible = len(visits) > 1
        if self.strip.isVisibleTo(self._middle) != visible:
            self.strip.set_visits(visits, self.shown_id())
            with self._window.view.resizing_for_new_map():
                self.strip.setVisible(visible)
                self._middle.layout().activate()

    def _on_reset(self) -> None:
        """A map opened (or the current visit went): the strip comes or goes with it."""
        shown = self.strip.isVisibleTo(self._middle)
        self._on_visits_changed()
        if self.strip.isVisibleTo(self._middle) != shown:
            # The map was fitted to the canvas before the strip took its height (or gave it back).
            self._middle.layout().activate()
            self._window.view.zoom_to_fit()

    def _copy_display(self, *_args) -> None:
        """The past canvas looks as the live one does: contrast, text size, circles, legend words."""
        if self._past is None:
            return
        window, scene = self._window, self._past[2]
        display = window.accessibility.display
        scene.set_display(display.high_contrast(), display.font_scale(), display.readable_px(),
                          display.scroll_px())
        scene.set_rings_visible(window.actions.show_rings.isChecked())
        scene.set_legend_visible(window.actions.show_legend.isChecked())
        scene.set_legend_parent_words(window.conversation.parent_view.is_on())

    def _on_parent_view(self, on: bool) -> None:
        if self._past is None:
            return
        self._copy_display()
        self.panels.set_parent_view(on)
        self._past[3].zoom_to_fit()

    def _set_standing_hint(self, text: str) -> None:
        hints = getattr(self._window, "status_hints", None)
        if hints is not None:
            hints.set_standing(text)

    def _set_compare_available(self, available: bool) -> None:
        """The compare overlay lies on today's map: off while a past visit is on show."""
        compare = getattr(self._window, "compare", None)
        if compare is not None:
            compare.set_available(available)

    def _canvas_has_focus(self) -> bool:
        focus = self._window.focusWidget()
        return focus is not None and (focus is self.canvas_stack.currentWidget()
                                      or self.canvas_stack.currentWidget().isAncestorOf(focus))

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)
        announce.announce(self._window, text)

    def _say_about_step(self, text: str) -> None:
        """Say *text* about the step just done; it goes from the status bar when that step is undone."""
        self._say(text)
        self._step_said = (text, self._window.undo_stack.index())

    def _on_undo_index(self, index: int) -> None:
        said = self._step_said
        if said is None or index >= said[1]:
            return
        self._step_said = None
        if not shiboken6.isValid(self._window):  # the stack is cleared as the window goes
            return
        bar = self._window.statusBar()
        if bar.currentMessage() == said[0]:
            bar.clearMessage()  # the map's next step comes back, as after any message


def install_visits(window: QMainWindow) -> Visits:
    """Add the visits strip, New visit…, Delete visit… and the past view to *window*."""
    visits = Visits(window)
    window.visit_strip = visits.strip  # what the Compare switch and the What-changed panel sit beside
    return visits
