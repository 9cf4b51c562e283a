"""The drag and open measures, several full runs in a row, to tell a steady figure from a lucky one.

    QT_QPA_PLATFORM=offscreen python benchmarks/in_a_row.py [--times 10] [--out DIR] [--quick]

Runs `run_all.py --only canvas,files` the given number of times, one after another (each run writes
its own JSON file to --out, benchmarks/results/ by default), then prints, for the drag step at every
size and for load to visible, each run's ratio and the median of the runs' medians. Issue 18 asks
for ten runs in a row of these measures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEASURES = ("drag", "load to visible")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--times", type=int, default=10)
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument("--quick", action="store_true", help="run_all's quick runs: check the script works")
    args = parser.parse_args(argv)
    before = set(args.out.glob("*.json")) if args.out.exists() else set()
    for i in range(args.times):
        print(f"run {i + 1} of {args.times}…", flush=True)
        # run_all exits 1 when a target is missed elsewhere in the areas; the figures are wanted anyway.
        command = [sys.executable, str(HERE / "run_all.py"), "--only", "canvas,files", "--out", str(args.out)]
        proc = subprocess.run(command + (["--quick"] if args.quick else []), stdout=subprocess.DEVNULL)
        if proc.returncode == 2:
            print("an area could not run; stopping", file=sys.stderr)
            return 2
    files = sorted(set(args.out.glob("*.json")) - before)
    series: dict[tuple[str, int], list[dict]] = {}
    for path in files:
        for row in json.loads(path.read_text(encoding="utf-8"))["rows"]:
            if row["measure"] in MEASURES:
                series.setdefault((row["measure"], row["size"]), []).append(row)
    print(f"\n{len(files)} runs in a row: " + ", ".join(p.name for p in files))
    print(f"{'measure':<16} {'size':>5}  {'median ms':>9}  {'ratio':>6}  {'target':<8} each run's ratio")
    met_all = True
    for (measure, size), rows in sorted(series.items()):
        ratios = [r["ratio"] for r in rows]
        ratio = statistics.median(ratios)
        target = rows[0]["target"]
        limit = float(target.removeprefix("<= ").removesuffix("x")) if target else None
        met_all &= limit is None or ratio <= limit
        print(f"{measure:<16} {size:>5}  {statistics.median(r['ours_ms'] for r in rows):>9.2f}  "
              f"{ratio:>6.2f}  {target:<8} " + " ".join(f"{r:.2f}" for r in ratios))
    return 0 if met_all else 1


if __name__ == "__main__":
    sys.exit(main())
