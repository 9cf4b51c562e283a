"""A circle that crosses the canvas shows its name on the part of it in sight, where its own place
(the one the paper shares) is scrolled or zoomed out of view."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QAbstractSlider

from canvas_support import make_canvas
from ecomap_desktop import style
from window_support import open_window


def _names(scene) -> dict[str, QRectF]:
    rings = scene.ring_item()
    return {name: rings.mapRectToScene(rect) for name, rect in zip(rings.ring_names(), rings.name_rects())}


def _shown(view) -> QRectF:
    return view.mapToScene(view.viewport().rect()).boundingRect()


def _on_its_circle(scene, name: QRectF, ring: str) -> bool:
    middle = name.center() - scene.ring_item().scenePos()
    return abs(math.hypot(middle.x(), middle.y()) - style.RING_RADII[ring]) < 1


def _zoomed_in_on_the_family(qtbot):
    """(each circle's name -> its circle, the canvas, its view, its vertical scroll bar): an empty map
    at 160%, centred on the family, where the circles run past the canvas's edges."""
    from ecomap_desktop.canvas.items.ring_item import ring_names

    circle_of = {words: ring for ring, words in ring_names().items()}
    c = make_canvas(qtbot)
    view = c.view
    view.set_zoom(1.6)
    view.centerOn(0.0, 0.0)
    return circle_of, c, view, view.verticalScrollBar()


def test_a_circle_crossing_the_canvas_shows_its_name_where_it_can_be_seen(qtbot):
    """Zoomed in on the family, the circle of friends runs down both sides of the canvas while its top,
    where its name stands, is above the canvas's edge: an unnamed circle. Its name comes onto the
    part in sight, on its circle and clear of the legend, and goes back to the top once that is in
    sight again."""
    c = make_canvas(qtbot)
    view = c.view
    top = _names(c.scene)["Friends"]
    view.set_zoom(1.3)
    view.centerOn(0.0, 0.0)
    shown = _shown(view)
    assert not shown.contains(top) and shown.left() < -style.RING_RADII["friends"]  # crossing, unnamed
    qtbot.waitUntil(lambda: shown.contains(_names(c.scene)["Friends"]))
    friends = _names(c.scene)["Friends"]
    assert _on_its_circle(c.scene, friends, "friends")
    legend = c.scene.legend_item()
    assert not (legend.isVisible() and legend.sceneBoundingRect().intersects(friends))
    view.set_zoom(1.0)
    view.centerOn(0.0, 0.0)
    qtbot.waitUntil(lambda: _names(c.scene)["Friends"] == top)  # the paper's place again


def test_on_the_first_start_the_circle_of_friends_is_named_in_sight(qtbot):
    """The first start at 1366 x 768, once the welcome goes and the map is fitted again: only
    "Closest" showed its name, "Friends" stood above the canvas though its circle crossed it."""
    from ecomap_desktop.ui.window.first_run import start_first_run

    window = open_window(qtbot)
    window.resize(1366, 768)
    hint = start_first_run(window)
    assert hint is not None
    hint.dismiss_button.click()
    view = window.view
    qtbot.waitUntil(lambda: not hint.isVisible())
    with qtbot.waitSignal(view.fitted):
        view.zoom_to_fit()
    shown = _shown(view)
    names = _names(window.scene)
    assert shown.contains(names["Closest"])
    qtbot.waitUntil(lambda: shown.contains(_names(window.scene)["Friends"]))
    assert _on_its_circle(window.scene, _names(window.scene)["Friends"], "friends")


def test_a_name_brought_into_sight_keeps_clear_of_the_legend_at_any_zoom(qtbot, own_copy):
    """The legend keeps its size on screen while the map is zoomed out to fit, so in the scene it
    covers more than its size at 100%: example 01 fitted at 1280 x 706 put "Paid helpers" half under
    the open legend's right edge. No circle's name drawn in sight is under the legend on screen."""
    from pathlib import Path

    window = open_window(qtbot)
    window.resize(1280, 706)
    example = Path(__file__).parents[1] / "examples" / "01-rivera-family.ecomap"
    assert window.files.load_path(str(own_copy(example)))
    view = window.view
    with qtbot.waitSignal(view.fitted):
        view.zoom_to_fit()
    assert view.zoom() < 0.9  # the legend is then larger in the scene than its box at 100% says
    legend = window.scene.legend_item()
    qtbot.waitUntil(lambda: legend.isVisible() and legend.fold() == "open")
    on_screen = legend.deviceTransform(view.viewportTransform()).mapRect(legend.boundingRect())
    rings = window.scene.ring_item()
    shown = _shown(view)
    for name, rect in zip(rings.ring_names(), rings.name_rects()):
        scene_rect = rings.mapRectToScene(rect)
        if shown.intersects(scene_rect):
            drawn = view.mapFromScene(scene_rect).boundingRect()
            assert not drawn.intersects(on_screen.toAlignedRect()), name


def test_a_name_brought_into_sight_stays_put_while_the_map_is_scrolled(qtbot):
    """Zoomed in on the family and scrolled down a step at a time (the scroll bar's own steps, as the
    wheel and the arrow keys make them): "Closest" went to the nearest place in sight at every step,
    sliding along its circle under the user's hand, and "Friends" jumped across the canvas though its
    place was still in sight. A name now stays while its place is in sight, and where it must move it
    goes far enough in that the next step does not move it again."""
    circle_of, c, view, bar = _zoomed_in_on_the_family(qtbot)
    before = _names(c.scene)
    moved_last: set[str] = set()
    moves = 0
    for _step in range(24):
        bar.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
        shown = _shown(view)
        now = _names(c.scene)
        moved = {name for name in now if now[name] != before[name] and shown.intersects(now[name])}
        for name in moved:
            assert not shown.contains(before[name]), f"{name} moved though its place was in sight"
            assert name not in moved_last, f"{name} moved at two steps in a row"
            assert shown.contains(now[name]) and _on_its_circle(c.scene, now[name], circle_of[name])
        moves += len(moved)
        moved_last, before = moved, now
    assert moves  # the pan did carry names out of sight: they were brought back in


def _names_on_words(window) -> list[tuple[str, str]]:
    """Each circle's name on screen that meets a comparison's words on screen, with those words."""
    from ecomap_desktop.canvas.items import item_types

    scene = window.scene
    shown = _shown(window.view)
    words = [item for item in scene.items(shown)
             if item.type() == item_types.COMPARE_TAG and item.isVisible()]
    return [(name, tag.text) for name, rect in _names(scene).items() if shown.intersects(rect)
            for tag in words if tag.mapRectToScene(tag.box()).intersects(rect.intersected(shown))]


def test_a_name_brought_into_sight_keeps_clear_of_a_comparisons_words(qtbot, own_copy):
    """The three visits' example compared in the parent view at 1280 x 720, scrolled a step at a time
    down, up and sideways: "Friends", brought onto the part of its circle in sight, sat on the words
    of a changed line ("now “A big help”"), a person's ("closer") or a ghost's ("ended"). No circle's
    name on screen meets a comparison's words now, at any step."""
    from compare_support import THREE_VISITS, wait_comparison_settled

    window = open_window(qtbot)
    window.resize(1228, 660)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1228, 660))
    assert window.files.load_path(str(own_copy(THREE_VISITS)))
    with qtbot.waitSignal(window.view.zoom_changed):
        window.conversation.parent_view.action.trigger()
    window.compare.set_comparing(True)
    wait_comparison_settled(qtbot, window)
    assert _names_on_words(window) == []
    view = window.view
    steps = QAbstractSlider.SliderAction.SliderSingleStepAdd, QAbstractSlider.SliderAction.SliderSingleStepSub
    for bar in (view.verticalScrollBar(), view.horizontalScrollBar()):
        for step in steps:
            for _ in range(30):
                bar.triggerAction(step)
                assert _names_on_words(window) == [], bar.value()


