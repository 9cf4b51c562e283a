"""The connections seen from the family: the order the guide walks them, and the flow for a direction.

The inverse, a stored flow seen from the family, is insights.flow_for_family.
"""

from __future__ import annotations

import math

from ..model.document import Document


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
