"""A window's first size, made smaller where the screen is: no part of it starts off the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# What a window's frame (title bar and borders) and a taskbar may take beyond the space Qt reports.
_WIDTH_SHARE = 0.96
_HEIGHT_SHARE = 0.88


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize *widget* to *width* x *height*, or less on a small or highly scaled screen (a 1280 x 720
    laptop, or 150% on 1366 x 768, which leaves 910 x 512), so its buttons are never off the screen."""
    screen = widget.screen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, int(area.width() * _WIDTH_SHARE))
        height = min(height, int(area.height() * _HEIGHT_SHARE))
    widget.resize(width, height)
