"""Visits over time (issue 15): what keeping every visit costs when a map is opened, saved and compared.

Open: the 60-node example with 20 visits (each a little different from the one before: a few moves,
a strength, a rename, someone new), opened in a window (File > Open) until the canvas has painted,
against the same example with its one visit opened the same way. Save: File > Save of each (backup,
fsync, replace), the 20 visits against the one. Both are timed in rounds: each round opens and saves
both maps, each in a fresh window, the one-visit map first in one round and second in the next, so
a busy moment of the machine (or whatever one leaves behind) falls on both alike; the figures are
the medians over the rounds, and each ratio's range over the rounds is printed too (a few
milliseconds each: a slow fsync moves one round, not the median). Compare: the rules of
analysis/changes on two visits of a 5,000-node map with a few hundred changes between them (an
absolute time). Redraw: a full redraw of the 60-node example zoomed to fit with the compare overlay
on (its first visit against its fourth), against the same redraw without it, in turns on one view.
Medians of several runs in one process, wall-clock (what a user waits) and CPU time of this process
(steadier on a busy machine).

Every run builds the same maps: the people, groups, connections and visits the benchmark adds get
their ids from a seeded generator (uuid4-shaped, as the app's own), not from uuid4. The files are
then the same bytes in every run (their entries are written in id order), so a figure cannot move
with ids that differ from one run to the next; only what is measured moves it.

Targets (issue 15): open <= 1.3x the one-visit map; save <= 2x; compare <= 100 ms; redraw with the
overlay <= 2x the plain redraw.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/bench_visits.py [--visits N] [--nodes N] [--runs N]
                                                                   [--rounds N] [--json OUT]
"""

from __future__ import annotations

import argparse
import datetime
import json
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_files import Clock, _paint  # noqa: E402
from seeded_ids import seeded_ids  # noqa: E402

TARGET_OPEN_RATIO = 1.3
TARGET_SAVE_RATIO = 2.0
TARGET_COMPARE_MS = 100.0
TARGET_OVERLAY_RATIO = 2.0


def example_60() -> Path:
    """The 60-node example (the larger of the examples, as the start-up benchmark uses)."""
    examples = sorted((ROOT / "examples").glob("*.ecomap"))
    return max(examples, key=lambda p: len(json.loads(p.read_text(encoding="utf-8"))["nodes"]))


def revisit(doc, visits: int, seed: int = 15) -> None:
    """Give *doc* *visits* visits in all, a week apart, each a little different from the one before:
    two people moved, one connection's strength changed, one rename, every third visit someone new.
    As a worker would draw them, nobody lands on anyone: a move that would is not made, and someone
    new drawn on a person goes to the nearest free spot around there (the app's own free_spot). The
    same visits every run (ids included)."""
    from ecomap_desktop.canvas.projection import MapProjection
    from ecomap_desktop.model.vocabulary import STRENGTHS
    from ecomap_desktop.ui.editor.placement import free_spot

    rng = random.Random(seed)
    new_id = seeded_ids(seed)
    drawn = MapProjection(doc)  # the nodes as drawn, names and all: what "on top of" means

    def is_free(rect, node_id: str) -> bool:
        return not any(item.node_id != node_id and item.sceneBoundingRect().intersects(rect)
                       for item in drawn.node_items())

    day = datetime.date(2025, 1, 6)
    doc.set_visit(doc.current_visit().id, date=day.isoformat(), label="Intake")
    for number in range(2, visits + 1):
        day += datetime.timedelta(days=7)
        doc.start_visit(day.isoformat(), f"Week {number}" if number % 4 == 0 else "", visit_id=new_id())
        nodes = [n for n in doc.node_ids() if n != doc.centre_id]
        for node in rng.sample(nodes, 2):
            x, y = doc.node_position(node)
            dx, dy = rng.uniform(-20, 20), rng.uniform(-20, 20)
            if is_free(drawn.node_item(node).sceneBoundingRect().translated(dx, dy), node):
                doc.move_nodes({node: (x + dx, y + dy)})
        edge = rng.choice(doc.edge_ids())
        doc.set_edge(edge, {"strength": rng.choice(STRENGTHS)})
        renamed = rng.choice(nodes)
        doc.set_node(renamed, {"label": doc.node(renamed)["label"][:60] + "."})
        if number % 3 == 0:
            new = doc.add_node({"label": f"New support {number}", "category": "community",
                                "x": rng.uniform(-400, 400), "y": rng.uniform(-400, 400)}, node_id=new_id())
            item = drawn.node_item(new)
            if not is_free(item.sceneBoundingRect(), new):
                spot = free_spot(item.pos(), doc.node(new)["kind"], lambda rect: is_free(rect, new))
                doc.move_nodes({new: (spot.x(), spot.y())})
            doc.add_edge(doc.centre_id, new, {"strength": "moderate"}, edge_id=new_id())
    drawn.stop_following()


