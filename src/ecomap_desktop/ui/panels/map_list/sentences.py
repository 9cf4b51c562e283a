"""The sentences a screen reader reads for a row of the map list and for the canvas's people and lines,
and the name a row shows. With *parent_words* (the parent view) a line's style and its arrow are said
as the parent view's toolbar, legend and guide say them ("A big help", "They help me")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .... import labels
from ....analysis.connections import flow_for_family
from ....model.document import Document
from ....model.vocabulary import CENTRE_KIND
from ecomap_desktop.i18n import Plurals, fill, translate as _tr


def shown_name(label: str) -> str:
    """A name as a row shows it: a nameless node reads "(no name)"."""
    return label.strip() or _tr("MapList", "(no name)")


# The most characters of a name in the choices of which way support flows, where two names share one
# line: the toolbar's Arrow box (its list and tooltip) and the map's right-click Arrow menu.
NAME_IN_ARROW_BOX = 40


def shortened(name: str, limit: int) -> str:
    """*name* cut to at most *limit* characters, the last an ellipsis, for a box too small for a long
    name (the List and Details show names whole)."""
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"


class MapList(Plurals):
    """Counted sentences of the context "MapList": ``MapList.tr("%n ...", None, n)``."""



_STRENGTH_TO_CENTRE = {
    "strong": QT_TRANSLATE_NOOP("MapList", "strong connection to the centre"),
    "moderate": QT_TRANSLATE_NOOP("MapList", "ordinary connection to the centre"),
    "tenuous": QT_TRANSLATE_NOOP("MapList", "weak or distant connection to the centre"),
    "stressful": QT_TRANSLATE_NOOP("MapList", "stressful connection to the centre"),
}
_FAMILY_FLOW = {
    "none": QT_TRANSLATE_NOOP("MapList", "no arrow"),
    "to_family": QT_TRANSLATE_NOOP("MapList", "support comes to the centre"),
    "from_family": QT_TRANSLATE_NOOP("MapList", "support goes out from the centre"),
    "both": QT_TRANSLATE_NOOP("MapList", "support flows both ways"),
}
_STRENGTH_PLAIN = {
    "strong": QT_TRANSLATE_NOOP("MapList", "strong connection"),
    "moderate": QT_TRANSLATE_NOOP("MapList", "ordinary connection"),
    "tenuous": QT_TRANSLATE_NOOP("MapList", "weak or distant connection"),
    "stressful": QT_TRANSLATE_NOOP("MapList", "stressful connection"),
}


def describe_node(doc: Document, node_id: str, parent_words: bool = False) -> str:
    """One node as a sentence: its name, category (or shape), and how it is connected to the centre."""
    node = doc.node(node_id)
    name = shown_name(node["label"])
    if node["kind"] == CENTRE_KIND:
        count = len(doc.edges_of(node_id))
        if count == 1:
            return fill(_tr("MapList", "%1, the family in the centre, one connection"), name)
        return fill(MapList.tr("%1, the family in the centre, %n connections", None, count), name)
    parts = [name]
    if node["kind"] == "group":
        parts.append(labels.kind_name("group"))
    parts.append(labels.category_name(node["category"]))
    centre = doc.centre_id
    edge_id = doc.edge_between(node_id, centre)
    if edge_id is None:
        parts.append(_tr("MapList", "no line to the family") if parent_words
                     else _tr("MapList", "not connected to the centre"))
    else:
        edge = doc.edge(edge_id)
        direction = flow_for_family(edge["flow"], edge["source"], edge["target"], centre) or "none"
        if parent_words:
            parts.append(fill(_tr("MapList", "line to the family: %1"),
                              labels.strength_words(edge["strength"], True)))
            parts.append(labels.family_flow_name(direction, True))
        else:
            parts.append(_tr("MapList", _STRENGTH_TO_CENTRE[edge["strength"]]))
            parts.append(_tr("MapList", _FAMILY_FLOW[direction]))
    others = len(doc.edges_of(node_id)) - (edge_id is not None)
    if others == 1:
        parts.append(_tr("MapList", "one other connection"))
    elif others:
        parts.append(MapList.tr("%n other connections", None, others))
    return ", ".join(parts)


def parent_flow_words(doc: Document, edge_id: str, flow: str, name_limit: int | None = None) -> str:
    """*flow* on this line as the parent view says it (its toolbar, legend and guide): seen from the
    family on a line to the family ("They help me"), else with both names ("Ana helps Jess"), each
    cut to *name_limit* characters when given."""
    edge = doc.edge(edge_id)
    direction = flow_for_family(flow, edge["source"], edge["target"], doc.centre_id)
    if direction is not None:
        return labels.family_flow_name(direction, True)
    source, target = (shown_name(doc.node(end)["label"]) for end in (edge["source"], edge["target"]))
    if name_limit is not None:
        source, target = shortened(source, name_limit), shortened(target, name_limit)
    return labels.helps_between(flow, source, target)


def describe_edge(doc: Document, edge_id: str, parent_words: bool = False) -> str:
    """One connection as a sentence: who it joins, how it feels and which way support flows."""
    edge = doc.edge(edge_id)
    source = shown_name(doc.node(edge["source"])["label"])
    target = shown_name(doc.node(edge["target"])["label"])
    if parent_words:
        strength = labels.strength_words(edge["strength"], True)
        flow = parent_flow_words(doc, edge_id, edge["flow"])
    else:
        strength = _tr("MapList", _STRENGTH_PLAIN[edge["strength"]])
        flow = labels.flow_between(edge["flow"], source, target)
    return fill(_tr("MapList", "%1 and %2: %3. %4."), source, target, strength, flow)
