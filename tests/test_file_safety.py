"""The same map open twice, and saves that fail or are cut off: the old file always survives."""

import errno
import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ecomap_desktop.io import atomic as mapfile  # the atomic writes, moved out of mapfile.py
from ecomap_desktop.io.filelock import LockResult, MapFileLock, is_locked_elsewhere, lock_path_for
from ecomap_desktop.io.atomic import write_bytes_atomically
from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.io.mapfile import read_graph, save_document
from ecomap_desktop.model.commands import AddNodeCommand
from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.dialogs import questions as dialogs
from ecomap_desktop.ui.window.file_controller import FileController


class Answers:
    def __init__(self, monkeypatch):
        self.read_only_asked = []
        self.read_only_answer = True
        self.errors = []
        self.save_path = ""
        self.save_asked = 0
        monkeypatch.setattr(dialogs, "ask_open_read_only", self._read_only)
        monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: self.errors.append(message))
        monkeypatch.setattr(dialogs, "ask_save_path", self._save_path)
        monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda parent, name: "discard")

    def _read_only(self, parent, name):
        self.read_only_asked.append(name)
        return self.read_only_answer

    def _save_path(self, parent, suggested=""):
        self.save_asked += 1
        return self.save_path


@pytest.fixture
def answers(monkeypatch):
    return Answers(monkeypatch)


def _controller(qtbot, label="Tran family"):
    widget = QWidget()
    qtbot.addWidget(widget)
    doc = Document(label)
    stack = QUndoStack(widget)
    return FileController(widget, doc, stack)


@pytest.fixture
def saved_map(tmp_path):
    path = tmp_path / "tran.ecomap"
    save_document(Document("Tran family"), path)
    return path


# ----- the same file twice ----------------------------------------------------------------------


def test_second_open_warns_and_opens_read_only(qtbot, answers, saved_map, tmp_path):
    first, second = _controller(qtbot), _controller(qtbot)
    assert first.open_map(str(saved_map))
    assert lock_path_for(saved_map).name == ".tran.ecomap.lock" and lock_path_for(saved_map).exists()
    assert answers.read_only_asked == []
    assert second.open_map(str(saved_map))
    assert answers.read_only_asked == ["tran.ecomap"]
    assert second.read_only and not first.read_only
    assert second.title_name() == "tran.ecomap (read-only)" and first.title_name() == "tran.ecomap"

    # Save in the read-only window acts as Save As; the same file is refused, another name works.
    second.undo_stack.push(AddNodeCommand(second.document, {"label": "Coach Dee"}))
    before = saved_map.read_bytes()
    answers.save_path = str(saved_map)
    assert not second.save()
    assert answers.save_asked == 1 and len(answers.errors) == 1
    assert "open in another window" in answers.errors[0]
    assert saved_map.read_bytes() == before and second.is_modified
    answers.save_path = str(tmp_path / "copy.ecomap")
    assert second.save()
    assert not second.read_only and second.path.name == "copy.ecomap"
    assert read_graph(tmp_path / "copy.ecomap").number_of_nodes() == 2


def test_declining_read_only_keeps_the_current_map(qtbot, answers, saved_map):
    first, second = _controller(qtbot), _controller(qtbot, "Ahmed family")
    assert first.open_map(str(saved_map))
    answers.read_only_answer = False
    assert not second.open_map(str(saved_map))
    assert second.path is None and second.document.node(second.document.centre_id)["label"] == "Ahmed family"


def test_the_lock_goes_with_new_map_and_close(qtbot, answers, saved_map):
    first, second = _controller(qtbot), _controller(qtbot)
    assert first.open_map(str(saved_map))
    first.new_map()
    assert not lock_path_for(saved_map).exists()
    assert second.open_map(str(saved_map)) and not second.read_only
    second.release_file()
    assert not is_locked_elsewhere(saved_map)
    assert answers.read_only_asked == []


