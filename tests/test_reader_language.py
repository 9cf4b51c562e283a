"""What a screen reader hears of the window's widgets follows a language installed after the window
was made (i18n.install), as the canvas's description did: their names and descriptions were set
once, in the starting language. Words a widget copies from what it shows (a toolbar button's text,
a menu's or a panel's title) stay with what it shows, which changes language at the next start."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDockWidget, QGroupBox, QLabel, QMenu, QTabBar,
                               QWidget)

from compare_support import THREE_VISITS
from ecomap_desktop import i18n
from ecomap_desktop.ui.main_window import MainWindow
from reader_support import each_panel

CATALOGUE = Path(__file__).resolve().parent.parent / "resources" / "translations" / "ecomap_es.ts"
# A sentence with blanks (%1) is looked for only where its own words are this long at least: "%1 and
# %2" would match any words with an "and".
LEAST_OWN_WORDS = 12


def _spanish_catalogue() -> tuple[set[str], list[re.Pattern]]:
    """The English sentences the Spanish catalogue says otherwise: whole, and those with blanks as
    patterns."""
    whole, patterns = set(), []
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if not source or not translation or translation == source:
            continue
        if re.search(r"%[1-9]", source):
            if len(re.sub(r"%[1-9]", "", source)) >= LEAST_OWN_WORDS:
                patterns.append(re.compile("^" + re.sub(r"%[1-9]", ".+", re.escape(source)) + "$", re.S))
        else:
            whole.add(source)
    return whole, patterns


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip("…").strip()


def _shown_words(window: QWidget) -> set[str]:
    """Every text the window shows the eye: buttons, labels, titles, tabs, its actions' words."""
    shown: set[str] = set()
    for widget in (window, *window.findChildren(QWidget)):
        if isinstance(widget, (QAbstractButton, QLabel)):
            shown.add(widget.text())
        elif isinstance(widget, QGroupBox):
            shown.add(widget.title())
        elif isinstance(widget, QMenu):
            shown.add(widget.title())
        elif isinstance(widget, QDockWidget):
            shown.add(widget.windowTitle())
        elif isinstance(widget, QTabBar):
            shown.update(widget.tabText(i) for i in range(widget.count()))
    shown.update(action.text() for action in window.findChildren(QAction))
    return {_plain(text) for text in shown if text}


def _still_english(window: QWidget) -> list[str]:
    """The names and descriptions a reader hears in English although Spanish is installed, except
    those that say what the widget shows."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # a map's buttons that went
    whole, patterns = _spanish_catalogue()
    shown = _shown_words(window)
    left = []
    for widget in (window, *window.findChildren(QWidget)):
        said = (("name", widget.accessibleName()), ("description", widget.accessibleDescription()))
        for kind, words in said:
            if not words or _plain(words) in shown:
                continue
            if words in whole or _plain(words) in whole or any(p.match(words) for p in patterns):
                left.append(f"{type(widget).__name__} {widget.objectName()!r} {kind}: {words!r}")
    return sorted(set(left))


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    copy = tmp_path / "rivera.ecomap"
    shutil.copy(THREE_VISITS, copy)
    assert win.open_path(str(copy))
    yield win
    win.files.undo_stack.setClean()


def test_the_canvas_is_named_in_the_language_installed_later(window):
    """The canvas's name stayed "The eco-map" after Spanish was installed; its description followed."""
    assert window.view.accessibleName() == "The eco-map"
    i18n.install("es")
    QApplication.processEvents()
    assert window.view.accessibleName() == "El ecomapa"
    assert window.view.accessibleDescription().startswith("El mapa.")


def test_every_name_and_description_follows_a_language_installed_later(window):
    """Every page of the panels made (the guide's steps, Details for a person and for a line, the list,
    the summary, what changed), then Spanish installed: nothing a reader hears is left in English but
    what the widget itself shows."""
    window.accessibility.list_panel  # noqa: B018 - made as its tab would make it
    window.compare.panel  # noqa: B018
    window.conversation.insights  # noqa: B018
    doc = window.document
    person = next(node for node in doc.node_ids() if node != doc.centre_id)
    line = doc.edge_ids()[0]
    for _page in each_panel(window, [([person], []), ([], [line])]):
        pass
    assert _still_english(window)  # English words a Spanish reader would hear, before the switch
    i18n.install("es")
    QApplication.processEvents()
    assert _still_english(window) == []



def test_the_window_s_dialogs_follow_a_language_installed_later(window):
    """The dialogs the window opens (made, not shown: a dialog's words are set as it is made) say
    their fields' names in the language installed after them, as the window's own widgets do."""
    from ecomap_desktop.ui.dialogs.about import AboutDialog
    from ecomap_desktop.ui.dialogs.help import QuickGuideDialog
    from ecomap_desktop.ui.dialogs.password import NewPasswordDialog, PasswordDialog
    from ecomap_desktop.ui.dialogs.settings import SettingsDialog
    from ecomap_desktop.ui.dialogs.visit_questions import NewVisitDialog
    from ecomap_desktop.ui.window.export_actions import PdfOptionsDialog
    from ecomap_desktop.ui.window.share_copy import ShareOptionsDialog

    dialogs = [SettingsDialog(window), NewVisitDialog(window, "2025-07-01", "2025-06-02"),
               PasswordDialog(window, "rivera.ecomap"), NewPasswordDialog(window, "rivera.ecomap"),
               QuickGuideDialog(window), AboutDialog(window), PdfOptionsDialog(window),
               ShareOptionsDialog(window)]
    assert all(_still_english(dialog) for dialog in dialogs)
    i18n.install("es")
    QApplication.processEvents()
    assert [_still_english(dialog) for dialog in dialogs] == [[]] * len(dialogs)
    for dialog in dialogs:
        dialog.deleteLater()
