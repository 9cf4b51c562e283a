"""What a connection looks like on the canvas after it is selected, restyled or moved.

These tests look at the painted pixels, as a user would, so a band, tick or arrowhead left behind or
missing after a change shows up whatever draws the line.
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QUndoStack

from canvas_support import make_canvas
from ecomap_desktop import style
from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.editor.scene import MapScene

# The part of the scene rendered: x from -50 to 550, y from -100 to 100, one pixel per unit.
AREA = QRectF(-50, -100, 600, 200)


@pytest.fixture
def lines(qapp):
    doc = Document("Centre")
    scene = MapScene(doc, QUndoStack())
    scene.set_rings_visible(False)
    scene.set_legend_visible(False)
    return doc, scene


@pytest.fixture
def canvas(qtbot):
    return make_canvas(qtbot)


def render(scene: MapScene) -> QImage:
    image = QImage(int(AREA.width()), int(AREA.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, AREA.width(), AREA.height()), AREA)
    painter.end()
    return image


def colour_at(image: QImage, x: float, y: float) -> QColor:
    return image.pixelColor(int(x - AREA.left()), int(y - AREA.top()))


def is_background(colour: QColor) -> bool:
    return colour == QColor(style.CANVAS_BACKGROUND)


def is_ink(colour: QColor) -> bool:
    """The dark grey of a line (or a shade of it at an antialiased edge)."""
    return colour.lightness() < 120


def test_a_selected_line_shows_its_band_and_loses_it_when_deselected(lines):
    doc, scene = lines
    person = doc.add_node({"kind": "person", "x": 450.0, "y": 0.0})
    edge = scene.edge_item(doc.add_edge(doc.centre_id, person))
    assert is_ink(colour_at(render(scene), 250, 0))
    assert is_background(colour_at(render(scene), 250, 4))

    edge.setSelected(True)
    image = render(scene)
    band = colour_at(image, 250, 4)  # beside the line, inside the soft blue band
    assert not is_background(band) and band.blue() > band.red()
    assert is_ink(colour_at(image, 250, 0))  # the line itself is still drawn over its band

    scene.clearSelection()
    assert is_background(colour_at(render(scene), 250, 4))


def test_a_moved_selected_line_takes_its_band_along(lines):
    doc, scene = lines
    person = doc.add_node({"kind": "person", "x": 450.0, "y": 0.0})
    edge = scene.edge_item(doc.add_edge(doc.centre_id, person))
    edge.setSelected(True)
    doc.move_nodes({person: (450.0, 60.0)})
    image = render(scene)
    start, end = edge.drawn_ends()
    middle = (start + end) / 2
    assert is_background(colour_at(image, 250, 4))  # nothing left where the line was
    band = colour_at(image, middle.x(), middle.y() - 4)
    assert not is_background(band) and band.blue() > band.red()


def test_arrowheads_stay_after_a_strength_change_and_go_with_the_flow(lines):
    doc, scene = lines
    person = doc.add_node({"kind": "person", "x": 450.0, "y": 0.0})
    edge_id = doc.add_edge(doc.centre_id, person, {"flow": "to_target"})
    item = scene.edge_item(edge_id)
    doc.set_edge(edge_id, {"strength": "strong"})
    _start, end = item.drawn_ends()
    # Inside the arrowhead (16 long, 13 wide at its base), beside the 5-wide line: only the head is
    # drawn there.
    beside_line = (end.x() - 13, end.y() + 4)
    assert item.arrow_count() == 1
    assert is_ink(colour_at(render(scene), *beside_line))
    doc.set_edge(edge_id, {"flow": "none"})
    assert item.arrow_count() == 0
    assert is_background(colour_at(render(scene), *beside_line))


def test_a_weak_line_stays_dashed_after_a_move(lines):
    doc, scene = lines
    person = doc.add_node({"kind": "person", "x": 450.0, "y": 0.0})
    item = scene.edge_item(doc.add_edge(doc.centre_id, person, {"strength": "tenuous"}))
    doc.move_nodes({person: (450.0, 50.0)})
    image = render(scene)
    start, end = item.drawn_ends()
    along = [start + (end - start) * (i / 400) for i in range(40, 360)]
    inked = [is_ink(colour_at(image, p.x(), p.y())) for p in along]
    dashes = sum(1 for a, b in zip(inked, inked[1:]) if b and not a)
    assert dashes >= 10 and inked.count(False) > len(inked) // 4  # dashes with gaps between


def test_a_stressful_line_keeps_its_cross_ticks_after_a_move(lines):
    doc, scene = lines
    person = doc.add_node({"kind": "person", "x": 450.0, "y": 0.0})
    item = scene.edge_item(doc.add_edge(doc.centre_id, person, {"strength": "stressful"}))
    doc.move_nodes({person: (450.0, -70.0)})
    image = render(scene)
    start, end = item.drawn_ends()
    direction = (end - start) / math.hypot(end.x() - start.x(), end.y() - start.y())
    normal = QPointF(-direction.y(), direction.x())
    # A little way off the line on either side, only the ticks leave ink.
    off = [start + (end - start) * (i / 300) + normal * 3 for i in range(30, 270)]
    ticked = [is_ink(colour_at(image, p.x(), p.y())) for p in off]
    assert item.tick_count() > 5 and sum(1 for a, b in zip(ticked, ticked[1:]) if b and not a) >= 5
    assert is_background(colour_at(image, 250, 3))  # none left where the line was


def test_a_line_that_stops_being_stressful_loses_its_cross_ticks(lines):
    doc, scene = lines
    person = doc.add_node({"kind": "person", "x": 450.0, "y": 0.0})
    edge_id = doc.add_edge(doc.centre_id, person, {"strength": "stressful"})
    item = scene.edge_item(edge_id)
    ticked = [x for x in range(120, 380) if is_ink(colour_at(render(scene), x, 4))]
    assert ticked  # beside the line, only a tick leaves ink
    doc.set_edge(edge_id, {"strength": "moderate"})
    image = render(scene)
    assert item.tick_count() == 0
    assert not any(is_ink(colour_at(image, x, 4)) for x in ticked)
    assert is_ink(colour_at(image, 250, 0))


def test_a_click_beside_a_thin_line_selects_it(canvas):
    c = canvas
    a = c.add("A", 300, 0)
    edge = c.doc.add_edge(c.doc.centre_id, a)
    point = c.at(185, 0)
    point.setY(point.y() + 5)  # a few pixels off the 2-pixel line, as a hand clicks
    c.click(point)
    assert c.scene.selected_edge_ids() == [edge]
