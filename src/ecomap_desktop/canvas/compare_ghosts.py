"""What ended since an earlier visit, for the compare overlay: the people, groups and lines no
longer on the map, drawn as dashed grey ghosts where they were, each tagged "ended".

The overlay (compare_overlay.py) decides what ended and when; this module makes the ghosts, puts
their words by them clear of every name and the people's own words, and keeps each ghost line
between the places its two ends are drawn now.
"""

from __future__ import annotations

from typing import Any

from ..model.vocabulary import CENTRE_KIND
from ..node_shape import NodeShape
from .crowd import Crowd
from .extent import Place, place
from .items.compare_items import TAG_ENDED, GhostEdgeItem, GhostNodeItem, TagItem
from .node_words import place_by_node
from .projection import MapProjection
from ecomap_desktop.i18n import translate as _tr


class Ghosts:
    """The ghosts of one comparison on a projection: people and groups by their earlier id, lines by
    the pair of their ends."""

    def __init__(self, projection: MapProjection) -> None:
        self._projection = projection
        self._older: Any = None  # the earlier visit's graph
        self.nodes: dict[str, GhostNodeItem] = {}  # earlier node id -> its ghost
        self.edges: dict[frozenset, tuple[GhostEdgeItem, tuple[str, str]]] = {}

    def tags(self) -> list[TagItem]:
        """The ghosts' words, the lines' with a middle on show among them."""
        tags = [child for ghost in self.nodes.values() for child in ghost.childItems()]
        tags += [child for item, _ends in self.edges.values() if item.middle() is not None
                 for child in item.childItems()]
        return tags

    def shapes(self) -> list[tuple[float, float, NodeShape]]:
        """Where each ghost stands (scene coordinates), and its outline and name at a boost of 1
        (GhostNodeItem.ghost_shape)."""
        return [(ghost.x(), ghost.y(), ghost.ghost_shape()) for ghost in self.nodes.values()]

    def show_nodes(self, node_ids: list[str], older: Any) -> None:
        """A ghost for each of *node_ids* (ids in *older*, the earlier visit's graph) where it stood
        then; the others go. Their words are placed by place_tags, once the people's are."""
        scene = self._projection
        self._older = older
        for node_id in list(self.nodes):
            if node_id not in node_ids:
                scene.removeItem(self.nodes.pop(node_id))
        boost = scale = scene.text_boost()
        for node_id in node_ids:
            data = older.nodes[node_id]
            ghost = self.nodes.get(node_id)
            if ghost is None or ghost.label != data.get("label", "") or ghost.kind != data.get("kind"):
                if ghost is not None:
                    scene.removeItem(ghost)
                ghost = self.nodes[node_id] = GhostNodeItem(node_id, data.get("kind", "person"),
                                                            data.get("label", ""))
                TagItem(_tr("Compare", "ended"), TAG_ENDED, parent=ghost)
                scene.addItem(ghost)
            ghost.set_text_boost(boost)
            ghost.setPos(float(data.get("x", 0.0)), float(data.get("y", 0.0)))
            tag = ghost.childItems()[0]
            tag.set_text(_tr("Compare", "ended"), TAG_ENDED, scale)

    def set_text_boost(self, boost: float) -> None:
        for ghost in self.nodes.values():
            ghost.set_text_boost(boost)

    def place_tags(self, crowd: Crowd, scale: float | None = None) -> None:
        """Each ghost's "ended" by it, clear of what *crowd* holds (the names, the circles' names and
        the people's words: node_words.place_by_node); its place is added to the crowd."""
        for ghost in self.nodes.values():
            tag = ghost.childItems()[0] if ghost.childItems() else None
            if isinstance(tag, TagItem):
                tag.set_text(tag.text, text_scale=scale)
                half_width, half_height, _corner = ghost.outline()
                place_by_node(tag, half_width, half_height, crowd, [])

    def show_edges(self, ended: dict[frozenset, tuple[str, str]], current: set[str]) -> None:
        """A ghost line for each line that *ended* (by the pair of its ends); *current*: the ids of
        the nodes on the map now."""
        scene = self._projection
        for key in list(self.edges):
            if key not in ended:
                item, _ends = self.edges.pop(key)
                scene.removeItem(item)
        scale = scene.text_boost()
        for key, ends in ended.items():
            entry = self.edges.get(key)
            if entry is None:
                item = GhostEdgeItem(key)
                scene.addItem(item)
                # A line between two people still on the map says "ended" itself; a line to someone
                # who left is said by their own tag.
                if all(end not in self.nodes for end in ends):
                    words = _tr("Compare", "ended", "a connection")
                    tag = TagItem(words, TAG_ENDED, centred=True, parent=item)
                    tag.set_text(tag.text, text_scale=scale)
            else:
                item = entry[0]
            self.edges[key] = (item, ends)
            self._place_edge(item, ends, current)

    def place_edges(self, current: set[str]) -> None:
        """The ghost lines meet their ends where they are now (after a move)."""
        for item, ends in self.edges.values():
            self._place_edge(item, ends, current)

    def _place_edge(self, item: GhostEdgeItem, ends: tuple[str, str], current: set[str]) -> None:
        placed = [self._end_of(end, current) for end in ends]
        if None in placed:
            item.setVisible(False)
            return
        item.set_ends(*placed[0], *placed[1])
        item.setVisible(True)
        middle = item.middle()
        for child in item.childItems():
            child.setVisible(middle is not None)
            if middle is not None:
                child.setPos(middle)
                child.set_text(child.text, text_scale=self._projection.text_boost())
                x1, y1, x2, y2 = item.segment()
                child.beside_line(x2 - x1, y2 - y1)

    def _end_of(self, node_id: str, current: set[str]) -> Place | None:
        """Where one end of an ended line is drawn: the node now, else its ghost, else (the family
        in the centre, matched by kind) the centre now."""
        projection = self._projection
        if node_id in current:
            return place(projection.node_item(node_id))
        ghost = self.nodes.get(node_id)
        if ghost is not None:
            return place(ghost)
        older = self._older
        centre = projection.document.centre_id
        if (older is not None and node_id in older and older.nodes[node_id].get("kind") == CENTRE_KIND
                and centre in current):
            return place(projection.node_item(centre))
        return None
