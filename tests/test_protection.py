"""Password-protected maps: encryption format, wrong password vs damage, hostile headers, backups,
the window's open/save-with-password flow, and the CLI's --password-file."""

import base64
import json
import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ecomap_desktop import cli
from ecomap_desktop.io import protection
from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.io.mapfile import (
    backup_path,
    bytes_to_graph,
    document_to_bytes,
    file_is_protected,
    load_document,
    read_graph,
    save_document,
)
from ecomap_desktop.io.protection import PasswordNeededError, WrongPasswordError
from ecomap_desktop.model.commands import AddNodeCommand
from ecomap_desktop.model.document import Document
from ecomap_desktop.ui.dialogs import questions as dialogs
from ecomap_desktop.ui.window.file_controller import FileController

SECRET = "ZEBRA-SENTINEL-42"
# Small key-derivation settings keep the tests quick; the format is the same as with the defaults.
FAST_ARGON = {"memory_kib": 1024, "iterations": 1, "lanes": 1}
FAST_SCRYPT = {"n": 2**10, "r": 8, "p": 1}


@pytest.fixture
def fast_kdf(monkeypatch):
    monkeypatch.setattr(protection, "ARGON2ID_PARAMS", FAST_ARGON)
    monkeypatch.setattr(protection, "SCRYPT_PARAMS", FAST_SCRYPT)


def _family_map():
    doc = Document(SECRET)
    friend = doc.add_node({"label": "Auntie " + SECRET, "notes": "visits on Sundays"})
    doc.add_edge(doc.centre_id, friend, {"strength": "strong"})
    return doc


def _header(raw: bytes) -> dict:
    return json.loads(raw.split(b"\n", 1)[0])


def test_protected_file_holds_no_plain_text_and_round_trips(tmp_path, fast_kdf):
    path = tmp_path / "visit.ecomap"
    doc = _family_map()
    save_document(doc, path, password="correct horse")
    raw = path.read_bytes()
    assert SECRET.encode() not in raw and b"Auntie" not in raw and b"Sundays" not in raw
    header = _header(raw)
    assert header["format"] == "ecomap-protected" and header["version"] == 1
    assert header["cipher"] == "aes-256-gcm" and header["kdf"] in ("argon2id", "scrypt")
    assert set(header["kdf_params"]) in ({"memory_kib", "iterations", "lanes"}, {"n", "r", "p"})
    assert file_is_protected(path)
    again = load_document(path, password="correct horse")
    assert document_to_bytes(again) == document_to_bytes(doc)


def test_default_settings_use_argon2id_with_strong_parameters(tmp_path):
    path = tmp_path / "m.ecomap"
    save_document(Document("x"), path, password="pw")
    header = _header(path.read_bytes())
    if protection.argon2id_available():
        assert header["kdf"] == "argon2id"
        assert header["kdf_params"] == {"memory_kib": 65536, "iterations": 3, "lanes": 4}
    else:
        assert header["kdf"] == "scrypt" and header["kdf_params"]["n"] >= 2**17
    assert read_graph(path, "pw").number_of_nodes() == 1


def test_scrypt_files_round_trip_too(fast_kdf):
    raw = protection.encrypt(b'{"a": 1}', "pw", kdf="scrypt")
    assert _header(raw)["kdf"] == "scrypt"
    assert protection.decrypt(raw, "pw", "m.ecomap") == b'{"a": 1}'


def test_every_save_uses_a_fresh_salt_and_nonce(tmp_path, fast_kdf):
    path = tmp_path / "m.ecomap"
    doc = _family_map()
    headers = []
    for _ in range(3):
        save_document(doc, path, password="same password")
        headers.append(_header(path.read_bytes()))
    assert len({h["salt"] for h in headers}) == 3
    assert len({h["nonce"] for h in headers}) == 3


