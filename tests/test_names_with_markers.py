"""A name may hold "%1" or "%2" (a parent types whatever they like): every sentence that names it
shows it as typed. Filling "%1 helps %2" one marker after another turned "Ana %2" helping Jess into
"Ana Jess helps Jess". And the toolbar's Arrow box cuts long names short in the parent view as in the
worker's, so two long names no longer make its list as wide as the screen."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from ecomap_desktop import i18n
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.export.pdf import export_pdf
from ecomap_desktop.i18n import fill
from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.main_window import MainWindow

from export_support import pdf_text
from window_support import on_screen, open_window

# Values made of the pieces that could be taken for markers.
_values = st.lists(st.lists(st.sampled_from(["%1", "%2", "%9", "%%", "%", "1", "a", " "]), max_size=6)
                   .map("".join), min_size=1, max_size=9)
# The words of a translation between its markers (no "%": the markers are the only ones).
_words = st.text(alphabet="ab ,.()“”", max_size=5)


@given(_values, st.data())
def test_fill_puts_each_value_in_as_it_is_in_the_translations_order(values, data):
    """Whatever order a translation puts the markers in, each comes out as its value, verbatim."""
    order = data.draw(st.permutations(range(len(values))))
    between = data.draw(st.lists(_words, min_size=len(values) + 1, max_size=len(values) + 1))
    template = between[0] + "".join(f"%{index + 1}" + after for index, after in zip(order, between[1:]))
    expected = between[0] + "".join(values[index] + after for index, after in zip(order, between[1:]))
    assert fill(template, *values) == expected


def test_fill_leaves_other_percent_signs_and_unfilled_markers_as_written():
    assert fill("(of %2 possible pairs, %3%).", "9", "36", "25") == "(of 36 possible pairs, 25%)."
    assert fill("%1 and %2", "Ana %2") == "Ana %2 and %2"


def _ana_and_jess(qtbot):
    """A window with Ana %2 and Jess joined by a line, Ana helping Jess."""
    window = open_window(qtbot)
    doc = window.document
    ana = doc.add_node({"kind": "person", "label": "Ana %2", "x": 260.0, "y": 0.0})
    jess = doc.add_node({"kind": "person", "label": "Jess", "x": 260.0, "y": 260.0})
    return window, doc.add_edge(ana, jess, {"flow": "to_target"})


def _reader_name(window, edge_id: str) -> str:
    """What a screen reader says of the line, found on the canvas as it walks it."""
    window.scene.select_ids([], [edge_id])
    canvas = QAccessible.queryAccessibleInterface(window.view)
    names = [canvas.child(i).text(QAccessible.Text.Name) for i in range(canvas.childCount())]
    return next(name for name in names if name.startswith("Ana") and "Jess" in name)


def test_the_lists_line_row_names_ana_percent_2_whole(qtbot):
    window, line = _ana_and_jess(qtbot)
    model = window.accessibility.list_panel.connections_model
    assert model.data(model.index(model.row_of(line), model.BETWEEN)) == "Ana %2 and Jess"


def test_details_heading_names_ana_percent_2_whole(qtbot):
    window, line = _ana_and_jess(qtbot)
    window.scene.select_ids([], [line])
    assert window.properties.edge_heading.text() == "Ana %2 and Jess"


def test_a_screen_reader_names_ana_percent_2_whole(qtbot):
    window, line = _ana_and_jess(qtbot)
    said = _reader_name(window, line)
    assert said.startswith("Ana %2 and Jess: ")
    assert "Support flows from Ana %2 to Jess" in said


def test_the_parent_views_arrow_words_name_ana_percent_2_whole(qtbot):
    window, line = _ana_and_jess(qtbot)
    window.conversation.parent_view.action.trigger()
    qtbot.waitUntil(window.scene.parent_words)
    window.scene.select_ids([], [line])
    choices = ["No arrow", "Ana %2 helps Jess", "Jess helps Ana %2", "They help each other"]
    for combo in (window.style_picker.flow_combo, window.properties.flow_combo):
        assert [combo.itemText(i) for i in range(combo.count())] == choices
    model = window.accessibility.list_panel.connections_model
    assert model.data(model.index(model.row_of(line), model.FLOW)) == "Ana %2 helps Jess"
    assert "Ana %2 helps Jess" in _reader_name(window, line)


def test_the_arrow_words_in_spanish_name_ana_percent_2_whole(qtbot):
    i18n.install("es")
    try:
        window, line = _ana_and_jess(qtbot)
        window.conversation.parent_view.action.trigger()
        qtbot.waitUntil(window.scene.parent_words)
        window.scene.select_ids([], [line])
        combo = window.style_picker.flow_combo
        assert combo.itemText(1) == "Ana %2 ayuda a Jess"
        assert combo.itemText(2) == "Jess ayuda a Ana %2"
    finally:
        i18n.install("en")


def test_the_pdfs_summary_names_ana_percent_2_whole(tmp_path):
    doc = Document("Rivera")
    ana = doc.add_node({"kind": "person", "label": "Ana %2", "x": -200.0, "y": 0.0})
    jess = doc.add_node({"kind": "person", "label": "Jess", "x": 200.0, "y": 0.0})
    doc.add_edge(ana, doc.centre_id, {"flow": "to_target"})
    doc.add_edge(jess, doc.centre_id, {"flow": "to_target"})
    doc.add_edge(ana, jess, {"strength": "stressful"})
    out = tmp_path / "rivera.pdf"
    export_pdf(doc, out, PageOptions(include_insights=True))
    text = pdf_text(out)
    assert "Support only comes to the family from Ana %2 and Jess." in text
    assert "Stressful between others on the map: Ana %2 and Jess." in text


@pytest.mark.parametrize("parent_view", [False, True])
def test_the_arrow_boxs_list_is_no_wider_than_the_window_with_two_long_names(qtbot, noto_app_font,
                                                                             parent_view):
    """Each end's name is cut to 40 characters in the toolbar's Arrow box, in the parent's words
    ("Ana aaa… helps Jess bbb…") as in the worker's; the List and Details keep them whole."""
    window = MainWindow()
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    window.resize(screen.width() - 40, screen.height() - 40)  # a window a little smaller than its screen
    window.show()
    qtbot.waitExposed(window)
    doc = window.document
    long_ana, long_jess = "Ana " + "a" * 196, "Jess " + "b" * 195
    ana = doc.add_node({"kind": "person", "label": long_ana, "x": 260.0, "y": 0.0})
    jess = doc.add_node({"kind": "person", "label": long_jess, "x": 260.0, "y": 260.0})
    line = doc.add_edge(ana, jess, {"flow": "to_target"})
    if parent_view:
        window.conversation.parent_view.action.trigger()
        qtbot.waitUntil(window.scene.parent_words)
    window.scene.select_ids([], [line])
    combo = window.style_picker.flow_combo
    combo.showPopup()
    popup = combo.view().window()
    qtbot.waitUntil(lambda: on_screen(combo.view()))
    try:
        assert popup.width() <= window.width(), (popup.width(), window.width())
    finally:
        combo.hidePopup()
        QApplication.processEvents()
    words = combo.itemText(1)
    assert "Ana aaa" in words and words.count("…") == (2 if parent_view else 1), words
    assert window.properties.edge_heading.text() == f"{long_ana} and {long_jess}"
