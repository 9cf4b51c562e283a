"""The canvas's zoom: steps, 100%, the whole map, Ctrl+wheel, and what follows a change of zoom
(item caching, the legend's corner, the scroll bars and the arrows at the edges).

A part of MapView (view.py), kept apart so each module holds one job; it reads the view's own
attributes (its scene, fit keeper, legend placer, timers and signals)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QWheelEvent

from ...canvas import name_size
from . import legend_place
from .fit import MAX_ZOOM, MIN_ZOOM, fit_map

ZOOM_STEP = 1.25


class ViewZoom:
    """MapView's zoom (a mixin placed before QGraphicsView in MapView's bases)."""

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, scale: float, anchor: QPointF | None = None) -> None:
        """Zoom to *scale*, keeping the scene point under the viewport position *anchor* still."""
        scale = max(MIN_ZOOM, self._map_scene.zoom_floor(), min(MAX_ZOOM, scale))
        current = self.zoom()
        if abs(scale - current) < 1e-9:
            return
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        with self._arrows_wait():  # it scrolls twice or more on the way: they are placed in _zoomed
            before = self.mapToScene(anchor.toPoint())
            self.scale(scale / current, scale / current)
            self.update_scene_rect()
            # Scroll so the point that was under the anchor (the pointer, the pinch) is there again.
            moved = self.mapFromScene(before) - anchor.toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self._zoomed()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def reset_zoom(self) -> None:
        """Back to 100%, centred on the family."""
        self.set_zoom(1.0)
        self.centerOn(self._map_scene.node_item(self._map_scene.document.centre_id))

    def zoom_to_fit(self) -> None:
        """Show the whole map as large as it fits, with room for the legend (fit.py). The parent view
        never zooms out so far that names are harder to read than the window's text (zoom_floor)."""
        scene = self._map_scene
        if scene.zoom_floor() > 0:  # the parent view: on a crowded map, zoom in rather than grow names
            scene.set_boost_cap(name_size.parent_boost_cap(scene.text_scale(), scene.node_items()))
        bounds = scene.items_bounding_rect()
        if bounds.isEmpty():
            return
        # Each step of the fit scrolls the view; the legend finds its corner once, at the end
        # (_zoomed), not at every step (on a big map each look for a clear corner takes a while).
        self._legend_held = self._fit_keeper.fitting = True
        try:
            fit_map(self, bounds)
        finally:
            self._legend_held = False
        try:
            self._zoomed()
        finally:
            self._fit_keeper.fitting = False
        self._fit_keeper.remember()
        self.fitted.emit()

    def refit_unless_moved(self) -> None:
        """Fit the whole map again if the canvas changed size since the last fit and nobody has
        zoomed or panned since, even after edits (the first start's hint went, the family named)."""
        if self._fit_keeper.unmoved() and self._fit_keeper.resized_since():
            self.zoom_to_fit()

    @contextmanager
    def moves_of_its_own(self) -> Iterator[None]:
        """Scrolls and zooms the app makes to show what was just drawn: a view nobody had moved since
        the last fit still counts as unmoved after them, for refit_unless_moved (adding a person with
        the toolbar scrolled, and the first start's hint going then left the map small)."""
        unmoved = self._fit_keeper.unmoved()
        try:
            yield
        finally:
            if unmoved:
                self._fit_keeper.follow()

    def legend_placer(self) -> legend_place.LegendPlacer:
        return self._legend

    def tap_legend(self, viewport_pos: QPointF) -> bool:
        """A finger tapped the folded legend: it opens over the map (or folds), as a click does."""
        if not self._legend.hit(self, viewport_pos):
            return False
        self._legend.toggle_by_hand(self)
        return True

    def _zoomed(self) -> None:
        # While the zoom changes, item caches would be redrawn at every step: paint directly, and
        # cache again once the zoom has been still for a moment.
        self._map_scene.set_item_caching(False)
        self._cache_timer.start()
        self._map_scene.set_view_scale(self.zoom())
        self._legend.forget_hand()
        self._place_legend()
        with self._arrows_wait():  # a scroll bar shown or hidden resizes the inside
            self._sight.update_scroll_bars()
        self._update_more_arrows()
        self.zoom_changed.emit(self.zoom())

    @contextmanager
    def _arrows_wait(self) -> Iterator[None]:
        """The circles' names in sight and the arrows at the edges wait while the view scrolls and
        resizes in steps, to be placed once after: each placement of the names may ask of 72 places
        round every circle crossing the canvas (a zoom step asked five times)."""
        held, self._arrows_held = self._arrows_held, True
        try:
            yield
        finally:
            self._arrows_held = held

    def _cache_items(self) -> None:  # the zoom is still (a big map's nodes: while few are in sight)
        self._map_scene.set_item_caching(True, self.mapToScene(self.viewport().rect()).boundingRect())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        # As in diagram editors: the wheel (or two fingers on a touchpad) scrolls, Ctrl+wheel zooms
        # (a touchpad's pinch arrives as Ctrl+wheel on Windows and Linux, as a gesture on macOS).
        steps = event.angleDelta().y() / 120.0
        if not steps or not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        self.set_zoom(self.zoom() * (ZOOM_STEP ** steps), event.position())
        event.accept()
