"""The names of the circles of support stay readable: a person or group standing on one moves it round."""

from __future__ import annotations

import math
import re
import subprocess

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from canvas_support import make_canvas
from ecomap_desktop import style
from ecomap_desktop.model.document import Document
from window_support import wait_past


def _names(c) -> list[QRectF]:
    rings = c.scene.ring_item()
    return [rings.mapRectToScene(r) for r in rings.name_rects()]


def _covered(c, rect: QRectF) -> bool:
    return any(item.sceneBoundingRect().intersects(rect) for item in c.scene.node_items())


def test_the_first_person_does_not_hide_the_name_of_the_closest_circle(qtbot):
    """The first person added stands at the top of the closest circle, where its name "Closest" was
    drawn: hidden behind them on nearly every map."""
    c = make_canvas(qtbot)
    top = _names(c)[0]
    assert not _covered(c, top)
    rosa = c.scene.add_node("person")
    c.scene.commit_label_edit()
    assert c.scene.node_item(rosa).sceneBoundingRect().intersects(top)  # where the app puts her
    qtbot.waitUntil(lambda: not any(_covered(c, name) for name in _names(c)))
    closest = _names(c)[0]
    centre = c.scene.ring_item().scenePos()
    middle = closest.center() - centre
    assert abs((middle.x() ** 2 + middle.y() ** 2) ** 0.5 - style.RING_RADII["closest"]) < 1  # still on it
    # Undone: the name goes back to the top.
    c.stack.undo()
    qtbot.waitUntil(lambda: _names(c)[0] == top)


def test_a_circle_full_of_people_keeps_its_name_at_the_top(qtbot):
    c = make_canvas(qtbot)
    top = _names(c)[0]
    radius = style.RING_RADII["closest"]
    with qtbot.waitSignal(c.scene.content_changed):  # the names are placed when it is sent
        for i in range(36):  # people all round the closest circle
            angle = math.radians(i * 10)
            c.doc.add_node({"label": f"P{i}", "x": radius * math.sin(angle), "y": -radius * math.cos(angle)})
    assert _names(c)[0] == top  # nowhere free: where it always was, not anywhere at random


