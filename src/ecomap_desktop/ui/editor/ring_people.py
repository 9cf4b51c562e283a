"""The people and groups near the circles of a crowded map, and the cross-ticks of its stressful lines
near them, kept filed for placing the circles' names (ring_places.PeopleNearCircles and
TicksNearCircles): filed once, then after an edit only the nodes and lines it changed are filed
again, so a map of thousands is not walked at every edit."""

from __future__ import annotations

from collections.abc import Mapping, Sized
from contextlib import AbstractContextManager, nullcontext

from PySide6.QtCore import QObject

from ... import ring_places
from ...collector import collector_paused
from ...canvas.items.edge_item import EdgeItem
from ...canvas.items.node_item import NodeItem
from ...model.document import Document


class RingPeople(QObject):
    """Follows *document*'s changes (a child of the scene: its connections go with it); people() and
    ticks() give the people and the stressful lines' ticks near the circles as the scene's items
    stand."""

    def __init__(self, document: Document, parent: QObject) -> None:
        super().__init__(parent)
        self._document = document
        self._people: ring_places.PeopleNearCircles | None = None  # None: file every node again
        self._filed_for: tuple[float, float, float, float] | None = None  # centre and sizes filed at
        self._changed: set[str] = set()
        self._ticks: ring_places.TicksNearCircles | None = None  # None: file every line again
        self._ticks_for: tuple[float, float, float, float] | None = None
        self._changed_lines: set[str] = set()
        document.node_added.connect(self._note)
        document.node_removed.connect(self._note)
        document.node_changed.connect(self._note_with_lines)
        document.node_moved.connect(self._note_with_lines)
        document.edge_added.connect(self._note_line)
        document.edge_removed.connect(self._note_line)
        document.edge_changed.connect(self._note_line)
        document.reset.connect(self.forget)

    def _note(self, node_id: str, *_what) -> None:
        self._changed.add(node_id)

    def _note_with_lines(self, node_id: str, *_what) -> None:
        """A node moved or changed (its outline may have): its lines' ticks moved too."""
        self._changed.add(node_id)
        if self._ticks is not None:
            self._changed_lines.update(self._document.edges_of(node_id))

    def _note_line(self, edge_id: str, *_what) -> None:
        self._changed_lines.add(edge_id)

    def forget(self) -> None:
        """File every node and line again next time (a map opened, or every name resized)."""
        self._people = None
        self._changed.clear()
        self._ticks = None
        self._changed_lines.clear()

    def people(self, items: Mapping[str, NodeItem], cx: float, cy: float, scale: float,
               grow: float) -> ring_places.PeopleNearCircles:
        """The nodes of *items* near the circles centred at (*cx*, *cy*), their names *scale* and
        *grow* times their size at 100% (RingItem.place_names's)."""
        people = self._people
        near = ring_places.near_circles
        if people is None or self._filed_for != (cx, cy, scale, grow):
            people = self._people = ring_places.PeopleNearCircles()
            self._filed_for = (cx, cy, scale, grow)
            self._changed.clear()
            put = people.put_new  # every node at once (a map opened): none is filed yet
            with _paused_for(items):
                for node_id, item in items.items():
                    x, y = item.x() - cx, item.y() - cy
                    if near(x, y):
                        put(node_id, x, y, item.outline_at(scale), item.outline_at(grow))
            return people
        changed = list(self._changed)
        self._changed.clear()
        with _paused_for(changed):
            for node_id in changed:
                item = items.get(node_id)
                x, y = (item.x() - cx, item.y() - cy) if item is not None else (0.0, 0.0)
                if item is None or not near(x, y):
                    people.drop(node_id)
                else:
                    people.put(node_id, x, y, item.outline_at(scale), item.outline_at(grow))
        return people

    def ticks(self, items: Mapping[str, NodeItem], edges: Mapping[str, EdgeItem],
              edge_ends: Mapping[str, tuple[str, str]], cx: float, cy: float, scale: float,
              grow: float) -> ring_places.TicksNearCircles:
        """The cross-ticks of the stressful lines of *edges* (between the nodes of *items*, by
        *edge_ends*) with an end near the circles, the nodes' names *scale* times their size at 100%
        (the smaller size people() takes: the longer run of ticks). *grow* only says when to file all
        again, as people()'s does."""
        ticks = self._ticks
        if ticks is None or self._ticks_for != (cx, cy, scale, grow):
            ticks = self._ticks = ring_places.TicksNearCircles()
            self._ticks_for = (cx, cy, scale, grow)
            self._changed_lines.clear()
            with _paused_for(edges):
                self._file_all_ticks(ticks, items, edges, edge_ends, cx, cy, scale)
            return ticks
        changed = list(self._changed_lines)
        self._changed_lines.clear()
        with _paused_for(changed):
            for edge_id in changed:
                edge, ends = edges.get(edge_id), edge_ends.get(edge_id)
                if edge is None or ends is None or not ring_places.ticked(edge.strength):
                    ticks.drop(edge_id)
                    continue
                one, two = items[ends[0]], items[ends[1]]
                ticks.put(edge_id, one.x() - cx, one.y() - cy, one.outline_at(scale), two.x() - cx,
                          two.y() - cy, two.outline_at(scale), edge.strength, edge.flow)
        return ticks

    @staticmethod
    def _file_all_ticks(ticks: ring_places.TicksNearCircles, items: Mapping[str, NodeItem],
                        edges: Mapping[str, EdgeItem], edge_ends: Mapping[str, tuple[str, str]], cx: float,
                        cy: float, scale: float) -> None:
        """File every stressful line of *edges* in *ticks*, which holds none yet (ticks())."""
        ticked, with_ticks = ring_places.ticked, {}  # by strength: a map has thousands of lines, few styles
        put = ticks.put_new
        for edge_id, edge in edges.items():
            strength = edge.strength
            has_ticks = with_ticks.get(strength)
            if has_ticks is None:
                has_ticks = with_ticks[strength] = ticked(strength)
            ends = edge_ends.get(edge_id) if has_ticks else None
            if ends is None:
                continue
            one, two = items[ends[0]], items[ends[1]]
            put(edge_id, one.x() - cx, one.y() - cy, one.outline_at(scale), two.x() - cx, two.y() - cy,
                two.outline_at(scale), strength, edge.flow)


# Filing more than this many at once (a map opened) pauses Python's cycle collector: thousands of
# new entries would otherwise set off a full collection of everything the app holds (~80 ms at
# 5,000 nodes) in the middle of opening the map, as they do while the map itself is made.
PAUSE_FROM = 500


def _paused_for(changed: Sized) -> AbstractContextManager[None]:
    return collector_paused() if len(changed) > PAUSE_FROM else nullcontext()
