"""The parent view shows the whole map, or clearly scrolls: on opening a map in it and on switching to
it, every person and group is in view with names at least the window's ordinary size, or else (a map
too big for that) names are as large as the panels' text, an arrow shows on every side the map goes
on past, and the legend stays in view, covering nothing. Whatever fonts the machine has."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QApplication

from ecomap_desktop import i18n

from readable_support import (EXAMPLES, all_in_view, covered, legend_on_screen, name_px, open_map,
                              outlines_on_screen, panel_px)
from window_support import open_window

MAPS = sorted(EXAMPLES.glob("0[1-3]-*.ecomap"))


def _settled(qtbot, view) -> None:
    """Wait until the view has done what follows a change of size or a fit: the posted layout events
    are delivered and no refit or legend placement is still due (both are 0-ms timers)."""
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not view._refit_timer.isActive() and not view._legend_timer.isActive())
    QApplication.processEvents()  # what the last timer's work posted (the arrows' repaint)
    assert not view._refit_timer.isActive()


def _enter(qtbot, path, size, entry: str):
    """A window of *size* in the parent view with the map at *path*, and the worker's panel text size
    (the window's ordinary text). *entry*: "open" opens the map in the parent view, "switch" switches
    to the parent view with the map open."""
    if entry == "switch":
        window = open_map(qtbot, path, *size)
        ordinary = panel_px(window)
        with qtbot.waitSignal(window.view.zoom_changed):  # fitted again, for bigger names
            window.conversation.parent_view.action.trigger()
    else:
        window = open_window(qtbot)
        window.resize(*size)
        qtbot.waitUntil(lambda: window.width() == size[0])
        ordinary = panel_px(window)
        with qtbot.waitSignal(window.view.zoom_changed):  # the switch's fit, of the empty map
            window.conversation.parent_view.action.trigger()
        assert window.files.load_path(str(path))
    _settled(qtbot, window.view)  # the legend, the arrows and any refit follow the fit
    assert window.conversation.parent_view.is_on()
    return window, ordinary


def _sides_cut(window) -> set[str]:
    """The edges of the canvas past which some person or group goes (by more than a rounding pixel)."""
    viewport = QRectF(window.view.viewport().rect()).adjusted(-1, -1, 1, 1)
    sides = set()
    for rect in outlines_on_screen(window).values():
        sides |= {side for side, past in (("left", rect.left() < viewport.left()),
                                          ("right", rect.right() > viewport.right()),
                                          ("up", rect.top() < viewport.top()),
                                          ("down", rect.bottom() > viewport.bottom())) if past}
    return sides


@pytest.mark.parametrize("entry", ["open", "switch"])
@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)], ids=["1366x768", "1280x720"])
@pytest.mark.parametrize("path", MAPS, ids=[p.name[:2] for p in MAPS])
def test_the_parent_view_shows_the_whole_map_or_clearly_scrolls(qtbot, own_copy, path, size, entry):
    window, ordinary = _enter(qtbot, own_copy(path), size, entry)
    view, legend = window.view, window.scene.legend_item()
    arrows = {side for side, arrow in view.more_arrows().items() if arrow.isVisible()}
    # The legend, folded to its title if need be, is in view and covers no one, either way.
    assert legend.fold() in ("open", "folded") and not covered(window)
    assert QRectF(view.viewport().rect()).contains(legend_on_screen(window))
    if all_in_view(window):  # the whole map, names at least the window's ordinary size
        assert name_px(window) >= ordinary - 0.01
        assert not arrows  # nothing more to see
        assert "More of the map" not in view.accessibleDescription()
    else:  # it scrolls: names as large as the panels' text, and an arrow where it goes on
        assert name_px(window) >= panel_px(window) - 0.01 > ordinary
        assert arrows >= _sides_cut(window)
        assert not _names_under_arrows(window)  # every name still reads
        # A screen reader hears it with the canvas: which ways the map goes on, and how to get there.
        told = view.accessibleDescription()
        assert "More of the map is past the edge" in told and "arrow keys scroll" in told
        assert ("below" in told) == ("down" in arrows) and ("to the left" in told) == ("left" in arrows)


def _names_under_arrows(window) -> list[str]:
    """The names (on screen) that a shown arrow covers: a person's or group's, or a circle's."""
    view, covered_names = window.view, []
    rings = window.scene.ring_item()
    circles = list(zip(rings.ring_names(), rings.name_rects())) if rings.isVisible() else []
    for arrow in view.more_arrows().values():
        if not arrow.isVisible():
            continue
        box = QRectF(arrow.geometry().translated(-view.viewport().pos()))
        for item in window.scene.node_items():
            name = view.mapFromScene(item.mapToScene(item.text_rect())).boundingRect()
            if box.intersects(QRectF(name)):
                covered_names.append(item.label)
        for circle, rect in circles:
            if box.intersects(QRectF(view.mapFromScene(rings.mapRectToScene(rect)).boundingRect())):
                covered_names.append(circle)
    return covered_names


# The 60-person example scrolls at either size, whatever the fonts (the others may show whole).
@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)], ids=["1366x768", "1280x720"])
def test_the_arrows_cover_no_name_as_the_map_scrolls_and_stay_on_their_edges(qtbot, own_copy, size):
    window, _ordinary = _enter(qtbot, own_copy(EXAMPLES / "02-agency-caseload-map.ecomap"), size, "switch")
    view = window.view
    port = view.viewport().geometry()
    seen = 0
    for side in ("right", "down", "left", "up", "right", "down"):  # press them in turn, as a parent might
        arrow = view.more_arrows()[side]
        if not arrow.isVisible():
            continue
        before = view.mapToScene(view.viewport().rect().center())
        qtbot.mouseClick(arrow, Qt.MouseButton.LeftButton)
        assert view.mapToScene(view.viewport().rect().center()) != before  # more of the map came in
        seen += 1
        assert not _names_under_arrows(window)
        for shown_side, shown in view.more_arrows().items():
            if shown.isVisible():  # at its own edge of the canvas, whatever place along it it took
                box = shown.geometry()
                edge = {"left": box.left() - port.left(), "right": port.right() - box.right(),
                        "up": box.top() - port.top(), "down": port.bottom() - box.bottom()}[shown_side]
                assert 0 <= edge <= 8 and port.contains(box)
    assert seen >= 3
    assert window.undo_stack.count() == 0  # looking around is no edit


