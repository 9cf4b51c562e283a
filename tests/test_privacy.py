"""Privacy: no network use at all, no personal content in messages, logs, crash output or temp files,
owner-only files, and a recent-maps list that can be turned off and cleared."""

import json
import logging
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, qInstallMessageHandler

from ecomap_desktop.io import protection, recovery
from ecomap_desktop.io.graphml import export_graphml
from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.io.mapfile import read_graph, save_document
from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.dialogs import questions as dialogs
from ecomap_desktop.ui.window.file_controller import recent_files
from ecomap_desktop.ui.main_window import MainWindow

SECRET = "ZEBRA-SENTINEL-42"
FAST_ARGON = {"memory_kib": 1024, "iterations": 1, "lanes": 1}


class Answers:
    def __init__(self, monkeypatch):
        self.errors = []
        self.save_path = ""
        self.open_path = ""
        self.password = None
        self.unsaved = "discard"
        monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: self.errors.append(message))
        monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested="": self.save_path)
        monkeypatch.setattr(dialogs, "ask_open_path", lambda parent, start="": self.open_path)
        monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda parent, name: self.unsaved)
        monkeypatch.setattr(dialogs, "ask_password", lambda parent, name, error="": self.password)
        monkeypatch.setattr(dialogs, "ask_new_password", lambda parent, name: self.password)


@pytest.fixture
def answers(monkeypatch):
    return Answers(monkeypatch)


def _window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _name_selected(qtbot, window, text):
    edit = window.properties.label_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _editing_session(qtbot, window, answers, folder: Path, label: str) -> Path:
    """Name the centre, add a person and a group, connect them, save, export GraphML, reopen."""
    doc = window.document
    window.scene.select_ids([doc.centre_id])
    _name_selected(qtbot, window, label)
    window.actions.add_person.trigger()
    window.scene.cancel_label_edit()
    (person,) = window.scene.selected_node_ids()
    _name_selected(qtbot, window, "Auntie " + label)
    window.actions.add_group.trigger()
    window.scene.cancel_label_edit()
    (group,) = window.scene.selected_node_ids()
    window.scene.select_ids([person, doc.centre_id])
    window.actions.connect.trigger()
    window.scene.select_ids([group, person])
    window.actions.connect.trigger()
    assert doc.edge_count() == 2
    path = folder / "visit.ecomap"
    answers.save_path = str(path)
    window.actions.save.trigger()
    assert not window.isWindowModified() and path.is_file()
    export_graphml(doc, folder / "visit.graphml")
    reopened = _window(qtbot)
    assert reopened.open_path(str(path))
    assert reopened.document.edge_count() == 2
    return path


# ----- no network ---------------------------------------------------------------------------------

_INET = (socket.AF_INET, socket.AF_INET6)
_net_events: list | None = None


def _audit(event, args):
    if _net_events is None:
        return
    if event == "socket.__new__" and len(args) > 1 and args[1] in _INET:
        _net_events.append(event)
    elif event in ("socket.connect", "socket.bind", "socket.sendto") and args and getattr(args[0], "family",
                                                                                         None) in _INET:
        _net_events.append(event)
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "urllib.Request", "http.client.connect"):
        _net_events.append(event)


sys.addaudithook(_audit)  # audit hooks cannot be removed; it records only while a test asks


