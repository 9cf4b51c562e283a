"""The guide and summary in the window, and the parent view: what it hides, enlarges and renames,
that leaving it restores the worker's layout, and that it is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from ecomap_desktop.ui.main_window import MainWindow


def _window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot):
    return _window(qtbot)


def test_guide_and_summary_sit_beside_details(window):
    conv = window.conversation
    tabbed = window.tabifiedDockWidgets(window.details_dock)
    assert conv.guide_dock in tabbed and conv.insights_dock in tabbed
    assert conv.guide.isVisible()  # the visit starts with the conversation
    view_menu = window.actions.view_menu.actions()
    assert conv.parent_view.action in view_menu
    assert conv.guide_dock.toggleViewAction() in view_menu
    assert conv.insights_dock.toggleViewAction() in view_menu
    assert conv.parent_view.action in window.actions.toolbar.actions()


def test_quick_add_in_the_window_adds_on_the_canvas(window, qtbot):
    guide = window.conversation.guide
    guide.show_step("people")
    guide.quick_add_buttons[("person", "friend")].click()
    (node_id,) = [n for n in window.document.node_ids() if n != window.document.centre_id]
    assert window.document.node(node_id)["category"] == "friend"
    assert window.scene.selected_node_ids() == [node_id] and window.scene.is_editing_label()
    assert window.isWindowModified()
    window.undo_stack.undo()
    assert window.document.node_ids() == [window.document.centre_id] and not window.isWindowModified()


def test_parent_view_hides_worker_parts_and_enlarges_text(window):
    conv = window.conversation
    conv.insights_dock.raise_()
    assert conv.insights.isVisible()
    worker_size = window.font().pointSizeF()
    worker_heading = conv.guide.commitment_edit.font().pointSizeF()
    picker = window.style_picker.strength_combo
    assert picker.itemText(picker.findData("strong")) == "Strong"

    conv.parent_view.action.trigger()
    assert conv.parent_view.is_on()
    assert not conv.insights_dock.isVisible() and not conv.insights_dock.toggleViewAction().isEnabled()
    assert not conv.guide.worker_notes_edit.isVisible()
    # The steps' notes are the family's (they are printed): only the worker's own notes go away.
    assert conv.guide.notes_edits[conv.guide.current_step()].isVisible()
    # The legend on the map speaks as the toolbar does.
    legend_words = window.scene.legend_item().entry_labels()
    assert "A big help" in legend_words and "Hard going" in legend_words
    assert "Strong connection" not in legend_words
    assert window.font().pointSizeF() > worker_size * 1.2
    assert conv.guide.commitment_edit.font().pointSizeF() > worker_heading * 1.2
    # Inside a style-sheeted frame too.
    assert conv.guide.notes_edits["support"].font().pointSizeF() > worker_size * 1.2
    assert picker.itemText(picker.findData("strong")) == "A big help"
    assert picker.itemText(picker.findData("stressful")) == "Hard going"
    props = window.properties.strength_combo
    assert props.itemText(props.findData("tenuous")) == "Distant"
    person = window.document.add_node({"label": "Ana"})
    window.properties.show_selection([person], [])
    assert not window.properties.notes_edit.isVisibleTo(window.properties)  # notes on people are the worker's

    conv.parent_view.action.trigger()
    assert not conv.parent_view.is_on()
    assert conv.insights_dock.isVisible() and conv.insights.isVisible()  # the worker's front tab is back
    assert conv.insights_dock.toggleViewAction().isEnabled()
    assert window.font().pointSizeF() == worker_size
    assert conv.guide.commitment_edit.font().pointSizeF() == worker_heading
    assert picker.itemText(picker.findData("strong")) == "Strong"
    assert window.properties.notes_edit.isVisibleTo(window.properties)
    assert "Strong connection" in window.scene.legend_item().entry_labels()
    assert window.undo_stack.count() == 0  # a way of looking, not a change to the map


def test_parent_view_is_remembered(qtbot):
    first = _window(qtbot)
    assert QSettings().value("view/parent_view") in (None, False, "false")
    first.conversation.parent_view.action.trigger()
    assert str(QSettings().value("view/parent_view")).lower() == "true"
    first.close()

    second = _window(qtbot)
    conv = second.conversation
    assert conv.parent_view.is_on() and not conv.insights_dock.isVisible()
    assert not conv.guide.worker_notes_edit.isVisible()
    conv.parent_view.action.trigger()  # leaving it shows the usual layout
    assert conv.insights_dock.toggleViewAction().isEnabled()
    assert conv.guide.worker_notes_edit.isVisible()
    assert str(QSettings().value("view/parent_view")).lower() == "false"
    second.close()

    third = _window(qtbot)
    assert not third.conversation.parent_view.is_on()
    third.close()


def test_parent_view_button_in_the_guide(window):
    from PySide6.QtWidgets import QToolButton

    buttons = [b for b in window.conversation.guide.findChildren(QToolButton)
               if b.defaultAction() is window.conversation.parent_view.action]
    assert len(buttons) == 1
    buttons[0].click()
    assert window.conversation.parent_view.is_on()


def test_the_summary_is_made_when_its_tab_is_shown_and_waits_while_another_tab_is(window, qtbot):
    conv, doc = window.conversation, window.document
    assert conv._insights is None  # not made while the guide is in front
    doc.add_node({"label": "Abuela", "category": "family"})
    conv.insights_dock.raise_()
    panel = conv.insights
    assert panel.insights.people == 1  # made on show, from the map as it is
    conv.guide_dock.raise_()
    refreshes = []
    panel.refresh = lambda real=panel.refresh: (refreshes.append(1), real())[1]
    doc.add_node({"label": "Tio", "category": "family"})
    doc.replace_graph(doc.graph_copy())  # opening a map while the summary is behind the guide
    assert not panel.is_pending() and refreshes == []  # no summing up for a tab nobody looks at
    conv.insights_dock.raise_()
    assert refreshes == [1] and panel.insights.people == 2  # brought up to date as it comes back
    doc.add_node({"label": "Prima", "category": "family"})
    qtbot.waitUntil(lambda: panel.insights.people == 3)  # on show: follows edits as before


def test_the_parent_view_fits_the_map_again_clear_of_its_bigger_legend(qtbot):
    from PySide6.QtCore import QPointF

    window = _window(qtbot)
    window.resize(1280, 692)
    scene = window.scene
    for x in range(-600, 601, 200):  # people all over the map, the legend's corner included
        for y in range(-300, 301, 150):
            if (x, y) != (0, 0):
                scene.add_node("person", QPointF(x, y))
                scene.cancel_label_edit()
    window.view.zoom_to_fit()
    legend = window.scene.legend_item()

    def legend_clear() -> bool:
        box = legend.mapRectToScene(legend.boundingRect())
        nodes = [node.mapRectToScene(node.boundingRect()) for node in scene.node_items()]
        return not any(box.intersects(rect) for rect in nodes)

    assert legend_clear()  # the worker's view was fitted clear of the legend
    window.conversation.parent_view.action.trigger()  # names and legend grow
    qtbot.waitUntil(legend_clear)
    window.conversation.parent_view.action.trigger()
    window.undo_stack.setClean()


def _tab_rows(window) -> list[list[str]]:
    """The rows of panel tabs the worker sees along the window's side (Qt's tab bars for tabbed panels)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar

    bars = window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [[bar.tabText(i) for i in range(bar.count())] for bar in bars if bar.isVisible()]


