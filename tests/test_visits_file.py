"""File format version 2: every visit is saved, read back exactly and checked strictly."""

import copy
import json

import networkx as nx
import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ecomap_desktop.io import protection
from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.io.mapfile import (
    backup_path,
    bytes_to_map,
    data_to_graph,
    data_to_bytes,
    document_to_bytes,
    graph_to_map_data,
    load_document,
    read_map,
    save_document,
)
from ecomap_desktop.io.recovery import RecoveryStore
from ecomap_desktop.model.document import Document
from ecomap_desktop.model.visits import MAX_VISITS
from ecomap_desktop.ui.window.autosave import Autosaver, offer_recovery
from ecomap_desktop.ui.window.file_controller import FileController

SECRET = "ZEBRA-SENTINEL-42"


def _map(graph):
    data = copy.deepcopy(nx.node_link_data(graph, edges="edges"))
    data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
    data["edges"] = sorted(data["edges"], key=lambda e: e["id"])
    return data


def _state(doc):
    return [(v, _map(doc.visit_graph(v.id))) for v in doc.visits()]


def three_visits() -> Document:
    """A map drawn at intake, redrawn at 30 and 90 days, with each visit's own words."""
    doc = Document("Tran family")
    doc.set_visit(doc.current_visit().id, date="2025-03-04", label="First visit")
    aunt = doc.add_node({"label": "Aunt Lan", "category": "family", "x": 150.0, "y": -40.0})
    school = doc.add_node({"label": "Elm School", "kind": "group", "category": "school"})
    doc.add_edge(doc.centre_id, aunt, {"strength": "strong", "flow": "both"})
    line = doc.add_edge(school, doc.centre_id, {"strength": "stressful"})
    doc.set_meta("reflection", "Lan helps most mornings.")
    doc.start_visit("2025-04-03", "30 days")
    doc.set_edge(line, {"strength": "moderate"})
    minh = doc.add_node({"label": "Uncle Minh", "notes": "New in town"})
    doc.add_edge(minh, doc.centre_id, {"strength": "tenuous", "flow": "to_target"})
    doc.set_meta("commitment", "Call Minh")
    doc.start_visit("2025-06-02", "")
    doc.remove_edge(doc.edge_between(minh, doc.centre_id))
    doc.remove_node(minh)
    doc.set_meta("reflection", "Minh moved away.")
    return doc


def _reload(doc: Document) -> Document:
    loaded = bytes_to_map(document_to_bytes(doc), "m.ecomap")
    again = Document()
    again.replace_graph(loaded.graph, loaded.visits)
    return again


def test_three_visits_come_back_exactly(tmp_path):
    doc = three_visits()
    path = tmp_path / "tran.ecomap"
    save_document(doc, path)
    again = load_document(path)
    assert [(v.date, v.label) for v in again.visits()] == [
        ("2025-03-04", "First visit"), ("2025-04-03", "30 days"), ("2025-06-02", "")]
    assert _state(again) == _state(doc)
    # Each visit keeps its own words.
    reflections = [again.visit_graph(v.id).graph["reflection"] for v in again.visits()]
    assert reflections == ["Lan helps most mornings.", "", "Minh moved away."]
    assert again.visit_graph(again.visits()[1].id).graph["commitment"] == "Call Minh"
    # A past visit read from a file is read-only too.
    with pytest.raises(nx.NetworkXError):
        again.visit_graph(again.visits()[0].id).add_node("x")


