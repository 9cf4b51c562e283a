"""The guide builds a step's page the first time that step is shown: whenever a page is first
reached, it shows the map's notes and done marks, the parent view and the panel's font, and sits in
the same place in the tab order as if every page had been built at the start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from ecomap_desktop import i18n
from ecomap_desktop.model.document import Document
from ecomap_desktop.model.vocabulary import STEPS
from ecomap_desktop.ui.panels.guide.panel import GuidePanel
from ecomap_desktop.ui.window.past_panels import make_read_only


def _filled_document() -> Document:
    doc = Document("Lopez family")
    doc.set_meta("step_notes", {"people": "Mum lives close", "next": "Playgroup on Tuesdays"})
    doc.set_meta("steps_done", ["support", "strength"])
    doc.set_meta("reflection", "Most help comes from Mum")
    return doc


def _panel(qtbot, doc: Document) -> GuidePanel:
    panel = GuidePanel(doc, QUndoStack())
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    return panel


def _built(panel: GuidePanel) -> set[str]:
    return {step for step in STEPS if panel.findChild(QWidget, f"guideStep_{step}") is not None}


def test_only_the_first_step_is_built_at_the_start_and_the_others_when_first_shown(qtbot):
    panel = _panel(qtbot, _filled_document())
    assert _built(panel) == {"support"}
    panel.step_buttons["next"].click()
    assert _built(panel) == {"support", "next"}
    assert panel.findChild(QWidget, "guideStep_next").isVisible()
    assert not panel.findChild(QWidget, "guideStep_support").isVisible()


def test_a_page_first_reached_shows_the_maps_notes_and_done_marks(qtbot):
    doc = _filled_document()
    panel = _panel(qtbot, doc)
    panel.step_buttons["people"].click()
    assert panel.notes_edits["people"].toPlainText() == "Mum lives close"
    assert panel.notes_edits["people"].isVisible()
    assert not panel.done_buttons["people"].isChecked()
    assert panel.done_buttons["people"].text() == "Mark as done"
    panel.step_buttons["strength"].click()
    assert panel.done_buttons["strength"].isChecked() and panel.done_buttons["strength"].text() == "✓ Done"
    panel.step_buttons["next"].click()
    assert panel.reflection_edit.toPlainText() == "Most help comes from Mum"
    assert panel.notes_edits["next"].toPlainText() == "Playgroup on Tuesdays"
    # Reaching a page changes nothing in the map.
    assert panel.undo_stack.count() == 0


def test_a_map_opened_before_a_page_is_reached_fills_it_when_reached(qtbot):
    doc = Document("Lopez family")
    panel = _panel(qtbot, doc)
    panel.show_step("people")  # built with the empty map
    doc.replace_graph(_filled_document().graph_copy())
    assert panel.notes_edits["people"].toPlainText() == "Mum lives close"
    panel.show_step("next")  # built after the map was opened
    assert panel.notes_edits["next"].toPlainText() == "Playgroup on Tuesdays"
    assert panel.reflection_edit.toPlainText() == "Most help comes from Mum"


def _prompts(panel: GuidePanel, step: str) -> list[tuple[str, bool]]:
    page = panel.findChild(QWidget, f"guideStep_{step}")
    return [(label.text(), label.isVisible()) for label in page.findChildren(QLabel)
            if label.property("promptKind")]


def _eager_and_lazy(qtbot, prepare) -> tuple[GuidePanel, GuidePanel]:
    """Two panels on the same map, both then given *prepare*: one with every page built before it
    (as when all were built at the start), one building each page when it is first shown."""
    eager = _panel(qtbot, _filled_document())
    eager.build_pages()
    prepare(eager)
    lazy = _panel(qtbot, _filled_document())
    prepare(lazy)
    return eager, lazy


def _each_step_shown(*panels: GuidePanel):
    """Every step in turn, shown on each of *panels*."""
    for step in STEPS:
        for panel in panels:
            panel.show_step(step)
        yield step


def test_a_page_first_reached_in_parent_view_hides_the_workers_tips(qtbot):
    eager, lazy = _eager_and_lazy(qtbot, lambda panel: panel.set_parent_view(True))
    for step in _each_step_shown(eager, lazy):
        assert _prompts(lazy, step) == _prompts(eager, step)
    tips = [label for label in lazy.findChildren(QLabel) if label.property("promptKind") == "tip"]
    assert tips and not any(label.isVisible() for label in tips)
    lazy.set_parent_view(False)
    lazy.show_step("people")
    assert any(label.isVisible() for label in tips)


def test_a_page_first_reached_after_the_text_grew_is_sized_in_the_larger_text(qtbot):
    big = QFont(QWidget().font())
    big.setPointSizeF(big.pointSizeF() * 1.5)
    eager, lazy = _eager_and_lazy(qtbot, lambda panel: panel.setFont(big))
    for step in _each_step_shown(eager, lazy):
        assert lazy.notes_edits[step].height() == eager.notes_edits[step].height()
        headings = [label.font().pointSizeF() for label in
                    lazy.findChild(QWidget, f"guideStep_{step}").findChildren(QLabel)]
        assert headings == [label.font().pointSizeF() for label in
                            eager.findChild(QWidget, f"guideStep_{step}").findChildren(QLabel)]
    assert lazy.notes_edits["people"].height() > _panel(qtbot, Document("x")).notes_edits["people"].height()


def _tab_order(panel: GuidePanel) -> list[str]:
    """The panel's focusable widgets in tab order, by what a screen reader says of them."""
    order, widget = [], panel.nextInFocusChain()
    while widget is not panel:
        if panel.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            said = widget.accessibleName() or getattr(widget, "text", str)()
            qt_class = next(c for c in type(widget).__mro__ if c.__module__.startswith("PySide6"))
            order.append(f"{qt_class.__name__}:{said}")  # a NoteEdit is the QPlainTextEdit it extends
        widget = widget.nextInFocusChain()
    return order


@pytest.mark.parametrize("order", [("next", "strength", "groups", "people"), ("groups", "next", "people")])
def test_pages_reached_in_any_order_keep_the_tab_order_of_the_steps(qtbot, order):
    eager = _panel(qtbot, _filled_document())
    eager.build_pages()
    lazy = _panel(qtbot, _filled_document())
    for step in order:
        lazy.show_step(step)
    lazy.build_pages()
    assert _tab_order(lazy) == _tab_order(eager)
    notes = [name for name in _tab_order(lazy) if name.startswith("QPlainTextEdit:Notes for step")]
    assert notes == [f"QPlainTextEdit:Notes for step {n}" for n in range(1, 6)]
    assert _tab_order(lazy)[-2:] == ["QPlainTextEdit:Worker's notes",
                                     "QPlainTextEdit:One thing I will do this week"]


def test_a_read_only_twin_builds_every_page_before_it_is_made_read_only(qtbot):
    panel = _panel(qtbot, _filled_document())
    panel.build_pages()
    make_read_only(panel, keep=tuple(panel.step_buttons.values()))
    for step in STEPS:
        panel.show_step(step)
        assert panel.notes_edits[step].isReadOnly() and not panel.done_buttons[step].isEnabled()
    assert all(field.isReadOnly() for field in panel.findChildren(QPlainTextEdit))


@pytest.fixture
def spanish(qapp):
    i18n.install("es")
    yield
    i18n.install("en")


def test_a_page_first_reached_speaks_the_interfaces_language(qtbot, spanish):
    panel = _panel(qtbot, _filled_document())
    panel.show_step("people")
    assert panel.notes_edits["people"].accessibleName() == "Notas del paso 2"
    assert panel.done_buttons["people"].text() == "Marcar como hecho"
