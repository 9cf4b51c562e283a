"""On a 1366x768 laptop screen the guide's notes are in view without scrolling, for every step of a
new map. The panel is set in the bundled Noto Sans so the test does not depend on the machine's fonts."""

from __future__ import annotations

from ecomap_desktop.model.vocabulary import STEPS
from ecomap_desktop.ui.main_window import MainWindow
from window_support import wait_painted


def test_every_steps_notes_show_without_scrolling_at_768_pixels(qtbot, noto_app_font):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 740)  # a 768-pixel-high screen less the system's panel
    window.show()
    qtbot.waitExposed(window)
    guide = window.conversation.guide
    viewport = guide.scroll_area.viewport()
    for step in STEPS:
        guide.show_step(step)
        wait_painted(qtbot, guide.build_page(step))  # on screen, laid out
        notes = guide.notes_edits[step]
        bottom = notes.mapTo(viewport, notes.rect().bottomLeft()).y()
        assert notes.isVisible() and 0 < bottom <= viewport.height(), (step, bottom, viewport.height())
        assert guide.scroll_area.verticalScrollBar().value() == 0
    # The week's step box is one line until it is used, two while typing in it.
    edit = guide.commitment_edit
    idle = edit.height()
    edit.setFocus()
    qtbot.waitUntil(lambda: edit.height() > idle)
    window.undo_stack.setClean()
