"""Where a person's or group's words go while comparing ("new", "closer"): just above its outline;
else just below it; else above or below it, half their width to either side; else beside it. A place
is taken only when it covers no other name or words (a circle's name included) and does not lie on
one of the node's own changed lines, which it hid from the words of that line (compared with the
first visit of the three-visit example in the parent view, "más cerca" below Renée Côté covered her
short line to the family, and the line's words found no place a leader could reach; "new" above Ana
covered Luis's ghost, where it now goes beside her)."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF

from .crowd import Crowd, rect_box
from .items.compare_items import TagItem

GAP = 2.0  # between the outline and the words (scene units)
FIRST_PLACES = 2  # above and below: tried always; the others while the wider searches may look (crowd)
ON_LINE = 400.0  # what lying on one of its own changed lines counts as, in covered area (square units)


def _crosses(rect: QRectF, line: QLineF) -> bool:
    """Whether *line* runs through *rect* (or ends in it)."""
    if rect.contains(line.p1()) or rect.contains(line.p2()):
        return True
    corners = (rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft())
    bounded = QLineF.IntersectionType.BoundedIntersection
    return any(line.intersects(QLineF(corners[i], corners[i - 1]))[0] == bounded for i in range(4))


def place_by_node(tag: TagItem, half_width: float, half_height: float, crowd: Crowd,
                  own_lines: list[QLineF]) -> None:
    """Put *tag* (a child of a node whose outline reaches *half_width* and *half_height* from its
    middle) at the first clear place by it, or the least covered one when none is, and keep clear of
    it from then on."""
    scale = tag.scale()
    shift, height = tag.box().width() * scale / 2, tag.box().height() * scale
    above, below = -half_height - GAP, half_height + GAP + height
    places = [QPointF(0.0, above), QPointF(0.0, below)]
    places += [QPointF(side * shift, y) for y in (above, below) for side in (-1.0, 1.0)]
    places += [QPointF(side * (half_width + GAP + shift), height / 2) for side in (-1.0, 1.0)]  # beside it
    best: tuple[float, QPointF] | None = None
    looks = crowd.looks
    for number, place in enumerate(places):
        if number == FIRST_PLACES and not crowd.may_look_wider():
            tag.setPos(best[1])
            break
        tag.setPos(place)
        words = tag.mapRectToScene(tag.box())
        covered = (crowd.covered(words, best[0] if best else math.inf)  # past the best: no matter how much
                   + ON_LINE * sum(_crosses(words, line) for line in own_lines))
        if not covered:
            break
        if best is None or covered < best[0]:
            best = (covered, place)
    else:
        tag.setPos(best[1])  # none clear: the least covered
    crowd.wider_looks += max(0, crowd.looks - looks - FIRST_PLACES)
    crowd.add(rect_box(tag.mapRectToScene(tag.box())))
