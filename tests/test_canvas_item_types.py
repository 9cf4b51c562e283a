"""Each of our graphics items answers Qt's type() with a number of its own (QGraphicsItem.UserType + n),
so code that sorts items by type() never takes a person or a line for a plain rectangle, the name
being typed for a plain text item, or one of ours for another."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem

from ecomap_desktop.analysis.changes import compare_visits
from ecomap_desktop.canvas.compare_overlay import CompareOverlay
from ecomap_desktop.canvas.items.compare_items import GhostEdgeItem, GhostNodeItem, TagItem
from ecomap_desktop.canvas.items.edge_item import EdgeItem
from ecomap_desktop.canvas.items.label_editor import LabelEditor
from ecomap_desktop.canvas.items.legend_item import LegendItem
from ecomap_desktop.canvas.items.node_item import NodeItem
from ecomap_desktop.canvas.items.preview_item import PreviewItem
from ecomap_desktop.canvas.items.ring_item import RingItem, RingNamesItem
from ecomap_desktop.canvas.projection import MapProjection

from compare_support import two_visits

OURS = (NodeItem, EdgeItem, LegendItem, RingItem, RingNamesItem, LabelEditor, PreviewItem, TagItem,
        GhostNodeItem, GhostEdgeItem)
# What Qt's own classes answer: a rectangle 3, a text item 8, any other item UserType.
QT_TYPES = {3, 8, int(QGraphicsItem.UserType)}


def test_every_kind_of_item_on_the_canvas_answers_a_type_of_its_own(qtbot):
    m = two_visits()
    projection = MapProjection(m.doc)
    overlay = CompareOverlay(projection)  # ghosts of what ended and the words on what changed
    overlay.show(compare_visits(m.doc, m.first, m.second), m.doc.visit_graph(m.first))
    projection.addItem(LabelEditor("Rosa", 80.0, 40))  # a name being typed
    projection.addItem(PreviewItem("strong", "to_target", None))  # a line being drawn
    numbers: dict[type, set[int]] = {}
    for item in projection.items():  # as Qt hands them back
        numbers.setdefault(type(item), set()).add(item.type())
    assert set(OURS) <= set(numbers)
    for cls in OURS:
        assert numbers[cls] == {cls.Type}  # every item of a class the same, the class's own
        assert cls.Type > int(QGraphicsItem.UserType) and cls.Type not in QT_TYPES
    assert len({cls.Type for cls in OURS}) == len(OURS)  # no two of ours alike
    overlay.clear()
