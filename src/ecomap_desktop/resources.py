"""Where the app's bundled files (fonts, icons, help, licences) are: checkout, wheel or installer.

In a source checkout they sit in ``resources/`` at the top of the repository; a built wheel installs
that same folder as the package data ``ecomap_desktop/_resources`` (see setup.py); the PyInstaller
one-folder app (build_installer.spec) copies it to ``ecomap_desktop/_resources`` inside the bundle
folder that ``sys._MEIPASS`` names. One function finds whichever is there, so no other module has to
know which case it is in.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found = []
    bundle = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    if bundle:  # the installer's one-folder app: PyInstaller sets sys.frozen and sys._MEIPASS
        found.append(Path(bundle) / "ecomap_desktop" / "_resources")
    found.append(_PACKAGE_DIR / "_resources")  # installed wheel (package data)
    found.append(_PACKAGE_DIR.parent.parent / "resources")  # checkout: src/ecomap_desktop -> repo root
    return found


@lru_cache(maxsize=1)
def resources_root() -> Path:
    """The folder that holds fonts/ and the other bundled files."""
    for candidate in _candidates():
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError(
        "The app's bundled files (resources/fonts) are missing; please reinstall Ecomap Desktop."
    )


def resource_path(*parts: str) -> Path:
    """The path of a bundled file, e.g. ``resource_path("fonts", "NotoSans-Regular.ttf")``.

    Raises FileNotFoundError with a plain message when the file is not there.
    """
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(
            f"A bundled file is missing ({'/'.join(parts)}); please reinstall Ecomap Desktop."
        )
    return path
