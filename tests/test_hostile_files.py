"""Hostile and broken map files: each gives the loader's own error, one plain line, and nothing else.

Every crafted file carries a sentinel in its labels and notes; no message may ever repeat it, because
in a real file that text is a family's personal information.
"""

import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from ecomap_desktop.cli import main as cli_main
from ecomap_desktop.io.errors import MapFileError
from ecomap_desktop.io.mapfile import MAX_FILE_BYTES, read_graph

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
    "version-huge": (_replace_once('"version": 1', '"version": 9' + "0" * 3000), "newer version"),
    "version-0": (_edit(lambda d: _set(d, "version", 0)), "version"),
    "version-string": (_edit(lambda d: _set(d, "version", "1")), "version"),
    "version-true": (_edit(lambda d: _set(d, "version", True)), "version"),
    "version-missing": (_edit(lambda d: d.pop("version")), "version"),
    "wrong-format-name": (_edit(lambda d: _set(d, "format", "graphml")), NOT_A_MAP),
    "undirected": (_edit(lambda d: _set(d, "directed", False)), "graph type"),
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
    assert type(info.value) is MapFileError  # not a subclass for something else, not a bare exception
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
