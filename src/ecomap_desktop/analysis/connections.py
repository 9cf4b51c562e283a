"""The connections seen from the family: the order the guide walks them, a stored flow seen from the
family and its inverse, the flow for a direction. Small on purpose: the window's guide and screen
reader need these at start, before anything is summed up (analysis.insights)."""

from __future__ import annotations

import math

from ..model.document import Document


def flow_for_family(flow: str, source: str, target: str, centre: str) -> str | None:
    """A connection's flow seen from the centre: "to_family", "from_family", "both" or "none".

    None when the connection does not touch the centre (two friends who know each other).
    """
    if centre not in (source, target):
        return None
    if flow in ("none", "both"):
        return flow
    receiver = target if flow == "to_target" else source
    return "to_family" if receiver == centre else "from_family"


def flow_for_direction(direction: str, source: str, target: str, centre: str) -> str:
    """The stored flow for a direction seen from the family (the inverse of flow_for_family)."""
    if direction in ("none", "both"):
        return direction
    family_receives = direction == "to_family"
    return "to_target" if (target == centre) == family_receives else "to_source"


def connection_order(doc: Document) -> list[str]:
    """Connections in the order the guide walks them: round the centre clockwise from 12 o'clock."""
    cx, cy = doc.node_position(doc.centre_id)

    def key(edge_id: str) -> tuple[int, float, str]:
        u, v = doc.edge_ends(edge_id)
        (ux, uy), (vx, vy) = doc.node_position(u), doc.node_position(v)
        touches = doc.centre_id in (u, v)
        mx, my = (ux + vx) / 2 - cx, (uy + vy) / 2 - cy
        angle = math.atan2(mx, -my) % (2 * math.pi)
        return (0 if touches else 1, round(angle, 6), edge_id)

    return sorted(doc.edge_ids(), key=key)