def build_files(folder: Path, visits: int) -> tuple[Path, Path]:
    """The example saved as it is (one visit), and with *visits* visits: the same bytes every run."""
    from ecomap_desktop.io.mapfile import load_document, save_document

    one, many = folder / "one" / "example.ecomap", folder / "many" / "example.ecomap"
    for path in (one, many):
        path.parent.mkdir()
    doc = load_document(example_60())
    save_document(doc, one)
    revisit(doc, visits)
    save_document(doc, many)
    return one, many


def window_run(path: Path, app) -> dict[str, Clock]:
    """Open *path* in a fresh window until painted, then save it (File > Save)."""
    from ecomap_desktop.canvas.items.text_layout import forget_measures
    from ecomap_desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    clocks = {}
    forget_measures()  # a first open: no name measured before
    with Clock() as clocks["open"]:
        assert window.files.load_path(str(path))
        _paint(window.view, app)
    deadline = time.perf_counter() + 0.3  # what the open left queued runs before the save
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    window.undo_stack.resetClean()  # a save of the map as it is, as after an edit
    if hasattr(os, "sync"):
        # What other programs (and the rounds before) left to write goes to the disk first: the
        # save's fsync then waits for its own bytes, not for theirs.
        os.sync()
    with Clock() as clocks["save"]:
        assert window.files.save()
    window.close()
    window.deleteLater()
    app.processEvents()
    return clocks


def window_rounds(one: Path, many: Path, app, rounds: int, visits: int) -> dict[str, list[Clock]]:
    """Open and save both maps *rounds* times: {"open": [...], "save": [...], "open N visits": [...],
    "save N visits": [...]}, the clocks of each round at the same place in every list. The one-visit
    map goes first in even rounds, second in odd ones."""
    runs: dict[str, list[Clock]] = {}
    both = ((one, ""), (many, f" {visits} visits"))
    for number in range(rounds):
        for path, suffix in both if number % 2 == 0 else both[::-1]:
            for name, clock in window_run(path, app).items():
                runs.setdefault(name + suffix, []).append(clock)
    return runs


def spread(ours: list[float], reference: list[float]) -> tuple[float, float]:
    """The lowest and highest ratio ours / reference over the rounds (paired by round)."""
    ratios = [a / b for a, b in zip(ours, reference) if b]
    return min(ratios), max(ratios)


