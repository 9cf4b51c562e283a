"""The code's layering, as docs/architecture.md draws it: checked here so a change that breaks it fails.

lint-imports checks the contracts in pyproject.toml (the window above the exports, above the drawing,
above analysis and files, above the model; graphics items never import the model), and no two modules
import each other, however long the way round. Function-level imports count.
"""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

import grimp

from ecomap_desktop.ui.editor.interactions.canvas import GestureCanvas
from ecomap_desktop.ui.editor.interactions.touch_base import TouchView
from ecomap_desktop.ui.editor.scene import MapScene
from ecomap_desktop.ui.editor.view import MapView

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, env=env,
                         timeout=120)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def test_no_two_modules_import_each_other():
    """No import cycle, however long, and counting imports made inside functions."""
    graph = grimp.build_graph("ecomap_desktop", exclude_type_checking_imports=True)
    cycles = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if module.startswith(imported + "."):  # a module reading its own package's __init__
                continue
            if graph.chain_exists(importer=imported, imported=module):
                cycles.append(" -> ".join([module, *graph.find_shortest_chain(imported, module)]))
    assert cycles == []


def test_the_scene_offers_every_method_the_gestures_use():
    """The gestures are typed against GestureCanvas: the editing scene has each of its methods,
    taking the same parameters."""
    wanted = {name: member for name, member in vars(GestureCanvas).items()
              if inspect.isfunction(member) and not name.startswith("_")}
    assert len(wanted) == 27  # as its docstring says
    for name, member in wanted.items():
        offered = getattr(MapScene, name, None)
        assert callable(offered), name
        assert list(inspect.signature(offered).parameters) == list(inspect.signature(member).parameters), name


def test_the_view_offers_every_method_the_finger_gestures_use():
    """The finger gestures are typed against TouchView: the canvas view has each of its methods."""
    wanted = {name: member for name, member in vars(TouchView).items()
              if inspect.isfunction(member) and not name.startswith("_")}
    assert len(wanted) == 8
    for name, member in wanted.items():
        offered = getattr(MapView, name, None)
        assert callable(offered), name
        assert list(inspect.signature(offered).parameters) == list(inspect.signature(member).parameters), name