def test_after_a_wheel_step_the_names_stand_where_the_new_view_puts_them(qtbot):
    """A zoom step scrolls the view more than once on its way (the zoom, the point kept under the
    pointer, the scroll bars): the circles' names are placed once, after it, for the view as the
    step leaves it, before anything else happens (no waiting: the next paint shows them)."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    c = make_canvas(qtbot)
    view = c.view
    top = _names(c.scene)["Friends"]
    assert _shown(view).contains(top)

    def wheel(steps: int) -> None:
        pointer = QPoint(view.viewport().width() // 2, view.viewport().height() // 2)
        event = QWheelEvent(QPointF(pointer), QPointF(view.viewport().mapToGlobal(pointer)), QPoint(0, 0),
                            QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(view.viewport(), event)

    wheel(1)  # 1.0 -> 1.25: the top of the circle of friends leaves the canvas; its sides cross it
    shown = _shown(view)
    assert not shown.contains(top) and shown.left() < -style.RING_RADII["friends"]
    friends = _names(c.scene)["Friends"]
    assert shown.contains(friends) and _on_its_circle(c.scene, friends, "friends")
    wheel(-1)  # back: the paper's place is in sight again, and the name is there
    assert _names(c.scene)["Friends"] == top


def test_once_the_view_stands_still_a_name_moved_aside_comes_back_nearer_its_own_place(qtbot):
    """Zoomed in on the family, scrolled down a step at a time and then a few steps back up: the names
    brought into sight stay put while the view moves, and stayed there once it had stopped, far round
    their circles ("Closest" at the bottom, its own place the top, with places much nearer the top in
    sight). Once the view stands still, each goes where that view alone puts it when that is nearer
    its own place (none goes further round), and stays on its circle, in sight."""
    circle_of, c, view, bar = _zoomed_in_on_the_family(qtbot)
    for _step in range(30):  # no event is handled in between: the view never stands still
        bar.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)
    for _step in range(6):
        bar.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepSub)
    shown = _shown(view)

    def from_the_top() -> dict[str, float]:
        """How far round from its own place (the top of its circle, for every circle here) each name
        in sight stands, in degrees."""
        out = {}
        for name, rect in _names(c.scene).items():
            if shown.contains(rect):
                middle = rect.center() - c.scene.ring_item().scenePos()
                out[name] = abs(math.degrees(math.atan2(middle.x(), -middle.y())))
        return out

    moving = from_the_top()
    assert moving["Closest"] > 150  # moved aside to the bottom during the pan
    qtbot.waitUntil(lambda: from_the_top() != moving)
    still = from_the_top()
    assert set(still) == set(moving)
    assert all(still[name] <= moving[name] for name in still)
    assert still["Closest"] < moving["Closest"] - 30
    for name, rect in _names(c.scene).items():
        if name in still:
            assert shown.contains(rect) and _on_its_circle(c.scene, rect, circle_of[name])
