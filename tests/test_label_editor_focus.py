"""The name box stays open while the window is away, so a name being typed is never cut short."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from canvas_support import activate, make_canvas


def test_a_name_being_typed_survives_another_window_taking_the_focus(qtbot):
    c = make_canvas(qtbot)
    c.scene.set_add_mode("person")
    c.click(c.at(200, -100))
    (node_id,) = [n for n in c.doc.node_ids() if n != c.doc.centre_id]
    c.type_text("Gran")

    other = QWidget()  # another window (a second map, a menu closing late, another program)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    activate(qtbot, other)
    assert c.scene.is_editing_label()
    assert c.doc.node(node_id)["label"] == "New person"  # nothing committed behind the user's back

    activate(qtbot, c.view)
    c.type_text("dma Ada")
    c.key(Qt.Key.Key_Return)
    assert not c.scene.is_editing_label()
    assert c.doc.node(node_id)["label"] == "Grandma Ada"


def test_clicking_elsewhere_in_the_window_still_commits_the_name(qtbot):
    c = make_canvas(qtbot)
    c.scene.set_add_mode("person")
    c.click(c.at(200, -100))
    (node_id,) = [n for n in c.doc.node_ids() if n != c.doc.centre_id]
    c.type_text("Ada")
    c.click(c.at(-300, 250))  # the empty canvas
    assert not c.scene.is_editing_label()
    assert c.doc.node(node_id)["label"] == "Ada"
