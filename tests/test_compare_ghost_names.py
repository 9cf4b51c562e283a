"""While comparing two visits, a circle's name keeps clear of the name of someone who has left the map
(the ghost drawn where they stood): "Closest", at its place at the top of its circle, was drawn over
the ghost of the person who had stood there."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from ecomap_desktop import ring_places, style
from ecomap_desktop.model.document import Document
from window_support import open_window


def _left_from_the_top(doc: Document) -> tuple[str, str]:
    """Luis stood at the top of the closest circle at the first visit and has left at the second;
    Rosa is new (so the comparison has a line's words too). Returns Luis's id and the first visit's."""
    doc.set_visit(doc.current_visit().id, date="2025-03-04")
    cx, cy = doc.node_position(doc.centre_id)
    x, y = ring_places.ring_name_centre(style.RING_RADII["closest"], 0.0)
    luis = doc.add_node({"label": "Luis", "ring": "closest", "x": cx + x, "y": cy + y})
    first = doc.current_visit().id
    doc.start_visit("2025-06-10")
    doc.remove_node(luis)
    rosa = doc.add_node({"label": "Tía Rosa", "ring": "friends", "x": cx + 250.0, "y": cy + 220.0})
    doc.add_edge(rosa, doc.centre_id, {"strength": "strong"})
    return luis, first


def _closest(scene) -> QRectF:
    rings = scene.ring_item()
    return rings.mapRectToScene(rings.name_rects()[0])


def test_a_circles_name_keeps_clear_of_the_name_of_someone_who_left(qtbot):
    window = open_window(qtbot)
    luis, first = _left_from_the_top(window.document)
    scene = window.scene
    qtbot.waitUntil(lambda: _closest(scene).center().x() == 0.0)  # the top: no one stands there now
    window.compare.choose_earlier(first)
    window.compare.set_comparing(True)
    qtbot.waitUntil(lambda: window.compare.overlay.ghost(luis) is not None)
    ghost = window.compare.overlay.ghost(luis)
    left, top, right, bottom = (side * scene.text_boost() for side in ghost.name_box())  # as drawn
    name = ghost.mapRectToScene(QRectF(QPointF(left, top), QPointF(right, bottom)))
    assert name.intersects(QRectF(-1.0, -style.RING_RADII["closest"] - 1.0, 2.0, 2.0))  # at the top
    qtbot.waitUntil(lambda: not _closest(scene).intersects(name))
    tag = next(child for child in ghost.childItems() if child.isVisible())
    assert not _closest(scene).intersects(tag.mapRectToScene(tag.box()))  # nor its "ended"
    window.compare.set_comparing(False)  # back to its own place, the paper's
    qtbot.waitUntil(lambda: _closest(scene).center().x() == 0.0)
