"""What a screen reader gets, read through Qt's QAccessible API (what the AT-SPI and UI Automation
bridges read): the canvas's people, groups and connections as named children, focus and selection in
step with them, announcements for changes made without a focus move, and names the bridges keep
for the window, the menus, the drop-downs, the guide and the list."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from canvas_support import activate
from compare_support import THREE_VISITS
from ecomap_desktop.ui.main_window import MainWindow
from ecomap_desktop.ui.widgets import announce as speech
from reader_support import each_panel
from window_support import on_screen

NAME = QAccessible.Text.Name


def _iface(obj):
    return QAccessible.queryAccessibleInterface(obj)


@pytest.fixture
def heard(monkeypatch):
    """What the app hands the accessibility bridge, as if a screen reader were listening:
    (event type, name of the object it is about, announced words)."""
    events: list[tuple[QAccessible.Event, str, str]] = []

    def record(event):
        iface = event.accessibleInterface()
        message = event.message() if isinstance(event, QAccessibleAnnouncementEvent) else ""
        events.append((event.type(), iface.text(NAME) if iface is not None else "", message))

    monkeypatch.setattr(speech, "screen_reader_active", lambda: True)
    monkeypatch.setattr(speech, "send", record)
    return events


def _rivera(window):
    """The centre, Jess (a friend, strong, both ways), a clinic (a group) and a line between them."""
    doc = window.document
    doc.set_node(doc.centre_id, {"label": "Rivera family"})
    jess = doc.add_node({"label": "Jess", "category": "friend", "x": 0.0, "y": -200.0, "ring": "closest",
                         "support": ["emotional"]})
    clinic = doc.add_node({"label": "Clinic", "kind": "group", "category": "health", "x": 200.0, "y": 0.0})
    to_jess = doc.add_edge(jess, doc.centre_id, {"strength": "strong", "flow": "both"})
    between = doc.add_edge(jess, clinic, {"strength": "tenuous"})
    return jess, clinic, to_jess, between


def _three_visits(qtbot, tmp_path) -> MainWindow:
    """A window on show with a copy of the three-visit example open (made in the language installed)."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    copy = tmp_path / "rivera.ecomap"
    shutil.copy(THREE_VISITS, copy)
    assert window.open_path(str(copy))
    return window


def _names(iface) -> list[str]:
    return [iface.child(i).text(NAME) for i in range(iface.childCount())]


def test_the_window_and_its_menus_are_named_for_themselves(window):
    assert _iface(window).text(NAME) == window.windowTitle().replace("[*]", "")  # "Untitled map — ..."
    assert "Parent view" not in _iface(window).text(NAME)
    actions = window.actions
    menus = (actions.file_menu, actions.edit_menu, actions.map_menu, actions.view_menu, actions.help_menu)
    assert [_iface(menu).text(NAME) for menu in menus] == ["File", "Edit", "Map", "View", "Help"]
    # The toolbar's buttons still say what they do.
    toolbar_names = {_iface(w).text(NAME) for w in actions.toolbar.findChildren(QToolButton)}
    assert {"Add person", "Delete", "Undo", "Whole map", "Parent view"} <= toolbar_names


def test_the_canvas_lists_its_people_groups_and_connections(window):
    jess, clinic, to_jess, between = _rivera(window)
    canvas = _iface(window.view)
    assert canvas.role() == QAccessible.Role.List
    assert canvas.text(NAME) == "The eco-map"
    assert canvas.childCount() == 6  # three nodes, then two connections, then the legend
    names = _names(canvas)
    assert names[0].startswith("Rivera family, the family in the centre, one connection")
    assert names[1] == ("Jess, Friend, strong connection to the centre, support flows both ways, "
                        "one other connection")
    assert names[2].startswith("Clinic, Group or organisation, Health, not connected to the centre")
    assert names[3] == "Jess and Rivera family: strong connection. Support flows both ways."
    assert names[4].startswith("Jess and Clinic: weak or distant connection.")
    assert names[5] == "Legend"
    for index in range(canvas.childCount()):
        child = canvas.child(index)
        assert child.role() == QAccessible.Role.ListItem
        assert canvas.indexOfChild(child) == index
        assert child.parent().text(NAME) == "The eco-map"
        if index < 5:  # the people and lines; the legend is read, opened and folded, never selected
            assert child.state().focusable and child.state().selectable
    jess_item = canvas.child(1)
    assert jess_item.text(QAccessible.Text.Description) == "Circle: Closest. Support: Emotional"

    # Where Jess is on the screen: inside the canvas, and asking there finds her.
    view_rect = canvas.rect()
    where = jess_item.rect()
    assert view_rect.contains(where.center()) and where.width() > 20
    assert canvas.childAt(where.center().x(), where.center().y()).text(NAME) == names[1]