def test_a_screen_reader_is_told_in_spanish_that_the_map_goes_on(qtbot, own_copy):
    i18n.install("es")
    try:
        caseload = own_copy(EXAMPLES / "02-agency-caseload-map.ecomap")
        window, _ordinary = _enter(qtbot, caseload, (1280, 720), "switch")
        told = window.view.accessibleDescription()
        window.undo_stack.setClean()
        window.close()
    finally:
        i18n.install("en")
    assert "More of the map" not in told and "arrow keys" not in told
    assert "abajo" in told and "flecha" in told


def test_an_arrow_slides_off_a_name_keeps_its_place_and_lets_a_name_show_through_where_it_must(
        qtbot, monkeypatch):
    from ecomap_desktop.ui.editor import more_map

    window = open_window(qtbot)
    view = window.view
    arrow = view.more_arrows()["down"]
    middle_x = view.viewport().geometry().center().x() - more_map.SIZE // 2

    def names_at(*xs):  # a name under every place whose left edge is one of *xs*, nothing elsewhere
        monkeypatch.setattr(more_map, "under", lambda _view, rect: more_map.NAME if rect.x() in xs
                            else more_map.CLEAR)

    names_at(middle_x)  # a name under the middle of the bottom edge
    more_map.place_arrows(view, view.more_arrows(), {"down"})
    assert arrow.isVisible() and abs(arrow.x() - middle_x) == more_map.SLIDE_STEP  # the nearest clear place
    assert not arrow.graphicsEffect().isEnabled()
    slid = arrow.x()
    names_at()  # the middle is clear again: the arrow stays where it is while its place stays clear
    more_map.place_arrows(view, view.more_arrows(), {"down"})
    assert arrow.x() == slid
    monkeypatch.setattr(more_map, "under", lambda _view, rect: more_map.NAME)  # names all along the edge
    more_map.place_arrows(view, view.more_arrows(), {"down"})
    assert arrow.x() == middle_x and arrow.graphicsEffect().isEnabled()  # in the middle, see-through
    names_at()
    more_map.place_arrows(view, view.more_arrows(), {"down"})
    assert arrow.x() == middle_x and not arrow.graphicsEffect().isEnabled()
    more_map.place_arrows(view, view.more_arrows(), set())
    assert not arrow.isVisible()


