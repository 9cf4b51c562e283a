"""A 5,000-node map: load to visible, edit and save, against bare floors.

Load to visible: from opening the file in a window (File > Open, no questions) until the canvas has
painted the whole map. The floor: reading the same file with json.loads and building a bare
QGraphicsScene of the same size (an ellipse and a text item per node, a line per connection) shown
in a QGraphicsView and painted. One edit: a rename of one node (undoable, as from the Details
panel) and everything the window does in response (canvas, list, insights), then a move, timed for
eight people at the same angles round the centre on both maps (their median); each is compared with
the same edit on a 60-node map in the same run (an edit should cost the same whatever the map's
size). The same move is also timed in the floor's bare scene, antialiased as our canvas is, at both
sizes (no target: it shows how much Qt's own repaint of what a moved line crosses grows with the
map). Save: File > Save of the
open map after the edits, including the backup copy and fsync; its floor is json.dumps of the same
node-link data plus write, fsync and rename of the same bytes. Medians of several runs, in one
process. Each figure is given as wall-clock time (what a user waits) and as CPU time of this
process (steadier on a busy machine).

Targets (issue 18): load to visible <= 2x its floor; save <= 2x its floor; one edit at 5,000 nodes
<= 2x the same edit at 60.

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
from seeded_ids import seeded_ids  # noqa: E402

QStandardPaths.setTestModeEnabled(True)  # keep the benchmark's settings and recovery copies apart

# Issue 18: ratios within one run.
TARGET_LOAD_RATIO = 2.0
TARGET_SAVE_RATIO = 2.0
TARGET_EDIT_RATIO = 2.0  # one edit on the big map, against the same edit on the small one
EDITED_PEOPLE = 8  # one edit is timed on this many people, spread round the circle; their median


def edited_labels(nodes: int) -> list[str]:
    """The people whose edits are timed: one at each eighth of the way round the centre, so both maps
    are edited at the same angles (a person's line to the centre sets the area Qt repaints, and
    how many lines and people that area holds depends on its direction)."""
    people = nodes - 1  # everyone but the family at the centre (build_map)
    return [f"Person {round(k * people / EDITED_PEOPLE)}" for k in range(EDITED_PEOPLE)]


def build_map(path: Path, nodes: int, seed: int = 5) -> tuple[int, int]:
    """Write a map with *nodes* nodes: everyone joined to the centre, plus some outer links. The
    same people, groups and lines every run, ids too (the file lists them in id order), the family's
    in the centre and the visit's included."""
    import networkx as nx

    from ecomap_desktop.io.mapfile import save_document
    from ecomap_desktop.model.document import Document
    from ecomap_desktop.model.visits import VisitList
    from ecomap_desktop.model.vocabulary import STRENGTHS

    rng = random.Random(seed)
    new_id = seeded_ids(seed)
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
        }, node_id=new_id()))
    for node_id in ids:
        doc.add_edge(node_id, doc.centre_id, {"strength": rng.choice(sorted(STRENGTHS))}, edge_id=new_id())
    for a, b in zip(ids[::5], ids[1::5]):
        doc.add_edge(a, b, edge_id=new_id())
    # The centre's and the visit's ids: a new Document makes them at random, so the family's place
    # among the file's entries moved from run to run. Taken last, so everyone else's stay as they were.
    graph = doc.graph_copy()
    nx.relabel_nodes(graph, {doc.centre_id: new_id()}, copy=False)
    doc.replace_graph(graph, VisitList([doc.current_visit()._replace(id=new_id())], {}))
    save_document(doc, path)
    return doc.node_count(), doc.edge_count()


def _paint(view, app) -> None:
    """Let the window run until its canvas has painted, as a user's window does after an open.

    Not repaint() then processEvents(): that painted our map before the work the open had queued
    (the scene's pass over its new items), which then painted the whole map a second time, while
    the floor's window, not yet exposed, was painted once. A user's window paints it once."""
    from PySide6.QtCore import QEvent, QObject

    class Painted(QObject):
        seen = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    watcher = Painted()
    viewport = view.viewport()
    viewport.installEventFilter(watcher)
    try:
        app.processEvents()
        deadline = time.perf_counter() + 30.0
        while not watcher.seen:  # nothing was pending (or the window is not exposed yet)
            if time.perf_counter() > deadline:
                raise RuntimeError("the canvas never painted")
            viewport.update()
            app.processEvents()
    finally:
        viewport.removeEventFilter(watcher)


