"""The maps the benchmarks build are the same every run, ids too: the app draws a page's lines and
writes a file's entries in id order, so with its random ids two runs exported different bytes and
timed slightly different work."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import bench_export  # noqa: E402
import bench_files  # noqa: E402

from ecomap_desktop.export import pdf  # noqa: E402
from ecomap_desktop.export.options import PageOptions  # noqa: E402


def test_the_pdf_benchmarks_map_exports_the_same_bytes_each_time_it_is_built():
    first, second = bench_export.build_map(60), bench_export.build_map(60)
    options = PageOptions("a4", "auto")
    assert pdf.render(first, options)[0] == pdf.render(second, options)[0]


def test_the_file_benchmarks_map_lists_the_same_entries_each_time_it_is_built(tmp_path):
    def entries(path: Path) -> list[list[str]]:
        """The ids of the nodes (the centre's included), the lines and the visit, in the file's order."""
        data = json.loads(path.read_text(encoding="utf-8"))
        return [[n["id"] for n in data["nodes"]], [e["id"] for e in data["edges"]],
                [v["id"] for v in data["visits"]]]

    bench_files.build_map(tmp_path / "a.ecomap", 60)
    bench_files.build_map(tmp_path / "b.ecomap", 60)
    assert entries(tmp_path / "a.ecomap") == entries(tmp_path / "b.ecomap")
