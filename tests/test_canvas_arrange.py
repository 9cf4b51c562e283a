"""Arrange places nodes by ring and category around the centre, as one undo step, only when asked."""

from __future__ import annotations

import math

from PySide6.QtGui import QUndoStack

from ecomap_desktop import style
from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.editor.arrange import ArrangeNode, arrange_positions
from ecomap_desktop.ui.editor.scene import MapScene


def _radius(pos, centre=(0.0, 0.0)):
    return math.hypot(pos[0] - centre[0], pos[1] - centre[1])


def test_nodes_with_a_ring_go_on_that_ring_and_the_rest_outside():
    nodes = [
        ArrangeNode("a", "family", "closest", "Mum"),
        ArrangeNode("b", "friend", "friends", "Jo"),
        ArrangeNode("c", "health", "paid", "GP"),
        ArrangeNode("d", "other", None, "Someone"),
        ArrangeNode("e", "family", "closest", "Dad"),
    ]
    pos = arrange_positions(10.0, 20.0, nodes)
    centre = (10.0, 20.0)
    assert abs(_radius(pos["a"], centre) - style.RING_RADII["closest"]) < 1
    assert abs(_radius(pos["b"], centre) - style.RING_RADII["friends"]) < 1
    assert abs(_radius(pos["c"], centre) - style.RING_RADII["paid"]) < 1
    assert _radius(pos["d"], centre) > style.RING_RADII["paid"]
    # The first of a circle sits at 12 o'clock (alphabetical within a category: Dad before Mum).
    assert abs(pos["e"][0] - 10.0) < 1 and pos["e"][1] < 20.0


def test_categories_sit_together_within_a_circle():
    cats = ["friend", "family", "health", "family", "friend", "health", "family"]
    nodes = [ArrangeNode(f"n{i}", c, None, f"x{i}") for i, c in enumerate(cats)]
    pos = arrange_positions(0.0, 0.0, nodes)

    def clock(p):  # 0 at 12 o'clock, growing clockwise on screen
        return math.atan2(p[0], -p[1]) % (2 * math.pi)

    order = [cats[int(n[1:])] for n in sorted(pos, key=lambda n: clock(pos[n]))]
    assert order == sorted(cats, key=["family", "friend", "health"].index)


def test_crowded_circles_grow_so_nodes_do_not_overlap():
    nodes = [ArrangeNode(f"n{i}", "friend", "closest", f"F{i:02}") for i in range(30)]
    pos = list(arrange_positions(0.0, 0.0, nodes).values())
    closest = min(math.dist(p, q) for i, p in enumerate(pos) for q in pos[i + 1:])
    assert closest >= 2 * style.PERSON_RADIUS + 20


def test_arrange_on_the_scene_is_one_undo_step_and_nothing_moves_unless_asked(qapp):
    doc = Document("Family")
    stack = QUndoStack()
    scene = MapScene(doc, stack)
    ids = [doc.add_node({"label": f"P{i}", "x": 50.0 * i, "y": 3.0 * i, "ring": "friends"}) for i in range(5)]
    before = {n: doc.node_position(n) for n in ids}
    scene.add_node("person")  # adding does not disturb the others
    scene.commit_label_edit()
    assert {n: doc.node_position(n) for n in ids} == before
    count = stack.count()
    assert scene.arrange()
    assert stack.count() == count + 1
    assert stack.undoText() == "Arrange"
    for n in ids:
        assert abs(_radius(doc.node_position(n)) - style.RING_RADII["friends"]) < 1
        assert scene.node_item(n).pos().toTuple() == doc.node_position(n)
    assert not scene.arrange()  # already tidy: no new step
    stack.undo()
    assert {n: doc.node_position(n) for n in ids} == before
