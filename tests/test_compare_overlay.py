"""The compare overlay on the canvas: new, ended and changed said in words, the rest dimmed."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from ecomap_desktop.analysis.changes import compare_visits
from ecomap_desktop import style
from ecomap_desktop.canvas.compare_overlay import DIM_LINE, CompareOverlay
from ecomap_desktop.canvas.items.compare_items import TAG_ENDED, TagItem
from ecomap_desktop.canvas.projection import MapProjection

from compare_support import two_visits


def _shown(qtbot):
    m = two_visits()
    projection = MapProjection(m.doc)
    overlay = CompareOverlay(projection)
    overlay.show(compare_visits(m.doc, m.first, m.second), m.doc.visit_graph(m.first))
    return m, projection, overlay


def _dimmed_line(projection, edge_id: str) -> bool:
    return projection.edge_item(edge_id).line_pen().color().name() == DIM_LINE


def test_high_contrast_while_comparing_keeps_unchanged_lines_dimmed(qtbot):
    m, projection, overlay = _shown(qtbot)
    projection.set_display(True)
    overlay.restyle()
    assert _dimmed_line(projection, m.school_line)
    assert projection.edge_item(m.carmen_line).line_pen().color().name() == "#000000"
    overlay.clear()
    assert projection.edge_item(m.school_line).line_pen().color().name() == "#000000"


def _tags_in_scene(projection) -> list[str]:
    return sorted(item.text for item in projection.items() if isinstance(item, TagItem) and item.isVisible())


def test_new_person_is_tagged_new_above_its_node(qtbot):
    m, projection, overlay = _shown(qtbot)
    assert overlay.node_tag(m.rosa) == "new"
    tag = next(i for i in projection.node_item(m.rosa).childItems() if isinstance(i, TagItem))
    assert tag.text == "new"
    # Just above the outline, and it moves with the node.
    assert tag.pos().y() < -projection.node_item(m.rosa).outline()[1]
    projection.move_nodes_live({m.rosa: QPointF(50, -260)})
    assert tag.scenePos().x() == 50


def test_person_who_left_is_a_dashed_grey_ghost_marked_ended_where_they_were(qtbot):
    m, projection, overlay = _shown(qtbot)
    assert overlay.ghost_ids() == [m.diaz]
    ghost = overlay.ghost(m.diaz)
    assert ghost.scene() is projection
    assert (ghost.x(), ghost.y()) == (180.0, 0.0)
    assert ghost.text_lines() == ["Mr. Diaz"]
    assert ghost.pen().dashPattern(), "a ghost is dashed, not only grey"
    assert [c.text for c in ghost.childItems()] == ["ended"]
    assert overlay.node_tag(m.diaz) == "ended"
    # His line to the family is a dashed ghost line too, from the ghost to the family.
    (line,) = overlay.ghost_edges().values()
    assert line.isVisible() and line.pen().dashPattern()
    middle = line.middle()
    assert 0 < middle.x() < 180


def _tag_boxes_overlap(projection, overlay, m) -> bool:
    new = next(i for i in projection.node_item(m.rosa).childItems() if isinstance(i, TagItem))
    ended = overlay.ghost(m.diaz).childItems()[0]
    assert new.text == "new" and ended.text == "ended" and new.isVisible() and ended.isVisible()
    return new.sceneBoundingRect().intersects(ended.sceneBoundingRect())


def test_someone_new_where_someone_who_left_stood_has_tags_that_do_not_cover_each_other(qtbot):
    """A person added in the spot another's leaving freed (the app's own choice of a free spot):
    "new" and "ended" were drawn one over the other, neither readable."""
    m = two_visits()
    m.doc.move_nodes({m.rosa: (180.0, 0.0)})  # where Mr. Diaz was
    projection = MapProjection(m.doc)
    overlay = CompareOverlay(projection)
    overlay.show(compare_visits(m.doc, m.first, m.second), m.doc.visit_graph(m.first))
    assert not _tag_boxes_overlap(projection, overlay, m)
    ghost = overlay.ghost(m.diaz)
    assert ghost.childItems()[0].scenePos().y() > ghost.y()  # "ended" moved below the ghost
    # Moved there while comparing, and away again: the tag follows, back above when there is room.
    m.doc.move_nodes({m.rosa: (0.0, -200.0)})
    overlay.refresh_positions()
    assert ghost.childItems()[0].scenePos().y() < ghost.y()
    m.doc.move_nodes({m.rosa: (180.0, 0.0)})
    overlay.refresh_positions()
    assert not _tag_boxes_overlap(projection, overlay, m)


def test_changed_line_is_labelled_in_words_and_new_line_says_new(qtbot):
    m, projection, overlay = _shown(qtbot)
    assert overlay.edge_caption(m.carmen_line) == "now stressful"
    assert overlay.edge_caption(m.rosa_line) == "new"
    caption = projection.edge_item(m.carmen_line).caption()
    assert caption.text == "now stressful"
    # At the middle of the line, and still there when an end moves.
    line = projection.edge_item(m.carmen_line).drawn_line()
    assert abs(caption.scenePos().y() - (line.y1() + line.y2()) / 2) < 20
    projection.move_nodes_live({m.carmen: QPointF(-300, 100)})
    start, end = projection.edge_item(m.carmen_line).drawn_ends()
    assert abs(caption.scenePos().x() - (start.x() + end.x()) / 2) < 1e-6


def test_unchanged_things_are_dimmed_changed_ones_are_not(qtbot):
    m, projection, overlay = _shown(qtbot)
    school = projection.node_item(m.school)
    assert school.is_faded()
    assert school.opacity() == 1.0  # opaque: the circles behind never show through a name
    assert _dimmed_line(projection, m.school_line)
    assert projection.edge_item(m.school_line).line_pen().dashPattern() == []  # its pattern is its own
    assert not projection.node_item(m.rosa).is_faded()
    assert not _dimmed_line(projection, m.carmen_line)
    assert not projection.node_item(m.carmen).is_faded()  # her line changed: she is not dimmed
    assert not projection.node_item(m.doc.centre_id).is_faded()  # the family stays the anchor


def test_clear_puts_the_map_back_as_it_was(qtbot):
    m, projection, overlay = _shown(qtbot)
    overlay.clear()
    assert not overlay.is_shown()
    assert _tags_in_scene(projection) == []
    assert overlay.ghost_ids() == [] and overlay.ghost_edges() == {}
    assert not any(item.is_faded() for item in projection.node_items())
    assert not any(_dimmed_line(projection, e) for e in projection.edge_ids())
    assert projection.edge_item(m.school_line).line_pen().color().name() == style.LINE_COLOUR
    assert projection.edge_item(m.carmen_line).caption() is None


def test_showing_again_after_an_edit_follows_the_map(qtbot):
    m, projection, overlay = _shown(qtbot)
    # The worker notices the line to the school is weaker now: the overlay says so when shown again.
    m.doc.set_edge(m.school_line, {"strength": "tenuous"})
    m.doc.remove_edge(m.rosa_line)
    m.doc.remove_node(m.rosa)
    overlay.show(compare_visits(m.doc, m.first, m.second), m.doc.visit_graph(m.first))
    assert overlay.edge_caption(m.school_line) == "weaker"
    assert not _dimmed_line(projection, m.school_line)
    assert not projection.node_item(m.school).is_faded()  # its line changed: part of the story now
    assert overlay.node_tag(m.rosa) is None
    assert _tags_in_scene(projection).count("new") == 0
    # Showing twice makes no second set of items.
    overlay.show(compare_visits(m.doc, m.first, m.second), m.doc.visit_graph(m.first))
    assert _tags_in_scene(projection).count("ended") == 1
    assert [i.kind for i in projection.items() if isinstance(i, TagItem)].count(TAG_ENDED) == 1


def test_overlay_survives_the_map_being_rebuilt(qtbot):
    m, projection, overlay = _shown(qtbot)
    projection._rebuild()  # what a reset (a visit deleted, a map opened) does
    overlay.show(compare_visits(m.doc, m.first, m.second), m.doc.visit_graph(m.first))
    assert overlay.node_tag(m.rosa) == "new"
    assert overlay.edge_caption(m.carmen_line) == "now stressful"
    assert projection.node_item(m.school).is_faded()
    overlay.clear()
    assert _tags_in_scene(projection) == []


def test_words_on_a_short_line_cover_neither_name(qtbot):
    m, projection, overlay = _shown(qtbot)
    caption = projection.edge_item(m.carmen_line).caption()
    box = caption.mapRectToScene(caption.box())
    for node_id in (m.carmen, m.doc.centre_id):
        item = projection.node_item(node_id)
        assert not box.intersects(item.mapRectToScene(item.text_rect())), node_id
    # Still beside its own line: above its middle, not far away.
    start, end = projection.edge_item(m.carmen_line).drawn_ends()
    assert box.left() < (start.x() + end.x()) / 2 < box.right()
    assert box.bottom() < start.y() and start.y() - box.bottom() < 60


def _colour_inside_left_edge(projection, node_id: str) -> str:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    item = projection.node_item(node_id)
    half_w, _half_h, _corner = item.outline()
    point = QPointF(item.x() - half_w + 8, item.y())
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    projection.render(painter, QRectF(0, 0, 20, 20), QRectF(point.x() - 10, point.y() - 10, 20, 20))
    painter.end()
    return image.pixelColor(10, 10).name()


def test_an_unchanged_node_is_drawn_pale_and_opaque_then_as_before(qtbot):
    m, projection, overlay = _shown(qtbot)
    assert _colour_inside_left_edge(projection, m.school) == "#f5f5f3"
    overlay.clear()
    assert _colour_inside_left_edge(projection, m.school) == style.canvas_variant(False).fill("other")
