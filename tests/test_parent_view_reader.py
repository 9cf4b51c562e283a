"""A screen reader hears the view the user chose: in the parent view the canvas's people and lines,
the map list's rows and the toolbar's line box are read in the parent view's words, as they are shown
("A big help", "We help each other"), and in the worker's words again when it is switched off."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

from ecomap_desktop import i18n
from ecomap_desktop.ui.widgets import announce as speech
from window_support import open_window

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description
# The worker's words for a line and its arrow, which the parent view does not show.
WORKER_WORDS = ("strong", "ordinary", "weak", "stressful", "to the centre", "Support flows")


def _iface(obj):
    return QAccessible.queryAccessibleInterface(obj)


def _names(iface) -> list[str]:
    """What the canvas's people, groups and lines are called (not the arrows at its edges, nor the
    legend, read with them)."""
    children = [iface.child(i) for i in range(iface.childCount())]
    return [child.text(NAME) for child in children if getattr(child, "key", None) is not None]


@pytest.fixture
def window(qtbot):
    """The Rivera family, Jess (a friend, a strong line, help both ways) and a clinic Jess knows a
    little (a weak line between the two of them, no arrow)."""
    window = open_window(qtbot)
    doc = window.document
    doc.set_node(doc.centre_id, {"label": "Rivera family"})
    jess = doc.add_node({"label": "Jess", "category": "friend", "x": 0.0, "y": -200.0})
    clinic = doc.add_node({"label": "Clinic", "kind": "group", "category": "health", "x": 200.0, "y": 0.0})
    doc.add_edge(jess, doc.centre_id, {"strength": "strong", "flow": "both"})
    doc.add_edge(jess, clinic, {"strength": "tenuous"})
    return window


def _switch(window) -> None:
    window.conversation.parent_view.action.trigger()


def test_the_canvas_is_read_in_the_parent_views_words_and_back(window):
    canvas = _iface(window.view)
    worker = _names(canvas)
    assert worker[1] == ("Jess, Friend, strong connection to the centre, support flows both ways, "
                         "one other connection")
    _switch(window)
    parent = _names(canvas)
    assert parent[1] == ("Jess, Friend, line to the family: A big help, We help each other, "
                         "one other connection")
    assert parent[2] == "Clinic, Group or organisation, Health, no line to the family, one other connection"
    assert parent[3] == "Jess and Rivera family: A big help. We help each other."
    assert parent[4] == "Jess and Clinic: Distant. No arrow."
    assert not [name for name in parent for word in WORKER_WORDS if word in name]
    _switch(window)
    assert _names(canvas) == worker


def test_a_reader_is_told_the_names_it_knows_have_changed(window, monkeypatch):
    heard: list[tuple[QAccessible.Event, str]] = []

    def record(event):
        if not isinstance(event, QAccessibleAnnouncementEvent) and event.accessibleInterface() is not None:
            heard.append((event.type(), event.accessibleInterface().text(NAME)))

    canvas = _iface(window.view)
    _names(canvas)  # the reader has met every person and line
    monkeypatch.setattr(speech, "screen_reader_active", lambda: True)
    monkeypatch.setattr(speech, "send", record)
    _switch(window)
    changed = [name for kind, name in heard if kind == QAccessible.Event.NameChanged]
    assert sorted(changed) == sorted(_names(canvas)) and len(changed) == 5
    heard.clear()
    _switch(window)
    assert len([kind for kind, _ in heard if kind == QAccessible.Event.NameChanged]) == 5


def test_a_reader_is_told_the_legends_words_have_changed(window, monkeypatch):
    """The legend says the lines' kinds in the parent view's words there: a reader that has read it is
    told its words changed, and reads the new ones."""
    heard: list[tuple[QAccessible.Event, str]] = []

    def record(event):
        iface = event.accessibleInterface()
        if not isinstance(event, QAccessibleAnnouncementEvent) and iface is not None:
            heard.append((event.type(), iface.text(DESCRIPTION)))

    canvas = _iface(window.view)
    legend = canvas.child(canvas.childCount() - 1)  # the last of the canvas's children
    assert legend.role() == QAccessible.Role.ListItem and legend.text(NAME) == "Legend"
    worker = legend.text(DESCRIPTION)
    assert "Strong" in worker and "A big help" not in worker
    monkeypatch.setattr(speech, "screen_reader_active", lambda: True)
    monkeypatch.setattr(speech, "send", record)
    _switch(window)
    told = [words for kind, words in heard if kind == QAccessible.Event.DescriptionChanged]
    assert len(told) == 1 and "A big help" in told[0] and told[0] == legend.text(DESCRIPTION)
    assert not [kind for kind, words in heard if kind == QAccessible.Event.NameChanged and words == told[0]]
    heard.clear()
    _switch(window)
    assert [words for kind, words in heard if kind == QAccessible.Event.DescriptionChanged] == [worker]


def test_the_lists_rows_are_read_as_they_are_shown(window, qtbot):
    panel = window.accessibility.list_panel
    people, lines = _iface(panel.people_view), _iface(panel.connections_view)

    def jess_row() -> tuple[str, str]:
        cell = next(people.child(i) for i in range(people.childCount())
                    if people.child(i).role() == QAccessible.Role.Cell
                    and people.child(i).text(NAME).startswith("Jess"))
        return cell.text(NAME), cell.text(DESCRIPTION)

    def first_line() -> list[str]:
        cells = [lines.child(i) for i in range(lines.childCount())]
        return [cell.text(NAME) for cell in cells if cell.role() == QAccessible.Role.Cell][:3]

    assert "strong connection to the centre" in jess_row()[0]
    assert first_line()[:2] == ["Jess and Rivera family: strong connection. Support flows both ways.",
                                "How it feels: Strong"]
    _switch(window)
    name, description = jess_row()
    assert name == ("Jess, Friend, line to the family: A big help, We help each other, "
                    "one other connection")
    assert description == ""  # the name cell says the row's sentence once
    assert first_line()[:2] == ["Jess and Rivera family: A big help. We help each other.",
                                "How it feels: A big help"]
    _switch(window)
    assert "strong connection to the centre" in jess_row()[0]


def test_the_toolbars_line_box_says_the_choices_shown(window):
    box = _iface(window.style_picker.strength_combo)
    assert box.text(DESCRIPTION) == "How the connection feels: strong, ordinary, weak or stressful"
    _switch(window)
    assert box.text(DESCRIPTION) == "How the connection feels: a big help, some help, distant or hard going"
    assert box.text(NAME) == window.style_picker.strength_combo.currentText() == "Some help"
    _switch(window)
    assert box.text(DESCRIPTION) == "How the connection feels: strong, ordinary, weak or stressful"


def test_in_spanish_too(window):
    i18n.install("es")
    try:
        canvas = _iface(window.view)
        worker = _names(canvas)
        assert worker[3] == "Jess y Rivera family: conexión fuerte. El apoyo va en ambos sentidos."
        _switch(window)
        assert _names(canvas)[3] == "Jess y Rivera family: Una gran ayuda. Nos ayudamos."
        assert _names(canvas)[1].startswith("Jess, Amigos, línea con la familia: Una gran ayuda, "
                                            "Nos ayudamos,")
        _switch(window)
        assert _names(canvas) == worker
    finally:
        i18n.install("en")


@pytest.mark.parametrize(("language", "on_words", "off_words"), [
    ("en", "Parent view: bigger text and plain words.", "Worker view: your notes and the summary are back."),
    ("es", "Vista para la familia", "Vista del profesional"),
])
def test_switching_the_view_by_its_keys_is_said(window, qtbot, monkeypatch, language, on_words, off_words):
    """Ctrl+Shift+P pressed on the map changes the whole window, with nothing for a reader to hear
    (the switch is not where the keys are; the status bar's words are not read out)."""
    from PySide6.QtCore import Qt

    i18n.install(language)
    said: list[str] = []
    monkeypatch.setattr(speech, "screen_reader_active", lambda: True)
    monkeypatch.setattr(speech, "send", lambda event: said.append(
        event.message() if isinstance(event, QAccessibleAnnouncementEvent) else ""))
    window.view.setFocus()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_P, keys)
    assert window.conversation.parent_view.is_on()
    assert [m for m in said if m.startswith(on_words)]
    said.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_P, keys)
    assert [m for m in said if m.startswith(off_words)]
