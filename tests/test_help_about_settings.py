"""Help ▸ Quick guide, Help ▸ About, Edit ▸ Settings and the first-run hint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings, QUrl
from PySide6.QtGui import QScreen, QTextDocument
from PySide6.QtWidgets import QApplication

from ecomap_desktop import __version__
from ecomap_desktop.resources import resource_path
from ecomap_desktop.ui import preferences
from ecomap_desktop.ui.dialogs.about import COMPONENTS, AboutDialog
from ecomap_desktop.ui.window.autosave import INTERVAL_KEY
from ecomap_desktop.ui.window.file_controller import RECENT_KEY, REMEMBER_RECENT_KEY, recent_files
from ecomap_desktop.ui.dialogs.help import QuickGuideDialog, guide_path
from ecomap_desktop.ui.main_window import MainWindow
from ecomap_desktop.ui.dialogs.settings import SettingsDialog


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.files.undo_stack.setClean()


# ----- About ---------------------------------------------------------------------------------------


def test_about_names_every_licence(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for name, licence in [("Qt", "GNU LGPL 3.0"), ("PySide6", "GNU LGPL 3.0"), ("NetworkX", "BSD"),
                          ("ReportLab", "BSD"), ("cryptography", "Apache 2.0 or BSD"),
                          ("Noto Sans fonts", "SIL Open Font License 1.1"),
                          ("Droid Sans Fallback", "Apache 2.0")]:
        line = next((row for row in text.splitlines() if name in row), None)
        assert line is not None, name
        assert licence in text[text.index(name):], name
    assert len(COMPONENTS) == text.count(".txt") - text.count("·")  # every component links a text


def test_about_shows_the_version_in_its_header(qtbot):
    from PySide6.QtWidgets import QLabel

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert any(f"Version {__version__}" in label.text() for label in dialog.findChildren(QLabel))


def test_every_licence_link_opens_its_bundled_text_in_the_dialog(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    links = {parts for component in COMPONENTS for parts in component.texts}
    assert ("fonts", "LICENSE-OFL-1.1.txt") in links and ("licenses", "LGPL-3.0.txt") in links
    for parts in links:
        dialog.show_licence(QUrl("licence:" + "/".join(parts)))
        shown = dialog.browser.toPlainText()
        assert shown == resource_path(*parts).read_text(encoding="utf-8"), parts
        assert len(shown) > 500 and dialog.back.isEnabled()
        dialog.show_list()
        assert not dialog.back.isEnabled() and "NetworkX" in dialog.browser.toPlainText()
    dialog.show_licence(QUrl("licence:licenses/GPL-3.0.txt"))
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.browser.toPlainText()
    dialog.show_licence(QUrl("licence:licenses/LGPL-3.0.txt"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.browser.toPlainText()


def test_third_party_notices_hold_each_components_own_licence():
    notices = resource_path("licenses", "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for marker in ("NetworkX is distributed with the 3-clause BSD license", "ReportLab Inc.",
                   "Apache License", "MIT License", "PYTHON SOFTWARE FOUNDATION LICENSE"):
        assert marker in notices, marker


def test_help_menu_about_entry_opens_the_about_dialog(window, monkeypatch):
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self.browser.toPlainText()) or 0)
    window.help_actions.about.trigger()
    assert shown and "LGPL" in shown[0]


# ----- Quick guide ---------------------------------------------------------------------------------


def test_quick_guide_opens_from_f1_with_the_bundled_text_and_the_legend(window, qtbot):
    assert window.help_actions.guide.shortcut().toString() == "F1"
    window.help_actions.guide.trigger()
    dialog = window._quick_guide
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.source == resource_path("help", "quick-guide.html")
    text = dialog.text()
    for heading in ("Start in the middle", "What the lines mean", "Saving and printing", "Privacy"):
        assert heading in text
    assert "never uses the internet" in text
    document = dialog.browser.document()
    for name in ("strong", "moderate", "tenuous", "stressful", "arrow"):
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(f"legend:{name}"))
        assert image is not None and not image.isNull(), name
    window.help_actions.guide.trigger()
    assert window._quick_guide is dialog  # one guide per window, raised again


@pytest.mark.parametrize("make", [QuickGuideDialog, AboutDialog])
def test_help_windows_fit_a_small_laptop_screen(window, monkeypatch, make):
    """On a 1280 x 720 laptop (680 pixels left above the taskbar) the quick guide was 760 pixels
    high: its Close button started off the screen."""
    small = QRect(0, 0, 1280, 680)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(small))
    dialog = make(window)
    frame = 40  # a title bar and borders
    assert dialog.width() <= small.width() and dialog.height() + frame <= small.height()
    dialog.deleteLater()


def test_what_the_lines_mean_scrolls_to_the_legend(window, qtbot):
    window.help_actions.guide.trigger()
    dialog = window._quick_guide
    dialog.resize(600, 400)
    QApplication.processEvents()
    assert dialog.browser.verticalScrollBar().value() == 0
    window.help_actions.lines.trigger()
    QApplication.processEvents()
    assert dialog.browser.verticalScrollBar().value() > 0


def test_guide_has_no_outside_links_or_pictures():
    html = guide_path("en").read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html
    assert 'src="legend:' in html


def test_guide_falls_back_to_english_for_a_language_without_a_guide():
    assert guide_path("xx") == resource_path("help", "quick-guide.html")


def test_spanish_guide_has_the_english_guides_sections_pictures_and_links():
    import re

    english = guide_path("en").read_text(encoding="utf-8")
    spanish = guide_path("es").read_text(encoding="utf-8")
    assert guide_path("es") == guide_path("es_MX") == resource_path("help", "quick-guide.es.html")
    places = re.compile(r'(?:name|href|src)="([^"]+)"')
    assert places.findall(spanish) == places.findall(english)
    assert spanish.count("<h2>") == english.count("<h2>") and spanish.count("<tr>") == english.count("<tr>")
    assert '<html lang="es">' in spanish
    assert "http://" not in spanish and "https://" not in spanish
    assert "Guía rápida" in spanish and "Qué significan las líneas" in spanish


def test_guide_follows_the_installed_interface_language(monkeypatch):
    from ecomap_desktop.ui.dialogs import help as help_dialog

    monkeypatch.setattr(help_dialog, "installed_language", lambda: "es")
    assert help_dialog.guide_path() == resource_path("help", "quick-guide.es.html")
    monkeypatch.setattr(help_dialog, "installed_language", lambda: "en")
    preferences.set_language("es")  # chosen in Settings, used from the next start: menus still English
    assert help_dialog.guide_path() == resource_path("help", "quick-guide.html")


# ----- Settings ------------------------------------------------------------------------------------


def test_settings_dialog_saves_every_value(qtbot, window):
    QSettings().setValue(RECENT_KEY, ["/maps/a.ecomap"])
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("letter"))
    dialog.interval.setCurrentIndex(dialog.interval.findData(300))
    dialog.remember_recent.setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.accept()
    settings = QSettings()
    assert settings.value(preferences.PAGE_SIZE_KEY) == "letter"
    assert int(settings.value(INTERVAL_KEY)) == 300
    assert str(settings.value(REMEMBER_RECENT_KEY)).lower() == "false"
    assert recent_files() == []  # turning the list off forgets it
    assert settings.value(preferences.LANGUAGE_KEY) == "es"
    assert window.autosave.timer.interval() == 300_000  # applied to the open window at once


def test_settings_dialog_starts_from_the_saved_values_and_cancel_changes_nothing(qtbot):
    preferences.set_page_size("a4")
    QSettings().setValue(INTERVAL_KEY, 120)
    preferences.set_language("es")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.page_size.currentData() == "a4"
    assert dialog.interval.currentData() == 120
    assert dialog.language.currentData() == "es"
    assert dialog.remember_recent.isChecked()
    assert "next time you start" in dialog.language_note.text()
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("letter"))
    dialog.reject()
    assert preferences.page_size() == "a4"


def test_settings_keep_an_unusual_interval_in_the_list(qtbot):
    QSettings().setValue(INTERVAL_KEY, 45)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.interval.currentData() == 45 and "45 seconds" in dialog.interval.currentText()


def test_page_size_defaults_to_the_locale_until_chosen(monkeypatch):
    from ecomap_desktop.export import options

    monkeypatch.setattr(options, "_system_locale_name", lambda: "en_US")
    assert preferences.page_size() == "letter"
    preferences.set_page_size("a4")
    assert preferences.page_size() == "a4"
    QSettings().setValue(preferences.PAGE_SIZE_KEY, "tabloid")  # a damaged setting falls back
    assert preferences.page_size() == "letter"
    with pytest.raises(ValueError):
        preferences.set_page_size("tabloid")


def test_settings_entry_is_in_the_edit_menu_with_ctrl_comma(window, monkeypatch):
    assert window.help_actions.settings in window.actions.edit_menu.actions()
    assert "Ctrl+," in [k.toString() for k in window.help_actions.settings.shortcuts()]
    opened = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self) or 0)
    window.help_actions.settings.trigger()
    assert len(opened) == 1


def test_settings_know_the_same_paper_sizes_as_the_export():
    from ecomap_desktop.export.options import PAGE_SIZES

    assert set(preferences.PAGE_SIZES) == set(PAGE_SIZES)
