"""Where the app's bundled files (fonts and their licences) are, in a checkout and when installed.

In a source checkout they sit in ``resources/`` at the top of the repository; a built wheel installs
that same folder as the package data ``ecomap_desktop/_resources`` (see setup.py). One function finds
either, so no other module has to know which case it is in.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found = [_PACKAGE_DIR / "_resources"]  # installed wheel (package data)
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle, should one ever be made
    if frozen:
        found.append(Path(frozen) / "ecomap_desktop" / "_resources")
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
        raise FileNotFoundError(f"A bundled file is missing ({'/'.join(parts)}); please reinstall Ecomap Desktop.")
    return path
