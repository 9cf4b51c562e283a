"""A widget's own least height, kept through touch mode.

Touch mode gives the panels' buttons a least height in a style sheet (window/touch_mode.py); Qt takes
that style's least height away with the style, and with it the one the widget had set for itself
(the guide's 36 px buttons came back 25 px high, and the notes under them moved up). A widget given
its least height here gets it back when touch mode goes off (`restore_least_heights`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

_OWN_LEAST_HEIGHT = "ecomapOwnLeastHeight"


def set_least_height(widget: QWidget, height: int) -> None:
    """*widget* is never less than *height* high, with or without touch mode's sizes."""
    widget.setProperty(_OWN_LEAST_HEIGHT, height)
    widget.setMinimumHeight(height)


def restore_least_heights(root: QWidget) -> None:
    """Give the widgets in *root* that have a least height of their own that height again."""
    for widget in root.findChildren(QWidget):
        height = widget.property(_OWN_LEAST_HEIGHT)
        if isinstance(height, int) and widget.minimumHeight() < height:
            widget.setMinimumHeight(height)
