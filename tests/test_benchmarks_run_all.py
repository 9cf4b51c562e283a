"""benchmarks/run_all.py: every area runs and the figures land in one JSON file (a quick smoke run)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run_in_own_group(command: list[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess:
    """subprocess.run, but a timeout ends the whole process group: run_all's areas and their app
    children too, which would otherwise stay behind (one left waiting at a question ran for an hour)."""
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
    try:
        out, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        raise
    return subprocess.CompletedProcess(command, child.returncode, out, err)


def test_quick_run_of_every_benchmark_writes_the_table_and_json(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = _run_in_own_group([sys.executable, str(ROOT / "benchmarks" / "run_all.py"), "--quick", "--out",
                              str(tmp_path)], env=env, timeout=280)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    (result_file,) = tmp_path.glob("*-quick.json")
    result = json.loads(result_file.read_text(encoding="utf-8"))
    assert result["format"] == "ecomap-benchmarks" and result["quick"] is True and result["errors"] == {}
    assert result["machine"]["cpus"] >= 1 and result["machine"]["qt"].startswith("6.")
    by_area = {}
    for row in result["rows"]:
        by_area.setdefault(row["area"], []).append(row)
        assert row["ours_ms"] > 0, row
    assert set(by_area) == {"start-up", "canvas", "files", "export", "visits"}
    measures = {(r["area"], r["measure"]) for r in result["rows"]}
    for expected in [("start-up", "to first paint"), ("canvas", "drag"), ("canvas", "redraw 100%"),
                     ("canvas", "scene build"), ("files", "load to visible"),
                     ("files", "one edit (rename)"), ("files", "save (backup, fsync)"), ("export", "PDF"),
                     ("export", "PDF, every name drawn"), ("visits", "open, 3 visits"),
                     ("visits", "save, 3 visits"), ("visits", "compare two visits"),
                     ("visits", "redraw with compare overlay")]:
        assert expected in measures, expected
    targets = {(r["area"], r["measure"]): r["target"] for r in result["rows"]}
    assert targets[("canvas", "scene build")] == "<= 4x"
    assert targets[("files", "save (backup, fsync)")] == "<= 2x"
    assert targets[("start-up", "to first paint")] == "<= 1.5x"
    assert targets[("export", "PDF, every name drawn")] == "<= 0.5x"
    assert targets[("visits", "open, 3 visits")] == "<= 1.3x"
    assert targets[("visits", "save, 3 visits")] == "<= 2x"
    assert targets[("visits", "compare two visits")] == "<= 100 ms"
    assert targets[("visits", "redraw with compare overlay")] == "<= 2x"
    for r in result["rows"]:
        if r["reference_ms"]:  # every ratio comes with its range over the runs
            low, high = r["ratio_min_max"]
            assert low <= high and r["runs"] >= 1, r
    drag = next(r for r in by_area["canvas"] if r["measure"] == "drag")
    assert drag["reference"] == "bare QGraphicsScene" and drag["target"] == "<= 2x"
    assert drag["ratio"] == round(drag["ours_ms"] / drag["reference_ms"], 3) or abs(
        drag["ratio"] - drag["ours_ms"] / drag["reference_ms"]) < 0.01
    assert "to first paint" in proc.stdout and "QUICK run" in proc.stdout and str(result_file) in proc.stdout


def test_unknown_area_is_a_usage_error(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run_all.py"), "--only", "nothing",
                           "--out", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "unknown area" in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_every_benchmark_child_hashes_alike():
    """run_all starts each area (and so each process an area starts) with one hash seed: two children
    hash a node id alike and iterate a set of ids in the same order, which children with Python's
    own random seed do not (so each would time slightly different work)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import run_all
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    code = ("import sys\nids = [f'node-{n}' for n in range(50)]\n"
            "print(hash(ids[0]), list(set(ids))[:10])\n")

    def child(env):
        return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                              check=True, timeout=60).stdout

    env = run_all.child_env()
    assert env["PYTHONHASHSEED"] == "0"
    assert child(env) == child(env)
    random_seed = {key: value for key, value in os.environ.items() if key != "PYTHONHASHSEED"}
    assert len({child(random_seed) for _ in range(3)}) > 1  # without it, children differ
