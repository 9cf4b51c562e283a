"""Touch mode going on or off moves nothing a user is looking at: not the map under the finger that
turned it on, not a question a panel has open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from ecomap_desktop.ui import preferences
from ecomap_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win
    preferences.set_touch_mode("auto")
    win.files.undo_stack.setClean()


def _set_touch(window, mode: str) -> None:
    preferences.set_touch_mode(mode)
    window.touch_mode.apply_setting()
    QApplication.processEvents()


def _ask(qtbot, parent) -> QMessageBox:
    """A question from *parent* (a panel), on screen and in front, as a panel asks one."""
    box = QMessageBox(QMessageBox.Icon.Question, "Ecomap", "Remove Jess from the map?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    QApplication.processEvents()
    return box


def test_a_panels_question_opened_in_touch_mode_comes_back_where_the_mouse_opens_it(qtbot, window):
    """A question a panel asked in touch mode came up centred at its fingertip height, and stayed
    there when touch mode went off: 14 px above where it opens with the mouse's sizes."""
    panel = window.details_dock.widget()
    plain = _ask(qtbot, panel)
    own = plain.geometry()
    plain.close()
    _set_touch(window, "on")
    box = _ask(qtbot, panel)
    qtbot.waitUntil(lambda: box.height() > own.height())  # its buttons a fingertip high
    _set_touch(window, "off")
    qtbot.waitUntil(lambda: box.height() == own.height())
    QApplication.processEvents()
    assert box.geometry() == own
