"""The application's icon: resources/icons/ecomap-desktop.svg, rendered to PNGs by tools/render_icons.py.

The PNG sizes are used (not the SVG) so the icon needs no Qt image plugin at run time.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ...resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The app's icon at every bundled size (an empty icon if the files are missing)."""
    icon = QIcon()
    for size in ICON_SIZES:
        try:
            icon.addFile(str(resource_path("icons", f"ecomap-desktop-{size}.png")))
        except FileNotFoundError:
            continue  # a damaged install still starts; the window just has the default icon
    return icon
