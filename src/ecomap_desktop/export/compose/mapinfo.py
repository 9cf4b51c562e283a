"""What is drawn, read from the model (never the canvas): nodes, connections, words, rings and bounds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ... import style
from ...dates import date_words
from ...model.vocabulary import RINGS, default_legend
from ...node_shape import NodeShape
from .mapshapes import map_bounds, shape_of


@dataclass
class NodeInfo:
    id: str
    kind: str
    x: float
    y: float
    category: str
    label: str
    household: list
    ring: str | None
    notes: str

@dataclass
class EdgeInfo:
    source: str
    target: str
    strength: str
    flow: str
    colour: str | None
    note: str

@dataclass
class MapInfo:
    nodes: dict[str, NodeInfo]
    edges: list[EdgeInfo]
    centre: NodeInfo
    title: str
    date: str
    legend: list[dict]
    step_notes: dict[str, str]
    reflection: str
    commitment: str
    worker_notes: str
    rings: list[tuple[str, float]]  # (ring key, radius) drawn around the centre
    bounds: tuple[float, float, float, float]  # scene units: min x, min y, max x, max y
    shapes: dict[str, NodeShape]  # each node's size and lines as on the canvas (scene units)

def read_map(doc) -> MapInfo:
    # A read-only view: a deep copy of a 5,000-node map costs about as much as drawing it.
    # The page is dated with the visit it is the map of (a visit on 19 December prepared and saved
    # on the 5th is the 19th's paper), not with when the file was last saved.
    return read_graph(doc.graph_view(), doc.centre_id, visit_date=doc.current_visit().date)


def read_graph(graph, centre_id: str | None = None, visit_date: str = "") -> MapInfo:
    """What a map graph draws (the live map, or a visit's map, whose centre is found by its kind).

    *visit_date* ("YYYY-MM-DD"): the visit's date the page carries; without it, the map's last save."""
    if centre_id is None:
        centre_id = next(n for n, kind in graph.nodes(data="kind") if kind == "centre")
    nodes = {}
    for node_id, d in graph.nodes(data=True):
        nodes[node_id] = NodeInfo(
            node_id, d.get("kind", "person"), float(d.get("x", 0.0)), float(d.get("y", 0.0)),
            d.get("category", "other"), d.get("label", ""), d.get("household") or [], d.get("ring"),
            d.get("notes", ""),
        )
    edges = [
        EdgeInfo(u, v, d.get("strength", "moderate"), d.get("flow", "none"), d.get("colour"),
                 d.get("note", ""))
        for u, v, d in sorted(graph.edges(data=True), key=lambda e: e[2]["id"])
    ]
    meta = graph.graph
    centre = nodes[centre_id]
    used_rings = {n.ring for n in nodes.values() if n.ring}
    rings: list[tuple[str, float]] = []
    if used_rings:
        outermost = max(RINGS.index(r) for r in used_rings)
        rings = [(key, style.RING_RADII[key]) for key in RINGS[: outermost + 1]]
    title = (meta.get("title") or "").strip()
    shapes = {node_id: shape_of(n) for node_id, n in nodes.items()}
    return MapInfo(
        nodes=nodes,
        edges=edges,
        centre=centre,
        title=title,
        date=_date_text(visit_date or meta.get("modified") or meta.get("created") or ""),
        legend=list(meta.get("legend") or []) or default_legend(),
        step_notes=dict(meta.get("step_notes") or {}),
        reflection=meta.get("reflection") or "",
        commitment=meta.get("commitment") or "",
        worker_notes=meta.get("worker_notes") or "",
        rings=rings,
        bounds=map_bounds(nodes.values(), shapes, centre, rings),
        shapes=shapes,
    )

def _date_text(stamp: str) -> str:
    """The date of *stamp* (a date or a date and time) in the reader's language, or '' when none."""
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return ""
    return date_words(when.date(), heading=True)
