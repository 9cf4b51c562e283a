"""A copy of a map safe to share (supervision, training): every name becomes its initials.

Made once, on a copy of the document, before any exporter runs, so the PDF, the pictures, GraphML
and an `.ecomap` copy all carry the same anonymised map. The notes, the title and the commitment
(words that often name people) are left out unless the caller keeps them; nothing else changes:
positions, kinds, categories, connections, arrows, rings, legend and dates stay as they are. Every
visit of the map is copied this way.
"""

from __future__ import annotations

import re
import unicodedata

import networkx as nx

from ..model.document import Document, clone
from ..model.visits import PastMap, Visit, VisitList

# Where one part of a name ends and the next begins: spaces, hyphens, dashes, slashes, dots.
_PARTS = re.compile(r"[\s\-\u2010-\u2015/.]+")

# The map's words that often hold names or private detail; left out of the copy unless kept.
_PRIVATE_META = ("title", "worker_notes", "reflection", "commitment")


def initials(name: str) -> str:
    """'Grandma Ada' -> 'GA'; 'Mary-Jane O'Neil' -> 'MJO'; punctuation and empty parts give nothing."""
    letters = []
    for part in _PARTS.split(name):
        for i, char in enumerate(part):
            if char.isalnum():
                end = i + 1  # keep the accents written as separate marks with their letter
                while end < len(part) and unicodedata.combining(part[end]):
                    end += 1
                letters.append(part[i:end].upper())
                break
    return "".join(letters)


def initials_only_graph(graph: nx.DiGraph, keep_notes: bool = False) -> nx.DiGraph:
    """A new graph like *graph* with every name (household names too) as initials.

    Without *keep_notes* the notes on people and connections, the conversation's notes, the title,
    the reflection and the commitment are emptied.
    """
    copy = nx.DiGraph()
    copy.graph.update(clone(dict(graph.graph)))
    for node_id, data in graph.nodes(data=True):
        attrs = clone(data)
        attrs["label"] = initials(attrs.get("label", ""))
        attrs["household"] = [dict(member, name=initials(member.get("name", "")))
                              for member in attrs.get("household") or []]
        if not keep_notes:
            attrs["notes"] = ""
        copy.add_node(node_id, **attrs)
    for source, target, data in graph.edges(data=True):
        attrs = clone(data)
        if not keep_notes:
            attrs["note"] = ""
        copy.add_edge(source, target, **attrs)
    if not keep_notes:
        for key in _PRIVATE_META:
            if key in copy.graph:
                copy.graph[key] = ""
        if "step_notes" in copy.graph:
            copy.graph["step_notes"] = {}
    return copy


def initials_only_document(doc: Document, keep_notes: bool = False) -> Document:
    """A separate Document holding the initials-only copy of *doc* (which is left untouched).

    Every visit is copied the same way, so the page on what changed names initials too. A visit's
    label ("After Luis moved out") may name someone: labels are left out unless *keep_notes*."""
    copy = Document()
    visits = [v if keep_notes else Visit(v.id, v.date, "") for v in doc.visits()]
    maps = {v.id: PastMap(initials_only_graph(doc.visit_graph(v.id), keep_notes)) for v in visits[:-1]}
    copy.replace_graph(initials_only_graph(doc.graph_view(), keep_notes), VisitList(visits, maps))
    return copy
