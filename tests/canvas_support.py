"""Shared set-up for the canvas tests: a real MapView on a MapScene, driven by real events."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QImage, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu

from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.editor.scene import MapScene
from ecomap_desktop.ui.editor.view import MapView
from window_support import on_screen


@dataclass
class Canvas:
    doc: Document
    stack: QUndoStack
    scene: MapScene
    view: MapView
    qtbot: object

    def at(self, x: float, y: float) -> QPoint:
        """The viewport pixel showing scene point (x, y)."""
        return self.view.mapFromScene(QPointF(x, y))

    def node_at(self, node_id: str) -> QPoint:
        pos = self.scene.node_item(node_id).pos()
        return self.at(pos.x(), pos.y())

    def click(self, point: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.mouseClick(self.view.viewport(), Qt.MouseButton.LeftButton, modifier, point)

    def drag(self, start: QPoint, end: QPoint, button=Qt.MouseButton.LeftButton,
             modifier=Qt.KeyboardModifier.NoModifier, steps: int = 4) -> None:
        viewport = self.view.viewport()
        self.qtbot.mousePress(viewport, button, modifier, start)
        for i in range(1, steps + 1):
            self.qtbot.mouseMove(viewport, start + (end - start) * (i / steps))
        self.qtbot.mouseRelease(viewport, button, modifier, end)

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.view, key, modifier)

    def type_text(self, text: str) -> None:
        self.qtbot.keyClicks(self.view, text)

    def add(self, label: str, x: float, y: float, kind: str = "person", **attrs) -> str:
        """Set up a node directly in the document (the scene follows its signals)."""
        return self.doc.add_node(dict(attrs, label=label, kind=kind, x=float(x), y=float(y)))


def activate(qtbot, window) -> None:
    """Make *window* the active window, so keyboard focus works as on a desktop."""
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def make_canvas(qtbot, centre_label: str = "Nguyen family") -> Canvas:
    doc = Document(centre_label)
    stack = QUndoStack()
    scene = MapScene(doc, stack)
    view = MapView(scene)
    # The stack goes with the view, as a window's does: left to the cycle collector, a stack with
    # its commands was torn down in an order that crashed the run (QUndoStack::clear in a collection)
    stack.setParent(view)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    activate(qtbot, view)
    view.setFocus()
    view.set_zoom(1.0)
    view.centerOn(0, 0)
    return Canvas(doc, stack, scene, view, qtbot)


def assert_text_inside_outline(item) -> None:
    """Every line of a node's name lies inside the node's outline (circle or rounded rectangle)."""
    half_w, half_h, corner = item.outline()
    circle = corner >= half_w and half_w == half_h
    for box in item.text_line_rects():
        corners = [(box.left(), box.top()), (box.right(), box.top()),
                   (box.left(), box.bottom()), (box.right(), box.bottom())]
        for x, y in corners:
            if circle:
                assert math.hypot(x, y) <= half_w, (item.text_lines(), item.outline())
            else:
                assert abs(x) <= half_w and abs(y) <= half_h, (item.text_lines(), item.outline())


def right_click(c: Canvas, point: QPoint) -> QMenu:
    """A right click as the window system delivers it: the press, then the context-menu event; the
    menu it opened, once on screen."""
    c.qtbot.mouseClick(c.view.viewport(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, point)
    global_pos = c.view.viewport().mapToGlobal(point)
    QApplication.sendEvent(c.view.viewport(),
                           QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, global_pos))
    c.qtbot.waitUntil(lambda: c.view.context_menu() is not None and c.view.context_menu().isVisible()
                      and on_screen(c.view.context_menu()))
    return c.view.context_menu()


def choice(menu: QMenu, submenu: str, value) -> object:
    """The checkable entry of *menu*'s *submenu* (by object name) that stands for *value*."""
    sub = menu.findChild(QMenu, submenu)
    for candidate in sub.actions():
        if candidate.isCheckable() and candidate.data() == value:
            return candidate
    raise AssertionError(f"no {value!r} in {submenu}")


def shown_pixels(view) -> np.ndarray:
    """The canvas's pixels as the screen shows them now: what the last repaints left, not a fresh
    drawing (a widget's grab() would paint it all again)."""
    viewport = view.viewport()
    corner = viewport.mapTo(view, viewport.rect().topLeft())
    image = view.screen().grabWindow(view.winId(), corner.x(), corner.y(), viewport.width(),
                                     viewport.height()).toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return pixels[:, :image.width() * 4].reshape(image.height(), image.width(), 4)[:, :, :3].astype(int)


LINE_KINDS = [("moderate", "none"), ("stressful", "to_target"), ("tenuous", "both"), ("strong", "to_source")]


def people_round_family(qtbot, c: Canvas, count: int, radii: tuple[float, float], across: tuple[int, int]
                        ) -> tuple[list[str], list[str]]:
    """*count* people round the family, every other one at the second of *radii*, each joined to it by
    a line of each kind in turn (LINE_KINDS), then stressful lines across the map: from every
    across[0]-th person to the one across[1] further on. Returns (people, lines), once the canvas has
    told its view of them all."""
    centre = c.doc.centre_id
    people, lines = [], []
    with qtbot.waitSignal(c.scene.content_changed):
        for i in range(count):
            angle, radius = 2 * math.pi * i / count, radii[1] if i % 2 else radii[0]
            people.append(c.add(f"P{i}", radius * math.cos(angle), radius * math.sin(angle)))
            strength, flow = LINE_KINDS[i % 4]
            lines.append(c.doc.add_edge(people[-1], centre, {"strength": strength, "flow": flow}))
        step, reach = across
        for i in range(0, count, step):  # lines across the map, past the centre
            lines.append(c.doc.add_edge(people[i], people[(i + reach) % count], {"strength": "stressful"}))
    return people, lines
