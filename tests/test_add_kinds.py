"""Kinds when adding from the toolbar, and a Summary that never calls a kind missing while people
have none yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from ecomap_desktop.analysis.insights import compute_for_document, sentences
from ecomap_desktop.model.document import Document
from window_support import on_screen, open_window as _window


def _pick_from_popup(qtbot, text: str, picked: list) -> None:
    """Once the toolbar's menu is on screen (window_support.on_screen), click its entry *text*."""
    def pick():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu) or not on_screen(menu):
            QTimer.singleShot(20, pick)
            return
        action = next(a for a in menu.actions() if a.text() == text)
        picked.append(action.text())
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    QTimer.singleShot(50, pick)


def test_the_toolbar_offers_the_kind_and_adds_it_in_one_step(qtbot):
    window = _window(qtbot)
    doc = window.document
    toolbar = window.actions.toolbar
    picked: list[str] = []
    for action, kind_text in ((window.actions.add_person, "Friend"), (window.actions.add_group, "Health")):
        button = toolbar.widgetForAction(action)
        _pick_from_popup(qtbot, kind_text, picked)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(doc.node_ids()) == 2 + (kind_text == "Health"))
        assert window.scene.is_editing_label()  # the name is typed next, as with the guide's buttons
        qtbot.keyClicks(QApplication.focusWidget(), "Ada" if kind_text == "Friend" else "Clinic")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert picked == ["Friend", "Health"]
    added = {doc.node(n)["label"]: doc.node(n) for n in doc.node_ids() if n != doc.centre_id}
    assert added["Ada"]["category"] == "friend" and added["Ada"]["kind"] == "person"
    assert added["Clinic"]["category"] == "health" and added["Clinic"]["kind"] == "group"
    # Adding with a kind is one undo step (the name typed after it is its own).
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert len(doc.node_ids()) == 2
    window.undo_stack.setClean()


def test_the_map_menu_lists_the_same_kinds_as_the_guide(qtbot):
    window = _window(qtbot)
    person_menu = window.actions.add_person.menu()
    group_menu = window.actions.add_group.menu()
    kinds = [a.data() for a in person_menu.actions()]
    assert kinds == ["family", "friend", "neighbour", "professional", "other"]
    assert "school" in [a.data() for a in group_menu.actions()]
    assert window.actions.add_person in window.actions.map_menu.actions()


def test_summary_counts_people_with_no_kind_instead_of_calling_kinds_missing():
    doc = Document("Okafor family")
    for name in ("Ada", "Bola", "Chidi"):
        node = doc.add_node({"label": name})  # added without a kind: "other"
        doc.add_edge(doc.centre_id, node)
    text = sentences(compute_for_document(doc))
    assert "3 people and groups have no kind yet (family, friend, neighbour…)." in text
    assert not any(s.startswith("No connection yet with") for s in text)
    for node in doc.node_ids():
        if node != doc.centre_id:
            doc.set_node(node, {"category": "friend"})
    text = sentences(compute_for_document(doc))
    assert not any("no kind yet" in s for s in text)
    assert any(s.startswith("No connection yet with family, neighbours") for s in text)


def test_the_summary_tab_says_how_many_have_no_kind(qtbot):
    window = _window(qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_P)  # the one-key add: no kind chosen
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    window.conversation.insights_dock.raise_()
    panel = window.conversation.insights
    qtbot.waitUntil(lambda: any("1 person or group has no kind yet" in s for s in panel.sentence_texts()))
    window.undo_stack.setClean()
