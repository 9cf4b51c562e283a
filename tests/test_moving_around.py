"""Moving around the map as in diagram editors: the wheel scrolls, Ctrl+wheel zooms, the middle
button or Space-drag pans, and scroll bars show while the map is larger than the view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from canvas_support import make_canvas
from window_support import wait_painted

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def _wheel(view, steps: int, modifiers=NONE, horizontal: bool = False) -> None:
    pos = QPoint(view.viewport().width() // 2, view.viewport().height() // 2)
    delta = QPoint(120 * steps, 0) if horizontal else QPoint(0, 120 * steps)
    event = QWheelEvent(QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)), QPoint(0, 0), delta,
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def _spread_map(c) -> None:
    """People far apart, so that at 100% the map is larger than the view."""
    for x, y in ((-1500, -1200), (1500, 1200), (1500, -1200), (-1500, 1200)):
        c.scene.add_node("person", QPointF(x, y))
        c.scene.cancel_label_edit()


def test_the_wheel_scrolls_and_ctrl_wheel_zooms(qtbot):
    c = make_canvas(qtbot)
    _spread_map(c)
    view = c.view
    view.set_zoom(1.0)
    view.centerOn(0, 0)
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible())  # the map has grown past the view
    zoom = view.zoom()
    top = view.mapToScene(QPoint(0, 0))
    _wheel(view, -2)
    assert view.zoom() == zoom
    assert view.mapToScene(QPoint(0, 0)).y() > top.y()
    left = view.mapToScene(QPoint(0, 0)).x()
    _wheel(view, -2, horizontal=True)
    assert view.mapToScene(QPoint(0, 0)).x() > left
    _wheel(view, 1, CTRL)
    assert abs(view.zoom() - zoom * 1.25) < 1e-9


def test_scroll_bars_show_only_while_the_map_is_larger_than_the_view(qtbot):
    c = make_canvas(qtbot)
    _spread_map(c)
    view = c.view
    view.zoom_to_fit()
    wait_painted(qtbot, view.viewport())
    assert not view.horizontalScrollBar().isVisible() and not view.verticalScrollBar().isVisible()
    view.set_zoom(1.0)
    qtbot.waitUntil(lambda: view.horizontalScrollBar().isVisible() and view.verticalScrollBar().isVisible())
    bar = view.verticalScrollBar()
    before = bar.value()
    near_the_end = QPoint(bar.width() // 2, bar.height() - 30)
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=near_the_end)
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=near_the_end)
    assert bar.value() > before  # a click in the bar's track pages down
    view.zoom_to_fit()
    qtbot.waitUntil(lambda: not view.verticalScrollBar().isVisible())


def test_the_middle_button_and_space_drag_pan(qtbot):
    c = make_canvas(qtbot)
    _spread_map(c)
    view = c.view
    view.set_zoom(1.0)
    view.centerOn(0, 0)
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible())
    c.scene.select_ids()
    port = view.viewport()
    start = QPoint(300, 300)
    before = view.mapToScene(start)
    qtbot.mousePress(port, Qt.MouseButton.MiddleButton, pos=start)
    qtbot.mouseMove(port, start + QPoint(80, 50))
    qtbot.mouseRelease(port, Qt.MouseButton.MiddleButton, pos=start + QPoint(80, 50))
    moved = view.mapToScene(start)
    assert moved.x() < before.x() - 50 and moved.y() < before.y() - 30  # the map followed the hand
    view.setFocus()
    qtbot.keyPress(view, Qt.Key.Key_Space)
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(port, start - QPoint(80, 50))
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=start - QPoint(80, 50))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    back = view.mapToScene(start)
    assert abs(back.x() - before.x()) <= 2 and abs(back.y() - before.y()) <= 2
    assert c.scene.selected_node_ids() == []  # panning is not a rubber band selection


def test_the_quick_guide_says_how_to_move_around_in_both_languages():
    from ecomap_desktop.ui.dialogs.help import guide_path

    english = guide_path("en").read_text(encoding="utf-8")
    assert "wheel" in english and "scrolls the map" in english and "Space" in english
    assert "middle mouse button" in english and "pinch" in english
    spanish = guide_path("es").read_text(encoding="utf-8")
    assert "rueda" in spanish and "desplaza el mapa" in spanish and "Espacio" in spanish
    assert "botón central" in spanish and "pellizque" in spanish
