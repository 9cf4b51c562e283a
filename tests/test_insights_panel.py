"""The insights panel: follows the document after a short pause, shows sentences and two charts."""

from __future__ import annotations

import pytest

from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.panels.insights import InsightsPanel


@pytest.fixture
def setup(qtbot):
    doc = Document("Lopez family")
    panel = InsightsPanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    return doc, panel


def test_empty_map(setup):
    doc, panel = setup
    assert panel.sentence_texts() == [
        "The map has no people or groups yet. Start with the people you turn to."]
    assert not panel.strength_chart.isVisible() and not panel.category_chart.isVisible()


def test_edits_are_gathered_into_one_refresh(setup, qtbot):
    doc, panel = setup
    a = doc.add_node({"label": "Abuela", "category": "family"})
    doc.add_edge(a, doc.centre_id, {"strength": "stressful", "flow": "to_target"})
    assert panel.is_pending()  # not recomputed on every edit...
    assert panel.insights.people == 0
    qtbot.waitUntil(lambda: not panel.is_pending())  # ...but soon after the last one
    assert panel.insights.people == 1
    texts = panel.sentence_texts()
    assert "Stressful for the family: Abuela." in texts
    assert "Support only comes to the family from Abuela." in texts
    bars = {b.label: b.value for b in panel.strength_chart.bars()}
    assert bars == {"Strong": 0, "Ordinary": 0, "Weak or distant": 0, "Stressful": 1}
    assert [(b.label, b.value) for b in panel.category_chart.bars()] == [("Family", 1)]
    assert panel.strength_chart.isVisible() and panel.category_chart.isVisible()


def test_hidden_panel_waits_until_shown(setup, qtbot):
    doc, panel = setup
    panel.hide()
    doc.add_node({"label": "Ana", "category": "friend"})
    assert not panel.is_pending() and panel.insights.people == 0
    panel.show()
    assert panel.insights.people == 1


def test_names_from_the_map_are_shown_as_plain_text(setup):
    doc, panel = setup
    a = doc.add_node({"label": "<b>Ana</b>", "category": "friend"})
    doc.add_edge(a, doc.centre_id, {"strength": "stressful"})
    panel.refresh()
    assert "Stressful for the family: <b>Ana</b>." in panel.sentence_texts()


def test_chart_paints(setup, qtbot):
    doc, panel = setup
    a = doc.add_node({"label": "Ana", "category": "friend"})
    doc.add_edge(a, doc.centre_id, {"strength": "strong"})
    panel.refresh()
    image = panel.strength_chart.grab().toImage()
    assert image.width() > 100
    # Something was drawn: the image is not a single flat colour.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 3)}
    assert len(colours) > 3


def test_opening_a_map_refreshes_at_once(setup):
    doc, panel = setup
    other = Document("Kim")
    other.add_node({"label": "Ana", "category": "friend"})
    doc.replace_graph(other.graph_copy())
    assert not panel.is_pending() and panel.insights.people == 1 and panel.insights.centre == "Kim"