def test_on_a_very_big_map_a_person_added_on_a_name_moves_it_round_too(qtbot):
    """Past 300 people and groups the names kept the top whoever stood there, and the next person the
    app adds stood on "Closest". The people near the circles are asked about there too now (kept
    filed, so an edit does not walk every node); undone, the name goes back to the top."""
    c = make_canvas(qtbot)
    top = _names(c)[0]
    with qtbot.waitSignal(c.scene.content_changed):
        for i in range(300):  # far out, clear of every circle's name
            c.doc.add_node({"label": f"P{i}", "x": 3000.0 + 60 * (i % 20), "y": 60.0 * (i // 20)})
    rosa = c.scene.add_node("person")  # where the app puts the next one: on the name "Closest"
    c.scene.commit_label_edit()
    assert len(c.scene.node_ids()) > 300
    assert c.scene.node_item(rosa).sceneBoundingRect().intersects(top)
    qtbot.waitUntil(lambda: not _covered(c, _names(c)[0]))
    c.stack.undo()
    qtbot.waitUntil(lambda: _names(c)[0] == top)


def _word_boxes(pdf) -> dict[str, tuple[float, float, float, float]]:
    """Each word pdftotext finds on the first page, with its box (x min, y min, x max, y max)."""
    out = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    number = r'"([\d.]+)"'
    found = re.findall(rf'<word xMin={number} yMin={number} xMax={number} yMax={number}>([^<]*)</word>', out)
    return {word: tuple(float(v) for v in box) for *box, word in found}


@pytest.mark.parametrize("angle", [0.0, 15.0])
def test_on_paper_a_circles_name_moves_round_the_person_standing_on_it(tmp_path, angle):
    """The PDF put each circle's name at its top whoever stood there, hidden under that person, while
    the canvas moved it round: now the page does as the canvas does."""
    from ecomap_desktop.export import pdf
    from ecomap_desktop.export.options import PageOptions

    doc = Document("Family")
    centre = doc.node_position(doc.centre_id)
    radius = style.RING_RADII["closest"]
    turn = math.radians(angle)
    doc.add_node({"label": "Rosa", "ring": "closest",
                  "x": centre[0] + radius * math.sin(turn), "y": centre[1] - radius * math.cos(turn)})
    doc.add_node({"label": "Tomas", "ring": "closest", "x": centre[0] + radius, "y": centre[1]})
    out = tmp_path / "map.pdf"
    pdf.export_pdf(doc, out, PageOptions("a4", "portrait"))
    words = _word_boxes(out)
    closest, rosa, tomas = words["Closest"], words["Rosa"], words["Tomas"]
    middle = lambda box: ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)  # noqa: E731
    # The page's scale: the distance between the two people's names on the page against on the map.
    (rx, ry), (tx, ty) = middle(rosa), middle(tomas)
    scale = math.dist((rx, ry), (tx, ty)) / math.dist(
        (radius * math.sin(turn), -radius * math.cos(turn)), (radius, 0.0))
    reach = style.PERSON_RADIUS * scale  # Rosa's circle on the page
    cx, cy = middle(closest)
    left, top, right, bottom = closest
    nearest_x, nearest_y = min(max(rx, left), right), min(max(ry, top), bottom)
    assert math.dist((rx, ry), (nearest_x, nearest_y)) > reach  # the name is clear of her circle
    # ... and still on its circle, near the top.
    family_x, family_y = rx - radius * math.sin(turn) * scale, ry + radius * math.cos(turn) * scale
    assert abs(math.dist((cx, cy), (family_x, family_y)) - radius * scale) < 3
    assert cy < family_y


def _darkest_lightness(image) -> int:
    return min(QColor(image.pixel(x, y)).lightness()
               for x in range(image.width()) for y in range(image.height()))


# The circles' names are in RING_LABEL_COLOUR (lighter where smoothed), the connections in LINE_COLOUR:
# a pixel darker than halfway between the two in a name's patch is a line drawn over the name.
_NOT_A_LINE = (QColor(style.LINE_COLOUR).lightness() + QColor(style.RING_LABEL_COLOUR).lightness()) // 2


def _line_through_closest(doc: Document) -> None:
    """A person straight above the family, beyond the circle of friends (and so in it, for the page to
    draw the circles), joined by a strong line that goes up through the name of the closest circle
    (at its top: nobody stands there)."""
    cx, cy = doc.node_position(doc.centre_id)
    rosa = doc.add_node({"label": "Rosa", "ring": "friends", "x": cx,
                         "y": cy - style.RING_RADII["friends"] - 60})
    doc.add_edge(doc.centre_id, rosa, {"strength": "strong"})


def test_on_the_canvas_a_connection_passes_under_a_circles_name(qtbot):
    from PySide6.QtGui import QImage, QPainter

    c = make_canvas(qtbot)
    _line_through_closest(c.doc)
    wait_past(qtbot, 0)  # the circles' names placed again (on a 0 ms timer)
    name = _names(c)[0].adjusted(1, 1, -1, -1)
    centre_x = c.scene.node_item(c.doc.centre_id).scenePos().x()
    assert name.left() < centre_x < name.right()  # the line's way up crosses the name
    image = QImage(round(name.width() * 2), round(name.height() * 2), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    c.scene.render(painter, QRectF(image.rect()), name)
    painter.end()
    assert _darkest_lightness(image) > _NOT_A_LINE


def test_on_paper_a_connection_passes_under_a_circles_name(tmp_path):
    from ecomap_desktop.export import pdf
    from ecomap_desktop.export.options import PageOptions

    doc = Document("Family")
    _line_through_closest(doc)
    out = tmp_path / "map.pdf"
    pdf.export_pdf(doc, out, PageOptions("a4", "portrait"))
    left, top, right, bottom = _word_boxes(out)["Closest"]
    dpi = 144
    px = dpi / 72
    crop = ["-x", str(math.ceil(left * px) + 1), "-y", str(math.ceil(top * px) + 1),
            "-W", str(int((right - left) * px) - 2), "-H", str(int((bottom - top) * px) - 2)]
    pgm = subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", str(dpi), "-gray", *crop, str(out)],
                         check=True, capture_output=True).stdout
    magic, width, height, _max, pixels = pgm.split(maxsplit=4)
    assert magic == b"P5" and len(pixels) >= int(width) * int(height)
    assert min(pixels[: int(width) * int(height)]) > _NOT_A_LINE


def test_the_arrow_saying_the_map_goes_on_keeps_clear_of_a_circles_name(qtbot):
    """In the parent view at 1366 x 768 the arrow at the top edge could sit on "Closest": it slides
    along its edge off a circle's name as it does off a person's."""
    from PySide6.QtCore import QPoint

    from ecomap_desktop.ui.editor import more_map

    c = make_canvas(qtbot)
    for x, y in ((-2500.0, -2500.0), (2500.0, 2500.0)):  # a map that goes on past every edge
        c.doc.add_node({"label": "Far away", "x": x, "y": y})
    wait_past(qtbot, 0)  # the circles' names placed again (on a 0 ms timer)
    view = c.view
    name = _names(c)[0]  # "Closest", at the top of its circle
    # Scroll the name under the middle of the canvas's top edge, where the up arrow goes first.
    port = view.viewport().rect()
    arrow_middle = QPoint(port.center().x(), more_map.INSET + more_map.SIZE // 2)
    view.centerOn(name.center() + view.mapToScene(port.center()) - view.mapToScene(arrow_middle))
    on_screen = QRectF(view.mapFromScene(name).boundingRect())
    first_place = QRectF(arrow_middle.x() - more_map.SIZE / 2, more_map.INSET, more_map.SIZE, more_map.SIZE)
    assert on_screen.intersects(first_place)
    more_map.place_arrows(view, view.more_arrows(), {"up"})
    arrow = view.more_arrows()["up"]
    box = QRectF(arrow.geometry().translated(-view.viewport().pos()))
    assert arrow.isVisible() and not box.intersects(on_screen)


def test_a_circles_name_grown_with_the_zoom_finds_a_place_clear_of_people(qtbot):
    """Zoomed out (and in the parent view) the circles' names grow with the people's: a name placed
    beside someone at the smaller size was left half under them ("Taking part" under St. Joseph's
    Parish at 1280x720). It finds its place again once the names have grown."""
    c = make_canvas(qtbot)
    c.view.set_zoom(1.0)
    with qtbot.waitSignal(c.scene.content_changed):  # the names are placed when it is sent
        pat = c.add("Pat", 88, -200)  # just clear of "Closest" at the top of its circle, at 100%
    top = _names(c)[0]
    assert c.scene.text_boost() == 1.0 and not _covered(c, top)
    assert c.scene.node_item(pat).sceneBoundingRect().left() - top.right() < 10  # close beside it
    with qtbot.waitSignal(c.scene.content_changed):
        c.view.set_zoom(0.4)
    assert c.scene.text_boost() > 1.0 and _names(c)[0].width() > top.width()  # the name grew
    assert not _under_someone(c, _names(c)[0])


def _under_someone(c, rect: QRectF) -> bool:
    """Whether a person's or group's outline as drawn (its box) meets *rect*: the room round it kept
    for its selection and focus rings (in its bounding box) shows nothing unless it is selected."""
    for item in c.scene.node_items():
        half_w, half_h, _corner = item.outline()
        if QRectF(item.x() - half_w, item.y() - half_h, 2 * half_w, 2 * half_h).intersects(rect):
            return True
    return False


def test_a_circles_name_cut_at_the_top_edge_is_shown_whole_whatever_its_coordinates(qapp, monkeypatch):
    """The view's little scroll that keeps a circle's name whole: a name whose left and top are the
    same number (a name square to the centre's diagonal) is still moved down into sight or up out
    of it, not left cut (its top edge was taken for a left edge)."""
    from PySide6.QtCore import QPointF, QRectF

    from ecomap_desktop.canvas.items.ring_item import RingItem

    rings = RingItem()
    name = QRectF(-40.0, -40.0, 80.0, 14.0)  # left == top
    monkeypatch.setattr(rings, "name_rects", lambda: [QRectF(name)])
    shown = QRectF(-200.0, -35.0, 400.0, 300.0)  # its top edge runs through the name
    move = rings.uncut_shift(shown, QRectF(-10.0, 0.0, 20.0, 20.0))
    assert move == QPointF(0.0, -5.0)  # up by five: the whole name in sight
    moved = shown.translated(move)
    assert moved.contains(name)
