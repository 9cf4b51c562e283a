"""GraphML export through networkx, for network-analysis tools (Gephi, igraph, R, Python)."""

from __future__ import annotations

import io
import json
import os

import networkx as nx

from ..model.document import Document
from .mapfile import write_bytes_atomically


def graphml_graph(doc: Document) -> nx.DiGraph:
    """A copy of the map with every attribute as a GraphML scalar (lists become text)."""
    graph = doc.graph_copy()
    for _, data in graph.nodes(data=True):
        data["ring"] = data.get("ring") or ""
        data["support"] = ",".join(data.get("support") or [])
        data["household"] = json.dumps(data.get("household") or [], ensure_ascii=False)
    for _, _, data in graph.edges(data=True):
        data["colour"] = data.get("colour") or ""
    for key, value in list(graph.graph.items()):
        if not isinstance(value, (str, int, float, bool)):
            graph.graph[key] = json.dumps(value, ensure_ascii=False)
    return graph


def export_graphml(doc: Document, path: str | os.PathLike[str]) -> None:
    """Write the map as GraphML atomically (no partial file on failure)."""
    buffer = io.BytesIO()
    nx.write_graphml(graphml_graph(doc), buffer, encoding="utf-8", prettyprint=True)
    write_bytes_atomically(path, buffer.getvalue(), keep_backup=False)
