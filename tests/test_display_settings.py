"""High contrast and text size: what they change on the canvas and in the panels, that they are
remembered, and that the text size and the parent view's bigger text multiply rather than fight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSettings
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from ecomap_desktop import style
from ecomap_desktop.ui.dialogs import questions as dialogs
from ecomap_desktop.ui.window.conversation import PARENT_TEXT_SCALE
from ecomap_desktop.ui.main_window import MainWindow


def _window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch):
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda parent, name: "discard")


@pytest.fixture
def window(qtbot):
    return _window(qtbot)


@pytest.fixture
def small_map(window):
    doc = window.document
    doc.set_node(doc.centre_id, {"label": "Rivera family"})
    rosa = doc.add_node({"label": "Grandma Rosa", "category": "family", "x": 0.0, "y": -220.0})
    line = doc.add_edge(rosa, doc.centre_id, {"strength": "strong", "colour": "#d55e00"})
    return rosa, line


def _render(window, item) -> QImage:
    rect = item.sceneBoundingRect()
    image = QImage(int(rect.width()) + 2, int(rect.height()) + 2, QImage.Format.Format_RGB32)
    image.fill(QColor("#808080"))
    painter = QPainter(image)
    window.scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def _count(image: QImage, colour: str) -> int:
    wanted = QColor(colour).rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == wanted)


def test_the_view_menu_offers_high_contrast_and_text_sizes(window):
    display = window.accessibility.display
    menu_actions = window.actions.view_menu.actions()
    assert display.high_contrast_action in menu_actions
    sizes = window.accessibility.text_size_menu
    assert sizes.menuAction() in menu_actions
    assert [a.text().replace("&", "") for a in sizes.actions()] == ["Normal", "Large", "Larger"]
    assert display.text_size_actions["normal"].isChecked() and not display.high_contrast_action.isChecked()


def test_high_contrast_changes_the_drawing_and_the_panels(window, small_map):
    rosa, line = small_map
    scene, display = window.scene, window.accessibility.display
    node, edge = scene.node_item(rosa), scene.edge_item(line)
    assert node.fill_colour() == style.CATEGORY_FILLS["family"]
    assert edge.line_pen().color().name() == "#d55e00"
    standard_width = edge.line_pen().widthF()
    assert _count(_render(window, node), "#000000") == 0  # dark grey outline and text, not black

    display.high_contrast_action.trigger()
    assert scene.high_contrast() and display.high_contrast()
    assert node.fill_colour() == "#ffffff"
    assert scene.node_item(window.document.centre_id).fill_colour() == "#ffffff"
    assert edge.line_pen().color().name() == "#000000"
    assert edge.line_pen().widthF() == pytest.approx(standard_width * style.HIGH_CONTRAST.line_width_scale)
    assert scene.backgroundBrush().color().name() == "#ffffff"
    assert _count(_render(window, node), "#000000") > 200  # thick black outline and pure black text
    assert window.palette().color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert window.properties.palette().color(QPalette.ColorRole.Base).name() == "#ffffff"
    for panel in (window.actions.toolbar, window.conversation.guide, window.accessibility.list_panel):
        assert panel.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"  # reaches the panels
        assert panel.palette().color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert window.palette().color(QPalette.ColorRole.Highlight).name() == "#00007a"

    # New people and lines arrive in high contrast too, and the map itself never changes.
    ana = window.document.add_node({"label": "Ana", "category": "friend"})
    assert scene.node_item(ana).fill_colour() == "#ffffff"
    assert window.document.edge(line)["colour"] == "#d55e00" and window.undo_stack.count() == 0

    display.high_contrast_action.trigger()
    assert not scene.high_contrast()
    assert node.fill_colour() == style.CATEGORY_FILLS["family"]
    assert scene.node_item(ana).fill_colour() == style.CATEGORY_FILLS["friend"]
    assert edge.line_pen().color().name() == "#d55e00" and edge.line_pen().widthF() == standard_width
    assert scene.backgroundBrush().color().name() == style.CANVAS_BACKGROUND
    assert window.palette().color(QPalette.ColorRole.Highlight) == QApplication.palette().color(
        QPalette.ColorRole.Highlight)


def test_text_size_scales_canvas_labels_and_panels(window, small_map):
    rosa, _line = small_map
    scene, display = window.scene, window.accessibility.display
    window.view.set_zoom(1.0)
    base_font = window.font().pointSizeF()
    text = scene.node_item(rosa).text_rect()
    legend = scene.legend_item().scale()

    display.text_size_actions["large"].trigger()
    assert scene.text_scale() == 1.25 and display.text_scale() == 1.25
    assert scene.node_item(rosa).text_rect().height() == pytest.approx(text.height() * 1.25)
    assert scene.legend_item().scale() == pytest.approx(legend * 1.25)
    assert window.font().pointSizeF() == pytest.approx(base_font * 1.25)
    table = window.accessibility.list_panel.people_view
    assert table.font().pointSizeF() == pytest.approx(base_font * 1.25)
    heading = window.accessibility.list_panel.people_heading
    assert heading.font().pointSizeF() > table.font().pointSizeF()  # headings stay in proportion

    scene.edit_label(rosa)  # the name being typed is as large as the name drawn
    assert scene.label_editor().scale() == pytest.approx(1.25)
    scene.cancel_label_edit()

    display.text_size_actions["larger"].trigger()
    assert scene.node_item(rosa).text_rect().height() == pytest.approx(text.height() * 1.5)
    display.text_size_actions["normal"].trigger()
    assert scene.node_item(rosa).text_rect().height() == pytest.approx(text.height())
    assert window.font().pointSizeF() == pytest.approx(base_font)


def test_a_larger_legend_still_fits_in_its_corner(window, small_map, qtbot):
    view, legend = window.view, window.scene.legend_item()
    window.accessibility.display.set_text_scale(1.5)
    view.zoom_to_fit()
    qtbot.waitUntil(lambda: legend.scale() == 1.5)
    top_left = view.mapFromScene(legend.pos())
    bottom = top_left.y() + legend.boundingRect().height() * legend.scale()
    assert top_left.y() >= 0 and bottom <= view.viewport().height() - 5


def test_zoomed_out_labels_grow_on_top_of_the_text_size(window, small_map):
    scene, display = window.scene, window.accessibility.display
    window.view.set_zoom(0.3)
    zoom_boost = scene.text_boost()
    assert zoom_boost > 1.0
    display.set_text_scale(1.5)
    assert scene.text_boost() >= 1.5
    assert scene.text_boost() <= 1.5 * style.LABEL_MAX_BOOST
    window.view.set_zoom(1.0)
    assert scene.text_boost() == pytest.approx(1.5)


def test_text_size_and_parent_view_multiply(window, small_map):
    display, parent_view = window.accessibility.display, window.conversation.parent_view
    base_font = window.font().pointSizeF()
    window.view.set_zoom(1.0)
    display.set_text_scale(1.25)
    parent_view.action.trigger()
    assert window.font().pointSizeF() == pytest.approx(base_font * 1.25 * PARENT_TEXT_SCALE)
    # The names on the canvas grow too: the parent view is for the parent to read the map.
    assert window.scene.text_scale() == pytest.approx(1.25 * PARENT_TEXT_SCALE)
    display.set_text_scale(1.5)  # changed while the parent view is on: both still count
    assert window.font().pointSizeF() == pytest.approx(base_font * 1.5 * PARENT_TEXT_SCALE)
    assert window.scene.text_scale() == pytest.approx(1.5 * PARENT_TEXT_SCALE)
    parent_view.action.trigger()
    assert window.font().pointSizeF() == pytest.approx(base_font * 1.5)
    assert window.scene.text_scale() == 1.5
    display.set_text_scale(1.0)
    assert window.font().pointSizeF() == pytest.approx(base_font)


def test_display_settings_are_remembered(qtbot):
    first = _window(qtbot)
    assert QSettings().value("view/high_contrast") is None and QSettings().value("view/text_scale") is None
    first.accessibility.display.high_contrast_action.trigger()
    first.accessibility.display.text_size_actions["larger"].trigger()
    assert str(QSettings().value("view/high_contrast")).lower() == "true"
    assert float(QSettings().value("view/text_scale")) == 1.5
    base = QApplication.font().pointSizeF()
    first.close()

    second = _window(qtbot)
    display = second.accessibility.display
    assert display.high_contrast_action.isChecked() and second.scene.high_contrast()
    assert display.text_size_actions["larger"].isChecked() and second.scene.text_scale() == 1.5
    assert second.font().pointSizeF() == pytest.approx(base * 1.5)
    assert second.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"
    display.high_contrast_action.trigger()
    display.text_size_actions["normal"].trigger()
    second.close()

    third = _window(qtbot)
    assert not third.scene.high_contrast() and third.scene.text_scale() == 1.0
    third.close()


def test_a_hand_edited_text_size_is_brought_back_to_an_offered_one(qtbot):
    QSettings().setValue("view/text_scale", "40")
    window = _window(qtbot)
    assert window.scene.text_scale() == max(style.TEXT_SCALES.values())
    QSettings().setValue("view/text_scale", "not a number")
    other = _window(qtbot)
    assert other.scene.text_scale() == 1.0
