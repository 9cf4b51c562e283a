"""A pen on the canvas behaves as the mouse: Qt's tablet events sent to the canvas's viewport."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication

from canvas_support import make_canvas
from window_support import on_screen

_PEN = None


def pen() -> QPointingDevice:
    global _PEN
    if _PEN is None:
        caps = QInputDevice.Capability.Position | QInputDevice.Capability.Pressure
        _PEN = QPointingDevice("test pen", 4242, QInputDevice.DeviceType.Stylus,
                               QPointingDevice.PointerType.Pen, caps, 1, 3)
    return _PEN


@pytest.fixture
def canvas(qtbot):
    return make_canvas(qtbot)


def pen_event(c, kind, point, button=Qt.MouseButton.NoButton, pressure=0.0) -> QTabletEvent:
    pos = QPointF(point)
    event = QTabletEvent(kind, pen(), pos, QPointF(c.view.viewport().mapToGlobal(point)), pressure,
                         0.0, 0.0, 0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier, button, button)
    QApplication.sendEvent(c.view.viewport(), event)
    return event


def test_the_barrel_button_opens_the_context_menu(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    for barrel in (Qt.MouseButton.RightButton, Qt.MouseButton.MiddleButton):
        event = pen_event(c, QEvent.Type.TabletPress, c.node_at(jess), barrel, pressure=0.3)
        assert event.isAccepted()
        menu = c.view.context_menu()
        assert menu is not None and menu.isVisible()
        assert "rename" in [a.objectName() for a in menu.actions()]
        assert c.scene.selected_node_ids() == [jess]
        c.qtbot.waitUntil(lambda: on_screen(menu))  # closed once shown, as a person would
        menu.close()
    assert c.view.zoom() == 1.0 and c.stack.count() == 0  # the middle button did not pan or zoom


def test_the_tip_and_hovering_are_left_to_qt_as_mouse_events(canvas):
    # Qt turns every tablet event the widget does not accept into the matching mouse event, so the
    # tip clicks, drags and draws lines, and hovering shows the "+" handle, whatever the pressure.
    c = canvas
    jess = c.add("Jess", 200, 0)
    for pressure in (0.05, 1.0):
        press = pen_event(c, QEvent.Type.TabletPress, c.node_at(jess), Qt.MouseButton.LeftButton, pressure)
        assert not press.isAccepted()
        release = pen_event(c, QEvent.Type.TabletRelease, c.node_at(jess), Qt.MouseButton.LeftButton)
        assert not release.isAccepted()
    hover = pen_event(c, QEvent.Type.TabletMove, c.node_at(jess))
    assert not hover.isAccepted()
    assert c.view.context_menu() is None


# The tip and hover as the canvas receives them: Qt makes mouse events of the tablet events the
# canvas leaves (above), carrying the pen as their device. They reach the window as a system's do.


class PenTip:
    """A pen's tip on a canvas, as the mouse events Qt makes of it."""

    def __init__(self, c) -> None:
        self.c = c
        self.window = c.view.window().windowHandle()

    def send(self, kind, point: QPoint, button=Qt.MouseButton.NoButton,
             buttons=Qt.MouseButton.NoButton) -> None:
        viewport = self.c.view.viewport()
        inside = QPointF(viewport.mapTo(viewport.window(), point))
        event = QMouseEvent(kind, inside, inside, QPointF(viewport.mapToGlobal(point)), button, buttons,
                            Qt.KeyboardModifier.NoModifier, Qt.MouseEventSource.MouseEventSynthesizedByQt,
                            pen())
        QApplication.sendEvent(self.window, event)

    def hover(self, point: QPoint) -> None:
        self.send(QEvent.Type.MouseMove, point)

    def press(self, point: QPoint) -> None:
        left = Qt.MouseButton.LeftButton
        self.send(QEvent.Type.MouseButtonPress, point, left, left)

    def move(self, point: QPoint) -> None:
        self.send(QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)

    def lift(self, point: QPoint) -> None:
        self.send(QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.LeftButton)

    def stroke(self, start: QPoint, end: QPoint, steps: int = 6) -> None:
        self.press(start)
        for step in range(1, steps + 1):
            self.move(start + (end - start) * (step / steps))
        self.lift(end)


def test_the_pen_selects_and_drags_a_person_as_one_undo_step(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    tip = PenTip(c)
    tip.press(c.node_at(jess))
    tip.lift(c.node_at(jess))
    assert c.scene.selected_node_ids() == [jess]
    tip.stroke(c.node_at(jess), c.at(260, 80))
    x, y = c.doc.node_position(jess)
    assert abs(x - 260) <= 2 and abs(y - 80) <= 2
    assert c.stack.count() == 1  # one drag, one step to undo
    c.stack.undo()
    assert c.doc.node_position(jess) == (200.0, 0.0)


def test_the_pen_hovering_shows_the_handle_and_draws_a_line_from_it(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    sam = c.add("Sam", -150, 150)
    item = c.scene.node_item(jess)
    tip = PenTip(c)
    tip.hover(c.at(400, -300))
    tip.hover(c.node_at(jess))
    assert item.handle_visible()  # the pen above the person, not touching: the "+" shows
    tip.hover(c.at(400, -300))
    assert not item.handle_visible()
    tip.hover(c.node_at(jess))  # back over the person, then out to its "+"
    handle = c.view.mapFromScene(item.handle_scene_pos())
    tip.hover(handle)
    tip.stroke(handle, c.node_at(sam))
    assert c.doc.edge_between(jess, sam) is not None
    assert c.doc.node_position(jess) == (200.0, 0.0)  # a line, not a drag


def test_a_double_tap_of_the_pen_edits_the_name(canvas):
    c = canvas
    jess = c.add("Jess", 200, 0)
    tip = PenTip(c)
    point = c.node_at(jess)
    tip.press(point)
    tip.lift(point)
    left = Qt.MouseButton.LeftButton
    tip.send(QEvent.Type.MouseButtonDblClick, point, left, left)
    tip.lift(point)
    assert c.scene.label_editor() is not None
