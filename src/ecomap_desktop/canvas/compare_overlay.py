"""The compare overlay: what changed since an earlier visit, drawn over the map as it is now.

Given a comparison (analysis.changes.Comparison: the rules live there, never here) and the earlier
visit's graph, it tags new people, groups and lines "new" (a returning one "back again"), draws the
people and lines that are no longer on the map as dashed grey ghosts where they were, tagged
"ended", labels each changed line in words ("stronger", "now stressful"...) and dims what did not
change. Meaning is in the words and the dash patterns; colour and dimming only help.

It is a way of looking, like the high-contrast display: it changes nothing in the document and takes
no undo stack. It makes a handful of items once per comparison; a redraw compares nothing. The tags
of nodes and lines are child items, so they follow a drag; ghost lines to a moved node follow when
the window calls refresh_positions after the move.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

from .. import style
from ..model.vocabulary import RINGS
from ..node_shape import NodeShape
from .compare_ghosts import Ghosts
from .items.compare_items import TAG_CHANGED, TAG_NEW, GhostEdgeItem, GhostNodeItem, TagItem
from .crowd import Crowd, rect_box
from .line_words import place_beside
from .node_words import place_by_node
from .extent import box
from .items.edge_item import EDGE_Z, EdgeItem
from .items.node_item import NODE_Z, NodeItem
from .projection import MapProjection
from ecomap_desktop.i18n import translate as _tr

DIM_LINE = "#b4b4b4"  # an unchanged line's ink while comparing (its pattern and arrows stay)
CAPTIONED_Z = NODE_Z + 0.5
_EDGE_KINDS = frozenset({"connection_added", "connection_removed", "stronger", "weaker", "now_stressful",
                         "no_longer_stressful", "flow"})


def _shape_in_scene(item: NodeItem | GhostNodeItem) -> QPainterPath:
    return item.mapToScene(item.shape())


def node_words(kind: str, before: Any = None, after: Any = None) -> str:
    """The word a person's or group's tag shows for one kind of change."""
    if kind == "added":
        return _tr("Compare", "new")
    if kind == "returned":
        return _tr("Compare", "back again")
    if kind == "removed":
        return _tr("Compare", "ended")
    if kind == "renamed":
        return _tr("Compare", "new name")
    if kind == "ring":
        if before in RINGS and after in RINGS:
            return (_tr("Compare", "closer") if RINGS.index(after) < RINGS.index(before)
                    else _tr("Compare", "further away"))
        return _tr("Compare", "other circle")
    if kind == "category":
        return _tr("Compare", "other kind")
    if kind == "support":
        return _tr("Compare", "other support")
    return _tr("Compare", "changed")


class CompareOverlay:
    """Shows one comparison on a projection, and takes it away again."""

    def __init__(self, projection: MapProjection) -> None:
        self._projection = projection
        self._comparison: Any = None
        self._node_tags: dict[str, TagItem] = {}  # current node id -> its tag (a child of its item)
        self._ghosts = Ghosts(projection)  # what ended (compare_ghosts.py)
        self._captions: dict[str, TagItem] = {}  # current connection id -> its words
        self._dimmed_nodes: dict[str, NodeItem] = {}  # id -> the item dimmed (made again: dim again)
        self._dimmed_edges: dict[str, EdgeItem] = {}
        self._nodes: set[str] = set()  # the projection's node and connection ids, as last looked at
        self._marked_edges: set[str] = set()  # the lines marked new or changed (their words' places)
        self._edges: set[str] = set()
        self._within: QRectF | None = None  # where the lines' words stay if they can (keep_words_within)
        # Told where the ghosts stand and how large they are whenever they change, before any words
        # are placed: the circles' names move off them then (MapScene.keep_names_clear_of), and the
        # words keep clear of the circles' names where they stand now.
        self.ghosts_shown: Callable[[list[tuple[float, float, NodeShape]]], None] | None = None

    # ----- what is on show (the window, the tests) ----------------------------------------------

    def is_shown(self) -> bool:
        return self._comparison is not None

    def comparison(self) -> Any:
        return self._comparison

    def node_tag(self, node_id: str) -> str | None:
        """The words tagged on a node now on the map, or on the ghost of one that ended."""
        tag = self._node_tags.get(node_id)
        if tag is not None and shiboken6.isValid(tag):
            return tag.text
        if node_id in self._ghosts.nodes:
            return _tr("Compare", "ended")
        return None

    def edge_caption(self, edge_id: str) -> str | None:
        """The words at the middle of a connection now on the map (None: it did not change)."""
        tag = self._captions.get(edge_id)
        return tag.text if tag is not None and shiboken6.isValid(tag) else None

    def ghost(self, node_id: str) -> GhostNodeItem | None:
        return self._ghosts.nodes.get(node_id)

    def ghost_ids(self) -> list[str]:
        return list(self._ghosts.nodes)

    def word_boxes(self) -> list[QRectF]:
        """Where the words on show are drawn over the map (the scene's coordinates): the people's,
        the ghosts' and the lines' ("new", "ended", "now stressful")."""
        return [tag.mapRectToScene(tag.box()) for tag in self._tags() if tag.isVisible()]

    def ghost_edges(self) -> dict[frozenset, GhostEdgeItem]:
        return {key: item for key, (item, _ends) in self._ghosts.edges.items()}

    def dimmed_node_ids(self) -> set[str]:
        return set(self._dimmed_nodes)

    def dimmed_edge_ids(self) -> set[str]:
        return set(self._dimmed_edges)

    # ----- showing --------------------------------------------------------------------------

    def show(self, comparison: Any, older: Any, parent_words: bool = False) -> None:
        """Show *comparison* between *older* (the earlier visit's graph) and the map as it is now
        (the words on changed lines in the parent view's words with *parent_words*)."""
        self._comparison = comparison
        projection = self._projection
        document = projection.document
        status = comparison.node_status()
        current = self._nodes = set(projection.node_ids())
        self._edges = set(projection.edge_ids())
        words_by_node: dict[str, list[str]] = {}
        edge_kinds: dict[str, str] = {}
        ended_edges: dict[frozenset, tuple[str, str]] = {}
        ends_of_changes: set[str] = set()  # a person whose line changed is part of the story: not dimmed
        for change in comparison.changes:
            if change.kind in _EDGE_KINDS:
                ends_of_changes.update(change.ends or ())
                if change.kind == "connection_removed":
                    ended_edges[frozenset(change.ends)] = tuple(change.ends)
                elif change.kind == "connection_added" and change.edge_id is not None:
                    edge_kinds[change.edge_id] = TAG_NEW
                elif change.edge_id is not None:
                    edge_kinds.setdefault(change.edge_id, TAG_CHANGED)
            elif change.node_id in current:
                words = words_by_node.setdefault(change.node_id, [])
                word = node_words(change.kind, change.before, change.after)
                if word not in words:
                    words.append(word)
        self._marked_edges = set(edge_kinds)
        # The ghosts first: a person's words keep clear of the ghosts' names; then the ghosts' own
        # words keep clear of theirs.
        self._ghosts.show_nodes([n for n, s in status.items() if s == "ended" and n not in current], older)
        self._tell_ghosts()
        self._ghosts.place_tags(self._show_node_tags(words_by_node, status))
        self._show_captions(edge_kinds, comparison.edge_words(parent_words))
        self._ghosts.show_edges(ended_edges, current)
        centre = document.centre_id
        self._set_dimmed({n for n in current if n not in status and n not in ends_of_changes and n != centre},
                         {e for e in self._edges if e not in edge_kinds})
        self._follow_zoom()

    def clear(self) -> None:
        """Take the overlay away: the map looks as it did before."""
        self._comparison = None
        self._within = None
        self._marked_edges = set()
        self._nodes, self._edges = set(self._projection.node_ids()), set(self._projection.edge_ids())
        self._ghosts.show_nodes([], None)
        self._tell_ghosts()
        self._show_node_tags({}, {})
        self._show_captions({}, {})
        self._ghosts.show_edges({}, self._nodes)
        self._set_dimmed(set(), set())

    def refresh_positions(self) -> None:
        """After nodes moved or the text size changed: ghost lines meet the nodes where they are now,
        tags sit just above their node's outline and ghosts grow with the names."""
        projection = self._projection
        self._nodes, self._edges = set(projection.node_ids()), set(projection.edge_ids())
        scale = projection.text_boost()
        self._ghosts.set_text_boost(scale)
        crowd = self._crowd(words=False) if self._node_tags or self._ghosts.nodes else Crowd()
        for node_id, tag in list(self._node_tags.items()):
            if shiboken6.isValid(tag) and node_id in self._nodes:
                tag.set_text(tag.text, text_scale=scale)
                self._above_or_below(tag, projection.node_item(node_id), crowd)
        self._ghosts.place_tags(crowd, scale)  # after the people's: "new" where someone left stood
        self._place_captions()
        self._ghosts.place_edges(self._nodes)
        self._follow_zoom()

    def _place_captions(self) -> None:
        """The changed lines' words again, each clear of names and the words placed before it."""
        scale = self._projection.text_boost()
        crowd = self._crowd() if self._captions else Crowd()
        for edge_id, tag in self._captions.items():
            if shiboken6.isValid(tag) and edge_id in self._edges:
                tag.set_text(tag.text, text_scale=scale)
                self._beside(tag, edge_id, crowd)

    def keep_words_within(self, rect: QRectF | None) -> None:
        """The changed lines' words move inside *rect* (the part of the map on show) where they
        find a clear place there, when some are outside it; they stay there through edits. None:
        anywhere again, each where it fits best on the whole map."""
        if rect is None:
            if self._within is not None:
                self._within = None
                self._place_captions()
            return
        tags = [tag for tag in self._captions.values() if shiboken6.isValid(tag) and tag.isVisible()]
        if all(rect.contains(tag.mapRectToScene(tag.box())) for tag in tags):
            return
        self._within = QRectF(rect)
        self._place_captions()

    def _follow_zoom(self) -> None:
        """Hide the tags too small to read at the views' zoom (a whole big map in view)."""
        views = self._projection.views()
        zoom = max((view.transform().m11() for view in views), default=1.0)
        for tag in self._tags():
            tag.follow_zoom(zoom)

    def _tags(self) -> list[TagItem]:
        """Every tag of words the overlay has made (some may be hidden)."""
        tags = [t for t in self._node_tags.values() if shiboken6.isValid(t)]
        tags += [t for t in self._captions.values() if shiboken6.isValid(t)]
        return tags + self._ghosts.tags()

    # ----- the parts ------------------------------------------------------------------------

    def _show_node_tags(self, words_by_node: dict[str, list[str]], status: dict[str, str]) -> Crowd:
        """Tag the people and groups that changed; the crowd their words kept clear of, theirs in it."""
        wanted: dict[str, tuple[str, str]] = {}
        for node_id, node_status in status.items():
            if node_status == "new":
                wanted[node_id] = (_tr("Compare", "new"), TAG_NEW)
            elif node_status == "returned":
                wanted[node_id] = (_tr("Compare", "back again"), TAG_NEW)
            elif node_status == "changed" and node_id in words_by_node:
                wanted[node_id] = (", ".join(words_by_node[node_id]), TAG_CHANGED)
        projection = self._projection
        for node_id, tag in list(self._node_tags.items()):
            if node_id not in wanted or not shiboken6.isValid(tag) or node_id not in self._nodes:
                self._drop(tag)
                del self._node_tags[node_id]
        scale = projection.text_boost()
        crowd = self._crowd(words=False) if wanted or self._ghosts.nodes else Crowd()
        for node_id, (text, kind) in wanted.items():
            if node_id not in self._nodes:
                continue
            item: NodeItem = projection.node_item(node_id)
            tag = self._node_tags.get(node_id)
            if tag is None or tag.parentItem() is not item:
                self._drop(tag)
                tag = self._node_tags[node_id] = TagItem(text, kind, parent=item)
            tag.set_text(text, kind, scale)
            self._above_or_below(tag, item, crowd)
        return crowd

    def _above_or_below(self, tag: TagItem, item: NodeItem, crowd: Crowd) -> None:
        """A person's or group's words by it, clear of other names and words (see node_words: in the
        parent view "nuevo nombre" covered "Lincoln Elementary" above Little Sprouts)."""
        projection = self._projection
        own_lines = []
        for edge_id in projection.document.edges_of(item.node_id):
            line = projection.edge_item(edge_id).drawn_line() if edge_id in self._marked_edges else None
            if line is not None:
                own_lines.append(line)
        half_width, half_height, _corner = item.outline()
        place_by_node(tag, half_width, half_height, crowd, own_lines)

    def _tell_ghosts(self) -> None:
        if self.ghosts_shown is not None:
            self.ghosts_shown(self._ghosts.shapes())

    def _ring_name_places(self) -> list[QRectF]:
        projection = self._projection
        if not projection.rings_visible():
            return []
        rings = projection.ring_item()
        return [rings.mapRectToScene(name) for name in rings.name_rects()]

    def _show_captions(self, edge_kinds: dict[str, str], words: dict[frozenset, list[str]]) -> None:
        projection = self._projection
        document = projection.document
        for edge_id, tag in list(self._captions.items()):
            if edge_id not in edge_kinds or not shiboken6.isValid(tag) or edge_id not in self._edges:
                if edge_id in self._edges:
                    projection.edge_item(edge_id).set_caption(None)
                    projection.edge_item(edge_id).setZValue(EDGE_Z)
                del self._captions[edge_id]
        scale = projection.text_boost()
        crowd = self._crowd() if edge_kinds else Crowd()
        for edge_id, kind in edge_kinds.items():
            if edge_id not in self._edges:
                continue
            pair = frozenset(document.edge_ends(edge_id))
            text = ", ".join(words.get(pair, [])) or _tr("Compare", "changed")
            item: EdgeItem = projection.edge_item(edge_id)
            tag = self._captions.get(edge_id)
            if tag is None or item.caption() is not tag:
                tag = self._captions[edge_id] = TagItem(text, kind, centred=True)
                item.set_caption(tag)
                # Above the nodes, so the words on a short line are not hidden under its two ends
                # (the line itself stops at their outlines).
                item.setZValue(CAPTIONED_Z)
            tag.set_text(text, kind, scale)
            self._beside(tag, edge_id, crowd)

    def _beside(self, tag: TagItem, edge_id: str, crowd: Crowd) -> None:
        """Put a line's words beside it, clear of every name (see line_words)."""
        projection = self._projection
        ends = projection.edge_item(edge_id).drawn_ends()
        if ends is None:
            return
        outlines = tuple(projection.node_item(node_id).outline()
                         for node_id in projection.document.edge_ends(edge_id))
        place_beside(tag, ends[0], ends[1], outlines, crowd)

    def _crowd(self, words: bool = True) -> Crowd:
        """What words keep clear of: every person's and group's shape, the ghosts and the circles'
        names; with *words* the tags on people and ghosts too (the lines' words add theirs as each is
        placed; a person's words are placed first, and keep clear of names only)."""
        crowd = Crowd()
        crowd.within = self._within
        projection = self._projection
        for item in projection.node_items():
            crowd.add(box(item), partial(_shape_in_scene, item))
        for ghost in self._ghosts.nodes.values():
            crowd.add(box(ghost), partial(_shape_in_scene, ghost))
        if words:
            tags = [tag for tag in self._node_tags.values() if shiboken6.isValid(tag)]
            tags += [child for ghost in self._ghosts.nodes.values() for child in ghost.childItems()]
            for tag in tags:
                crowd.add(rect_box(tag.sceneBoundingRect()))
        for name in self._ring_name_places():  # a circle's name ("Closest") is a name too
            crowd.add(rect_box(name))
        return crowd

    def _set_dimmed(self, nodes: set[str], edges: set[str]) -> None:
        """Dim these nodes and lines, cheaply and opaquely: nodes in pale ink on a pale fill (never
        translucent: the circles behind would show through a name, and a translucent node costs
        several plain ones to paint), lines in a light grey ink (their patterns and arrows stay)."""
        projection = self._projection
        known_nodes, known_edges = self._nodes, self._edges
        for node_id in set(self._dimmed_nodes) - nodes:
            if node_id in known_nodes:
                projection.node_item(node_id).set_faded(False)
        for edge_id in set(self._dimmed_edges) - edges:
            if edge_id in known_edges:
                self._restyle(projection.edge_item(edge_id))
        dimmed_nodes = {}
        for node_id in nodes:
            item = projection.node_item(node_id)
            item.set_faded(True)
            dimmed_nodes[node_id] = item
        variant = projection.display_variant()
        dimmed_edges = {}
        for edge_id in edges:
            item = projection.edge_item(edge_id)
            if self._dimmed_edges.get(edge_id) is not item:  # new, or made again (a map reloaded)
                item.set_variant(DIM_LINE, variant.line_width_scale, variant.highlight)
            dimmed_edges[edge_id] = item
        self._dimmed_nodes, self._dimmed_edges = dimmed_nodes, dimmed_edges

    def restyle(self) -> None:
        """The display changed (high contrast on or off), which drew every line in its own ink again:
        dim the unchanged ones again."""
        edges, self._dimmed_edges = set(self._dimmed_edges), {}
        self._set_dimmed(set(self._dimmed_nodes), edges & self._edges)

    def _restyle(self, item: EdgeItem) -> None:
        """A line in the display's own ink again (as the projection styles it)."""
        variant = self._projection.display_variant()
        if variant is style.STANDARD:
            item.set_variant(None)
        else:
            item.set_variant(variant.line_colour, variant.line_width_scale, variant.highlight)

    def _drop(self, tag: TagItem | None) -> None:
        if tag is None or not shiboken6.isValid(tag):
            return
        tag.setParentItem(None)
        if tag.scene() is not None:
            tag.scene().removeItem(tag)