def _inet_sockets_of_this_process() -> list[str]:
    """Inet sockets this process holds right now (also those opened by Qt's C++ code), on Linux."""
    try:
        inodes = set()
        for fd in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    except FileNotFoundError:
        return []
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            lines = Path(f"/proc/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) > 9 and fields[9] in inodes:
                found.append(table)
    return found


def test_a_whole_editing_session_opens_no_network_connection(qtbot, answers, tmp_path, monkeypatch):
    global _net_events
    real_socket = socket.socket
    created = []

    class GuardedSocket(real_socket):
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
            if family in _INET:
                created.append(family)
                raise AssertionError("the app tried to open a network socket")
            super().__init__(family, type, proto, fileno)

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(protection, "ARGON2ID_PARAMS", FAST_ARGON)
    before = _inet_sockets_of_this_process()
    _net_events = []
    try:
        window = _window(qtbot)
        path = _editing_session(qtbot, window, answers, tmp_path, "Maria")
        answers.password = "pw"
        assert window.files.save_with_password()
        window.undo_stack.undo()
        window.autosave.tick()  # a recovery copy
        window.autosave.write_now()
        events = list(_net_events)
    finally:
        _net_events = None
    assert created == [] and events == []
    assert _inet_sockets_of_this_process() == before
    assert read_graph(path, "pw").number_of_nodes() == 3


def test_the_network_guard_would_notice_a_connection():
    """The audit hook really sees inet sockets (so the test above can fail)."""
    global _net_events
    _net_events = []
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.bind(("127.0.0.1", 0))
        events = list(_net_events)
    finally:
        _net_events = None
    assert "socket.__new__" in events and "socket.bind" in events


# ----- no personal content anywhere ---------------------------------------------------------------


def _bad_files(folder: Path) -> list[Path]:
    """Broken map files that are full of the sentinel in every place a loader might quote."""
    good = json.loads(json.dumps({
        "format": "ecomap", "version": 1, "directed": True, "multigraph": False,
        "graph": {"title": SECRET},
        "nodes": [{"id": "c", "label": SECRET, "kind": "centre"}, {"id": "p", "label": "Auntie " + SECRET}],
        "edges": [{"source": "p", "target": "c", "id": "e", "note": SECRET}],
    }))
    variants = {
        "cut-short": json.dumps(good)[:-30],
        "label-too-long": json.dumps({**good, "nodes": [{"id": "c", "label": SECRET * 50,
                                                          "kind": "centre"}]}),
        "bad-category": json.dumps({**good, "nodes": [good["nodes"][0], {"id": "p", "label": "x",
                                                                         "category": SECRET + "\n"}]}),
        "unknown-node-field": json.dumps({**good, "nodes": [{**good["nodes"][0], SECRET: 1}]}),
        "unknown-meta-field": json.dumps({**good, "graph": {SECRET: SECRET}}),
        "unknown-top-level": json.dumps({**good, SECRET: 1}),
        "bad-kind": json.dumps({**good, "nodes": [{"id": "c", "label": "x", "kind": SECRET}]}),
        "id-twice": json.dumps({**good, "nodes": [{"id": SECRET, "label": "x", "kind": "centre"},
                                                  {"id": SECRET, "label": "y"}]}),
        "dangling-edge": json.dumps({**good, "edges": [{"source": SECRET, "target": "c", "id": "e"}]}),
        "bad-strength": json.dumps({**good, "edges": [{**good["edges"][0], "strength": SECRET}]}),
        "bad-version": json.dumps({**good, "version": SECRET}),
        "bad-format": json.dumps({**good, "format": SECRET}),
        "huge-version": json.dumps({**good, "version": 10**30}),
        "not-utf8": SECRET.encode("utf-16").decode("latin-1"),
        "bad-household": json.dumps({**good, "nodes": [{**good["nodes"][0],
                                                        "household": [{"name": SECRET, "pet": SECRET}]}]}),
        "bad-legend": json.dumps({**good, "graph": {"legend": [{"key": SECRET}]}}),
        "bad-colour": json.dumps({**good, "edges": [{**good["edges"][0], "colour": SECRET}]}),
    }
    paths = []
    for name, text in variants.items():
        path = folder / f"{name}.ecomap"
        path.write_bytes(text.encode("latin-1") if name == "not-utf8" else text.encode("utf-8"))
        paths.append(path)
    doc = Document(SECRET)
    protected = folder / "protected.ecomap"
    save_document(doc, protected, password="right")
    damaged = folder / "protected-damaged.ecomap"
    raw = bytearray(protected.read_bytes())
    raw[-12] = ord("A") if raw[-12] != ord("A") else ord("B")
    damaged.write_bytes(bytes(raw))
    return paths + [protected, damaged]


def _files_containing(folder: Path, needle: bytes) -> list[str]:
    hits = []
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            try:
                if needle in path.read_bytes():
                    hits.append(str(path))
            except OSError:
                pass
    return hits


def test_loader_messages_never_repeat_file_content(tmp_path, monkeypatch):
    monkeypatch.setattr(protection, "ARGON2ID_PARAMS", FAST_ARGON)
    for path in _bad_files(tmp_path):
        for password in (None, "wrong", "right"):
            if path.name == "protected.ecomap" and password == "right":
                continue
            with pytest.raises(MapFileError) as info:
                read_graph(path, password)
            text = str(info.value) + repr(info.value) + str(info.value.__cause__ or "")
            assert SECRET not in text, path.name
            assert path.name in str(info.value)


def test_cli_runs_on_bad_files_print_no_personal_content_and_leave_no_temp_files(tmp_path, monkeypatch):
    monkeypatch.setattr(protection, "ARGON2ID_PARAMS", FAST_ARGON)
    maps = tmp_path / "maps"
    maps.mkdir()
    bad = _bad_files(maps)
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    wrong_pw = tmp_path / "wrong.txt"
    wrong_pw.write_text("wrong\n", encoding="utf-8")
    env = dict(os.environ, TMPDIR=str(private_tmp), TEMP=str(private_tmp), TMP=str(private_tmp),
               QT_QPA_PLATFORM="offscreen", PYTHONWARNINGS="always")
    runs = [["validate", *map(str, bad)], ["validate", *map(str, bad), "--password-file", str(wrong_pw)]]
    for path in [p for p in bad if p.stem in ("cut-short", "unknown-node-field", "bad-strength", "protected",
                                              "protected-damaged")]:
        runs.append(["export", str(path), str(tmp_path / "out.graphml")])
        runs.append(["summary", str(path)])
    runs.append(["export", str(bad[-2]), str(tmp_path / "out.pdf"), "--password-file", str(wrong_pw)])
    for args in runs:
        result = subprocess.run([sys.executable, "-m", "ecomap_desktop", *args], capture_output=True, env=env,
                                timeout=120)
        assert result.returncode == 1, args
        output = result.stdout + result.stderr
        assert SECRET.encode() not in output, (args, output[:500])
        assert b"Traceback" not in output
        assert result.stderr.strip()  # a message was given
    assert not (tmp_path / "out.graphml").exists() and not (tmp_path / "out.pdf").exists()
    assert _files_containing(private_tmp, SECRET.encode()) == []


def test_crash_output_holds_no_personal_content(tmp_path):
    script = (
        "from ecomap_desktop import crash\n"
        "import threading\n"
        "crash.install()\n"
        f"t = threading.Thread(target=lambda: {{}}['{SECRET}'])\n"
        "t.start(); t.join()\n"
        f"raise ValueError('could not place {SECRET}')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "ValueError" in err and "KeyError" in err
    assert SECRET not in err and "could not place" not in err


def test_cli_crash_output_holds_no_personal_content(tmp_path):
    """An unexpected error inside a CLI command is reported without its message."""
    path = tmp_path / "m.ecomap"
    save_document(Document(SECRET), path)
    script = (
        "import sys\n"
        "from ecomap_desktop import cli\n"
        "from ecomap_desktop.analysis import insights\n"
        f"def broken(graph): raise RuntimeError('{SECRET}')\n"
        "insights.compute = broken\n"
        "sys.exit(cli.main(['summary', sys.argv[1]]))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, timeout=60)
    assert result.returncode != 0
    assert b"RuntimeError" in result.stderr and SECRET.encode() not in result.stderr + result.stdout


def _disk_full(fd):
    raise OSError(28, "No space left on device")


def test_a_protected_session_leaves_no_personal_content_in_logs_temp_or_recovery(
        qtbot, answers, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(protection, "ARGON2ID_PARAMS", FAST_ARGON)
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    qt_messages = []
    previous = qInstallMessageHandler(lambda mode, context, message: qt_messages.append(message))
    caplog.set_level(logging.DEBUG)
    try:
        maps = tmp_path / "maps"
        maps.mkdir()
        window = _window(qtbot)
        answers.password = "a long pass phrase"
        path = maps / "visit.ecomap"
        answers.save_path = str(path)
        doc = window.document
        window.scene.select_ids([doc.centre_id])
        _name_selected(qtbot, window, SECRET)
        assert window.files.save_with_password()
        window.scene.select_ids([doc.centre_id])
        _name_selected(qtbot, window, SECRET + " and kids")
        assert window.isWindowModified()
        assert window.autosave.write_now()  # the recovery copy of a protected map
        # A failing open and a failing save, with their messages.
        answers.unsaved = "save"
        broken = maps / "broken.ecomap"
        broken.write_text('{"format": "ecomap", "version": 1, "nodes": [{"label": "' + SECRET + '"',
                          encoding="utf-8")
        window.files.load_path(str(broken))
        with monkeypatch.context() as patch:
            patch.setattr(os, "fsync", _disk_full)
            assert not window.files.save()
        recovery_folder = recovery.default_folder()
        assert list(recovery_folder.glob("*.ecomap-recovery"))
        leaks = {
            "files beside the map": [p for p in _files_containing(maps, SECRET.encode())
                                     if not p.endswith("broken.ecomap")],
            "recovery folder": _files_containing(recovery_folder, SECRET.encode()),
            "temp folder": _files_containing(private_tmp, SECRET.encode()),
            "error messages": [m for m in answers.errors if SECRET in m],
            "logs": [r.getMessage() for r in caplog.records if SECRET in r.getMessage()],
            "Qt messages": [m for m in qt_messages if SECRET in m],
            "recent maps": [p for p in recent_files() if SECRET in p],
            "settings": [k for k in QSettings().allKeys() if SECRET in str(QSettings().value(k))],
        }
        assert leaks == {k: [] for k in leaks}
        assert len(answers.errors) == 2
    finally:
        qInstallMessageHandler(previous)
        answers.unsaved = "discard"


# ----- owner-only files ---------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_everything_written_is_owner_only(tmp_path, monkeypatch):
    monkeypatch.setattr(protection, "ARGON2ID_PARAMS", FAST_ARGON)
    old_umask = os.umask(0o022)  # a permissive umask must not matter
    try:
        path = tmp_path / "m.ecomap"
        doc = Document("x")
        save_document(doc, path)
        save_document(doc, path)
        protected = tmp_path / "p.ecomap"
        save_document(doc, protected, password="pw")
        save_document(doc, protected, password="pw")
        export_graphml(doc, tmp_path / "m.graphml")
        store = recovery.RecoveryStore(tmp_path / "recovery")
        store.write("a" * 32, b"{}", name="m", original_path=None, protected=False)
        files = [path, path.with_name("m.ecomap.bak"), protected, protected.with_name("p.ecomap.bak"),
                 tmp_path / "m.graphml", store.copy_file("a" * 32)]
        for written in files:
            assert (written.stat().st_mode & 0o777) == 0o600, written.name
        assert (store.folder.stat().st_mode & 0o777) == 0o700
        store.stop()
    finally:
        os.umask(old_umask)


# ----- the recent-maps list -------------------------------------------------------------------------


def test_recent_maps_can_be_turned_off_and_cleared_from_the_file_menu(qtbot, answers, tmp_path):
    window = _window(qtbot)
    safety = window.safety_actions
    file_menu_entries = [a.text() for a in window.actions.file_menu.actions()]
    assert safety.privacy_menu.menuAction().text() in file_menu_entries
    assert safety.save_with_password.text() in file_menu_entries
    assert safety.remember_recent.isChecked()

    answers.save_path = str(tmp_path / "a.ecomap")
    window.files.save()
    assert recent_files() == [str(tmp_path / "a.ecomap")]
    safety.clear_recent.trigger()
    assert recent_files() == []

    answers.save_path = str(tmp_path / "b.ecomap")
    window.files.save_as()
    assert recent_files() == [str(tmp_path / "b.ecomap")]
    safety.remember_recent.trigger()  # off: forgets the list and stops remembering
    assert not safety.remember_recent.isChecked() and recent_files() == []
    answers.save_path = str(tmp_path / "c.ecomap")
    window.files.save_as()
    assert recent_files() == []
    window.actions.recent_menu.aboutToShow.emit()
    assert [a.isEnabled() for a in window.actions.recent_menu.actions()] == [False]  # "No recent maps"

    other = _window(qtbot)  # a new window reads the setting
    assert not other.safety_actions.remember_recent.isChecked()
    other.safety_actions.remember_recent.trigger()
    window.actions.file_menu.aboutToShow.emit()
    assert window.safety_actions.remember_recent.isChecked()


def test_save_without_password_is_offered_only_for_protected_maps(qtbot, answers, tmp_path, monkeypatch):
    monkeypatch.setattr(protection, "ARGON2ID_PARAMS", FAST_ARGON)
    window = _window(qtbot)
    safety = window.safety_actions
    assert not safety.save_without_password.isEnabled()
    answers.password = "pw"
    answers.save_path = str(tmp_path / "m.ecomap")
    safety.save_with_password.trigger()
    assert safety.save_without_password.isEnabled()
    safety.save_without_password.trigger()
    assert not safety.save_without_password.isEnabled()
    assert read_graph(tmp_path / "m.ecomap").number_of_nodes() == 1
