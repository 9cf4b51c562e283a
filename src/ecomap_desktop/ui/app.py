"""Start the Qt application and show the main window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Sequence

from .. import pyside_sources  # noqa: F401 - before Qt's modules: PySide reads none of our sources
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, ORGANIZATION, __version__


def create_application(qt_args: Sequence[str] = ()) -> QApplication:
    existing = QApplication.instance()
    app = existing or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ecomap-desktop")  # matches resources/linux/ecomap-desktop.desktop
    from .. import i18n
    from . import preferences

    # Before any window exists, so every widget is built in the chosen language.
    i18n.install(i18n.resolve(preferences.language()))
    from ..typeface import register_first_fonts
    from .icons.app import app_icon

    # Names on the canvas are drawn with the bundled typeface, never the system's: its Latin, Greek
    # and Cyrillic faces now, the other scripts' just after the first paint (start_windows), or as
    # soon as a name needs them.
    register_first_fonts()
    from .widgets.tab_bar_reader import install_tab_bar_reader

    install_tab_bar_reader()  # before a window makes the docks' tab bar, which a reader may ask about at once

    app.setWindowIcon(app_icon())
    if existing is None:
        # What is made so far (the modules, classes and tables imported, the application itself)
        # lives as long as the app. Move it out of the cycle collector's way: no collection walks it
        # again (after a map is opened, or while the interpreter shuts down: closing takes ~30 ms, not
        # ~140 ms). Maps opened later are collected as before.
        gc.freeze()
    return app


class _AfterFirstPaint(QObject):
    """Runs *work* from the event loop just after *widget* is first painted (then goes)."""

    def __init__(self, widget, work: Callable[[], object]) -> None:
        super().__init__(widget)
        self._work = work
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        self.deleteLater()
        self._work()


def _after_first_paint(window, swipe_areas: list) -> None:
    """What the first window does not need to be drawn, made ready once its map is on screen: the
    other scripts' faces, and a finger's swipe on *swipe_areas* (its panels, see held_areas)."""
    from ..typeface import register_qt_fonts
    from .widgets.swipe_scroll import let_swipe

    def ready() -> None:
        register_qt_fonts()
        let_swipe(swipe_areas)
        window.details.remember_size()  # built at this start: the next one can leave it till shown

    _AfterFirstPaint(window.view.viewport(), ready)


# Windows opened at start (the first one, and one per extra recovered map); kept referenced here.
open_windows: list = []


def _pristine(window) -> bool:
    return window.files.path is None and not window.files.is_modified


def start_windows(path: str | None = None) -> list:
    """Show the first window, offer maps left by a crash, then open *path*. Returns the windows."""
    from ..io.filelock import lock_early, release_early

    if path:
        lock_early(path)  # its lock file reaches the disk while the window is built
    try:
        return _start_windows(path)
    finally:
        release_early()  # not taken over: the map was not opened after all


def _window_showing(windows: list, path: str):
    """The window whose map is the file *path* (a map restored from its recovery copy), or None."""
    from pathlib import Path

    wanted = Path(path).resolve()
    return next((w for w in windows if w.files.path is not None and Path(w.files.path).resolve() == wanted),
                None)


def _start_windows(path: str | None) -> list:
    from .window.autosave import offer_recovery
    from .main_window import MainWindow
    from .widgets.swipe_scroll import held_areas

    with held_areas() as swipe_areas:  # swiped once the window is on screen
        first = MainWindow()
    with first.view.edges_placed_after():
        first.show()
    _after_first_paint(first, swipe_areas)
    if not gc.isenabled():
        # Started by cli.main, with the cycle collector paused: the window and the modules it brought
        # in last as long as the app too. Moved out of the collector's way like the modules before
        # them (create_application), before any map is opened: maps are collected as before.
        gc.freeze()
    windows = [first]

    def window_for():
        for window in windows:
            if _pristine(window):
                return window
        window = MainWindow()
        window.show()
        windows.append(window)
        return window

    offer_recovery(first, window_for)
    showing = _window_showing(windows, path) if path else None
    if showing is not None:
        # `ecomap FILE` after a crash, its unsaved changes just restored: that window is the map
        # (opening the file again in a second window asked to open it read-only, as if another copy
        # of the app had it open).
        showing.raise_()
        showing.activateWindow()
    elif path:
        window_for().open_path(path)
    elif _pristine(first):
        from .window.first_run import start_first_run

        start_first_run(first)  # the very first start: the centre ready to name, and a hint
    return windows


def run_app(path: str | None = None, qt_args: Sequence[str] = ()) -> int:
    """Open the window on a new map, or on *path*; a bad file shows one message and a new map.

    Maps left unsaved by a crash are offered first (autosave.offer_recovery). An unexpected error
    prints a report without map content and writes recovery copies of every unsaved map.
    """
    app = create_application(qt_args)
    from .. import crash
    from ..io.recovery import shutdown_default_store
    from .window.autosave import write_all_now

    crash.install()
    crash.add_rescuer(write_all_now)
    app.aboutToQuit.connect(shutdown_default_store)
    open_windows.extend(start_windows(path))
    if not gc.isenabled():  # paused by cli.main while the app started: on again once the window is up
        QTimer.singleShot(0, gc.enable)
    return app.exec()
