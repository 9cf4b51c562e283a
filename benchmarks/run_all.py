"""Every benchmark in one run: start-up, drag and redraw, load and save, PDF export.

    make bench                                   # the full run (about 10-15 minutes on 2 cores)
    QT_QPA_PLATFORM=offscreen python benchmarks/run_all.py [--quick] [--only canvas,export] [--out DIR]

Each area runs in its own process with the same floors and peers as its own script, and with
PYTHONHASHSEED=0 for it and every process it starts, so that all of them hash strings alike and do
their work in the same order (child_env says why). Targets from issue 18, every one a ratio within
the run:
  start-up  bench_startup.py: the app to its first painted window (60-node example) against a bare
            QMainWindow with a view, same imports (<= 1.5x); reportlab not imported at start-up
  canvas    bench_canvas.py: drag step (<= 2x), full redraw at 100% and zoomed to fit (<= 1.5x), zoom
            step, scene build (<= 4x at 60 nodes, <= 3x at 5,000) at 60, 1,000 and 5,000 nodes against
            a bare QGraphicsScene, and peak memory at 5,000 nodes (<= 1.5x)
  files     bench_files.py: a 5,000-node map, load to visible against json.loads plus a bare scene
            (<= 2x); one edit (a rename, a move) against the same edit on a 60-node map (<= 2x), and
            the move against the same move in the bare scene (no target); save with backup and fsync
            against json.dumps plus write, fsync and rename (<= 2x)
  export    bench_export.py: the PDF at 60, 1,000 and 5,000 nodes against Graphviz neato on the same
            positions, with every name drawn (<= 0.5x at 60 nodes, <= 0.7x above), and Qt's
            QPdfWriter (no target)
  visits    bench_visits.py: the 60-node example with 20 visits against the same map with one, opened
            in a window to visible (<= 1.3x) and saved (<= 2x), in 15 rounds that take both maps in
            turns (the median of each, the ratio's range over the rounds); comparing two visits of a
            5,000-node map (<= 100 ms, an absolute time); a full redraw of the 60-node example with the
            compare overlay on against the same redraw without it (<= 2x)
Prints one table of medians and ratios (ours / reference: below 1 means ours is faster), each ratio
with its min-max over the runs (a noisy figure shows a wide range), and writes
the figures, with the machine they came from, to benchmarks/results/YYYY-MM-DD_HHMMSS.json.
--quick: tiny sizes and one run, to check the benchmarks themselves work (figures mean nothing).
Exit status: 0, or 1 when a full run misses a target, or 2 when an area could not run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
AREAS = ("startup", "canvas", "files", "export", "visits")
FULL = {"startup_runs": 7, "canvas_sizes": (60, 1000, 5000), "canvas_runs": 5, "memory": True,
        "files_nodes": 5000, "files_runs": 5, "export_sizes": (60, 1000, 5000), "export_runs": 7,
        "visits": 20, "visits_nodes": 5000, "visits_runs": 5, "visits_rounds": 15}
QUICK = {"startup_runs": 1, "canvas_sizes": (60,), "canvas_runs": 1, "memory": False,
         "files_nodes": 200, "files_runs": 1, "export_sizes": (60,), "export_runs": 1,
         "visits": 3, "visits_nodes": 200, "visits_runs": 1, "visits_rounds": 1}


def row(area, size, measure, ours_ms, reference, reference_ms, target_ratio=None, target_ms=None, note="",
        runs=None):
    """One line of the table. The ratio is ours / reference (the medians); a target is a ratio or a
    time in ms. *runs*: each run's (ours, reference) figures, whose ratios give the spread."""
    ratio = ours_ms / reference_ms if reference_ms else None
    if target_ratio is not None:
        target, met = f"<= {target_ratio:g}x", ratio is not None and ratio <= target_ratio
    elif target_ms is not None:
        target, met = f"<= {target_ms:g} ms", ours_ms <= target_ms
    else:
        target, met = "", None
    ratios = [o / r for o, r in (runs or ()) if r]
    spread = [round(min(ratios), 3), round(max(ratios), 3)] if ratios else None
    return {"area": area, "size": size, "measure": measure, "ours_ms": round(ours_ms, 3),
            "reference": reference, "reference_ms": None if reference_ms is None else round(reference_ms, 3),
            "ratio": None if ratio is None else round(ratio, 3), "ratio_min_max": spread,
            "runs": len(ratios) if ratios else None, "target": target, "met": met, "note": note}


