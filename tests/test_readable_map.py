"""The map as a parent reads it from beside the worker: in the parent view names never smaller than the
window's ordinary text (the worker's panels), the whole map and its legend in view when it fits so, the
legend and arrows saying where it goes on when it does not; and a legend that never covers a person, a
group or a line, in either view, after fitting, zooming and panning."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtWidgets import QApplication

from ecomap_desktop import style
from ecomap_desktop.ui.editor.legend_place import NAME_ROOM_PX
from readable_support import (EXAMPLES, all_in_view, covered, legend_on_screen, name_px, near_the_legend,
                              open_map, outlines_on_screen, panel_px)
from window_support import open_window, touches, wait_past, wait_settled

RIVERA = EXAMPLES / "01-rivera-family.ecomap"
CASELOAD = EXAMPLES / "02-agency-caseload-map.ecomap"
CTRL = Qt.KeyboardModifier.ControlModifier


def _ink_height(window, node_id: str) -> int:
    """How many rows of device pixels the name of *node_id* darkens on screen."""
    view, item = window.view, window.scene.node_item(node_id)
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    rect = view.mapFromScene(item.mapToScene(item.text_rect())).boundingRect()
    rows = set()
    for y in range(int(rect.top() * ratio), int(rect.bottom() * ratio) + 1):
        for x in range(int(rect.left() * ratio), int(rect.right() * ratio) + 1):
            if 0 <= x < image.width() and 0 <= y < image.height() and image.pixelColor(x, y).lightness() < 90:
                rows.add(y)
                break
    return max(rows) - min(rows) + 1 if rows else 0


def _node_named(window, name: str) -> str:
    doc = window.document
    return next(n for n in doc.node_ids() if doc.node(n)["label"] == name)


def _parent_view_on(window, qtbot) -> float:
    """Switch the parent view on with its shortcut; the worker's panel text size (the window's ordinary
    text, device pixels), measured before."""
    ordinary = panel_px(window)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)  # its shortcut
    assert window.conversation.parent_view.is_on()
    assert panel_px(window) > ordinary  # the panels' text grew
    zoom = window.view.zoom()
    qtbot.waitUntil(lambda: window.view.zoom() != zoom)  # fitted again for the bigger names
    # The bars round the canvas grow after that fit, and the map is fitted again and the legend placed
    # on the next turn: on a busy machine the fit above was seen before those came round.
    wait_settled(qtbot, window.view)
    return ordinary


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_parent_view_names_are_never_smaller_than_the_windows_ordinary_text(qtbot, own_copy, size):
    window = open_map(qtbot, own_copy(RIVERA), *size)
    jess = _node_named(window, "Jess")
    worker_ink = _ink_height(window, jess)
    assert name_px(window) < panel_px(window)  # the worker's fitted map: small names, all in view

    ordinary = _parent_view_on(window, qtbot)
    assert name_px(window) >= ordinary - 0.01
    # Drawn so: "Jess" in Noto Sans is a capital's height, 0.71 of the em, tall (0.5 at the worker's).
    ink = _ink_height(window, jess)
    assert ink >= 0.66 * ordinary and ink > worker_ink * 1.15
    # The map takes the canvas: its middle is in view, the family with it.
    viewport = window.view.viewport().rect()
    family = window.view.mapFromScene(window.scene.node_item(window.document.centre_id).pos())
    assert viewport.adjusted(100, 100, -100, -100).contains(family)

    # Zooming out with the keyboard stops where names would become smaller than that.
    for _ in range(4):
        qtbot.keyClick(window.view, Qt.Key.Key_Minus, CTRL)
    assert name_px(window) >= ordinary - 0.01
    # The worker's view zooms out as far as the worker likes.
    qtbot.keyClick(window.view, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    for _ in range(4):
        qtbot.keyClick(window.view, Qt.Key.Key_Minus, CTRL)
    assert name_px(window) < ordinary


def test_the_parent_views_names_follow_the_text_size_setting(qtbot, own_copy):
    window = open_map(qtbot, own_copy(RIVERA))
    window.accessibility.display.text_size_actions["larger"].trigger()
    ordinary = _parent_view_on(window, qtbot)
    assert ordinary > 16  # the larger text...
    assert name_px(window) >= ordinary - 0.01  # ...and names as big


# Maps that fit with room to spare, whatever the fonts. The three-visit example at 1280x720 fits with a
# few pixels to spare, so whether it shows whole depends on the machine's fonts (test_parent_view_fit.py
# holds it to showing whole or clearly scrolling).
@pytest.mark.parametrize("path, size", [(RIVERA, (1366, 768)), (RIVERA, (1280, 720)),
                                        (EXAMPLES / "03-rivera-family-three-visits.ecomap", (1366, 768))])
def test_the_parent_view_shows_a_map_that_fits_whole_with_its_legend(qtbot, own_copy, path, size):
    window = open_map(qtbot, own_copy(path), *size)
    assert all_in_view(window)
    legend = window.scene.legend_item()
    ordinary = _parent_view_on(window, qtbot)
    assert ordinary - 0.01 <= name_px(window) < panel_px(window)  # smaller than the panels: whole
    assert all_in_view(window)  # every person and group, whole, with no scrolling
    assert legend.fold() in ("open", "folded") and not covered(window)
    assert QRectF(window.view.viewport().rect()).contains(legend_on_screen(window))
    assert not any(arrow.isVisible() for arrow in window.view.more_arrows().values())  # nothing more


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_a_map_too_big_for_readable_names_keeps_its_legend_in_view_and_shows_where_it_goes_on(
        qtbot, own_copy, size):
    window = open_map(qtbot, own_copy(CASELOAD), *size)
    view, legend = window.view, window.scene.legend_item()
    assert all_in_view(window) and legend.fold() in ("open", "folded")  # the worker's view: the whole map
    assert not any(arrow.isVisible() for arrow in view.more_arrows().values())
    ordinary = _parent_view_on(window, qtbot)
    assert not all_in_view(window)  # 60 people at a readable size do not fit
    # It scrolls anyway, so names are as large as the parent view's panel text, not just the ordinary.
    assert name_px(window) >= panel_px(window) - 0.01 > ordinary
    # The legend, folded to its title if need be, stays in view, clear of the map.
    assert legend.fold() in ("open", "folded") and not covered(window)
    assert QRectF(view.viewport().rect()).contains(legend_on_screen(window))
    # An arrow on each side the map goes on past; pressing one brings more of the map into view.
    arrows = view.more_arrows()
    shown = {side for side, arrow in arrows.items() if arrow.isVisible()}
    assert shown
    for side in shown:
        assert view.rect().contains(arrows[side].geometry())
    side = sorted(shown)[0]
    before = view.mapToScene(view.viewport().rect()).boundingRect()
    qtbot.mouseClick(arrows[side], Qt.MouseButton.LeftButton)
    after = view.mapToScene(view.viewport().rect()).boundingRect()
    moved = {"left": before.left() - after.left(), "right": after.right() - before.right(),
             "up": before.top() - after.top(), "down": after.bottom() - before.bottom()}[side]
    across = view.viewport().width() if side in ("left", "right") else view.viewport().height()
    assert moved > across / view.zoom() / 4  # about half a window's worth (less at the map's end)
    assert window.undo_stack.count() == 0  # looking around is no edit
    # Back in the worker's view the whole map fits again, and the arrows go.
    qtbot.keyClick(view, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: all_in_view(window))
    assert not any(arrow.isVisible() for arrow in arrows.values())


# ----- the legend covers nothing ---------------------------------------------------------------------


def _pan(window, qtbot, dx: int, dy: int) -> None:
    viewport = window.view.viewport()
    start = viewport.rect().center()
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(viewport, start + QPoint(dx * step // 4, dy * step // 4))
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=start + QPoint(dx, dy))


@pytest.mark.parametrize("path", [RIVERA, CASELOAD])
def test_the_legend_never_covers_the_map_after_fit_zoom_and_pan(qtbot, own_copy, path):
    window = open_map(qtbot, own_copy(path))
    legend = window.scene.legend_item()
    assert legend.fold() == "open" and not covered(window)  # fitted with room for the whole legend
    seen = set()
    for _ in range(4):  # zoomed in until the map fills every corner
        qtbot.keyClick(window.view, Qt.Key.Key_Plus, CTRL)
        assert not covered(window)
        seen.add(legend.fold())
    for dx, dy in ((300, 0), (0, -250), (-500, 200)):
        _pan(window, qtbot, dx, dy)
        assert not covered(window)
        seen.add(legend.fold())
    assert seen & {"folded", "away"}  # somewhere it had to step aside
    _parent_view_on(window, qtbot)
    assert not covered(window)
    _pan(window, qtbot, -200, -150)
    assert not covered(window)
    qtbot.keyClick(window.view, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: legend.fold() == "open")  # the worker's fitted view has room for it again
    assert not covered(window)


# Windows where a fitted map came within 3 to 7 pixels of the legend (as if a name were one of its rows),
# in the worker's view or the parent view; the real window at 1280 x 720 left one 2 pixels from it.
THREE_VISITS = EXAMPLES / "03-rivera-family-three-visits.ecomap"


@pytest.mark.parametrize("path, size, room_in_parent_view", [
    (THREE_VISITS, (1228, 660), True), (THREE_VISITS, (1366, 768), True), (CASELOAD, (1366, 768), True),
    (CASELOAD, (1300, 700), True),
    # Here no corner has that room without scrolling the family off the canvas (the test below): the
    # title stands in the corner that is just clear, as it did before the room was kept.
    (CASELOAD, (1228, 660), False)])
def test_the_legend_keeps_a_clear_room_from_every_name(qtbot, own_copy, path, size, room_in_parent_view):
    window = open_map(qtbot, own_copy(path), *size)
    legend = window.scene.legend_item()
    assert legend.fold() in ("open", "folded")
    assert near_the_legend(window, NAME_ROOM_PX - 0.5) == []
    _parent_view_on(window, qtbot)
    assert legend.fold() in ("open", "folded")
    if room_in_parent_view:
        assert near_the_legend(window, NAME_ROOM_PX - 0.5) == []
    else:
        assert not covered(window)


def test_the_legend_moves_to_a_clear_corner_before_it_folds(qtbot, own_copy):
    window = open_map(qtbot, own_copy(RIVERA))
    view, scene, legend = window.view, window.scene, window.scene.legend_item()
    assert view.legend_placer().corner() == "bottom_left"
    # Someone dragged to where the legend is: it moves to another corner, whole.
    box = legend_on_screen(window)
    person = scene.node_item(_node_named(window, "Jess"))
    start = view.mapFromScene(person.pos())
    target = box.center().toPoint()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view.viewport(), start + (target - start) * step / 5)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    qtbot.waitUntil(lambda: view.legend_placer().corner() != "bottom_left")
    assert legend.fold() == "open" and not covered(window)
    assert QRectF(view.viewport().rect()).contains(legend_on_screen(window))
    assert window.undo_stack.count() == 1  # the person was moved; the legend's place is no edit


def test_a_click_opens_the_folded_legend_until_the_map_moves(qtbot, own_copy):
    window = open_map(qtbot, own_copy(RIVERA))
    view, legend = window.view, window.scene.legend_item()
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
    qtbot.waitUntil(lambda: legend.fold() == "folded")
    # A finger or a reader: no click; and the keys that do the same.
    assert legend.toolTip().startswith("Choose the legend, or press Shift+L, to open it")
    title = legend_on_screen(window).center().toPoint()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=title)
    assert legend.fold() == "open" and view.legend_placer().opened_by_hand()  # asked for: over the map
    assert window.scene.selected_node_ids() == [] and window.undo_stack.count() == 0
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=title)
    assert legend.fold() == "folded"  # a second click folds it
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=title)
    assert legend.fold() == "open"
    _pan(window, qtbot, 40, 30)  # the map moves: it takes a clear corner again, or folds
    assert not view.legend_placer().opened_by_hand() and not covered(window)


def _pairs_touching(shapes) -> int:
    """Pairs of outlines (x, y, half width, half height, corner) that overlap: circles as circles."""
    import math

    def round_(s):
        return s[4] >= s[2] and s[2] == s[3]

    count = 0
    for i, a in enumerate(shapes):
        for b in shapes[i + 1:]:
            if round_(a) and round_(b):
                hit = math.hypot(a[0] - b[0], a[1] - b[1]) < a[2] + b[2]
            elif not round_(a) and not round_(b):
                hit = abs(a[0] - b[0]) < a[2] + b[2] and abs(a[1] - b[1]) < a[3] + b[3]
            else:
                c, r = (a, b) if round_(a) else (b, a)
                gap = math.hypot(max(abs(c[0] - r[0]) - r[2], 0), max(abs(c[1] - r[1]) - r[3], 0))
                hit = gap < c[2]
            count += hit
    return count


def test_on_a_crowded_map_the_parent_view_zooms_in_rather_than_grow_shapes_into_each_other(qtbot, own_copy):
    window = open_map(qtbot, own_copy(CASELOAD))
    scene, view = window.scene, window.view
    ordinary = _parent_view_on(window, qtbot)
    assert name_px(window) >= ordinary - 0.01  # readable all the same
    drawn = [(item.x(), item.y(), *item.outline()) for item in scene.node_items()]
    plain = [(item.x(), item.y(), *item.outline_at(scene.text_scale())) for item in scene.node_items()]
    grown = [(item.x(), item.y(), *item.outline_at(scene.text_scale() * style.LABEL_MAX_BOOST))
             for item in scene.node_items()]
    assert _pairs_touching(drawn) <= _pairs_touching(plain) < _pairs_touching(grown)
    assert view.horizontalScrollBar().isVisible() and view.verticalScrollBar().isVisible()  # it scrolls


def test_a_map_with_room_keeps_the_full_boost_in_the_parent_view(qtbot, own_copy):
    window = open_map(qtbot, own_copy(RIVERA))
    _parent_view_on(window, qtbot)
    scene = window.scene
    assert scene.text_boost() == pytest.approx(scene.text_scale() * style.LABEL_MAX_BOOST)
    assert _pairs_touching([(i.x(), i.y(), *i.outline()) for i in scene.node_items()]) == 0


def test_a_finger_tap_opens_the_folded_legend_too(qtbot, own_copy):
    from PySide6.QtTest import QTest

    from window_support import touch_screen

    window = open_map(qtbot, own_copy(RIVERA))
    view, legend = window.view, window.scene.legend_item()

    def tap(widget, point) -> None:  # sent to the window, as a touch screen does
        where = widget.mapTo(window, point)
        # A tap: no timer fires between the press and the lift (window_support.Finger).
        touches(window).press(0, where, window).commit(False)
        QTest.touchEvent(window, touch_screen()).release(0, where, window).commit()
        wait_past(qtbot, 0)  # what the tap set off for the next turn has run

    status = window.statusBar()
    tap(status, status.rect().center())  # the first touch turns touch mode on (the toolbar grows)
    qtbot.waitUntil(window.touch_mode.is_on)
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
    qtbot.waitUntil(lambda: legend.fold() == "folded")
    tap(view.viewport(), legend_on_screen(window).center().toPoint())
    assert legend.fold() == "open" and view.legend_placer().opened_by_hand()
    assert window.scene.selected_node_ids() == [] and window.undo_stack.count() == 0
    # Not a double tap: the second tap comes after the double-click time, however busy the machine.
    wait_past(qtbot, QApplication.styleHints().mouseDoubleClickInterval())
    tap(view.viewport(), legend_on_screen(window).center().toPoint())
    assert legend.fold() == "folded"


def test_the_maps_arrows_and_the_details_hint_say_choose_not_click(qtbot):
    """A parent may use a finger, a worker the keyboard or a screen reader: the arrows where the map
    goes on and the Details hint said "click"."""
    window = open_window(qtbot)
    for arrow in window.view.more_arrows().values():
        assert "choose this arrow" in arrow.toolTip() and "click" not in arrow.toolTip().lower()
        # A reader hears what the arrow is, then what it does and its keys (not its tooltip twice).
        assert arrow.accessibleName().startswith("More of the map") and "click" not in arrow.accessibleName()
        assert arrow.accessibleDescription().startswith("Scrolls the map to show it. Shortcut: ")
    assert window.properties.map_hint_text() == "Choose a person, group or line on the map to change it here."


def test_parent_view_household_names_are_no_smaller_than_the_windows_text(qtbot, own_copy):
    window = open_map(qtbot, own_copy(RIVERA))
    ordinary = _parent_view_on(window, qtbot)
    centre = window.scene.node_item(window.document.centre_id)
    assert "Sofía (9), Mateo (4)" in " ".join(centre.text_lines())  # the household is drawn
    # The household's em on screen, in device pixels, as _name_px reads a person's name.
    household_px = (style.HOUSEHOLD_FONT_SIZE * window.scene.text_boost() * window.view.zoom()
                    * window.devicePixelRatioF())
    assert household_px >= ordinary - 0.5
    assert household_px >= name_px(window) - 0.5  # no smaller than any other name on the map


def test_a_map_opened_in_the_parent_view_shows_whole_with_its_legend(qtbot, own_copy):
    window = open_window(qtbot)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    ordinary = panel_px(window)
    window.conversation.parent_view.action.trigger()
    assert window.files.load_path(str(own_copy(RIVERA)))  # opened with the parent beside the worker
    qtbot.waitUntil(lambda: window.scene.legend_item().fold() in ("open", "folded"))
    assert name_px(window) >= ordinary - 0.01
    assert all_in_view(window) and not covered(window)
    assert QRectF(window.view.viewport().rect()).contains(legend_on_screen(window))


@pytest.mark.parametrize("size", [(1228, 660), (1280, 720), (1366, 768)])
def test_the_parent_view_never_scrolls_the_family_off_the_canvas_to_clear_a_corner(qtbot, own_copy, size):
    """1228 x 660 is the window a 1280 x 720 screen leaves: the caseload map, scrolled there until a
    corner had room for the legend's title, pushed the family's circle half off the bottom edge."""
    window = open_map(qtbot, own_copy(CASELOAD), *size)
    _parent_view_on(window, qtbot)
    family = outlines_on_screen(window)[window.document.centre_id]
    assert QRectF(window.view.viewport().rect()).contains(family)
    legend = window.scene.legend_item()
    assert legend.fold() in ("open", "folded") and not covered(window)  # and the title is still there
    assert QRectF(window.view.viewport().rect()).contains(legend_on_screen(window))
