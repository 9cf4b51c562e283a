"""Which nodes keep their drawing as a pixmap (Qt's item cache), so a repaint of one unchanged costs a
copy: every node of a map up to CACHE_MAX_NODES, and of a bigger map while a view shows no more than
that many at once (zoomed in on part of it); none while the zoom changes; otherwise on big maps only the
few being dragged, while they move."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from .items.node_item import NodeItem

# Nodes are cached while no more than this many can be on screen at once. A view showing more of them
# (a big map shown whole) paints them directly: a pixmap for each of thousands of nodes made its first
# redraw 1.6x slower and took 30 MB more (5,000 nodes, benchmarks/bench_canvas.py), while zoomed in on
# such a map, painting the few in sight directly made every redraw at 100% about 1.8x as costly as
# copying them (2026-12-06, CPU time).
CACHE_MAX_NODES = 2000
# On such maps, up to this many dragged nodes are cached while they move (begin_live_move).
LIVE_MOVE_CACHE_MAX = 50

_CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache
_DIRECT = QGraphicsItem.CacheMode.NoCache


class NodeCaching:
    """The caching of a projection's node items (*nodes*: its id -> item table, kept up to date by it)."""

    def __init__(self, nodes: dict[str, NodeItem]) -> None:
        self._nodes = nodes
        self._on = True
        self._live: list[NodeItem] = []  # nodes cached while dragged (big maps)
        # The share of the map a view shows at once (1: all of it, as a picture of it draws it).
        self._share_in_sight = 1.0

    def mode(self, count: int | None = None) -> QGraphicsItem.CacheMode:
        """How a node paints on a map of *count* nodes (the map's own count when None)."""
        count = len(self._nodes) if count is None else count
        in_sight = count if self._share_in_sight >= 1.0 else math.ceil(count * self._share_in_sight)
        return _CACHED if self._on and in_sight <= CACHE_MAX_NODES else _DIRECT

    def set_on(self, on: bool, shown: QRectF | None = None, bounds: QRectF | None = None) -> None:
        """Cache (on by default) or not: the view turns it off while the zoom changes (each step
        would redraw every cache anyway). *shown*: the area (scene coordinates) the view now shows
        of the map's *bounds*, from which the nodes it shows at once are reckoned (as if spread
        evenly over the bounds)."""
        before = self.mode()
        self._on = on
        if shown is not None and bounds is not None:
            self._share_in_sight = _share(shown, bounds)
        mode = self.mode()
        if mode != before:  # a big map shown whole never caches: nothing to change on its thousands of nodes
            self._set_all(mode)

    def recheck(self) -> None:
        """After a node is added or removed: switch every node when the map crosses the size limit."""
        count = len(self._nodes)
        mode = self.mode(count)
        if mode != self.mode(count - 1) or mode != self.mode(count + 1):
            self._set_all(mode)

    def begin_live_move(self, node_ids: Iterable[str]) -> None:
        """A drag starts. On a big map, where nodes paint directly, the few dragged keep their drawing as
        a pixmap while they move: each step copies them, as every node of a smaller map always does."""
        self.end_live_move()
        if self.mode() != _DIRECT:
            return  # cached already
        items = [self._nodes[n] for n in node_ids if n in self._nodes]
        if len(items) > LIVE_MOVE_CACHE_MAX:
            return  # too many pixmaps to keep: they paint directly, as the rest of the map does
        for item in items:
            item.setCacheMode(_CACHED)
        self._live = items

    def end_live_move(self) -> None:
        """The drag is over: the dragged nodes paint as the rest of the map does again."""
        mode = self.mode()
        for item in self._live:
            item.setCacheMode(mode)
        self._live = []

    def _set_all(self, mode: QGraphicsItem.CacheMode) -> None:
        for item in self._nodes.values():
            item.setCacheMode(mode)


def _share(shown: QRectF, bounds: QRectF) -> float:
    """How much of the area *bounds* a view of the area *shown* takes in at once, wherever it is
    scrolled (1 when it is as large: all of it)."""
    map_area = bounds.width() * bounds.height()
    if map_area <= 0.0:
        return 1.0
    return min(1.0, shown.width() * shown.height() / map_area)
