"""A whole window for tests that drive it as a user would: shown, exposed and active, so keys go to it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
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


def open_window(qtbot, size: tuple[int, int] | None = None, activate: bool = True) -> MainWindow:
    """A main window shown on the screen (*size* wide and high when given), made the active one
    unless *activate* is False."""
    window = MainWindow()
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    if activate:
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


def wait_settled(qtbot, view) -> None:
    """Wait until the map *view* shows stays as it is until something else changes: its window laid
    out and painted, and no refit or legend placing still due (a change of the canvas's size sets them
    off, each on a 0 ms timer, after the layout, however long a busy machine takes to get there)."""
    wait_painted(qtbot, view.window())
    qtbot.waitUntil(lambda: not view._refit_timer.isActive() and not view._legend_timer.isActive())
    QApplication.processEvents()  # what the last of them posted


def wait_past(qtbot, ms: int) -> None:
    """Wait until a timer started now for *ms* milliseconds (and a margin for a coarse timer's slack)
    has fired. Qt fires timers in the order they fall due, however late a busy machine runs them, so
    whatever the code under test set off before this for *ms* or less has run by then: "nothing
    happened" is then a finding, not a guess about how fast the machine is."""
    fired: list[bool] = []
    timer = _precise_timer(ms + ms // 10 + 20, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=max(5000, 20 * ms))
    timer.deleteLater()


def _precise_timer(ms: int, then) -> QTimer:
    """A single-shot precise timer started now that calls *then* (PySide's singleShot takes no timer
    type with a function)."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(then)
    timer.start(ms)
    return timer


_TOUCH_SCREEN = None


def touch_screen():
    """The touch screen the tests' fingers come from: one device for the whole run (Qt keeps every
    device it is given)."""
    from PySide6.QtGui import QInputDevice
    from PySide6.QtTest import QTest

    global _TOUCH_SCREEN
    if _TOUCH_SCREEN is None:
        _TOUCH_SCREEN = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    return _TOUCH_SCREEN


def touches(target):
    """Qt's touch events for *target* from the tests' touch screen, sent only by commit(): the
    sequence QTest.touchEvent makes otherwise commits again as it goes, and that runs Qt's event loop
    (its timers fire) even after a commit(False)."""
    from PySide6.QtTest import QTest

    return QTest.touchEvent(target, touch_screen(), False)


class Finger:
    """One finger on a window, put down at *point* in *widget*'s own pixels, through Qt's own touch
    events (each reaches the window as it is sent).

    Between the press and the moves, and between two moves, the test delivers what they set off
    (layouts, calls queued for Qt's next turn) but runs no event loop, so no timer fires there: a
    finger held still is a press to Qt's scroller and a long press to the app, both by timers, and on
    a busy machine a stall there let them fire, so that a swipe or a tap was taken for a finger held
    still. Qt runs on as usual after a slide's last step and while the test waits."""

    def __init__(self, widget: QWidget, point) -> None:
        self.top = widget.window()
        self.at = widget.mapTo(self.top, point)
        touches(self.top).press(0, self.at, self.top).commit(False)
        QApplication.sendPostedEvents()

    def slide(self, dx: int, dy: int, steps: int = 10) -> None:
        from PySide6.QtCore import QPoint

        start = QPoint(self.at)
        for step in range(1, steps + 1):
            self.at = start + QPoint(dx * step // steps, dy * step // steps)
            last = step == steps
            touches(self.top).move(0, self.at, self.top).commit(last)
            if not last:
                QApplication.sendPostedEvents()

    def lift(self, then_wait: bool = True) -> None:
        """Lift the finger; *then_wait* False: without letting Qt run on (a glide would begin)."""
        touches(self.top).release(0, self.at, self.top).commit(then_wait)


def twenty_visits_map(path):
    """A family's map with twenty weekly visits (the first called "Intake"), saved to *path*."""
    import datetime

    from ecomap_desktop.io.mapfile import save_document
    from ecomap_desktop.model.document import Document

    doc = Document("Rivera family")
    day = datetime.date(2025, 1, 6)
    doc.set_visit(doc.current_visit().id, date=day.isoformat(), label="Intake")
    for _ in range(19):
        day += datetime.timedelta(days=7)
        doc.start_visit(day.isoformat(), "")
    save_document(doc, path)
    return path
