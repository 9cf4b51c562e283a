"""Details, a line selected: the Support box shows its choice whole, however long the two ends' names,
at 1280 x 720 and 1366 x 768, in English and Spanish, in the worker's and the parent's view ("El
apoyo va en ambos sentido" was cut at the box's edge). The window's text is the bundled Noto Sans, so
the test measures the same on every machine."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from ecomap_desktop import i18n
from ecomap_desktop.model.commands import EditEdgeCommand
from ecomap_desktop.ui.main_window import MainWindow
from ecomap_desktop.ui.widgets.wrapping_combo import WrappingComboBox
from window_support import wait_painted

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "01-rivera-family.ecomap"


def _text_fits(combo) -> bool:
    """Whether the chosen text, wrapped, fits the box's field (nothing cut, nothing elided)."""
    field = combo._text_rect() if isinstance(combo, WrappingComboBox) else None
    if field is None:  # a one-line box: the whole text on one line in the box's field
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= field.width()
    from ecomap_desktop.ui.widgets.wrapping_combo import _WRAP

    needed = combo.fontMetrics().boundingRect(QRect(0, 0, field.width(), 100000), _WRAP, combo.currentText())
    return needed.width() <= field.width() and needed.height() <= field.height()


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [(1280, 690), (1366, 738)])  # the screens less the system's panel
@pytest.mark.parametrize("parent_view", [False, True])
def test_the_support_choice_is_whole(qtbot, own_copy, noto_app_font, language, size, parent_view):
    i18n.install(language)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.open_path(str(own_copy(EXAMPLE)))
    if parent_view != window.conversation.parent_view.is_on():
        window.conversation.parent_view.action.trigger()
    doc = window.document
    longest = max(doc.edge_ids(), key=lambda e: sum(len(doc.node(n)["label"]) for n in doc.edge_ends(e)))
    window.details_dock.show()
    window.details_dock.raise_()
    window.scene.select_ids(edge_ids=[longest])
    combo = window.properties.flow_combo
    panel = window.details_dock.widget()
    for flow in ("both", "to_target", "to_source", "none"):
        window.undo_stack.push(EditEdgeCommand(doc, longest, {"flow": flow}))
        qtbot.waitUntil(lambda: combo.currentData() == flow)
        wait_painted(qtbot, panel)  # the layout has given the box its new height: what is on show
        assert _text_fits(combo), (flow, combo.currentText(), combo.size())
        assert combo.toolTip() == combo.currentText()  # the whole words on hovering too
        right = combo.mapTo(panel, combo.rect().topRight()).x()
        assert right < panel.width(), (right, panel.width())
    window.undo_stack.setClean()
