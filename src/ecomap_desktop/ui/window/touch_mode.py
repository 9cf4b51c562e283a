"""Touch mode: the canvas's "+" handles and the toolbar's buttons grow to fingertip size (about
9 mm, 40 px at 100%).

Settings ▸ Touch screen chooses: on by itself the first time a finger touches the canvas (the
default), always, or never. Nothing else changes: every action is reachable by a tap or a long
press in either mode.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QMainWindow, QToolButton, QWidget

from ... import style
from .. import preferences

#: Toolbar icons in touch mode (36 otherwise): with their words under them, buttons of 60+ px.
TOUCH_ICON = 48
#: Zoomed out, the handle grows in the map so it stays a fingertip on screen, down to this zoom
#: (further out it would cover the middle of a small node, where a finger drags it).
HANDLE_KEPT_DOWN_TO = 0.7
#: How long the zoom must rest before the handles are resized (a pinch changes it many times).
HANDLE_RESIZE_MS = 250
#: No toolbar button or drop-down smaller than this in touch mode, whatever its icon and words.
TOUCH_MIN_BUTTON = 48


class TouchMode(QObject):
    """Applies touch mode to one window and turns it on when that window's canvas is touched."""

    # Touch mode turned on (True) or off (False).
    changed = Signal(bool)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        toolbar = window.actions.toolbar
        self._normal_icon = QSize(toolbar.iconSize())
        self._touched = False
        self._on = False
        self._own_sizes: dict[QWidget, QSize] = {}
        self._radius = style.HANDLE_RADIUS  # the handles' size now
        self._resize_later = QTimer(self)
        self._resize_later.setSingleShot(True)
        self._resize_later.setInterval(HANDLE_RESIZE_MS)
        self._resize_later.timeout.connect(self._size_handles)
        window.view.touch_used.connect(self._on_touch)
        window.view.zoom_changed.connect(self._on_zoom)
        self.apply_setting()

    def _window(self) -> QMainWindow:
        return self.parent()

    def is_on(self) -> bool:
        return self._on

    def apply_setting(self) -> None:
        """Follow Settings ▸ Touch screen (and whether the canvas has been touched yet)."""
        mode = preferences.touch_mode()
        self._set_on(mode == "on" or (mode == "auto" and self._touched))

    def _on_zoom(self, _zoom: float) -> None:
        if self._on:
            self._resize_later.start()

    def _size_handles(self) -> None:
        """Touch mode: a handle 40 px across on screen at 100% zoom or less (to HANDLE_KEPT_DOWN_TO)."""
        window = self._window()
        radius = style.HANDLE_RADIUS
        if self._on:
            zoom = max(HANDLE_KEPT_DOWN_TO, min(1.0, window.view.zoom()))
            radius = float(math.ceil(style.TOUCH_HANDLE_RADIUS / zoom))  # whole pixels: few sizes
        if radius != self._radius:
            self._radius = radius
            window.scene.set_handle_radius(radius)

    def _on_touch(self) -> None:
        if not self._touched:
            self._touched = True
            self.apply_setting()

    def _set_on(self, on: bool) -> None:
        if on == self._on:
            return
        self._on = on
        window = self._window()
        self._size_handles()
        toolbar = window.actions.toolbar
        toolbar.setIconSize(QSize(TOUCH_ICON, TOUCH_ICON) if on else self._normal_icon)
        if on:
            # Buttons and the line picker's drop-downs; their own least sizes come back afterwards.
            targets = toolbar.findChildren(QToolButton) + toolbar.findChildren(QComboBox)
            self._own_sizes = {widget: widget.minimumSize() for widget in targets}
            for widget, own in self._own_sizes.items():
                widget.setMinimumSize(own.expandedTo(QSize(TOUCH_MIN_BUTTON, TOUCH_MIN_BUTTON)))
        else:
            for widget, own in self._own_sizes.items():
                widget.setMinimumSize(own)
            self._own_sizes = {}
        self.changed.emit(on)


def install_touch_mode(window: QMainWindow) -> TouchMode:
    return TouchMode(window)


def apply_touch_mode_setting() -> None:
    """Give every open window the touch mode chosen in Settings."""
    for widget in QApplication.topLevelWidgets():
        mode = getattr(widget, "touch_mode", None)
        if isinstance(mode, TouchMode):
            mode.apply_setting()
