"""The side panels while a past visit is on show: the guide, Details, the summary and the list show
that visit, and nothing in them can change it.

Each panel gets a twin built on the past visit's read-only copy and shown in the panel's place; the
live panels are left as they were (their selection, their scroll position, the step on show) and
come back with today's map. The twins push on the past canvas's undo stack, which drops everything,
and their fields are read-only or disabled besides, so they look as unchangeable as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QDockWidget, QLineEdit, \
    QPlainTextEdit, QScrollArea, QWidget

from ...model.document import Document
from ..panels.guide.panel import GuidePanel
from ..panels.properties import PropertiesPanel

if TYPE_CHECKING:  # the summary's and the list's twins are made when their tab shows
    from ..editor.past_canvas import PastScene
    from ..panels.insights import InsightsPanel
    from ..panels.map_list.panel import MapListPanel


def make_read_only(panel: QWidget, keep: tuple[QAbstractButton, ...] = ()) -> None:
    """Text fields read-only (still readable and selectable), every other control disabled."""
    for field in panel.findChildren(QPlainTextEdit) + panel.findChildren(QLineEdit):
        field.setReadOnly(True)
    for combo in panel.findChildren(QComboBox):
        combo.setEnabled(False)
    for button in panel.findChildren(QAbstractButton):
        if button not in keep:
            button.setEnabled(False)


class PastPanels(QObject):
    """Puts read-only twins of the side panels in place for one past visit, and takes them away."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._swapped: list[tuple[object, QWidget, QWidget]] = []  # (holder, live widget, twin)
        self.guide: GuidePanel | None = None
        self.details: PropertiesPanel | None = None
        self.insights: InsightsPanel | None = None
        self.list: MapListPanel | None = None
        self._document: Document | None = None
        self._visit_words = ""
        self._scene: PastScene | None = None
        self._waiting: dict[QDockWidget, Callable[[], None]] = {}  # twins made when their tab shows
        for dock in (window.conversation.insights_dock, window.accessibility.list_dock):
            dock.visibilityChanged.connect(partial(self._on_dock_visibility, dock))

    def is_shown(self) -> bool:
        return bool(self._swapped)

    def show(self, document: Document, scene: PastScene, visit_words: str = "") -> None:
        """Show the twins of every panel for *document* (the past visit's copy) and *scene*;
        *visit_words*: that visit's date in words."""
        self.restore()
        self._visit_words = visit_words
        window = self._window
        stack = scene.undo_stack
        parent_view = window.conversation.parent_view.is_on()

        guide = GuidePanel(document, stack, scene)
        guide.build_pages()  # every step's page, so that every one is made read-only below
        live_guide = window.conversation.guide
        guide.show_step(live_guide.current_step())
        guide.set_parent_view(parent_view)
        header = guide.add_header_action(window.conversation.parent_view.action)  # as the live guide
        steps = tuple(guide.step_buttons.values()) + (guide.previous_button, guide.next_button, header)
        make_read_only(guide, keep=steps)
        self._swap_dock(window.conversation.guide_dock, guide)
        self.guide = guide

        details = PropertiesPanel(document, stack)
        details.show_selection([], [])
        details.set_looking_back()
        make_read_only(details)
        details.set_notes_shown(not parent_view)
        details.set_parent_words(parent_view)
        scene.selection_ids_changed.connect(
            lambda: details.show_selection(scene.selected_node_ids(), scene.selected_edge_ids()))
        self._swap_scroll(window.details_dock.widget(), details)
        self.details = details

        # The summary and the list are worked out only when their tab is in front (on a big map
        # each takes a good part of a second), as the live ones are.
        self._document, self._scene = document, scene
        self._waiting = {window.conversation.insights_dock: self._show_insights,
                         window.accessibility.list_dock: self._show_list}
        for dock in list(self._waiting):
            if dock.isVisible() and not dock.visibleRegion().isEmpty():
                self._waiting.pop(dock)()

    def _on_dock_visibility(self, dock: QDockWidget, visible: bool) -> None:
        if visible and dock in self._waiting:
            self._waiting.pop(dock)()

    def _show_insights(self) -> None:
        window = self._window
        window.conversation.insights  # noqa: B018 - the live summary is made first, so it is kept
        from ..panels.insights import InsightsPanel

        insights = InsightsPanel(self._document, visit_words=self._visit_words)
        insights.refresh()
        self._swap_scroll(window.conversation.insights_dock.widget(), insights)
        self.insights = insights

    def _show_list(self) -> None:
        window = self._window
        live = window.accessibility.list_panel  # made first too
        from ..panels.map_list.panel import MapListPanel

        map_list = MapListPanel(self._document, self._scene.undo_stack, self._scene)
        map_list.leave = live.leave
        map_list.set_parent_words(window.conversation.parent_view.is_on())
        for table in (map_list.people_view, map_list.connections_view):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        map_list.remove_button.setEnabled(False)
        self._swap_dock(window.accessibility.list_dock, map_list)
        self.list = map_list

    def set_parent_view(self, on: bool) -> None:
        """The parent view was switched while a past visit is on show."""
        if self.guide is not None:
            self.guide.set_parent_view(on)
        if self.details is not None:
            self.details.set_notes_shown(not on)
            self.details.set_parent_words(on)
        if self.list is not None:
            self.list.set_parent_words(on)

    def restore(self) -> None:
        """Put the live panels back and let the twins go."""
        for holder, live, twin in reversed(self._swapped):
            if isinstance(holder, QScrollArea):
                holder.takeWidget()
                holder.setWidget(live)
            else:
                holder.setWidget(live)
            live.show()
            twin.hide()
            twin.setParent(None)
            twin.deleteLater()
        self._swapped = []
        self._waiting = {}
        self._document = self._scene = None
        self.guide = self.details = self.insights = self.list = None

    def _swap_dock(self, dock, twin: QWidget) -> None:
        live = dock.widget()
        dock.setWidget(twin)
        self._keep(live)
        twin.show()
        self._swapped.append((dock, live, twin))

    def _swap_scroll(self, area: QScrollArea, twin: QWidget) -> None:
        live = area.takeWidget()
        area.setWidget(twin)
        self._keep(live)
        twin.show()
        self._swapped.append((area, live, twin))

    def replace_kept(self, old: QWidget, live: QWidget) -> None:
        """*live*, a panel built while a past visit is on show, is put back instead of *old* (what held
        its place, window/details_dock.py) when today's map returns."""
        for index, (holder, kept, twin) in enumerate(self._swapped):
            if kept is old:
                self._keep(live)
                self._swapped[index] = (holder, live, twin)
                old.deleteLater()
                return

    def _keep(self, live: QWidget) -> None:
        """Keep a live panel set aside as a hidden child of the window: taken out of its holder it
        has no parent, so a window closed while looking back left it behind, a window of its own
        that still took the app's font and style changes (a crash once its window had gone)."""
        live.hide()
        live.setParent(self._window)
