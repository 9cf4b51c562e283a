"""What a screen reader says of each control says something once: no description that repeats the
name (Qt reads a tooltip as the description of a widget that has none), no bullet read as an item
of its own, no "click" for a control a reader's user presses with keys, and keys named as the
system names them in the reader's language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAccessible, QHelpEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolTip

from ecomap_desktop import i18n
from ecomap_desktop.ui.main_window import MainWindow
from ecomap_desktop.ui.panels.map_list.models import ConnectionsModel, PeopleModel
from ecomap_desktop.ui.widgets.reader_words import sighted_tip
from reader_support import each_panel, unnamed_controls

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


def _plain(text: str) -> str:
    """Words only, lower case, without a closing "(Ctrl+Z)": what is said, not how it is written."""
    text = re.sub(r"\([^()]*\)\s*$", "", text.replace("&", "")).casefold()
    return " ".join(re.findall(r"\w+", text))


def _repeats(name: str, description: str) -> bool:
    """The description says again what the name said: all of it, part of it, or the name and a colon
    before the rest ("Parent view: bigger text...")."""
    if not name.strip() or not description.strip():
        return False
    name_first = re.escape(name.replace("&", "").strip()) + r"\s*:"
    said_again = re.match(name_first, description.strip(), re.IGNORECASE)
    return _plain(description) in _plain(name) or said_again is not None


def _said_twice(iface, path: str = "", depth: int = 0) -> list[str]:
    """Every interface under *iface* whose description repeats its name."""
    if iface is None or depth > 40 or not iface.isValid():
        return []
    name, description = iface.text(NAME), iface.text(DESCRIPTION)
    here = f"{path} > {iface.role().name} {name!r}"
    found = [f"{here}: {description!r}"] if _repeats(name, description) else []
    for index in range(iface.childCount()):
        found += _said_twice(iface.child(index), here, depth + 1)
    return found


def _rivera(window):
    doc = window.document
    doc.set_node(doc.centre_id, {"label": "Rivera family"})
    jess = doc.add_node({"label": "Jess", "category": "friend", "x": 0.0, "y": -200.0})
    line = doc.add_edge(jess, doc.centre_id, {"strength": "strong", "flow": "both"})
    return jess, line


def test_the_rule_catches_a_description_that_repeats_the_name():
    assert _repeats("Add person", "Add person (P)")
    assert _repeats("Step 1: Everyone needs support", "Everyone needs support")
    assert _repeats("Parent view", "Parent view: bigger text (Ctrl+Shift+P)")
    assert not _repeats("Add person", "Shortcut: P")
    assert not _repeats("Next step", "The people around you")
    assert not _repeats("Remove", "Remove the selected person from the household")


def test_no_control_says_its_name_twice(window, qtbot):
    jess, line = _rivera(window)
    window.visits.start_visit("2099-06-10")  # the visits strip, with two visits' buttons
    window.scene.select_ids([jess])
    window.scene.delete_selected()  # Undo now says what it undoes
    window.undo_stack.undo()
    window.accessibility.show_list()
    for selection, step, _dock in each_panel(window, (([jess], []), ([], [line]), ([], []))):
        assert _said_twice(QAccessible.queryAccessibleInterface(window)) == [], (selection, step)


def test_toolbar_buttons_say_their_keys_and_what_undo_undoes(window):
    jess, _line = _rivera(window)
    buttons = {QAccessible.queryAccessibleInterface(button).text(NAME): button
               for button in window.actions.toolbar.findChildren(QAbstractButton)}
    said = QAccessible.queryAccessibleInterface(buttons["Add person"]).text(DESCRIPTION)
    assert said == "Shortcut: P"
    window.scene.select_ids([jess])
    window.scene.delete_selected()
    undo = QAccessible.queryAccessibleInterface(buttons["Undo"])
    keys = window.actions.undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert undo.text(NAME) == "Undo" and undo.text(DESCRIPTION) == f"Delete Jess. Shortcut: {keys}"
    parent_view = QAccessible.queryAccessibleInterface(buttons["Parent view"])
    assert parent_view.text(DESCRIPTION).startswith("Bigger text, plain words")


def test_a_tooltip_that_repeats_the_name_still_shows_to_the_eye(window, qtbot):
    """The step buttons show a short word; resting the mouse on one still shows the step's title."""
    button = window.conversation.guide.step_buttons["people"]
    assert sighted_tip(button) == "The people around you" and button.toolTip() == ""
    where = QPoint(5, 5)
    QApplication.sendEvent(button, QHelpEvent(QEvent.Type.ToolTip, where, button.mapToGlobal(where)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "The people around you"
    QToolTip.hideText()


def test_the_list_reads_each_rows_sentence_once(window):
    jess, line = _rivera(window)
    panel = window.accessibility.list_panel
    for view, first in ((panel.people_view, PeopleModel.NAME),
                        (panel.connections_view, ConnectionsModel.BETWEEN)):
        model = view.model()
        rows = QAccessible.queryAccessibleInterface(view)
        cells = [rows.child(i) for i in range(rows.childCount())
                 if rows.child(i).role() == QAccessible.Role.Cell]
        sentence = cells[0].text(NAME)
        assert sentence and cells[0].text(DESCRIPTION) == ""  # the name cell: the sentence, once
        assert cells[1].text(DESCRIPTION) == sentence  # another cell: its own words, then the row's
        assert model.index(0, first).data(Qt.ItemDataRole.ToolTipRole) == sentence  # the eye keeps it


def test_the_summary_reads_sentences_without_bullets(window, qtbot):
    _rivera(window)
    window.conversation.insights_dock.raise_()
    panel = window.conversation.insights
    panel.refresh()
    qtbot.waitUntil(lambda: len(panel.sentence_texts()) >= 1)
    box = QAccessible.queryAccessibleInterface(panel._sentence_box)
    words = [box.child(i).text(NAME) for i in range(box.childCount())
             if not box.child(i).state().invisible]
    assert words == panel.sentence_texts()
    assert all("•" not in text for text in words)


def test_mark_as_done_says_what_it_does(window):
    guide = window.conversation.guide
    guide.show_step("people")
    button = QAccessible.queryAccessibleInterface(guide.done_buttons["people"])
    assert button.text(NAME) == "Mark as done"
    assert "click" not in button.text(DESCRIPTION).casefold()
    assert button.text(DESCRIPTION) == "Marks this step as talked through"
    guide.done_buttons["people"].click()
    assert button.text(NAME) == "Done" and button.state().checked
    assert button.text(DESCRIPTION) == "Marks this step as not talked through yet"


def test_the_canvas_names_the_zoom_keys_in_the_readers_language(qtbot):
    i18n.install("es")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        said = QAccessible.queryAccessibleInterface(window.view).text(DESCRIPTION)
        native = QKeySequence.SequenceFormat.NativeText
        zoom_in = QKeySequence(QKeySequence.StandardKey.ZoomIn).toString(native)
        zoom_out = QKeySequence(QKeySequence.StandardKey.ZoomOut).toString(native)
        assert f"{zoom_in} y {zoom_out}" in said
        assert "Plus" not in said and "Minus" not in said
    finally:
        i18n.install("en")


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_menu_and_submenu_has_its_name(qtbot, language):
    from PySide6.QtWidgets import QMenu

    i18n.install(language)
    window = MainWindow()
    qtbot.addWidget(window)
    menus = window.menuBar().findChildren(QMenu)
    titles = {menu.title().replace("&", "") for menu in menus}
    assert {"Open Recent", "Text size"} <= titles if language == "en" else {"Tamaño del texto"} <= titles
    for menu in menus:
        assert QAccessible.queryAccessibleInterface(menu).text(NAME) == menu.title().replace("&", "")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_dialogs_name_every_control_once(qtbot, language):
    """Settings, the export and share choices, a new visit, About, the quick guide, the password
    questions and the unsaved-changes question: every control has a name a reader can say, said once."""
    from ecomap_desktop.ui.dialogs import questions
    from ecomap_desktop.ui.dialogs.about import AboutDialog
    from ecomap_desktop.ui.dialogs.help import QuickGuideDialog
    from ecomap_desktop.ui.dialogs.password import NewPasswordDialog, PasswordDialog
    from ecomap_desktop.ui.dialogs.settings import SettingsDialog
    from ecomap_desktop.ui.dialogs.visit_questions import NewVisitDialog
    from ecomap_desktop.ui.window.export_actions import (GraphmlOptionsDialog, PdfOptionsDialog,
                                                         PictureOptionsDialog)
    from ecomap_desktop.ui.window.share_copy import ShareOptionsDialog

    i18n.install(language)
    unsaved = questions.unsaved_changes_box(None, "Rivera")
    dialogs = [SettingsDialog(), PdfOptionsDialog(None, visits=2), GraphmlOptionsDialog(None),
               PictureOptionsDialog(None), ShareOptionsDialog(None),
               NewVisitDialog(None, "2026-12-05", "2026-01-01"), AboutDialog(), QuickGuideDialog(),
               PasswordDialog(None, "Rivera"), NewPasswordDialog(None, "Rivera"), unsaved]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], dialog.windowTitle()
        assert _said_twice(QAccessible.queryAccessibleInterface(dialog)) == [], dialog.windowTitle()
    box = QAccessible.queryAccessibleInterface(unsaved)
    signs = [box.child(i).text(NAME) for i in range(box.childCount())
             if box.child(i).role() == QAccessible.Role.Graphic]
    assert signs == ["Warning" if language == "en" else "Advertencia"]  # not a nameless picture


def test_a_recovered_map_says_it_is_protected_once(qtbot):
    """A protected map with no name is called "Password-protected map": it was read with
    "(password-protected)" after it too. A named one still says it is protected."""
    from datetime import datetime, timezone
    from pathlib import Path

    from ecomap_desktop.io.recovery import RecoveryCopy
    from ecomap_desktop.ui.dialogs.recovery import RecoveryDialog

    when = datetime(2026, 12, 5, 10, 0, tzinfo=timezone.utc)
    copies = [RecoveryCopy(Path("one.rec"), "s", "a", when, None, "", True),
              RecoveryCopy(Path("two.rec"), "s", "b", when, "/maps/Rivera.ecomap", "Rivera.ecomap", True)]
    dialog = RecoveryDialog(None, copies, lambda _copy: None, lambda *_: False, lambda *_: None)
    qtbot.addWidget(dialog)
    nameless, named = (dialog.list.item(i).text() for i in range(2))
    assert nameless.startswith("Password-protected map — last kept")
    assert "(password-protected)" not in nameless
    assert named.startswith("Rivera.ecomap — last kept") and named.endswith("(password-protected)")
