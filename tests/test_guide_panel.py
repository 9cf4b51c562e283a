"""The conversation guide: notes and done marks saved in the map and undoable, quick-add on the
canvas as one undo step, and walking the connections one by one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from canvas_support import make_canvas
from ecomap_desktop.model.document import Document
from ecomap_desktop.model.vocabulary import STEPS
from ecomap_desktop.analysis.connections import connection_order, flow_for_direction
from ecomap_desktop.ui.panels.guide.panel import GuidePanel


@pytest.fixture
def standalone(qtbot):
    doc = Document("Lopez family")
    stack = QUndoStack()
    panel = GuidePanel(doc, stack)
    qtbot.addWidget(panel)
    panel.show()
    return doc, stack, panel


@pytest.fixture
def with_canvas(qtbot):
    c = make_canvas(qtbot, "Lopez family")
    panel = GuidePanel(c.doc, c.stack, c.scene)
    qtbot.addWidget(panel)
    panel.show()
    return c, panel


# ----- steps, notes, done marks ----------------------------------------------------------------------


def test_steps_can_be_shown_in_any_order(standalone):
    doc, stack, panel = standalone
    assert panel.current_step() == "support"
    for step in ("next", "people", "strength", "support", "groups"):
        panel.step_buttons[step].click()
        assert panel.current_step() == step
        assert panel.step_buttons[step].isChecked()
    assert stack.count() == 0  # looking at steps changes nothing in the map


def test_notes_are_saved_per_step_and_undoable(standalone, qtbot):
    doc, stack, panel = standalone
    panel.show_step("people")
    qtbot.keyClicks(panel.notes_edits["people"], "Mum lives close")
    assert doc.meta("step_notes") == {"people": "Mum lives close"}
    assert stack.count() == 1  # typing is one undo step
    panel.show_step("groups")
    qtbot.keyClicks(panel.notes_edits["groups"], "Church on Sundays")
    assert doc.meta("step_notes") == {"people": "Mum lives close", "groups": "Church on Sundays"}
    assert stack.count() == 2  # notes in another step are their own undo step
    stack.undo()
    assert doc.meta("step_notes") == {"people": "Mum lives close"}
    assert panel.notes_edits["groups"].toPlainText() == ""
    stack.undo()
    assert doc.meta("step_notes") == {} and panel.notes_edits["people"].toPlainText() == ""
    stack.redo()
    assert panel.notes_edits["people"].toPlainText() == "Mum lives close"


def test_clearing_a_note_removes_it(standalone, qtbot):
    doc, stack, panel = standalone
    qtbot.keyClicks(panel.notes_edits["support"], "x")
    panel.notes_edits["support"].clear()
    assert doc.meta("step_notes") == {}


def test_marking_steps_done_shows_and_undoes(standalone):
    doc, stack, panel = standalone
    assert "0 of 5" in panel.progress_label.text()
    panel.show_step("strength")
    panel.done_buttons["strength"].click()
    assert doc.meta("steps_done") == ["strength"]
    assert panel.step_buttons["strength"].done and "done" in panel.step_buttons["strength"].accessibleName()
    assert panel.done_buttons["strength"].isChecked() and "Done" in panel.done_buttons["strength"].text()
    assert "1 of 5" in panel.progress_label.text()
    panel.done_buttons["support"].click()
    assert doc.meta("steps_done") == ["support", "strength"]  # kept in the steps' order
    panel.done_buttons["strength"].click()  # and un-marked
    assert doc.meta("steps_done") == ["support"]
    stack.undo()
    stack.undo()
    assert doc.meta("steps_done") == ["strength"]
    stack.undo()
    assert doc.meta("steps_done") == []
    assert not panel.step_buttons["strength"].done and not panel.done_buttons["strength"].isChecked()


def test_commitment_reflection_and_worker_notes(standalone, qtbot):
    doc, stack, panel = standalone
    qtbot.keyClicks(panel.commitment_edit, "Call my sister on Saturday")
    assert doc.meta("commitment") == "Call my sister on Saturday"
    panel.show_step("next")
    qtbot.keyClicks(panel.reflection_edit, "Most help comes from Mum")
    qtbot.keyClicks(panel.worker_notes_edit, "Follow up in May")
    assert doc.meta("reflection") == "Most help comes from Mum"
    assert doc.meta("worker_notes") == "Follow up in May"
    assert stack.count() == 3
    stack.undo()
    stack.undo()
    assert doc.meta("reflection") == "" and doc.meta("commitment") == "Call my sister on Saturday"
    # The commitment is in view whichever step is shown.
    for step in STEPS:
        panel.show_step(step)
        assert panel.commitment_edit.isVisible()


def test_loading_a_map_fills_the_guide(standalone):
    doc, stack, panel = standalone
    other = Document("Kim")
    other.set_meta("step_notes", {"next": "Wants a playgroup"})
    other.set_meta("steps_done", ["support", "next"])
    other.set_meta("commitment", "Visit the library group")
    doc.replace_graph(other.graph_copy())
    assert panel.notes_edits["next"].toPlainText() == "Wants a playgroup"
    assert panel.step_buttons["next"].done and panel.step_buttons["support"].done
    assert panel.commitment_edit.toPlainText() == "Visit the library group"
    assert stack.count() == 0  # filling the fields pushed nothing


# ----- quick add ---------------------------------------------------------------------------------------


def test_quick_add_puts_a_named_category_on_the_canvas_in_one_step(with_canvas, qtbot):
    c, panel = with_canvas
    panel.show_step("people")
    panel.quick_add_buttons[("person", "neighbour")].click()
    (node_id,) = [n for n in c.doc.node_ids() if n != c.doc.centre_id]
    node = c.doc.node(node_id)
    assert node["kind"] == "person" and node["category"] == "neighbour"
    assert c.stack.count() == 1 and c.stack.undoText() == "Add Neighbour"
    assert c.scene.selected_node_ids() == [node_id] and c.scene.is_editing_label()
    qtbot.keyClicks(c.view, "Mrs Patel")
    qtbot.keyClick(c.view, Qt.Key.Key_Return)
    assert c.doc.node(node_id)["label"] == "Mrs Patel"
    c.stack.undo()  # the name
    c.stack.undo()  # the whole quick add
    assert c.doc.node_ids() == [c.doc.centre_id]


def test_quick_add_group_and_a_pending_name_is_its_own_step(with_canvas, qtbot):
    c, panel = with_canvas
    panel.show_step("groups")
    panel.quick_add_buttons[("group", "faith")].click()
    qtbot.keyClicks(c.view, "St Mary's")
    # Adding the next one while a name is still being typed keeps the name as its own step.
    panel.quick_add_buttons[("group", "school")].click()
    outer = [c.doc.node(n) for n in c.doc.node_ids() if n != c.doc.centre_id]
    assert [(n["kind"], n["category"]) for n in outer] == [("group", "faith"), ("group", "school")]
    assert outer[0]["label"] == "St Mary's"
    assert c.stack.count() == 3
    c.stack.undo()
    assert len(c.doc.node_ids()) == 2 and c.doc.node(outer[0]["id"])["label"] == "St Mary's"


def test_quick_add_without_a_canvas(standalone):
    doc, stack, panel = standalone
    panel.show_step("groups")
    panel.quick_add_buttons[("group", "health")].click()
    (node_id,) = [n for n in doc.node_ids() if n != doc.centre_id]
    assert doc.node(node_id)["category"] == "health" and stack.count() == 1


# ----- walking the connections ---------------------------------------------------------------------------


def _three_lines(c):
    centre = c.doc.centre_id
    north = c.add("North", 0, -200)
    east = c.add("East", 200, 0)
    west = c.add("West", -200, 0)
    e_north = c.doc.add_edge(north, centre)
    e_west = c.doc.add_edge(centre, west, {"flow": "to_target"})
    e_east = c.doc.add_edge(east, centre, {"strength": "stressful"})
    return e_north, e_east, e_west


def test_connections_go_round_the_centre_clockwise(with_canvas):
    c, panel = with_canvas
    e_north, e_east, e_west = _three_lines(c)
    other = c.doc.add_edge(c.doc.node_ids()[1], c.doc.node_ids()[2])  # North-East: after the family's
    assert connection_order(c.doc) == [e_north, e_east, e_west, other]


def test_next_and_previous_select_each_connection_on_the_canvas(with_canvas):
    c, panel = with_canvas
    e_north, e_east, e_west = _three_lines(c)
    panel.show_step("strength")
    assert panel.current_connection() == e_north
    assert panel.connection_count_label.text() == "Line 1 of 3"
    assert panel.connection_name_label.text() == "North and the family"
    panel.next_button.click()
    assert c.scene.selected_edge_ids() == [e_east] and panel.current_connection() == e_east
    assert panel.strength_buttons["stressful"].isChecked()
    panel.next_button.click()
    assert c.scene.selected_edge_ids() == [e_west]
    panel.next_button.click()  # round again
    assert c.scene.selected_edge_ids() == [e_north]
    panel.previous_button.click()
    assert c.scene.selected_edge_ids() == [e_west] and panel.connection_count_label.text() == "Line 3 of 3"
    # Selecting a line on the canvas moves the guide to it.
    c.scene.select_ids([], [e_east])
    assert panel.current_connection() == e_east
    assert c.stack.count() == 0  # walking changes nothing


def test_the_lines_step_first_shown_starts_on_the_line_last_chosen_alone_on_the_map(with_canvas):
    """The stepper is built when the Lines step is first shown: a line chosen on the map before then
    (even if the choice has moved on to a person since) is the one it starts on, as when it was
    built with the guide."""
    c, panel = with_canvas
    e_north, e_east, e_west = _three_lines(c)
    c.scene.select_ids([], [e_west])
    c.scene.select_ids([c.doc.centre_id])
    panel.show_step("strength")
    assert panel.current_connection() == e_west
    assert panel.connection_count_label.text() == "Line 3 of 3"
    assert c.scene.selected_node_ids() == [c.doc.centre_id]  # showing the step changes no choice


def test_strength_and_flow_buttons_change_the_current_connection(with_canvas):
    c, panel = with_canvas
    e_north, e_east, e_west = _three_lines(c)
    panel.show_step("strength")
    panel.strength_buttons["strong"].click()
    assert c.doc.edge(e_north)["strength"] == "strong"
    # North -> family: "support comes to the family" is source to target.
    panel.flow_buttons["to_family"].click()
    assert c.doc.edge(e_north)["flow"] == "to_target"
    assert panel.flow_buttons["to_family"].isChecked()
    panel.next_button.click()
    panel.next_button.click()  # West: the family is the source
    assert panel.flow_buttons["from_family"].isChecked()  # stored to_target = family gives
    panel.flow_buttons["to_family"].click()
    assert c.doc.edge(e_west)["flow"] == "to_source"
    assert c.stack.count() == 3
    c.stack.undo()
    assert c.doc.edge(e_west)["flow"] == "to_target" and panel.flow_buttons["from_family"].isChecked()
    c.stack.undo()
    c.stack.undo()
    assert c.doc.edge(e_north)["strength"] == "moderate" and c.doc.edge(e_north)["flow"] == "none"


def test_lines_between_two_outer_people_are_named_by_their_ends(with_canvas):
    c, panel = with_canvas
    a = c.add("Ana", 100, -200)
    b = c.add("Ben", 200, -100)
    edge = c.doc.add_edge(a, b)
    panel.show_step("strength")
    assert panel.connection_name_label.text() == "Ana and Ben"
    assert panel.flow_buttons["to_family"].text() == "Support flows from Ana to Ben"
    panel.flow_buttons["from_family"].click()
    assert c.doc.edge(edge)["flow"] == "to_source"


def test_no_connections_says_how_to_draw_one(with_canvas):
    c, panel = with_canvas
    panel.show_step("strength")
    assert panel.no_connection_label.isVisible() and not panel.next_button.isVisible()
    n = c.add("Ana", 0, -200)
    edge = c.doc.add_edge(n, c.doc.centre_id)
    assert not panel.no_connection_label.isVisible() and panel.current_connection() == edge
    c.doc.remove_edge(edge)
    assert panel.no_connection_label.isVisible() and panel.current_connection() is None


def test_flow_for_direction_inverts_flow_for_family():
    from ecomap_desktop.analysis.insights import flow_for_family

    for source, target in (("a", "C"), ("C", "a")):
        for direction in ("to_family", "from_family", "both", "none"):
            flow = flow_for_direction(direction, source, target, "C")
            assert flow_for_family(flow, source, target, "C") == direction


# ----- parent view -------------------------------------------------------------------------------------


def test_parent_view_hides_the_workers_notes_and_uses_plain_words(with_canvas):
    c, panel = with_canvas
    n = c.add("Ana", 0, -200)
    c.doc.add_edge(n, c.doc.centre_id)
    panel.show_step("strength")
    assert panel.strength_buttons["strong"].text() == "Strong"
    panel.set_parent_view(True)
    # Only the worker's own notes go; the step's notes are the family's and stay.
    assert panel.notes_edits["strength"].isVisible() and not panel.worker_notes_edit.isVisible()
    assert panel.strength_buttons["strong"].text() == "A big help"
    assert panel.flow_buttons["to_family"].text() == "They help me"
    assert panel.commitment_edit.isVisible()
    panel.set_parent_view(False)
    assert panel.notes_edits["strength"].isVisible() and panel.worker_notes_edit.isVisible()
    assert panel.strength_buttons["strong"].text() == "Strong"
