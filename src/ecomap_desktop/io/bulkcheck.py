"""Checking a map's people and groups (or connections) a field at a time, for all of them at once.

A map file holds thousands of entries, each checked field by field: thousands of small calls. Most
files are as the app writes them (every field, in the same order, most values plain), and then
each field's values can be checked together, in C (vocabulary's bulk checks), or once for each
different value they hold (a category, a strength). The result is exactly what checking them one by
one gives; anything else (a field missing, another order, a value refused) returns None, and the
caller checks them one by one, which says which entry is wrong and how.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import repeat
from operator import eq, is_not, itemgetter
from typing import Any

from ..model.vocabulary import (
    EDGE_BULK_CHECKS,
    EDGE_CHECKS,
    EDGE_DEFAULTS,
    NODE_BULK_CHECKS,
    NODE_CHECKS,
    NODE_DEFAULTS,
    ModelError,
    plain_texts,
)

MAX_ID = 64
_NODE_LAYOUT = ("id", *NODE_DEFAULTS)  # the writer's order (graph_to_map_data)
_EDGE_LAYOUT = ("source", "target", "id", *EDGE_DEFAULTS)
_plain_ids = plain_texts(MAX_ID)
_TEXT_OR_NULL = {str, type(None)}


def _ids_pass(ids: list[Any]) -> bool:
    """nodelink._bad_id is False for every one (ids as the app makes them)."""
    return _plain_ids(ids) and min(map(len, ids)) > 0


def node_values(nodes: list[Any]) -> list[dict[str, Any]] | None:
    """nodelink._check_node of every entry, or None (check them one by one)."""
    if not _laid_out(nodes, _NODE_LAYOUT) or not _ids_pass(list(map(itemgetter("id"), nodes))):
        return None
    return _values(nodes, _NODE_LAYOUT[:1], NODE_DEFAULTS, NODE_CHECKS, NODE_BULK_CHECKS)


def edge_values(edges: list[Any]) -> list[dict[str, Any]] | None:
    """nodelink._check_edge of every entry, or None (check them one by one)."""
    if not _laid_out(edges, _EDGE_LAYOUT) or not _ids_pass(list(map(itemgetter("id"), edges))):
        return None
    sources, targets = list(map(itemgetter("source"), edges)), list(map(itemgetter("target"), edges))
    if set(map(type, sources)) != {str} or set(map(type, targets)) != {str} or any(map(eq, sources, targets)):
        return None
    return _values(edges, _EDGE_LAYOUT[:3], EDGE_DEFAULTS, EDGE_CHECKS, EDGE_BULK_CHECKS)


def _laid_out(entries: list[Any], layout: tuple[str, ...]) -> bool:
    """Every entry an object with exactly these fields, in this order."""
    return bool(entries) and set(map(type, entries)) == {dict} and set(map(tuple, entries)) == {layout}


def _values(entries: list[dict[str, Any]], skipped: tuple[str, ...], fields: Mapping[str, Any],
            checks: Mapping[str, Callable[[Any], Any]], bulk: Mapping[str, Callable[[list[Any]], bool]]
            ) -> list[dict[str, Any]] | None:
    """Each entry's fields but those *skipped* (ids and ends), checked: what each field's check gives,
    in the order of *fields* (every entry holds them in that order, after those skipped)."""
    replaced = []
    for key in fields:
        column = list(map(itemgetter(key), entries))
        passes = bulk.get(key)
        if passes is not None and passes(column):
            continue
        check = checks[key]
        try:
            # Text and null only (a category, a strength: a few values repeated): each value checked
            # once. Equal texts are the same text; nothing but a text equals one (whereas 1, 1.0
            # and True are equal: numbers are checked one by one).
            if set(map(type, column)) <= _TEXT_OR_NULL and all(
                    check(value) is value for value in set(column)):
                continue
            checked = list(map(check, column))
        except ModelError:
            return None
        if any(map(is_not, checked, column)):  # normalised (a whole-number coordinate, a colour's case)
            replaced.append((key, checked))
    out = list(map(dict, entries))  # each entry's own copy, its fields in the layout's order
    for key in skipped:
        list(map(dict.pop, out, repeat(key)))
    for key, checked in replaced:
        for attrs, value in zip(out, checked):
            attrs[key] = value
    return out
