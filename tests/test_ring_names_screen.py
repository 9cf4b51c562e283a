"""A circle of support's name stands where the paper puts it on the canvas too (one rule,
ring_places.ring_name_angles, at the paper's text size), and never hides the flow of support or a
person's name, on screen or on paper."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from export_support import RecordingPainter
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF
from ring_names_support import TOLERANCE, names_in_picture, names_on_paper, rosa_just_above_closest

from canvas_support import make_canvas
from ecomap_desktop import i18n, style
from ecomap_desktop.export.compose import page as compose
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.i18n import export_language
from window_support import open_window

EXAMPLES = sorted((Path(__file__).parents[1] / "examples").glob("*.ecomap"))


def _on_canvas(scene) -> list[tuple[float, float]]:
    """Each circle's name's middle on the canvas, from the circles' centre, in scene units."""
    return [(r.center().x(), r.center().y()) for r in scene.ring_item().name_rects()]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_canvas_puts_each_circles_name_where_the_paper_and_the_picture_do(qtbot, own_copy, tmp_path,
                                                                              example, language):
    """Example 01's names stood at 30, -15, -30 and 0 degrees on the canvas and at 15, -15, 0 and 0 on
    paper (the canvas measured its names as drawn, against the people's boxes, not the arrowheads)."""
    i18n.install(language)
    try:
        _canvas_against_paper(qtbot, own_copy, tmp_path, example, language)
    finally:
        i18n.install("en")


def _canvas_against_paper(qtbot, own_copy, tmp_path, example: Path, language: str) -> None:
    window = open_window(qtbot)
    window.resize(1366, 768)
    assert window.files.load_path(str(own_copy(example)))
    scene = window.scene
    rings = scene.ring_item()
    qtbot.waitUntil(lambda: rings.isVisible() and len(rings.name_rects()) == 4)
    with qtbot.waitSignal(scene.content_changed):  # whatever was due is placed by now
        scene.set_rings_visible(True)
    assert scene.text_scale() == 1.0
    canvas = _on_canvas(scene)
    paper = names_on_paper(window.document, tmp_path, PageOptions("a4", "auto", language=language))
    picture = names_in_picture(window.document, language)
    assert len(canvas) == len(paper) == len(picture) == 4
    view = window.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    centre = rings.scenePos()
    for (x, y), rect, printed, pictured in zip(canvas, rings.name_rects(), paper, picture):
        if not shown.contains(QRectF(rect).translated(pictured[0] - x, pictured[1] - y).translated(centre)):
            # Its own place is out of sight: the name shows on the part of its circle in sight instead.
            assert shown.contains(rings.mapRectToScene(rect)), example.stem
            assert abs(math.hypot(x, y) - math.hypot(*pictured)) < 1, example.stem
            continue
        assert math.dist((x, y), printed) < TOLERANCE, (example.stem, canvas, paper)
        assert math.dist((x, y), pictured) < 1, (example.stem, canvas, picture)


def _arrowheads(scene) -> list[QPolygonF]:
    """Every arrowhead the canvas draws, in scene coordinates."""
    return [QPolygonF(polygon) for edge_id in scene.edge_ids()
            for polygon in (scene.edge_item(edge_id)._drawing().arrows or ())]


@pytest.mark.parametrize("gap", [2.0, 8.0, 14.0])
@pytest.mark.parametrize("zoom", [1.0, 0.4], ids=["100%", "zoomed out"])
def test_on_screen_a_circles_name_leaves_an_arrowhead_beside_it_in_sight(qtbot, gap, zoom):
    """A person just beyond "Closest" with an arrow coming to her from the family: the canvas measured
    only the people's boxes (with room for their rings and handle), and at 14 units from her the
    name's patch covered the tip of the arrowhead, which reaches further (the flow of support
    hidden)."""
    c = make_canvas(qtbot)
    doc, _arrow = rosa_just_above_closest(gap)
    with qtbot.waitSignal(c.scene.content_changed):  # the names are placed when it is sent
        c.doc.replace_graph(doc.graph_copy())
        c.view.set_zoom(zoom)
    arrows = _arrowheads(c.scene)
    assert arrows
    rings = c.scene.ring_item()
    for name in rings.name_rects():
        name = rings.mapRectToScene(name)
        assert not any(name.intersects(arrow.boundingRect()) for arrow in arrows)


