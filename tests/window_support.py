"""A whole window for tests that drive it as a user would: shown, exposed and active, so keys go to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ecomap_desktop.ui.main_window import MainWindow


def on_screen(widget) -> bool:
    """Whether the window system has shown *widget*'s window (a menu, an open drop-down list, a
    dialog), not only Qt. Click or choose in a popup only once it is: on a busy machine a click sent
    before that lets the popup's late activation arrive after it has closed, taking the keys from
    whatever is typed next (and no user can click a menu they cannot see yet)."""
    # Qt marks a window mapped when the window system exposes it (QWidgetWindow's expose event). Not
    # windowHandle().isExposed(): asked of a drop-down list's window, PySide raised "Internal C++
    # object (QWindow) already deleted".
    return widget is not None and widget.window().testAttribute(Qt.WidgetAttribute.WA_Mapped)


def open_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window
