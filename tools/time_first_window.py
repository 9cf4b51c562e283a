"""Time from starting a program to its first window on screen, under a private Xvfb display.

    python tools/time_first_window.py [--runs N] [--title TEXT] -- PROGRAM [ARGS...]

Starts Xvfb on a free display, then runs PROGRAM (warm-up once, then N times) with QT_QPA_PLATFORM=xcb
and a throwaway HOME, polls `xwininfo -root -tree` until a mapped window whose title holds TEXT
appears, stops the program and prints one JSON line: {"runs": N, "median_s": ..., "times_s": [...]}.
Standard library only, so it can time the installer's program as well as a venv's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time


def _window_shown(display: str, title: str) -> bool:
    out = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                         env=dict(os.environ, DISPLAY=display)).stdout
    return any(title in line for line in out.splitlines())


def _one_run(command: list[str], display: str, title: str, timeout: float) -> float:
    with tempfile.TemporaryDirectory(prefix="ecomap-startup-") as home:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=home,
                   XDG_CONFIG_HOME=os.path.join(home, ".config"), XDG_DATA_HOME=os.path.join(home, ".local"))
        start = time.perf_counter()
        errors = open(os.path.join(home, "stderr.txt"), "w+b")
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors,
                                start_new_session=True)
        try:
            while time.perf_counter() - start < timeout:
                if _window_shown(display, title):
                    return time.perf_counter() - start
                if proc.poll() is not None:
                    errors.seek(0)
                    said = errors.read()[-600:].decode("utf-8", "replace")
                    raise SystemExit(
                        f"the program ended (exit {proc.returncode}) before showing a window:\n{said}"
                    )
                time.sleep(0.01)
            raise SystemExit(f"no window titled '{title}' within {timeout:.0f} s")
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            errors.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--title", default="Ecomap Desktop")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the program to start after --")
    for tool in ("Xvfb", "xwininfo"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed to time the first window")
    # -displayfd: Xvfb picks a free display itself and says which (no race with other X servers).
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        display = ":" + xvfb.stdout.readline().decode().strip()
        if display == ":":
            raise SystemExit("Xvfb did not start")
        for _ in range(500):  # until the display answers
            if subprocess.run(["xwininfo", "-root"], capture_output=True,
                              env=dict(os.environ, DISPLAY=display)).returncode == 0:
                break
            time.sleep(0.02)
        else:
            raise SystemExit("Xvfb did not start")
        _one_run(command, display, args.title, args.timeout)  # warm the file cache
        times = [_one_run(command, display, args.title, args.timeout) for _ in range(args.runs)]
    finally:
        xvfb.terminate()
        xvfb.wait()
    print(json.dumps({"runs": args.runs, "median_s": round(statistics.median(times), 4),
                      "times_s": [round(t, 4) for t in times]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