def _render(scene, area: QRectF) -> QImage:
    image = QImage(round(area.width() * 2), round(area.height() * 2), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return image


def test_a_circles_name_with_nowhere_free_stays_under_the_people_and_their_names(qtbot):
    """A circle full of people keeps its name at the top, under whoever stands there: every pixel of
    her name is drawn as it is with the circles hidden."""
    c = make_canvas(qtbot)
    radius = style.RING_RADII["closest"]
    with qtbot.waitSignal(c.scene.content_changed):
        for i in range(36):  # people all round the closest circle
            angle = math.radians(i * 10)
            c.doc.add_node({"label": f"Rosa {i}", "x": radius * math.sin(angle),
                            "y": -radius * math.cos(angle)})
    rings = c.scene.ring_item()
    name = rings.mapRectToScene(rings.name_rects()[0])
    top = next(item for item in c.scene.node_items() if c.doc.node(item.node_id)["label"] == "Rosa 0")
    text = top.mapRectToScene(top.text_rect())
    assert name.intersects(text)  # her name and the circle's meet
    shown = _render(c.scene, text)
    c.scene.set_rings_visible(False)
    assert _render(c.scene, text) == shown


def test_on_paper_a_persons_name_is_drawn_over_a_circles_name(qtbot):
    """On paper, likewise: each person's name is printed after (over) every circle's name."""
    from ecomap_desktop.model.document import Document

    doc = Document("Family")
    cx, cy = doc.node_position(doc.centre_id)
    radius = style.RING_RADII["closest"]
    for i in range(36):
        angle = math.radians(i * 10)
        doc.add_node({"label": f"Rosa {i}", "ring": "closest",
                      "x": cx + radius * math.sin(angle), "y": cy - radius * math.cos(angle)})
    painter = RecordingPainter()
    with export_language("en"):
        compose.compose_document(doc, PageOptions("a4", "portrait", language="en"), painter)
    calls = painter.calls
    patches = [i for i, call in enumerate(calls)
               if call[0] == "rrect" and call[6] == "#ffffff" and call[7] is None]  # the circles' names
    names = [i for i, call in enumerate(calls) if call[0] == "text" and call[3].logical.startswith("Rosa")]
    assert patches and len(names) >= 36
    assert max(patches) < min(names)



def test_a_circles_name_with_nowhere_free_still_leaves_an_arrowhead_in_sight(qtbot):
    """People all round the closest circle leave its name no free place, and an arrow comes to someone
    just beyond its top: the name kept the top and on screen hid the arrowhead's tip. It now takes
    the first place where it hides no arrowhead (under a person, as at the top), on paper too."""
    from ecomap_desktop.export.compose.mapdraw import ring_name_places
    from ecomap_desktop.export.compose.mapinfo import read_map

    c = make_canvas(qtbot)
    doc, _arrow = rosa_just_above_closest(2.0)
    cx, cy = doc.node_position(doc.centre_id)
    radius = style.RING_RADII["closest"]
    for step in range(1, 24):  # everywhere round the circle but the top
        angle = math.radians(step * 15)
        doc.add_node({"label": f"P{step}", "ring": "closest",
                      "x": cx + radius * math.sin(angle), "y": cy - radius * math.cos(angle)})
    with qtbot.waitSignal(c.scene.content_changed):  # the names are placed when it is sent
        c.doc.replace_graph(doc.graph_copy())
    for zoomed_out in (False, True):
        if zoomed_out:
            with qtbot.waitSignal(c.scene.content_changed):
                c.view.set_zoom(0.4)
            assert c.scene.text_boost() > 1.0
        arrows = _arrowheads(c.scene)
        rings = c.scene.ring_item()
        closest = rings.mapRectToScene(rings.name_rects()[0])
        assert arrows and not any(closest.intersects(arrow.boundingRect()) for arrow in arrows)
    middle = closest.center() - rings.scenePos()
    turn = math.radians(ring_name_places(read_map(c.doc))[0][2])  # where the page puts it
    assert math.dist((middle.x(), middle.y()), (radius * math.sin(turn), -radius * math.cos(turn))) < 1
