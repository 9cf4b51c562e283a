"""A copy safe to share: every name becomes its initials, in every format, and nothing else changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from ecomap_desktop import cli
from ecomap_desktop.export.initials_only import initials, initials_only_document
from ecomap_desktop.io.mapfile import read_graph, save_document
from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.dialogs import questions as dialogs
from ecomap_desktop.ui.main_window import MainWindow
from ecomap_desktop.ui.window import export_actions, share_copy

from export_support import pdf_info, pdf_text

#: Words that must appear in no output of an initials-only copy.
SENTINELS = ("Quillfeather", "Zebedee", "Ottoline", "Marchbanks")


def sentinel_doc() -> Document:
    """A map whose every name, note, title and commitment carries a sentinel word."""
    doc = Document("Quillfeather family")
    doc.set_meta("title", "Quillfeather eco-map")
    doc.set_meta("commitment", "Ring Zebedee on Tuesday")
    doc.set_meta("reflection", "Zebedee helps more than we knew")
    doc.set_meta("worker_notes", "Ask Ottoline about housing")
    doc.set_meta("step_notes", {"people": "Marchbanks is a neighbour"})
    doc.set_node(doc.centre_id, {"household": [{"name": "Ottoline Quillfeather", "age": "7",
                                                "relationship": "daughter"}]})
    friend = doc.add_node({"label": "Zebedee Marchbanks", "category": "friend", "x": 200.0, "y": 0.0,
                           "notes": "Zebedee drives us", "support": ["practical"], "ring": "friends"})
    group = doc.add_node({"label": "Quillfeather Bakery", "kind": "group", "category": "work",
                          "x": -180.0, "y": 120.0})
    doc.add_edge(doc.centre_id, friend, {"strength": "strong", "flow": "to_source",
                                         "note": "Marchbanks calls daily"})
    doc.add_edge(group, doc.centre_id, {"strength": "stressful", "colour": "#aa3300"})
    return doc


def assert_no_sentinel(text: str) -> None:
    lowered = text.lower()
    found = [word for word in SENTINELS if word.lower() in lowered]
    assert not found, f"{found} found"


@pytest.mark.parametrize("name, expected", [
    ("Grandma Ada", "GA"),
    ("Mary-Jane O'Neil", "MJO"),
    ("Dr. Mensah (GP)", "DMG"),
    ("José Núñez", "JN"),
    ("e\u0301mile zola", "E\u0301Z"),  # an accent written as a separate mark stays with its letter
    ("王小明", "王"),
    ("  ", ""),
])
def test_initials(name, expected):
    assert initials(name) == expected


def test_the_copy_changes_only_names_and_drops_notes_title_and_commitment():
    doc = sentinel_doc()
    copy = initials_only_document(doc)
    assert copy is not doc and doc.node(doc.centre_id)["label"] == "Quillfeather family"  # untouched
    assert sorted(copy.node_ids()) == sorted(doc.node_ids())
    assert sorted(copy.edge_ids()) == sorted(doc.edge_ids())
    for node_id in doc.node_ids():
        before, after = doc.node(node_id), copy.node(node_id)
        assert after["label"] == initials(before["label"])
        assert after["notes"] == ""
        assert [m["name"] for m in after["household"]] == [initials(m["name"]) for m in before["household"]]
        for key in ("kind", "category", "x", "y", "ring", "support"):
            assert after[key] == before[key]
    assert copy.node(copy.centre_id)["household"][0] == {"name": "OQ", "age": "7", "relationship": "daughter"}
    for edge_id in doc.edge_ids():
        before, after = doc.edge(edge_id), copy.edge(edge_id)
        assert after["note"] == ""
        for key in ("source", "target", "strength", "flow", "colour"):
            assert after[key] == before[key]
    for key in ("title", "commitment", "reflection", "worker_notes"):
        assert copy.meta(key) == ""
    assert copy.meta("step_notes") == {}
    for key in ("legend", "created", "modified"):
        assert copy.meta(key) == doc.meta(key)


def test_notes_title_and_commitment_stay_when_asked_for():
    doc = sentinel_doc()
    copy = initials_only_document(doc, keep_notes=True)
    for key in ("title", "commitment", "reflection", "worker_notes", "step_notes"):
        assert copy.meta(key) == doc.meta(key)
    friend = next(n for n in doc.node_ids() if doc.node(n)["category"] == "friend")
    assert copy.node(friend)["notes"] == "Zebedee drives us"
    assert copy.node(friend)["label"] == "ZM"


def test_every_visit_is_copied_with_initials():
    doc = sentinel_doc()
    first = doc.current_visit()
    doc.set_visit(first.id, date="2025-01-10", label="Visit with Zebedee")
    doc.start_visit("2025-02-10", "After Ottoline's birthday")
    friend = next(n for n in doc.node_ids() if doc.node(n)["category"] == "friend")
    doc.set_node(friend, {"label": "Zebedee Quillfeather-Marchbanks", "notes": "Now family"})
    doc.set_meta("commitment", "Visit Marchbanks")
    copy = initials_only_document(doc)
    assert [(v.id, v.date, v.label) for v in copy.visits()] == [
        (v.id, v.date, "") for v in doc.visits()]  # a label may name someone: left out
    past = copy.visit_graph(first.id)
    assert past.nodes[friend]["label"] == "ZM" and past.nodes[friend]["notes"] == ""
    assert past.graph["commitment"] == "" and past.graph["title"] == ""
    assert copy.node(friend)["label"] == "ZQM" and copy.meta("commitment") == ""
    assert doc.visit_graph(first.id).nodes[friend]["label"] == "Zebedee Marchbanks"  # untouched
    kept = initials_only_document(doc, keep_notes=True)
    assert [v.label for v in kept.visits()] == ["Visit with Zebedee", "After Ottoline's birthday"]
    assert kept.visit_graph(first.id).graph["commitment"] == "Ring Zebedee on Tuesday"


@pytest.fixture
def map_file(tmp_path) -> Path:
    """The sentinel map saved with an earlier visit, whose names, notes and label carry sentinels too
    (so every format is checked for what past visits could leak)."""
    doc = sentinel_doc()
    doc.set_visit(doc.current_visit().id, date="2025-01-10", label="Visit with Zebedee")
    kept = {key: doc.meta(key) for key in ("commitment", "reflection", "worker_notes", "step_notes")}
    doc.start_visit("2025-02-10")
    for key, value in kept.items():  # each visit keeps its own: the current one gets the same words
        doc.set_meta(key, value)
    path = tmp_path / "quillfeather.ecomap"
    save_document(doc, path)
    return path


def _output_text(path: Path) -> str:
    """Everything a reader of *path* could see: a PDF's text and metadata, a PNG's text chunks,
    otherwise the file's own bytes."""
    if path.suffix == ".pdf":
        return pdf_text(path) + " " + " ".join(pdf_info(path).values())
    raw = path.read_bytes().decode("utf-8", errors="replace")
    if path.suffix == ".png":
        image = QImage(str(path))
        assert not image.isNull()
        raw += " ".join(key + image.text(key) for key in image.textKeys())
    return raw