def test_saving_as_a_file_open_elsewhere_is_refused(qtbot, answers, saved_map):
    first, second = _controller(qtbot), _controller(qtbot)
    assert first.open_map(str(saved_map))
    second.undo_stack.push(AddNodeCommand(second.document, {"label": "x"}))
    answers.save_path = str(saved_map)
    before = saved_map.read_bytes()
    assert not second.save_as()
    assert saved_map.read_bytes() == before and second.is_modified and second.path is None


_HOLDER = textwrap.dedent("""
    import os, signal, sys
    from ecomap_desktop.io.filelock import MapFileLock
    lock = MapFileLock()
    print(lock.acquire(sys.argv[1]).value, flush=True)
    if sys.argv[2] == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    sys.stdin.readline()
""")


def _holder(path, mode):
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(path), mode], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "acquired"
    return proc


def test_a_lock_held_by_another_running_app_is_respected(qtbot, answers, saved_map):
    proc = _holder(saved_map, "live")
    try:
        files = _controller(qtbot)
        assert files.open_map(str(saved_map)) and files.read_only
        assert answers.read_only_asked == ["tran.ecomap"]
    finally:
        proc.stdin.write("\n")
        proc.stdin.close()
        proc.wait(timeout=20)


def test_a_stale_lock_left_by_a_crash_is_taken_over(qtbot, answers, saved_map):
    proc = _holder(saved_map, "crash")
    proc.wait(timeout=20)
    assert lock_path_for(saved_map).exists()  # the crash left its lock behind
    files = _controller(qtbot)
    assert files.open_map(str(saved_map)) and not files.read_only
    assert answers.read_only_asked == []


def test_an_old_lock_of_a_live_holder_is_not_stale(saved_map):
    mine = MapFileLock()
    assert mine.acquire(saved_map) is LockResult.ACQUIRED
    hour_ago = time.time() - 3600
    os.utime(lock_path_for(saved_map), (hour_ago, hour_ago))
    assert MapFileLock().acquire(saved_map) is LockResult.HELD
    mine.release()


def test_a_folder_where_no_lock_can_be_made_still_opens(qtbot, answers, saved_map, monkeypatch):
    from ecomap_desktop.ui.window import file_controller

    monkeypatch.setattr(file_controller.MapFileLock, "acquire", lambda self, path: LockResult.UNAVAILABLE)
    files = _controller(qtbot)
    assert files.open_map(str(saved_map)) and not files.read_only


def test_two_windows_same_file_title_says_read_only(qtbot, answers, saved_map):
    from ecomap_desktop.ui.main_window import MainWindow

    first, second = MainWindow(), MainWindow()
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    assert first.open_path(str(saved_map)) and second.open_path(str(saved_map))
    assert "(read-only)" in second.windowTitle() and "(read-only)" not in first.windowTitle()
    second.undo_stack.push(AddNodeCommand(second.document, {"label": "x"}))
    answers.save_path = ""  # the user cancels the Save As that Save turns into
    second.actions.save.trigger()
    assert answers.save_asked == 1 and second.isWindowModified()
    first.close()
    second.close()
    assert not lock_path_for(saved_map).exists()


# ----- failing saves ----------------------------------------------------------------------------


def _edited(qtbot, answers, saved_map):
    files = _controller(qtbot)
    assert files.open_map(str(saved_map))
    files.undo_stack.push(AddNodeCommand(files.document, {"label": "Neighbour Jo"}))
    return files


