"""Every item draws only inside the box Qt repaints for it.

Qt repaints an item within its bounding box: ink outside it is never cleared, so it stays behind as a
trail when the item moves, or is cut off when something near it repaints. These tests paint each node
and connection on its own, after the changes that make it grow or move, and look at the pixels. A
node's outline always holds its name, so for nodes these guard the outline and the marks around it
(selection and focus rings, the handle); for lines, the line, its ticks, arrows and selection band.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from canvas_support import activate, make_canvas

MARGIN = 40  # pixels of room around the item's box, where no ink may fall
SCALE = 2.0  # device pixels per scene unit: fine enough to see half a unit outside the box


def ink_box(item: QGraphicsItem) -> tuple[QRectF, QRectF]:
    """(where the item put ink, its box), both in scene units, the item painted alone."""
    box = item.sceneBoundingRect()
    image = QImage(int(box.width() * SCALE) + 2 * MARGIN, int(box.height() * SCALE) + 2 * MARGIN,
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(MARGIN, MARGIN)
    painter.scale(SCALE, SCALE)
    painter.translate(-box.left(), -box.top())
    painter.setTransform(item.sceneTransform(), True)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(
        image.height(), image.bytesPerLine() // 4, 4)[:, :image.width()]
    ys, xs = np.nonzero(pixels[:, :, 3])  # alpha: anything drawn
    assert len(xs), "the item drew nothing"

    def scene(px: float, py: float) -> tuple[float, float]:
        return box.left() + (px - MARGIN) / SCALE, box.top() + (py - MARGIN) / SCALE

    left, top = scene(xs.min(), ys.min())
    right, bottom = scene(xs.max() + 1, ys.max() + 1)
    return QRectF(left, top, right - left, bottom - top), box


def assert_inside(item: QGraphicsItem) -> None:
    ink, box = ink_box(item)
    # The box's edges fall inside pixels; ink in a pixel the box only enters is inside: a pixel of slack.
    slack = 1.0 / SCALE
    assert box.adjusted(-slack, -slack, slack, slack).contains(ink), (ink, box)


@pytest.fixture
def canvas(qtbot):
    c = make_canvas(qtbot)
    c.scene.set_rings_visible(False)
    c.scene.set_legend_visible(False)
    return c


def test_nodes_and_lines_draw_inside_their_box_after_they_grow_and_move(canvas, qtbot):
    c = canvas
    centre = c.doc.centre_id
    person = c.add("Jo", 260, 0)
    group = c.add("Choir", -200, 180, kind="group")
    lines = [
        c.doc.add_edge(centre, person, {"strength": "stressful", "flow": "both"}),
        c.doc.add_edge(group, centre, {"strength": "strong", "flow": "to_target"}),
        c.doc.add_edge(person, group, {"strength": "tenuous", "flow": "to_source"}),
    ]
    activate(qtbot, c.view)
    item = c.scene.node_item(person)
    item.setSelected(True)  # selection ring and "+" handle
    c.scene.setFocusItem(item)  # the dashed focus ring outside it
    assert item.has_focus_ring()
    c.scene.edge_item(lines[0]).setSelected(True)  # the band under the line
    for i in lines:
        assert_inside(c.scene.edge_item(i))
    # A longer name grows the person; zooming out enlarges every name; then everything moves.
    c.doc.set_node(person, {"label": "Josefina Maria-Antonieta de la Cruz Villanueva"})
    c.doc.set_node(group, {"label": "Saturday morning community choir"})
    c.view.set_zoom(0.3)
    assert c.scene.text_boost() > 1.0  # the names are drawn larger than at 100%
    c.doc.move_nodes({person: (330.0, -140.0), group: (-90.0, 260.0)})
    for node_id in (centre, person, group):
        assert_inside(c.scene.node_item(node_id))
    for i in lines:
        drawn = c.scene.edge_item(i).drawn_line()
        assert drawn is not None and drawn.length() > 20
        assert_inside(c.scene.edge_item(i))


@pytest.mark.parametrize("kind, label, household", [
    ("person", "Jo", ()), ("person", "Josefina Maria-Antonieta de la Cruz Villanueva", ()),
    ("group", "Saturday morning community choir", ()), ("group", "", ()),
    ("centre", "The Rivera family", ("Ana Rivera (34), mother", "Luis (6), son")), ("centre", "", ()),
])
def test_a_nodes_box_is_the_one_qts_rectangles_make(qtbot, kind, label, household):
    """The box holds the outline with its rings and "+" handle, and the name with a margin, at every
    text size and handle size: exactly the rectangle Qt's own united() and adjusted() give, which the
    item works out in floats (one call to Qt per node on a big map)."""
    from ecomap_desktop import style
    from ecomap_desktop.canvas.items.node_item import NodeItem

    item = NodeItem("n", kind, label, household=list(household), placeholder="The family's name")
    rings = style.SELECTION_GAP + style.SELECTION_WIDTH + style.FOCUS_RING_GAP + style.FOCUS_RING_WIDTH
    for radius in (style.HANDLE_RADIUS, 22.0):
        item.set_handle_radius(radius)
        for boost in (1.0, 1.25, 1.4, 1.0, 2.1):
            item.set_text_boost(boost)
            half_w, half_h, _ = item.outline()
            box = QRectF(-half_w, -half_h, 2 * half_w, 2 * half_h).adjusted(-rings, -rings, rings, rings)
            handle = item.mapFromScene(item.handle_scene_pos())
            reach = radius + 2
            box = box.united(QRectF(handle.x() - reach, handle.y() - reach, 2 * reach, 2 * reach))
            expected = box.united(item.text_rect().adjusted(-6, -4, 6, 4))
            assert item.rect().getRect() == expected.getRect(), (radius, boost)  # to the last bit
            assert item.rect().contains(item.text_rect())
