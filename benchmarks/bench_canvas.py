"""Canvas speed: one drag step and a full redraw of our scene, against a bare QGraphicsScene floor.

For 60, 1,000 and 5,000 nodes, in the same run, we build:
  * ours: a Document with that many nodes and about as many connections (every strength and flow),
    projected by MapScene into a MapView;
  * the floor: a plain QGraphicsScene with one QGraphicsEllipseItem, one QGraphicsSimpleTextItem and
    the same QGraphicsLineItems, in a plain QGraphicsView with the same size and antialiasing.

Drag step: one pointer move while dragging a node, up to the repaint of what changed (ours gets a
real mouse-move event on the viewport and goes through the move gesture; the floor moves its
ellipse and updates its lines in Python, the least any app must do), at 100% zoom.
Full redraw: view.render() of the whole viewport into a QImage, at 100% and zoomed to fit, once the
view is still (our nodes are then cached as pixmaps, as they are on screen).
First redraw fit: the first of those renders once the zoom is still, which makes our nodes' pixmaps
again (no target; the redraw figures above are the renders after it).
Zoom step: one wheel step and the redraw after it (our caches are off while zooming; no target).
Memory (--memory): peak RSS of a fresh process holding the 5,000-node scene, against the floor's.

Scene build: the scene and view of a map already in memory (as after loading its file), made from
scratch with its names never measured before, against the floor's bare scene, items and view made
from the same layout; scene rebuild: the same again right after (names measured already, as when
switching back to a visit; no target).

Each figure is the median of several runs (each run's own figure is the median of its steps); we
print ratios ours/floor with their min-max over the runs (targets, issue 18: drag <= 2x; full
redraw <= 1.5x; scene build <= 4x at 60 nodes and <= 3x at 5,000; memory <= 1.5x).

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/bench_canvas.py [--runs N] [--sizes 60,1000]
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import statistics
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QImage, QMouseEvent, QPainter, QPen, QUndoStack  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from ecomap_desktop import style  # noqa: E402
from ecomap_desktop.canvas.items.text_layout import forget_measures  # noqa: E402
from ecomap_desktop.model.document import Document  # noqa: E402
from ecomap_desktop.model.vocabulary import CATEGORIES, FLOWS, STRENGTHS  # noqa: E402
from ecomap_desktop.ui.editor.scene import MapScene  # noqa: E402
from ecomap_desktop.ui.editor.view import CACHE_AFTER_ZOOM_MS, MapView  # noqa: E402
from seeded_ids import seeded_ids  # noqa: E402

VIEW_W, VIEW_H = 1100, 750
SPACING = 170.0


def layout(n: int) -> tuple[list[tuple[str, float, float, str]], list[tuple[int, int]]]:
    """Nodes on a square grid around the centre (index 0) and edges to a neighbour or the centre."""
    side = math.ceil(math.sqrt(n))
    nodes = []
    for i in range(n):
        row, col = divmod(i, side)
        x, y = (col - side / 2) * SPACING, (row - side / 2) * SPACING
        nodes.append((f"Person number {i}", x, y, "group" if i % 4 == 3 else "person"))
    edges = []
    for i in range(1, n):
        row, col = divmod(i, side)
        j = i - 1 if col else i - side  # left neighbour, or the one above at a row start
        edges.append((j, i))
    return nodes, edges


def build_document(nodes, edges) -> Document:
    """The map of *nodes* and *edges* (layout's), with the same ids every run."""
    new_id = seeded_ids(len(nodes))
    doc = Document(nodes[0][0])
    ids = [doc.centre_id]
    doc.move_nodes({doc.centre_id: (nodes[0][1], nodes[0][2])})
    for i, (label, x, y, kind) in enumerate(nodes[1:], start=1):
        ids.append(doc.add_node({"label": label, "x": x, "y": y, "kind": kind,
                                 "category": CATEGORIES[i % len(CATEGORIES)]}, node_id=new_id()))
    for k, (a, b) in enumerate(edges):
        doc.add_edge(ids[a], ids[b], {"strength": STRENGTHS[k % 4], "flow": FLOWS[(k // 4) % 4]},
                     edge_id=new_id())
    return doc


def build_ours(n: int) -> tuple[MapView, MapScene, list[str]]:
    nodes, edges = layout(n)
    doc = build_document(nodes, edges)
    ids = list(doc.node_ids())
    scene = MapScene(doc, QUndoStack())
    scene.set_legend_visible(False)  # the floor has no legend
    view = MapView(scene)
    return view, scene, ids


def build_floor(n: int) -> tuple[QGraphicsView, QGraphicsScene, list[QGraphicsEllipseItem], dict]:
    nodes, edges = layout(n)
    scene = QGraphicsScene()
    pen = QPen(QColor(style.NODE_OUTLINE), style.NODE_OUTLINE_WIDTH)
    brush = QBrush(QColor(style.CATEGORY_FILLS["friend"]))
    r = style.PERSON_RADIUS
    ellipses = []
    for label, x, y, _ in nodes:
        ellipse = QGraphicsEllipseItem(-r, -r, 2 * r, 2 * r)
        ellipse.setPen(pen)
        ellipse.setBrush(brush)
        ellipse.setPos(x, y)
        text = QGraphicsSimpleTextItem(label, ellipse)
        text.setPos(-text.boundingRect().width() / 2, -8)
        scene.addItem(ellipse)
        ellipses.append(ellipse)
    line_pen = QPen(QColor(style.LINE_COLOUR), 2.2)
    lines_at: dict[int, list[tuple[QGraphicsLineItem, int, int]]] = {}
    for a, b in edges:
        line = QGraphicsLineItem(nodes[a][1], nodes[a][2], nodes[b][1], nodes[b][2])
        line.setPen(line_pen)
        scene.addItem(line)
        lines_at.setdefault(a, []).append((line, a, b))
        lines_at.setdefault(b, []).append((line, a, b))
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    return view, scene, ellipses, lines_at


def _show(view: QGraphicsView) -> None:
    view.resize(VIEW_W, VIEW_H)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.show()
    settle()


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def settle_after_zoom() -> None:
    """Let the view re-enable its item caches, as it does once the zoom has been still a moment."""
    deadline = time.perf_counter() + CACHE_AFTER_ZOOM_MS / 1000 + 0.1
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def render_time(view: QGraphicsView, repeats: int = 1) -> float:
    """Median time of view.render() of the whole viewport into a QImage."""
    image = QImage(VIEW_W, VIEW_H, QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    for _ in range(repeats):
        painter = QPainter(image)
        start = time.perf_counter()
        view.render(painter)
        painter.end()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _mouse(view: QGraphicsView, kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, pos, view.viewport().mapToGlobal(pos), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def _wiggle(i: int) -> QPointF:
    return QPointF(12 * math.sin(i / 3) + 10, 8 * math.cos(i / 4) + 10)


class OursDrag:
    """A drag on our view through real mouse events: press, moves, release (then undone)."""

    def __init__(self, view: MapView, scene: MapScene, node_id: str) -> None:
        self.view, self.scene = view, scene
        item = scene.node_item(node_id)
        view.set_zoom(1.0)
        view.centerOn(item)
        settle_after_zoom()
        self.start = QPointF(view.mapFromScene(item.pos() + QPointF(0, 20)))
        _mouse(view, QEvent.Type.MouseButtonPress, self.start, Qt.MouseButton.LeftButton)

    def step(self, i: int) -> float:
        t0 = time.perf_counter()
        _mouse(self.view, QEvent.Type.MouseMove, self.start + _wiggle(i), Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        return time.perf_counter() - t0

    def finish(self) -> None:
        _mouse(self.view, QEvent.Type.MouseButtonRelease, self.start, Qt.MouseButton.NoButton)
        settle()
        assert self.scene.undo_stack.count() >= 1, "the drag did not reach the model"
        self.scene.undo_stack.undo()


class FloorDrag:
    """The least a plain scene must do per step: move the ellipse (its text follows) and its lines."""

    def __init__(self, view: QGraphicsView, ellipses: list, lines_at: dict, index: int) -> None:
        self.item, self.ellipses, self.lines = ellipses[index], ellipses, lines_at.get(index, ())
        view.resetTransform()
        view.centerOn(self.item)
        settle()
        self.origin = self.item.pos()

    def step(self, i: int) -> float:
        t0 = time.perf_counter()
        self.item.setPos(self.origin + _wiggle(i))
        for line, a, b in self.lines:
            pa, pb = self.ellipses[a].pos(), self.ellipses[b].pos()
            line.setLine(pa.x(), pa.y(), pb.x(), pb.y())
        QApplication.processEvents()
        return time.perf_counter() - t0

    def finish(self) -> None:
        self.item.setPos(self.origin)
        settle()


def build_times(n: int) -> tuple[float, float, float]:
    """(ours, ours again, floor): the time to build the scene and its view of an n-node map already
    in memory, the first time its names are seen and again (a visit switched back), and the floor's.

    Ours projects a Document (already made, as after loading a file) into a MapScene with a MapView;
    the floor makes its bare QGraphicsScene, items and QGraphicsView from the same layout."""
    nodes, edges = layout(n)
    doc = build_document(nodes, edges)
    times = []
    for first in (True, False):
        if first:
            forget_measures()  # the names' widths are measured as on a first open
        gc.collect()
        t0 = time.perf_counter()
        scene = MapScene(doc, QUndoStack())
        view = MapView(scene)
        times.append(time.perf_counter() - t0)
        view.close()
        del view, scene
    gc.collect()
    t0 = time.perf_counter()
    floor_view, *floor_keep = build_floor(n)
    floor = time.perf_counter() - t0
    floor_view.close()
    del floor_view, floor_keep
    return times[0], times[1], floor


def run_size(n: int, runs: int) -> dict[str, tuple[list[float], list[float]]]:
    """Per measure, (ours, floor): one figure per run each (the median of that run's steps).
    Ours and the floor take turns within each run, so a busy machine slows both alike."""
    ours_view, ours_scene, ids = build_ours(n)
    floor_view, floor_scene, ellipses, lines_at = build_floor(n)
    _show(ours_view)
    _show(floor_view)
    # A node in the middle of the grid, with several connections.
    side = math.ceil(math.sqrt(n))
    middle = min(n - 1, (side // 2) * side + side // 2)
    per_run: dict[str, tuple[list[float], list[float]]] = {
        key: ([], []) for key in ("drag", "redraw 100%", "redraw fit", "first redraw fit", "zoom step",
                                  "scene build", "scene rebuild")
    }

    def pair(key: str, ours: list[float], floor: list[float]) -> None:
        per_run[key][0].append(statistics.median(ours))
        per_run[key][1].append(statistics.median(floor))

    for _ in range(runs):
        # Each drag runs on its own: with one view's button held down, the other view's steps were
        # measured twice as slow, so drags do not take turns step by step like the redraws do.
        ours_drag = OursDrag(ours_view, ours_scene, ids[middle])
        ours_times = [ours_drag.step(i) for i in range(1, 31)]
        ours_drag.finish()
        floor_drag = FloorDrag(floor_view, ellipses, lines_at, middle)
        floor_times = [floor_drag.step(i) for i in range(1, 31)]
        floor_drag.finish()
        pair("drag", ours_times, floor_times)

        ours_view.set_zoom(1.0)
        ours_view.centerOn(ours_scene.node_item(ids[middle]))
        floor_view.resetTransform()
        floor_view.centerOn(ellipses[middle])
        settle_after_zoom()
        ours_times, floor_times = [], []
        for _ in range(3):
            ours_times.append(render_time(ours_view, 3))
            floor_times.append(render_time(floor_view, 3))
        pair("redraw 100%", ours_times, floor_times)

        ours_view.zoom_to_fit()
        floor_view.setTransform(ours_view.transform())
        floor_view.centerOn(ours_view.mapToScene(ours_view.viewport().rect().center()))
        settle_after_zoom()
        # The first render once the zoom is still rebuilds our nodes' pixmaps (the floor has none to
        # build): reported on its own, as "first redraw fit" (no target; on screen this is the
        # view's first paint after the zoom settles). The redraw figures are the renders after it,
        # as at 100% above, where the median of three renders leaves the first out.
        pair("first redraw fit", [render_time(ours_view)], [render_time(floor_view)])
        ours_times, floor_times = [], []
        for _ in range(2):
            ours_times.append(render_time(ours_view, 2))
            floor_times.append(render_time(floor_view, 2))
        pair("redraw fit", ours_times, floor_times)

        # One wheel step in or out, then a full redraw: what zooming costs (caches are cold).
        ours_times, floor_times = [], []
        for factor in (1.25, 1 / 1.25, 1.25, 1 / 1.25):
            t0 = time.perf_counter()
            ours_view.set_zoom(ours_view.zoom() * factor)
            ours_times.append(time.perf_counter() - t0 + render_time(ours_view))
            t0 = time.perf_counter()
            floor_view.scale(factor, factor)
            floor_times.append(time.perf_counter() - t0 + render_time(floor_view))
        pair("zoom step", ours_times, floor_times)

        ours, again, floor = build_times(n)
        pair("scene build", [ours], [floor])
        pair("scene rebuild", [again], [floor])

    ours_view.close()
    floor_view.close()
    del floor_scene  # kept alive until here: the view does not own its scene
    return per_run


CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[3])
import bench_canvas as b
from PySide6.QtWidgets import QApplication


def peak_kib():
    # VmHWM: this process's own peak RSS (getrusage's ru_maxrss can carry the parent's over exec).
    with open("/proc/self/status") as status:
        return int(next(line for line in status if line.startswith("VmHWM")).split()[1])


app = QApplication([])
before = peak_kib()
n = int(sys.argv[2])
if sys.argv[1] == "ours":
    view, *keep = b.build_ours(n)
else:
    view, *keep = b.build_floor(n)
b._show(view)
b.render_time(view)
view.zoom_to_fit() if sys.argv[1] == "ours" else view.fitInView(view.scene().itemsBoundingRect())
b.settle_after_zoom()
b.render_time(view)
print(peak_kib() - before)
"""


def memory(n: int, runs: int) -> tuple[list[float], list[float]]:
    """Peak MiB of *runs* fresh processes each, (ours, floor), taking turns."""
    here = os.path.dirname(os.path.abspath(__file__))
    out: dict[str, list[float]] = {"ours": [], "floor": []}
    for _ in range(runs):
        for which in ("ours", "floor"):
            proc = subprocess.run([sys.executable, "-c", CHILD, which, str(n), here],
                                  capture_output=True, text=True, check=True)
            out[which].append(int(proc.stdout.strip().splitlines()[-1]) / 1024.0)
    return out["ours"], out["floor"]


TARGETS = {"drag": 2.0, "redraw 100%": 1.5, "redraw fit": 1.5, "scene build": {60: 4.0, 5000: 3.0}}
MEMORY_TARGET = 1.5
# "zoom step" has no target in the issue; it shows what a redraw costs while the zoom changes (item
# caches off). "first redraw fit" has none either: the first redraw once the zoom is still, when our
# nodes' pixmaps are made again.


def target_for(key: str, n: int) -> float | None:
    target = TARGETS.get(key)
    return target.get(n) if isinstance(target, dict) else target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="60,1000,5000")
    parser.add_argument("--memory", action="store_true", help="also measure peak memory at the largest size")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    sizes = [int(s) for s in args.sizes.split(",")]
    memory_line = ""
    if args.memory:
        # Measured first: a child process's peak-memory counter starts from this process's peak,
        # which is small only before any big scene has been built here.
        n = max(sizes)
        ours_runs, floor_runs = memory(n, 3)
        ours, floor = statistics.median(ours_runs), statistics.median(floor_runs)
        ratio = ours / floor if floor else float("inf")
        memory_line = (f"{n:>6}  {'peak MiB':<16} {ours:9.1f} {floor:9.1f} {ratio:6.2f}  "
                       f"<= {MEMORY_TARGET:g}x " + ("ok" if ratio <= MEMORY_TARGET else "MISSED"))
    print(f"{'nodes':>6}  {'measure':<16} {'ours ms':>9} {'floor ms':>9} {'ratio':>6} {'min-max':>11}  "
          "target")
    for n in sizes:
        for key, (ours_runs, floor_runs) in run_size(n, args.runs).items():
            ours, floor = statistics.median(ours_runs), statistics.median(floor_runs)
            ratios = [o / f for o, f in zip(ours_runs, floor_runs) if f]
            target = target_for(key, n)
            ratio = ours / floor if floor else float("inf")
            mark = "" if target is None else (f"<= {target:g}x " + ("ok" if ratio <= target else "MISSED"))
            spread = f"{min(ratios):.2f}-{max(ratios):.2f}" if ratios else ""
            print(f"{n:>6}  {key:<16} {ours * 1000:9.2f} {floor * 1000:9.2f} {ratio:6.2f} {spread:>11}  "
                  f"{mark}")
    if memory_line:
        print(memory_line)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
