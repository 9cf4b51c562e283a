"""The .ecomap file: round trips, plain-networkx loading, atomic saving and backups."""

import json
import os
import stat

import networkx as nx
import pytest

from ecomap_desktop.io import atomic, mapfile
from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.io.mapfile import document_to_bytes, load_document, save_document
from ecomap_desktop.model.document import Document


def _small_map():
    doc = Document("Okafor family")
    a = doc.add_node({"label": "Chidi", "category": "friend", "x": 150, "y": 20, "ring": "closest",
                      "support": ["emotional", "practical"], "notes": "Lives nearby"})
    g = doc.add_node({"label": "Héritage community centre", "kind": "group", "category": "community",
                      "x": -200, "y": 80})
    doc.add_edge(a, doc.centre_id, {"strength": "strong", "flow": "both"})
    doc.add_edge(doc.centre_id, g, {"strength": "stressful", "flow": "to_source", "note": "late fees"})
    doc.set_meta("commitment", "Ask Chidi about the playgroup")
    return doc


def test_save_load_save_gives_identical_bytes(tmp_path):
    path = tmp_path / "okafor.ecomap"
    doc = _small_map()
    save_document(doc, path)
    first = path.read_bytes()
    again = load_document(path)
    save_document(again, path)
    assert path.read_bytes() == first
    assert document_to_bytes(again) == document_to_bytes(doc)


def test_plain_networkx_loads_the_file_with_every_attribute(tmp_path):
    path = tmp_path / "m.ecomap"
    save_document(_small_map(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "ecomap" and data["version"] == 2
    graph = nx.node_link_graph(data, edges="edges")
    assert graph.is_directed() and graph.number_of_nodes() == 3 and graph.number_of_edges() == 2
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    assert "Héritage community centre" in labels
    assert {d["strength"] for *_, d in graph.edges(data=True)} == {"strong", "stressful"}
    assert graph.graph["commitment"] == "Ask Chidi about the playgroup"


def test_save_keeps_previous_version_as_bak_and_is_owner_only(tmp_path):
    path = tmp_path / "m.ecomap"
    doc = _small_map()
    save_document(doc, path)
    old = path.read_bytes()
    doc.set_meta("title", "Second visit")
    save_document(doc, path)
    bak = tmp_path / "m.ecomap.bak"
    assert bak.read_bytes() == old
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(bak.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.ecomap", "m.ecomap.bak"]


def test_failed_write_leaves_previous_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "m.ecomap"
    doc = _small_map()
    save_document(doc, path)
    old = path.read_bytes()
    doc.set_meta("title", "changed")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(mapfile.os, "fsync", broken_fsync)
    with pytest.raises(MapFileError) as info:
        save_document(doc, path)
    monkeypatch.undo()
    assert "disk is full" in str(info.value) and "previous copy is unchanged" in str(info.value)
    assert path.read_bytes() == old
    load_document(path)  # still loadable
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.ecomap"]  # no temp file left behind


def test_read_only_folder_gives_plain_message(tmp_path, monkeypatch):
    # Root ignores folder permission bits, so the refusal the OS gives is simulated where it happens.
    path = tmp_path / "m.ecomap"
    save_document(_small_map(), path)
    old = path.read_bytes()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    doc = _small_map()
    doc.set_meta("title", "changed")
    with pytest.raises(MapFileError, match="permission denied") as info:
        save_document(doc, path)
    assert "Okafor" not in str(info.value) and "\n" not in str(info.value)
    assert path.read_bytes() == old


def test_load_into_existing_document_replaces_it_and_emits_reset(tmp_path):
    path = tmp_path / "m.ecomap"
    save_document(_small_map(), path)
    doc = Document("someone else")
    resets = []
    doc.reset.connect(lambda: resets.append(1))
    load_document(path, doc)
    assert resets == [1] and doc.node(doc.centre_id)["label"] == "Okafor family"


def test_bad_file_leaves_document_untouched(tmp_path):
    path = tmp_path / "bad.ecomap"
    path.write_text("{", encoding="utf-8")
    doc = _small_map()
    before = document_to_bytes(doc)
    with pytest.raises(MapFileError):
        load_document(path, doc)
    assert document_to_bytes(doc) == before


def test_the_data_written_is_a_copy_the_map_cannot_be_changed_through():
    doc = Document("Nguyen family")
    person = doc.add_node({"kind": "person", "label": "Grandma"})
    doc.set_node(person, {"support": ["emotional"]})
    doc.set_node(doc.centre_id, {"household": [{"name": "Lan", "age": "9", "relationship": "daughter"}]})
    before = document_to_bytes(doc)
    data = mapfile.document_to_data(doc)
    for entry in data["nodes"]:
        entry["support"].append("advice")
        for member in entry["household"]:
            member["name"] = "changed"
    assert document_to_bytes(doc) == before


@pytest.mark.parametrize("shape", ["side by side", "nested"])
def test_one_list_more_than_a_map_can_hold_is_refused_in_its_shortest_form(shape):
    """The shortest files holding one list more than the limit (a list takes two bytes at least):
    both refused, before anything is built from them."""
    count = mapfile.MAX_CONTAINERS + 1
    raw = (b"[" + b"[]," * (count - 2) + b"[]]" if shape == "side by side"
           else b"[" * count + b"]" * count)
    with pytest.raises(MapFileError) as info:
        mapfile.bytes_to_map(raw, "m.ecomap")
    assert "more entries than a map can hold" in str(info.value)


def test_a_file_that_begins_with_a_byte_order_mark_opens_as_without_it(tmp_path):
    """Some editors put a UTF-8 byte order mark first: one is passed over, as the utf-8-sig codec
    does (read without importing that codec at every start); two are not a map."""
    doc = Document("Núñez family")
    doc.add_node({"label": "Tía Rosa", "x": 120, "y": -40})
    plain = document_to_bytes(doc)
    marked = tmp_path / "marked.ecomap"
    marked.write_bytes(b"\xef\xbb\xbf" + plain)
    assert document_to_bytes(load_document(marked)) == plain
    twice = tmp_path / "twice.ecomap"
    twice.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + plain)
    with pytest.raises(MapFileError):
        load_document(twice)
    broken = tmp_path / "broken.ecomap"
    broken.write_bytes(b"\xef\xbb\xbf" + plain[:-40] + b"\xff" + plain[-39:])
    with pytest.raises(MapFileError):
        load_document(broken)
