"""The parent view says a line and an arrow in the same words everywhere it shows them: What changed,
the compare overlay's tags, the map's right-click menu and Details say them as its toolbar and legend
do ("Hard going", "They help me"), and in the worker's words again when it is switched off; the
printout and the command line keep the worker's. A circle has one name in both views, the one written
on it on the map ("Closest")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from ecomap_desktop import i18n
from ecomap_desktop.analysis.changes import compare_visits, sentences

from compare_support import window_with_two_visits
from window_support import on_screen, open_window


@pytest.fixture
def spanish(qapp):
    i18n.install("es")
    yield
    i18n.install("en")


def _switch_parent_view(qtbot, window, until) -> None:
    window.conversation.parent_view.action.trigger()
    qtbot.waitUntil(until)


def test_what_changed_says_the_line_in_the_parent_views_words_and_back(qtbot):
    window, m = window_with_two_visits(qtbot)
    panel = window.compare.panel
    worker = "The connection with Abuela Carmen is now stressful."
    parent = "The line with Abuela Carmen is now “Hard going” (before: “A big help”)."
    assert worker in panel.sentence_texts()
    _switch_parent_view(qtbot, window, lambda: parent in panel.sentence_texts())
    assert worker not in panel.sentence_texts()
    _switch_parent_view(qtbot, window, lambda: worker in panel.sentence_texts())
    assert parent not in panel.sentence_texts()


def _circle_names(window, m) -> dict[str, str]:
    """Where the worker's view names Abuela Carmen's circle, and what each says."""
    from PySide6.QtGui import QAccessible

    panel, details = window.compare.panel, window.properties
    window.scene.select_ids([m.carmen])
    canvas = QAccessible.queryAccessibleInterface(window.view)
    carmen = next(canvas.child(i) for i in range(canvas.childCount())
                  if canvas.child(i).text(QAccessible.Text.Name).startswith("Abuela Carmen"))
    return {"map": window.scene.ring_item().ring_names()[0],
            "what changed": next(t for t in panel.sentence_texts() if "circle" in t or "círculo" in t),
            "details": details.ring_combo.currentText(),
            "screen reader": carmen.text(QAccessible.Text.Description)}


def test_a_circle_has_the_name_written_on_it_everywhere_in_both_views(qtbot):
    """The worker's view said "Closest people" in What changed, Details, the menu and to a screen reader
    while the circle on the map and its legend said "Closest"."""
    window, m = window_with_two_visits(qtbot)
    m.doc.set_node(m.carmen, {"ring": "closest"})  # Abuela Carmen is now in the closest circle
    panel = window.compare.panel
    qtbot.waitUntil(lambda: any("circle" in text for text in panel.sentence_texts()))
    worker = _circle_names(window, m)
    assert worker == {"map": "Closest",
                      "what changed": "Abuela Carmen is now in the circle “Closest”.",
                      "details": "Closest",
                      "screen reader": "Circle: Closest"}
    _switch_parent_view(qtbot, window, lambda: panel.parent_view())
    assert _circle_names(window, m) == worker
    said = sentences(compare_visits(m.doc, m.first, m.second))  # the printout's and the command line's
    assert "Abuela Carmen is now in the circle “Closest”." in said


def test_a_circle_has_one_name_in_spanish_too(qtbot, spanish):
    window, m = window_with_two_visits(qtbot)
    m.doc.set_node(m.carmen, {"ring": "closest"})
    panel = window.compare.panel
    qtbot.waitUntil(lambda: any("círculo" in text for text in panel.sentence_texts()))
    names = _circle_names(window, m)
    assert names["map"] == "Más cercanos"
    assert names["what changed"] == "Abuela Carmen está ahora en el círculo «Más cercanos»."
    assert names["details"] == "Más cercanos" and names["screen reader"] == "Círculo: Más cercanos"


def test_the_arrow_to_the_family_in_the_parent_views_words(qtbot):
    window, m = window_with_two_visits(qtbot)
    m.doc.set_edge(m.school_line, {"flow": "to_target"})  # the School now helps the family
    panel = window.compare.panel
    worker = "Support now comes to the family from School."
    qtbot.waitUntil(lambda: worker in panel.sentence_texts())
    parent = "The line with School is now “They help me” (before: “No arrow”)."
    _switch_parent_view(qtbot, window, lambda: parent in panel.sentence_texts())


def test_the_compare_overlays_tag_says_the_line_as_the_legend_does(qtbot):
    window, m = window_with_two_visits(qtbot)
    window.compare.set_comparing(True)
    caption = lambda: window.scene.edge_item(m.carmen_line).caption().text  # noqa: E731
    assert caption() == "now stressful"
    _switch_parent_view(qtbot, window, lambda: caption() == "now “Hard going”")
    legend = window.scene.legend_item().entry_labels()
    assert "Hard going" in legend  # the same words beside the line and in the legend
    _switch_parent_view(qtbot, window, lambda: caption() == "now stressful")
    QApplication.processEvents()


def test_in_spanish_too(qtbot, spanish):
    window, m = window_with_two_visits(qtbot)
    window.compare.set_comparing(True)
    panel = window.compare.panel
    caption = lambda: window.scene.edge_item(m.carmen_line).caption().text  # noqa: E731
    worker_caption = caption()
    assert "Difícil" not in worker_caption
    _switch_parent_view(qtbot, window, lambda: caption() != worker_caption)
    assert caption() == "ahora «Difícil»"
    assert "La relación con Abuela Carmen ahora es «Difícil» (antes: «Una gran ayuda»)." \
        in panel.sentence_texts()
    _switch_parent_view(qtbot, window, lambda: caption() == worker_caption)


def test_the_printout_and_the_command_line_keep_the_workers_words(qtbot):
    """The PDF's What changed page and `ecomap changes` call sentences() without parent words."""
    window, m = window_with_two_visits(qtbot)
    panel = window.compare.panel
    _switch_parent_view(qtbot, window, lambda: any("Hard going" in t for t in panel.sentence_texts()))
    said = sentences(compare_visits(m.doc, m.first, m.second))
    assert "The connection with Abuela Carmen is now stressful." in said
    assert not any("Hard going" in text or "“Closest”" in text for text in said)


