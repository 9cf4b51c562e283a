"""`ecomap export FILE OUT.graphml` around io/graphml.py: same nodes and attributes, plain failures."""

from __future__ import annotations

import os
import subprocess
import sys

import networkx as nx
from export_support import SCRIPT_NAMES, sample_doc

from ecomap_desktop.io.mapfile import save_document


def _cli(*args) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ecomap_desktop", *map(str, args)], capture_output=True,
                          text=True, env=env, check=False)


def test_cli_graphml_loads_in_networkx_with_the_same_nodes(tmp_path):
    doc = sample_doc()
    source = tmp_path / "family.ecomap"
    save_document(doc, source)
    out = tmp_path / "family.graphml"
    result = _cli("export", source, out)
    assert result.returncode == 0, result.stderr
    graph = nx.read_graphml(out)
    assert set(graph.nodes) == set(doc.node_ids())
    assert {d["connection"] for _, _, d in graph.edges(data=True)} == set(doc.edge_ids())
    labels = {data["label"] for _, data in graph.nodes(data=True)}
    assert set(SCRIPT_NAMES) <= labels
    for node_id in doc.node_ids():
        expected = doc.node(node_id)
        got = graph.nodes[node_id]
        assert got["category"] == expected["category"] and got["kind"] == expected["kind"]
        assert float(got["x"]) == expected["x"]
    for _, _, data in graph.edges(data=True):
        assert data["strength"] == doc.edge(data["connection"])["strength"]


def test_cli_graphml_page_options_are_accepted_and_ignored(tmp_path):
    source = tmp_path / "family.ecomap"
    save_document(sample_doc(), source)
    result = _cli("export", source, tmp_path / "out.graphml", "--page-size", "a4")
    assert result.returncode == 0


def test_cli_graphml_failure_writes_nothing(tmp_path):
    source = tmp_path / "family.ecomap"
    save_document(sample_doc(), source)
    out = tmp_path / "nowhere" / "out.graphml"
    result = _cli("export", source, out)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_cli_unknown_format_is_a_usage_error(tmp_path):
    source = tmp_path / "family.ecomap"
    save_document(sample_doc(), source)
    result = _cli("export", source, tmp_path / "out.docx")
    assert result.returncode == 2
    assert ".pdf" in result.stderr and ".png" in result.stderr and ".svg" in result.stderr