def test_plain_networkx_reads_the_current_map_and_every_past_visit(tmp_path):
    doc = three_visits()
    path = tmp_path / "tran.ecomap"
    save_document(doc, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 2
    assert [v["map"] is None for v in data["visits"]] == [False, False, True]
    top = nx.node_link_graph(data, edges="edges")
    assert isinstance(top, nx.DiGraph)
    assert _map(top)["nodes"] == _map(doc.graph_view())["nodes"]
    assert _map(top)["edges"] == _map(doc.graph_view())["edges"]
    for entry, visit in zip(data["visits"][:-1], doc.visits()[:-1]):
        past = nx.node_link_graph(entry["map"], edges="edges")
        assert isinstance(past, nx.DiGraph)  # directions kept: flow is relative to them
        expected = _map(doc.visit_graph(visit.id))
        got = _map(past)
        assert (got["nodes"], got["edges"], got["graph"]) == (expected["nodes"], expected["edges"],
                                                              expected["graph"])
    # graph_to_map_data is what a visit's "map" holds.
    assert data["visits"][0]["map"] == graph_to_map_data(doc.visit_graph(doc.visits()[0].id))


def test_saving_twice_gives_the_same_bytes(tmp_path):
    doc = three_visits()
    first = document_to_bytes(doc)
    assert document_to_bytes(doc) == first  # the same document, again (past visits from the cache)
    again = _reload(doc)
    assert document_to_bytes(again) == first  # loaded and saved
    assert document_to_bytes(_reload(again)) == first


def test_the_cached_text_of_a_past_visit_is_what_a_fresh_encoding_gives():
    doc = three_visits()
    document_to_bytes(doc)  # fills the cache
    fresh = Document()
    loaded = bytes_to_map(document_to_bytes(doc), "m.ecomap")
    fresh.replace_graph(loaded.graph, loaded.visits)
    for _, past in fresh.past_visits():
        past.encoded = None
    assert document_to_bytes(fresh) == document_to_bytes(doc)


# ----- refusals -------------------------------------------------------------------------------


def _data() -> dict:
    return json.loads(document_to_bytes(three_visits()))


def _refused(data: dict) -> str:
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    with pytest.raises(MapFileError) as info:
        bytes_to_map(raw, "tran.ecomap")
    message = str(info.value)
    assert "tran.ecomap" in message and "\n" not in message
    for text in ("Tran", "Lan", "Minh", "Elm", "30 days", "First visit", "mornings"):
        assert text not in message  # never the family's words
    return message


def _with(change):
    data = _data()
    change(data)
    return data


REFUSED = {
    "duplicate visit ids": (lambda d: d["visits"][1].update(id=d["visits"][0]["id"]), "visit 2"),
    "a date that is not a date": (lambda d: d["visits"][1].update(date="2025-02-30"), "visit 2"),
    "a date and time": (lambda d: d["visits"][0].update(date="2025-03-04T10:00:00"), "visit 1"),
    "dates out of order": (lambda d: d["visits"][2].update(date="2025-04-02"), "visit 3"),
    "the current visit not last": (lambda d: d["visits"].reverse(), "visit 1"),
    "two current visits": (lambda d: d["visits"][1].update(map=None), "visit 2"),
    "the last visit with a map": (lambda d: d["visits"][2].update(map=d["visits"][1]["map"]), "visit 3"),
    "no visits": (lambda d: d.update(visits=[]), ""),
    "visits missing": (lambda d: d.pop("visits"), ""),
    "a visit that is not an object": (lambda d: d["visits"].insert(0, "First visit"), "visit 1"),
    "an unknown visit field": (lambda d: d["visits"][0].update(mood="Tran"), "visit 1"),
    "a label too long": (lambda d: d["visits"][0].update(label="Lan " * 30), "visit 1"),
    "a label with a line break": (lambda d: d["visits"][0].update(label="Lan\nMinh"), "visit 1"),
    "a bad node in a past visit": (
        lambda d: d["visits"][1]["map"]["nodes"][1].update(ring="Minh's home"), "visit 2, person or group 2"),
    "an unknown field in a past visit's node": (
        lambda d: d["visits"][1]["map"]["nodes"][1].update(Tran="Lan"), "visit 2, person or group 2"),
    "a past visit's connection to nobody": (
        lambda d: d["visits"][0]["map"]["edges"][0].update(target="Uncle Minh"), "visit 1, connection 1"),
    "a past visit without its centre": (lambda d: d["visits"][0]["map"]["nodes"].pop(0), "visit 1"),
    "a past visit with unexpected entries": (lambda d: d["visits"][0]["map"].update(Lan=1), "visit 1"),
    "a past visit's map not an object": (lambda d: d["visits"][0].update(map=["Lan"]), "visit 1"),
    "a past visit's bad details": (
        lambda d: d["visits"][0]["map"]["graph"].update(steps_done=["Tran"]), "visit 1, map details"),
}


def _five_visits_data() -> dict:
    """Five visits, the last three of them with the same connections (same ends, same ids)."""
    doc = three_visits()
    doc.start_visit("2025-07-01", "")
    doc.start_visit("2025-08-01", "")
    return json.loads(document_to_bytes(doc))


def test_a_visit_with_the_connections_of_the_visit_before_still_has_them_checked():
    data = _five_visits_data()
    visits = data["visits"]
    assert visits[3]["map"]["edges"] == visits[2]["map"]["edges"]  # the same ends and ids as before
    # Its aunt gone, her connection left: it joins someone who is not in that visit's map. Written
    # as the app writes a file (each past visit's map on one line), read by the quick reader.
    aunt = next(n["id"] for n in visits[3]["map"]["nodes"] if n["label"] == "Aunt Lan")
    visits[3]["map"]["nodes"] = [n for n in visits[3]["map"]["nodes"] if n["id"] != aunt]
    raw = data_to_bytes(data)
    with pytest.raises(MapFileError) as info:
        bytes_to_map(raw, "tran.ecomap")
    message = str(info.value)
    assert "(visit 4, connection " in message and "not in the map" in message
    assert "Lan" not in message and "\n" not in message
    # Two connections between the same two in the fourth visit alone: refused there too.
    data = _five_visits_data()
    edges = data["visits"][3]["map"]["edges"]
    edges.append(dict(edges[0], id="a-second-line"))
    with pytest.raises(MapFileError, match=r"\(visit 4, connection 3\): the same two are connected twice"):
        bytes_to_map(data_to_bytes(data), "tran.ecomap")
    assert len(bytes_to_map(data_to_bytes(_five_visits_data()), "tran.ecomap").visits.visits()) == 5


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_every_bad_visit_list_is_refused_naming_the_place_and_quoting_nothing(case):
    change, place = REFUSED[case]
    message = _refused(_with(change))
    if place:
        assert f"({place})" in message
    with pytest.raises(MapFileError):
        data_to_graph(_with(change), "tran.ecomap")  # the current map alone is not enough either


def test_there_is_a_cap_on_visits():
    data = _data()
    current = data["visits"][-1]
    past = data["visits"][0]
    data["visits"] = [dict(past, id=f"v{n}") for n in range(MAX_VISITS)] + [current]
    assert "more than 120 visits" in _refused(data)
    data["visits"] = data["visits"][-MAX_VISITS:]
    assert len(bytes_to_map(json.dumps(data).encode(), "ok.ecomap").visits.visits()) == MAX_VISITS


def test_two_visits_on_the_same_day_load():
    data = _data()
    data["visits"][1]["date"] = data["visits"][2]["date"] = "2025-03-04"
    loaded = bytes_to_map(json.dumps(data).encode(), "same-day.ecomap")
    assert [v.date for v in loaded.visits.visits()] == ["2025-03-04"] * 3


# ----- the whole file is protected, backed up and recovered ----------------------------------------


@pytest.fixture
def quick_passwords(monkeypatch):
    monkeypatch.setattr(protection, "ARGON2ID_PARAMS", {"memory_kib": 1024, "iterations": 1, "lanes": 1})


def test_a_password_covers_every_visit(tmp_path, quick_passwords):
    doc = three_visits()
    doc.set_node(doc.centre_id, {"label": SECRET})
    path = tmp_path / "tran.ecomap"
    save_document(doc, path, password="pw")
    raw = path.read_bytes()
    for text in (SECRET, "Tran family", "Aunt Lan", "Uncle Minh", "30 days", "2025-04-03", "Minh moved"):
        assert text.encode() not in raw
    assert protection.decrypt(raw, "pw", "tran.ecomap") == document_to_bytes(doc)
    assert _state(load_document(path, password="pw")) == _state(doc)


def test_the_backup_is_the_whole_previous_file(tmp_path):
    doc = three_visits()
    path = tmp_path / "tran.ecomap"
    save_document(doc, path)
    before = path.read_bytes()
    doc.start_visit("2025-09-01", "6 months")
    save_document(doc, path)
    assert backup_path(path).read_bytes() == before
    assert len(read_map(backup_path(path)).visits.visits()) == 3
    assert len(read_map(path).visits.visits()) == 4


class _Window:
    """What the recovery code needs of a window: a file controller and an autosaver."""

    def __init__(self, qtbot, store):
        self.widget = QWidget()
        qtbot.addWidget(self.widget)
        self.document = Document()
        self.undo_stack = QUndoStack(self.widget)
        self.files = FileController(self.widget, self.document, self.undo_stack)
        self.autosave = Autosaver(self.files, store)


@pytest.mark.parametrize("protected", [False, True])
def test_a_recovery_copy_brings_back_every_visit(qtbot, tmp_path, monkeypatch, quick_passwords, protected):
    from ecomap_desktop.ui.dialogs import questions as dialogs

    doc = three_visits()
    payload = document_to_bytes(doc)
    store = RecoveryStore(tmp_path / "recovery")
    crashed = RecoveryStore(store.folder)
    crashed.write("a" * 32, protection.encrypt(payload, "pw") if protected else payload,
                  name="tran.ecomap", original_path=None, protected=protected)
    crashed._session_lock.unlock()  # as if the app had died: no live lock
    crashed._session_lock = None
    monkeypatch.setattr(dialogs, "choose_recovery", lambda parent, copies, discard: list(copies))
    monkeypatch.setattr(dialogs, "ask_password", lambda parent, name, error="": "pw")
    window = _Window(qtbot, store)
    try:
        assert offer_recovery(None, lambda: window, store) == 1
        assert _state(window.document) == _state(doc)
        assert document_to_bytes(window.document) == payload
    finally:
        store.stop()


def test_the_initials_only_copy_of_every_visit_keeps_no_name():
    from ecomap_desktop.export.initials_only import initials_only_document

    doc = three_visits()
    shared = initials_only_document(doc)
    assert [v.date for v in shared.visits()] == [v.date for v in doc.visits()]
    raw = document_to_bytes(shared)
    assert len(bytes_to_map(raw, "shared.ecomap").visits.visits()) == 3  # a valid file
    for name in ("Tran", "Aunt Lan", "Uncle Minh", "Elm School", "First visit", "30 days"):
        assert name.encode() not in raw


def test_a_past_visit_read_from_a_file_is_saved_as_its_graph_would_be():
    loaded = bytes_to_map(document_to_bytes(three_visits()), "m.ecomap")
    for _visit, past in loaded.visits.past_maps():
        # Made without the graph, from texts shared between visits: exactly what the graph gives.
        assert past.encode is not None
        assert past.encode() == json.dumps(graph_to_map_data(past.graph()), ensure_ascii=False,
                                           separators=(",", ":")).encode("utf-8")


def test_editing_the_opened_map_never_reaches_a_past_visit():
    doc = three_visits()
    doc.set_node(doc.centre_id, {"household": [{"name": "Mai", "age": "7", "relationship": "daughter"}]})
    doc.start_visit("2025-07-01")
    again = _reload(doc)
    before = _state(again)
    past = again.visits()[-2].id
    live, then = again.graph_view(), again.visit_graph(past)
    # The live map holds its own values, even where they are equal to a past visit's.
    centre = again.centre_id
    assert live.nodes[centre]["household"] == then.nodes[centre]["household"]
    assert live.nodes[centre]["household"] is not then.nodes[centre]["household"]
    assert live.graph["legend"] is not then.graph["legend"]
    again.set_node(centre, {"household": [], "label": "Tran family (moved)"})
    again.set_meta("legend", [])
    assert _state(again)[:-1] == before[:-1]