def test_missing_wrong_password_and_damage_give_different_plain_messages(tmp_path, fast_kdf):
    path = tmp_path / "visit.ecomap"
    save_document(_family_map(), path, password="right one")
    with pytest.raises(PasswordNeededError) as needed:
        read_graph(path)
    with pytest.raises(WrongPasswordError) as wrong:
        read_graph(path, "wrong one")
    raw = bytearray(path.read_bytes())
    raw[-20] = ord("A") if raw[-20] != ord("A") else ord("B")  # one character of the ciphertext
    with pytest.raises(MapFileError) as damaged:
        bytes_to_graph(bytes(raw), "visit.ecomap", "right one")
    assert not isinstance(damaged.value, WrongPasswordError)
    cut = path.read_bytes()[:-40] + b"\n"
    with pytest.raises(MapFileError) as truncated:
        bytes_to_graph(cut, "visit.ecomap", "right one")
    messages = [str(e.value) for e in (needed, wrong, damaged, truncated)]
    assert len(set(messages[:3])) == 3
    assert "not right" in messages[1] and "damaged" in messages[2] and "damaged" in messages[3]
    for message in messages:
        assert "visit.ecomap" in message and SECRET not in message and "Traceback" not in message


def test_header_is_authenticated(tmp_path, fast_kdf):
    """Changing any header byte (here: a harmless-looking extra field) makes the file fail to open."""
    raw = protection.encrypt(b"{}", "pw")
    header_line, body = raw.split(b"\n", 1)
    header = json.loads(header_line)
    header["note"] = "x"
    tampered = json.dumps(header, separators=(",", ":")).encode() + b"\n" + body
    with pytest.raises(MapFileError) as info:
        protection.decrypt(tampered, "pw", "m.ecomap")
    assert "damaged" in str(info.value)
    # The same header bytes re-serialised differently are not accepted either.
    spaced = json.dumps(json.loads(header_line)).encode() + b"\n" + body
    with pytest.raises(MapFileError):
        protection.decrypt(spaced, "pw", "m.ecomap")
    assert protection.decrypt(raw, "pw", "m.ecomap") == b"{}"


def _with_header(raw: bytes, **changes) -> bytes:
    header_line, body = raw.split(b"\n", 1)
    header = json.loads(header_line)
    header.update(changes)
    return json.dumps(header, separators=(",", ":")).encode() + b"\n" + body


@pytest.mark.parametrize("kdf, params", [
    ("argon2id", {"memory_kib": 64 * 1024 * 1024, "iterations": 3, "lanes": 4}),  # 64 GiB
    ("argon2id", {"memory_kib": 65536, "iterations": 10**6, "lanes": 4}),
    ("argon2id", {"memory_kib": 65536, "iterations": 3, "lanes": 10**4}),
    ("argon2id", {"memory_kib": 65536, "iterations": True, "lanes": 4}),
    ("scrypt", {"n": 2**30, "r": 8, "p": 1}),
    ("scrypt", {"n": 2**18, "r": 64, "p": 1}),  # 2 GiB through r
    ("scrypt", {"n": 2**14, "r": 8, "p": 10**6}),
    ("scrypt", {"n": 3000, "r": 8, "p": 1}),  # not a power of two
    ("scrypt", {"n": 1.5, "r": 8, "p": 1}),
])
def test_hostile_kdf_parameters_are_refused_before_any_work(kdf, params, monkeypatch):
    raw = protection.encrypt(b"{}", "pw", kdf="scrypt", params=FAST_SCRYPT)
    hostile = _with_header(raw, kdf=kdf, kdf_params=params)

    def must_not_run(*args, **kwargs):
        raise AssertionError("the key derivation ran with hostile parameters")

    monkeypatch.setattr(protection, "_derive", must_not_run)
    # The processor's time, not the clock's: a busy machine may leave the test waiting for a turn.
    started = time.process_time()
    with pytest.raises(MapFileError) as info:
        protection.decrypt(hostile, "pw", "m.ecomap")
    assert time.process_time() - started < 1.0
    assert "outside what this app accepts" in str(info.value)


@pytest.mark.parametrize("change", [
    {"version": 99}, {"cipher": "rot13"}, {"kdf": "md5"}, {"salt": "***"},
    {"nonce": base64.b64encode(b"short").decode()},
    {"check": 5}, {"kdf_params": "big"}, {"kdf_params": {"n": 1024}},
])
def test_odd_headers_give_plain_messages(change, fast_kdf):
    raw = protection.encrypt(b"{}", "pw")
    with pytest.raises(MapFileError) as info:
        protection.decrypt(_with_header(raw, **change), "pw", "m.ecomap")
    assert "m.ecomap" in str(info.value) and not isinstance(info.value, WrongPasswordError)


