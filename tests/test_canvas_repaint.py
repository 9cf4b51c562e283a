"""Every item draws only inside the box Qt repaints for it, and draws all of itself that falls there.

Qt repaints an item within its bounding box: ink outside it is never cleared, so it stays behind as a
trail when the item moves, or is cut off when something near it repaints. These tests paint each node
and connection on its own, after the changes that make it grow or move, and look at the pixels. A
node's outline always holds its name, so for nodes these guard the outline and the marks around it
(selection and focus rings, the handle); for lines, the line, its ticks, arrows and selection band.

A connection skips the parts of its drawing that fall outside the area Qt repaints (a person's line
runs to the family at the centre: its box is mostly empty); the last two tests check on screen that
an edit's repaint still draws everything that falls inside that area, and that after a rename and a
move the screen shows what a fresh drawing of the whole canvas does.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyleOptionGraphicsItem

from canvas_support import activate, make_canvas, people_round_family, shown_pixels as on_screen
from window_support import wait_painted
from ecomap_desktop import geometry, style
from ecomap_desktop.model.commands import EditNodeCommand, MoveNodesCommand

MARGIN = 40  # pixels of room around the item's box, where no ink may fall
SCALE = 2.0  # device pixels per scene unit: fine enough to see half a unit outside the box
# How far (in levels of 255) a pixel may differ from a fresh drawing and still count as drawn again.
STALE_LEVELS = 16


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


class PaintedArea(QObject):
    """Remembers the area of each repaint of a widget."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.region().boundingRect())
        return False


def inked(pixels: np.ndarray, point) -> bool:
    """Whether a line is drawn at this viewport pixel (or one next to it): clearly darker than the
    canvas."""
    x, y = round(point.x()), round(point.y())
    patch = pixels[max(y - 1, 0):y + 2, max(x - 1, 0):x + 2]
    background = QColor(style.CANVAS_BACKGROUND)
    return int(patch.sum(axis=2).min()) < background.red() + background.green() + background.blue() - 150


@pytest.mark.parametrize("zoom", [1.0, 0.45, 2.0])
def test_an_edit_repaints_the_moved_line_and_every_line_crossing_its_area(canvas, qtbot, zoom):
    c = canvas
    centre = c.doc.centre_id
    people, lines = [], []
    kinds = [("stressful", "none"), ("moderate", "to_target"), ("tenuous", "both"), ("strong", "to_source")]
    with qtbot.waitSignal(c.scene.content_changed):  # the canvas has told the view of them all
        for i in range(36):
            angle, radius = 2 * math.pi * i / 36, 380 if i % 2 else 300
            people.append(c.add(f"P{i}", radius * math.cos(angle), radius * math.sin(angle)))
            strength, flow = kinds[i % 4]
            lines.append(c.doc.add_edge(people[-1], centre, {"strength": strength, "flow": flow}))
        for i in range(0, 36, 3):  # long cross-ticked lines across the map, past the centre
            lines.append(c.doc.add_edge(people[i], people[(i + 13) % 36], {"strength": "stressful"}))
    c.view.set_zoom(zoom)
    c.view.centerOn(0, 0)
    viewport = c.view.viewport()
    # The view settles: its nodes' drawings are kept as pixmaps again a moment after the zoom, and
    # what the view does after a change (its scroll bars, the legend's corner) is on screen.
    qtbot.waitUntil(lambda: all(item.cacheMode() != QGraphicsItem.CacheMode.NoCache
                                for item in c.scene.node_items()))
    wait_painted(qtbot, viewport)
    viewport.repaint()

    painted = PaintedArea()
    viewport.installEventFilter(painted)
    moved = people[1]
    x, y = c.doc.node_position(moved)
    c.stack.push(MoveNodesCommand(c.doc, {moved: (x * 0.85, y * 0.85 + 20)}))
    qtbot.waitUntil(lambda: bool(painted.rects))
    QApplication.processEvents()
    viewport.removeEventFilter(painted)
    after_edit = on_screen(c.view)
    area = QRect()
    for rect in painted.rects:
        area = area.united(rect)
    assert area.width() * area.height() < 0.6 * viewport.width() * viewport.height()  # a part only

    def points_along(edge_id: str) -> list[QPointF]:
        line = c.scene.edge_item(edge_id).drawn_line()
        return [QPointF(c.view.mapFromScene(line.pointAt(k / 40))) for k in range(1, 40)]

    nodes = [c.view.mapFromScene(c.scene.node_item(n).sceneBoundingRect()).boundingRect()
             for n in [centre, *people]]

    def seen(p: QPointF, within: QRect) -> bool:  # in that part of the canvas, not under a node
        return within.contains(p.toPoint()) and not any(box.contains(p.toPoint()) for box in nodes)

    # The moved person's line is drawn whole where it is now.
    assert all(inked(after_edit, p) for p in points_along(lines[1]) if seen(p, viewport.rect()))
    # Every cross-ticked or solid line crossing the repainted area is drawn there, also the ones
    # reaching far beyond it (their far parts are skipped).
    inside = area.adjusted(3, 3, -3, -3)
    crossing = 0
    for edge_id in lines:
        if c.scene.edge_item(edge_id).strength == "tenuous":
            continue  # dashed: gaps by design
        points = [p for p in points_along(edge_id) if seen(p, inside)]
        if points and not all(inside.contains(p.toPoint()) for p in points_along(edge_id)):
            crossing += 1
        assert all(inked(after_edit, p) for p in points), edge_id
        if zoom >= 1.0 and points and c.scene.edge_item(edge_id).strength == "stressful":
            # ... with its cross-ticks (where the PDF puts them too), seen near their tips
            start, end = c.scene.edge_item(edge_id).drawn_ends()
            ticks = geometry.connection_parts(start.x(), start.y(), end.x(), end.y(), "stressful", "none")[2]
            tips = [QPointF(c.view.mapFromScene(QPointF(cx + (x2 - cx) * 0.85, cy + (y2 - cy) * 0.85)))
                    for x1, y1, x2, y2 in ticks for cx, cy in [((x1 + x2) / 2, (y1 + y2) / 2)]]
            tips = [p for p in tips if seen(p, inside)]
            assert tips and all(inked(after_edit, p) for p in tips), edge_id
    assert crossing >= 2
    # And the repainted area looks as a fresh drawing of the whole canvas does (a few levels of
    # antialiasing aside: Qt's own rounding differs a little along the edges of a repainted area).
    viewport.repaint()
    assert np.abs(after_edit - on_screen(c.view)).max() <= 32