@pytest.mark.parametrize("suffix", [".pdf", ".png", ".svg", ".graphml", ".ecomap"])
def test_cli_initials_only_leaves_no_name_in_any_format(map_file, tmp_path, suffix, capsys):
    out = tmp_path / f"shared{suffix}"
    assert cli.main(["export", str(map_file), str(out), "--initials-only", "--include-insights"]) == 0
    assert_no_sentinel(_output_text(out))
    assert_no_sentinel(capsys.readouterr().err)
    if suffix in (".pdf", ".svg", ".graphml", ".ecomap"):
        assert "ZM" in _output_text(out)  # the friend is still on the map, by initials
    if suffix == ".ecomap":
        graph = read_graph(out)  # a valid map of its own
        assert graph.number_of_nodes() == 3 and graph.number_of_edges() == 2


def test_the_same_export_without_the_option_does_carry_the_names(map_file, tmp_path):
    out = tmp_path / "full.svg"
    assert cli.main(["export", str(map_file), str(out)]) == 0
    assert "Zebedee" in _output_text(out)  # so the test above would notice a name left in


def test_cli_keeps_notes_only_when_asked_and_never_overwrites_the_map(map_file, tmp_path, capsys):
    out = tmp_path / "notes.pdf"
    assert cli.main(["export", str(map_file), str(out), "--initials-only", "--include-worker-notes"]) == 0
    text = pdf_text(out)
    assert "Ring Zebedee on Tuesday" in text and "Zebedee Marchbanks" not in text
    graphml = tmp_path / "notes.graphml"
    assert cli.main(["export", str(map_file), str(graphml), "--initials-only", "--include-notes"]) == 0
    assert "Zebedee drives us" in graphml.read_text(encoding="utf-8")
    before = map_file.read_bytes()
    assert cli.main(["export", str(map_file), str(map_file), "--initials-only"]) == 2
    assert map_file.read_bytes() == before
    assert cli.main(["export", str(map_file), str(tmp_path / "plain.ecomap")]) == 2  # a copy needs the option
    assert not (tmp_path / "plain.ecomap").exists()
    assert "--initials-only" in capsys.readouterr().err


