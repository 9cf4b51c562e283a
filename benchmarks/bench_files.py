"""A 5,000-node map: load to visible, edit and save, against a bare-Qt floor.

Load to visible: from opening the file in a window (File > Open, no questions) until the canvas has
painted the whole map. The floor: reading the same file with json.loads and building a bare
QGraphicsScene of the same size (an ellipse and a text item per node, a line per connection) shown
in a QGraphicsView and painted. Save: File > Save of the open map after an edit (one undo step),
including the backup copy and fsync. Medians of several runs, in one process. Each figure is given
as wall-clock time (what a user waits) and as CPU time of this process (steadier on a busy machine).

Targets (issue 6): save <= 150 ms; load to visible <= 2.5x the floor.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/bench_files.py [--nodes N] [--runs N] [--json OUT]
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths  # noqa: E402

QStandardPaths.setTestModeEnabled(True)  # keep the benchmark's settings and recovery copies apart

TARGET_SAVE_MS = 150.0
TARGET_LOAD_RATIO = 2.5


def build_map(path: Path, nodes: int, seed: int = 5) -> tuple[int, int]:
    """Write a map with *nodes* nodes: everyone joined to the centre, plus some outer links."""
    from ecomap_desktop.io.mapfile import save_document
    from ecomap_desktop.model.document import Document
    from ecomap_desktop.model.vocabulary import STRENGTHS

    rng = random.Random(seed)
    doc = Document("Benchmark family")
    ids = []
    for i in range(nodes - 1):
        angle = 2 * math.pi * i / (nodes - 1)
        radius = 300 + 40 * (i % 50)
        ids.append(doc.add_node({
            "label": f"Person {i}", "kind": "group" if i % 7 == 0 else "person",
            "category": rng.choice(["family", "friend", "neighbour", "health", "school"]),
            "x": radius * math.cos(angle), "y": radius * math.sin(angle),
            "notes": "Met at the community centre" if i % 5 == 0 else "",
        }))
    for node_id in ids:
        doc.add_edge(node_id, doc.centre_id, {"strength": rng.choice(sorted(STRENGTHS))})
    for a, b in zip(ids[::5], ids[1::5]):
        doc.add_edge(a, b)
    save_document(doc, path)
    return doc.node_count(), doc.edge_count()


def _paint(view, app) -> None:
    view.viewport().repaint()
    app.processEvents()


class Clock:
    """Wall-clock and CPU time of one step, started after a full garbage collection so that no step
    pays for the garbage an earlier run left behind (each run opens and closes a whole window)."""

    def __enter__(self):
        gc.collect()
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def floor_run(path: Path, app) -> Clock:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPen
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    with Clock() as clock:
        data = json.loads(path.read_bytes())
        scene = QGraphicsScene()
        pos = {}
        for node in data["nodes"]:
            x, y = node["x"], node["y"]
            pos[node["id"]] = (x, y)
            scene.addEllipse(QRectF(x - 30, y - 30, 60, 60))
            text = scene.addSimpleText(node["label"])
            text.setPos(x - 25, y - 8)
        pen = QPen()
        for edge in data["edges"]:
            (x1, y1), (x2, y2) = pos[edge["source"]], pos[edge["target"]]
            scene.addLine(x1, y1, x2, y2, pen)
        view = QGraphicsView(scene)
        view.resize(1280, 800)
        view.show()
        view.fitInView(scene.itemsBoundingRect())
        _paint(view, app)
    view.close()
    view.deleteLater()
    scene.deleteLater()
    app.processEvents()
    return clock


def app_run(path: Path, app) -> tuple[Clock, Clock, Clock]:
    """(load to visible, one edit, save) for one fresh window."""
    from ecomap_desktop.model.commands import MoveNodesCommand
    from ecomap_desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    with Clock() as load:
        assert window.files.load_path(str(path))
        _paint(window.view, app)

    node = window.document.node_ids()[17]
    x, y = window.document.node_position(node)
    with Clock() as edit:  # the move, and Qt repainting what changed
        window.undo_stack.push(MoveNodesCommand(window.document, {node: (x + 12.0, y + 5.0)}))
        app.processEvents()

    with Clock() as save:
        assert window.files.save()
    assert not window.files.is_modified
    window.close()
    window.deleteLater()
    app.processEvents()
    return load, edit, save


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    args = parser.parse_args(argv)

    from ecomap_desktop.ui.app import create_application

    app = create_application()
    QCoreApplication.setOrganizationName("EcomapBench")
    QSettings().clear()
    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as folder:
        path = Path(folder) / "big.ecomap"
        n_nodes, n_edges = build_map(path, args.nodes)
        size_kb = path.stat().st_size / 1024
        floor_run(path, app)  # warm-up (imports, font cache)
        app_run(path, app)
        floors, loads, edits, saves = [], [], [], []
        for _ in range(args.runs):
            floors.append(floor_run(path, app))
            load, edit, save = app_run(path, app)
            loads.append(load)
            edits.append(edit)
            saves.append(save)
    def med(clocks, attr):
        return statistics.median(getattr(c, attr) for c in clocks) * 1000

    figures = {kind: {name: med(clocks, kind) for name, clocks in
                      (("floor", floors), ("load", loads), ("edit", edits), ("save", saves))}
               for kind in ("wall", "cpu")}
    for kind in ("wall", "cpu"):
        figures[kind]["load_ratio"] = figures[kind]["load"] / figures[kind]["floor"]
    wall, cpu = figures["wall"], figures["cpu"]
    print(f"map: {n_nodes} nodes, {n_edges} connections, {size_kb:.0f} KiB; medians of {args.runs} runs "
          f"(wall-clock ms / CPU ms)")
    print(f"  floor (json.loads + bare scene, painted)  {wall['floor']:8.1f} / {cpu['floor']:8.1f}")
    print(f"  load to visible (open in a window)        {wall['load']:8.1f} / {cpu['load']:8.1f}   ratio "
          f"{wall['load_ratio']:.2f}x / {cpu['load_ratio']:.2f}x (target <= {TARGET_LOAD_RATIO}x)")
    print(f"  one edit (move a node, repaint)           {wall['edit']:8.1f} / {cpu['edit']:8.1f}")
    print(f"  save (backup, fsync, replace)             {wall['save']:8.1f} / {cpu['save']:8.1f}   "
          f"(target <= {TARGET_SAVE_MS:.0f} ms)")
    ok = wall["load_ratio"] <= TARGET_LOAD_RATIO and wall["save"] <= TARGET_SAVE_MS
    print("targets met" if ok else "targets MISSED (wall-clock); see the CPU figures if the machine is busy")
    if args.json:
        Path(args.json).write_text(json.dumps({"nodes": n_nodes, "edges": n_edges, "runs": args.runs,
                                               **figures}, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