@pytest.mark.parametrize("zoom", [1.0, 0.35])
def test_after_a_rename_and_a_move_the_screen_is_a_fresh_drawing_of_the_map(canvas, qtbot, zoom):
    """Qt repaints only the part of the canvas an edit changed: what it leaves on screen must be what a
    drawing of the whole canvas shows, to the pixel. A name that needs more room (or less) grows (or
    shrinks) its person, and every line to that person then ends somewhere else along its whole length:
    a partial repaint missing any of it would leave a stale line behind."""
    c = canvas
    people, lines = people_round_family(qtbot, c, 24, (300, 420), (4, 9))
    c.view.set_zoom(zoom)
    c.view.centerOn(0, 0)
    viewport = c.view.viewport()
    qtbot.waitUntil(lambda: all(item.cacheMode() != QGraphicsItem.CacheMode.NoCache
                                for item in c.scene.node_items()))
    wait_painted(qtbot, viewport)
    viewport.repaint()

    person = people[5]
    line = c.scene.edge_item(lines[5])
    long_name = "Josefina Maria-Antonieta de la Cruz Villanueva"
    x, y = c.doc.node_position(person)
    edits = [EditNodeCommand(c.doc, person, {"label": long_name}),
             EditNodeCommand(c.doc, person, {"label": "Jo"}),
             MoveNodesCommand(c.doc, {person: (x * 0.8, y * 0.8 + 25)})]
    for edit in edits:
        ends = line.drawn_ends()
        painted = PaintedArea()
        viewport.installEventFilter(painted)
        c.stack.push(edit)
        qtbot.waitUntil(lambda: bool(painted.rects))
        QApplication.processEvents()
        viewport.removeEventFilter(painted)
        assert line.drawn_ends() != ends  # the person's line ends somewhere else now
        area = QRect()
        for rect in painted.rects:
            area = area.united(rect)
        assert area.width() * area.height() < 0.6 * viewport.width() * viewport.height()  # a part only
        after_edit = on_screen(c.view)
        viewport.repaint()
        # As a fresh drawing, give or take the few levels Qt's antialiasing rounds differently in a
        # line clipped to a smaller area (a line left behind or missing is 100 levels or more).
        assert np.abs(after_edit - on_screen(c.view)).max() <= STALE_LEVELS, edit.text()
