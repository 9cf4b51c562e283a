"""Which nodes keep their drawing as a pixmap (Qt's item cache), so a repaint of one unchanged costs a
copy: every node of a map up to CACHE_MAX_NODES, none while the zoom changes, and on bigger maps only
the few being dragged, while they move."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QGraphicsItem

from .items.node_item import NodeItem

# Maps with more nodes than this paint nodes directly instead of caching them as pixmaps: Qt's per-item
# cache bookkeeping costs more than the cache saves there (benchmarks/bench_canvas.py: slower drags at
# 5,000 nodes).
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

    def mode(self, count: int | None = None) -> QGraphicsItem.CacheMode:
        """How a node paints on a map of *count* nodes (the map's own count when None)."""
        count = len(self._nodes) if count is None else count
        return _CACHED if self._on and count <= CACHE_MAX_NODES else _DIRECT

    def set_on(self, on: bool) -> None:
        """Cache (on by default) or not: the view turns it off while the zoom changes (each step
        would redraw every cache anyway)."""
        if on == self._on:
            return
        before = self.mode()
        self._on = on
        mode = self.mode()
        if mode != before:  # a big map never caches: nothing to change on its thousands of nodes
            self._set_all(mode)

    def recheck(self) -> None:
        """After a node is added or removed: switch every node when the map crosses the size limit."""
        if len(self._nodes) in (CACHE_MAX_NODES, CACHE_MAX_NODES + 1):
            self._set_all(self.mode())

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
