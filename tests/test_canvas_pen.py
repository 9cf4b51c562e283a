"""A pen on the canvas behaves as the mouse: Qt's tablet events sent to the canvas's viewport."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
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
