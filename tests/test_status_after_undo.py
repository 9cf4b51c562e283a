"""A status message about a step does not outlive the step: undone, its words go."""

from __future__ import annotations

from window_support import open_window


def _add(window, label: str, x: float, y: float) -> str:
    return window.document.add_node({"kind": "person", "label": label, "x": float(x), "y": float(y)})


def _two_visits(window, qtbot):
    _add(window, "Ana", 200, 0)
    window.visits.start_visit("2099-06-10", "30-day review")
    _add(window, "Ben", -200, 60)
    first, second = (visit.id for visit in window.document.visits())
    return first, second, None, None


def test_undoing_a_new_visit_takes_its_message_away(qtbot):
    """"New visit started" stayed in the status bar for seconds after the visit was undone."""
    window = open_window(qtbot)
    _add(window, "Ana", 200, 0)
    window.visits.start_visit("2099-06-10")
    assert window.statusBar().currentMessage() == "New visit started: June 10, 2099."
    window.actions.undo.trigger()
    assert window.document.visit_count() == 1
    assert "New visit started" not in window.statusBar().currentMessage()
    window.actions.redo.trigger()  # a step redone is not said again, nor wrongly taken back later
    window.actions.undo.trigger()
    assert "New visit started" not in window.statusBar().currentMessage()


def test_undoing_a_deleted_visit_takes_undo_brings_it_back_away(qtbot, monkeypatch):
    from ecomap_desktop.ui.dialogs import visit_questions

    window = open_window(qtbot)
    first, _second, _ana, _ben = _two_visits(window, qtbot)
    monkeypatch.setattr(visit_questions, "ask_delete_visit", lambda parent, date: True)
    window.visits.ask_delete_visit(first)
    assert "Undo brings it back" in window.statusBar().currentMessage()
    window.actions.undo.trigger()
    assert window.document.visit_count() == 2
    assert "Undo brings it back" not in window.statusBar().currentMessage()