def test_protected_save_never_leaves_an_unprotected_backup(tmp_path, fast_kdf):
    path = tmp_path / "visit.ecomap"
    doc = _family_map()
    save_document(doc, path)
    save_document(doc, path)  # now visit.ecomap.bak holds the plain map
    assert backup_path(path).is_file() and not file_is_protected(backup_path(path))
    save_document(doc, path, password="pw")
    assert not backup_path(path).exists()
    save_document(doc, path, password="pw")  # a protected previous version may be kept
    assert backup_path(path).is_file() and file_is_protected(backup_path(path))
    for leftover in tmp_path.iterdir():
        assert SECRET.encode() not in leftover.read_bytes()
    if os.name == "posix":
        assert (path.stat().st_mode & 0o777) == 0o600
        assert (backup_path(path).stat().st_mode & 0o777) == 0o600


# ----- the window's flow ------------------------------------------------------------------------


class PasswordAnswers:
    def __init__(self, monkeypatch):
        self.passwords = []  # answers for ask_password, in order
        self.asked = []  # (name, error) for each ask_password
        self.new_password = None
        self.errors = []
        self.save_path = ""
        monkeypatch.setattr(dialogs, "ask_password", self._ask)
        monkeypatch.setattr(dialogs, "ask_new_password", lambda parent, name: self.new_password)
        monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: self.errors.append(message))
        monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested="": self.save_path)
        monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda parent, name: "discard")

    def _ask(self, parent, name, error=""):
        self.asked.append((name, error))
        return self.passwords.pop(0) if self.passwords else None


@pytest.fixture
def controller(qtbot, monkeypatch, fast_kdf):
    widget = QWidget()
    qtbot.addWidget(widget)
    doc = Document("Tran family")
    stack = QUndoStack(widget)
    return FileController(widget, doc, stack), doc, stack, PasswordAnswers(monkeypatch)


def test_save_with_password_then_open_asks_until_right(controller, tmp_path):
    files, doc, stack, answers = controller
    stack.push(AddNodeCommand(doc, {"label": "Coach Dee"}))
    answers.new_password = "our secret"
    answers.save_path = str(tmp_path / "tran.ecomap")
    assert files.save_with_password()
    assert files.is_protected and not files.is_modified
    assert file_is_protected(tmp_path / "tran.ecomap")
    stack.push(AddNodeCommand(doc, {"label": "Nurse Ana"}))
    assert files.save()  # later saves keep the protection
    assert read_graph(tmp_path / "tran.ecomap", "our secret").number_of_nodes() == 3

    files.new_map()
    answers.passwords = ["guess", "our secret"]
    assert files.open_map(str(tmp_path / "tran.ecomap"))
    assert [a[0] for a in answers.asked] == ["tran.ecomap", "tran.ecomap"]
    assert answers.asked[0][1] == "" and "does not open" in answers.asked[1][1]
    assert doc.node_count() == 3 and files.is_protected and answers.errors == []


def test_cancelling_the_password_keeps_the_current_map(controller, tmp_path):
    files, doc, stack, answers = controller
    save_document(_family_map(), tmp_path / "p.ecomap", password="pw")
    before = document_to_bytes(doc)
    answers.passwords = []  # cancel
    assert not files.open_map(str(tmp_path / "p.ecomap"))
    assert document_to_bytes(doc) == before and answers.errors == []


def test_damaged_protected_file_says_damaged_not_wrong_password(controller, tmp_path):
    files, doc, stack, answers = controller
    path = tmp_path / "p.ecomap"
    save_document(_family_map(), path, password="pw")
    raw = bytearray(path.read_bytes())
    raw[-20] = ord("A") if raw[-20] != ord("A") else ord("B")
    path.write_bytes(bytes(raw))
    answers.passwords = ["pw"]
    assert not files.open_map(str(path))
    assert len(answers.asked) == 1
    assert len(answers.errors) == 1 and "damaged" in answers.errors[0] and SECRET not in answers.errors[0]


