"""A whole window for tests that drive it as a user would: shown, exposed and active, so keys go to it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ecomap_desktop.ui.main_window import MainWindow


def open_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window
