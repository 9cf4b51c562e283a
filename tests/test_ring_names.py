"""The names of the circles of support stay readable: a person or group standing on one moves it round."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

from canvas_support import make_canvas
from ecomap_desktop import style


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
    for i in range(36):  # people all round the closest circle
        angle = math.radians(i * 10)
        c.doc.add_node({"label": f"P{i}", "x": radius * math.sin(angle), "y": -radius * math.cos(angle)})
    qtbot.wait(20)
    assert _names(c)[0] == top  # nowhere free: where it always was, not anywhere at random


def test_on_a_very_big_map_the_names_stay_at_the_top(qtbot):
    """Past 300 people and groups the circles are crowded all round: the names keep the top rather
    than every edit asking of each place round each circle what stands there."""
    c = make_canvas(qtbot)
    top = _names(c)[0]
    for i in range(300):  # far out, clear of every circle's name
        c.doc.add_node({"label": f"P{i}", "x": 3000.0 + 60 * (i % 20), "y": 60.0 * (i // 20)})
    qtbot.wait(0)
    with qtbot.waitSignal(c.scene.content_changed):  # the names are placed when it is sent
        c.scene.add_node("person")  # where the app puts the next one: on the name "Closest"
        c.scene.commit_label_edit()
    assert len(c.scene.node_ids()) > 300 and _covered(c, top)
    assert _names(c)[0] == top
