"""Connecting: the "+" handle works where it overlaps the circle, and Connect with nothing selected
says what to do and lets the user click the two ends."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from canvas_support import make_canvas
from ecomap_desktop.ui.main_window import MainWindow


@pytest.mark.parametrize("kind", ["person", "group"])
@pytest.mark.parametrize("inward", [0.0, 0.5, 0.9])
def test_a_press_anywhere_on_the_handle_draws_a_line(qtbot, kind, inward):
    c = make_canvas(qtbot)
    a = c.scene.add_node(kind, QPointF(0, -250))
    c.scene.cancel_label_edit()
    b = c.scene.add_node("person", QPointF(300, 100))
    c.scene.cancel_label_edit()
    c.scene.select_ids([a])
    item = c.scene.node_item(a)
    handle, centre = item.handle_scene_pos(), item.pos()
    d = centre - handle
    length = math.hypot(d.x(), d.y())
    # From the handle's centre towards the node's centre: the inner half overlaps the outline.
    press = handle + QPointF(d.x() / length, d.y() / length) * (inward * 11)
    start = c.view.mapFromScene(press)
    end = c.view.mapFromScene(c.scene.node_item(b).pos())
    qtbot.mousePress(c.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(c.view.viewport(), start + (end - start) * step / 5)
    qtbot.mouseRelease(c.view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert c.doc.edge_between(a, b) is not None
    assert c.doc.node_position(a) == (0.0, -250.0)  # not a drag of the node either


def test_connect_with_nothing_selected_says_what_to_do_then_takes_two_clicks(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    scene, doc = window.scene, window.document
    ada = scene.add_node("person", QPointF(-250, 0))
    scene.cancel_label_edit()
    bola = scene.add_node("person", QPointF(250, -300))  # a line beside the family, not under it
    scene.cancel_label_edit()
    scene.select_ids()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_C)
    assert window.status_hints.text().startswith("Click or tap the first of the two to join")
    port = window.view.viewport()
    qtbot.mouseClick(port, Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(QPointF(-250, 0)))
    assert scene.selected_node_ids() == [ada]
    assert window.status_hints.text().startswith("Joining ")  # names the first end, then says what to do
    assert "click or tap the person or group to join" in window.status_hints.text()
    qtbot.mouseClick(port, Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(QPointF(250, -300)))
    assert doc.edge_between(ada, bola) is not None
    # Esc stops it without a line; so does a click on empty canvas.
    scene.select_ids()
    window.actions.connect.trigger()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert scene.interaction() is None and doc.edge_count() == 1
    window.undo_stack.setClean()


def _window_with_people(qtbot, places):
    from window_support import open_window

    window = open_window(qtbot)
    ids = []
    for name, x, y in places:
        ids.append(window.scene.add_node("person", QPointF(x, y)))
        window.scene.cancel_label_edit()
        window.document.set_node(ids[-1], {"label": name})
    window.view.zoom_to_fit()
    return window, ids


def test_the_keyboard_connects_from_the_selected_person_and_says_so(qtbot):
    window, (ada, bola, cruz) = _window_with_people(qtbot, [("Ada", -250, -150), ("Bola", -250, 150),
                                                           ("Cruz", 250, -200)])
    view, scene, doc = window.view, window.scene, window.document
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(-250, 150)))
    assert scene.selected_node_ids() == [bola]
    qtbot.keyClick(view, Qt.Key.Key_C)
    hint = window.status_hints.text()
    assert hint.startswith("Joining Bola to another") and "Enter joins them" in hint
    first = scene.interaction().target.node_id
    assert first != bola  # the outlined one is the other end, never the selected person
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    other = scene.interaction().target.node_id
    assert other not in (bola, first)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    edge = doc.edge(doc.edge_between(bola, other))
    assert (edge["source"], edge["target"]) == (bola, other)  # from the selected person
    window.undo_stack.setClean()


def test_the_keyboard_offers_the_family_first_until_the_person_is_joined_to_it(qtbot):
    """Most lines join someone to the family (the hints say so): C then Enter does that, even when
    another person is nearer. Before, it joined Ada to Bola, her neighbour on the circle."""
    window, (ada, bola) = _window_with_people(qtbot, [("Ada", 0, -400), ("Bola", 150, -380)])
    view, scene, doc = window.view, window.scene, window.document
    port = view.viewport()
    qtbot.mouseClick(port, Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(0, -400)))
    assert scene.selected_node_ids() == [ada]
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert scene.interaction().target.node_id == doc.centre_id
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert doc.edge_between(ada, doc.centre_id) is not None
    # Joined to the family: now the nearest is offered first.
    scene.select_ids([ada])
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert scene.interaction().target.node_id == bola
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    window.undo_stack.setClean()


def test_a_line_that_would_run_under_the_family_is_refused_with_a_word(qtbot):
    window, (ada, bola) = _window_with_people(qtbot, [("Ada", -300, 0), ("Bola", 300, 0)])
    view, scene, doc = window.view, window.scene, window.document
    port = view.viewport()
    qtbot.mouseClick(port, Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(-300, 0)))
    qtbot.keyClick(view, Qt.Key.Key_C)
    # The family is offered first: a line to Bola would cross the family's circle.
    assert scene.interaction().target.node_id == doc.centre_id
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert scene.interaction().target.node_id == bola
    assert "would run under the family's circle" in window.status_hints.text()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert doc.edge_between(ada, bola) is None and doc.edge_between(bola, ada) is None
    assert scene.interaction() is not None  # still choosing: another end can be picked
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert doc.edge_between(ada, doc.centre_id) is not None and doc.edge_count() == 1

    # Dragging a line from Ada's "+" handle to Bola: refused on release, and the status bar says why.
    scene.select_ids([ada])
    handle = view.mapFromScene(scene.node_item(ada).handle_scene_pos())
    target = view.mapFromScene(QPointF(300, 0))
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=handle)
    for step in range(1, 6):
        qtbot.mouseMove(port, handle + (target - handle) * step / 5)
    assert "would run under the family's circle" in window.status_hints.text()
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=target)
    assert doc.edge_count() == 1 and scene.interaction() is None
    assert "would run under the family's circle" in window.statusBar().currentMessage()
    # Moved a little lower, the line passes beside the family: it is made.
    doc.move_nodes({bola: (300, 260)})
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=handle)
    target = view.mapFromScene(QPointF(300, 260))
    for step in range(1, 6):
        qtbot.mouseMove(port, handle + (target - handle) * step / 5)
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=target)
    assert doc.edge_between(ada, bola) is not None
    window.undo_stack.setClean()
