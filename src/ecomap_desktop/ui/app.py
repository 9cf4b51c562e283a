"""Start the Qt application and show the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__


def create_application(qt_args: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("Ecomap")
    app.setApplicationVersion(__version__)
    return app


def run_app(path: str | None = None, qt_args: Sequence[str] = ()) -> int:
    """Open the window on a new map, or on *path*; a bad file shows one message and a new map."""
    app = create_application(qt_args)
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    if path:
        window.open_path(path)
    return app.exec()
