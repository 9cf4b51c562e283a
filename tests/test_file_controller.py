"""New / Open / Save / Save As and the unsaved-changes prompt, without the canvas."""

import os

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ecomap_desktop.io.mapfile import document_to_bytes, load_document, save_document
from ecomap_desktop.model.commands import AddNodeCommand
from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.dialogs import questions as dialogs
from ecomap_desktop.ui.window.file_controller import FileController, clear_recent, recent_files


class Answers:
    """Stands in for the modal dialogs: records the questions and gives scripted answers."""

    def __init__(self, monkeypatch):
        self.unsaved = []
        self.errors = []
        self.save_path = ""
        self.open_path = ""
        self.unsaved_answer = "cancel"
        monkeypatch.setattr(dialogs, "ask_unsaved_changes", self._unsaved)
        monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: self.errors.append(message))
        monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested="": self.save_path)
        monkeypatch.setattr(dialogs, "ask_open_path", lambda parent, start="": self.open_path)

    def _unsaved(self, parent, name):
        self.unsaved.append(name)
        return self.unsaved_answer


@pytest.fixture
def setup(qtbot, monkeypatch):
    widget = QWidget()
    qtbot.addWidget(widget)
    doc = Document("Tran family")
    stack = QUndoStack(widget)
    return FileController(widget, doc, stack), doc, stack, Answers(monkeypatch)


def test_save_as_then_save_marks_clean(setup, tmp_path):
    files, doc, stack, answers = setup
    stack.push(AddNodeCommand(doc, {"label": "Coach Dee"}))
    assert files.is_modified
    answers.save_path = str(tmp_path / "tran.ecomap")
    assert files.save()  # no path yet: asks where
    assert not files.is_modified and files.path.name == "tran.ecomap"
    assert load_document(files.path).node_count() == 2
    assert recent_files() == [str(files.path)]


def test_failed_save_keeps_map_modified_and_old_file(setup, tmp_path, monkeypatch):
    files, doc, stack, answers = setup
    answers.save_path = str(tmp_path / "m.ecomap")
    files.save()
    old = (tmp_path / "m.ecomap").read_bytes()
    stack.push(AddNodeCommand(doc, {"label": "Neighbour Jo"}))
    from ecomap_desktop.io import atomic as mapfile  # the atomic writes, moved out of mapfile.py

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(mapfile.tempfile, "mkstemp", full_disk)
    assert not files.save()
    assert files.is_modified
    assert len(answers.errors) == 1 and "disk is full" in answers.errors[0]
    assert (tmp_path / "m.ecomap").read_bytes() == old


@pytest.mark.parametrize("answer, expect_ok, expect_saved", [("save", True, True), ("discard", True, False),
                                                            ("cancel", False, False)])
def test_unsaved_prompt_paths_on_new(setup, tmp_path, answer, expect_ok, expect_saved):
    files, doc, stack, answers = setup
    stack.push(AddNodeCommand(doc, {"label": "Coach Dee"}))
    answers.unsaved_answer = answer
    answers.save_path = str(tmp_path / "saved.ecomap")
    before = document_to_bytes(doc)
    assert files.new_map() is expect_ok
    assert answers.unsaved == ["Tran family"]
    assert (tmp_path / "saved.ecomap").exists() is expect_saved
    if expect_ok:
        assert doc.node_count() == 1 and not files.is_modified and files.path is None
    else:
        assert document_to_bytes(doc) == before and files.is_modified


def test_no_prompt_when_nothing_changed(setup):
    files, doc, stack, answers = setup
    assert files.new_map()
    assert answers.unsaved == []


def test_open_bad_file_shows_one_message_and_keeps_map(setup, tmp_path):
    files, doc, stack, answers = setup
    stack.push(AddNodeCommand(doc, {"label": "Coach Dee"}))
    bad = tmp_path / "broken.ecomap"
    bad.write_bytes(b'{"format": "ecomap", "version": 1, "nodes": [')
    before = document_to_bytes(doc)
    answers.unsaved_answer = "discard"
    assert not files.open_map(str(bad))
    assert len(answers.errors) == 1 and "broken.ecomap" in answers.errors[0]
    assert document_to_bytes(doc) == before


def test_open_good_file_replaces_map_and_clears_undo(setup, tmp_path):
    files, doc, stack, answers = setup
    other = Document("Ahmed family")
    other.add_node({"label": "Imam Yusuf", "category": "faith"})
    save_document(other, tmp_path / "ahmed.ecomap")
    stack.push(AddNodeCommand(doc, {"label": "Coach Dee"}))
    answers.unsaved_answer = "discard"
    assert files.open_map(str(tmp_path / "ahmed.ecomap"))
    assert doc.node(doc.centre_id)["label"] == "Ahmed family"
    assert stack.count() == 0 and not files.is_modified
    assert files.display_name() == "ahmed.ecomap"


def test_recent_files_can_be_turned_off_and_cleared(setup, tmp_path):
    from PySide6.QtCore import QSettings

    files, doc, stack, answers = setup
    answers.save_path = str(tmp_path / "a.ecomap")
    files.save_as()
    assert recent_files()
    clear_recent()
    assert recent_files() == []
    QSettings().setValue("privacy/remember_recent_files", False)
    answers.save_path = str(tmp_path / "b.ecomap")
    files.save_as()
    assert recent_files() == []


def test_opening_the_newest_recent_map_again_leaves_the_settings_file_alone(setup, tmp_path):
    """Each write rewrites the whole settings file and syncs it to disk (a few milliseconds of every
    start with `ecomap FILE`); the list is written only when it changes, and still moves a map up."""
    from PySide6.QtCore import QSettings

    files, doc, stack, answers = setup
    for name in ("a.ecomap", "b.ecomap"):
        answers.save_path = str(tmp_path / name)
        files.save_as()
    settings_file = QSettings().fileName()
    QSettings().sync()
    written = os.stat(settings_file)
    assert files.open_map(str(tmp_path / "b.ecomap"))  # already at the top of the list
    QSettings().sync()
    assert (os.stat(settings_file).st_ino, os.stat(settings_file).st_mtime_ns) == (written.st_ino,
                                                                                      written.st_mtime_ns)
    assert recent_files() == [str(tmp_path / "b.ecomap"), str(tmp_path / "a.ecomap")]
    assert files.open_map(str(tmp_path / "a.ecomap"))
    assert recent_files() == [str(tmp_path / "a.ecomap"), str(tmp_path / "b.ecomap")]
