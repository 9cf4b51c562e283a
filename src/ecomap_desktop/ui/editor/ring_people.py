"""The people and groups near the circles of a crowded map, kept filed for placing the circles' names
(ring_places.PeopleNearCircles): filed once, then after an edit only the nodes it changed are filed
again, so a map of thousands is not walked at every edit."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject

from ... import ring_places
from ...canvas.items.node_item import NodeItem
from ...model.document import Document


class RingPeople(QObject):
    """Follows *document*'s changes (a child of the scene: its connections go with it); people()
    gives the people near the circles as the scene's items stand."""

    def __init__(self, document: Document, parent: QObject) -> None:
        super().__init__(parent)
        self._people: ring_places.PeopleNearCircles | None = None  # None: file every node again
        self._filed_for: tuple[float, float, float, float] | None = None  # centre and sizes filed at
        self._changed: set[str] = set()
        document.node_added.connect(self._note)
        document.node_removed.connect(self._note)
        document.node_changed.connect(self._note)
        document.node_moved.connect(self._note)
        document.reset.connect(self.forget)

    def _note(self, node_id: str, *_what) -> None:
        self._changed.add(node_id)

    def forget(self) -> None:
        """File every node again next time (a map opened, or every name resized)."""
        self._people = None
        self._changed.clear()

    def people(self, items: Mapping[str, NodeItem], cx: float, cy: float, scale: float,
               grow: float) -> ring_places.PeopleNearCircles:
        """The nodes of *items* near the circles centred at (*cx*, *cy*), their names *scale* and
        *grow* times their size at 100% (RingItem.place_names's)."""
        people = self._people
        if people is None or self._filed_for != (cx, cy, scale, grow):
            people = self._people = ring_places.PeopleNearCircles()
            self._filed_for = (cx, cy, scale, grow)
            changed = list(items)
        else:
            changed = list(self._changed)
        self._changed.clear()
        near = ring_places.near_circles
        for node_id in changed:
            item = items.get(node_id)
            x, y = (item.x() - cx, item.y() - cy) if item is not None else (0.0, 0.0)
            if item is None or not near(x, y):
                people.drop(node_id)
            else:
                people.put(node_id, x, y, item.outline_at(scale), item.outline_at(grow))
        return people