def _menu_texts(qtbot, window, scene_point: QPointF, submenu: str) -> list[str]:
    """The choices of *submenu* in the menu a right click at *scene_point* opens."""
    view = window.view
    point = view.mapFromScene(scene_point)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, point)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                              view.viewport().mapToGlobal(point)))
    qtbot.waitUntil(lambda: view.context_menu() is not None and view.context_menu().isVisible()
                    and on_screen(view.context_menu()))
    menu = view.context_menu()
    texts = [a.text() for a in menu.findChild(QMenu, submenu).actions() if a.isCheckable()]
    menu.close()
    return texts


def test_the_maps_menu_names_lines_and_circles_as_the_parent_view_does(qtbot):
    window = open_window(qtbot)
    doc = window.document
    jess = doc.add_node({"kind": "person", "label": "Jess", "x": 300.0, "y": 0.0})
    doc.add_edge(doc.centre_id, jess)
    window.view.centerOn(QPointF(150.0, 0.0))
    on_line, on_jess = QPointF(180.0, 0.0), window.scene.node_item(jess).pos()
    assert "Stressful" in _menu_texts(qtbot, window, on_line, "line")
    assert _menu_texts(qtbot, window, on_jess, "circle")[1] == "Closest"  # as on the circle itself
    window.conversation.parent_view.action.trigger()
    QApplication.processEvents()  # the parent view fits the map again
    on_line, on_jess = QPointF(180.0, 0.0), window.scene.node_item(jess).pos()
    assert _menu_texts(qtbot, window, on_line, "line") == ["A big help", "Some help", "Distant", "Hard going"]
    assert _menu_texts(qtbot, window, on_jess, "circle")[1] == "Closest"  # as on the circle itself
    window.conversation.parent_view.action.trigger()
    QApplication.processEvents()
    assert "Stressful" in _menu_texts(qtbot, window, QPointF(180.0, 0.0), "line")


def test_details_names_lines_and_circles_as_the_parent_view_does(qtbot):
    window = open_window(qtbot)
    details = window.properties
    combos = lambda: ([details.strength_combo.itemText(i) for i in range(details.strength_combo.count())],  # noqa: E731
                      [details.ring_combo.itemText(i) for i in range(details.ring_combo.count())])
    strengths, rings = combos()
    assert "Stressful" in strengths
    assert rings == ["No circle", "Closest", "Friends", "Taking part", "Paid helpers"]
    window.conversation.parent_view.action.trigger()
    strengths, rings_now = combos()
    assert strengths == ["A big help", "Some help", "Distant", "Hard going"]
    assert rings_now == rings  # the circles' names on the map, in both views
    window.conversation.parent_view.action.trigger()
    assert combos()[1] == rings and "Stressful" in combos()[0]