def test_switching_the_parent_view_off_gives_back_one_row_of_tabs_as_it_was(window, qtbot):
    """The worker's panels come back as they were: one row of tabs (a second row, the parent view's,
    stayed on screen a few pixels above it), the same panel in front, the panels as wide."""
    conv = window.conversation
    window.resize(1366, 768)
    conv.guide_dock.raise_()
    qtbot.waitUntil(lambda: conv.guide.isVisible())
    before = _tab_rows(window)
    width = conv.guide_dock.width()
    assert len(before) == 1 and "Summary" in before[0]

    conv.parent_view.action.trigger()
    qtbot.waitUntil(lambda: _tab_rows(window) and "Summary" not in _tab_rows(window)[0])
    conv.parent_view.action.trigger()
    summary_switch = conv.insights_dock.toggleViewAction()
    qtbot.waitUntil(lambda: not conv.parent_view.is_on() and summary_switch.isEnabled())
    qtbot.waitUntil(lambda: conv.guide_dock.width() == width)
    assert _tab_rows(window) == before and conv.guide.isVisible()


def test_a_summary_closed_by_the_worker_stays_closed_after_the_parent_view(window, qtbot):
    conv = window.conversation
    conv.insights_dock.close()
    conv.parent_view.action.trigger()
    conv.parent_view.action.trigger()
    qtbot.waitUntil(lambda: not conv.parent_view.is_on())
    assert not conv.insights_dock.toggleViewAction().isChecked()
    assert len(_tab_rows(window)) == 1 and "Summary" not in _tab_rows(window)[0]
