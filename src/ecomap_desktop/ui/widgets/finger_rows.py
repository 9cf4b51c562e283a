"""A table's rows a fingertip high (44 px, as touch mode's other targets) while its window is in
touch mode: a row is what a finger taps to choose, and twice to change a cell."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView, QWidget

# The least height of a row in touch mode (window/touch_mode.py's TOUCH_MIN_TARGET).
TOUCH_ROW = 44


class FingerRows(QObject):
    """Follows the touch mode of *table*'s window from the table's first showing on (a panel is
    often built before it is shown, or after touch mode came on). *resized* is called after the rows
    change height (a table sized to its rows fits them again)."""

    def __init__(self, table: QTableView, resized: Callable[[], None] | None = None) -> None:
        super().__init__(table)  # goes with the table
        self._resized = resized
        self._own: tuple[int, int] | None = None  # the rows' least and usual heights, while enlarged
        table.installEventFilter(self)

    def _table(self) -> QTableView:
        return self.parent()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            mode = _touch_mode_of(watched)
            if mode is not None:
                mode.changed.connect(self.set_touch)
                self.set_touch(mode.is_on())
        return False

    def set_touch(self, on: bool) -> None:
        header = self._table().verticalHeader()
        if on and self._own is None:
            self._own = (header.minimumSectionSize(), header.defaultSectionSize())
            header.setMinimumSectionSize(max(TOUCH_ROW, self._own[0]))  # every row, made now or later
        elif not on and self._own is not None:
            least, usual = self._own
            self._own = None
            header.setMinimumSectionSize(least)
            header.setDefaultSectionSize(usual)
        else:
            return
        if self._resized is not None:
            self._resized()


def _touch_mode_of(widget: QWidget) -> QObject | None:
    """The TouchMode of the main window *widget* is in, also when its panel floats in a window of its
    own (a floated dock is still the main window's child)."""
    window = widget.window()
    while window is not None:
        mode = getattr(window, "touch_mode", None)
        if mode is not None:
            return mode
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    return None