def test_graphml_copy_keeps_the_notes_only_when_asked(map_file, tmp_path):
    import networkx as nx

    kept, plain = tmp_path / "kept.graphml", tmp_path / "plain.graphml"
    assert cli.main(["export", str(map_file), str(kept), "--initials-only", "--include-notes"]) == 0
    assert cli.main(["export", str(map_file), str(plain), "--initials-only"]) == 0
    assert nx.read_graphml(kept).graph["commitment"] == "Ring Zebedee on Tuesday"
    assert "commitment" not in nx.read_graphml(plain).graph
    copy = initials_only_document(sentinel_doc(), keep_notes=True)
    share_copy._write(copy, str(tmp_path / "dialog.graphml"), share_copy.ShareOptions(".graphml", True))
    nodes = nx.read_graphml(tmp_path / "dialog.graphml").nodes(data=True)
    assert "Zebedee drives us" in {data.get("notes") for _, data in nodes}


@pytest.fixture
def window(qtbot, map_file):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_path(str(map_file))
    yield win
    win.files.undo_stack.setClean()


def test_the_file_menu_entry_writes_a_copy_with_initials_only(window, map_file, tmp_path, qtbot,
                                                             monkeypatch):
    assert window.share_copy.action in window.actions.file_menu.actions()
    suggested = []

    def ask_path(parent, title, suggestion, filters):
        suggested.append(suggestion)
        return str(tmp_path / "for supervision.png")

    monkeypatch.setattr(export_actions, "ask_export_path", ask_path)

    def answer(dialog):  # the user picks PNG in the real dialog and presses its button
        dialog.format.setCurrentIndex(dialog.format.findData(".png"))
        dialog.accept()

    monkeypatch.setattr(share_copy.ShareOptionsDialog, "exec",
                        lambda self: answer(self) or QDialog.DialogCode.Accepted)
    window.share_copy.action.trigger()
    out = tmp_path / "for supervision.png"
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert_no_sentinel(_output_text(out) + suggested[0])
    assert "initials only" in window.statusBar().currentMessage()
    assert window.document.node(window.document.centre_id)["label"] == "Quillfeather family"
    assert not window.files.undo_stack.count()  # the open map is not changed


def test_the_menu_copy_refuses_to_replace_the_map_itself(window, map_file, monkeypatch):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append(message))
    monkeypatch.setattr(share_copy, "ask_share_options", lambda parent: share_copy.ShareOptions(".ecomap"))
    monkeypatch.setattr(export_actions, "ask_export_path", lambda *args: str(map_file))
    before = map_file.read_bytes()
    assert window.share_copy.on_share() is False
    assert map_file.read_bytes() == before and len(errors) == 1


def test_the_dialog_offers_every_format_and_keeps_notes_only_when_ticked(qtbot):
    dialog = share_copy.ShareOptionsDialog(None)
    qtbot.addWidget(dialog)
    offered = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert offered == [".pdf", ".png", ".svg", ".graphml", ".ecomap"]
    assert dialog.options() == share_copy.ShareOptions(".pdf", False)
    dialog.keep_notes.click()
    assert dialog.options().keep_notes is True


@pytest.mark.parametrize("suffix, action, dialog_class", [
    (".pdf", "export_pdf", "PdfOptionsDialog"),
    (".png", "export_picture", "PictureOptionsDialog"),
    (".svg", "export_picture", "PictureOptionsDialog"),
    (".graphml", "export_graphml", "GraphmlOptionsDialog"),
])
def test_each_export_dialog_offers_initials_only(window, tmp_path, monkeypatch, suffix, action, dialog_class):
    suggested = []

    def ask_path(parent, title, suggestion, filters):
        suggested.append(suggestion)
        return str(tmp_path / f"for supervision{suffix}")

    monkeypatch.setattr(export_actions, "ask_export_path", ask_path)
    dialog_type = getattr(export_actions, dialog_class)
    shown = []

    def answer(dialog, tick: bool):  # the worker ticks "Initials only" in the real dialog, then its button
        shown.append(dialog.initials_only.isVisibleTo(dialog))
        dialog.initials_only.setChecked(tick)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_type, "exec", lambda self: answer(self, True))
    getattr(window.export_actions, action).trigger()
    out = tmp_path / f"for supervision{suffix}"
    assert shown == [True] and out.exists()
    assert_no_sentinel(_output_text(out) + suggested[0])
    assert "initials only" in window.statusBar().currentMessage()
    assert window.document.node(window.document.centre_id)["label"] == "Quillfeather family"
    assert not window.files.undo_stack.count()  # the open map is not changed
    if suffix != ".png":  # the picture's names are drawn, not written
        assert "ZM" in _output_text(out)  # the friend is still there, by initials

    # Left unticked, the same export carries the family's names (the check above can fail).
    monkeypatch.setattr(dialog_type, "exec", lambda self: answer(self, False))
    getattr(window.export_actions, action).trigger()
    if suffix != ".png":
        assert "Quillfeather" in _output_text(out)
    assert "quillfeather" in suggested[-1].lower()  # offered under the map's own name again


def test_the_printout_is_for_the_family_and_has_no_initials_box(qtbot):
    dialog = export_actions.PdfOptionsDialog(None, for_print=True)
    qtbot.addWidget(dialog)
    assert not dialog.initials_only.isVisibleTo(dialog)