def test_the_canvas_children_follow_the_map(window, qtbot):
    jess, clinic, to_jess, between = _rivera(window)
    doc, scene, stack = window.document, window.scene, window.undo_stack
    canvas = _iface(window.view)
    jess_item = canvas.child(1)
    doc.set_node(jess, {"label": "Jessica"})
    assert jess_item.text(NAME).startswith("Jessica, Friend")
    assert canvas.child(3).text(NAME).startswith("Jessica and Rivera family")

    doc.move_nodes({jess: (-200.0, 50.0)})  # Jess to 8 o'clock: the clinic (3 o'clock) now comes first
    qtbot.waitUntil(lambda: canvas.child(1).text(NAME).startswith("Clinic"))
    assert canvas.child(2).text(NAME).startswith("Jessica") and canvas.indexOfChild(jess_item) == 2

    scene.select_ids([clinic])
    scene.delete_selected()  # the clinic and its line
    assert canvas.childCount() == 4  # and the legend
    assert not any(name.startswith("Clinic") for name in _names(canvas))
    stack.undo()
    assert canvas.childCount() == 6
    assert any(name.startswith("Clinic, Group") for name in _names(canvas))

    scene.add_node("person")
    scene.commit_label_edit()
    assert canvas.childCount() == 7
    assert "New person, Other, not connected to the centre" in _names(canvas)

    doc.replace_graph(doc.graph_copy())  # a whole map arriving (an Open): the reader asks afresh
    assert canvas.childCount() == 7 and canvas.child(1).text(NAME)


def test_tab_on_the_canvas_moves_the_reader_with_the_selection(window, qtbot, heard):
    jess, clinic, _to_jess, _between = _rivera(window)
    canvas = _iface(window.view)
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    window.scene.select_ids()
    heard.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)  # the centre
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)  # Jess
    focus = [name for kind, name, _ in heard if kind == QAccessible.Event.Focus]
    assert focus[0].startswith("Rivera family") and focus[-1].startswith("Jess, Friend")
    jess_item = canvas.child(1)
    assert jess_item.state().focused and jess_item.state().selected
    assert not canvas.child(0).state().focused
    assert canvas.focusChild().text(NAME) == jess_item.text(NAME)

    # Clicking a line selects it: the reader hears the line.
    heard.clear()
    window.scene.select_ids(edge_ids=[_to_jess])
    assert [name for kind, name, _ in heard if kind == QAccessible.Event.Focus] == [
        "Jess and Rivera family: strong connection. Support flows both ways."]

    # Focus arriving on the canvas from elsewhere: the view first (Qt), then the node the keys act on.
    window.scene.select_ids([clinic])
    window.properties.title_edit.setFocus()
    heard.clear()
    window.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: any(kind == QAccessible.Event.Focus for kind, _, _ in heard))
    assert [name for kind, name, _ in heard if kind == QAccessible.Event.Focus][-1].startswith("Clinic")


def test_changes_without_a_focus_move_are_announced(window, qtbot, heard):
    jess, clinic, _to_jess, _between = _rivera(window)
    assert len(_names(_iface(window.view))) == 6  # the reader has met every item (and the legend)
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    window.scene.select_ids([clinic])
    heard.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    said = [message for kind, _, message in heard if kind == QAccessible.Event.Announcement]
    assert said == ["Delete Clinic"]
    gone = [kind for kind, _, _ in heard if kind == QAccessible.Event.ObjectDestroyed]
    assert len(gone) == 2  # the clinic and its line leave the reader's list

    heard.clear()
    window.actions.undo.trigger()
    window.actions.redo.trigger()
    said = [message for kind, _, message in heard if kind == QAccessible.Event.Announcement]
    assert said == ["Undone: Delete Clinic", "Redone: Delete Clinic"]

    heard.clear()
    window.actions.undo.trigger()  # the clinic and its line come back: the reader is told of each
    created = [name for kind, name, _ in heard if kind == QAccessible.Event.ObjectCreated]
    assert any(name.startswith("Clinic") for name in created) and len(created) == 2