def paired(ours: list[float], reference: list[float]) -> list[tuple[float, float]]:
    return list(zip(ours, reference))


# ----- the areas, each run in a child process ----------------------------------------------------


def _startup(cfg) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as tmp:
        out = Path(tmp) / "startup.json"
        subprocess.run([sys.executable, str(HERE / "bench_startup.py"), "--runs", str(cfg["startup_runs"]),
                        "--json", str(out)], check=True, stdout=subprocess.DEVNULL)
        data = json.loads(out.read_text(encoding="utf-8"))
    reportlab = data["reportlab_imported_at_startup"]
    return [row("start-up", data["nodes"], "to first paint", data["app_median_s"] * 1000,
                "bare QMainWindow + view", data["floor_median_s"] * 1000, target_ratio=data["target_ratio"],
                note=f"{data['example']}; reportlab " + ("imported at start-up" if reportlab else
                                                         "not imported at start-up"),
                runs=paired(data["app_runs_s"], data["floor_runs_s"]))]


def _canvas(cfg) -> list[dict]:
    sys.path.insert(0, str(HERE))
    import statistics

    import bench_canvas
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - kept alive while measuring
    rows = []
    if cfg["memory"]:
        # Measured first: a child process's peak-memory counter starts from this process's peak,
        # which is small only before any big scene has been built here.
        n = max(cfg["canvas_sizes"])
        ours, floor = bench_canvas.memory(n, 3)
        memory_row = row("canvas", n, "peak memory (MiB, not ms)", statistics.median(ours),
                         "bare QGraphicsScene", statistics.median(floor),
                         target_ratio=bench_canvas.MEMORY_TARGET, runs=paired(ours, floor))
    for n in cfg["canvas_sizes"]:
        for key, (ours, floor) in bench_canvas.run_size(n, cfg["canvas_runs"]).items():
            rows.append(row("canvas", n, key, statistics.median(ours) * 1000, "bare QGraphicsScene",
                            statistics.median(floor) * 1000, target_ratio=bench_canvas.target_for(key, n),
                            runs=paired(ours, floor)))
    if cfg["memory"]:
        rows.append(memory_row)
    return rows


def _files(cfg) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as tmp:
        out = Path(tmp) / "files.json"
        # bench_files exits 1 when it misses a target; its figures are what we want either way.
        subprocess.run([sys.executable, str(HERE / "bench_files.py"), "--nodes", str(cfg["files_nodes"]),
                        "--runs", str(cfg["files_runs"]), "--json", str(out)], stdout=subprocess.DEVNULL)
        data = json.loads(out.read_text(encoding="utf-8"))
    sys.path.insert(0, str(HERE))
    import bench_files

    wall, cpu, per_run = data["median"]["wall"], data["median"]["cpu"], data["per_run"]["wall"]
    n, small = data["nodes"], data["small"]

    def measured(measure, ours, reference, reference_name, target, note=""):
        return row("files", n, measure, wall[ours], reference_name, wall[reference], target_ratio=target,
                   note=note, runs=paired(per_run[ours], per_run[reference]))

    return [
        measured("load to visible", "load", "floor", "json.loads + bare scene", bench_files.TARGET_LOAD_RATIO,
                 f"CPU time: ours {cpu['load']:.0f} ms, floor {cpu['floor']:.0f} ms"),
        measured("one edit (rename)", "edit", "small edit", f"same edit, {small} nodes",
                 bench_files.TARGET_EDIT_RATIO, f"CPU time: {cpu['edit']:.1f} ms, at {small} nodes "
                 f"{cpu['small edit']:.1f} ms"),
        measured("one edit (move)", "move", "small move", f"same edit, {small} nodes",
                 bench_files.TARGET_EDIT_RATIO),
        # No target: what Qt itself does. The bare scene's same move grows with the map as much as
        # it does (the repainted area a moved line crosses holds more items), which the 60-node
        # comparison above cannot tell apart from our own cost.
        measured("move, against bare Qt", "move", "bare move", "same move, bare scene (antialiased)", None,
                 f"bare scene: {wall['bare move']:.1f} ms at {n} nodes, {wall['small bare move']:.1f} ms "
                 f"at {small}"),
        measured(f"bare Qt: move vs {small}", "bare move", "small bare move",
                 f"bare scene's same move, {small} nodes", None),
        measured("save (backup, fsync)", "save", "save floor", "json.dumps + write, fsync, rename",
                 bench_files.TARGET_SAVE_RATIO, f"CPU time: ours {cpu['save']:.0f} ms, floor "
                 f"{cpu['save floor']:.0f} ms"),
    ]


