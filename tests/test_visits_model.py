"""Visits in the document: starting, deleting and editing visits, each undoable exactly."""

import copy
import datetime

import networkx as nx
import pytest
from PySide6.QtGui import QUndoStack

from ecomap_desktop.i18n import export_language
from ecomap_desktop.model.document import Document
from ecomap_desktop.model.visit_commands import DeleteVisitCommand, EditVisitCommand, NewVisitCommand
from ecomap_desktop.model.visits import (
    MAX_VISIT_LABEL,
    MAX_VISITS,
    PER_VISIT_FIELDS,
    check_visit_date,
    check_visit_label,
    date_in_words,
    today,
)
from ecomap_desktop.model.vocabulary import ModelError


def _map(graph):
    """Everything a map holds, comparable: node-link data with nodes and edges in a fixed order."""
    data = copy.deepcopy(nx.node_link_data(graph, edges="edges"))  # node_link_data shares graph.graph
    data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
    data["edges"] = sorted(data["edges"], key=lambda e: e["id"])
    return data


def _state(doc):
    """The whole document: every visit with its map."""
    return [(v, _map(doc.visit_graph(v.id))) for v in doc.visits()]


@pytest.fixture
def doc():
    d = Document("Nguyen family")
    d.set_visit(d.current_visit().id, date="2025-03-04", label="First visit")
    aunt = d.add_node({"label": "Aunt Lan", "category": "family"})
    d.add_edge(d.centre_id, aunt, {"strength": "strong"})
    d.set_meta("worker_notes", "Talked about the school run.")
    d.set_meta("reflection", "Lan helps most mornings.")
    d.set_meta("commitment", "Call Lan on Sunday.")
    d.set_meta("step_notes", {"people": "Lan first"})
    d.set_meta("steps_done", ["support", "people"])
    d.set_meta("title", "Our map")
    return d


def test_a_new_document_has_one_visit_dated_today():
    d = Document()
    assert d.visit_count() == 1
    visit = d.current_visit()
    assert (visit.date, visit.label) == (today(), "")
    assert d.visits() == [visit]
    assert d.visit_index(visit.id) == 0
    assert _map(d.visit_graph(visit.id)) == _map(d.graph_view())


def test_starting_a_visit_keeps_the_map_and_its_ids_and_clears_the_visits_own_fields(doc, qtbot):
    first = doc.current_visit()
    before = _map(doc.graph_view())
    with qtbot.waitSignal(doc.visits_changed):
        new_id = doc.start_visit("2025-06-10", "30 days")
    assert [v.id for v in doc.visits()] == [first.id, new_id]
    assert doc.current_visit().date == "2025-06-10" and doc.current_visit().label == "30 days"
    # The past visit is the map exactly as it was, notes and all.
    assert _map(doc.visit_graph(first.id)) == before
    # The new visit: same people, groups and connections with the same ids...
    now = doc.graph_view()
    assert set(now.nodes) == {n["id"] for n in before["nodes"]}
    assert {d["id"] for _, _, d in now.edges(data=True)} == {e["id"] for e in before["edges"]}
    # ...its own notes, reflection, commitment and steps start empty; the rest is copied.
    for key in PER_VISIT_FIELDS:
        assert doc.meta(key) in ("", {}, []), key
    assert doc.meta("title") == "Our map"


def test_a_past_visit_does_not_change_when_the_map_is_edited(doc):
    first = doc.current_visit().id
    before = _map(doc.graph_view())
    doc.start_visit("2025-06-10")
    uncle = doc.add_node({"label": "Uncle Minh"})
    doc.add_edge(doc.centre_id, uncle)
    doc.set_node(uncle, {"label": "Uncle Minh N."})
    doc.set_meta("reflection", "New this time")
    assert _map(doc.visit_graph(first)) == before
    with pytest.raises(nx.NetworkXError):
        doc.visit_graph(first).add_node("someone")  # read-only


def test_undo_and_redo_of_a_new_visit_restore_the_exact_map(doc, qtbot):
    stack = QUndoStack()
    before = _state(doc)
    stack.push(NewVisitCommand(doc, "2025-06-10", "30 days"))
    after = _state(doc)
    assert doc.visit_count() == 2 and after != before
    with qtbot.waitSignal(doc.reset):
        stack.undo()
    assert _state(doc) == before
    assert doc.meta("reflection") == "Lan helps most mornings."
    stack.redo()
    assert _state(doc) == after  # the same visit id again
    assert stack.undoText() == "New visit"


def test_deleting_the_latest_visit_makes_the_one_before_current_and_undo_brings_it_back(doc, qtbot):
    stack = QUndoStack()
    first = doc.current_visit().id
    second = doc.start_visit("2025-06-10")
    doc.add_node({"label": "Uncle Minh"})
    doc.set_meta("commitment", "Ask Minh about Saturdays.")
    before = _state(doc)
    command = DeleteVisitCommand(doc, second)
    assert command.text() == "Delete visit of June 10, 2025"
    with qtbot.waitSignal(doc.reset):
        stack.push(command)
    assert [v.id for v in doc.visits()] == [first]
    assert [d["label"] for _, d in doc.nodes_data()] == ["Nguyen family", "Aunt Lan"]
    assert doc.meta("commitment") == "Call Lan on Sunday."
    after = _state(doc)
    stack.undo()
    assert _state(doc) == before
    assert doc.meta("commitment") == "Ask Minh about Saturdays."
    stack.redo()
    assert _state(doc) == after


