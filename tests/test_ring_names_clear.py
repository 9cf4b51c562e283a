"""A circle's name never covers what a line says (a stressful line's cross-ticks), and stays on the
upper half of its circle with larger text where the name at its ordinary size has room there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF

from canvas_support import make_canvas
from ecomap_desktop import style
from ecomap_desktop.export.compose.mapdraw import ring_name_places
from ecomap_desktop.export.compose.mapinfo import read_map
from ecomap_desktop.io.mapfile import load_document

EXAMPLES = Path(__file__).parents[1] / "examples"


def _names(scene) -> list[QRectF]:
    rings = scene.ring_item()
    return [rings.mapRectToScene(rect) for rect in rings.name_rects()]


def _ticks(scene) -> list[QRectF]:
    """The box of every cross-tick the canvas draws, in scene coordinates."""
    boxes = []
    for edge_id in scene.edge_ids():
        item = scene.edge_item(edge_id)
        comb = item._drawing().tick_comb
        if comb is None:
            continue
        frame, lines = comb
        for line in lines:
            drawn = frame.map(line)
            boxes.append(item.mapRectToScene(QRectF(drawn.p1(), drawn.p2()).normalized()))
    return boxes


def test_a_circles_name_leaves_a_stressful_lines_ticks_in_sight(qtbot):
    """Someone straight above the family, past the circle of friends, with a stressful line: the
    names "Closest" and "Friends" stood at the tops of their circles, across the line's ticks (in
    the parent view at 1280 x 720, "Friends" sat on Lincoln Elementary's). Each now stands where the
    ticks show, on the canvas and on paper alike."""
    c = make_canvas(qtbot)
    cx, cy = c.doc.node_position(c.doc.centre_id)
    with qtbot.waitSignal(c.scene.content_changed):  # the names are placed when it is sent
        rosa = c.doc.add_node({"label": "Rosa", "ring": "participation", "x": cx,
                               "y": cy - style.RING_RADII["friends"] - 90})
        c.doc.add_edge(c.doc.centre_id, rosa, {"strength": "stressful"})
    ticks = _ticks(c.scene)
    names = _names(c.scene)
    centre_x = c.scene.node_item(c.doc.centre_id).scenePos().x()
    tops = [QRectF(name).translated(centre_x - name.center().x(), 0.0) for name in names[:2]]
    assert all(any(top.intersects(tick) for tick in ticks) for top in tops)  # the tops are taken
    for name in names:
        assert not any(name.intersects(tick) for tick in ticks), name
    paper = [angle for _key, _radius, angle in ring_name_places(read_map(c.doc))]
    assert c.scene.ring_item()._angles[:len(paper)] == paper


def test_with_larger_text_the_closest_circles_name_stays_on_its_upper_half(qtbot):
    """Example 01 with Larger text: every place on the upper half of the closest circle meets
    someone when names are drawn their largest (zoomed far out), and "Closest" went round to
    165 degrees, under the family. It stays above the family where it is clear at the size drawn
    without the zoom's growth."""
    c = make_canvas(qtbot)
    with qtbot.waitSignal(c.scene.content_changed):
        c.doc.replace_graph(load_document(str(EXAMPLES / "01-rivera-family.ecomap")).graph_copy())
    with qtbot.waitSignal(c.scene.content_changed):
        c.scene.set_display(False, 1.5)
    assert c.scene.text_scale() == 1.5 and c.scene.text_boost() == 1.5  # 100%: no growth for the zoom
    rings = c.scene.ring_item()
    closest = _names(c.scene)[0]
    assert closest.center().y() < rings.scenePos().y()  # above the family
    people = [item for item in c.scene.node_items() if item.node_id != c.doc.centre_id]
    for item in people:
        half_w, half_h, _corner = item.outline()
        assert not QRectF(item.x() - half_w, item.y() - half_h, 2 * half_w, 2 * half_h).intersects(closest)


