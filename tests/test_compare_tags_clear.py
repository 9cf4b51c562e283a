"""The words of a comparison stand clear of every name: in the parent view at 1280 x 720 the longer
words ("now “A big help”") covered the dimmed names beside short lines (Abuela Carmen's in the
three-visit example); they now move to the line's other side, further along it, or rows further out
(tied to it by a leader). A person's words ("new", "closer") go above, below or beside them."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPainterPath

from ecomap_desktop import i18n
from ecomap_desktop.canvas.items.compare_items import GhostNodeItem, TagItem
from ecomap_desktop.canvas.items.node_item import NodeItem
from ecomap_desktop.io.mapfile import load_document, save_document
from compare_support import THREE_VISITS, wait_comparison_settled
from window_support import open_window

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_visits import revisit  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _comparing(qtbot, own_copy, parent_view: bool, earlier: int | None = None,
               size: tuple[int, int] = (1228, 660)):
    """The three-visit example in a window as big as a 1280 x 720 screen leaves it (or *size*),
    compared with the visit before (or the *earlier*-th visit), in the parent view or the worker's."""
    window = open_window(qtbot)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    assert window.files.load_path(str(own_copy(THREE_VISITS)))
    if parent_view:
        with qtbot.waitSignal(window.view.zoom_changed):  # fitted again, for bigger names
            window.conversation.parent_view.action.trigger()
    if earlier is not None:
        window.compare.choose_earlier(window.document.visits()[earlier].id)
    window.compare.set_comparing(True)
    wait_comparison_settled(qtbot, window)
    return window


def _covered(window) -> dict[str, list[str]]:
    """For each line's words on show, the names (people, groups, ghosts) and other words they cover,
    and those their leader (if any) crosses."""
    scene, document = window.scene, window.document
    out = {}
    edges = [scene.edge_item(edge_id) for edge_id in scene.edge_ids()]
    captions = [item.caption() for item in edges if item.caption() is not None]
    assert captions
    for tag in captions:
        if not tag.isVisible():
            continue
        under = scene.items(tag.mapRectToScene(tag.box()), Qt.ItemSelectionMode.IntersectsItemShape)
        leader = tag.leader()
        if leader is not None:
            path = QPainterPath(tag.mapToScene(leader[0]))
            path.lineTo(tag.mapToScene(leader[1]))
            under += scene.items(path, Qt.ItemSelectionMode.IntersectsItemShape)
        names = [document.node(i.node_id)["label"] for i in under if isinstance(i, NodeItem)]
        names += ["ghost " + i.label for i in under if isinstance(i, GhostNodeItem)]
        names += ["tag " + i.text for i in under if isinstance(i, TagItem) and i is not tag and i.isVisible()
                  and i.mapRectToScene(i.box()).intersects(tag.mapRectToScene(tag.box()))]
        if scene.rings_visible():
            rings = scene.ring_item()
            names += ["circle's name" for name in rings.name_rects()
                      if rings.mapRectToScene(name).intersects(tag.mapRectToScene(tag.box()))]
        out[tag.text] = sorted(set(names))
    return out


def _names_under_node_words(window) -> dict[str, list[str]]:
    """For each person's, group's or ghost's words on show, the other names (people, groups, ghosts)
    they cover."""
    scene, document = window.scene, window.document
    out = {}
    overlay = window.compare.overlay
    owners = [*scene.node_items(), *(overlay.ghost(n) for n in overlay.ghost_ids())]
    for owner in owners:
        for tag in owner.childItems():
            if not isinstance(tag, TagItem) or not tag.isVisible():
                continue
            place = tag.mapRectToScene(tag.box())
            under = scene.items(place, Qt.ItemSelectionMode.IntersectsItemShape)
            under = [i for i in under if i is not owner]
            names = [document.node(i.node_id)["label"] for i in under if isinstance(i, NodeItem)]
            names += ["ghost " + i.label for i in under if isinstance(i, GhostNodeItem)]
            out[tag.text] = sorted(set(out.get(tag.text, []) + names))
    return out


def _far_without_leader(window) -> list[str]:
    """The line's words that sit more than a few units from their line with nothing tying them to it."""
    scene = window.scene
    far = []
    for edge_id in scene.edge_ids():
        item = scene.edge_item(edge_id)
        tag = item.caption()
        if tag is None or not tag.isVisible():
            continue
        start, end = item.drawn_ends()
        line = QLineF(item.mapToScene(start), item.mapToScene(end))
        box = tag.mapRectToScene(tag.box())
        gap = min(_distance(line, corner) for corner in (box.topLeft(), box.topRight(),
                                                          box.bottomLeft(), box.bottomRight()))
        if gap > 12 * tag.scale() and tag.leader() is None:
            far.append(tag.text)
    return far


def _distance(line: QLineF, point: QPointF) -> float:
    """From *point* to the straight line through *line*."""
    dx, dy = line.dx(), line.dy()
    return abs(dy * (point.x() - line.x1()) - dx * (point.y() - line.y1())) / math.hypot(dx, dy)


