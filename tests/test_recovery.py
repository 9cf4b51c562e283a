"""Autosave and crash recovery: where copies live, when they are written and removed, how they are
offered after a crash, and that a second running copy of the app leaves another's copies alone."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ecomap_desktop.io import protection
from ecomap_desktop.io.mapfile import bytes_to_graph, document_to_bytes, save_document
from ecomap_desktop.io.recovery import RecoveryStore
from ecomap_desktop.io.recovery import default_folder as real_default_folder
from ecomap_desktop.model.commands import AddNodeCommand, EditNodeCommand
from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.window import autosave
from ecomap_desktop.ui.dialogs import questions as dialogs
from ecomap_desktop.ui.window.autosave import Autosaver, autosave_interval, offer_recovery
from ecomap_desktop.ui.window.file_controller import FileController
from ecomap_desktop.ui.dialogs.questions import recovery_dialog as RecoveryDialog

SECRET = "ZEBRA-SENTINEL-42"
POSIX = os.name == "posix"


class Window:
    """What the recovery code needs of a window: a file controller and an autosaver."""

    def __init__(self, qtbot, store, label="Tran family"):
        self.widget = QWidget()
        qtbot.addWidget(self.widget)
        self.document = Document(label)
        self.undo_stack = QUndoStack(self.widget)
        self.files = FileController(self.widget, self.document, self.undo_stack)
        self.autosave = Autosaver(self.files, store)

    def edit(self, label="Coach Dee"):
        self.undo_stack.push(AddNodeCommand(self.document, {"label": label}))


@pytest.fixture
def store(tmp_path):
    s = RecoveryStore(tmp_path / "appdata" / "recovery")
    yield s
    s.stop()


@pytest.fixture
def answers(monkeypatch):
    class A:
        unsaved = "discard"
        errors = []
        save_path = ""
        passwords = []
        chosen = None  # None: restore everything offered
        offered = []

    a = A()
    a.errors = []
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda parent, name: a.unsaved)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: a.errors.append(message))
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested="": a.save_path)
    monkeypatch.setattr(dialogs, "ask_password",
                        lambda parent, name, error="": a.passwords.pop(0) if a.passwords else None)

    def choose(parent, copies, discard):
        a.offered = list(copies)
        return list(copies) if a.chosen is None else a.chosen

    monkeypatch.setattr(dialogs, "choose_recovery", choose)
    return a


def _copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.ecomap-recovery")) if folder.is_dir() else []


# ----- where and when ---------------------------------------------------------------------------


def test_recovery_folder_is_the_per_user_app_data_folder():
    app_data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = real_default_folder()
    # Qt's per-user data folder, which outlives a restart (the temp folder may not). Not checked
    # against tempfile.gettempdir(): under test mode the folder sits in $HOME, which may itself be
    # under /tmp on a build machine.
    assert folder == Path(app_data) / "recovery"


@pytest.mark.parametrize("setting, expected", [(None, 60), (90, 90), ("120", 120), ("soon", 60), (1, 5),
                                               (10**9, 3600)])
def test_interval_comes_from_the_settings(qtbot, store, setting, expected):
    if setting is not None:
        QSettings().setValue("autosave/interval_seconds", setting)
    assert autosave_interval() == expected
    window = Window(qtbot, store)
    assert window.autosave.timer.interval() == expected * 1000 and window.autosave.timer.isActive()


def _ticks(qtbot, timer, count: int = 3) -> None:
    """Wait until *timer* has fired *count* times: each was a chance to write a copy (the copy is
    written in the timer's own call, connected before this wait's)."""
    for _ in range(count):
        with qtbot.waitSignal(timer.timeout, timeout=5000):
            pass


def test_the_timer_writes_a_copy_only_while_there_are_unsaved_changes(qtbot, store, tmp_path):
    window = Window(qtbot, store)
    window.autosave.timer.setInterval(30)
    written = []
    window.autosave.copy_written.connect(lambda: written.append(1))
    _ticks(qtbot, window.autosave.timer)
    assert written == [] and _copies(store.folder) == []  # nothing unsaved, nothing written

    window.edit()
    with qtbot.waitSignal(window.autosave.copy_written):
        pass
    copies = _copies(store.folder)
    assert len(copies) == 1
    count = len(written)
    _ticks(qtbot, window.autosave.timer)
    assert len(written) == count  # no new changes, no rewrite

    window.edit("Nurse Ana")
    with qtbot.waitSignal(window.autosave.copy_written):
        pass
    payload = store.read_payload(store._read_details(copies[0], store.session, window.autosave.key))
    labels = {d["label"] for _, d in bytes_to_graph(payload).nodes(data=True)}
    assert {"Tran family", "Coach Dee", "Nurse Ana"} == labels
    assert not any(p.name.endswith(".ecomap") for p in tmp_path.iterdir())  # nothing beside any map


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_recovery_folder_and_copies_are_owner_only(qtbot, store):
    window = Window(qtbot, store)
    window.edit()
    assert window.autosave.write_now()
    assert (store.folder.stat().st_mode & 0o777) == 0o700
    for path in store.folder.iterdir():
        if path.suffix == ".ecomap-recovery":
            assert (path.stat().st_mode & 0o777) == 0o600


def test_copy_is_removed_on_save(qtbot, store, answers, tmp_path):
    window = Window(qtbot, store)
    window.edit()
    window.autosave.write_now()
    assert len(_copies(store.folder)) == 1
    answers.save_path = str(tmp_path / "m.ecomap")
    assert window.files.save()
    assert _copies(store.folder) == []


def test_copy_is_removed_when_changes_are_discarded(qtbot, store, answers):
    window = Window(qtbot, store)
    window.edit()
    window.autosave.write_now()
    answers.unsaved = "discard"
    assert window.files.new_map()
    assert _copies(store.folder) == []


def test_copy_is_removed_when_undo_returns_to_the_saved_state(qtbot, store):
    window = Window(qtbot, store)
    window.edit()
    window.autosave.write_now()
    window.undo_stack.undo()
    assert _copies(store.folder) == []


def test_copy_stays_when_closing_is_cancelled_and_goes_on_clean_close(qtbot, store, answers, tmp_path):
    from ecomap_desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.autosave._store = store
    window.undo_stack.push(AddNodeCommand(window.document, {"label": "Coach Dee"}))
    assert window.autosave.write_now()
    answers.unsaved = "cancel"
    assert not window.close()
    assert len(_copies(store.folder)) == 1
    answers.unsaved = "discard"
    assert window.close()
    assert _copies(store.folder) == []


def test_protected_maps_get_encrypted_copies_without_their_name(qtbot, store, monkeypatch):
    monkeypatch.setattr(protection, "ARGON2ID_PARAMS", {"memory_kib": 1024, "iterations": 1, "lanes": 1})
    window = Window(qtbot, store, label=SECRET)
    window.files.password = "pw"
    window.edit("Auntie " + SECRET)
    assert window.autosave.write_now()
    window.edit("Uncle")
    assert window.autosave.write_now()  # the key is derived once, each copy gets a fresh nonce
    for path in store.folder.iterdir():
        assert SECRET.encode() not in path.read_bytes()
    (copy,) = store.find_orphans() or [store._read_details(_copies(store.folder)[0], store.session,
                                                             window.autosave.key)]
    assert copy.protected and copy.name == ""
    payload = store.read_payload(copy)
    assert protection.is_protected(payload)
    assert bytes_to_graph(payload, "copy", "pw").number_of_nodes() == 3


# ----- after a crash ----------------------------------------------------------------------------

_CHILD = textwrap.dedent("""
    import os, signal, sys
    from ecomap_desktop.io.recovery import RecoveryStore
    from ecomap_desktop.io.mapfile import document_to_bytes
    from ecomap_desktop.model.document import Document
    folder, mode, original = sys.argv[1], sys.argv[2], sys.argv[3]
    store = RecoveryStore(folder)
    doc = Document("Okafor family")
    doc.add_node({"label": "Chidi"})
    store.write("a" * 32, document_to_bytes(doc), name="okafor.ecomap", original_path=original or None,
                protected=False)
    print("ready", flush=True)
    if mode == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    sys.stdin.readline()  # stay alive (a running copy of the app) until told to go
    os.kill(os.getpid(), signal.SIGKILL)
