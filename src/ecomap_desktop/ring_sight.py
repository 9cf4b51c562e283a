"""Where a circle's name goes on the part of its circle in sight, when its own place
(ring_places.ring_name_angles: the paper's) is scrolled or zoomed out of the canvas: the canvas's
alone (canvas/items/ring_item.py), asking ring_places' questions of each place."""

from __future__ import annotations

from .ring_places import NameTests, ring_name_centre


# The places tried for a name on the part of its circle in sight (ring_name_angle_in_sight): finer
# than RING_NAME_ANGLES, as only a short arc of a big circle may cross the canvas.
SIGHT_STEP = 5


def ring_name_angle_in_sight(radius: float, tests: NameTests | None, start: float, in_sight,
                             kept: float | None = None, depth=None) -> float | None:
    """The place nearest *start* (degrees round) where a circle's name is in sight (*in_sight(angle)*)
    and, as ring_name_angle asks with *tests* (None: nothing asked), clear of people, arrowheads and
    ticks, else of the arrowheads and ticks; None where no place in sight is. *kept* (where the name
    is drawn now) wins while it is in sight and as clear as the best place in sight: a name that
    moved to the nearest place at every scroll step slid along under the user's hand. Where it must
    move, it goes to the place *depth(angle)* (0 at the edge of the part in sight, 1 far enough in
    that a pan will not soon take it out of sight) puts deepest, the nearest *start* of those."""
    turns = sorted(range(-180 + SIGHT_STEP, 181, SIGHT_STEP), key=abs)
    angles = [(start + turn + 180) % 360 - 180 for turn in turns]
    seen = [angle for angle in angles if in_sight(angle)]
    if not seen:
        return None
    if tests is None:
        asked = [None]
    else:
        width, height, covered, hides_arrowhead, (ordinary_width, ordinary_height, ordinary_covered) = tests
        asked = [(width, height, covered), (ordinary_width, ordinary_height, ordinary_covered),
                 (width, height, hides_arrowhead)]
    keep = kept is not None and in_sight(kept)
    for question in asked:
        best, deepest = None, -1.0
        for angle in seen:
            if question is not None and _name_covered(radius, angle, *question):
                continue
            if keep and (question is None or not _name_covered(radius, kept, *question)):
                return kept  # no place in sight is clearer than where the name stands
            how_deep = 1.0 if depth is None else min(1.0, depth(angle))
            if how_deep > deepest:
                best, deepest = angle, how_deep
                if how_deep >= 1.0:
                    break
        if best is not None:
            return best
    return None


def _name_covered(radius: float, angle: float, width: float, height: float, covered) -> bool:
    """Whether *covered* says something stands under a name *width* x *height* at *angle* round."""
    x, y = ring_name_centre(radius, angle)
    return covered(x - width / 2, y - height / 2, x + width / 2, y + height / 2)
