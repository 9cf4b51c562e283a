"""The canvas's legend and its "more map" arrows, reached from the keyboard and by a screen reader as a
mouse or a finger reaches them: Shift+L opens the folded legend over the map (and folds it), the
reader finds the legend among the canvas's children and hears its entries; Alt and an arrow key show
more of the map as the arrows at the edges do, and the arrows are named among the canvas's children."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleAnnouncementEvent, QKeySequence

from ecomap_desktop.ui.editor import more_map
from ecomap_desktop.ui.widgets import announce as speech
from readable_support import EXAMPLES, legend_on_screen, open_map
from window_support import wait_settled

RIVERA = EXAMPLES / "01-rivera-family.ecomap"
CASELOAD = EXAMPLES / "02-agency-caseload-map.ecomap"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description
ENTRIES = ["Strong connection", "Ordinary connection", "Weak or distant connection", "Stressful connection",
           "Arrow: the way support flows"]


@pytest.fixture
def said(monkeypatch):
    """What the app announces, as if a screen reader were listening."""
    words: list[str] = []
    monkeypatch.setattr(speech, "screen_reader_active", lambda: True)
    monkeypatch.setattr(speech, "send", lambda event: words.append(event.message()) if isinstance(
        event, QAccessibleAnnouncementEvent) else None)
    return words


def _children(view) -> list:
    canvas = QAccessible.queryAccessibleInterface(view)
    return [canvas.child(i) for i in range(canvas.childCount())]


def _legend_child(view):
    found = [child for child in _children(view) if child is not None and child.text(NAME) == "Legend"]
    assert len(found) <= 1
    return found[0] if found else None


def _folded(qtbot, window):
    view, legend = window.view, window.scene.legend_item()
    for _ in range(4):  # zoomed in, the whole legend would cover the map: it folds to its title
        qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
    qtbot.waitUntil(lambda: legend.fold() == "folded")
    return view, legend


def test_shift_l_opens_the_folded_legend_over_the_map_and_says_what_it_means(qtbot, own_copy, said):
    window = open_map(qtbot, own_copy(RIVERA))
    view, legend = _folded(qtbot, window)
    said.clear()
    qtbot.keyClick(view, Qt.Key.Key_L, SHIFT)
    assert legend.fold() == "open" and view.legend_placer().opened_by_hand()  # as a click on its title
    assert QRectF(view.viewport().rect()).contains(legend_on_screen(window))
    assert said == [". ".join(["Legend", *ENTRIES])]
    qtbot.keyClick(view, Qt.Key.Key_L, SHIFT)
    assert legend.fold() == "folded" and not view.legend_placer().opened_by_hand()
    assert said[-1] == "The legend is folded."
    assert window.undo_stack.count() == 0 and window.document.node_count() > 1  # no edit, no one added


def test_shift_l_shows_a_legend_switched_off(qtbot, own_copy):
    window = open_map(qtbot, own_copy(RIVERA))
    window.actions.show_legend.setChecked(False)
    assert not window.scene.legend_visible()
    qtbot.keyClick(window.view, Qt.Key.Key_L, SHIFT)
    assert window.actions.show_legend.isChecked() and window.scene.legend_visible()
    assert window.scene.legend_item().fold() == "open"


def test_the_view_menu_offers_the_legend_and_the_arrows_with_their_keys(qtbot, own_copy):
    window = open_map(qtbot, own_copy(RIVERA))
    keys = {action.text().replace("&", ""): action.shortcut().toString()
            for menu in (window.actions.view_menu, window.map_keys.more_menu) for action in menu.actions()}
    assert keys["Open or fold the legend"] == "Shift+L"
    assert [keys[f"Show more {way}"] for way in ("to the left", "to the right", "above", "below")] == [
        "Alt+Left", "Alt+Right", "Alt+Up", "Alt+Down"]
    assert window.map_keys.more_menu.menuAction() in window.actions.view_menu.actions()


def test_a_screen_reader_finds_the_legend_on_the_canvas_reads_it_and_opens_it(qtbot, own_copy):
    window = open_map(qtbot, own_copy(RIVERA))
    view, legend = _folded(qtbot, window)
    child = _legend_child(view)
    assert child is not None and child.isValid()
    assert child.text(DESCRIPTION) == ". ".join(ENTRIES)  # read even while folded to its title
    assert child.state().collapsed and not child.state().expanded
    canvas = QAccessible.queryAccessibleInterface(view)
    assert canvas.indexOfChild(child) == canvas.childCount() - 1  # after the people and lines
    assert child.rect().contains(view.viewport().mapToGlobal(legend_on_screen(window).center().toPoint()))
    actions = child.actionInterface()
    press = QAccessibleActionInterface.pressAction()
    assert actions.actionNames() == [press] and actions.keyBindingsForAction(press) == [
        QKeySequence("Shift+L").toString(QKeySequence.SequenceFormat.NativeText)]
    actions.doAction(press)
    assert legend.fold() == "open" and child.state().expanded
    window.actions.show_legend.setChecked(False)  # switched off: nothing left to read
    assert _legend_child(view) is None


def _parent_view_scrolling(qtbot, path):
    window = open_map(qtbot, path, 1280, 720)
    with qtbot.waitSignal(window.view.zoom_changed):
        window.conversation.parent_view.action.trigger()
    view = window.view
    qtbot.waitUntil(lambda: any(arrow.isVisible() for arrow in view.more_arrows().values()))
    wait_settled(qtbot, view)  # and no refit or legend move still to come (the bars grow after the fit)
    return window, view


def test_alt_and_an_arrow_key_show_more_of_the_map_as_the_arrows_do(qtbot, own_copy):
    window, view = _parent_view_scrolling(qtbot, own_copy(CASELOAD))
    side = next(side for side in ("down", "right", "up", "left") if view.more_arrows()[side].isVisible())
    key = {"left": Qt.Key.Key_Left, "right": Qt.Key.Key_Right, "up": Qt.Key.Key_Up, "down": Qt.Key.Key_Down}

    def centre():
        return view.mapToScene(view.viewport().rect().center())

    start = centre()
    qtbot.mouseClick(view.more_arrows()[side], Qt.MouseButton.LeftButton)
    by_arrow = centre() - start
    assert not by_arrow.isNull()  # more of the map came in
    back = {"left": "right", "right": "left", "up": "down", "down": "up"}[side]
    qtbot.keyClick(view, key[back], ALT)
    assert centre() == start  # the other way, as far
    qtbot.keyClick(view, key[side], ALT)
    assert centre() - start == by_arrow  # the same step as the arrow's
    assert window.scene.selected_node_ids() == [] and window.undo_stack.count() == 0  # nothing moved
    tip = view.more_arrows()[side].toolTip()
    assert tip.endswith(f"({window.map_keys.more_actions[side].shortcut().toString()})")


def test_the_arrows_are_named_among_the_canvas_children_while_shown(qtbot, own_copy):
    window, view = _parent_view_scrolling(qtbot, own_copy(CASELOAD))
    names = {child.text(NAME): child for child in _children(view) if child is not None}
    for side, arrow in view.more_arrows().items():
        way = {"left": "to the left", "right": "to the right", "up": "above", "down": "below"}[side]
        name = f"More of the map {way}"
        assert (name in names) == arrow.isVisible()
        if arrow.isVisible():
            keys = QKeySequence(more_map.SIDE_KEYS[side]).toString(QKeySequence.SequenceFormat.NativeText)
            assert names[name].role() == QAccessible.Role.Button
            assert names[name].text(DESCRIPTION) == f"Scrolls the map to show it. Shortcut: {keys}"
            names[name].actionInterface().doAction(QAccessibleActionInterface.pressAction())
            assert window.undo_stack.count() == 0


def test_alt_and_an_arrow_key_say_so_where_the_map_shows_whole(qtbot, own_copy, said):
    window = open_map(qtbot, own_copy(RIVERA))
    window.view.zoom_to_fit()
    said.clear()
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
        before = window.view.mapToScene(window.view.viewport().rect().center())
        qtbot.keyClick(window.view, key, ALT)
        assert window.view.mapToScene(window.view.viewport().rect().center()) == before
    assert said == ["The map shows whole that way."] * 4
    assert window.statusBar().currentMessage() == "The map shows whole that way."


def test_a_capital_l_typed_in_a_name_is_a_letter_not_the_legend(qtbot, own_copy):
    window = open_map(qtbot, own_copy(RIVERA))
    view, legend = _folded(qtbot, window)
    window.scene.select_ids([window.document.centre_id])
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert window.scene.is_editing_label()
    qtbot.keyClick(view, Qt.Key.Key_L, SHIFT)  # the name was all selected: the letter replaces it
    assert legend.fold() == "folded"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.document.node(window.document.centre_id)["label"].upper() == "L"  # QTest's text is "l"


def test_the_arrows_are_named_in_the_language_installed_after_them(qtbot, own_copy):
    """The arrows are made with the window; a language installed after (as Settings does for the
    next start, and tests do) reached the canvas's people but left the arrows' words in English."""
    from ecomap_desktop import i18n

    window = open_map(qtbot, own_copy(RIVERA))
    arrow = window.view.more_arrows()["left"]
    reader = QAccessible.queryAccessibleInterface(arrow)
    assert reader.text(NAME) == "More of the map to the left"
    try:
        i18n.install("es")
        qtbot.waitUntil(lambda: reader.text(NAME) == "Hay más mapa a la izquierda")
        assert reader.text(DESCRIPTION).startswith("Desplaza el mapa para mostrarlo. Atajo: ")
        assert arrow.toolTip().startswith("Hay más mapa a la izquierda: elija esta flecha para verlo (")
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: reader.text(NAME) == "More of the map to the left")


def test_the_canvas_is_described_in_the_language_installed_after_it(qtbot, own_copy):
    """As the arrows: the canvas's description (what it is and its keys) follows a language installed
    after the window was made, and a past visit's keeps its own words."""
    from ecomap_desktop import i18n

    window = open_map(qtbot, own_copy(RIVERA))
    view = window.view
    assert view.accessibleDescription().startswith("The map. Tab goes through the people and groups")
    try:
        i18n.install("es")
        qtbot.waitUntil(lambda: view.accessibleDescription().startswith("El mapa. Tab pasa por las personas"))
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: view.accessibleDescription().startswith("The map. Tab goes through"))