CASES = [(language, earlier, parent_view, size)
         for language in ("en", "es") for earlier in (0, 1) for parent_view in (True, False)
         for size in ((1228, 660), (1314, 708)) if language == "en" or size == (1228, 660)]


@pytest.mark.parametrize("language, earlier, parent_view, size", CASES,
                         ids=[f"{lang}-visit {e + 1}-{'parent' if p else 'worker'}-{w}x{h}"
                              for lang, e, p, (w, h) in CASES])
def test_the_words_on_a_changed_line_cover_no_name(qtbot, own_copy, language, earlier, parent_view, size):
    """Compared with either earlier visit, in either view and language, at the window sizes of a 1280 x
    720 and a 1366 x 768 screen, no words of the comparison cover a name (a person's, a group's, a
    ghost's or a circle's) or other words, and no leader crosses one: compared with the first visit
    "now “Some help”, now “They help me”" covered County Social Services and its leader crossed Ana,
    "no longer stressful, support now to the family" Luis's ghost, "new" above Ana Luis's ghost, and
    (with the visit before) "now “A big help”" the circle's name "Closest"."""
    i18n.install(language)
    try:
        window = _comparing(qtbot, own_copy, parent_view, earlier, size)
        covered = _covered(window)
        if parent_view and earlier == 1:  # the longer words that covered Abuela Carmen
            assert ("now “A big help”" if language == "en" else "ahora «Una gran ayuda»") in covered
        if not parent_view and earlier == 0 and language == "en":
            assert "no longer stressful, support now to the family" in covered
        assert all(names == [] for names in covered.values()), covered
        assert _far_without_leader(window) == []
        covered = _names_under_node_words(window)
        assert all(names == [] for names in covered.values()), covered
    finally:
        i18n.install("en")


def test_words_set_away_from_their_line_are_tied_to_it(qtbot, own_copy):
    """Where words sit away from their line, a thin leader runs from the line to them."""
    window = _comparing(qtbot, own_copy, True, 0)
    tags = [window.scene.edge_item(e).caption() for e in window.scene.edge_ids()]
    led = [t for t in tags if t is not None and t.leader() is not None]
    for tag in led:
        on_line, at_words = tag.leader()
        assert tag.box().adjusted(-2, -2, 2, 2).contains(at_words)
        assert not tag.box().contains(on_line)


def _covered_by_node_tags(window) -> dict[str, list[str]]:
    """For each person's or group's words on show, the other names they cover."""
    scene, document = window.scene, window.document
    out = {}
    for item in scene.node_items():
        for tag in item.childItems():
            if isinstance(tag, TagItem) and tag.isVisible():
                under = scene.items(tag.mapRectToScene(tag.box()), Qt.ItemSelectionMode.IntersectsItemShape)
                out[tag.text] = [document.node(i.node_id)["label"] for i in under
                                 if isinstance(i, NodeItem) and i is not item]
    return out


@pytest.mark.parametrize("language, words", [("en", "new name"), ("es", "nuevo nombre")])
def test_a_groups_new_name_moves_below_it_off_the_name_above(qtbot, own_copy, language, words):
    """"nuevo nombre" above Little Sprouts covered "Lincoln Elementary" in the parent view; a person's
    or group's words go below it when there they cover nothing."""
    i18n.install(language)
    try:
        window = _comparing(qtbot, own_copy, True)
        covered = _covered_by_node_tags(window)
        assert covered[words] == [], covered
        sprouts = next(i for i in window.scene.node_items()
                       if window.document.node(i.node_id)["label"].startswith("Little Sprouts"))
        tag = next(t for t in sprouts.childItems() if isinstance(t, TagItem))
        assert tag.text == words and tag.scenePos().y() > sprouts.y()  # below it
    finally:
        i18n.install("en")


@pytest.mark.parametrize("parent_view", [False, True], ids=["worker", "parent"])
def test_a_generated_map_s_words_cover_no_name(qtbot, tmp_path, parent_view):
    """The first example given four weekly visits by the benchmarks' generator (a rename, a line
    stronger or weaker, someone new at a random place), compared with each of its first two visits: a
    new line's "new" covered a circle's name, and in the parent view a new person's "new"
    covered Little Sprouts Preschool."""
    doc = load_document(EXAMPLES / "01-rivera-family.ecomap")
    revisit(doc, 4)
    path = tmp_path / "four visits.ecomap"
    save_document(doc, path)
    window = open_window(qtbot)
    window.resize(1228, 660)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1228, 660))
    assert window.files.load_path(str(path))
    if parent_view:
        with qtbot.waitSignal(window.view.zoom_changed):
            window.conversation.parent_view.action.trigger()
    window.compare.set_comparing(True)
    for visit in window.document.visits()[:2]:
        window.compare.choose_earlier(visit.id)
        wait_comparison_settled(qtbot, window)
        covered, under_node_words = _covered(window), _names_under_node_words(window)
        assert all(names == [] for names in covered.values()), covered
        assert all(names == [] for names in under_node_words.values()), under_node_words
        assert _far_without_leader(window) == []