def test_deleting_a_past_visit_leaves_the_live_map_alone(doc, qtbot):
    stack = QUndoStack()
    first = doc.current_visit().id
    second = doc.start_visit("2025-06-10")
    third = doc.start_visit("2025-09-01", "90 days")
    doc.add_node({"label": "Uncle Minh"})
    before = _state(doc)
    live = _map(doc.graph_view())
    with qtbot.assertNotEmitted(doc.reset):
        stack.push(DeleteVisitCommand(doc, second))
    assert [v.id for v in doc.visits()] == [first, third]
    assert _map(doc.graph_view()) == live
    stack.undo()
    assert _state(doc) == before
    assert doc.visit_index(second) == 1


def test_the_only_visit_cannot_be_deleted(doc):
    only = doc.current_visit().id
    with pytest.raises(ModelError):
        DeleteVisitCommand(doc, only)
    with pytest.raises(ModelError):
        doc.remove_visit(only)
    assert doc.visit_count() == 1


def test_dates_stay_in_order(doc):
    first = doc.current_visit().id
    with pytest.raises(ModelError):
        doc.start_visit("2025-03-03")  # before the current visit
    with pytest.raises(ModelError):
        NewVisitCommand(doc, "2024-12-31")
    second = doc.start_visit("2025-06-10")
    third = doc.start_visit("2025-09-01")
    with pytest.raises(ModelError):
        doc.set_visit(second, date="2025-09-02")  # after the visit that follows it
    with pytest.raises(ModelError):
        EditVisitCommand(doc, second, date="2025-03-01")  # before the visit it follows
    with pytest.raises(ModelError):
        doc.set_visit(first, date="2025-02-30")  # not a date
    assert [v.date for v in doc.visits()] == ["2025-03-04", "2025-06-10", "2025-09-01"]
    doc.set_visit(second, date="2025-09-01")  # the same day as the next one is allowed
    assert doc.visit_index(third) == 2


def test_two_visits_on_the_same_day_are_allowed(doc):
    first = doc.current_visit()
    second = doc.start_visit(first.date, "afternoon")
    assert [v.date for v in doc.visits()] == [first.date, first.date]
    assert doc.current_visit().id == second


def test_editing_a_visit_is_undoable(doc, qtbot):
    stack = QUndoStack()
    first = doc.current_visit().id
    doc.start_visit("2025-06-10")
    before = doc.visits()
    with qtbot.waitSignal(doc.visits_changed):
        stack.push(EditVisitCommand(doc, first, date="2025-03-05", label="Intake"))
    assert (doc.visits()[0].date, doc.visits()[0].label) == ("2025-03-05", "Intake")
    stack.push(EditVisitCommand(doc, first, label=""))  # the date stays
    assert (doc.visits()[0].date, doc.visits()[0].label) == ("2025-03-05", "")
    stack.undo()
    stack.undo()
    assert doc.visits() == before


def test_there_is_a_cap_on_visits():
    d = Document()
    for _ in range(MAX_VISITS - 1):
        d.start_visit(today())
    with pytest.raises(ModelError):
        d.start_visit(today())
    with pytest.raises(ModelError):
        NewVisitCommand(d, today())
    assert d.visit_count() == MAX_VISITS


def test_visit_dates_and_labels_are_checked():
    assert check_visit_date("2024-02-29") == "2024-02-29"
    for bad in ("2023-02-29", "2025-3-4", "04/03/2025", "2025-03-04T10:00", 20250304, None, "２０２５-03-04"):
        with pytest.raises(ModelError):
            check_visit_date(bad)
    assert check_visit_label("") == ""
    assert check_visit_label("First visit") == "First visit"
    for bad in ("x" * (MAX_VISIT_LABEL + 1), "two\nlines", 3):
        with pytest.raises(ModelError):
            check_visit_label(bad)


def test_today_is_the_local_calendar_date(monkeypatch):
    class Fixed(datetime.date):
        @classmethod
        def today(cls):
            return cls(2025, 1, 2)

    monkeypatch.setattr(datetime, "date", Fixed)
    assert today() == "2025-01-02"


@pytest.mark.parametrize("locale_name", ["C", "de_DE.UTF-8", "es_ES.UTF-8"])
def test_a_date_in_words_depends_only_on_the_language(monkeypatch, locale_name):
    # Whatever the machine's locale and time zone, the words come from the date and the language.
    monkeypatch.setenv("LC_ALL", locale_name)
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    assert date_in_words("2025-03-04", "en") == "March 4, 2025"
    assert date_in_words("2025-03-04", "es") == "4 de marzo de 2025"
    assert date_in_words("2024-12-31", "es") == "31 de diciembre de 2024"
    assert date_in_words("2025-05-01", "en") == "May 1, 2025"
    with export_language("es"):
        assert date_in_words("2025-06-10") == "10 de junio de 2025"  # the current language
    assert date_in_words("2025-06-10") == "June 10, 2025"
    with pytest.raises(ModelError):
        date_in_words("2025-13-01")


def test_a_document_as_at_a_past_visit_holds_that_visit_and_the_ones_before():
    doc = Document("Rivera family")
    jess = doc.add_node({"label": "Jess", "x": 100.0, "y": 0.0})
    doc.set_visit(doc.current_visit().id, date="2025-03-04")
    first = doc.current_visit().id
    second = doc.start_visit("2025-04-03")
    doc.set_node(jess, {"label": "Jessica"})
    doc.start_visit("2025-06-02")
    then = doc.as_at_visit(second)
    assert [v.date for v in then.visits()] == ["2025-03-04", "2025-04-03"]
    assert then.node(jess)["label"] == "Jessica" and then.current_visit().id == second
    assert then.visit_graph(first).nodes[jess]["label"] == "Jess"
    then.set_node(jess, {"label": "changed in the copy"})  # a copy: the map itself is untouched
    assert doc.visit_graph(second).nodes[jess]["label"] == "Jessica"
    assert doc.as_at_visit(doc.current_visit().id) is doc
