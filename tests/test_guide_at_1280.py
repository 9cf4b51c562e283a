"""At 1280 x 720, in the parent view's bigger text, the guide's quick-add buttons are whole and
inside the panel, in English and in Spanish: two columns of "Escuela, guardería"-long words were
wider than the panel, so the right column and the step's question were cut off at its edge. The
panel is set in the bundled Noto Sans, so the test does not depend on the machine's fonts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from ecomap_desktop import i18n
from ecomap_desktop.ui.main_window import MainWindow
from window_support import wait_painted


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("parent_view", [False, True])
def test_quick_add_buttons_and_words_stay_inside_the_guide(qtbot, noto_app_font, language, parent_view):
    i18n.install(language)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 690)  # a 720-pixel-high screen less the system's panel
    window.show()
    qtbot.waitExposed(window)
    if parent_view:
        window.conversation.parent_view.action.trigger()
    guide = window.conversation.guide
    viewport = guide.scroll_area.viewport()
    for step in ("people", "groups"):
        guide.show_step(step)
        page = guide.build_page(step)
        wait_painted(qtbot, page)  # on screen, laid out
        assert page.width() <= viewport.width(), (step, page.width(), viewport.width())
        for (_kind, _category), button in guide.built_quick_add_buttons.items():
            if not button.isVisibleTo(page):
                continue
            right = button.mapTo(viewport, button.rect().topRight()).x()
            assert right < viewport.width(), (button.text(), right, viewport.width())
            assert button.width() >= button.sizeHint().width(), button.text()  # its words whole
        for label in page.findChildren(QLabel):
            if label.isVisibleTo(page) and label.wordWrap():
                assert label.mapTo(viewport, label.rect().topRight()).x() < viewport.width(), label.text()
