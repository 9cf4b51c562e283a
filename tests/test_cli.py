"""The `ecomap` command as a user runs it: a fresh interpreter, the installed package, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from ecomap_desktop import APP_NAME, __version__
from ecomap_desktop.io.mapfile import read_graph

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.ecomap"))
FAMILY = EXAMPLES[0]


def ecomap(*args, cwd=None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "ecomap_desktop", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd, timeout=120, check=False,
    )


def test_version():
    result = ecomap("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"{APP_NAME} {__version__}"


def test_console_script_is_installed_and_answers():
    script = Path(sys.executable).with_name("ecomap.exe" if os.name == "nt" else "ecomap")
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and __version__ in result.stdout


def test_validate_every_example_exits_0_quietly():
    result = ecomap("validate", *EXAMPLES)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""


def test_validate_reports_one_line_per_bad_file_and_exits_1(tmp_path):
    cut = tmp_path / "cut-short.ecomap"
    cut.write_bytes(FAMILY.read_bytes()[:300])
    empty = tmp_path / "empty.ecomap"
    empty.write_bytes(b"")
    result = ecomap("validate", FAMILY, cut, tmp_path / "missing.ecomap", EXAMPLES[-1], empty)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 3
    assert "cut-short.ecomap" in lines[0] and "missing.ecomap" in lines[1] and "empty.ecomap" in lines[2]
    assert FAMILY.name not in result.stderr and "Traceback" not in result.stderr
    assert "Maria" not in result.stderr  # nothing from inside the file


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_export_graphml_keeps_nodes_and_attributes(example, tmp_path):
    out = tmp_path / "map.graphml"
    result = ecomap("export", example, out, "--include-notes")
    assert result.returncode == 0, result.stderr
    exported = nx.read_graphml(out)
    original = read_graph(example)
    assert set(exported.nodes) == set(original.nodes)
    # Each connection's edges point the way support flows: a pair for "both" and "none".
    expected = set()
    for u, v, data in original.edges(data=True):
        if data["flow"] != "to_target":
            expected.add((v, u))
        if data["flow"] != "to_source":
            expected.add((u, v))
    assert {(u, v) for u, v in exported.edges} == expected
    for node_id, data in original.nodes(data=True):
        got = exported.nodes[node_id]
        for key in ("label", "kind", "category", "notes"):
            assert got[key] == data[key]
        assert float(got["x"]) == data["x"] and float(got["y"]) == data["y"]
        assert got["ring"] == (data["ring"] or "")
        assert got["support"] == ",".join(data["support"])
    for u, v, data in original.edges(data=True):
        got = exported.edges[(v, u) if data["flow"] == "to_source" else (u, v)]
        assert (got["strength"], got["note"]) == (data["strength"], data["note"])
        assert got["connection"] == data["id"]
        assert got["weight"] == {"strong": 3, "moderate": 2, "tenuous": 1, "stressful": 1}[data["strength"]]
    assert exported.graph["commitment"] == original.graph["commitment"]
    without = tmp_path / "plain.graphml"
    assert ecomap("export", example, without).returncode == 0
    assert "commitment" not in nx.read_graphml(without).graph  # notes only with --include-notes


def test_unknown_output_extension_is_a_usage_error(tmp_path):
    out = tmp_path / "map.docx"
    result = ecomap("export", FAMILY, out)
    assert result.returncode == 2
    assert ".docx" in result.stderr and ".graphml" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("args", [("validate",), ("export",), ("export", "only-one.ecomap"),
                                  ("validate", "--no-such-option", "x.ecomap")],
                         ids=["validate-nothing", "export-nothing", "export-no-output", "unknown-option"])
def test_missing_or_wrong_arguments_exit_2(args, tmp_path):
    result = ecomap(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "usage" in result.stderr.lower()
    assert list(tmp_path.iterdir()) == []


def test_failed_export_leaves_no_partial_file(tmp_path):
    # The output name is taken by a folder, so the final step of the save fails.
    blocked = tmp_path / "map.graphml"
    blocked.mkdir()
    result = ecomap("export", FAMILY, blocked)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and "map.graphml" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["map.graphml"]  # no temp file left behind
    assert blocked.is_dir() and list(blocked.iterdir()) == []


def test_export_of_a_bad_map_leaves_an_existing_output_alone(tmp_path):
    bad = tmp_path / "bad.ecomap"
    bad.write_text('{"format": "ecomap", "version": 1, "nodes": []}', encoding="utf-8")
    out = tmp_path / "earlier.graphml"
    out.write_bytes(b"an earlier export")
    result = ecomap("export", bad, out)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and "bad.ecomap" in result.stderr
    assert out.read_bytes() == b"an earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.ecomap", "earlier.graphml"]


def test_mistyped_command_or_option_is_a_usage_error_not_a_window():
    for argv in (["frobnicate", "x"], ["--no-such-option"]):
        result = subprocess.run([sys.executable, "-m", "ecomap_desktop", *argv], capture_output=True,
                                text=True, timeout=60, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        assert result.returncode == 2, argv
        assert "usage" in result.stderr.lower()


@pytest.mark.parametrize("paper, points", [("letter", "612 x 792"), ("a4", "595.276 x 841.89")])
def test_pdf_paper_follows_the_apps_settings_when_not_given(tmp_path, paper, points):
    """A worker who chose Letter in Edit ▸ Settings gets Letter from the command line too."""
    from PySide6.QtCore import QSettings

    from ecomap_desktop import cli

    settings = QSettings("Ecomap", APP_NAME)  # the app's own settings (a throwaway folder in tests)
    settings.setValue("export/page_size", paper)
    settings.sync()
    try:
        out = tmp_path / "sheet.pdf"
        assert cli.main(["worksheet", str(out)]) == 0
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        assert points in info
    finally:
        settings.clear()
        settings.sync()
