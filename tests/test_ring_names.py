"""The names of the circles of support stay readable: a person or group standing on one moves it round."""

from __future__ import annotations

import math
import re
import subprocess

import pytest
from PySide6.QtCore import QRectF

from canvas_support import make_canvas
from ecomap_desktop import style
from ecomap_desktop.model.document import Document


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


def test_on_a_very_big_map_the_names_stay_at_the_top(qtbot):
    """Past 300 people and groups the circles are crowded all round: the names keep the top rather
    than every edit asking of each place round each circle what stands there."""
    c = make_canvas(qtbot)
    top = _names(c)[0]
    with qtbot.waitSignal(c.scene.content_changed):
        for i in range(300):  # far out, clear of every circle's name
            c.doc.add_node({"label": f"P{i}", "x": 3000.0 + 60 * (i % 20), "y": 60.0 * (i // 20)})
    with qtbot.waitSignal(c.scene.content_changed):  # the names are placed when it is sent
        c.scene.add_node("person")  # where the app puts the next one: on the name "Closest"
        c.scene.commit_label_edit()
    assert len(c.scene.node_ids()) > 300 and _covered(c, top)
    assert _names(c)[0] == top


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
