"""While comparing two visits, a circle's name keeps clear of someone who has left the map (the ghost
drawn where they stood), as it does of the people on it: "Closest", at its place at the top of its
circle, was drawn over the ghost of the person who had stood there, then over the dashed outline of
one who had stood a little inside the circle (only the ghost's name was kept clear of)."""

from __future__ import annotations

import math

import pytest

from PySide6.QtCore import QRectF

from ecomap_desktop import ring_places, style
from ecomap_desktop.model.document import Document
from window_support import open_window, wait_settled


def _left_from_the_top(doc: Document, inwards: float = 0.0, name: str = "Luis") -> tuple[str, str]:
    """Luis stood at the top of the closest circle (*inwards* of it) at the first visit and has left
    at the second; Rosa is new (so the comparison has a line's words too). Returns Luis's id and the
    first visit's."""
    doc.set_visit(doc.current_visit().id, date="2025-03-04")
    cx, cy = doc.node_position(doc.centre_id)
    x, y = ring_places.ring_name_centre(style.RING_RADII["closest"] - inwards, 0.0)
    luis = doc.add_node({"label": name, "ring": "closest", "x": cx + x, "y": cy + y})
    first = doc.current_visit().id
    doc.start_visit("2025-06-10")
    doc.remove_node(luis)
    rosa = doc.add_node({"label": "Tía Rosa", "ring": "friends", "x": cx + 250.0, "y": cy + 220.0})
    doc.add_edge(rosa, doc.centre_id, {"strength": "strong"})
    return luis, first


def _closest(scene) -> QRectF:
    rings = scene.ring_item()
    return rings.mapRectToScene(rings.name_rects()[0])


def _meets_ghost(rect: QRectF, ghost) -> bool:
    """Whether *rect* (in the scene) meets the ghost of a person: the dashed circle as drawn."""
    radius, _half_h, _corner = ghost.outline()
    centre = ghost.scenePos()
    dx = max(rect.left() - centre.x(), 0.0, centre.x() - rect.right())
    dy = max(rect.top() - centre.y(), 0.0, centre.y() - rect.bottom())
    return math.hypot(dx, dy) < radius


def test_a_circles_name_keeps_clear_of_the_name_of_someone_who_left(qtbot):
    window = open_window(qtbot)
    luis, first = _left_from_the_top(window.document)
    scene = window.scene
    qtbot.waitUntil(lambda: _closest(scene).center().x() == 0.0)  # the top: no one stands there now
    window.compare.choose_earlier(first)
    window.compare.set_comparing(True)
    qtbot.waitUntil(lambda: window.compare.overlay.ghost(luis) is not None)
    ghost = window.compare.overlay.ghost(luis)
    assert _meets_ghost(QRectF(-1.0, -style.RING_RADII["closest"] - 1.0, 2.0, 2.0), ghost)  # at the top
    qtbot.waitUntil(lambda: not _meets_ghost(_closest(scene), ghost))
    tag = next(child for child in ghost.childItems() if child.isVisible())
    assert not _closest(scene).intersects(tag.mapRectToScene(tag.box()))  # nor its "ended"
    window.compare.set_comparing(False)  # back to its own place, the paper's
    qtbot.waitUntil(lambda: _closest(scene).center().x() == 0.0)


def test_a_circles_name_keeps_clear_of_the_outline_of_someone_who_left(qtbot):
    """Luis stood a little inside the closest circle, below its top: his name was clear of "Closest"
    there, but his dashed outline ran through it."""
    window = open_window(qtbot)
    luis, first = _left_from_the_top(window.document, inwards=35.0)
    scene = window.scene
    qtbot.waitUntil(lambda: _closest(scene).center().x() == 0.0)
    window.compare.choose_earlier(first)
    window.compare.set_comparing(True)
    qtbot.waitUntil(lambda: window.compare.overlay.ghost(luis) is not None)
    ghost = window.compare.overlay.ghost(luis)
    assert _meets_ghost(QRectF(-1.0, -style.RING_RADII["closest"] - 1.0, 2.0, 2.0), ghost)  # the top
    qtbot.waitUntil(lambda: not _meets_ghost(_closest(scene), ghost))
    assert _closest(scene).center().y() < 0.0  # still on the circle's upper half, beside him
    window.compare.set_comparing(False)  # back to its own place, the paper's
    qtbot.waitUntil(lambda: _closest(scene).center().x() == 0.0)


@pytest.mark.parametrize("view, inwards", [("worker", 60.0), ("parent", 35.0)])
def test_a_circles_name_keeps_clear_of_a_ghost_as_large_as_it_is_drawn(qtbot, view, inwards):
    """Zoomed out (and in the parent view) a ghost is drawn larger with the names, as people are:
    "Closest" kept clear of the ghost's outline at its ordinary size only, and the grown outline ran
    through it. It keeps clear of it as of a person, zoomed out and zoomed in."""
    window = open_window(qtbot, (1280, 720))
    luis, first = _left_from_the_top(window.document, inwards=inwards, name="Luis Fernández")
    scene = window.scene
    if view == "parent":
        with qtbot.waitSignal(window.view.fitted):
            window.conversation.parent_view.action.trigger()
    window.compare.choose_earlier(first)
    window.compare.set_comparing(True)
    qtbot.waitUntil(lambda: window.compare.overlay.ghost(luis) is not None)
    ghost = window.compare.overlay.ghost(luis)
    for zoom in (0.3, 2.0):  # the names (and the ghost) at their largest, then at their ordinary size
        window.view.set_zoom(zoom)
        qtbot.waitUntil(lambda: ghost.outline() == ghost.ghost_shape().outline_at(scene.text_boost()))
        qtbot.waitUntil(lambda: not _meets_ghost(_closest(scene), ghost))
        # And it stays clear once nothing is still due that would place the names again.
        wait_settled(qtbot, window.view)
        qtbot.waitUntil(lambda: not scene._ring_names_due.isActive())
        assert not _meets_ghost(_closest(scene), ghost)