def _no_temp_files_left(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []


def test_read_only_folder_gives_one_plain_message(qtbot, answers, saved_map, monkeypatch):
    files = _edited(qtbot, answers, saved_map)
    before = saved_map.read_bytes()
    if getattr(os, "geteuid", lambda: -1)() == 0:  # root writes anywhere: refuse like a read-only folder
        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(mapfile.tempfile, "mkstemp", refuse)
    else:
        os.chmod(saved_map.parent, 0o500)
    try:
        assert not files.save()
    finally:
        os.chmod(saved_map.parent, 0o700)
    assert len(answers.errors) == 1
    assert "read-only" in answers.errors[0] and "tran.ecomap" in answers.errors[0]
    assert "Traceback" not in answers.errors[0]
    assert files.is_modified and saved_map.read_bytes() == before


def test_full_disk_midway_keeps_the_old_file_and_no_temp(qtbot, answers, saved_map, monkeypatch):
    files = _edited(qtbot, answers, saved_map)
    before = saved_map.read_bytes()

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(mapfile.os, "fsync", full)
    assert not files.save()
    assert len(answers.errors) == 1 and "disk is full" in answers.errors[0]
    assert files.is_modified and saved_map.read_bytes() == before
    assert _no_temp_files_left(saved_map.parent)


def _sharing_violation():
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = 32
    return exc


def test_sharing_violation_is_retried_with_a_short_backoff(saved_map, monkeypatch):
    real_replace = os.replace
    failures = {"left": 2}
    sleeps = []

    def flaky_replace(src, dst):
        if str(dst) == str(saved_map) and failures["left"]:
            failures["left"] -= 1
            raise _sharing_violation()
        real_replace(src, dst)

    monkeypatch.setattr(mapfile.os, "replace", flaky_replace)
    monkeypatch.setattr(mapfile.time, "sleep", sleeps.append)
    doc = Document("Second visit")
    save_document(doc, saved_map)
    assert read_graph(saved_map).nodes[doc.centre_id]["label"] == "Second visit"
    assert sleeps == list(mapfile.SHARING_RETRY_DELAYS[:2])


def test_file_held_by_another_program_gives_one_plain_message(qtbot, answers, saved_map, monkeypatch):
    files = _edited(qtbot, answers, saved_map)
    before = saved_map.read_bytes()
    real_replace = os.replace
    sleeps = []

    def held(src, dst):
        if str(dst) == str(saved_map):
            raise _sharing_violation()
        real_replace(src, dst)

    monkeypatch.setattr(mapfile.os, "replace", held)
    monkeypatch.setattr(mapfile.time, "sleep", sleeps.append)
    assert not files.save()
    assert sleeps == list(mapfile.SHARING_RETRY_DELAYS) and sum(sleeps) < 2
    assert len(answers.errors) == 1 and "another program is using the file" in answers.errors[0]
    assert files.is_modified and saved_map.read_bytes() == before
    assert _no_temp_files_left(saved_map.parent)


def test_other_permission_errors_are_not_retried(saved_map, monkeypatch):
    sleeps = []

    def denied(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(mapfile.os, "replace", denied)
    monkeypatch.setattr(mapfile.time, "sleep", sleeps.append)
    with pytest.raises(MapFileError):
        write_bytes_atomically(saved_map, b"x", keep_backup=False)
    assert sleeps == []


# ----- killed while saving ----------------------------------------------------------------------

_SAVER = textwrap.dedent("""
    import sys
    from ecomap_desktop.io.mapfile import save_document
    from ecomap_desktop.model.document import Document

    def big(label):
        doc = Document(label)
        for i in range(3000):
            doc.add_node({"label": f"{label} person {i}", "notes": "n" * 200, "x": float(i), "y": 1.0})
        return doc

    maps = [big("version A"), big("version B")]
    print("ready", flush=True)
    i = 0
    while True:
        save_document(maps[i % 2], sys.argv[1])
        i += 1
""")


def test_killing_the_app_during_saves_never_leaves_a_broken_file(tmp_path):
    path = tmp_path / "big.ecomap"
    save_document(Document("version A"), path)
    rng = random.Random(6)
    for _ in range(6):
        proc = subprocess.Popen([sys.executable, "-c", _SAVER, str(path)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=20)
        graph = read_graph(path)  # never raises: the file is whole
        centre = next(d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "centre")
        assert centre in ("version A", "version B")
        assert graph.number_of_nodes() in (1, 3001)


def test_temp_files_of_a_killed_save_are_cleared_by_the_next_save(tmp_path, monkeypatch):
    path = tmp_path / "m.ecomap"
    leftover = tmp_path / ".m.ecomap.saving-abc123.tmp"
    leftover.write_bytes(b"half a map")
    unrelated = tmp_path / ".other.ecomap.saving-abc123.tmp"
    unrelated.write_bytes(b"someone else's save in progress")
    save_document(Document("x"), path)
    assert leftover.exists()  # too recent: it could belong to a save still running
    monkeypatch.setattr(mapfile, "STALE_TEMP_AGE", -1.0)
    save_document(Document("x"), path)
    assert not leftover.exists() and unrelated.exists()


# ----- the map the app starts with -------------------------------------------------------------


def _start_with(qtbot, path, monkeypatch):
    """start_windows(path) as `ecomap FILE` runs it; returns the windows and, for each window as it
    was built, the maps whose lock was being taken then."""
    from ecomap_desktop.io import filelock
    from ecomap_desktop.ui import app as app_module
    from ecomap_desktop.ui import main_window

    seen = []

    class Watched(main_window.MainWindow):
        def __init__(self):
            seen.append(list(filelock._early))
            super().__init__()

    monkeypatch.setattr(main_window, "MainWindow", Watched)
    windows = app_module.start_windows(str(path))
    for window in windows:
        qtbot.addWidget(window)
    return windows, seen


def test_the_map_the_app_starts_with_is_locked_while_the_window_is_built(qtbot, answers, saved_map,
                                                                        monkeypatch):
    """`ecomap FILE` starts taking the map's lock before the window is built (QLockFile syncs the
    lock file to disk meanwhile); the window that opens the map then holds it as its own."""
    from ecomap_desktop.io import filelock

    (window,), seen = _start_with(qtbot, saved_map, monkeypatch)
    assert window.files.path == saved_map.resolve() and not window.files.read_only
    assert filelock.held_here(saved_map) and filelock._early == {}
    assert answers.read_only_asked == [] and answers.errors == []
    window.close()
    assert not lock_path_for(saved_map).exists()  # closing the window lets it go, as before
    assert seen == [[saved_map.resolve()]]  # taken from before the window was built


def test_a_map_held_by_another_app_at_start_still_asks_to_open_it_read_only(qtbot, answers, saved_map,
                                                                           monkeypatch):
    proc = _holder(saved_map, "live")
    try:
        (window,), _seen = _start_with(qtbot, saved_map, monkeypatch)
        assert window.files.read_only and answers.read_only_asked == ["tran.ecomap"]
        from ecomap_desktop.io import filelock

        assert not filelock.held_here(saved_map) and filelock._early == {}
        window.close()
    finally:
        proc.stdin.write("\n")
        proc.stdin.close()
        proc.wait(timeout=20)
    assert not lock_path_for(saved_map).exists()  # the holder's own lock went with it


def test_a_map_that_does_not_open_at_start_leaves_no_lock_behind(qtbot, answers, saved_map, monkeypatch):
    saved_map.write_bytes(b"{ not a map")
    (window,), _seen = _start_with(qtbot, saved_map, monkeypatch)
    assert answers.errors and window.files.path is None
    assert not lock_path_for(saved_map).exists()  # the early lock was let go
    from ecomap_desktop.io import filelock

    assert filelock._early == {} and not filelock.is_locked_elsewhere(saved_map)
    window.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_save_as_onto_a_pipe_is_refused_and_the_pipe_stays_a_pipe(qtbot, answers, tmp_path):
    """A save swaps its target for a new file by renaming: onto a pipe (or a device, which an
    administrator's save would replace the same way) it is refused before anything is written."""
    import stat

    files = _controller(qtbot)
    files.undo_stack.push(AddNodeCommand(files.document, {"label": "Coach Dee"}))
    pipe = tmp_path / "pipe.ecomap"
    os.mkfifo(pipe)
    answers.save_path = str(pipe)
    assert not files.save()
    assert len(answers.errors) == 1 and "special file" in answers.errors[0]
    assert "“pipe.ecomap”" in answers.errors[0] and "Traceback" not in answers.errors[0]
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert files.is_modified and files.path is None  # the map is still there, unsaved
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.ecomap"]  # no temp file left behind
    with pytest.raises(MapFileError, match="special file"):
        write_bytes_atomically(pipe, b"{}", keep_backup=False)
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
