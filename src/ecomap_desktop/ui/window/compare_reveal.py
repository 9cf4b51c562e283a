"""Bringing a comparison's marks into view: where they are on the map, and the least scroll that
shows them (or the most of them, when they are more than the canvas holds, and then the words of
the lines left off the canvas moved along their lines onto it).

In the parent view the map is zoomed in and what did not change is dimmed: every change could lie
off screen, and nothing seem marked until a sentence was chosen. ui/window/compare.py decides when.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsView

if TYPE_CHECKING:
    from ...canvas.compare_overlay import CompareOverlay
    from ..editor.scene import MapScene

# How far inside the canvas's edge the marks of a comparison come when it scrolls to them (pixels).
REVEAL_MARGIN_PX = 40
# Half the side of the box around a changed line's middle where its words go (scene units).
LINE_WORDS = 30.0
# How far inside the canvas's edges the words of a change stay when they come into it (pixels).
WORDS_INSET_PX = 2
# Up to this many marks the view looks for the place that shows the most of them (the tries grow as
# the cube of their number); more, and it shows the nearest one.
MOST_MARKS_SEARCHED = 40


def most_in_view(boxes: list[QRectF], room: QRectF) -> QPointF | None:
    """Where to centre a view whose room for marks is *room* (its size; where it is now) so it
    holds the most of *boxes* whole, the nearest such place to where it is; None when no box fits.
    A best place has its left edge at some box's left and its top at some box's top (or keeps its
    own), so those are the places tried."""
    width, height = room.width(), room.height()
    lefts = sorted({room.left(), *(box.left() for box in boxes)})
    tops = sorted({room.top(), *(box.top() for box in boxes)})
    best: tuple[int, float] | None = None
    place = None
    for left in lefts:
        for top in tops:
            frame = QRectF(left, top, width, height)
            held = sum(1 for box in boxes if frame.contains(box))
            if not held:
                continue
            moved = abs(left - room.left()) + abs(top - room.top())
            if best is None or (-held, moved) < best:
                best, place = (-held, moved), frame.center()
    return place


def change_marks(scene: MapScene, overlay: CompareOverlay) -> list[QRectF]:
    """Where the comparison's words are, one box a mark: the people and groups it tags with
    their tags, the middle of each changed line with its words (which may sit further along it or
    a row or two out, tied to it by a leader), and the ghosts of what ended. Not the people at the
    far end of a changed line: they carry no words themselves."""
    items = [scene.node_item(n) for n in scene.node_ids() if overlay.node_tag(n) is not None]
    items += [overlay.ghost(n) for n in overlay.ghost_ids()]
    items += list(overlay.ghost_edges().values())
    # An item's words are its children (the tag above a name).
    boxes = [item.sceneBoundingRect().united(item.mapRectToScene(item.childrenBoundingRect()))
             for item in items if item is not None]
    dimmed = overlay.dimmed_edge_ids()
    for edge_id in scene.edge_ids():
        item = scene.edge_item(edge_id)
        line = item.drawn_line() if edge_id not in dimmed else None
        if line is not None:
            middle = line.center()
            box = QRectF(middle.x() - LINE_WORDS, middle.y() - LINE_WORDS, 2 * LINE_WORDS, 2 * LINE_WORDS)
            words = item.caption()
            if words is not None and words.isVisible():  # a word cut at the canvas's edge is not read
                box = box.united(words.sceneBoundingRect())
            boxes.append(box)
    return boxes


def united(boxes: list[QRectF]) -> QRectF:
    """All *boxes* in one box (empty when there are none)."""
    rect = QRectF()
    for box in boxes:
        rect = rect.united(box)
    return rect


def bring_into_view(view: QGraphicsView, boxes: list[QRectF]) -> None:
    """Scroll once, the least that puts *boxes* on screen; when they are more than the canvas
    holds, the most of them, or (past MOST_MARKS_SEARCHED) the one nearest to what is on show."""
    if not boxes:
        return
    marks = united(boxes)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    if shown.contains(marks):
        return
    margin = REVEAL_MARGIN_PX / max(view.transform().m11(), 1e-6)

    def fits(box: QRectF) -> bool:
        return box.width() + 2 * margin <= shown.width() and box.height() + 2 * margin <= shown.height()

    if fits(marks):
        view.ensureVisible(marks, REVEAL_MARGIN_PX, REVEAL_MARGIN_PX)
        return
    if marks.width() <= shown.width() and marks.height() <= shown.height():
        view.centerOn(marks.center())  # all of them, with less room round them
        return
    edge = 2.0 / max(view.transform().m11(), 1e-6)
    room = shown.adjusted(edge, edge, -edge, -edge)
    best = most_in_view(boxes, room) if len(boxes) <= MOST_MARKS_SEARCHED else None
    if best is not None:
        if (best - room.center()).manhattanLength() > edge:  # not where it is (a resize): no jiggle
            view.centerOn(best)
        return
    middle = shown.center()
    nearest = min(boxes, key=lambda box: (box.center() - middle).manhattanLength())
    if shown.contains(nearest):
        return
    if fits(nearest):
        view.ensureVisible(nearest, REVEAL_MARGIN_PX, REVEAL_MARGIN_PX)
    else:
        view.centerOn(nearest.center())


def words_into_view(view: QGraphicsView, overlay: CompareOverlay) -> None:
    """After the scroll: with more changes than the canvas holds, the words of the changed lines left
    off it come along their lines into it where they find a clear place there (in the parent view at
    1280 x 720 one of ten changes was left below the canvas)."""
    inset = WORDS_INSET_PX / max(view.transform().m11(), 1e-6)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    overlay.keep_words_within(shown.adjusted(inset, inset, -inset, -inset))