def test_nothing_is_sent_while_no_reader_listens(window, monkeypatch):
    sent = []
    monkeypatch.setattr(speech, "send", sent.append)
    jess, clinic, _to_jess, _between = _rivera(window)
    window.view.setFocus()
    window.scene.select_ids([jess])
    window.scene.delete_selected()
    window.undo_stack.undo()
    assert sent == []


def test_next_line_in_the_guide_is_announced(window, heard):
    _rivera(window)
    guide = window.conversation.guide
    guide.show_step("strength")
    heard.clear()
    guide.next_button.click()
    said = [(name, message) for kind, name, message in heard if kind == QAccessible.Event.Announcement]
    assert len(said) == 1
    assert said[0][0] == "One line at a time"  # the part of the guide that speaks
    assert said[0][1].startswith("Line 2 of 2. Jess and Clinic. Weak")


def test_the_details_drop_downs_are_labelled(window):
    jess, *_ = _rivera(window)
    window.scene.select_ids([jess])
    window.details_dock.raise_()
    props = window.properties
    for combo, label in ((props.kind_combo, "Shape"), (props.category_combo, "Category"),
                         (props.ring_combo, "Circle")):
        relations = _iface(combo).relations(QAccessible.RelationFlag.Label)
        assert [(other.text(NAME), flag) for other, flag in relations] == [
            (label, QAccessible.RelationFlag.Label)]


def test_the_guide_steps_are_radio_buttons_that_say_done(window):
    guide = window.conversation.guide
    window.document.set_meta("steps_done", ["people"])
    guide.show_step("strength")
    for step, button in guide.step_buttons.items():
        iface = _iface(button)
        assert iface.role() == QAccessible.Role.RadioButton
        assert bool(iface.state().checked) == (step == "strength")  # the step on show
        assert iface.text(NAME).endswith(", done") == (step == "people")
    _rivera(window)
    guide.stepper.fill()
    strength_buttons = list(guide.strength_buttons.values())
    flow_buttons = list(guide.flow_buttons.values())
    for button in strength_buttons + flow_buttons:
        assert _iface(button).role() == QAccessible.Role.RadioButton
        assert _iface(button).text(NAME)
    assert [bool(_iface(b).state().checked) for b in strength_buttons].count(True) == 1
    flow_buttons[0].click()
    assert [bool(_iface(b).state().checked) for b in flow_buttons].count(True) == 1


def _unnamed_focus_stops(window) -> list[str]:
    """Keyboard stops on show that a screen reader would meet without a name (as the bridge reads it:
    a combo box by its label, everything else by its accessible name)."""
    missing = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None or not widget.isEnabled():
            continue
        iface = _iface(widget)
        if iface is None:
            continue
        labelled = iface.relations(QAccessible.RelationFlag.Label)
        if iface.role() == QAccessible.Role.ComboBox:
            named = bool(labelled)
        else:
            named = bool(iface.text(NAME).strip()) or bool(labelled)
        if not named:
            missing.append(f"{type(widget).__name__}({widget.objectName()!r})")
    return missing


def test_every_focus_stop_has_a_name_the_bridge_keeps(window):
    jess, _clinic, to_jess, _between = _rivera(window)
    for selection, step, dock in each_panel(window, (([jess], []), ([], [to_jess]), ([], []))):
        assert _unnamed_focus_stops(window) == [], (selection, step, dock.objectName())


