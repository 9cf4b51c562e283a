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
    bola = scene.add_node("person", QPointF(250, 0))
    scene.cancel_label_edit()
    scene.select_ids()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_C)
    assert window.status_hints.text().startswith("Click or tap the first of the two to join")
    port = window.view.viewport()
    qtbot.mouseClick(port, Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(QPointF(-250, 0)))
    assert scene.selected_node_ids() == [ada]
    assert window.status_hints.text().startswith("Click or tap the person or group to join")
    qtbot.mouseClick(port, Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(QPointF(250, 0)))
    assert doc.edge_between(ada, bola) is not None
    # Esc stops it without a line; so does a click on empty canvas.
    scene.select_ids()
    window.actions.connect.trigger()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert scene.interaction() is None and doc.edge_count() == 1
    window.undo_stack.setClean()
