"""The canvas view: zoom, pan, fit, rings, legend, legible labels, and what is painted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication

from canvas_support import make_canvas
from ecomap_desktop import style
from ecomap_desktop.model.commands import EditMetaCommand

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def canvas(qtbot):
    return make_canvas(qtbot)


def _wheel(view, pos: QPoint, steps: int, modifiers=CTRL) -> None:
    event = QWheelEvent(
        QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_view_has_an_accessible_name(canvas):
    assert canvas.view.accessibleName()
    assert "Tab" in canvas.view.accessibleDescription()


def test_ctrl_wheel_zooms_around_the_pointer(canvas):
    c = canvas
    pointer = QPoint(650, 200)
    under = c.view.mapToScene(pointer)
    _wheel(c.view, pointer, 1)
    assert abs(c.view.zoom() - 1.25) < 1e-9
    after = c.view.mapToScene(pointer)
    assert abs(after.x() - under.x()) <= 1 and abs(after.y() - under.y()) <= 1
    _wheel(c.view, pointer, -2)
    assert abs(c.view.zoom() - 1.0 / 1.25) < 1e-9


def test_native_pinch_zooms(canvas):
    c = canvas
    pos = QPointF(450, 350)
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
        pos, pos, QPointF(c.view.viewport().mapToGlobal(pos.toPoint())), 0.5, QPointF(0, 0), 1,
    )
    QApplication.sendEvent(c.view.viewport(), event)
    assert abs(c.view.zoom() - 1.5) < 1e-9


def test_ctrl_plus_minus_and_zero_zoom(canvas):
    c = canvas
    c.key(Qt.Key.Key_Plus, CTRL)
    assert abs(c.view.zoom() - 1.25) < 1e-9
    c.key(Qt.Key.Key_Minus, CTRL)
    c.key(Qt.Key.Key_Minus, CTRL)
    assert abs(c.view.zoom() - 0.8) < 1e-9
    c.key(Qt.Key.Key_0, CTRL)
    assert c.view.zoom() == 1.0
    assert c.view.zoom_changed is not None


def test_zoom_is_clamped(canvas):
    c = canvas
    for _ in range(40):
        c.view.zoom_out()
    assert c.view.zoom() >= 0.05
    for _ in range(80):
        c.view.zoom_in()
    assert c.view.zoom() <= 4.0


def test_zoom_to_fit_shows_every_node_clear_of_the_legend(canvas):
    c = canvas
    ids = [c.add(f"P{i}", x, y) for i, (x, y) in enumerate([(-1500, -900), (1400, 800), (900, -1200)])]
    c.view.zoom_to_fit()
    viewport = c.view.viewport().rect()
    legend = c.scene.legend_item()
    legend_box = c.view.mapFromScene(legend.scenePos())
    legend_rect = legend.boundingRect().toRect().translated(legend_box)
    for node_id in ids + [c.doc.centre_id]:
        box = c.view.mapFromScene(c.scene.node_item(node_id).sceneBoundingRect()).boundingRect()
        assert viewport.contains(box.center())
        assert not box.intersects(legend_rect)
    # A tiny map is not blown up to giant size.
    c.doc.remove_node(ids[0])
    c.doc.remove_node(ids[1])
    c.doc.remove_node(ids[2])
    c.view.zoom_to_fit()
    assert c.view.zoom() <= 1.5


def test_middle_button_drag_pans_without_selecting_or_editing(canvas):
    c = canvas
    a = c.add("A", 100, 0)
    before = c.view.mapToScene(c.view.viewport().rect().center())
    c.drag(c.node_at(a), c.node_at(a) + QPoint(120, 60), button=Qt.MouseButton.MiddleButton)
    after = c.view.mapToScene(c.view.viewport().rect().center())
    assert abs((before.x() - after.x()) - 120) <= 1 and abs((before.y() - after.y()) - 60) <= 1
    assert c.doc.node_position(a) == (100.0, 0.0)
    assert c.scene.selected_node_ids() == [] and c.stack.count() == 0


def test_space_and_left_drag_pans(canvas):
    c = canvas
    a = c.add("A", 100, 0)
    before = c.view.mapToScene(c.view.viewport().rect().center())
    c.qtbot.keyPress(c.view, Qt.Key.Key_Space)
    c.drag(c.node_at(a), c.node_at(a) + QPoint(-80, 40))
    c.qtbot.keyRelease(c.view, Qt.Key.Key_Space)
    after = c.view.mapToScene(c.view.viewport().rect().center())
    assert abs((after.x() - before.x()) - 80) <= 1 and abs((before.y() - after.y()) - 40) <= 1
    assert c.doc.node_position(a) == (100.0, 0.0)


def test_labels_grow_when_zoomed_far_out_and_return_at_100_percent(canvas):
    c = canvas
    a = c.add("Grandma", 200, 0)
    item = c.scene.node_item(a)
    normal = item.text_rect().height()
    c.view.set_zoom(0.4)
    assert c.scene.text_boost() > 1
    boosted = item.text_rect().height()
    # Drawn height on screen stays at least the minimum legible size.
    assert boosted * 0.4 >= style.LABEL_MIN_SCREEN_PX * 0.99
    c.view.set_zoom(1.0)
    assert c.scene.text_boost() == 1.0
    assert item.text_rect().height() == normal


def test_rings_toggle_and_follow_the_centre(canvas):
    c = canvas
    rings = c.scene.ring_item()
    assert rings.isVisible() and len(rings.ring_names()) == 4
    c.scene.set_rings_visible(False)
    assert not rings.isVisible() and not c.scene.rings_visible()
    c.scene.set_rings_visible(True)
    c.drag(c.node_at(c.doc.centre_id), c.at(60, 40))
    assert rings.pos() == QPointF(60, 40)
    c.stack.undo()
    assert rings.pos() == QPointF(0, 0)


def test_legend_shows_the_maps_own_entries_and_toggles(canvas):
    c = canvas
    legend = c.scene.legend_item()
    labels = [e["label"] for e in c.doc.meta("legend")]
    assert legend.entry_labels() == labels
    renamed = c.doc.meta("legend")
    renamed[0]["label"] = "Very close"
    c.stack.push(EditMetaCommand(c.doc, "legend", renamed[:3]))
    assert legend.entry_labels() == ["Very close"] + labels[1:3]
    c.stack.undo()
    assert legend.entry_labels() == labels
    c.scene.set_legend_visible(False)
    assert not legend.isVisible() and not c.scene.legend_visible()


def test_legend_stays_in_the_bottom_left_corner_when_zooming_and_panning(canvas):
    c = canvas
    legend = c.scene.legend_item()
    for action in (lambda: c.view.set_zoom(0.3), lambda: c.view.set_zoom(2.0),
                   lambda: c.drag(QPoint(400, 300), QPoint(200, 100), button=Qt.MouseButton.MiddleButton)):
        action()
        corner = c.view.mapFromScene(legend.scenePos())
        height = legend.boundingRect().height()
        assert abs(corner.x() - 14) <= 1
        assert abs(corner.y() + height - (c.view.viewport().height() - 14)) <= 1


def test_a_window_shown_places_the_legend_once_for_the_size_it_ends_at(canvas, monkeypatch):
    """While a window is first shown its canvas changes size several times before anything is drawn:
    the legend finds its corner once, for the size the canvas ends at (ui.app's start)."""
    c = canvas
    legend = c.scene.legend_item()
    placer = c.view.legend_placer()
    placed = []
    place = placer.place
    monkeypatch.setattr(placer, "place", lambda view: (placed.append(view.viewport().size()), place(view)))
    with c.view.edges_placed_after():
        for size in ((700, 560), (640, 520), (620, 500)):
            c.view.resize(*size)
        assert not placed
    assert placed == [c.view.viewport().size()]
    corner = c.view.mapFromScene(legend.scenePos())
    assert abs(corner.x() - 14) <= 1
    assert abs(corner.y() + legend.boundingRect().height() - (c.view.viewport().height() - 14)) <= 1


def test_what_is_painted_matches_the_model(canvas):
    c = canvas
    a = c.add("Friend", 250, -100, category="friend")
    g = c.add("School", -250, 100, kind="group", category="school")
    edge = c.doc.add_edge(a, c.doc.centre_id, {"strength": "strong", "colour": "#d55e00"})
    c.scene.set_legend_visible(False)
    c.view.set_zoom(1.0)
    c.view.centerOn(0, 0)
    image = c.view.grab().toImage()
    # Fill colours, sampled away from the label in the middle.
    for node_id, fill in ((a, style.CATEGORY_FILLS["friend"]), (g, style.CATEGORY_FILLS["school"])):
        point = c.view.mapFromScene(c.scene.node_item(node_id).pos() + QPointF(0, 28))
        assert image.pixelColor(point).name() == QColor(fill).name()
    # The coloured strong line, sampled midway between the outlines.
    start, end = c.scene.edge_item(edge).drawn_ends()
    mid = c.view.mapFromScene((start + end) / 2)
    assert image.pixelColor(mid).name() == "#d55e00"
    # Background well away from everything.
    background = QColor(style.CANVAS_BACKGROUND).name()
    assert image.pixelColor(c.view.mapFromScene(QPointF(0, -130))).name() == background


def test_hovering_a_node_shows_its_connect_handle(canvas):
    c = canvas
    a = c.add("A", 250, 0)
    item = c.scene.node_item(a)
    assert not item.handle_visible()
    c.qtbot.mouseMove(c.view.viewport(), c.at(-300, -250))
    c.qtbot.mouseMove(c.view.viewport(), c.node_at(a))
    assert item.handle_visible()
    c.qtbot.mouseMove(c.view.viewport(), c.at(-300, -250))
    assert not item.handle_visible()


def test_loading_another_map_rebuilds_the_canvas(canvas):
    from ecomap_desktop.model.document import Document

    c = canvas
    old = c.add("Old", 250, 0)
    c.scene.select_ids([old])
    other = Document("Other family")
    p = other.add_node({"label": "Friend", "x": -200.0, "y": 40.0, "kind": "group"})
    e = other.add_edge(p, other.centre_id, {"strength": "tenuous", "flow": "both"})
    c.doc.replace_graph(other.graph_copy())
    assert sorted(c.scene.node_ids()) == sorted([other.centre_id, p])
    assert c.scene.edge_ids() == [e]
    assert c.scene.node_item(p).kind == "group" and c.scene.node_item(p).pos() == QPointF(-200, 40)
    assert c.scene.edge_item(e).arrow_count() == 2
    assert c.scene.selected_node_ids() == []
    assert c.scene.ring_item().pos() == QPointF(0, 0)


def test_removing_a_selected_node_updates_the_selection(canvas, qtbot):
    c = canvas
    a = c.add("A", 250, 0)
    c.scene.select_ids([a])
    with qtbot.waitSignal(c.scene.selection_ids_changed):
        c.scene.delete_selected()
    assert c.scene.selected_node_ids() == []
    c.stack.undo()
    assert c.scene.selected_node_ids() == []  # selection is not part of undo


def test_household_members_are_listed_in_the_centre(canvas):
    c = canvas
    from ecomap_desktop.model.commands import EditNodeCommand

    members = [{"name": "Lan", "age": "34", "relationship": "mother"},
               {"name": "Bao", "age": "6", "relationship": "son"}]
    c.stack.push(EditNodeCommand(c.doc, c.doc.centre_id, {"household": members}))
    lines = c.scene.node_item(c.doc.centre_id).text_lines()
    assert " ".join(lines).startswith("Nguyen family")
    assert "Lan (34), Bao (6)" in " ".join(lines[1:])
    c.stack.undo()
    assert c.scene.node_item(c.doc.centre_id).text_lines() == ["Nguyen family"]


def test_nodes_are_cached_except_while_zooming_and_on_very_big_maps(canvas, monkeypatch):
    from PySide6.QtWidgets import QGraphicsItem

    from ecomap_desktop.canvas import node_caching as scene_module

    c = canvas
    cached = QGraphicsItem.CacheMode.DeviceCoordinateCache
    a = c.add("A", 250, 0)
    c.qtbot.waitUntil(lambda: c.scene.node_item(a).cacheMode() == cached)  # still after the set-up zoom
    c.view.zoom_in()
    assert c.scene.node_item(a).cacheMode() == QGraphicsItem.CacheMode.NoCache  # zooming: direct
    c.qtbot.waitUntil(lambda: c.scene.node_item(a).cacheMode() == cached)
    monkeypatch.setattr(scene_module, "CACHE_MAX_NODES", 3)
    b = c.add("B", -250, 0)
    d = c.add("C", 0, 250)  # four nodes now, over the (patched) limit
    assert all(c.scene.node_item(n).cacheMode() == QGraphicsItem.CacheMode.NoCache
               for n in (a, b, d, c.doc.centre_id))
    c.doc.remove_node(d)
    assert all(c.scene.node_item(n).cacheMode() == cached for n in (a, b, c.doc.centre_id))


def test_a_big_map_zoomed_in_on_a_few_of_its_people_keeps_their_drawings(canvas, monkeypatch):
    """A map too big to cache whole keeps its nodes' drawings as pixmaps while the canvas shows only a
    few of them (each redraw copies them), and paints them directly while it is shown whole."""
    from PySide6.QtWidgets import QGraphicsItem

    from ecomap_desktop.canvas import node_caching

    c = canvas
    monkeypatch.setattr(node_caching, "CACHE_MAX_NODES", 3)
    around = [(x, y) for x in (-1500, 0, 1500) for y in (-1500, 0, 1500) if (x, y) != (0, 0)]
    people = [c.add(f"P{i}", x, y) for i, (x, y) in enumerate(around)]  # the family in the middle
    settled = []
    caching = c.scene.set_item_caching
    monkeypatch.setattr(c.scene, "set_item_caching",
                        lambda on, *shown: (settled.append(on), caching(on, *shown)))

    def modes() -> set:
        return {item.cacheMode() for item in c.scene.node_items()}

    c.view.zoom_to_fit()  # all nine in sight, more than three
    c.qtbot.waitUntil(lambda: settled and settled[-1])  # the zoom is still
    assert modes() == {QGraphicsItem.CacheMode.NoCache}
    c.view.set_zoom(1.0)
    c.view.centerOn(c.scene.node_item(people[0]))  # one or two in sight
    c.qtbot.waitUntil(lambda: modes() == {QGraphicsItem.CacheMode.DeviceCoordinateCache})
