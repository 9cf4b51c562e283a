"""Keeping the canvas's edges in step with the map as it scrolls, zooms, changes size or is edited:
the room to scroll past the map and the scroll bars, each circle's name on the part of its circle in
sight, the arrows at the edges the map goes on past (more_map.py), and what a screen reader is told
of those edges.

The circles' names come first: the arrows keep clear of them. While the view moves, a name brought
into sight stays where it is as long as it can; once the view has stood still for STILL_MS, each goes
where that view alone puts it, where that is nearer its own place (RingItem.settle_in_sight). A view
scrolled to show a new person scrolls on the least that leaves no circle's name cut at its edge
(keep_circle_names_whole).
"""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtWidgets import QGraphicsView, QToolButton

from . import more_map
from .scene import MapScene

STILL_MS = 400  # how long the view stands still before the names in sight settle (no step comes sooner)


class SightKeeper(QObject):
    """The scene rectangle and scroll bars of its view, the arrows at its edges and the circles' names
    in sight. It reaches the view as its Qt parent only (no Python reference back), as FitKeeper does."""

    def __init__(self, view: QGraphicsView, scene: MapScene, description: str) -> None:
        super().__init__(view)
        self._scene = scene  # the view's, before it is set on the view (the first scene rectangle)
        self._description = description  # the canvas's own, which the edges' words are added to
        self._sides: set[str] = set()  # the sides the map goes on past, as last told
        self._arrows = more_map.make_arrows(view)
        for arrow in self._arrows.values():
            arrow.clicked.connect(self._show_more)
        self._still = QTimer(self)  # restarted at every move of the view: its end is the view at rest
        self._still.setSingleShot(True)
        self._still.setInterval(STILL_MS)
        self._still.timeout.connect(self._settle)

    def _view(self) -> QGraphicsView:
        return self.parent()

    def arrows(self) -> dict[str, QToolButton]:
        return self._arrows

    def set_description(self, text: str) -> None:
        """The canvas's own description from now on, told with the edges' words as they stand."""
        self._description = text
        more = more_map.describe(self._sides)
        self._view().setAccessibleDescription(f"{text} {more}" if more else text)

    def update(self) -> None:
        """Place the circles' names and then the arrows for what is in sight now."""
        more_map.name_circles_in_sight(self._view())  # first: the arrows keep clear of the circles' names
        self._place_arrows()
        self._still.start()

    def _settle(self) -> None:
        """The view stood still: the names in sight where it alone puts them, and the arrows again."""
        rings = self._scene.ring_item()
        if shiboken6.isValid(rings) and rings.settle_in_sight():
            self._place_arrows()

    def _place_arrows(self) -> None:
        view, scene = self._view(), self._scene
        sides: set[str] = set()
        # Only where names keep a least size (the parent view): there one cannot zoom out to see it all.
        if scene.zoom_floor() > 0:
            shown = view.mapToScene(view.viewport().rect()).boundingRect()
            sides = more_map.sides_beyond(shown, scene.items_bounding_rect(), view.transform().m11())
        more_map.place_arrows(view, self._arrows, sides)
        if sides != self._sides:  # a screen reader hears of it with the canvas's description
            self._sides = sides
            more = more_map.describe(sides)
            view.setAccessibleDescription(f"{self._description} {more}" if more else self._description)

    def update_scene_rect(self, bounds: QRectF | None = None) -> None:
        """Let the user scroll a good way past the map in every direction, but not to infinity.
        *bounds*: the scene's items_bounding_rect(), if the caller has just worked it out."""
        view = self._view()
        rect = self._scene.items_bounding_rect() if bounds is None else bounds
        scale = view.transform().m11() or 1.0
        margin_x = view.viewport().width() / scale
        margin_y = view.viewport().height() / scale
        view.setSceneRect(rect.adjusted(-margin_x, -margin_y, margin_x, margin_y))
        self.update_scroll_bars(rect)

    def update_scroll_bars(self, bounds: QRectF | None = None) -> None:
        """Scroll bars while the map (not the room around it) is larger than the view, each way."""
        view = self._view()
        rect = self._scene.items_bounding_rect() if bounds is None else bounds
        shown = view.transform().mapRect(rect)
        # The room the view has with no scroll bars, so showing one cannot make it flicker.
        room = view.maximumViewportSize()
        on, off = Qt.ScrollBarPolicy.ScrollBarAlwaysOn, Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        wide, tall = shown.width() > room.width(), shown.height() > room.height()
        # One bar takes room from the other way: a map a little narrower than the view scrolls sideways
        # too once the up-and-down bar is there (else its edges are cut with no bar to reach them).
        bar_width = view.verticalScrollBar().sizeHint().width()
        bar_height = view.horizontalScrollBar().sizeHint().height()
        wide = wide or (tall and shown.width() > room.width() - bar_width)
        tall = tall or (wide and shown.height() > room.height() - bar_height)
        if wide != (view.horizontalScrollBarPolicy() == on):
            view.setHorizontalScrollBarPolicy(on if wide else off)
        if tall != (view.verticalScrollBarPolicy() == on):
            view.setVerticalScrollBarPolicy(on if tall else off)

    def keep_circle_names_whole(self, keep: QRectF) -> None:
        """Scroll the least that leaves no circle's name cut at the canvas's edge, *keep* (scene) in
        sight: a map scrolled just enough to show a new person cut the next circle's name in half."""
        view = self._view()
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        move = self._scene.ring_item().uncut_shift(shown, keep.intersected(shown))
        if not move.isNull():
            slack = 2.0 / (view.transform().m11() or 1.0)  # two pixels past the name: the scroll is rounded
            move += QPointF(math.copysign(slack, move.x()) if move.x() else 0.0,
                            math.copysign(slack, move.y()) if move.y() else 0.0)
            view.centerOn(view.mapToScene(view.viewport().rect().center()) + move)

    def _show_more(self) -> None:
        arrow = self.sender()
        if arrow is not None:
            view = self._view()
            more_map.scroll_step(view, str(arrow.property("side")), self._scene.items_bounding_rect())