def big_visits(nodes: int, seed: int = 5):
    """A *nodes*-node map with a second visit: about 1 in 20 people renamed, moved to another circle,
    or gone, 1 in 10 connections stronger, weaker or stressful, and 100 people new. The same map every
    run, but for the ids of its centre and first visit (the new Document's own)."""
    from ecomap_desktop.model.document import Document
    from ecomap_desktop.model.vocabulary import RINGS, STRENGTHS

    rng = random.Random(seed)
    doc = Document("Benchmark family")
    doc.set_visit(doc.current_visit().id, date="2025-01-06")
    new_id = seeded_ids(seed)
    people = [doc.add_node({"label": f"Person {i}", "category": "friend", "x": float(i % 100) * 50,
                            "y": float(i // 100) * 50}, node_id=new_id()) for i in range(nodes - 1)]
    edges = [doc.add_edge(doc.centre_id, person, {"strength": rng.choice(STRENGTHS)}, edge_id=new_id())
             for person in people]
    for a, b in zip(people[::5], people[1::5]):
        doc.add_edge(a, b, edge_id=new_id())
    first = doc.current_visit().id
    doc.start_visit("2025-02-03", visit_id=new_id())
    for person in rng.sample(people, nodes // 20):
        change = rng.randrange(3)
        if change == 0:
            doc.set_node(person, {"label": doc.node(person)["label"] + " Jr"})
        elif change == 1:
            doc.set_node(person, {"ring": rng.choice(RINGS)})
        else:
            for edge in doc.edges_of(person):
                doc.remove_edge(edge)
            doc.remove_node(person)
    for edge in rng.sample(edges, len(edges) // 10):
        if doc.has_edge(edge):
            doc.set_edge(edge, {"strength": rng.choice(STRENGTHS)})
    for i in range(100):
        new = doc.add_node({"label": f"Newcomer {i}", "category": "community"}, node_id=new_id())
        doc.add_edge(new, doc.centre_id, {"strength": "moderate"}, edge_id=new_id())
    return doc, first, doc.current_visit().id


def compare_runs(nodes: int, runs: int) -> tuple[list[float], list[float], int]:
    """Wall-clock ms of compare_visits and of its sentences, per run; and how many changes it found."""
    from ecomap_desktop.analysis.changes import compare_visits, sentences

    doc, first, second = big_visits(nodes)
    compare_visits(doc, first, second)  # warm-up: a past visit may be built on first use
    rules, words = [], []
    comparison = None
    for _ in range(runs):
        with Clock() as clock:
            comparison = compare_visits(doc, first, second)
        rules.append(clock.wall * 1000)
        with Clock() as clock:
            sentences(comparison)
        words.append(clock.wall * 1000)
    return rules, words, len(comparison.changes)


def overlay_runs(runs: int, visits: int = 4) -> tuple[list[float], list[float], int]:
    """Full redraws (zoomed to fit) of the 60-node example, ms per run, plain and with the compare
    overlay on (the first visit against the current one); and how many changes the overlay shows.
    One view, the overlay shown and taken away in turns, so a busy moment slows both alike."""
    from bench_canvas import _show, render_time, settle, settle_after_zoom
    from PySide6.QtGui import QUndoStack

    from ecomap_desktop.analysis.changes import compare_visits
    from ecomap_desktop.canvas.compare_overlay import CompareOverlay
    from ecomap_desktop.io.mapfile import load_document
    from ecomap_desktop.ui.editor.scene import MapScene
    from ecomap_desktop.ui.editor.view import MapView

    doc = load_document(example_60())
    revisit(doc, visits)
    scene = MapScene(doc, QUndoStack())
    view = MapView(scene)
    _show(view)
    view.zoom_to_fit()
    settle_after_zoom()
    first, current = doc.visits()[0].id, doc.current_visit().id
    comparison = compare_visits(doc, first, current)
    overlay = CompareOverlay(scene)
    plain, shown = [], []
    for _ in range(runs + 1):  # the first round warms the caches of both
        overlay.clear()
        settle()
        plain.append(render_time(view, 5) * 1000)
        overlay.show(comparison, doc.visit_graph(first))
        settle()
        shown.append(render_time(view, 5) * 1000)
    overlay.clear()
    view.close()
    return plain[1:], shown[1:], len(comparison.changes)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=20)
    parser.add_argument("--nodes", type=int, default=5000, help="the map two visits of which are compared")
    parser.add_argument("--runs", type=int, default=5, help="runs of the compare and redraw measures")
    parser.add_argument("--rounds", type=int, default=15,
                        help="rounds of opening and saving both maps (each round: two fresh windows)")
    parser.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    args = parser.parse_args(argv)

    from ecomap_desktop.ui.app import create_application

    app = create_application()
    QCoreApplication.setOrganizationName("EcomapBench")
    QSettings().clear()
    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as folder:
        one, many = build_files(Path(folder), args.visits)
        sizes = {"one": one.stat().st_size, "many": many.stat().st_size}
        window_run(one, app)  # warm-up (imports, font cache)
        window_run(many, app)
        runs = window_rounds(one, many, app, args.rounds, args.visits)
    rules, words, found = compare_runs(args.nodes, args.runs)
    plain, overlaid, shown = overlay_runs(args.runs)

    figures = {kind: {name: [getattr(c, kind) * 1000 for c in clocks] for name, clocks in runs.items()}
               for kind in ("wall", "cpu")}
    figures["wall"]["compare"], figures["wall"]["sentences"] = rules, words
    figures["wall"]["redraw"], figures["wall"]["redraw with overlay"] = plain, overlaid
    med = {kind: {name: statistics.median(values) for name, values in figures[kind].items()}
           for kind in figures}
    wall, cpu = med["wall"], med["cpu"]
    v = args.visits
    ratios = {"open": (wall[f"open {v} visits"] / wall["open"], TARGET_OPEN_RATIO),
              "save": (wall[f"save {v} visits"] / wall["save"], TARGET_SAVE_RATIO),
              "redraw": (wall["redraw with overlay"] / wall["redraw"], TARGET_OVERLAY_RATIO)}
    print(f"60-node example: one visit {sizes['one'] / 1024:.0f} KiB, {v} visits {sizes['many'] / 1024:.0f} "
          f"KiB; medians of {args.rounds} rounds (wall-clock ms / CPU ms)")
    for key in ("open", "save"):
        ratio, target = ratios[key]
        many = f"{key} {v} visits"
        low, high = spread(figures["wall"][many], figures["wall"][key])
        cpu_low, cpu_high = spread(figures["cpu"][many], figures["cpu"][key])
        print(f"  {key + ' (one visit)':<22} {wall[key]:8.1f} / {cpu[key]:8.1f}")
        print(f"  {many:<22} {wall[many]:8.1f} / {cpu[many]:8.1f}   ratio {ratio:.2f}x "
              f"(target <= {target:g}x); over the rounds {low:.2f}-{high:.2f}x, CPU time "
              f"{cpu[many] / cpu[key]:.2f}x ({cpu_low:.2f}-{cpu_high:.2f}x)")
    print(f"  compare two visits of {args.nodes} nodes ({found} changes) {wall['compare']:8.1f} ms "
          f"(target <= {TARGET_COMPARE_MS:g} ms); their sentences {wall['sentences']:.1f} ms")
    ratio, target = ratios["redraw"]
    print(f"  redraw zoomed to fit (60 nodes)  {wall['redraw']:8.2f} ms; with the overlay ({shown} changes) "
          f"{wall['redraw with overlay']:.2f} ms   ratio {ratio:.2f}x (target <= {target:g}x)")
    ok = all(ratio <= target for ratio, target in ratios.values()) and wall["compare"] <= TARGET_COMPARE_MS
    print("targets met" if ok else "targets MISSED (wall-clock); see the CPU figures if the machine is busy")
    if args.json:
        Path(args.json).write_text(json.dumps({"visits": v, "nodes": args.nodes, "changes": found,
                                               "overlay_changes": shown, "sizes": sizes, "runs": args.runs,
                                               "rounds": args.rounds, "median": med,
                                               "per_run": figures}, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