def test_the_centre_rows_category_cell_says_why_it_is_empty(window):
    from ecomap_desktop.ui.panels.map_list.models import PeopleModel

    window.accessibility.show_list()
    model = window.accessibility.list_panel.people_view.model()
    centre_row = model.row_of(window.document.centre_id)
    text = model.data(model.index(centre_row, PeopleModel.CATEGORY), Qt.ItemDataRole.AccessibleTextRole)
    assert text == "Category: none, this is the family in the centre"


def test_a_closed_window_leaves_no_live_canvas_children(qtbot):
    window = MainWindow()
    window.show()
    _rivera(window)
    canvas = _iface(window.view)
    child = canvas.child(1)
    uid = QAccessible.uniqueId(child)
    assert QAccessible.accessibleInterface(uid) is not None
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: QAccessible.accessibleInterface(uid) is None)


def test_choosing_the_other_end_of_a_line_by_keyboard_is_spoken(window, qtbot, heard):
    jess, clinic, to_jess, between = _rivera(window)
    doc = window.document
    doc.remove_edge(between)
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    window.scene.select_ids([clinic])
    heard.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_C)  # the clinic can join Jess or the family
    said = [message for kind, _, message in heard if kind == QAccessible.Event.Announcement]
    assert said[-1].startswith("Joining Clinic to another")  # the hint: the first end, and what to do
    first = [m for m in said if m.startswith("Other end: ")]
    assert len(first) == 1
    heard.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    said = [message for kind, _, message in heard if kind == QAccessible.Event.Announcement]
    assert len(said) == 1 and said[0] != first[0]
    assert said[0] in ("Other end: Jess", "Other end: Rivera family")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert doc.edge_count() == 2


def test_the_panels_tab_bar_is_named_for_itself_and_its_tabs_can_be_pressed(window):
    from PySide6.QtGui import QAccessibleActionInterface
    from PySide6.QtWidgets import QTabBar

    (bar,) = [b for b in window.findChildren(QTabBar) if b.isVisible()]
    tabs = _iface(bar)
    assert tabs.role() == QAccessible.Role.PageTabList
    assert tabs.text(NAME) == "Side panels"  # not the tab in front ("Guide")
    names = [bar.tabText(i) for i in range(bar.count())]
    assert {"Details", "Guide", "Summary", "List"} <= set(names)
    children = [tabs.child(i) for i in range(bar.count())]
    assert [c.text(NAME) for c in children] == names
    assert all(c.role() == QAccessible.Role.PageTab for c in children)
    assert [c.state().selected for c in children] == [i == bar.currentIndex() for i in range(bar.count())]
    assert all(tabs.indexOfChild(c) == i for i, c in enumerate(children))
    assert children[0].parent().text(NAME) == "Side panels"
    list_tab = children[names.index("List")]
    centre = list_tab.rect().center()
    assert tabs.childAt(centre.x(), centre.y()).text(NAME) == "List"
    # A reader presses a tab (AT-SPI's "Press", UI Automation's Select): its panel comes to the front.
    actions = list_tab.actionInterface()
    assert actions is not None and actions.actionNames() == [QAccessibleActionInterface.pressAction()]
    actions.doAction(QAccessibleActionInterface.pressAction())
    QApplication.processEvents()
    assert bar.tabText(bar.currentIndex()) == "List"
    assert list_tab.state().selected and window.accessibility.list_dock.isVisible()
    assert tabs.text(NAME) == "Side panels"


