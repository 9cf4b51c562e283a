"""The area a map covers follows each edit without a walk over every node (canvas/extent.py): on a
5,000-node map such a walk cost an edit about 3 ms, and it came whenever the person edited stood on
the map's edge."""

from __future__ import annotations

import pytest

from ecomap_desktop.canvas.extent import Extent, box


class Node:
    """A node as the extent reads it: its centre and its outline's half width and height."""

    def __init__(self, x: float, y: float, half_w: float = 30.0, half_h: float = 20.0) -> None:
        self.at, self.half = (x, y), (half_w, half_h)

    def x(self) -> float:
        return self.at[0]

    def y(self) -> float:
        return self.at[1]

    def outline(self) -> tuple[float, float, float]:
        return self.half[0], self.half[1], 0.0


class NoWalk:
    """Stands for every node where the extent must not need them."""

    def __iter__(self):
        raise AssertionError("the extent walked every node")


def walked(nodes: list[Node]) -> tuple[float, float, float, float]:
    lefts, tops, rights, bottoms = zip(*(box(node) for node in nodes))
    return min(lefts), min(tops), max(rights), max(bottoms)


def test_a_node_on_the_edge_moving_in_growing_or_going_needs_no_walk_over_every_node():
    nodes = [Node(x, y) for x, y in ((0, 0), (500, 0), (-400, 50), (0, 300), (0, -250), (480, 10))]
    extent = Extent()
    assert extent.of(nodes) == walked(nodes)
    edge = nodes[1]  # the rightmost: it holds the map's right side out
    old = box(edge)
    edge.at = (200, 0)
    extent.changed(old, box(edge))
    assert extent.of(nodes) == walked(nodes)  # the next one out is looked for among every node, once
    for x, y, half_w in ((100, 0, 30.0), (100, 0, 90.0), (900, -600, 30.0), (-1000, 0, 30.0)):
        old = box(edge)
        edge.at, edge.half = (x, y), (half_w, 20.0)  # moved, or grown to hold a longer name
        extent.changed(old, box(edge))
        assert extent.of(NoWalk()) == walked(nodes)
    gone = nodes.pop(3)  # the lowest goes
    extent.changed(box(gone), None)
    assert extent.of(NoWalk()) == walked(nodes)
    nodes.append(Node(0, -700))  # a new one beyond the top
    extent.changed(None, box(nodes[-1]))
    assert extent.of(NoWalk()) == walked(nodes)


def test_a_box_it_was_never_given_or_a_rebuild_makes_it_walk_every_node_again():
    nodes = [Node(0, 0), Node(300, 40), Node(-120, -90)]
    extent = Extent()
    extent.of(nodes)
    old = box(nodes[1])
    nodes[1].at = (310, 40)
    extent.changed(old, box(nodes[1]))
    extent.of(nodes)
    extent.changed((1.0, 2.0, 3.0, 4.0), None)
    with pytest.raises(AssertionError):
        extent.of(NoWalk())
    assert extent.of(nodes) == walked(nodes)
    # A rebuild sets the extent it worked out as it made the items: right at once, and the first node
    # to leave the edge after it is looked for among every node once.
    extent.value = walked(nodes)
    assert extent.of(NoWalk()) == walked(nodes)
    old = box(nodes[1])
    nodes[1].at = (0, 0)
    extent.changed(old, box(nodes[1]))
    assert extent.of(nodes) == walked(nodes)
    old = box(nodes[2])
    nodes[2].at = (-20, -90)
    extent.changed(old, box(nodes[2]))
    assert extent.of(NoWalk()) == walked(nodes)


def test_many_nodes_moved_at_once_are_found_right_then_single_edits_need_no_walk_again():
    """A drag of every node (or Arrange) changes many boxes before the extent is next asked for: it
    walks every node once then, instead of keeping each side in order through every change."""
    nodes = [Node(40.0 * k, 25.0 * (k % 7)) for k in range(200)]
    extent = Extent()
    extent.of(nodes)
    edge = nodes[-1]  # the rightmost moves in: the sides are kept from the next walk on
    old = box(edge)
    edge.at = (0.0, 0.0)
    extent.changed(old, box(edge))
    assert extent.of(nodes) == walked(nodes)
    for node in nodes:  # one step of a drag of them all, down and to the left
        old = box(node)
        node.at = (node.at[0] - 15.0, node.at[1] + 9.0)
        extent.changed(old, box(node))
    with pytest.raises(AssertionError):
        extent.of(NoWalk())  # too many changes to follow one by one: it walks
    assert extent.of(nodes) == walked(nodes)
    for _ in range(2):  # the node on the left edge moves in twice: one walk, then none
        edge = min(nodes, key=lambda node: box(node)[0])
        old = box(edge)
        edge.at = (edge.at[0] + 500.0, edge.at[1])
        extent.changed(old, box(edge))
        assert extent.of(nodes) == walked(nodes)
    edge = min(nodes, key=lambda node: box(node)[0])
    old = box(edge)
    edge.at = (edge.at[0] + 500.0, edge.at[1])
    extent.changed(old, box(edge))
    assert extent.of(NoWalk()) == walked(nodes)
