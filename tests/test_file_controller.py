"""New / Open / Save / Save As and the unsaved-changes prompt, without the canvas."""

import os
from pathlib import Path

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


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home folder of the test's own, with a Documents folder, and the app started elsewhere."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DOCUMENTS_DIR"):
        monkeypatch.delenv(name, raising=False)
    launched = tmp_path / "launched-from-here"
    launched.mkdir()
    monkeypatch.chdir(launched)
    return home


def _asked_in(monkeypatch, answer: str) -> list[str]:
    """Answer the Save dialog with *answer*; returns the paths it was opened on."""
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_path",
                        lambda parent, suggested="": asked.append(suggested) or answer)
    return asked


def test_a_new_maps_first_save_opens_in_documents_then_where_the_last_was_saved(setup, home, tmp_path,
                                                                                monkeypatch):
    files, doc, stack, answers = setup
    cases = tmp_path / "cases"
    cases.mkdir()
    asked = _asked_in(monkeypatch, str(cases / "tran.ecomap"))
    assert files.save()
    assert asked == [str(home / "Documents" / "Tran family.ecomap")]
    files.new_map()
    doc.set_node(doc.centre_id, {"label": 'Ana / "Luis"'})  # a name is not a folder
    asked.clear()
    files.save()
    assert asked == [str(cases / "Ana Luis.ecomap")]


def test_the_save_folder_is_not_remembered_when_recent_maps_are_not(setup, home, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from ecomap_desktop.ui.window.file_controller import REMEMBER_RECENT_KEY

    files, doc, stack, answers = setup
    cases = tmp_path / "cases"
    cases.mkdir()
    asked = _asked_in(monkeypatch, str(cases / "tran.ecomap"))
    files.save()
    clear_recent()  # Privacy: forget the recent maps, and so where they were
    files.new_map()
    files.save()
    assert Path(asked[-1]).parent == home / "Documents"
    QSettings().setValue(REMEMBER_RECENT_KEY, False)  # as Privacy's "Remember recent maps" off does
    clear_recent()
    files.new_map()
    files.save()
    files.new_map()
    files.save()
    assert Path(asked[-1]).parent == home / "Documents"


def test_with_no_documents_folder_the_first_save_opens_at_home(setup, home, monkeypatch):
    files, doc, stack, answers = setup
    (home / "Documents").rmdir()
    asked = _asked_in(monkeypatch, "")
    assert not files.save()
    assert asked == [str(home / "Tran family.ecomap")]
