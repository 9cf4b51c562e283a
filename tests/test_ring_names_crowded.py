"""On a map of more than 300 people and groups, a circle's name keeps clear of the people near the
circles too (it kept clear of the arrowheads alone, and on screen sat across whoever stood at its
circle's top), on the canvas and on paper alike, and follows each edit."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

from canvas_support import make_canvas
from ecomap_desktop import ring_places, style
from ecomap_desktop.export.compose.mapdraw import ring_name_places
from ecomap_desktop.export.compose.mapinfo import read_map
from ecomap_desktop.model.document import Document


def _crowded_map() -> Document:
    """More people than ring_places.RING_NAMES_MAX_NODES, all far out, clear of every circle."""
    doc = Document("Family")
    cx, cy = doc.node_position(doc.centre_id)
    for i in range(ring_places.RING_NAMES_MAX_NODES):
        doc.add_node({"label": f"P{i}", "x": cx + 3000.0 + 60 * (i % 20), "y": cy + 60.0 * (i // 20)})
    return doc


def _on_closest(doc: Document, label: str, angle: float) -> dict:
    """A person standing on the closest circle, *angle* degrees round from its top."""
    cx, cy = doc.node_position(doc.centre_id)
    x, y = ring_places.ring_name_centre(style.RING_RADII["closest"], angle)
    return {"label": label, "ring": "closest", "x": cx + x, "y": cy + y}


def _closest_name(scene) -> QRectF:
    rings = scene.ring_item()
    return rings.mapRectToScene(rings.name_rects()[0])


def _people_under(scene, name: QRectF) -> list[str]:
    """The people and groups whose outline meets *name* (the family at the centre aside)."""
    under = []
    for node_id in scene.node_ids():
        item = scene.node_item(node_id)
        half_w, half_h, _corner = item.outline()
        if QRectF(item.x() - half_w, item.y() - half_h, 2 * half_w, 2 * half_h).intersects(name):
            under.append(scene.document.node(node_id)["label"])
    return under


def test_on_a_crowded_map_a_circles_name_keeps_clear_of_the_people_there(qtbot):
    """Three people at the top of the closest circle, on a map of more than 300: "Closest" stayed at
    the top, across them. It goes round to a free place, where the paper puts it too."""
    c = make_canvas(qtbot)
    doc = _crowded_map()
    for label, angle in (("Ana", 0.0), ("Bea", 15.0), ("Cruz", -15.0)):
        doc.add_node(_on_closest(doc, label, angle))
    with qtbot.waitSignal(c.scene.content_changed):  # the names are placed when it is sent
        c.doc.replace_graph(doc.graph_copy())
    assert len(c.scene.node_ids()) > ring_places.RING_NAMES_MAX_NODES
    assert _people_under(c.scene, _closest_name(c.scene)) == []
    paper = [angle for _key, _radius, angle in ring_name_places(read_map(c.doc))]
    assert paper and c.scene.ring_item()._angles[:len(paper)] == paper
    assert paper[0] != 0.0


def test_on_a_crowded_map_a_circles_name_follows_the_people_moved_added_and_taken_away(qtbot):
    """Edits on a crowded map: someone moved onto "Closest", someone added where it went, then both
    taken away. The name keeps clear of each, and comes back to the top once it is free."""
    c = make_canvas(qtbot)
    with qtbot.waitSignal(c.scene.content_changed):
        c.doc.replace_graph(_crowded_map().graph_copy())
    assert _closest_name(c.scene).center().x() == 0.0  # the top (the family stands at 0, 0)
    ana = c.doc.add_node(_on_closest(c.doc, "Ana", 90.0))
    qtbot.waitUntil(lambda: c.scene.node_item(ana) is not None)
    with qtbot.waitSignal(c.scene.content_changed):
        c.doc.move_nodes({ana: (0.0, -style.RING_RADII["closest"])})
    qtbot.waitUntil(lambda: _people_under(c.scene, _closest_name(c.scene)) == [])
    moved_to = _closest_name(c.scene).center()
    assert moved_to.x() != 0.0
    angle = math.degrees(math.atan2(moved_to.x(), -moved_to.y()))
    x, y = ring_places.ring_name_centre(style.RING_RADII["closest"], angle)
    with qtbot.waitSignal(c.scene.content_changed):
        bea = c.doc.add_node({"label": "Bea", "x": x, "y": y})
    qtbot.waitUntil(lambda: _people_under(c.scene, _closest_name(c.scene)) == [])
    assert _closest_name(c.scene).center() != moved_to
    with qtbot.waitSignal(c.scene.content_changed):
        c.doc.remove_node(ana)
        c.doc.remove_node(bea)
    qtbot.waitUntil(lambda: _closest_name(c.scene).center().x() == 0.0)


def _names_across_ticks(scene, source: str, target: str) -> list[str]:
    """The circles' names whose patch meets the band the cross-ticks of the line from *source* to
    *target* (straight up) take: the line's middle, a tick's half length either side."""
    half = style.LINE_STYLES["stressful"].tick_length / 2
    top, bottom = scene.node_item(target), scene.node_item(source)
    band = QRectF(top.x() - half, top.y(), 2 * half, bottom.y() - top.y())
    rings = scene.ring_item()
    return [name for name, rect in zip(rings.ring_names(), rings.name_rects())
            if rings.mapRectToScene(rect).intersects(band)]


def test_on_a_crowded_map_a_circles_name_keeps_clear_of_a_stressful_lines_ticks(qtbot):
    """A stressful line from the family straight up to someone past the outer circle, on a map of
    more than 300: its cross-ticks run through the top of every circle, and the circles' names sat
    across them there (they kept clear of the people and the arrowheads alone), hard to read and
    hiding that the line is stressful. They go round to a free place, where the paper puts them too;
    the line made moderate, they come back to the top."""
    c = make_canvas(qtbot)
    doc = _crowded_map()
    cx, cy = doc.node_position(doc.centre_id)
    far = doc.add_node({"label": "Far", "ring": "paid", "x": cx, "y": cy - style.RING_RADII["paid"] - 200.0})
    line = doc.add_edge(doc.centre_id, far, {"strength": "stressful"})
    with qtbot.waitSignal(c.scene.content_changed):
        c.doc.replace_graph(doc.graph_copy())
    qtbot.waitUntil(lambda: _names_across_ticks(c.scene, c.doc.centre_id, far) == [])
    paper = [angle for _key, _radius, angle in ring_name_places(read_map(c.doc))]
    assert len(paper) == 4 and c.scene.ring_item()._angles == paper
    assert all(angle != 0.0 for angle in paper)
    c.doc.set_edge(line, {"strength": "moderate"})
    qtbot.waitUntil(lambda: c.scene.ring_item()._angles == [0.0] * len(paper))