def test_save_without_password_removes_the_protection(controller, tmp_path):
    files, doc, stack, answers = controller
    answers.new_password = "pw"
    answers.save_path = str(tmp_path / "m.ecomap")
    assert files.save_with_password()
    assert files.save_without_password()
    assert not files.is_protected and not file_is_protected(tmp_path / "m.ecomap")
    assert read_graph(tmp_path / "m.ecomap").number_of_nodes() == 1


def test_cancelled_new_password_changes_nothing(controller, tmp_path):
    files, doc, stack, answers = controller
    answers.new_password = None
    answers.save_path = str(tmp_path / "m.ecomap")
    assert not files.save_with_password()
    assert not files.is_protected and not (tmp_path / "m.ecomap").exists()


def test_new_password_dialog_needs_the_same_password_twice(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from ecomap_desktop.ui.dialogs.password import NewPasswordDialog, PasswordDialog

    dialog = NewPasswordDialog(None, "m.ecomap")
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.first.setText("long enough phrase")
    assert not save.isEnabled()
    dialog.second.setText("long enough phrase")
    assert save.isEnabled() and dialog.password() == "long enough phrase"
    assert "recover" in dialog.intro.text()

    ask = PasswordDialog(None, "m.ecomap", "That password does not open this map.")
    qtbot.addWidget(ask)
    assert not ask.error_label.isHidden() and "does not open" in ask.error_label.text()
    assert not ask.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()
    ask.field.setText("x")
    assert ask.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()


# ----- the command line -------------------------------------------------------------------------


def test_cli_reads_protected_maps_with_a_password_file(tmp_path, capsys, fast_kdf):
    path = tmp_path / "p.ecomap"
    save_document(_family_map(), path, password="pass phrase")
    good = tmp_path / "pw.txt"
    good.write_text("pass phrase\r\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("nope\n", encoding="utf-8")

    assert cli.main(["validate", str(path)]) == 1
    needed = capsys.readouterr().err
    assert "protected with a password" in needed and "--password-file" in needed

    assert cli.main(["validate", str(path), "--password-file", str(good)]) == 0
    assert cli.main(["validate", str(path), "--password-file", str(bad)]) == 1
    assert "not right" in capsys.readouterr().err
    assert cli.main(["validate", str(path), "--password-file", str(tmp_path / "missing.txt")]) == 1

    out = tmp_path / "p.graphml"
    assert cli.main(["export", str(path), str(out), "--password-file", str(good)]) == 0
    assert SECRET in out.read_text(encoding="utf-8")  # the export itself is the user's choice
    assert cli.main(["summary", str(path), "--password-file", str(good)]) == 0
    captured = capsys.readouterr()
    assert SECRET not in captured.err


# ----- damaged protected files (fuzzing) --------------------------------------------------------

_PROTECTED = protection.encrypt(document_to_bytes(_family_map()), "pw", kdf="scrypt", params=FAST_SCRYPT)


@st.composite
def _mutations(draw):
    raw = bytearray(_PROTECTED)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        at = draw(st.integers(0, max(0, len(raw) - 1)))
        if kind == "flip" and raw:
            raw[at] ^= draw(st.integers(1, 255))
        elif kind == "cut":
            del raw[at:]
        elif kind == "insert":
            raw[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif raw:
            del raw[at:at + draw(st.integers(1, 16))]
    return bytes(raw)


def _only_loader_errors(raw):
    try:
        bytes_to_graph(raw, "m.ecomap", "pw")
    except MapFileError as exc:
        assert SECRET not in str(exc)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutations())
def test_damaged_protected_files_only_give_the_loaders_error(raw):
    _only_loader_errors(raw)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(_mutations())
def test_damaged_protected_files_only_give_the_loaders_error_long(raw):
    _only_loader_errors(raw)


def test_a_derived_key_never_shows_its_key_and_cannot_be_changed(fast_kdf):
    """A derived key's repr (what a traceback or a log line would show) names its method and salt,
    never the key or its check value; and the record is read-only."""
    derived = protection.derive_key("correct horse", "scrypt", FAST_SCRYPT)
    shown = repr(derived)
    assert "scrypt" in shown and repr(derived.salt) in shown
    assert repr(derived.key) not in shown and repr(derived.check) not in shown
    assert derived.key.hex() not in shown
    with pytest.raises(AttributeError):
        derived.key = b"0" * 32