def test_a_reader_can_select_focus_and_open_the_menu_of_a_canvas_item(window, qtbot):
    from PySide6.QtGui import QAccessibleActionInterface as Actions

    jess, clinic, to_jess, _between = _rivera(window)
    canvas = _iface(window.view)
    jess_item, clinic_item, line_item = canvas.child(1), canvas.child(2), canvas.child(3)
    actions = jess_item.actionInterface()
    assert actions is not None
    assert actions.actionNames() == [Actions.pressAction(), Actions.setFocusAction(),
                                     Actions.showMenuAction()]
    assert actions.keyBindingsForAction(Actions.showMenuAction())  # the Menu key
    assert actions.localizedActionName(Actions.pressAction())  # Qt's own words for each action

    window.details_dock.widget().setFocus()
    actions.doAction(Actions.pressAction())
    assert window.scene.selected_node_ids() == [jess] and jess_item.state().selected

    clinic_item.actionInterface().doAction(Actions.setFocusAction())
    qtbot.waitUntil(window.view.hasFocus)
    assert window.scene.selected_node_ids() == [clinic]
    assert clinic_item.state().focused and canvas.focusChild().text(NAME) == clinic_item.text(NAME)

    line_item.actionInterface().doAction(Actions.showMenuAction())
    qtbot.waitUntil(lambda: window.view.context_menu() is not None and on_screen(window.view.context_menu()))
    menu = window.view.context_menu()
    assert window.scene.selected_edge_ids() == [to_jess]
    assert [a.objectName() for a in menu.actions() if not a.isSeparator()] == ["line", "arrow", "delete"]
    next(a for a in menu.actions() if a.objectName() == "delete").trigger()
    assert not window.document.has_edge(to_jess)
    window.undo_stack.undo()
    assert window.document.has_edge(to_jess)


def test_a_deleted_item_offers_no_actions(window):
    jess, _clinic, _to_jess, _between = _rivera(window)
    jess_item = _iface(window.view).child(1)
    actions = jess_item.actionInterface()
    window.scene.select_ids([jess])
    window.scene.delete_selected()
    assert actions.actionNames() == []
    actions.doAction(actions.pressAction())  # nothing happens, nothing breaks
    assert window.scene.selected_node_ids() == []


def _focused(iface):
    """The control a screen reader says has the keys: the focus followed down from *iface*."""
    while True:
        child = iface.focusChild()
        if child is None or QAccessible.uniqueId(child) == QAccessible.uniqueId(iface):
            return iface
        iface = child


def test_tab_on_the_welcome_hints_buttons_moves_on_and_leaves_the_map_alone(qtbot):
    """The hint's buttons sit on the canvas: Tab pressed on one walked the map's people unseen (the
    selection moved, nothing was said) while the keys stayed on the button."""
    from ecomap_desktop.ui import app as app_module

    window = app_module.start_windows(None)[0]
    qtbot.addWidget(window)
    activate(qtbot, window)
    doc = window.document
    window.scene.commit_label_edit()
    doc.set_node(doc.centre_id, {"label": "Rivera family"})
    for name, y in (("Jess", -200.0), ("Ana", 200.0)):  # fewer than make the hint step aside
        doc.add_node({"label": name, "category": "friend", "x": 0.0, "y": y})
    hint = window.first_run_hint
    assert hint.isVisible()
    window.scene.select_ids([doc.centre_id])
    hint.guide_button.setFocus(Qt.FocusReason.TabFocusReason)
    top = _iface(window)
    assert _focused(top).text(NAME) == "Quick guide"

    qtbot.keyClick(hint.guide_button, Qt.Key.Key_Tab)
    assert _focused(top).text(NAME) == "Got it"
    canvas = _iface(window.view)
    selected = [canvas.child(i).text(NAME) for i in range(canvas.childCount())
                if canvas.child(i).role() == QAccessible.Role.ListItem and canvas.child(i).state().selected]
    assert selected == ["Rivera family, the family in the centre, 0 connections"]
    qtbot.keyClick(hint.dismiss_button, Qt.Key.Key_Backtab)
    assert _focused(top).text(NAME) == "Quick guide"
    window.files.undo_stack.setClean()
    window.close()


