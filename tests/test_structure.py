"""The code's layering, as docs/architecture.md draws it: checked here so a change that breaks it fails.

lint-imports checks the contracts in pyproject.toml (the window above the exports, above analysis and
files, above the model; graphics items never import the model). Function-level imports count.
"""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

from ecomap_desktop.ui.editor.interactions.canvas import GestureCanvas
from ecomap_desktop.ui.editor.scene import MapScene

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, env=env,
                         timeout=120)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def test_the_scene_offers_every_method_the_gestures_use():
    """The gestures are typed against GestureCanvas: the editing scene has each of its methods,
    taking the same parameters."""
    wanted = {name: member for name, member in vars(GestureCanvas).items()
              if inspect.isfunction(member) and not name.startswith("_")}
    assert len(wanted) == 19
    for name, member in wanted.items():
        offered = getattr(MapScene, name, None)
        assert callable(offered), name
        assert list(inspect.signature(offered).parameters) == list(inspect.signature(member).parameters), name