class Clock:
    """Wall-clock and CPU time of one step, started after a full garbage collection so that no step
    pays for the garbage an earlier run left behind (each run opens and closes a whole window)."""

    def __enter__(self):
        gc.collect()
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu

    @classmethod
    def median_of(cls, clocks: list["Clock"]) -> "Clock":
        """One figure for several timings of the same step: their median wall and CPU times."""
        middle = cls()
        middle.wall = statistics.median(c.wall for c in clocks)
        middle.cpu = statistics.median(c.cpu for c in clocks)
        return middle


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


def bare_edit_run(path: Path, app) -> Clock:
    """The same move as app_run's, of the same people, in the floor's bare scene (an ellipse and a text
    item per node, a line per connection, fitted to the same window): the median over the people. It
    shows how much of one edit's cost on a big map is Qt repainting what the moved lines cross."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter, QPen
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    data = json.loads(path.read_bytes())
    scene = QGraphicsScene()
    pos, items, lines = {}, {}, {}
    for node in data["nodes"]:
        x, y = node["x"], node["y"]
        pos[node["id"]] = (x, y)
        text = scene.addSimpleText(node["label"])
        text.setPos(x - 25, y - 8)
        items[node["label"]] = (node["id"], scene.addEllipse(QRectF(x - 30, y - 30, 60, 60)), text)
    pen = QPen()
    for edge in data["edges"]:
        source, target = edge["source"], edge["target"]
        line = scene.addLine(*pos[source], *pos[target], pen)
        lines.setdefault(source, []).append((line, target, True))
        lines.setdefault(target, []).append((line, source, False))
    view = QGraphicsView(scene)
    # Antialiased, as our canvas draws (ui/editor/view.py): the same pixels' worth of work per item.
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(1280, 800)
    view.show()
    view.fitInView(scene.itemsBoundingRect())
    _paint(view, app)
    deadline = time.perf_counter() + 0.4
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    moves = []
    for base in edited_labels(len(data["nodes"])):
        node_id, ellipse, text = items[base] if base in items else items[base + " B"]
        with Clock() as clock:
            x, y = pos[node_id]
            x, y = x + 12.0, y + 5.0
            pos[node_id] = (x, y)
            ellipse.setRect(QRectF(x - 30, y - 30, 60, 60))
            text.setPos(x - 25, y - 8)
            for line, other, from_here in lines.get(node_id, ()):
                line.setLine(x, y, *pos[other]) if from_here else line.setLine(*pos[other], x, y)
            app.processEvents()
        moves.append(clock)
    view.close()
    view.deleteLater()
    scene.deleteLater()
    app.processEvents()
    return Clock.median_of(moves)


def save_floor(data: dict, folder: Path) -> Clock:
    """The least a save must do: json.dumps of the same node-link data, then write, fsync and
    rename of the same bytes (no backup copy, no check)."""
    target = folder / "floor.ecomap"
    with Clock() as clock:
        payload = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        tmp = folder / "floor.ecomap.tmp"
        with open(tmp, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    return clock


def app_run(path: Path, app) -> dict[str, Clock]:
    """Load to visible, one edit (a rename, then a move; the median over the people of
    edited_labels) and save, for one fresh window; and the save floor on the same map's data."""
    from ecomap_desktop.canvas.items.text_layout import forget_measures
    from ecomap_desktop.io.mapfile import document_to_data
    from ecomap_desktop.model.commands import EditNodeCommand, MoveNodesCommand
    from ecomap_desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    clocks = {}
    forget_measures()  # a first open: no name measured before (the warm-up opened the same file)
    with Clock() as clocks["load"]:
        assert window.files.load_path(str(path))
        _paint(window.view, app)

    # Let what the open left queued run (the view's caches after the zoom, the panels' updates), so
    # the edits below measure the edits alone.
    deadline = time.perf_counter() + 0.4
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    # The same people in every run, found by name. Each run saves the map it edited, so a name goes
    # back and forth (one run lengthens it, the next shortens it): the same person renamed, whatever
    # the run.
    document = window.document
    by_label = {document.node(n)["label"]: n for n in document.node_ids()}
    renames, moves = [], []
    for base in edited_labels(document.node_count()):
        renamed = base + " B"
        node = by_label[base] if base in by_label else by_label[renamed]
        label = renamed if base in by_label else base
        with Clock() as clock:  # a rename: the canvas, the list, the insights all follow
            window.undo_stack.push(EditNodeCommand(document, node, {"label": label}))
            app.processEvents()
        renames.append(clock)
        x, y = document.node_position(node)
        with Clock() as clock:  # a move, and Qt repainting what changed
            window.undo_stack.push(MoveNodesCommand(document, {node: (x + 12.0, y + 5.0)}))
            app.processEvents()
        moves.append(clock)
    clocks["edit"], clocks["move"] = Clock.median_of(renames), Clock.median_of(moves)

    data = document_to_data(window.document)
    clocks["save floor"] = save_floor(data, path.parent)
    with Clock() as clocks["save"]:
        assert window.files.save()
    assert not window.files.is_modified
    window.close()
    window.deleteLater()
    app.processEvents()
    return clocks


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--small", type=int, default=60, help="the small map one edit is compared with")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    args = parser.parse_args(argv)

    from ecomap_desktop.ui.app import create_application

    app = create_application()
    QCoreApplication.setOrganizationName("EcomapBench")
    QSettings().clear()
    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as folder:
        path = Path(folder) / "big.ecomap"
        small = Path(folder) / "small" / "small.ecomap"
        small.parent.mkdir()
        n_nodes, n_edges = build_map(path, args.nodes)
        build_map(small, args.small)
        size_kb = path.stat().st_size / 1024
        floor_run(path, app)  # warm-up (imports, font cache)
        app_run(path, app)
        app_run(small, app)
        runs: dict[str, list[Clock]] = {}
        for _ in range(args.runs):
            runs.setdefault("floor", []).append(floor_run(path, app))
            runs.setdefault("bare move", []).append(bare_edit_run(path, app))
            runs.setdefault("small bare move", []).append(bare_edit_run(small, app))
            for name, clock in app_run(path, app).items():
                runs.setdefault(name, []).append(clock)
            for name, clock in app_run(small, app).items():
                runs.setdefault("small " + name, []).append(clock)

    figures = {kind: {name: [getattr(c, kind) * 1000 for c in clocks] for name, clocks in runs.items()}
               for kind in ("wall", "cpu")}
    med = {kind: {name: statistics.median(values) for name, values in figures[kind].items()}
           for kind in figures}
    wall, cpu = med["wall"], med["cpu"]
    ratios = {
        "load": (wall["load"] / wall["floor"], TARGET_LOAD_RATIO),
        "save": (wall["save"] / wall["save floor"], TARGET_SAVE_RATIO),
        "edit": (wall["edit"] / wall["small edit"], TARGET_EDIT_RATIO),
        "move": (wall["move"] / wall["small move"], TARGET_EDIT_RATIO),
    }
    print(f"map: {n_nodes} nodes, {n_edges} connections, {size_kb:.0f} KiB; medians of {args.runs} runs "
          f"(wall-clock ms / CPU ms)")
    lines = [
        ("floor (json.loads + bare scene, painted)", "floor", None),
        ("load to visible (open in a window)", "load", "load"),
        (f"one edit: rename ({args.small} nodes)", "small edit", None),
        (f"one edit: rename ({n_nodes} nodes)", "edit", "edit"),
        (f"one edit: move ({args.small} nodes)", "small move", None),
        (f"one edit: move ({n_nodes} nodes)", "move", "move"),
        (f"one edit: move, bare Qt scene ({args.small} nodes)", "small bare move", None),
        (f"one edit: move, bare Qt scene ({n_nodes} nodes)", "bare move", None),
        ("save floor (json.dumps, write, fsync, rename)", "save floor", None),
        ("save (backup, fsync, replace)", "save", "save"),
    ]
    for text, key, ratio_key in lines:
        tail = ""
        if ratio_key:
            ratio, target = ratios[ratio_key]
            tail = f"   ratio {ratio:.2f}x (target <= {target:g}x)"
        print(f"  {text:<46} {wall[key]:8.1f} / {cpu[key]:8.1f}{tail}")
    ok = all(ratio <= target for ratio, target in ratios.values())
    print("targets met" if ok else "targets MISSED (wall-clock); see the CPU figures if the machine is busy")
    if args.json:
        Path(args.json).write_text(json.dumps({"nodes": n_nodes, "edges": n_edges, "small": args.small,
                                               "runs": args.runs, "median": med, "per_run": figures},
                                              indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