def test_on_a_crowded_map_a_circles_name_still_leaves_an_arrowhead_in_sight(qtbot):
    """Past 300 people and groups the names kept the top of their circles whatever stood there, and
    "Closest" hid the tip of an arrow coming to someone just beyond it. The arrowheads near the
    circles are asked about there (and the people near them: test_ring_names_crowded.py), on the
    canvas and on paper alike."""
    from ring_names_support import rosa_just_above_closest

    from ecomap_desktop import ring_places

    c = make_canvas(qtbot)
    doc, _arrow = rosa_just_above_closest(2.0)
    cx, cy = doc.node_position(doc.centre_id)
    for i in range(ring_places.RING_NAMES_MAX_NODES):  # far out, clear of every circle's name
        doc.add_node({"label": f"P{i}", "x": cx + 3000.0 + 60 * (i % 20), "y": cy + 60.0 * (i // 20)})
    with qtbot.waitSignal(c.scene.content_changed):  # the names are placed when it is sent
        c.doc.replace_graph(doc.graph_copy())
    assert len(c.scene.node_ids()) > ring_places.RING_NAMES_MAX_NODES
    arrows = [polygon.boundingRect() for edge_id in c.scene.edge_ids()
              for polygon in (c.scene.edge_item(edge_id)._drawing().arrows or ())]
    assert arrows
    names = _names(c.scene)
    for name in names:
        assert not any(name.intersects(arrow) for arrow in arrows), name
    paper = [angle for _key, _radius, angle in ring_name_places(read_map(c.doc))]
    assert paper and c.scene.ring_item()._angles[:len(paper)] == paper


def test_a_line_drawn_or_restyled_after_the_person_moves_the_circles_names_as_on_paper(qtbot):
    """The usual order: a person first, then the line to her, then its feel. The names were placed
    again only when people changed, so a stressful line drawn afterwards kept "Closest" and
    "Friends" across its ticks on screen while the paper moved them; and a line made ordinary again
    left them moved. Each step now places them as the paper does."""
    c = make_canvas(qtbot)
    cx, cy = c.doc.node_position(c.doc.centre_id)
    with qtbot.waitSignal(c.scene.content_changed):
        rosa = c.doc.add_node({"label": "Rosa", "ring": "participation", "x": cx,
                               "y": cy - style.RING_RADII["friends"] - 90})
    rings = c.scene.ring_item()

    def as_on_paper() -> bool:
        paper = [angle for _key, _radius, angle in ring_name_places(read_map(c.doc))]
        return rings._angles[:len(paper)] == paper

    assert as_on_paper() and rings._angles[:2] == [0.0, 0.0]  # nothing in the way yet
    line = c.doc.add_edge(c.doc.centre_id, rosa, {"strength": "stressful"})
    qtbot.waitUntil(lambda: rings._angles[:2] != [0.0, 0.0])
    assert as_on_paper()
    ticks = _ticks(c.scene)
    assert ticks and not any(name.intersects(tick) for name in _names(c.scene) for tick in ticks)
    c.doc.set_edge(line, {"strength": "moderate"})
    qtbot.waitUntil(lambda: rings._angles[:2] == [0.0, 0.0])  # nothing in the way again: the tops
    assert as_on_paper()


def test_on_a_crowded_map_an_arrow_drawn_later_or_taken_away_moves_the_circles_names(qtbot):
    """The crowded map's names keep clear of arrowheads, and the canvas lists the arrowed lines once
    rather than looking at every line at each edit: a line's flow set, cleared, or the line taken
    away afterwards must still move the names as the paper does."""
    from ring_names_support import rosa_just_above_closest

    from ecomap_desktop import ring_places

    c = make_canvas(qtbot)
    # Far enough above "Closest" to leave it at the top herself, near enough for her arrowhead not to.
    doc, _arrow = rosa_just_above_closest(10.0)
    line = doc.edge_ids()[0]
    doc.set_edge(line, {"flow": "none"})
    cx, cy = doc.node_position(doc.centre_id)
    for i in range(ring_places.RING_NAMES_MAX_NODES):  # far out, clear of every circle's name
        doc.add_node({"label": f"P{i}", "x": cx + 3000.0 + 60 * (i % 20), "y": cy + 60.0 * (i // 20)})
    with qtbot.waitSignal(c.scene.content_changed):
        c.doc.replace_graph(doc.graph_copy())
    rings = c.scene.ring_item()
    assert rings._angles[0] == 0.0  # no arrowhead yet: "Closest" at the top, under Rosa

    def as_on_paper() -> bool:
        paper = [angle for _key, _radius, angle in ring_name_places(read_map(c.doc))]
        return bool(paper) and rings._angles[:len(paper)] == paper

    c.doc.set_edge(line, {"flow": "to_target"})
    qtbot.waitUntil(lambda: rings._angles[0] != 0.0)
    assert as_on_paper()
    c.doc.set_edge(line, {"flow": "none"})
    qtbot.waitUntil(lambda: rings._angles[0] == 0.0)
    c.doc.set_edge(line, {"flow": "to_target"})
    qtbot.waitUntil(lambda: rings._angles[0] != 0.0)
    c.doc.remove_edge(line)
    qtbot.waitUntil(lambda: rings._angles[0] == 0.0)
    assert as_on_paper()