def _export(cfg) -> list[dict]:
    sys.path.insert(0, str(HERE))
    import statistics

    import bench_export

    rows = []
    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as tmp:
        for n in cfg["export_sizes"]:
            doc = bench_export.build_map(n)
            runs = cfg["export_runs"]
            if n > 1000:
                runs = max(min(3, runs), runs // 2)
            cold, ours, all_names, size = bench_export.bench_ours(doc, runs)
            neato = bench_export.bench_neato(doc, runs, Path(tmp))
            qt = bench_export.bench_qt(doc, runs)
            note = f"{size // 1024} KB; first (cold) export {cold * 1000:.0f} ms"
            ours_ms = statistics.median(ours) * 1000
            if neato is None:
                rows.append(row("export", n, "PDF", ours_ms, None, None, note=note + "; neato not installed"))
            else:
                neato_ms = statistics.median(neato) * 1000
                rows.append(row("export", n, "PDF", ours_ms, "neato -n2 -Tpdf", neato_ms, note=note,
                                runs=paired(ours, neato)))
                rows.append(row("export", n, "PDF, every name drawn", statistics.median(all_names) * 1000,
                                "neato -n2 -Tpdf", neato_ms, target_ratio=bench_export.target_for(n),
                                runs=paired(all_names, neato)))
            rows.append(row("export", n, "PDF vs Qt", ours_ms, "QPdfWriter of the scene",
                            statistics.median(qt) * 1000, runs=paired(ours, qt)))
    return rows


def _visits(cfg) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as tmp:
        out = Path(tmp) / "visits.json"
        # bench_visits exits 1 when it misses a target; its figures are what we want either way.
        subprocess.run([sys.executable, str(HERE / "bench_visits.py"), "--visits", str(cfg["visits"]),
                        "--nodes", str(cfg["visits_nodes"]), "--runs", str(cfg["visits_runs"]),
                        "--rounds", str(cfg["visits_rounds"]), "--json", str(out)], stdout=subprocess.DEVNULL)
        data = json.loads(out.read_text(encoding="utf-8"))
    sys.path.insert(0, str(HERE))
    import bench_visits

    wall, cpu, per_run = data["median"]["wall"], data["median"]["cpu"], data["per_run"]["wall"]
    v, kib = data["visits"], {name: size // 1024 for name, size in data["sizes"].items()}
    rows = []
    targets = {"open": bench_visits.TARGET_OPEN_RATIO, "save": bench_visits.TARGET_SAVE_RATIO}
    for measure, target in targets.items():
        many = f"{measure} {v} visits"
        rows.append(row("visits", 60, f"{measure}, {v} visits", wall[many], "the same map, one visit",
                        wall[measure], target_ratio=target, runs=paired(per_run[many], per_run[measure]),
                        note=f"{kib['many']} KiB against {kib['one']} KiB; CPU time: ours "
                        f"{cpu[many]:.0f} ms, one visit {cpu[measure]:.0f} ms"))
    rows.append(row("visits", data["nodes"], "compare two visits", wall["compare"], None, None,
                    target_ms=bench_visits.TARGET_COMPARE_MS,
                    note=f"{data['changes']} changes; their sentences {wall['sentences']:.1f} ms"))
    rows.append(row("visits", 60, "redraw with compare overlay", wall["redraw with overlay"],
                    "the same redraw, no overlay", wall["redraw"],
                    target_ratio=bench_visits.TARGET_OVERLAY_RATIO,
                    runs=paired(per_run["redraw with overlay"], per_run["redraw"]),
                    note=f"zoomed to fit; the overlay shows {data['overlay_changes']} changes"))
    return rows


RUNNERS = {"startup": _startup, "canvas": _canvas, "files": _files, "export": _export, "visits": _visits}


def child_env() -> dict[str, str]:
    """The environment every area runs in, and so every process it starts (they inherit it).

    PYTHONHASHSEED=0: Python picks a new seed for hashing strings in each process, so the order of a
    set of names or ids (node ids are strings) differs from one child to the next, and with it the
    order of work in networkx and in our own loops (which nodes are drawn or measured first, where a
    dict grows). Each child would then time slightly different work. With one seed every child of
    every run hashes alike, so a figure differs from another only by what changed in the code or the
    machine's noise. Qt's offscreen platform unless another is asked for."""
    return dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                PYTHONHASHSEED="0")


def _run_area(area: str, quick: bool) -> tuple[list[dict], str]:
    """Run one area in a fresh process; (rows, error text or "")."""
    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as tmp:
        out = Path(tmp) / "rows.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--area", area, "--rows", str(out)]
        if quick:
            command.append("--quick")
        proc = subprocess.run(command, env=child_env(), capture_output=True, text=True)
        if proc.returncode != 0 or not out.exists():
            return [], (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return json.loads(out.read_text(encoding="utf-8")), ""


# ----- the report --------------------------------------------------------------------------------


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    import PySide6
    from PySide6.QtCore import qVersion

    return {"cpus": os.cpu_count(), "cpu_model": cpu or platform.machine(),
            "python": platform.python_version(), "qt": qVersion(), "pyside6": PySide6.__version__,
            "system": platform.platform(terse=True)}


def table(rows: list[dict]) -> str:
    def num(value):
        return "" if value is None else f"{value:.1f}" if value >= 10 else f"{value:.2f}"

    def spread(r):
        low_high = r.get("ratio_min_max")
        return "" if not low_high or r.get("runs", 0) < 2 else f"{num(low_high[0])}-{num(low_high[1])}"

    head = (f"{'area':<9} {'size':>7}  {'measure':<26} {'ours':>9} {'reference':>9} {'ratio':>6} "
            f"{'min-max':>11}  {'target':<11} ")
    lines = [head + "result", "-" * (len(head) + 8)]
    for r in rows:
        mark = "" if r["met"] is None else ("ok" if r["met"] else "MISSED")
        lines.append(f"{r['area']:<9} {str(r['size'])[:7]:>7}  {r['measure'][:26]:<26} "
                     f"{num(r['ours_ms']):>9} {num(r['reference_ms']):>9} {num(r['ratio']):>6} "
                     f"{spread(r):>11}  {r['target']:<11} {mark}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run: check that it all works")
    parser.add_argument("--only", default=",".join(AREAS), help=f"areas to run, from {','.join(AREAS)}")
    parser.add_argument("--out", type=Path, default=HERE / "results", help="folder for the JSON results")
    parser.add_argument("--area", choices=AREAS, help=argparse.SUPPRESS)  # a child process's one area
    parser.add_argument("--rows", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    cfg = QUICK if args.quick else FULL

    if args.area:  # in the child: measure, write the rows
        rows = RUNNERS[args.area](cfg)
        args.rows.write_text(json.dumps(rows), encoding="utf-8")
        return 0

    areas = [a.strip() for a in args.only.split(",") if a.strip()]
    unknown = [a for a in areas if a not in AREAS]
    if unknown:
        parser.error(f"unknown area: {', '.join(unknown)}")
    started = time.perf_counter()
    rows, errors = [], {}
    for area in areas:
        print(f"running {area}…", flush=True)
        area_rows, error = _run_area(area, args.quick)
        rows += area_rows
        if error:
            errors[area] = error
            print(f"  {area} could not run: {error}", flush=True)
    info = machine()
    stamp = datetime.now(timezone.utc)
    result = {
        "format": "ecomap-benchmarks", "version": 1, "date": stamp.isoformat(timespec="seconds"),
        "quick": args.quick, "machine": info, "seconds": round(time.perf_counter() - started, 1),
        "rows": rows, "errors": errors,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"{stamp.strftime('%Y-%m-%d_%H%M%S')}{'-quick' if args.quick else ''}.json"
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    print()
    print(f"Medians in ms; ratio = ours / reference (below 1: ours is faster), min-max = the ratio's "
          f"range over the runs. {info['cpus']} CPUs, "
          f"{info['cpu_model']}, Python {info['python']}, Qt {info['qt']}"
          + (" — QUICK run: sizes and runs too small to mean anything" if args.quick else ""))
    print(table(rows))
    for r in rows:
        if r["note"]:
            print(f"  {r['area']} {r['size']} {r['measure']}: {r['note']}")
    print(f"\nwritten to {path}")
    if errors:
        return 2
    missed = [r for r in rows if r["met"] is False]
    return 1 if missed and not args.quick else 0


if __name__ == "__main__":
    sys.exit(main())
