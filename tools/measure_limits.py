"""Time and peak memory of every operation on the largest maps the loader accepts.

    QT_QPA_PLATFORM=offscreen python tools/measure_limits.py [--out FOLDER] [--only NAME]

Builds the worst maps the limits allow (the most people, groups and connections; the longest names;
every line stressful with arrows at both ends, spread to the farthest coordinates; and a map whose
notes fill the file-size cap), then runs each operation in a fresh interpreter under
`/usr/bin/time -v` and prints its wall time and peak resident memory. The figures go into
docs/file-format.md and docs/data-safety.md; each operation must stay within 60 s and 2 GiB.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

LIMIT_SECONDS = 60.0
LIMIT_BYTES = 2 * 1024**3

_CLI = "from ecomap_desktop.cli import main; raise SystemExit(main([%s]))"
# The operations, each a small program run on its own; FILE and OUT are filled in.
OPERATIONS = {
    "open (validate)": _CLI % "'validate', FILE",
    "open (window)": """
from ecomap_desktop.ui.app import create_application
from ecomap_desktop.ui.main_window import MainWindow
app = create_application()
window = MainWindow(); window.show()
assert window.open_path(FILE)
app.processEvents()
window.undo_stack.setClean(); window.close()
""",
    "save": """
from ecomap_desktop.io.mapfile import load_document, save_document
save_document(load_document(FILE), OUT + '.ecomap')
""",
    "summary": _CLI % "'summary', FILE",
    "export PDF": _CLI % "'export', FILE, OUT + '.pdf'",
    "export PDF, all notes and summary": _CLI % (
        "'export', FILE, OUT + '.pdf', '--include-worker-notes', '--include-insights'"),
    "export SVG": _CLI % "'export', FILE, OUT + '.svg'",
    "export PNG 2000 px": _CLI % "'export', FILE, OUT + '.png'",
    "export PNG widest": _CLI % "'export', FILE, OUT + '.png', '--width', '20000'",
    "export GraphML": _CLI % "'export', FILE, OUT + '.graphml'",
    "print preview (all pages)": """
