"""New connections start ordinary with no arrow, and the arrow's choices are named in words for the
selected connection."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from window_support import on_screen, open_window as _window


def _choose(qtbot, combo, data) -> None:
    """Open the combo's list with the mouse and pick the item holding *data* with the keys, once the
    list is on screen (window_support.on_screen)."""
    def pick():
        view = combo.view()
        if not view.isVisible() or not on_screen(view):
            QTimer.singleShot(20, pick)
            return
        view.setCurrentIndex(combo.model().index(combo.findData(data), 0))
        qtbot.keyClick(view, Qt.Key.Key_Return)
    QTimer.singleShot(50, pick)
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not combo.view().isVisible())


def _name_selected(qtbot, window, name: str) -> None:
    """Type the selected one's name in the Details panel, as a user would."""
    edit = window.properties.label_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, name)


def _person(qtbot, window, name: str) -> str:
    node = window.scene.add_node("person", category="friend")
    window.scene.cancel_label_edit()
    _name_selected(qtbot, window, name)
    return node


def test_a_new_connection_starts_ordinary_with_no_arrow_whatever_the_last_one_was(qtbot):
    window = _window(qtbot)
    doc, picker = window.document, window.style_picker
    window.scene.select_ids([doc.centre_id])
    _name_selected(qtbot, window, "Okafor family")
    ada, bola = _person(qtbot, window, "Ada"), _person(qtbot, window, "Bola")

    window.scene.select_ids([ada, doc.centre_id])
    window.actions.connect.trigger()
    (first,) = window.scene.selected_edge_ids()
    _choose(qtbot, picker.strength_combo, "strong")
    _choose(qtbot, picker.flow_combo, "to_target" if doc.edge(first)["target"] == doc.centre_id
            else "to_source")
    assert doc.edge(first)["strength"] == "strong"
    assert picker.flow_combo.currentText() == "Support comes to Okafor family"

    window.scene.select_ids([bola, doc.centre_id])
    window.actions.connect.trigger()
    (second,) = window.scene.selected_edge_ids()
    assert (doc.edge(second)["strength"], doc.edge(second)["flow"]) == ("moderate", "none")
    assert picker.strength_combo.currentData() == "moderate" and picker.flow_combo.currentData() == "none"

    # With nothing selected the picker shows the new line's start and a pick changes nothing.
    window.scene.select_ids()
    assert picker.current_style() == ("moderate", "none", None)
    _choose(qtbot, picker.strength_combo, "stressful")
    assert "Select a line" in window.statusBar().currentMessage()
    assert picker.strength_combo.currentData() == "moderate"
    assert {doc.edge(e)["strength"] for e in doc.edge_ids()} == {"strong", "moderate"}
    window.undo_stack.setClean()


def test_the_arrow_choices_say_which_way_in_words_for_the_selected_line(qtbot):
    window = _window(qtbot)
    doc, picker = window.document, window.style_picker
    window.scene.select_ids([doc.centre_id])
    _name_selected(qtbot, window, "Okafor family")
    ada, bola = _person(qtbot, window, "Ada"), _person(qtbot, window, "Bola")
    family_line = window.scene.connect_nodes(ada, doc.centre_id)
    window.scene.select_ids(edge_ids=[family_line])
    words = {picker.flow_combo.itemData(i): picker.flow_combo.itemText(i) for i in range(4)}
    assert words == {"none": "No arrow", "to_target": "Support comes to Okafor family",
                     "to_source": "Support goes from Okafor family", "both": "Both ways"}
    # The words are also each choice's tooltip and what a screen reader says.
    index = picker.flow_combo.findData("to_source")
    assert picker.flow_combo.itemData(index, Qt.ItemDataRole.ToolTipRole) == "Support goes from Okafor family"
    assert picker.flow_combo.itemData(index, Qt.ItemDataRole.AccessibleTextRole) == words["to_source"]
    _choose(qtbot, picker.flow_combo, "to_source")
    assert doc.edge(family_line)["flow"] == "to_source"
    assert picker.flow_combo.toolTip() == "Support goes from Okafor family"
    # The family drawn as the line's start end: the words still speak of the family.
    other = window.scene.connect_nodes(doc.centre_id, bola)
    window.scene.select_ids(edge_ids=[other])
    assert picker.flow_combo.itemText(picker.flow_combo.findData("to_target")) == \
        "Support goes from Okafor family"
    # A line between two friends is seen from its start.
    friends = window.scene.connect_nodes(ada, bola)
    window.scene.select_ids(edge_ids=[friends])
    assert picker.flow_combo.itemText(picker.flow_combo.findData("to_source")) == "Support comes to Ada"
    # Nothing selected: the general words again.
    window.scene.select_ids()
    assert picker.flow_combo.itemText(picker.flow_combo.findData("to_target")) == "Arrow one way"
    window.undo_stack.setClean()


def test_the_arrow_and_colour_boxes_show_their_whole_picture(qtbot):
    window = _window(qtbot)
    for combo in (window.style_picker.flow_combo, window.style_picker.colour_combo):
        assert combo.width() >= combo.iconSize().width() + 16, combo.accessibleName()
    window.undo_stack.setClean()


def test_the_arrow_and_colour_boxes_are_drawn_and_sized_as_the_style_draws_a_picture_with_no_words(qtbot):
    """Qt draws the arrow and colour boxes itself (no QStyle from Python at start): what is drawn is
    the style's box with the chosen picture and no words, as wide as the style makes a box for the
    picture, while the box still says its choice in words to a screen reader and in its list."""
    from PySide6.QtCore import QPoint, QSize
    from PySide6.QtGui import QImage, QRegion
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter, QWidget

    window = _window(qtbot)
    for combo in (window.style_picker.flow_combo, window.style_picker.colour_combo):
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        assert option.currentText == "" and not option.currentIcon.isNull()
        assert combo.currentText() == combo.itemText(combo.currentIndex()) != ""
        icon = combo.iconSize()
        words = max(icon.height(), combo.fontMetrics().height())
        expected = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                                  QSize(icon.width() + 4, words), combo)
        assert combo.sizeHint().width() == expected.width(), combo.accessibleName()
        # The style's own drawing of that option, as the box drew itself before it left this to Qt.
        drawn = QImage(combo.size(), QImage.Format.Format_ARGB32_Premultiplied)
        drawn.fill(0)
        painter = QStylePainter(drawn, combo)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()
        shown = QImage(combo.size(), QImage.Format.Format_ARGB32_Premultiplied)
        shown.fill(0)
        combo.render(shown, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)  # no window background
        assert shown == drawn, combo.accessibleName()
    window.undo_stack.setClean()
