"""A whole window for tests that drive it as a user would: shown, exposed and active, so keys go to it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

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


class _PaintWatch(QObject):
    """Notes when the widget it watches is painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def wait_painted(qtbot, widget: QWidget, timeout: int = 5000) -> None:
    """Wait until *widget* is painted again: what a user then sees. Qt lays out whatever waits to be
    laid out before it paints (a paint is posted behind every layout request), so the places of the
    widget and its children are settled, however long the machine takes to get there."""
    watch = _PaintWatch()
    widget.installEventFilter(watch)
    try:
        widget.update()
        qtbot.waitUntil(lambda: watch.painted, timeout=timeout)
    finally:
        widget.removeEventFilter(watch)
