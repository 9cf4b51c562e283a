"""Hostile and broken map files: each gives the loader's own error, one plain line, and nothing else.

Every crafted file carries a sentinel in its labels and notes; no message may ever repeat it, because
in a real file that text is a family's personal information.
"""

import json
import os
import subprocess
import sys
import textwrap
import tracemalloc
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ecomap_desktop.cli import main as cli_main
from ecomap_desktop.io.errors import MapFileError, NewerVersionError
from ecomap_desktop.io.mapfile import MAX_FILE_BYTES, read_graph
from ecomap_desktop.model.vocabulary import MAX_NODES

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "01-rivera-family.ecomap"
SENTINEL = "ZEBRA-SENTINEL-42"
# Personal text that is in the example itself (and so in every file derived from it).
PERSONAL = ("Maria", "Rivera", "Sofía", "Carmen")


def _base() -> dict:
    """The family example with the sentinel in every label, note and map text."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    for node in data["nodes"]:
        node["label"] = f"{node['label']} {SENTINEL}"
        node["notes"] = f"{SENTINEL} {node['notes']}"
    for edge in data["edges"]:
        edge["note"] = SENTINEL
    for key in ("title", "worker_notes", "reflection", "commitment"):
        data["graph"][key] = f"{data['graph'][key]} {SENTINEL}"
    return data


def _dump(data) -> bytes:
    return json.dumps(data, indent=2).encode("ascii")  # \u escapes let a lone surrogate through


def _edit(change) -> bytes:
    data = _base()
    change(data)
    return _dump(data)


def _replace_once(old: str, new: str) -> bytes:
    text = _dump(_base()).decode("utf-8")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


def _person(data, index=1) -> dict:
    return data["nodes"][index]


def _set(obj, key, value):
    obj[key] = value


NOT_A_MAP = "not an eco-map, or it is damaged"  # a text file, a picture, or JSON cut short

# name -> (file bytes, a fragment the message must contain besides the file's name)
CASES = {
    "empty": (b"", "empty"),
    "whitespace-only": (b" \n\t\r\n  ", "empty"),
    "truncated-json": (_dump(_base())[:4000], NOT_A_MAP),
    "not-utf8": (_dump(_base()).replace(SENTINEL.encode(), b"\xff\xfe" + SENTINEL.encode(), 1), NOT_A_MAP),
    "utf16": (_dump(_base()).decode("utf-8").encode("utf-16"), NOT_A_MAP),
    "binary-junk": (bytes(range(256)) * 64 + SENTINEL.encode(), NOT_A_MAP),
    "control-junk": (b"\x00\x01\x02" + SENTINEL.encode() + b"\x7f", NOT_A_MAP),
    "top-level-list": (json.dumps([SENTINEL]).encode(), NOT_A_MAP),
    "top-level-string": (json.dumps(SENTINEL).encode(), NOT_A_MAP),
    "nodes-not-a-list": (_edit(lambda d: _set(d, "nodes", {SENTINEL: SENTINEL})), "people and groups"),
    "nodes-missing": (_edit(lambda d: d.pop("nodes")), "people and groups"),
    "edges-not-a-list": (_edit(lambda d: _set(d, "edges", SENTINEL)), "connections"),
    "graph-not-an-object": (_edit(lambda d: _set(d, "graph", [SENTINEL])), "map details"),
    "node-not-an-object": (_edit(lambda d: d["nodes"].append(SENTINEL)), "person or group 20"),
    "label-a-number": (_edit(lambda d: _set(_person(d), "label", 42)), "person or group 2"),
    "label-missing": (_edit(lambda d: _person(d).pop("label")), "person or group 2"),
    "x-a-string": (_edit(lambda d: _set(_person(d), "x", SENTINEL)), "person or group 2"),
    "y-a-list": (_edit(lambda d: _set(_person(d), "y", [1, 2])), "person or group 2"),
    "kind-unknown": (_edit(lambda d: _set(_person(d), "kind", SENTINEL)), "person or group 2"),
    "support-a-string": (_edit(lambda d: _set(_person(d), "support", SENTINEL)), "person or group 2"),
    "household-wrong": (_edit(lambda d: _set(d["nodes"][0], "household", [{"name": 7}])),
                        "person or group 1"),
    "strength-unknown": (_edit(lambda d: _set(d["edges"][0], "strength", SENTINEL)), "connection 1"),
    "colour-not-a-colour": (_edit(lambda d: _set(d["edges"][0], "colour", SENTINEL)), "connection 1"),
    "legend-wrong": (_edit(lambda d: _set(d["graph"], "legend", [{"key": SENTINEL, "label": "x"}])),
                     "map details"),
    "unknown-node-field": (_edit(lambda d: _set(_person(d), SENTINEL, SENTINEL)), "unknown field"),
    "unknown-connection-field": (_edit(lambda d: _set(d["edges"][0], SENTINEL, 1)), "unknown field"),
    "unknown-map-field": (_edit(lambda d: _set(d["graph"], SENTINEL, SENTINEL)), "unknown field"),
    "unknown-top-level-entry": (_edit(lambda d: _set(d, SENTINEL, SENTINEL)), "unexpected"),
    "missing-centre": (_edit(lambda d: d["nodes"].pop(0)), "exactly one centre"),
    "two-centres": (_edit(lambda d: _set(_person(d), "kind", "centre")), "exactly one centre"),
    "dangling-connection": (_edit(lambda d: _set(d["edges"][0], "target", SENTINEL)), "not in the map"),
    "duplicate-node-ids": (_edit(lambda d: _set(d["nodes"][2], "id", d["nodes"][1]["id"])), "used twice"),
    "duplicate-connection-ids": (_edit(lambda d: _set(d["edges"][2], "id", d["edges"][1]["id"])),
                                 "used twice"),
    "self-loop": (_edit(lambda d: _set(d["edges"][0], "target", d["edges"][0]["source"])), "itself"),
    "same-pair-twice": (_edit(lambda d: d["edges"].append(dict(d["edges"][0], id="another-id"))),
                        "connected twice"),
    "ten-megabyte-label": (
        _edit(lambda d: _set(_person(d), "label", SENTINEL * (10 * 2**20 // len(SENTINEL)))),
        "longer than",
    ),
    "deep-nesting": (b"[" * 100_000, "nested too deeply"),
    "deep-nesting-in-a-note": (_replace_once(f'"notes": "{SENTINEL}', '"notes": ' + "[" * 100_000 + '"'),
                               "nested too deeply"),
    "huge-float": (_replace_once('"x": 0.0', '"x": 1e999'), "out of range"),
    "huge-integer": (_replace_once('"x": 0.0', '"x": ' + "7" * 5000), "out of range"),
    "big-integer-coordinate": (_replace_once('"x": 0.0', '"x": 1' + "0" * 400), "out of range"),
    "nan": (_replace_once('"x": 0.0', '"x": NaN'), "out of range"),
    "infinity": (_replace_once('"y": 0.0', '"y": -Infinity'), "out of range"),
    "lone-surrogate-in-text": (_replace_once(f"{SENTINEL}", "\\ud800" + SENTINEL), "not valid text"),
    "lone-surrogate-id": (_edit(lambda d: d["nodes"].append({"id": "\udc00", "label": "", "kind": "person"})),
                          "person or group 20"),
    "version-999": (_edit(lambda d: _set(d, "version", 999)), "newer version"),
    "version-huge": (_replace_once('"version": 2', '"version": 9' + "0" * 3000), "newer version"),
    "version-0": (_edit(lambda d: _set(d, "version", 0)), "version"),
    "version-string": (_edit(lambda d: _set(d, "version", "1")), "version"),
    "version-true": (_edit(lambda d: _set(d, "version", True)), "version"),
    "version-missing": (_edit(lambda d: d.pop("version")), "version"),
    "wrong-format-name": (_edit(lambda d: _set(d, "format", "graphml")), NOT_A_MAP),
    "undirected": (_edit(lambda d: _set(d, "directed", False)), "graph type"),
    # Control characters: never in a name or title (a terminal would obey them; XML cannot hold
    # most), in notes only tabs and line breaks.
    "escape-sequence-in-a-name": (
        _edit(lambda d: _set(_person(d), "label", f"{SENTINEL}\x1b[2J\x1b]0;x\x07")), "control character"),
    "tab-in-a-name": (_edit(lambda d: _set(_person(d), "label", f"{SENTINEL}\t")), "person or group 2"),
    "line-break-in-a-title": (_edit(lambda d: _set(d["graph"], "title", f"{SENTINEL}\n")), "map details"),
    "c1-control-in-a-name": (_edit(lambda d: _set(_person(d), "label", f"\x9b31m{SENTINEL}")),
                             "control character"),
    "bell-in-a-household-name": (
        _edit(lambda d: _set(d["nodes"][0], "household", [{"name": "\x07"}])), "person or group 1"),
    "form-feed-in-a-note": (
        _edit(lambda d: _set(_person(d), "notes", f"{SENTINEL}\x0c")), "control character"),
    "escape-in-a-connection-note": (
        _edit(lambda d: _set(d["edges"][0], "note", "\x1b[31m")), "connection 1"),
    "control-character-in-an-id": (_edit(lambda d: _set(_person(d), "id", "id\x1b")), "person or group 2"),
    "noncharacter-in-a-name": (
        _edit(lambda d: _set(_person(d), "label", f"{SENTINEL}\uffff")), "not valid text"),
    # What no map can be, refused before it is parsed: millions of tiny lists or values.
    "bracket-bomb": (b"[" + b"[]," * 2_000_000 + b"[]]", "more entries than a map can hold"),
    "value-bomb": (b"[" + b'"ab",' * 3_000_000 + b'"ab"]', "more entries than a map can hold"),
    "too-many-people": (_edit(lambda d: d["nodes"].extend(
        {"id": f"n{i}", "label": "", "kind": "person"} for i in range(MAX_NODES))), "more than 6000"),
}


def _check_message(message: str, name: str, fragment: str) -> None:
    assert name in message, message
    assert fragment.lower() in message.lower(), message
    assert SENTINEL not in message and "ZEBRA" not in message
    for word in PERSONAL:
        assert word not in message
    assert "Traceback" not in message and "\n" not in message.strip()
    assert len(message) < 300  # a sentence, not a dump


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    for case, (payload, _) in CASES.items():
        (folder / f"hostile-{case}.ecomap").write_bytes(payload)
    return folder


@pytest.mark.parametrize("case", sorted(CASES))
def test_read_graph_gives_only_mapfile_error(case, hostile_dir):
    path = hostile_dir / f"hostile-{case}.ecomap"
    with pytest.raises(MapFileError) as info:
        read_graph(path)
    # Not a subclass for something else, not a bare exception; a newer version's file is told
    # apart (it is not damaged: the window offers no backup for it).
    expected = NewerVersionError if CASES[case][1] == "newer version" else MapFileError
    assert type(info.value) is expected
    _check_message(str(info.value), path.name, CASES[case][1])


@pytest.mark.parametrize("case", sorted(CASES))
def test_validate_command_gives_exit_1_and_one_plain_line(case, hostile_dir, capsys):
    path = hostile_dir / f"hostile-{case}.ecomap"
    assert cli_main(["validate", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    _check_message(lines[0], path.name, CASES[case][1])


def test_newer_version_message_asks_for_an_update(hostile_dir):
    with pytest.raises(MapFileError) as info:
        read_graph(hostile_dir / "hostile-version-999.ecomap")
    message = str(info.value)
    assert "newer version of Ecomap Desktop" in message and "999" in message and "update" in message


def test_file_over_the_size_cap_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "enormous.ecomap"
    with open(path, "wb") as handle:  # sparse: takes no disk space
        handle.truncate(MAX_FILE_BYTES + 1)
    tracemalloc.start()
    try:
        with pytest.raises(MapFileError) as info:
            read_graph(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    _check_message(str(info.value), path.name, "too large")
    assert peak < MAX_FILE_BYTES // 10  # refused from its size, not read into memory


def _sizes_told_short(monkeypatch, short_by: int) -> None:
    """The file's size, as looked up before it is read, *short_by* bytes less than it is (the file grows
    between the look and the read)."""
    real_fstat = os.fstat

    def fstat(fd):
        st = real_fstat(fd)
        fields = list(st)
        fields[6] = max(0, st.st_size - short_by)  # st_size
        return os.stat_result(fields)

    monkeypatch.setattr(os, "fstat", fstat)


def test_a_map_that_grew_since_its_size_was_looked_up_is_read_whole(tmp_path, monkeypatch):
    from ecomap_desktop.io.mapfile import read_file_bytes

    path = tmp_path / "growing.ecomap"
    path.write_bytes(EXAMPLE.read_bytes())
    _sizes_told_short(monkeypatch, 1000)
    assert read_file_bytes(path) == EXAMPLE.read_bytes()


def test_a_file_that_grew_past_the_size_cap_since_its_size_was_looked_up_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "grown.ecomap"
    with open(path, "wb") as handle:  # sparse: takes no disk space
        handle.truncate(MAX_FILE_BYTES + 10)
    _sizes_told_short(monkeypatch, 20)  # under the cap when looked at
    with pytest.raises(MapFileError) as info:
        read_graph(path)
    _check_message(str(info.value), path.name, "too large")


def test_a_folder_is_refused(tmp_path, capsys):
    folder = tmp_path / "looks-like-a-map.ecomap"
    folder.mkdir()
    with pytest.raises(MapFileError) as info:
        read_graph(folder)
    _check_message(str(info.value), folder.name, "folder")
    assert cli_main(["validate", str(folder)]) == 1
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_a_missing_file_is_refused(tmp_path, capsys):
    path = tmp_path / "not-there.ecomap"
    with pytest.raises(MapFileError) as info:
        read_graph(path)
    _check_message(str(info.value), path.name, "could not be found")
    assert cli_main(["validate", str(path)]) == 1
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_real_command_reports_every_hostile_file_on_its_own_line(hostile_dir):
    """The installed entry point, in a fresh interpreter: one line per bad file, no traceback."""
    good = EXAMPLE
    paths = sorted(hostile_dir.glob("hostile-*.ecomap"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "ecomap_desktop", "validate", str(good), *map(str, paths)],
        capture_output=True, text=True, encoding="utf-8", timeout=300, env=env,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == len(paths)
    for line, path in zip(lines, paths):
        case = path.name[len("hostile-"):-len(".ecomap")]
        _check_message(line, path.name, CASES[case][1])
    assert good.name not in result.stderr


# ----- special files, bombs and limits ------------------------------------------------------------


def _run_cli(*args: str, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ecomap_desktop", *args], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout, env=env, **kwargs)


def test_a_pipe_or_a_device_is_refused_at_once(tmp_path):
    """A FIFO with no writer, or a device, as the map or as --password-file: one line, exit 1, no wait."""
    fifo = tmp_path / "waiting.ecomap"
    os.mkfifo(fifo)
    for args in (["validate", str(fifo)], ["summary", str(fifo)],
                 ["export", str(fifo), str(tmp_path / "o.pdf")],
                 ["validate", os.devnull], ["validate", "/dev/zero"],
                 ["validate", str(EXAMPLE), "--password-file", str(fifo)],
                 ["summary", str(EXAMPLE), "--password-file", "/dev/zero"]):
        run = _run_cli(*args, timeout=30)  # a wait would time out here
        assert run.returncode == 1, args
        assert run.stdout == "" and len(run.stderr.splitlines()) == 1, (args, run.stderr)
        assert "device, a pipe or another special file" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "o.pdf").exists()


def test_an_export_onto_a_pipe_is_refused_and_the_pipe_stays(tmp_path):
    """Exporting onto a FIFO (as onto a device) would rename a new file over it: one line, exit 1."""
    import stat

    fifo = tmp_path / "out.pdf"
    os.mkfifo(fifo)
    run = _run_cli("export", str(EXAMPLE), str(fifo), timeout=60)
    assert run.returncode == 1 and run.stdout == "" and len(run.stderr.splitlines()) == 1, run.stderr
    assert "special file" in run.stderr and "Traceback" not in run.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_the_window_refuses_a_pipe_without_waiting(tmp_path):
    from ecomap_desktop.io.mapfile import file_is_protected, read_file_bytes

    fifo = tmp_path / "waiting.ecomap"
    os.mkfifo(fifo)
    with pytest.raises(MapFileError) as info:
        read_file_bytes(fifo)
    _check_message(str(info.value), fifo.name, "special file")
    assert not file_is_protected(fifo)


def test_a_bracket_bomb_is_refused_in_bounded_memory(tmp_path):
    """Millions of tiny lists just under the size cap: refused before parsing, in little memory."""
    path = tmp_path / "bomb.ecomap"
    count = (MAX_FILE_BYTES - 2) // 3
    path.write_bytes(b"[" + b"[]," * (count - 1) + b"[]]")
    size = path.stat().st_size
    assert size <= MAX_FILE_BYTES
    program = textwrap.dedent(f"""
        import resource, time
        from ecomap_desktop.io.errors import MapFileError, NewerVersionError
        from ecomap_desktop.io.mapfile import read_graph
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.process_time()  # the processor's time: a busy machine's waits do not count
        try:
            read_graph({str(path)!r})
        except MapFileError as exc:
            print(str(exc))
        print(time.process_time() - start)
        print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024)
    """)
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    message, seconds, grown = run.stdout.splitlines()
    assert "more entries than a map can hold" in message
    assert int(grown) < 10 * size  # the bound; it is about 2x (the file and one copy)
    assert float(seconds) < 10


def test_brackets_and_separators_inside_text_are_not_counted(tmp_path):
    """A map whose notes are full of brackets and commas is no bomb: it loads."""
    data = _base()
    for node in data["nodes"]:
        node["notes"] = "[{,:" * 5000
    path = tmp_path / "brackets-in-notes.ecomap"
    path.write_bytes(_dump(data))
    assert read_graph(path).number_of_nodes() == len(data["nodes"])


def test_a_protected_map_just_under_the_cap_still_opens(tmp_path):
    from ecomap_desktop.io import protection
    from ecomap_desktop.io.mapfile import MAX_STORED_BYTES, document_to_bytes
    from ecomap_desktop.model.document import Document

    doc = Document("x")
    doc.set_meta("worker_notes", "n" * 20_000)
    for i in range(1, 800):
        doc.add_node({"label": f"p{i}", "notes": "n" * 20_000})
    plain = document_to_bytes(doc)
    assert MAX_FILE_BYTES - 2**20 < len(plain) <= MAX_FILE_BYTES
    sealed = protection.encrypt(plain, "pw", kdf="scrypt", params={"n": 2**4, "r": 1, "p": 1})
    assert MAX_FILE_BYTES < len(sealed) <= MAX_STORED_BYTES
    path = tmp_path / "big-protected.ecomap"
    path.write_bytes(sealed)
    assert read_graph(path, "pw").number_of_nodes() == 800


def test_long_lines_carry_a_bounded_number_of_ticks():
    from ecomap_desktop import geometry

    short = geometry.tick_marks(0, 0, 400, 0, 16, 14)
    assert len(short) == 25  # an ordinary line keeps its spacing
    longest = geometry.tick_marks(-1e6, -1e6, 1e6, 1e6, 16, 14)
    assert len(longest) == geometry.MAX_TICKS


def test_a_printout_holds_at_most_so_many_notes():
    from ecomap_desktop.export.compose import notes
    from ecomap_desktop.export.compose.mapinfo import read_map
    from ecomap_desktop.model.document import Document

    doc = Document("x")
    for i in range(200):
        doc.add_node({"label": f"p{i}", "notes": "word " * 4000})
    blocks = notes.conversation_blocks(read_map(doc), include_worker_notes=True)
    paras = [text for kind, text in blocks if kind == "para"]
    assert sum(map(len, paras)) <= notes.MAX_PRINTED_NOTES + 200
    assert "too long to print" in paras[-1] and len(paras) < 201


# ----- control characters ---------------------------------------------------------------------------


def test_control_characters_in_a_file_name_are_escaped_in_messages(tmp_path):
    path = tmp_path / "evil\x1b]0;owned\x07\x1b[2J.ecomap"
    path.write_bytes(b"not a map")
    run = _run_cli("validate", str(path))
    assert run.returncode == 1 and len(run.stderr.splitlines()) == 1
    assert "\x1b" not in run.stderr and "\x07" not in run.stderr
    assert "evil\\x1b]0;owned\\x07\\x1b[2J.ecomap" in run.stderr


def test_summary_never_sends_a_control_character_to_the_terminal(monkeypatch, capsys):
    from ecomap_desktop.analysis import insights

    monkeypatch.setattr(insights, "summary_text", lambda ins: "Map\x1b[2J\x9b\n\tcount: 1\n")
    assert cli_main(["summary", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out == "Map\\x1b[2J\\x9b\n\tcount: 1\n"


def test_every_xml_export_of_unusual_text_parses_back(qapp, tmp_path):
    """Names with markup, right-to-left text, emoji and separators; notes with tabs and line breaks."""
    import xml.etree.ElementTree as ET

    from ecomap_desktop.export.images import export_svg
    from ecomap_desktop.io.graphml import export_graphml
    from ecomap_desktop.model.document import Document

    doc = Document("<b>&amp; \"Ana\" 'D'</b> \u2028 مريم \U0001f600")
    doc.set_meta("title", "]]> <!-- --> \u200f\u202e")
    person = doc.add_node({"label": "Tía\u00a0Rosa \ufeff", "notes": "one\ttwo\nthree\r\nfour", "x": 150.0})
    doc.add_edge(doc.centre_id, person, {"note": "a\tb\nc <&>"})
    for name, export in (("m.svg", export_svg), ("m.graphml", lambda d, p: export_graphml(d, p, True))):
        export(doc, tmp_path / name)
        ET.fromstring((tmp_path / name).read_bytes())  # raises on invalid XML
    graphml = (tmp_path / "m.graphml").read_text(encoding="utf-8")
    assert "one\ttwo\nthree" in graphml


# ----- saving: locks, links, read-only files, wording --------------------------------------------


def _family_doc():
    from ecomap_desktop.io.mapfile import load_document

    return load_document(EXAMPLE)


def test_a_save_waits_for_or_refuses_a_map_another_program_holds(tmp_path, monkeypatch):
    from ecomap_desktop.io import filelock
    from ecomap_desktop.io.mapfile import save_document

    path = tmp_path / "m.ecomap"
    save_document(_family_doc(), path)
    before = path.read_bytes()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from ecomap_desktop.io.filelock import MapFileLock
            lock = MapFileLock(); print(lock.acquire({str(path)!r}).value, flush=True)
            sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "acquired"
        monkeypatch.setattr(filelock, "SAVE_WAIT_MS", 300)
        doc = _family_doc()
        doc.set_meta("title", "changed")
        with pytest.raises(MapFileError) as info:
            save_document(doc, path)
        assert "open in another window" in str(info.value) and "Nothing was written" in str(info.value)
        assert path.read_bytes() == before
    finally:
        holder.communicate("\n", timeout=30)
    save_document(doc, path)  # the holder has gone: the save goes through
    assert read_graph(path).graph["title"] == "changed"


def test_two_programs_saving_at_once_lose_neither_save(tmp_path):
    """Two processes save the same map at the same moment, 12 times over: after each round one save
    is the map and the other its .bak (without the lock, both copied the same old map to the .bak
    and one save was in neither)."""
    from ecomap_desktop.io.mapfile import save_document

    path = tmp_path / "m.ecomap"
    save_document(_family_doc(), path)
    program = textwrap.dedent("""
        import sys
        from ecomap_desktop.io.mapfile import load_document, save_document
        path, who = sys.argv[1], sys.argv[2]
        doc = load_document(path)
        for line in sys.stdin:
            doc.set_meta("title", f"{who} {line.strip()}")
            save_document(doc, path)
            print("saved", flush=True)
    """)
    savers = [subprocess.Popen([sys.executable, "-c", program, str(path), who], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True) for who in ("a", "b")]
    try:
        for round_ in range(12):
            for saver in savers:
                saver.stdin.write(f"{round_}\n")
            for saver in savers:
                saver.stdin.flush()
            assert [saver.stdout.readline().strip() for saver in savers] == ["saved", "saved"]
            backup = path.with_name("m.ecomap.bak")
            titles = {read_graph(path).graph["title"], read_graph(backup).graph["title"]}
            assert titles == {f"a {round_}", f"b {round_}"}, round_
    finally:
        for saver in savers:
            saver.stdin.close()
            saver.wait(timeout=60)


def test_saving_through_a_link_updates_the_real_file(tmp_path):
    from ecomap_desktop.io.mapfile import save_document

    real = tmp_path / "real" / "family.ecomap"
    real.parent.mkdir()
    save_document(_family_doc(), real)
    link = tmp_path / "shortcut.ecomap"
    link.symlink_to(real)
    doc = _family_doc()
    doc.set_meta("title", "through the link")
    save_document(doc, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert read_graph(real).graph["title"] == "through the link"
    assert (real.parent / "family.ecomap.bak").is_file() and not (tmp_path / "shortcut.ecomap.bak").exists()
    pdf_target = tmp_path / "real" / "family.pdf"
    pdf_target.write_bytes(b"old")
    pdf_link = tmp_path / "family.pdf"
    pdf_link.symlink_to(pdf_target)
    run = _run_cli("export", str(link), str(pdf_link))
    assert run.returncode == 0, run.stderr
    assert pdf_link.is_symlink() and pdf_target.read_bytes().startswith(b"%PDF")


def test_a_read_only_map_is_not_overwritten(tmp_path):
    from ecomap_desktop.io.mapfile import save_document

    path = tmp_path / "m.ecomap"
    save_document(_family_doc(), path)
    path.chmod(0o444)
    before = path.read_bytes()
    doc = _family_doc()
    doc.set_meta("title", "changed")
    with pytest.raises(MapFileError) as info:
        save_document(doc, path)
    _check_message(str(info.value), "m.ecomap", "read-only")
    assert path.read_bytes() == before and not (tmp_path / "m.ecomap.bak").exists()
    out = tmp_path / "m.pdf"
    out.write_bytes(b"old")
    out.chmod(0o444)
    run = _run_cli("export", str(path), str(out))
    assert run.returncode == 1 and "read-only" in run.stderr and out.read_bytes() == b"old"


def test_save_messages_say_what_is_true(tmp_path, monkeypatch):
    from ecomap_desktop.io.mapfile import save_document

    doc = _family_doc()
    with pytest.raises(MapFileError) as info:  # /proc exists but takes no new files
        save_document(doc, "/proc/m.ecomap")
    assert "does not exist" not in str(info.value) and "cannot be created in that folder" in str(info.value)
    assert "previous copy" not in str(info.value)  # there was none
    with pytest.raises(MapFileError) as info:
        save_document(doc, tmp_path / "no-such-folder" / "m.ecomap")
    assert "the folder does not exist" in str(info.value) and "previous copy" not in str(info.value)

    path = tmp_path / "m.ecomap"
    save_document(doc, path)
    (tmp_path / "m.ecomap.bak").mkdir()
    doc.set_meta("title", "changed")
    with pytest.raises(MapFileError) as info:
        save_document(doc, path)
    message = str(info.value)
    assert "backup copy “m.ecomap.bak”" in message and "previous copy is unchanged" in message
    assert read_graph(path).graph["title"] != "changed"


def test_a_missing_password_is_one_line_and_password_file_problems_exit_1(tmp_path, capsys):
    from ecomap_desktop.io import protection
    from ecomap_desktop.io.mapfile import document_to_bytes

    path = tmp_path / "p.ecomap"
    path.write_bytes(protection.encrypt(document_to_bytes(_family_doc()), "pw", kdf="scrypt",
                                        params={"n": 2**4, "r": 1, "p": 1}))
    assert cli_main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "--password-file" in err
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    for bad in (tmp_path / "missing.txt", empty, tmp_path):
        assert cli_main(["validate", str(path), "--password-file", str(bad)]) == 1
        assert len(capsys.readouterr().err.splitlines()) == 1


def test_a_closed_pipe_ends_quietly_and_a_full_disk_is_one_line():
    run = subprocess.run(f"{sys.executable} -m ecomap_desktop summary '{EXAMPLE}' | true", shell=True,
                         capture_output=True, text=True, timeout=60)
    assert run.stderr == ""
    run = subprocess.run(f"{sys.executable} -m ecomap_desktop summary --json '{EXAMPLE}' | head -c 1",
                         shell=True, capture_output=True, text=True, timeout=60)
    assert run.stdout == "{" and run.stderr == ""
    with open("/dev/full", "w") as full:
        run = subprocess.run([sys.executable, "-m", "ecomap_desktop", "summary", str(EXAMPLE)], stdout=full,
                             stderr=subprocess.PIPE, text=True, timeout=60)
    assert run.returncode == 1
    assert run.stderr == "ecomap: the output could not be written: the disk is full.\n"


# ----- the editors refuse what the map refuses --------------------------------------------------------


def _paste(widget, text: str) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)
    widget.paste()


def test_the_name_and_title_fields_refuse_control_characters_and_say_so(qtbot, monkeypatch):
    from PySide6.QtGui import QUndoStack

    from ecomap_desktop.model.document import Document
    from ecomap_desktop.ui.panels.properties import PropertiesPanel
    from ecomap_desktop.ui.widgets import plain_text

    said = []
    monkeypatch.setattr(plain_text.QToolTip, "showText", lambda at, text, widget=None: said.append(text))
    doc = Document("Lopez family")
    stack = QUndoStack()
    panel = PropertiesPanel(doc, stack)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.keyClicks(panel.title_edit, "Visit")
    for pasted in ("one\ttwo", "line\nbreak", "\x1b[2J", "bell\x07"):
        _paste(panel.title_edit, pasted)
        assert panel.title_edit.text() == "Visit" and doc.meta("title") == "Visit"
    assert said and all("control character" in text for text in said)
    assert stack.count() == 1  # only the typing: nothing refused reached the undo stack
    _paste(panel.title_edit, " 2")
    assert doc.meta("title") == "Visit 2" and stack.count() == 1  # typing into one field: one step
    stack.undo()
    assert doc.meta("title") == "" and panel.title_edit.text() == ""

    person = doc.add_node({"label": "Abuela"})
    panel.show_selection([person], [])
    said.clear()
    panel.label_edit.end(False)
    _paste(panel.label_edit, "\x1b]0;x\x07")
    assert panel.label_edit.text() == "Abuela" and doc.node(person)["label"] == "Abuela" and said
    # A note keeps its tabs and line breaks; a pasted form feed is left out.
    panel.notes_edit.setPlainText("a\tb\nc\x0cd")
    assert doc.node(person)["notes"] == "a\tb\ncd"


def test_the_label_editor_on_the_canvas_refuses_control_characters(qtbot, monkeypatch):
    from canvas_support import make_canvas

    from ecomap_desktop.ui.widgets import plain_text

    said = []
    monkeypatch.setattr(plain_text.QToolTip, "showText", lambda at, text, widget=None: said.append(text))
    c = make_canvas(qtbot)
    person = c.add("Mum", 250, 0)
    before = c.scene.undo_stack.count()
    c.scene.edit_label(person, select_all=False)
    editor = c.scene.label_editor()
    cursor = editor.textCursor()
    cursor.insertText("\x1b[31m")  # as a paste would
    assert editor.toPlainText() == "Mum" and said and "control character" in said[-1]
    cursor = editor.textCursor()
    cursor.insertText("my\nline")
    assert editor.toPlainText() == "Mum"
    c.type_text("s")
    c.key(Qt.Key.Key_Return)
    assert c.doc.node(person)["label"] == "Mums"
    assert c.scene.undo_stack.count() == before + 1
    c.scene.undo_stack.undo()
    assert c.doc.node(person)["label"] == "Mum"


def test_the_guide_keeps_tabs_and_line_breaks_in_notes_and_leaves_other_controls_out(qtbot):
    from PySide6.QtGui import QUndoStack

    from ecomap_desktop.model.document import Document
    from ecomap_desktop.ui.panels.guide.panel import GuidePanel

    doc = Document("Lopez family")
    panel = GuidePanel(doc, QUndoStack())
    qtbot.addWidget(panel)
    panel.notes_edits["people"].setPlainText("Mum\tclose\nby\x0c\x1b")
    panel.reflection_edit.setPlainText("ok\x07")
    assert doc.meta("step_notes")["people"] == "Mum\tclose\nby"
    assert doc.meta("reflection") == "ok"


def test_svg_ticks_are_one_path_per_line_and_many_names_stay_text(qapp, monkeypatch):
    import xml.etree.ElementTree as ET

    from ecomap_desktop.export import images, svg_outlines
    from ecomap_desktop.model.document import Document

    svg = "{http://www.w3.org/2000/svg}"
    doc = Document("Ana")
    far = doc.add_node({"label": "Far away", "x": 5000.0, "y": 0.0})
    doc.add_edge(doc.centre_id, far, {"strength": "stressful"})
    root = ET.fromstring(images.svg_bytes(doc))
    glyphs = set(root.find(f"{svg}defs").iter())
    shapes = [e for e in root.iter() if e.tag in (f"{svg}path", f"{svg}polyline", f"{svg}line")
              and e not in glyphs]
    assert len(shapes) < 40  # 100 cross-ticks, drawn as one path (not 100 elements)
    assert root.find(f".//{svg}use") is not None  # names as outlines
    monkeypatch.setattr(svg_outlines, "MAX_OUTLINED_GLYPHS", 5)
    root = ET.fromstring(images.svg_bytes(doc))
    assert root.find(f".//{svg}use") is None  # too many to outline: the names stay text, visible
    texts = list(root.iter(f"{svg}text"))
    assert texts and all(t.get("opacity") != "0" for t in texts)