def _arrow_words(qtbot, window, edge_id: str) -> dict[str, list[str]]:
    """The arrow's choices for one line, where the window offers them: the toolbar's Arrow box,
    Details' Support box, the List's Support column (the line's own cell and its editor's choices)
    and the map's right-click menu."""
    window.scene.select_ids([], [edge_id])
    picker, details = window.style_picker.flow_combo, window.properties.flow_combo
    model = window.accessibility.list_panel.connections_model
    row = model.row_of(edge_id)
    cell = model.index(row, model.FLOW)
    from ecomap_desktop.ui.panels.map_list.models import CHOICES_ROLE

    ends = [window.scene.node_item(end).pos() for end in window.document.edge_ends(edge_id)]
    middle = (ends[0] + ends[1]) / 2
    window.view.centerOn(middle)
    return {"toolbar": [picker.itemText(i) for i in range(picker.count())],
            "details": [details.itemText(i) for i in range(details.count())],
            "list": [model.data(cell)] + [words for _flow, words in model.data(cell, CHOICES_ROLE)],
            "menu": _menu_texts(qtbot, window, middle, "arrow")}


def _family_and_friends(qtbot):
    """A window with Ana joined to the family (support comes to the family) and to Jess (Ana helps)."""
    window = open_window(qtbot)
    doc = window.document
    doc.set_node(doc.centre_id, {"label": "Rivera"})
    ana = doc.add_node({"kind": "person", "label": "Ana", "x": 260.0, "y": 0.0})
    jess = doc.add_node({"kind": "person", "label": "Jess", "x": 260.0, "y": 260.0})
    to_family = doc.add_edge(ana, doc.centre_id, {"flow": "to_target"})
    between = doc.add_edge(ana, jess, {"flow": "to_target"})
    return window, to_family, between


def test_the_arrow_box_and_the_lists_support_column_say_the_arrow_in_the_parent_views_words(qtbot):
    """The parent view said "They help me" in its guide and legend, but its Arrow and Support boxes
    and the List's Support column still said "Support flows from Ana to Rivera". Every place now says
    the parent view's words, for a line to the family and between two others, and the worker's again
    when it is switched off."""
    window, to_family, between = _family_and_friends(qtbot)
    worker = _arrow_words(qtbot, window, to_family)
    assert worker["list"][0] == "Support flows from Ana to Rivera"
    _switch_parent_view(qtbot, window, lambda: window.scene.parent_words())
    family_words = ["No arrow", "They help me", "I help them", "We help each other"]
    shown = _arrow_words(qtbot, window, to_family)
    assert shown["list"][0] == "They help me"
    for place in ("toolbar", "details", "menu"):
        assert shown[place] == family_words, place
    assert shown["list"][1:] == family_words
    others = _arrow_words(qtbot, window, between)
    assert others["list"][0] == "Ana helps Jess"
    between_words = ["No arrow", "Ana helps Jess", "Jess helps Ana", "They help each other"]
    for place in ("toolbar", "details", "menu"):
        assert others[place] == between_words, place
    _switch_parent_view(qtbot, window, lambda: not window.scene.parent_words())
    assert _arrow_words(qtbot, window, to_family) == worker


def test_the_arrow_in_the_parent_views_words_in_spanish(qtbot, spanish):
    window, to_family, between = _family_and_friends(qtbot)
    _switch_parent_view(qtbot, window, lambda: window.scene.parent_words())
    assert _arrow_words(qtbot, window, to_family)["details"] == ["Sin flecha", "Me ayudan", "Yo les ayudo",
                                                                 "Nos ayudamos"]
    others = _arrow_words(qtbot, window, between)
    assert others["list"][0] == "Ana ayuda a Jess"
    assert others["toolbar"] == ["Sin flecha", "Ana ayuda a Jess", "Jess ayuda a Ana", "Se ayudan entre sí"]


def test_switching_the_parent_view_with_a_line_selected_renames_its_arrow(qtbot):
    """The toolbar's and Details' boxes follow the switch at once, the line still selected."""
    window, to_family, _between = _family_and_friends(qtbot)
    window.scene.select_ids([], [to_family])
    picker, details = window.style_picker.flow_combo, window.properties.flow_combo
    assert picker.currentText() == "Support comes to Rivera"
    _switch_parent_view(qtbot, window, lambda: window.scene.parent_words())
    assert picker.currentText() == details.currentText() == "They help me"
    assert picker.toolTip() == "They help me"