""")


def _child(folder: Path, mode: str, original: str = "") -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(folder), mode, original],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_crashed_session_copies_are_listed_with_name_and_time_and_kept(store, tmp_path):
    proc = _child(store.folder, "crash", str(tmp_path / "okafor.ecomap"))
    proc.wait(timeout=20)
    assert proc.returncode == -signal.SIGKILL
    copies = store.find_orphans()
    assert len(copies) == 1
    copy = copies[0]
    assert copy.name == "okafor.ecomap" and copy.original_path == str(tmp_path / "okafor.ecomap")
    assert copy.saved_at.tzinfo is not None and not copy.protected
    store.release_adopted()
    assert copy.file.exists()  # listing deletes nothing
    assert len(RecoveryStore(store.folder).find_orphans()) == 1  # offered again next time


def test_a_running_copy_of_the_app_keeps_its_copies(store):
    proc = _child(store.folder, "live")
    try:
        assert store.find_orphans() == []  # its session lock is live: not ours to offer
        assert len(_copies(store.folder)) == 1
    finally:
        proc.stdin.write("go\n")
        proc.stdin.flush()
        proc.wait(timeout=20)
    assert len(store.find_orphans()) == 1  # now it is gone, its copy is offered


def test_two_copies_starting_together_do_not_both_offer_the_same_map(store):
    proc = _child(store.folder, "crash")
    proc.wait(timeout=20)
    first = store.find_orphans()
    second_app = RecoveryStore(store.folder)
    assert len(first) == 1
    assert second_app.find_orphans() == []  # the first holds the dead session while it asks
    store.release_adopted()
    assert len(second_app.find_orphans()) == 1
    second_app.stop()


def test_restore_opens_the_map_unsaved_with_its_original_path(qtbot, store, answers, tmp_path):
    original = tmp_path / "okafor.ecomap"
    save_document(Document("Okafor family"), original)
    proc = _child(store.folder, "crash", str(original))
    proc.wait(timeout=20)
    window = Window(qtbot, store, label="")
    assert offer_recovery(None, lambda: window, store) == 1
    assert [c.name for c in answers.offered] == ["okafor.ecomap"]
    labels = {window.document.node(n)["label"] for n in window.document.node_ids()}
    assert labels == {"Okafor family", "Chidi"}
    assert window.files.is_modified and window.files.path == original and not window.files.read_only
    # The restored map now has this session's copy; the crashed session's copy is gone.
    copies = _copies(store.folder)
    assert len(copies) == 1 and copies[0].name.startswith(store.session)
    answers.save_path = ""
    assert window.files.save()  # Save goes straight to the original file
    assert {d["label"] for _, d in bytes_to_graph(original.read_bytes()).nodes(data=True)} == labels
    assert _copies(store.folder) == []


def test_restoring_a_protected_copy_asks_for_its_password(qtbot, store, answers, monkeypatch):
    monkeypatch.setattr(protection, "ARGON2ID_PARAMS", {"memory_kib": 1024, "iterations": 1, "lanes": 1})
    crashed = RecoveryStore(store.folder)
    doc = Document(SECRET)
    crashed.write("b" * 32, protection.encrypt(document_to_bytes(doc), "pw"), name="", original_path=None,
                  protected=True)
    crashed._session_lock.unlock()  # as if the app had died: no live lock
    crashed._session_lock = None
    window = Window(qtbot, store, label="")
    answers.passwords = ["wrong", "pw"]
    assert offer_recovery(None, lambda: window, store) == 1
    assert window.document.node(window.document.centre_id)["label"] == SECRET
    assert window.files.password == "pw" and window.files.is_modified
    assert all(SECRET.encode() not in p.read_bytes() for p in store.folder.iterdir())


def test_choosing_nothing_keeps_every_copy(qtbot, store, answers):
    proc = _child(store.folder, "crash")
    proc.wait(timeout=20)
    answers.chosen = []
    window = Window(qtbot, store, label="")
    assert offer_recovery(None, lambda: window, store) == 0
    assert len(answers.offered) == 1 and len(_copies(store.folder)) == 1
    assert not window.files.is_modified


def test_dialog_discards_only_after_the_user_confirms(qtbot, store, monkeypatch):
    proc = _child(store.folder, "crash")
    proc.wait(timeout=20)
    copies = store.find_orphans()
    confirm = []
    monkeypatch.setattr(dialogs, "confirm_discard_recovery", lambda parent, name: confirm.pop(0))
    dialog = RecoveryDialog(None, copies, store.discard)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "okafor.ecomap" in dialog.list.item(0).text()
    confirm.append(False)
    dialog.discard_button.click()
    assert copies[0].file.exists() and dialog.list.count() == 1
    confirm.append(True)
    dialog.discard_button.click()
    assert not copies[0].file.exists() and dialog.chosen() == []


def test_dialog_restore_and_decide_later(qtbot, store, tmp_path):
    for _ in range(2):
        _child(store.folder, "crash").wait(timeout=20)
    copies = store.find_orphans()
    assert len(copies) == 2
    dialog = RecoveryDialog(None, copies, store.discard)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    dialog.restore_button.click()
    assert dialog.chosen() == [copies[0]] and dialog.list.count() == 1
    dialog.later_button.click()
    assert dialog.result() == 0 and all(c.file.exists() for c in copies)


def test_start_offers_recovery_and_restores_into_the_first_window(qtbot, answers, tmp_path):
    from ecomap_desktop.io import recovery
    from ecomap_desktop.ui.app import start_windows

    folder = recovery.default_folder()
    _child(folder, "crash", str(tmp_path / "okafor.ecomap")).wait(timeout=20)
    windows = start_windows(None)
    for window in windows:
        qtbot.addWidget(window)
    assert len(windows) == 1
    window = windows[0]
    assert window.files.is_modified and window.files.path == tmp_path / "okafor.ecomap"
    assert window.windowTitle().startswith("okafor.ecomap")
    answers.unsaved = "discard"
    window.close()


def test_unexpected_error_writes_recovery_copies_and_prints_no_content(qtbot, store, capsys):
    from ecomap_desktop import crash

    window = Window(qtbot, store)
    window.edit(SECRET)
    crash.add_rescuer(autosave.write_all_now)
    try:
        raise KeyError(SECRET)
    except KeyError:
        crash._hook(*sys.exc_info())
    err = capsys.readouterr().err
    assert "KeyError" in err and "test_recovery.py" in err and SECRET not in err
    assert len(_copies(store.folder)) == 1


def test_edits_after_an_undo_to_clean_are_autosaved_again(qtbot, store):
    window = Window(qtbot, store)
    window.edit()
    window.undo_stack.undo()
    assert not window.files.is_modified
    window.undo_stack.push(EditNodeCommand(window.document, window.document.centre_id, {"label": "Other"}))
    window.autosave.tick()
    assert len(_copies(store.folder)) == 1


def test_opening_a_map_whose_unsaved_changes_were_restored_shows_it_once(qtbot, answers, tmp_path,
                                                                          monkeypatch):
    """`ecomap FILE` after a crash: the restored changes are that map. The file was opened again in a
    second window, which found its lock held by the first and asked to open it read-only."""
    from ecomap_desktop.io import filelock, recovery
    from ecomap_desktop.ui.app import start_windows

    map_path = tmp_path / "okafor.ecomap"
    save_document(Document("Okafor family"), map_path)
    asked = []
    monkeypatch.setattr(dialogs, "ask_open_read_only", lambda parent, name: asked.append(name) or True)
    _child(recovery.default_folder(), "crash", str(map_path)).wait(timeout=20)
    windows = start_windows(str(map_path))
    for window in windows:
        qtbot.addWidget(window)
    assert asked == [] and answers.errors == []
    assert len(windows) == 1
    window = windows[0]
    assert window.files.path == map_path and window.files.is_modified and not window.files.read_only
    assert filelock.held_here(map_path)
    answers.unsaved = "discard"
    window.close()
