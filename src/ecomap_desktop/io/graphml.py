"""GraphML export through networkx, for network-analysis tools (Gephi, igraph, R, Python).

Each connection becomes edges that point the way support flows, with a numeric ``weight`` beside
its words, so tools that read only the structure and the weight still see the map's meaning.
A directed graph cannot hold an undirected edge that networkx and igraph both read (networkx
refuses GraphML's per-edge ``directed="false"``, igraph ignores it and keeps the arrow), so a
connection with support both ways, or none drawn, is a pair of edges, one each way.
The worker's notes stay out unless asked for, as in the PDF. docs/file-format.md describes it.
"""

from __future__ import annotations

import io
import json
import os

import networkx as nx

from ..model.document import Document
from .atomic import write_bytes_atomically

# Numbers for tools that weigh connections: a stronger tie counts for more.
WEIGHTS = {"strong": 3, "moderate": 2, "tenuous": 1, "stressful": 1}
# What the worker writes about the family: exported only with include_notes.
NOTE_NODE_KEYS = ("notes",)
NOTE_EDGE_KEYS = ("note",)
NOTE_MAP_KEYS = ("worker_notes", "step_notes", "reflection", "commitment")


def _edge_data(data: dict, include_notes: bool) -> dict:
    out = {key: value for key, value in data.items()
           if key not in ("id", "flow") and (include_notes or key not in NOTE_EDGE_KEYS)}
    out["connection"] = data["id"]
    out["colour"] = data.get("colour") or ""
    out["weight"] = WEIGHTS[data["strength"]]
    out["stressful"] = data["strength"] == "stressful"
    return out


def graphml_graph(doc: Document, include_notes: bool = False) -> nx.MultiDiGraph:
    """The map as GraphML scalars: edges point the way support flows; notes only if asked for.

    A connection with one-way support is one edge from the giver to the receiver (``flow`` says
    ``to_target``); one with support both ways, or none drawn, is two edges, one each way, with
    ``flow`` ``both`` or ``none``. Every edge names its ``connection``; lists become text.
    """
    source = doc.graph_copy()
    graph = nx.MultiDiGraph()
    for key, value in source.graph.items():
        if not include_notes and key in NOTE_MAP_KEYS:
            continue
        graph.graph[key] = value if isinstance(value, (str, int, float, bool)) else json.dumps(
            value, ensure_ascii=False)
    for node_id, data in source.nodes(data=True):
        attributes = {key: value for key, value in data.items() if include_notes or key not in NOTE_NODE_KEYS}
        attributes["ring"] = data.get("ring") or ""
        attributes["support"] = ",".join(data.get("support") or [])
        attributes["household"] = json.dumps(data.get("household") or [], ensure_ascii=False)
        graph.add_node(node_id, **attributes)
    for u, v, data in source.edges(data=True):
        attributes = _edge_data(data, include_notes)
        flow = data.get("flow", "none")
        if flow == "to_target":
            graph.add_edge(u, v, key=data["id"], flow="to_target", **attributes)
        elif flow == "to_source":  # turned round: the edge points to whoever receives the support
            graph.add_edge(v, u, key=data["id"], flow="to_target", **attributes)
        else:  # "both" or "none": one edge each way
            graph.add_edge(u, v, key=data["id"], flow=flow, **attributes)
            graph.add_edge(v, u, key=data["id"] + "-back", flow=flow, **attributes)
    return graph


def graphml_bytes(doc: Document, include_notes: bool = False) -> bytes:
    """The GraphML file's bytes (UTF-8)."""
    buffer = io.BytesIO()
    nx.write_graphml(graphml_graph(doc, include_notes), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def export_graphml(doc: Document, path: str | os.PathLike[str], include_notes: bool = False) -> None:
    """Write the map as GraphML atomically (no partial file on failure)."""
    write_bytes_atomically(path, graphml_bytes(doc, include_notes), keep_backup=False)
