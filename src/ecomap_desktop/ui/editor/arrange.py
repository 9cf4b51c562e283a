"""Arrange: where each node goes when the user asks to tidy the map, by ring and by category.

Pure data in, positions out (no widgets), so it is easy to test and the scene stays small.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from ... import style
from ...model.vocabulary import CATEGORIES, RINGS

# Centre-to-centre room each node needs along its circle.
NODE_SPACING = 150.0
# The least gap between two circles of nodes.
SHELL_GAP = 130.0


@dataclass(frozen=True)
class ArrangeNode:
    node_id: str
    category: str
    ring: str | None
    label: str


def _category_rank(category: str) -> int:
    # Built-in categories in their usual order, then a map's own ones after them.
    return CATEGORIES.index(category) if category in CATEGORIES else len(CATEGORIES)


def arrange_positions(
    centre_x: float, centre_y: float, nodes: Iterable[ArrangeNode]
) -> dict[str, tuple[float, float]]:
    """Positions for every node but the centre: one circle per ring (closest innermost), nodes
    without a ring on a circle of their own outside those; within a circle, grouped by category.

    Each circle is laid out by networkx's shell_layout (evenly spaced, the first at 12 o'clock,
    then clockwise on screen); each takes its ring's radius, or more if its nodes would crowd, so the
    rings on the canvas mean what they say.
    """
    shells: dict[str | None, list[ArrangeNode]] = {}
    for node in nodes:
        shells.setdefault(node.ring if node.ring in RINGS else None, []).append(node)
    order = [ring for ring in RINGS if ring in shells] + ([None] if None in shells else [])
    positions: dict[str, tuple[float, float]] = {}
    previous = 0.0
    for ring in order:
        members = sorted(shells[ring], key=lambda n: (_category_rank(n.category), n.category,
                                                      n.label.casefold(), n.node_id))
        ids = [n.node_id for n in members]
        crowd = len(ids) * NODE_SPACING / (2 * math.pi)
        if ring:
            wanted = style.RING_RADII[ring]
        else:
            wanted = previous + SHELL_GAP if previous else style.RING_RADII["friends"]
        radius = max(wanted, crowd, previous + SHELL_GAP if previous else style.CENTRE_RADIUS + 130)
        previous = radius
        positions.update(_shell(ids, radius, centre_x, centre_y))
    return positions


def _shell(ids: list[str], radius: float, centre_x: float, centre_y: float) -> dict[str, tuple[float, float]]:
    """*ids* evenly around one circle, the first at 12 o'clock (screen y grows downwards, so
    networkx's counter-clockwise angles run clockwise on screen)."""
    if len(ids) == 1:  # shell_layout puts a lone node in the middle; on a ring it belongs at the top
        return {ids[0]: (round(centre_x, 1), round(centre_y - radius, 1))}
    import networkx as nx  # its layouts import numpy: only when the user asks to arrange

    laid = nx.shell_layout(ids, nlist=[ids], rotate=-math.pi / 2, scale=radius, center=(centre_x, centre_y))
    return {node_id: (round(float(x), 1), round(float(y), 1)) for node_id, (x, y) in laid.items()}