def test_the_parent_view_fits_again_when_the_canvas_shrinks_before_anyone_looks_around(qtbot, own_copy):
    window, ordinary = _enter(qtbot, own_copy(EXAMPLES / "01-rivera-family.ecomap"), (1366, 768), "switch")
    view = window.view
    assert all_in_view(window)
    zoom = view.zoom()
    window.resize(1366, 660)  # the canvas loses height, as when the bars round it grow after a fit
    qtbot.waitUntil(lambda: view.zoom() < zoom)  # fitted again: still the whole map
    _settled(qtbot, view)
    assert all_in_view(window) and name_px(window) >= ordinary - 0.01 and not covered(window)
    # Once someone has looked around, a change of size leaves the map where they put it.
    view.setFocus()
    before = view.mapToScene(view.viewport().rect().center())
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)  # with nothing selected the arrow keys scroll
    assert view.mapToScene(view.viewport().rect().center()).x() > before.x() + 10
    zoom = view.zoom()
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: view.viewport().height() > 600)
    _settled(qtbot, view)
    assert view.zoom() == zoom


def test_an_edit_in_the_parent_view_leaves_the_view_where_it_was(qtbot, own_copy):
    """A person dragged or added past the edge of the fitted map, and undone, neither re-zooms nor moves
    the view, even though each makes a scroll bar come or go (the canvas's inside changes size)."""
    window, _ordinary = _enter(qtbot, own_copy(EXAMPLES / "01-rivera-family.ecomap"), (1366, 768), "switch")
    view, scene = window.view, window.scene
    assert all_in_view(window)
    zoom, corner = view.zoom(), view.mapToScene(0, 0)
    bar_room = view.verticalScrollBar().sizeHint().width()

    def unmoved() -> bool:
        """The same zoom, and the same part of the map at the canvas's top left (give or take half a
        scroll bar: the canvas keeps its middle as a bar narrows it, as Qt's view does)."""
        shift = view.mapToScene(0, 0) - corner
        across, down = abs(shift.x()) * zoom, abs(shift.y()) * zoom
        return view.zoom() == zoom and across <= bar_room / 2 + 1 and down <= 1

    lowest = max(scene.node_items(), key=lambda item: item.y())
    start = view.mapFromScene(lowest.pos())
    end = start + QPointF(0, view.viewport().height() - 2 - start.y()).toPoint()  # to the bottom edge
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view.viewport(), start + (end - start) * step / 5)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert window.undo_stack.count() == 1  # a move, as the user made it
    bar = view.verticalScrollBar
    _settled(qtbot, view)
    assert unmoved()
    assert bar().isVisible()  # the map goes past the bottom now: the canvas's inside lost a bar's width
    window.undo_stack.undo()  # back where it was: the bar goes, the view stays
    _settled(qtbot, view)
    assert unmoved() and all_in_view(window) and not bar().isVisible()
    below = view.mapToScene(0, view.viewport().height() + 80)
    window.document.add_node({"label": "Someone new", "kind": "person", "x": lowest.x(), "y": below.y()})
    _settled(qtbot, view)
    assert unmoved() and bar().isVisible()


def test_after_an_edit_a_change_of_window_size_leaves_the_view_alone(qtbot, own_copy):
    window, _ordinary = _enter(qtbot, own_copy(EXAMPLES / "01-rivera-family.ecomap"), (1366, 768), "switch")
    view = window.view
    middle = view.mapToScene(view.viewport().rect().center())
    window.document.add_node({"label": "Someone new", "kind": "person", "x": middle.x(), "y": middle.y()})
    _settled(qtbot, view)
    zoom = view.zoom()
    window.resize(1366, 660)  # the canvas loses height: with no edit since the fit it would fit again
    qtbot.waitUntil(lambda: view.viewport().height() < 600)
    _settled(qtbot, view)
    assert view.zoom() == zoom


def test_a_scroll_bar_that_comes_with_no_change_of_window_size_leaves_the_view_alone(qtbot, own_copy):
    """Only the canvas widget's own size counts: Qt reports the inside's resizes (a scroll bar coming or
    going) to the same handler, and fitting again then re-zoomed the map under the user's hand."""
    window, _ordinary = _enter(qtbot, own_copy(EXAMPLES / "01-rivera-family.ecomap"), (1366, 768), "switch")
    view = window.view
    height, fits = view.viewport().height(), []
    view.zoom_changed.connect(fits.append)  # a fit zooms (if only to the same zoom) and says so
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    qtbot.waitUntil(lambda: view.viewport().height() < height)
    _settled(qtbot, view)
    assert fits == []  # not fitted again
