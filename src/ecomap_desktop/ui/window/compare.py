"""Compare with an earlier visit: the View menu's switch, the What changed dock and the canvas overlay.

`install_compare(window)` adds to a MainWindow:
- View ▸ Compare with an earlier visit (Ctrl+Shift+C): the compare overlay on the map as it is now
  (canvas/compare_overlay.py), against the earlier visit chosen in the What changed panel (by default
  the one before the current visit);
- the What changed dock (ui/panels/changes/), tabbed beside the others, and View ▸ Show what changed.

Editing while comparing is allowed, and the overlay follows: a worker who hears "actually, my sister
and I talk every day now" redraws the line and sees it marked at once, without switching anything
off and on. The comparison is worked out again shortly after each edit (never while painting); a
move only brings the ghost lines to where the nodes now are. The rules are analysis.changes'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea

from ...model.visits import date_in_words
from ..widgets.tab_stops import chain, tab_stops
from ..widgets.swipe_scroll import swipe_to_scroll
from ..widgets import announce as speech
from ..editor.fit_keeper import FitKeeper
from ecomap_desktop.i18n import fill, translate as _tr

if TYPE_CHECKING:  # the rules of what changed and the overlay are imported at the first comparison,
    from ...canvas.compare_overlay import CompareOverlay
    from ..panels.changes.panel import WhatChangedPanel  # the panel when its tab is first shown

# How long after the last edit the comparison is worked out again, in milliseconds.
REFRESH_DELAY_MS = 150
_EDGE_KINDS = frozenset({"connection_added", "connection_removed", "stronger", "weaker", "now_stressful",
                         "no_longer_stressful", "flow"})


def visit_words(date: str, label: str) -> str:
    """A visit as the chooser lists it: "4 March 2025" or "4 March 2025 (First visit)"."""
    words = date_in_words(date)
    return fill(_tr("WhatChanged", "%1 (%2)"), words, label) if label else words


class CompareController(QObject):
    """Keeps the overlay and the What changed panel in step with the document and the chosen visit."""

    # The comparison on show was worked out again (or went away).
    comparison_changed = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._doc = window.document
        self._earlier: str | None = None  # the visit compared with; None: the one before the current
        self._comparison: Any = None
        self._available = True  # False while a past visit is on show (nothing to lay the overlay on)
        self._dirty = True  # the document changed since the comparison was last worked out
        self._resume = False  # comparing was on when a past visit went on show: on again after
        self._overlay: CompareOverlay | None = None
        # Comparing was just switched on or another visit chosen: the next comparison shown scrolls
        # its marks into view, once (edits made while comparing never move the view).
        self._reveal = False

        action = QAction(_tr("WhatChanged", "Compare with an earlier visit"), window)
        action.setCheckable(True)
        action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(fill(_tr("WhatChanged", "Show on the map what changed since an earlier visit (%1)"),
                               shortcut))
        action.setStatusTip(_tr("WhatChanged", "Mark what is new, what ended and what changed since an "
                                               "earlier visit"))
        action.toggled.connect(self._on_toggled)
        window.addAction(action)
        self.action = action
        if (reader := getattr(getattr(window, "view", None), "canvas_reader", None)) is not None:
            reader.change_words = self._change_words
            self.comparison_changed.connect(reader.descriptions_changed)

        # The panel is built the first time its tab is shown (or `panel` is asked for): most visits
        # open on the guide, and a window opens sooner without it.
        self._panel: WhatChangedPanel | None = None
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setAccessibleName(_tr("WhatChanged", "What changed"))  # a focus stop: Tab lands here to scroll
        swipe_to_scroll(area)
        dock = QDockWidget(_tr("WhatChanged", "What changed"), window)
        dock.setObjectName("whatChangedDock")
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        dock.setWidget(area)
        dock.setMinimumWidth(300)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        conversation = getattr(window, "conversation", None)
        if conversation is not None:
            window.tabifyDockWidget(conversation.insights_dock, dock)
            conversation.guide_dock.raise_()
            conversation.parent_view.changed.connect(self._on_parent_view)
        dock.visibilityChanged.connect(self._on_dock_visibility)
        self.dock = dock
        actions = getattr(window, "actions", None)
        if actions is not None:
            toggle = dock.toggleViewAction()
            toggle.setText(_tr("WhatChanged", "Show what changed"))
            actions.view_menu.addSeparator()
            actions.view_menu.addActions([action, toggle])

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        doc = self._doc
        for signal in (doc.node_added, doc.node_removed, doc.node_changed, doc.edge_added,
                       doc.edge_removed, doc.edge_changed):
            signal.connect(self._schedule)
        doc.reset.connect(self._schedule)
        doc.visits_changed.connect(self._on_visits_changed)
        doc.node_moved.connect(self._on_moved)
        # The changes stay in view whatever comes first: comparing, the parent view's fit, a resize.
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.setInterval(0)  # once the layout has settled (many resizes, one scroll)
        self._reveal_timer.timeout.connect(self._reveal_again)
        view = getattr(window, "view", None)
        # Where the view stood when the changes were last brought into view: a resize brings them
        # back only while nobody has zoomed or panned since (the view the worker chose stays theirs).
        self._shown_at: FitKeeper | None = None
        if view is not None:
            view.zoom_changed.connect(self._on_moved)  # the names' size, and so the outlines, follow the zoom
            view.fitted.connect(self._reveal_soon)  # a fit centres the whole map, changes or not
            self._shown_at = FitKeeper(view)
            self._shown_at.refit_due.connect(self._reveal_soon)
            view.installEventFilter(self)  # the canvas resized (not its inside: a scroll bar leaves it)
        window.scene.legend_changed.connect(self._on_moved)  # the text size setting
        display = getattr(getattr(window, "accessibility", None), "display", None)
        if display is not None:  # high contrast draws every line in its own ink again
            display.high_contrast_action.toggled.connect(self._on_display)
        # The overlay's ghosts and words are part of the picture: the legend takes a corner clear of them.
        self.comparison_changed.connect(self._place_legend)
        self._on_visits_changed()

    # ----- state ----------------------------------------------------------------------------

    @property
    def panel(self) -> WhatChangedPanel:
        """The What changed panel (built now if its tab has not been shown yet)."""
        if self._panel is None:
            from ..panels.changes.panel import WhatChangedPanel

            panel = WhatChangedPanel(self.action)
            stops = tab_stops(panel)
            panel.earlier_chosen.connect(self.choose_earlier)
            panel.change_chosen.connect(self.focus_change)
            conversation = getattr(self._window, "conversation", None)
            if conversation is not None:
                panel.set_parent_view(conversation.parent_view.is_on())
            self._panel = panel
            self._show_visits()
            area = self.dock.widget()
            area.setWidget(panel)
            chain([area, *stops])  # Tab goes through it straight after its scroll area
            panel.show()  # the dock may be on show already
            self._dirty = True  # what it says is worked out when it is seen (or now, by refresh)
        return self._panel

    def _change_words(self, key: tuple[str, str]) -> str | None:
        """The words the comparison shows beside a node or a line, which the canvas's reader says too."""
        if not self._overlay_shown():
            return None
        kind, item_id = key
        return self._overlay.node_tag(item_id) if kind == "node" else self._overlay.edge_caption(item_id)

    @property
    def overlay(self) -> CompareOverlay:
        """The marks on the canvas (made the first time a comparison is shown or asked for)."""
        if self._overlay is None:
            from ...canvas.compare_overlay import CompareOverlay

            self._overlay = CompareOverlay(self._window.scene)
            # The circles' names brought into sight keep clear of its words (more_map.py), and all of
            # them of its ghosts.
            self._window.scene.set_words_over_map(self._overlay.word_boxes)
            self._overlay.ghosts_shown = self._window.scene.keep_names_clear_of
        return self._overlay

    def _overlay_shown(self) -> bool:
        return self._overlay is not None and self._overlay.is_shown()

    def is_comparing(self) -> bool:
        return self.action.isChecked()

    def set_comparing(self, on: bool) -> None:
        self.action.setChecked(on)

    def comparison(self) -> Any:
        """The comparison on show (analysis.changes.Comparison), or None."""
        return self._comparison

    def earlier_visit_id(self) -> str | None:
        """The visit the current one is compared with (None when the map has one visit)."""
        visits = self._doc.visits()
        if len(visits) < 2:
            return None
        ids = [v.id for v in visits[:-1]]
        return self._earlier if self._earlier in ids else ids[-1]

    def choose_earlier(self, visit_id: str) -> None:
        """Compare with this earlier visit from now on."""
        if visit_id != self._earlier:
            self._earlier = visit_id
            self._reveal = self.is_comparing()
            self.refresh()

    def set_available(self, available: bool) -> None:
        """Off while a past visit is on show: the overlay lies on the current map only. Comparing
        comes back on with today's map if it was on when the past visit was chosen."""
        if not available and self._available:
            self._resume = self.is_comparing()
        self._available = available
        self._update_action()
        if available and self._resume:
            self._resume = False
            self.set_comparing(True)
        self.refresh()

    # ----- working it out -------------------------------------------------------------------

    def _wanted(self) -> bool:
        """Whether anyone looks at the comparison: the overlay is on, or the panel can be seen."""
        panel = self._panel  # a tab behind another is "visible" to Qt, only moved away
        return self.is_comparing() or (panel is not None and panel.isVisible()
                                       and not panel.visibleRegion().isEmpty())

    def _schedule(self, *_args) -> None:
        self._dirty = True
        if self._wanted():
            self._timer.start()  # restarts: a burst of edits makes one comparison

    def refresh(self) -> None:
        """Compare again now and show the result (overlay and panel)."""
        self._timer.stop()
        self._dirty = False
        doc = self._doc
        earlier = self.earlier_visit_id()
        if earlier is None or not self._available:
            self._comparison = None
            if self._overlay is not None:
                self._overlay.clear()
            self.panel.show_note(
                _tr("WhatChanged", "This map has one visit so far. At a later visit, start a new one "
                                   "(Map ▸ New visit…) to see here what changed since.") if earlier is None
                else _tr("WhatChanged", "Go back to today's visit to see what changed."))
            self.comparison_changed.emit()
            return
        from ...analysis.changes import compare_visits, sentence

        comparison = self._comparison = compare_visits(doc, earlier, doc.current_visit().id)
        parent_words = self._parent_words()
        if self.is_comparing():
            self.overlay.show(comparison, doc.visit_graph(earlier), parent_words)
            if self._reveal:
                self._reveal = False
                self._bring_marks_into_view()
        elif self._overlay is not None:
            self._overlay.clear()
        since = date_in_words(doc.visits()[doc.visit_index(earlier)].date)
        self.panel.show_sentences([(sentence(c, comparison, parent_words), c) for c in comparison.reported()],
                                  since)
        self.comparison_changed.emit()

    def marks(self) -> list[QRectF]:
        """Where the comparison's words are, one box a mark (compare_reveal.change_marks)."""
        from .compare_reveal import change_marks  # with the overlay: only once comparing

        return change_marks(self._window.scene, self.overlay)

    def marks_rect(self) -> QRectF:
        """All the marks of the comparison on show in one box (empty when nothing is marked)."""
        from .compare_reveal import united

        return united(self.marks())

    def _bring_marks_into_view(self) -> None:
        """Scroll once, the least that puts the comparison's marks on screen (compare_reveal)."""
        from .compare_reveal import bring_into_view, words_into_view

        view = getattr(self._window, "view", None)
        if view is not None:
            self.overlay.keep_words_within(None)  # each where it fits best, then the view chosen
            bring_into_view(view, self.marks())
            self._shown_at.remember()
            words_into_view(view, self.overlay)

    # ----- following the window -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.Resize and watched is getattr(self._window, "view", None)
                and self._shown_at is not None):
            self._shown_at.resized()
        return False

    def _reveal_soon(self) -> None:
        if self.is_comparing():
            self._reveal_timer.start()

    def _reveal_again(self) -> None:
        """The view was fitted or resized while comparing: the changes come back in view (with the
        comparison about to be worked out again, once it is)."""
        if not self._overlay_shown():
            return
        if self._timer.isActive():
            self._reveal = True
        else:
            self._bring_marks_into_view()

    def _place_legend(self) -> None:
        view = getattr(self._window, "view", None)
        if view is not None:
            view.legend_placer().place(view)
            view.place_more_arrows()  # the arrows at the canvas's edges, off the words too

    def _on_toggled(self, on: bool) -> None:
        # The strip's button shows the icon text: "Stop comparing" says plainly that the marks on
        # the map are on, which a pressed look alone hardly did; the menu keeps its tick.
        self.action.setIconText(_tr("WhatChanged", "Stop comparing") if on
                                else _tr("WhatChanged", "Compare with an earlier visit"))
        self._reveal = on
        if on:
            self.dock.show()
            self.dock.raise_()  # the sentences beside the marks on the map
        self.refresh()
        # Said (switched by its keys on the map, the marks came and went unheard); not as a past visit shows.
        if not on and self._available:
            speech.announce(self._window, _tr("WhatChanged", "Not comparing: the map as it is now."))
        elif self._comparison is not None and (earlier := self.earlier_visit_id()) is not None:
            since = date_in_words(self._doc.visits()[self._doc.visit_index(earlier)].date)
            text = _tr("WhatChanged", "Comparing with the visit of %1: what changed is marked on the map and "
                       "listed under What changed.")
            speech.announce(self._window, fill(text, since))

    def _on_visits_changed(self) -> None:
        self._show_visits()
        self._update_action()
        self._schedule()

    def _show_visits(self) -> None:
        """The earlier visits the panel offers to compare with (once it is built)."""
        if self._panel is None:
            return
        visits = self._doc.visits()
        choices = [(v.id, visit_words(v.date, v.label)) for v in reversed(visits[:-1])]
        self._panel.set_visits(choices, self.earlier_visit_id())

    def _update_action(self) -> None:
        usable = self._available and self._doc.visit_count() > 1
        if not usable and self.action.isChecked():
            self.action.setChecked(False)
        self.action.setEnabled(usable)

    def _on_moved(self, *_args) -> None:
        if self._overlay_shown():
            self.overlay.refresh_positions()

    def _on_display(self, *_args) -> None:
        if self._overlay_shown():
            self.overlay.restyle()

    def _on_dock_visibility(self, visible: bool) -> None:
        if visible and self._panel is None:
            self.panel  # noqa: B018 - builds the panel as its tab comes to the front
        if visible and self._dirty:
            QTimer.singleShot(0, self.refresh)

    def _parent_words(self) -> bool:
        """Whether the sentences and tags speak the parent view's words (the toolbar's and legend's)."""
        conversation = getattr(self._window, "conversation", None)
        return conversation is not None and conversation.parent_view.is_on()

    def _on_parent_view(self, on: bool) -> None:
        if self._panel is not None:  # else it takes the parent view when it is built
            self._panel.set_parent_view(on)
        # The map is fitted again with bigger names and the words change: the changes come back in
        # view once they are worked out in the other view's words.
        self._reveal = self._reveal or self.is_comparing()
        self._schedule()  # the sentences and tags say it in the other view's words
        QTimer.singleShot(0, self._on_moved)  # the tags grow with the parent view's text

    # ----- a chosen sentence ------------------------------------------------------------------

    def focus_change(self, change: Any) -> None:
        """Select the person or line a change is about and centre it on the canvas (a person or line
        that ended: its ghost, with the overlay switched on to show it)."""
        window = self._window
        scene, doc = window.scene, self._doc
        point: QPointF | None = None
        if change.kind in _EDGE_KINDS:
            edge_id = change.edge_id if change.edge_id is not None and doc.has_edge(change.edge_id) else None
            if edge_id is not None:
                scene.select_ids([], [edge_id])
                line = scene.edge_item(edge_id).drawn_line()
                point = line.center() if line is not None else None
            else:
                point = self._ghost_line_middle(change)
        elif change.node_id is not None and doc.has_node(change.node_id):
            scene.select_ids([change.node_id], [])
            point = scene.node_item(change.node_id).pos()
        else:
            point = self._ghost_position(change.node_id)
        view = getattr(window, "view", None)
        if point is not None and view is not None:
            view.centerOn(point)

    def _ghost_position(self, node_id: str | None) -> QPointF | None:
        if not self.is_comparing():
            self.set_comparing(True)
        ghost = self.overlay.ghost(node_id) if node_id is not None else None
        self._window.scene.select_ids([], [])
        return ghost.pos() if ghost is not None else None

    def _ghost_line_middle(self, change: Any) -> QPointF | None:
        if not self.is_comparing():
            self.set_comparing(True)
        self._window.scene.select_ids([], [])
        item = self.overlay.ghost_edges().get(frozenset(change.ends or ()))
        return item.middle() if item is not None else None


def install_compare(window: QMainWindow) -> CompareController:
    """Add the compare switch, the What changed dock and the overlay to *window*."""
    return CompareController(window)