def test_the_name_box_is_read_as_editable_text(window, qtbot, heard):
    """F2 (or Enter) on a node, and a new person, open a name box on the canvas: the reader's focus
    goes into it, editable text holding the name (or the worker types not knowing where the letters
    go), and back to the person when the name is kept or left as it was."""
    jess, *_ = _rivera(window)
    canvas = _iface(window.view)
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    window.scene.select_ids([jess])
    heard.clear()

    def focused():
        return [name for kind, name, _ in heard if kind == QAccessible.Event.Focus]

    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: "Name of the person" in focused())
    box = canvas.focusChild()
    assert box.role() == QAccessible.Role.EditableText and box.text(NAME) == "Name of the person"
    assert box.text(QAccessible.Text.Value) == "Jess"
    assert box.state().editable and box.state().focused
    assert box.text(QAccessible.Text.Description) == (
        "Type the name, then Enter to keep it or Esc to leave it as it was.")
    assert canvas.child(0).role() == QAccessible.Role.EditableText  # met before the map's people
    assert canvas.indexOfChild(box) == 0 and box.parent().text(NAME) == "The eco-map"
    assert canvas.child(1).text(NAME).startswith("Rivera family")
    assert canvas.childAt(box.rect().center().x(), box.rect().center().y()).role() == box.role()
    qtbot.keyClick(window.view, Qt.Key.Key_End)
    qtbot.keyClicks(window.view, "ica")
    assert box.text(QAccessible.Text.Value) == "Jessica"  # what is typed, as it is typed

    heard.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(focused()))
    assert focused() == ["Jess, Friend, strong connection to the centre, support flows both ways, "
                         "one other connection"]
    assert all(canvas.child(i).role() == QAccessible.Role.ListItem for i in range(canvas.childCount()))

    heard.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_P)  # a new person, its name open
    qtbot.waitUntil(lambda: "Name of the person" in focused())
    assert canvas.focusChild().text(QAccessible.Text.Value) == "New person"
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused()[-1].startswith("New person, Other"))
    assert focused().count("Name of the person") == 1

    from ecomap_desktop import i18n

    i18n.install("es")
    window.scene.select_ids([window.document.centre_id])
    heard.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: "Nombre de la familia del centro" in focused())


def test_a_reader_reads_back_what_is_typed_in_the_name_box(window, qtbot, monkeypatch):
    """The name box offers a reader its text as Qt's own text boxes do (the letters, the caret, where
    each letter is on the screen), and says each change: a reader reads back each letter typed and
    the letter the caret moves over, not only the whole name when the box is met."""
    from PySide6.QtGui import QAccessibleTextCursorEvent as Caret
    from PySide6.QtGui import QAccessibleTextInsertEvent as Typed
    from PySide6.QtGui import QAccessibleTextRemoveEvent as Removed

    jess, *_ = _rivera(window)
    told: list[tuple] = []

    def record(event):
        if isinstance(event, Typed):
            told.append(("typed", event.changePosition(), event.textInserted()))
        elif isinstance(event, Removed):
            told.append(("removed", event.changePosition(), event.textRemoved()))
        elif isinstance(event, Caret):
            told.append(("caret", event.cursorPosition()))

    monkeypatch.setattr(speech, "screen_reader_active", lambda: True)
    monkeypatch.setattr(speech, "send", record)
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    window.scene.select_ids([jess])
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    canvas = _iface(window.view)
    qtbot.waitUntil(lambda: canvas.focusChild() is not None
                    and canvas.focusChild().role() == QAccessible.Role.EditableText)
    text = canvas.focusChild().textInterface()
    assert text is not None
    assert (text.characterCount(), text.text(0, 4), text.cursorPosition()) == (4, "Jess", 4)

    told.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_End)
    qtbot.keyClicks(window.view, "ie")
    assert [t for t in told if t[0] == "typed"] == [("typed", 4, "i"), ("typed", 5, "e")]
    assert text.text(0, text.characterCount()) == "Jessie" and text.cursorPosition() == 6
    told.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    qtbot.keyClick(window.view, Qt.Key.Key_Backspace)
    assert told == [("caret", 5), ("removed", 4, "i"), ("caret", 4)]
    assert window.scene.label_editor().toPlainText() == "Jesse"

    text.setCursorPosition(0)  # a reader moves the caret
    assert window.scene.label_editor().textCursor().position() == 0
    first, second = text.characterRect(0), text.characterRect(1)
    box = canvas.focusChild().rect()
    assert not first.isEmpty() and box.contains(first) and second.left() >= first.right()
    assert text.offsetAtPoint(second.center()) == 1
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.document.node(jess)["label"] == "Jess"


def _named(iface, name: str) -> list:
    """Every interface named *name* under *iface*, in reading order (as a reader's find goes)."""
    found = []
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is None:
            continue
        if child.text(NAME) == name:
            found.append(child)
        found += _named(child, name)
    return found


