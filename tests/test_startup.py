"""What the window's start-up loads, and what it leaves until it is needed (issue 18)."""

from __future__ import annotations

import os
import subprocess
import sys


def _modules_after(code: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, env=env, check=True, timeout=60).stdout
    return out.split()


def test_the_ecomap_command_imports_no_qt_before_it_knows_what_to_start():
    """`ecomap FILE` loads the map's modules (networkx) before Qt's: once PySide6 is loaded it reads
    the source of every module imported after it, which made the window start about a tenth slower.
    The commands' own modules (which load Qt for their words) come in only for a command."""
    modules = _modules_after("import ecomap_desktop.cli")
    assert not [m for m in modules if m.startswith(("PySide6", "shiboken6", "networkx"))]
    commands = [m for m in modules if m.startswith("ecomap_desktop.cli.")]
    assert commands == ["ecomap_desktop.cli.common"]
