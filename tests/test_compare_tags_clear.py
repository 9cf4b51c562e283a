"""The words on a changed line while comparing stand clear of every name: in the parent view at 1280 x
720 the longer words ("now “A big help”") covered the dimmed names beside short lines (Abuela
Carmen's in the three-visit example); they now move to the line's other side, further along it, or a
row further out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ecomap_desktop import i18n
from ecomap_desktop.canvas.items.compare_items import GhostNodeItem, TagItem
from ecomap_desktop.canvas.items.node_item import NodeItem
from window_support import open_window

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "03-rivera-family-three-visits.ecomap"


def _comparing(qtbot, parent_view: bool):
    """The three-visit example in a window as big as a 1280 x 720 screen leaves it, compared with the
    visit before, in the parent view or the worker's."""
    window = open_window(qtbot)
    window.resize(1228, 660)
    qtbot.waitUntil(lambda: window.width() == 1228 and window.height() == 660)
    assert window.files.load_path(str(EXAMPLE))
    if parent_view:
        window.conversation.parent_view.action.trigger()
    window.compare.set_comparing(True)
    qtbot.wait(300)  # the parent view fits the map again, the words take their size
    QApplication.processEvents()
    return window


def _covered(window) -> dict[str, list[str]]:
    """For each line's words on show, the names (people, groups, ghosts) and other words they cover."""
    scene, document = window.scene, window.document
    out = {}
    edges = [scene.edge_item(edge_id) for edge_id in scene.edge_ids()]
    captions = [item.caption() for item in edges if item.caption() is not None]
    assert captions
    for tag in captions:
        if not tag.isVisible():
            continue
        under = scene.items(tag.sceneBoundingRect(), Qt.ItemSelectionMode.IntersectsItemShape)
        names = [document.node(i.node_id)["label"] for i in under if isinstance(i, NodeItem)]
        names += ["ghost " + i.label for i in under if isinstance(i, GhostNodeItem)]
        names += ["tag " + i.text for i in under if isinstance(i, TagItem) and i is not tag and i.isVisible()]
        out[tag.text] = names
    return out


@pytest.mark.parametrize("parent_view", [True, False], ids=["parent view", "worker view"])
def test_the_words_on_a_changed_line_cover_no_name(qtbot, parent_view):
    window = _comparing(qtbot, parent_view)
    covered = _covered(window)
    if parent_view:
        assert "now “A big help”" in covered  # the longer words that covered Abuela Carmen
    assert all(names == [] for names in covered.values()), covered


def test_in_spanish_too(qtbot):
    i18n.install("es")
    try:
        window = _comparing(qtbot, True)
        covered = _covered(window)
        assert "ahora «Una gran ayuda»" in covered
        assert all(names == [] for names in covered.values()), covered
    finally:
        i18n.install("en")


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
def test_a_groups_new_name_moves_below_it_off_the_name_above(qtbot, language, words):
    """"nuevo nombre" above Little Sprouts covered "Lincoln Elementary" in the parent view; a person's
    or group's words go below it when there they cover nothing."""
    i18n.install(language)
    try:
        window = _comparing(qtbot, True)
        covered = _covered_by_node_tags(window)
        assert covered[words] == [], covered
        sprouts = next(i for i in window.scene.node_items()
                       if window.document.node(i.node_id)["label"].startswith("Little Sprouts"))
        tag = next(t for t in sprouts.childItems() if isinstance(t, TagItem))
        assert tag.text == words and tag.scenePos().y() > sprouts.y()  # below it
    finally:
        i18n.install("en")