@pytest.mark.parametrize(("language", "title", "first"), [
    ("en", "People and groups", "People: 9 on March 4, 2025, 9 on April 3, 2025, 9 on June 2, 2025;"),
    ("es", "Personas y grupos",
     "Personas: 9 el 4 de marzo de 2025, 9 el 3 de abril de 2025, 9 el 2 de junio de 2025;"),
])
def test_the_summarys_charts_say_each_count_with_its_visit(qtbot, tmp_path, language, title, first):
    """"March 4, 2025 9" was heard as one number: each count is said with the visit it belongs to."""
    from ecomap_desktop import i18n

    i18n.install(language)
    window = _three_visits(qtbot, tmp_path)
    window.conversation.insights_dock.raise_()

    def chart():  # the chart, not the heading above it that has the same words
        return next((iface for iface in _named(_iface(window.conversation.insights_dock), title)
                     if iface.role() != QAccessible.Role.StaticText), None)

    qtbot.waitUntil(lambda: chart() is not None)
    assert chart().text(QAccessible.Text.Description).startswith(first)


def test_each_kind_of_support_box_says_what_it_is_about(window):
    """"Emotional, check box" alone: each box of the Details panel says it is a kind of support."""
    jess, *_ = _rivera(window)
    window.scene.select_ids([jess])
    window.details_dock.raise_()
    QApplication.processEvents()
    details = _iface(window.details_dock)
    for name in ("Emotional", "Practical help", "Advice", "Company and fun"):
        boxes = [iface for iface in _named(details, name) if iface.role() == QAccessible.Role.CheckBox]
        assert len(boxes) == 1 and boxes[0].text(QAccessible.Text.Description) == "Kind of support"


def test_comparing_the_canvas_says_what_changed_on_each_one(qtbot, tmp_path, heard):
    """The words a comparison puts beside a person or a line ("new", "closer", "stronger") are read
    with it, and go when comparing stops: a reader tabbing through the map heard none of them."""
    window = _three_visits(qtbot, tmp_path)
    canvas = _iface(window.view)

    def described(start: str) -> str:
        return next(canvas.child(i).text(QAccessible.Text.Description) for i in range(canvas.childCount())
                    if canvas.child(i).text(NAME).startswith(start))

    assert not described("Ana (café friend),").startswith("Since")
    heard.clear()
    window.compare.action.setChecked(True)
    qtbot.waitUntil(lambda: described("Ana (café friend),").startswith("Since the visit compared: new"))
    assert described("Renée Côté,").startswith("Since the visit compared: closer")
    assert described("Maria Rivera & kids and Renée Côté:") == "Since the visit compared: stronger"
    assert described("Jess,") == "Circle: Closest. Support: Emotional, Practical help, Company and fun"
    assert QAccessible.Event.DescriptionChanged in [kind for kind, _, _ in heard]
    window.compare.action.setChecked(False)
    qtbot.waitUntil(lambda: not described("Ana (café friend),").startswith("Since"))


@pytest.mark.parametrize(("language", "on_words", "off_words"), [
    ("en", "Comparing with the visit of April 3, 2025: what changed", "Not comparing: the map as it is now."),
    ("es", "Comparando con la visita del 3 de abril de 2025", "Sin comparar"),
])
def test_comparing_switched_by_its_keys_is_said(qtbot, tmp_path, heard, language, on_words, off_words):
    """Ctrl+Shift+C pressed on the map lays the marks on it and takes them off: a reader heard nothing."""
    from ecomap_desktop import i18n

    i18n.install(language)
    window = _three_visits(qtbot, tmp_path)
    activate(qtbot, window)
    window.view.setFocus()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

    def said():
        return [message for kind, _, message in heard if kind == QAccessible.Event.Announcement]

    heard.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_C, keys)
    assert window.compare.is_comparing()
    assert [m for m in said() if m.startswith(on_words)]
    heard.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_C, keys)
    assert not window.compare.is_comparing() and [m for m in said() if m.startswith(off_words)]
    heard.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_C, keys)  # comparing again, then an older visit shown
    window.visits.show_visit(window.document.visits()[0].id)
    assert not [m for m in said() if m.startswith(off_words)]  # the map on show is not "as it is now"
