"""Where a changed line's words go while comparing: beside the line and clear of every name and other
words. Tried in order: at its middle on either side, then further along either half of it; then the parts of
two-part words ("now “Some help”, now “They help me”") on two rows, a narrower box, at the same
places; only then a row or two further out, tied to the line by a thin leader so they read as that
line's words and not a neighbour's (compared with the first visit of the three-visit example, words a
row out sat 100 px from their line, next to another one). Where none of those is clear, a wider search
walks the whole length of the line and a little past its ends, up to FURTHER_ROWS rows out, nearest
first (compared with that first visit, "now “Some help”, now “They help me”" covered County Social
Services and its leader crossed Ana: the clear place was two rows further along the line). While
the crowd has a `within` (the part of the map on show), places outside it are passed over, and only
when none inside is clear do the words go where they would on the whole map."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF

from .. import geometry
from .crowd import WIDER_LOOKS, Crowd, rect_box
from .items.compare_items import TagItem

# How far from the middle the words may slide along the line: these shares of its length, either way.
SLIDES = (0.2, 0.35)
OUT_ROWS = (1, 2)  # how many rows further out, when nothing by the line is clear
# Where along the line there: only its middle. Each place costs a look-up; on a crowded 5,000-person
# map trying the slides there too made showing a comparison 2.5x slower.
OUT_SLIDES = (0.0,)
TAG_ROOM = 3.0  # kept free round a line's words (the tag's own units)
# The wider search: how many rows out (rows of one line of text, the words on one or two) and past a
# line's end (it looks at crowd.WIDER_LOOKS places in all, with the people's and groups' words' wider
# searches).
FURTHER_ROWS = 5
FURTHER_PAST = 2


def _clearance(tag: TagItem, ux: float, uy: float, nx: float, ny: float, length: float,
               outlines: tuple[geometry.Outline, geometry.Outline]) -> float:
    """How far from the line the words must sit to clear both ends' outlines (a short line between
    big shapes has no room between them)."""
    scale = tag.scale()
    half_w, half_h = tag.box().width() * scale / 2, tag.box().height() * scale / 2
    along = abs(ux) * half_w + abs(uy) * half_h  # the box's reach along the line
    need = 3.0 * scale
    for outline, sign in zip(outlines, (-1.0, 1.0)):
        to_centre = length / 2 + geometry.outline_distance(outline, sign * ux, sign * uy)
        across = geometry.outline_distance(outline, nx, ny)
        near = to_centre - along  # from that end's centre to the box's nearer side, along the line
        if near < across:
            need = max(need, math.sqrt(across * across - max(near, 0.0) ** 2) + 2.0)
    return need


def _leader_covered(tag: TagItem, leader: tuple[QPointF, QPointF] | None, crowd: Crowd) -> float:
    """What the leader covers (a thin line: small squares every few units along it)."""
    if leader is None:
        return 0.0
    start, end = (tag.mapToScene(point) for point in leader)
    total = 0.0
    steps = max(2, int(math.hypot(end.x() - start.x(), end.y() - start.y()) / 6.0))
    for step in range(1, steps):
        at = start + (end - start) * (step / steps)
        total += crowd.covered(QRectF(at - QPointF(1.5, 1.5), at + QPointF(1.5, 1.5)))
    return total


def place_beside(tag: TagItem, start: QPointF, end: QPointF,
                 outlines: tuple[geometry.Outline, geometry.Outline], crowd: Crowd) -> None:
    """Put *tag* (centred on the middle of the line from *start* to *end*, whose ends have *outlines*)
    at the first clear place, or the least covered one by the line, and keep clear of it from then on."""
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy)
    if not length:
        return
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    scale = tag.scale()
    room = TAG_ROOM * scale
    best = None
    layouts = (False, True) if tag.can_split() else (False,)
    near_places = [(split, False) for split in layouts] + [(split, True) for split in layouts]
    for split, out in near_places:
        tag.set_split(split)
        need = _clearance(tag, ux, uy, nx, ny, length, outlines)
        box_w, box_h = tag.box().width() * scale / 2, tag.box().height() * scale / 2
        slide = length / 2 - (abs(ux) * box_w + abs(uy) * box_h)  # room to move and stay by the line
        row = tag.box().height() * scale
        if out:
            places = [(sign * share * length, row * rows, side) for rows in OUT_ROWS
                      for share in OUT_SLIDES if share * length <= max(slide, 0.0)
                      for side in (False, True) for sign in ((1.0, -1.0) if share else (1.0,))]
        else:
            places = [(0.0, 0.0, False), (0.0, 0.0, True)]
            places += [(sign * share * length, 0.0, side) for share in SLIDES if share * length <= slide
                       for side in (False, True) for sign in (1.0, -1.0)]
        for shift, further, other_side in places:
            box, leader = tag.beside_line_at(dx, dy, (need + further) / scale, shift / scale, other_side)
            words = tag.mapRectToScene(box)
            if not crowd.inside(words):
                continue
            # Covered as much as the best place so far or more: not taken, by how much no matter.
            covered = crowd.covered(words.adjusted(-room, -room, room, room), best[0] if best else math.inf)
            if not covered:
                covered = _leader_covered(tag, leader, crowd)  # looked at only for words clear themselves
                if not covered:
                    tag.beside_line(dx, dy, (need + further) / scale, shift / scale, other_side)
                    crowd.add(rect_box(words))
                    return
            if best is None or covered < best[0]:
                covered += _leader_covered(tag, leader, crowd)
                if best is None or covered < best[0]:
                    best = (covered, split, need + further, shift, other_side)
    if crowd.may_look_wider() and _place_further(tag, dx, dy, length, layouts, crowd):
        return
    if crowd.within is not None:  # nothing clear in there: wherever it would go on the whole map
        within, crowd.within = crowd.within, None
        try:
            place_beside(tag, start, end, outlines, crowd)
        finally:
            crowd.within = within
        return
    _covered, split, gap, shift, other_side = best  # none clear: the least covered
    tag.set_split(split)
    tag.beside_line(dx, dy, gap / scale, shift / scale, other_side)
    crowd.add(rect_box(tag.mapRectToScene(tag.box())))


def _place_further(tag: TagItem, dx: float, dy: float, length: float, layouts: tuple[bool, ...],
                   crowd: Crowd) -> bool:
    """Put *tag* at the nearest clear place anywhere along its line (or past an end, by up to its own
    reach and FURTHER_PAST rows, tied to the end by a leader: a short line between big shapes has no
    room beside it), up to FURTHER_ROWS rows out; False when none is clear. A short line's leader may
    start at either of its ends."""
    ux, uy = dx / length, dy / length
    scale = tag.scale()
    room = TAG_ROOM * scale
    half_line = length / 2
    places = []
    # FURTHER_ROWS rows of one line of text at most, in either layout: words on two rows are a row
    # twice as high, and as many of those out hung them twice as far from their line (in the parent
    # view at 1280 x 720, once "Friends" had moved off a ghost, a line's words there went four of
    # those rows out, on a leader as long as the line).
    heights = []
    for split in layouts:
        tag.set_split(split)
        heights.append(tag.box().height() * scale)
    furthest = FURTHER_ROWS * min(heights)
    for split in layouts:
        tag.set_split(split)
        width, row = tag.box().width() * scale, tag.box().height() * scale
        reach = abs(ux) * width / 2 + abs(uy) * row / 2  # the box's half length along the line
        stop = half_line - min(reach, half_line)  # the words' middle stays by the line this far out
        steps = math.ceil((stop + reach + FURTHER_PAST * row) / row)
        # Beside a line too short for its words to slide along, words a row or more out may stand
        # across from either end and their leader start at either end: its middle may be hemmed in
        # by a name the words clear (in the parent view, the three-visit example's short line to
        # Renée Côté between the circle's name "Closest" and the family).
        tied_end = half_line - room
        ends = [-tied_end, tied_end] if stop < row and tied_end > stop else []
        for at in [step * row for step in range(-steps, steps + 1)] + ends:
            near = max(-stop, min(stop, at))
            for rows in range(FURTHER_ROWS + 1):
                if rows * row > furthest:
                    break
                gap = 3.0 * scale + rows * row
                for anchor in [near] + (ends if rows else []):
                    past = at - anchor
                    # Near the line first, then its middle.
                    cost = rows * row + abs(anchor) / 2 + 2 * abs(past)
                    places += [(cost, split, gap, anchor, past, side) for side in (False, True)]
    places.sort(key=lambda place: place[:2])
    looks = crowd.looks
    try:
        for _cost, split, gap, anchor, past, other_side in places:
            if crowd.wider_looks + crowd.looks - looks >= WIDER_LOOKS:
                break
            tag.set_split(split)
            box, leader = tag.beside_line_at(dx, dy, gap / scale, anchor / scale, other_side, past / scale)
            words = tag.mapRectToScene(box)
            if (not crowd.inside(words) or crowd.covered(words.adjusted(-room, -room, room, room), 0.0)
                    or _leader_covered(tag, leader, crowd)):
                continue
            tag.beside_line(dx, dy, gap / scale, anchor / scale, other_side, past / scale)
            crowd.add(rect_box(words))
            return True
        return False
    finally:
        crowd.wider_looks += crowd.looks - looks