from PySide6.QtPrintSupport import QPrinter
from ecomap_desktop.export.images import ensure_app
from ecomap_desktop.export.options import PageOptions
from ecomap_desktop.export.printing import prepare_printer, render_to_printer
from ecomap_desktop.io.mapfile import load_document
ensure_app()
doc = load_document(FILE)
options = PageOptions('letter', 'auto', True, True)
printer = QPrinter(QPrinter.PrinterMode.HighResolution)
printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
printer.setOutputFileName(OUT + '-print.pdf')
prepare_printer(printer, doc, options)
render_to_printer(doc, printer, options)
""",
}


def _words(rng: random.Random, length: int) -> str:
    out = []
    while sum(map(len, out)) + len(out) < length:
        out.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyzñé") for _ in range(rng.randint(3, 11))))
    return " ".join(out)[:length].strip()


def build(kind: str, path: Path) -> dict:
    """Write the worst map of *kind* ("drawing" or "notes") at *path*; returns its counts."""
    from ecomap_desktop.io.mapfile import MAX_FILE_BYTES, FORMAT_NAME, FORMAT_VERSION, data_to_bytes
    from ecomap_desktop.model import vocabulary as v

    rng = random.Random(11)
    n_nodes, n_edges = v.MAX_NODES, v.MAX_EDGES
    far = v.MAX_COORD
    centre = {"id": "c" * 32, "label": _words(rng, v.MAX_LABEL), "kind": "centre", "category": "family",
              "x": 0.0, "y": 0.0, "ring": None, "notes": "", "support": [],
              "household": [{"name": _words(rng, v.MAX_LABEL), "age": "12",
                             "relationship": _words(rng, v.MAX_LABEL)} for _ in range(v.MAX_HOUSEHOLD)]}
    nodes = [centre]
    for i in range(1, n_nodes):
        # Spread over the whole allowed square: the longest lines, the largest picture.
        angle = i * 2.399963
        radius = far * math.sqrt(i / n_nodes)
        nodes.append({
            "id": f"{i:032x}", "label": _words(rng, v.MAX_LABEL), "kind": "group" if i % 3 else "person",
            "category": v.CATEGORIES[i % len(v.CATEGORIES)],
            "x": max(-far, min(far, radius * math.cos(angle))),
            "y": max(-far, min(far, radius * math.sin(angle))),
            "ring": v.RINGS[i % len(v.RINGS)], "notes": "", "support": list(v.SUPPORT_TYPES), "household": [],
        })
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < n_edges:
        a, b = rng.randrange(n_nodes), rng.randrange(n_nodes)
        if a != b and (a, b) not in pairs and (b, a) not in pairs:
            pairs.add((a, b))
    edges = [{"source": nodes[a]["id"], "target": nodes[b]["id"], "id": f"e{k:031x}", "strength": "stressful",
              "flow": "both", "colour": "#aa3300", "note": ""} for k, (a, b) in enumerate(sorted(pairs))]
    meta = {"title": _words(rng, v.MAX_LABEL), "created": "2026-01-01T00:00:00+00:00",
            "modified": "2026-01-02T00:00:00+00:00",
            "legend": [{"key": key, "label": _words(rng, v.MAX_LABEL)} for key in v.LEGEND_KEYS],
            "worker_notes": "", "step_notes": {}, "steps_done": [], "reflection": "", "commitment": ""}
    data = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "directed": True, "multigraph": False,
            "graph": meta, "nodes": nodes, "edges": edges}
    if kind == "notes":
        # Every note as long as allowed, until the file reaches its size cap.
        budget = MAX_FILE_BYTES - len(data_to_bytes(data)) - 4096
        targets = [("meta", key) for key in ("worker_notes", "reflection", "commitment")]
        targets += [("node", i) for i in range(n_nodes)] + [("edge", i) for i in range(n_edges)]
        for where, key in targets:
            size = min(v.MAX_NOTE, budget - 64)
            if size <= 0:
                break
            text = _words(rng, size)
            if where == "meta":
                meta[key] = text
            elif where == "node":
                nodes[key]["notes"] = text
            else:
                edges[key]["note"] = text
            budget -= len(text.encode("utf-8")) + 16
    raw = data_to_bytes(data)
    path.write_bytes(raw)
    return {"nodes": len(nodes), "edges": len(edges), "bytes": len(raw)}


def measure(code: str, file: Path, out: Path) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds, peak RSS bytes, exit code) of *code* run in a fresh interpreter.
    On a busy machine the CPU time is the steadier figure."""
    program = f"FILE = {str(file)!r}\nOUT = {str(out)!r}\n" + code
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.monotonic()
    run = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-c", program], capture_output=True,
                         text=True, env=env, timeout=LIMIT_SECONDS * 10)
    seconds = time.monotonic() - start
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", run.stderr))
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
    peak = int(found.group(1)) * 1024 if found else -1
    code_line = re.search(r"Exit status: (\d+)", run.stderr)
    status = int(code_line.group(1)) if code_line else run.returncode
    said = run.stderr.split("\tCommand being timed")[0].strip()
    if status and len(said.splitlines()) != 1:  # a refusal is one plain line; anything else is shown
        sys.stderr.write(said[-2000:] + "\n")
    return seconds, cpu, peak, status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=None, help="folder for the maps and outputs")
    parser.add_argument("--only", default=None, help="run only the operations whose name holds this text")
    parser.add_argument("--maps", default="drawing,notes", help="which worst maps: drawing, notes")
    args = parser.parse_args(argv)
    folder = Path(args.out or tempfile.mkdtemp(prefix="ecomap-limits-"))
    folder.mkdir(parents=True, exist_ok=True)
    worst = True
    for kind in args.maps.split(","):
        path = folder / f"largest-{kind}.ecomap"
        counts = build(kind, path)
        print(f"\nlargest map ({kind}): {counts['nodes']} nodes, {counts['edges']} connections, "
              f"{counts['bytes'] / 2**20:.1f} MiB")
        print(json.dumps(counts), file=sys.stderr)
        for name, code in OPERATIONS.items():
            if args.only and args.only not in name:
                continue
            out = folder / f"{kind}-{re.sub(r'[^a-z0-9]+', '-', name.lower())}"
            seconds, cpu, peak, status = measure(code, path, out)
            within = seconds <= LIMIT_SECONDS and 0 <= peak <= LIMIT_BYTES
            worst = worst and within and status in (0, 1)
            verdict = ("ok" if status == 0 else "refused in one line" if status == 1 else f"exit {status}")
            print(f"  {name:36s} {seconds:7.1f} s  {cpu:7.1f} s CPU  {peak / 2**20:8.0f} MiB  "
                  f"{verdict if within else 'OVER'}", flush=True)
    return 0 if worst else 1


if __name__ == "__main__":
    sys.exit(main())
