"""The connections are drawn together by the scene's line layer (canvas/items/line_layer.py).

Each connection keeps its own item for clicks, selection and screen readers, but draws nothing itself:
the layer draws the lines near the part of the canvas Qt repaints, found in a grid of where each line
runs. These tests check what a user would see go wrong: a line missing or left behind after an edit,
a picture missing lines, a click that no longer finds a line.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsSimpleTextItem

from canvas_support import make_canvas, people_round_family, shown_pixels
from window_support import wait_painted
from ecomap_desktop.geometry import SegmentGrid, line_in_box
from ecomap_desktop.model.commands import (EditEdgeCommand, EditNodeCommand, MoveNodesCommand,
                                           RemoveItemsCommand)

# ----- the grid ---------------------------------------------------------------------------------------

coordinate = st.floats(-600, 600, allow_nan=False)
segment = st.tuples(coordinate, coordinate, coordinate, coordinate)


def reaches(seg, margin, box) -> bool:
    """Whether a point of the segment lies within *margin* (on each axis) of the box: the part of its
    line inside the widened box (geometry.line_in_box) overlaps the segment."""
    x1, y1, x2, y2 = seg
    inside = line_in_box(x1, y1, x2 - x1, y2 - y1,
                         (box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin))
    return inside is not None and max(inside[0], 0.0) <= min(inside[1], 1.0)


@settings(max_examples=200, deadline=None)
@given(first=st.lists(segment, min_size=1, max_size=12), moved=st.lists(segment, max_size=12),
       dropped=st.integers(0, 11), corner=st.tuples(coordinate, coordinate),
       size=st.tuples(st.floats(0, 400), st.floats(0, 400)), cell=st.sampled_from([16.0, 50.0, 128.0]),
       margin=st.floats(1, 30))
def test_the_grid_finds_every_line_that_reaches_into_a_box(first, moved, dropped, corner, size, cell, margin):
    """(A line's drawing reaches past its segment by a unit at least: its margin here.)"""
    grid = SegmentGrid(cell)
    where = {}
    for key, seg in enumerate(first):
        grid.put(key, *seg, margin)
        where[key] = seg
    for key, seg in enumerate(moved[:len(first)]):  # a line moves with its person: filed again
        grid.put(key, *seg, margin)
        where[key] = seg
    if dropped < len(first):
        grid.drop(dropped)
        del where[dropped]
    box = (corner[0], corner[1], corner[0] + size[0], corner[1] + size[1])
    found = grid.near(*box)
    assert dropped not in found or dropped >= len(first)
    for key, seg in where.items():
        if reaches(seg, margin - 1e-6, box):  # within the margin, not merely touching it
            assert key in found, (key, seg, box)
    assert len(grid) == len(where)


# ----- on screen --------------------------------------------------------------------------------------

@pytest.fixture
def lines_canvas(qtbot):
    """A canvas with 30 people round the family and a few lines across (its line layer looks lines
    up in its grid for a small repaint, as on a map of any size)."""
    c = make_canvas(qtbot)
    people, lines = people_round_family(qtbot, c, 30, (290, 430), (5, 11))
    c.people, c.lines = people, lines
    return c


def settled(qtbot, c) -> np.ndarray:
    """What the screen shows once the canvas is still: its nodes' drawings kept as pixmaps again after
    a zoom, everything laid out and painted."""
    qtbot.waitUntil(lambda: all(item.cacheMode() != QGraphicsItem.CacheMode.NoCache
                                for item in c.scene.node_items()))
    QApplication.processEvents()
    wait_painted(qtbot, c.view.viewport())
    QApplication.processEvents()
    return shown_pixels(c.view)


class Repaints(QObject):
    """The area of each repaint of the widget it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.area = QRect()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.area = self.area.united(event.region().boundingRect())
            self.count += 1
        return False


def after(qtbot, c, edit) -> tuple[np.ndarray, float]:
    """What the screen shows after *edit*, once Qt has repainted the part of the canvas it changed
    and only that part (no fresh drawing of the whole canvas); and that part's share of the canvas."""
    viewport = c.view.viewport()
    painted = Repaints()
    viewport.installEventFilter(painted)
    try:
        edit()
        qtbot.waitUntil(lambda: painted.count > 0)
        QApplication.processEvents()
    finally:
        viewport.removeEventFilter(painted)
    share = painted.area.width() * painted.area.height() / (viewport.width() * viewport.height())
    return shown_pixels(c.view), share


def fresh(c) -> np.ndarray:
    """What a drawing of the whole canvas shows."""
    c.view.viewport().repaint()
    return shown_pixels(c.view)


@pytest.mark.parametrize("zoom", [1.0, 0.4])
def test_after_each_edit_the_screen_is_a_fresh_drawing_of_the_lines(lines_canvas, qtbot, zoom):
    c = lines_canvas
    c.view.set_zoom(zoom)
    c.view.centerOn(0, 0)
    settled(qtbot, c)
    fresh(c)
    layer = c.scene.line_layer()
    person, line = c.people[3], c.lines[3]
    x, y = c.doc.node_position(c.people[5])
    after(qtbot, c, lambda: c.stack.push(MoveNodesCommand(c.doc, {c.people[5]: (x * 0.95, y * 0.95)})))
    swung = (400 * math.cos(math.radians(66)), 400 * math.sin(math.radians(66)))  # from 36 degrees
    edits = [  # each: the edit, and whether Qt repaints only a part of the canvas for it
        (lambda: c.stack.push(EditNodeCommand(c.doc, person, {"label": "Josefina Maria-Antonieta Cruz"})),
         True),
        # Round the family, to where the line's old place is in neither its new box nor the person's.
        (lambda: c.stack.push(MoveNodesCommand(c.doc, {person: swung})), True),
        (lambda: c.stack.push(EditEdgeCommand(c.doc, line, {"strength": "stressful", "flow": "both"})), True),
        (lambda: c.scene.edge_item(c.lines[8]).setSelected(True), True),
        (lambda: c.scene.clearSelection(), True),
        (lambda: c.stack.push(RemoveItemsCommand(c.doc, [c.people[10]])), False),
        (c.stack.undo, False),
        (c.stack.undo, True),
    ]
    for number, (edit, partly) in enumerate(edits):
        shown, share = after(qtbot, c, edit)
        if partly:
            assert share < 0.6, (number, share)  # a part only: the lines there were looked up
        assert layer._grid is not None  # the grid found the lines to draw again
        difference = np.abs(shown - fresh(c)).max()
        # A few levels of antialiasing aside: Qt's rounding differs a little at a repainted area's edge.
        assert difference <= 32, (number, difference)


def test_a_picture_of_part_of_the_map_draws_the_lines_there(lines_canvas, qtbot):
    c = lines_canvas
    c.view.set_zoom(1.6)
    c.view.centerOn(150, 120)
    viewport = c.view.viewport()
    settled(qtbot, c)
    picture = QImage(viewport.size(), QImage.Format.Format_RGB32)
    painter = QPainter(picture)
    painter.setRenderHints(c.view.renderHints())  # antialiased, as on screen
    c.view.render(painter, QRectF(picture.rect()), viewport.rect())  # only what the view shows
    painter.end()
    pixels = np.frombuffer(picture.constBits(), dtype=np.uint8).reshape(
        picture.height(), picture.bytesPerLine())[:, :picture.width() * 4]
    pixels = pixels.reshape(picture.height(), picture.width(), 4)[:, :, :3].astype(int)
    shown = fresh(c)
    assert np.abs(pixels - shown).max() <= 32
    # ... and there are lines in it to see: a line's middle, if in sight, is drawn.
    drawn = 0
    for edge_id in c.lines:
        middle = c.view.mapFromScene(c.scene.edge_item(edge_id).drawn_line().center())
        solid = c.scene.edge_item(edge_id).strength != "tenuous"  # a dashed one may have a gap there
        if solid and viewport.rect().adjusted(4, 4, -4, -4).contains(middle):
            drawn += 1
            patch = pixels[middle.y() - 1:middle.y() + 2, middle.x() - 1:middle.x() + 2]
            assert patch.sum(axis=2).min() < 3 * 200, edge_id
    assert drawn >= 2


def test_a_click_finds_the_line_not_the_layer(lines_canvas):
    c = lines_canvas
    line = c.scene.edge_item(c.lines[0])
    assert line.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents  # the layer draws it
    middle = line.drawn_line().center()
    assert c.scene.itemAt(middle, QTransform()) is line
    assert c.scene.itemAt(QPointF(2000, 2000), QTransform()) is None  # an empty part of the canvas
    c.click(c.view.mapFromScene(middle))
    assert c.scene.selectedItems() == [line]


def test_a_line_with_words_on_it_draws_itself_above_people_and_goes_back_with_its_band(lines_canvas, qtbot):
    c = lines_canvas
    layer = c.scene.line_layer()
    line = c.scene.edge_item(c.lines[2])
    words = QGraphicsSimpleTextItem("now weak")
    line.set_caption(words)
    assert line not in layer.lines()
    assert not line.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    middle = c.view.mapFromScene(line.drawn_line().pointAt(0.3))
    pixels = settled(qtbot, c)
    patch = pixels[middle.y() - 2:middle.y() + 3, middle.x() - 2:middle.x() + 3]
    assert patch.sum(axis=2).min() < 3 * 200  # still drawn, by itself now
    line.setSelected(True)  # selected while it draws itself (the compare overlay's words on it)
    shown, _ = after(qtbot, c, lambda: line.set_caption(None))
    assert line in layer.lines()
    assert np.abs(shown - fresh(c)).max() <= 32
    # ... and the layer draws it with its selection band: soft blue beside the line (on both sides,
    # along it: where a circle or another line crosses it, it may be hidden).
    drawn = line.drawn_line()
    normal = drawn.normalVector().unitVector()
    step = QPointF(normal.dx(), normal.dy()) * 4 / c.view.transform().m11()
    pixels = fresh(c)
    bluish = 0
    for share in (0.2, 0.3, 0.4, 0.6, 0.7, 0.8):
        for side in (step, -step):
            at = c.view.mapFromScene(drawn.pointAt(share) + side)
            blue, _green, red = pixels[at.y(), at.x()]  # the screen's bytes: blue, green, red
            bluish += blue > red + 20
    assert bluish >= 6, bluish



def test_after_a_small_repaint_overlapping_arrowheads_stack_as_in_a_whole_drawing(qtbot):
    """Lines that end side by side at the family have arrowheads that overlap there; a repaint of the
    part of the map round one of them (a rename) draws the lines it meets in the same order as a
    drawing of the whole map, so the same arrowhead stays on top."""
    c = make_canvas(qtbot)
    centre = c.doc.centre_id
    people = []
    with qtbot.waitSignal(c.scene.content_changed):
        for pair in range(12):
            for k, colour in enumerate((None, "#1b9e77")):  # dark, then green: the green one on top
                angle = math.radians(30 * pair + 1.5 * k)
                people.append(c.add(f"P{pair}{k}", 330 * math.cos(angle), 330 * math.sin(angle)))
                c.doc.add_edge(people[-1], centre, {"strength": "strong", "flow": "to_target",
                                                    "colour": colour})
    c.view.set_zoom(1.6)
    c.view.centerOn(0, 0)
    settled(qtbot, c)
    fresh(c)
    layer = c.scene.line_layer()
    worst = 0
    for person in people[::2]:
        longer = {"label": "Josefina Maria-Antonieta Cruz"}  # its outline, and so its line, change
        shown, _share = after(qtbot, c, lambda: c.stack.push(EditNodeCommand(c.doc, person, longer)))
        assert layer._grid is not None  # the lines near the repaint were looked up
        worst = max(worst, int(np.abs(shown - fresh(c)).max()))
    # Antialiasing aside (a few levels at a repainted area's edge): an arrowhead stacked the other way
    # differs by about a hundred.
    assert worst <= 32
