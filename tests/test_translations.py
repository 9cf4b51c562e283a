"""Languages: the catalogues match the code and are complete, the window and the PDF speak Spanish
with no English left over, and a PDF can be made in another language than the window's."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction

from ecomap_desktop import i18n, labels
from ecomap_desktop.io.mapfile import load_document
from ecomap_desktop.model.vocabulary import default_legend
from ecomap_desktop.resources import resource_path
from window_support import wait_painted

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "01-rivera-family.ecomap"

_spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
translations_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations_tool)

#: Words that are the same in Spanish (format names, the app's name, units).
SAME_IN_SPANISH = {"PDF", "SVG", "PNG", "GraphML", "A4", "Ecomap Desktop", "OK", "English", "Español",
                   "Ctrl", "px", "%", "Total", "Normal"}


def _catalogues() -> list[Path]:
    found = translations_tool.catalogues()
    assert found, "no translation catalogues in resources/translations"
    return found


def test_catalogues_and_compiled_files_match_the_code():
    assert translations_tool.stale() == []


@pytest.mark.parametrize("ts_file", _catalogues(), ids=lambda p: p.stem)
def test_every_message_is_translated_with_its_placeholders(ts_file):
    problems = []
    root = ET.parse(ts_file).getroot()
    messages = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            messages += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name}: {source[:60]!r}"
            if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                problems.append(f"not translated: {where}")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            for index, text in enumerate(forms):
                if not text.strip():
                    problems.append(f"empty: {where}")
                wanted = set(re.findall(r"%\d", source))
                if "%n" in source and index > 0:
                    wanted.add("%n")  # a singular form may say "una persona" instead of "%n"
                if not wanted <= set(re.findall(r"%\d|%n", text)):
                    problems.append(f"placeholder lost: {where} -> {text!r}")
                if sorted(re.findall(r"</?(\w+)", source)) != sorted(re.findall(r"</?(\w+)", text)):
                    problems.append(f"HTML tags differ: {where}")
                if re.search(r"&\w", source.replace("&amp;", "")) and not re.search(r"&\w", text):
                    problems.append(f"menu accelerator lost: {where}")
    assert messages > 400
    assert problems == [], "\n".join(problems[:40])


def test_spanish_names_the_delete_key_as_spanish_keyboards_label_it():
    """A Spanish keyboard's key says "Supr": a hint that says "Delete" sends the parent looking for a
    key that is not there."""
    root = ET.parse(resource_path("translations", "ecomap_es.ts")).getroot()
    said = [message.findtext("translation") or "" for message in root.iter("message")
            if re.search(r"Delete removes|\(Delete\)|press Delete", message.findtext("source") or "")]
    assert said and all("Supr" in text and not re.search(r"\bDelete\b", text) for text in said), said
    guide = resource_path("help", "quick-guide.es.html").read_text(encoding="utf-8")
    assert '<td class="key">Supr</td>' in guide and '<td class="key">Delete</td>' not in guide


def test_a_sentence_that_says_click_says_tap_too():
    """The map is used with a finger and a pen as much as with a mouse: a hint that only says "click"
    leaves the parent at a touch screen wondering what to do. In English and in Spanish."""
    root = ET.parse(resource_path("translations", "ecomap_es.ts")).getroot()
    pairs = [(message.findtext("source") or "", message.findtext("translation") or "")
             for message in root.iter("message")]
    mouse_only = [source for source, _ in pairs
                  if re.search(r"\bclick", source, re.IGNORECASE) and not re.search(r"\btap\b", source)]
    assert mouse_only == []
    says_touch = re.compile(r"toque|tóquel", re.IGNORECASE)  # "Toque o haga clic en…", "…o tóquelo"
    assert [text for _, text in pairs if re.search(r"\bclic\b", text) and not says_touch.search(text)] == []
    assert any(re.search(r"\bclick", source, re.IGNORECASE) for source, _ in pairs)  # the rule has work


def test_the_legend_words_in_labels_match_a_new_map():
    for entry in default_legend():
        assert labels.legend_label(entry["key"], entry["label"]) == entry["label"]  # English: as in the file
    with i18n.export_language("es"):
        shown = [labels.legend_label(e["key"], e["label"]) for e in default_legend()]
        assert all(a != b for a, b in zip(shown, (e["label"] for e in default_legend()), strict=True))
        assert labels.legend_label("strong", "Our own words") == "Our own words"


# ----- the window in Spanish -------------------------------------------------------------------------


@pytest.fixture
def spanish(qapp):
    i18n.install("es")
    yield
    i18n.install("en")


def _texts(widget: QWidget) -> set[str]:
    """Every string a user can see or hear in *widget* and its children (menus, tips, names, cells)."""
    out: set[str] = set()

    def add(text: str | None) -> None:
        if text and text.strip():
            out.add(text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip())

    widgets = [widget, *widget.findChildren(QWidget)]
    for w in widgets:
        add(w.windowTitle() if w.isWindow() else "")
        add(w.toolTip())
        add(w.statusTip())
        add(w.whatsThis())
        add(w.accessibleName())
        add(w.accessibleDescription())
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText and "<" not in w.text():
            add(w.text())
        if isinstance(w, QAbstractButton):
            add(w.text())
        if isinstance(w, QGroupBox):
            add(w.title())
        if isinstance(w, QMenu):
            add(w.title())
        if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
            add(w.placeholderText())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w.itemText(i))
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w.tabText(i))
                add(w.tabToolTip(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for section in range(model.columnCount()):
                add(str(model.headerData(section, Qt.Orientation.Horizontal) or ""))
            for row in range(min(model.rowCount(), 40)):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                 Qt.ItemDataRole.AccessibleTextRole):
                        value = model.data(index, role)
                        if isinstance(value, str):
                            add(value)
    for action in widget.findChildren(QAction):
        add(action.text())
        add(action.toolTip())
        add(action.statusTip())
    return out


def _map_words(doc) -> set[str]:
    """The map's own words (names, notes, title), which stay as typed in every language."""
    words = {str(doc.meta(key) or "") for key in ("title", "worker_notes", "reflection", "commitment")}
    words |= {str(note) for note in (doc.meta("step_notes") or {}).values()}
    for _, data in doc.nodes_data():
        words |= {str(data.get("label", "")), str(data.get("notes", "")), str(data.get("category", ""))}
        for member in data.get("household", []):
            words |= {str(value) for value in member.values()}
    for edge_id in doc.edge_ids():
        words.add(str(doc.edge(edge_id).get("note", "")))
    lines = {line for w in words for line in w.splitlines()}
    return {w.strip() for w in words | lines if w.strip()}


#: Shown as they are in every language: key names, version numbers, file names.
NOT_WORDS = re.compile(r"^((Ctrl|Alt|Shift)\+\S+( / Ctrl\+\S+)?|Delete|Tab|Enter|Esc|F\d+)$"
                       r"|\d+\.\d+|\.\w{2,4}$")


def _english_left(texts_es: set[str], texts_en: set[str], map_words: set[str]) -> list[str]:
    """Strings shown the same in both languages that are neither the map's words nor shared words.

    A string made only of words the map itself contains (a name wrapped over two lines, a note's
    line) is the map's; anything else found unchanged is English the translation missed."""
    tokens = {t for w in map_words for t in re.findall(r"[^\W\d_]+", w)} | {"Ecomap", "Desktop"}
    left = []
    for text in texts_es & texts_en:
        if text in SAME_IN_SPANISH or NOT_WORDS.search(text) or not re.search(r"[A-Za-z]{2}", text):
            continue
        if text in map_words or all(t in tokens for t in re.findall(r"[^\W\d_]+", text)):
            continue
        left.append(text)
    return sorted(left)


def _open_window(qtbot, own_copy):
    from ecomap_desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(str(own_copy(EXAMPLE)))
    tabs = [t for t in window.findChildren(QTabWidget)]
    for tab in tabs:  # every page built and filled, as a user clicking through them would see
        for i in range(tab.count()):
            tab.setCurrentIndex(i)
            if tab.isVisible():
                wait_painted(qtbot, tab.currentWidget())
    return window


def _window_texts(qtbot, own_copy) -> tuple[set[str], set[str]]:
    window = _open_window(qtbot, own_copy)
    scene = window.scene
    texts = set()
    centre = window.document.centre_id
    person = next(n for n in window.document.node_ids() if n != centre)
    for selection in ({"node_ids": [person]}, {"edge_ids": [window.document.edge_ids()[0]]}, {}):
        scene.select_ids(**selection)
        wait_painted(qtbot, window)  # the Details panel shows what is selected
        texts |= _texts(window)
    words = _map_words(window.document) | {EXAMPLE.name}
    window.undo_stack.setClean()
    window.close()
    return texts, words


def test_the_whole_window_speaks_spanish(qtbot, own_copy, qapp):
    english, words = _window_texts(qtbot, own_copy)
    i18n.install("es")
    try:
        spanish, _ = _window_texts(qtbot, own_copy)
    finally:
        i18n.install("en")
    assert len(spanish) > 150
    left = _english_left(spanish, english, words)
    assert left == [], "\n".join(left)


def test_dialogs_speak_spanish(qtbot, qapp):
    from ecomap_desktop.ui.dialogs.about import AboutDialog
    from ecomap_desktop.ui.window.export_actions import PdfOptionsDialog
    from ecomap_desktop.ui.dialogs.help import QuickGuideDialog
    from ecomap_desktop.ui.dialogs.password import NewPasswordDialog, PasswordDialog
    from ecomap_desktop.ui.dialogs.settings import SettingsDialog

    def texts() -> set[str]:
        found = set()
        for make in (SettingsDialog, AboutDialog, QuickGuideDialog, lambda: PdfOptionsDialog(None, True),
                     lambda: PdfOptionsDialog(None, for_print=True),
                     lambda: PasswordDialog(None, "Map", "Map"), lambda: NewPasswordDialog(None, "Map")):
            dialog = make()
            qtbot.addWidget(dialog)
            found |= _texts(dialog)
            for browser in dialog.findChildren(QTextEdit):
                found |= {line.strip() for line in browser.toPlainText().splitlines() if line.strip()}
        return found

    english = texts()
    i18n.install("es")
    try:
        spanish = texts()
    finally:
        i18n.install("en")
    licences = {"LGPL", "BSD", "MIT", "Apache", "OFL", "PSF", "Qt", "PySide6", "networkx", "reportlab",
                "Pillow"}
    left = [t for t in _english_left(spanish, english, {"Map"}) if not any(x in t for x in licences)]
    assert left == [], "\n".join(left)


def test_qt_standard_buttons_are_translated_too(spanish):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Guardar"


def test_settings_language_is_used_at_start(qapp):
    from PySide6.QtCore import QCoreApplication

    from ecomap_desktop.ui import preferences
    from ecomap_desktop.ui.app import create_application

    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    try:
        create_application()  # names the app, so Settings below are the app's own
        preferences.set_language("es")
        create_application()
        assert i18n.installed_language() == "es"
        assert labels.strength_name("strong") == "Fuerte"
        preferences.set_language("en")
        create_application()
        assert labels.strength_name("strong") == "Strong"
    finally:
        i18n.install("en")
        QSettings().clear()
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


# ----- printing in another language than the window's -----------------------------------------------


def _pdf_lines(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [line.strip() for line in re.split(r"\n|\s{3,}", text) if line.strip()]


def test_pdf_in_spanish_from_an_english_window(tmp_path, qapp):
    from ecomap_desktop.export.options import PageOptions
    from ecomap_desktop.export.pdf import export_pdf

    i18n.install("en")  # the window in English, as the app sets it at start, whatever the computer says
    doc = load_document(str(EXAMPLE))
    both = {}
    for code in ("en", "es"):
        out = tmp_path / f"map-{code}.pdf"
        export_pdf(doc, out, PageOptions("letter", "auto", include_worker_notes=True, include_insights=True,
                                         language=code))
        both[code] = _pdf_lines(out)
    joined = " ".join(both["es"])
    for spanish_word in ("Conexión fuerte", "estresante", "Leyenda"):
        assert spanish_word in joined, spanish_word
    assert re.search(r"\d+ de \w+ de \d{4}", joined), "the date is written the Spanish way"
    words = _map_words(doc)
    left = _english_left(set(both["es"]), set(both["en"]), words)
    assert left == [], "\n".join(left)
    assert labels.strength_name("strong") == "Strong"  # the window stays in English


def test_worksheet_in_spanish(tmp_path, qapp):
    from ecomap_desktop.export.options import PageOptions
    from ecomap_desktop.export.worksheet import export_worksheet

    lines = {}
    for code in ("en", "es"):
        out = tmp_path / f"sheet-{code}.pdf"
        export_worksheet(out, PageOptions("a4", "portrait", language=code))
        lines[code] = _pdf_lines(out)
    assert _english_left(set(lines["es"]), set(lines["en"]), set()) == []


def test_cli_export_and_summary_take_a_language(tmp_path):
    out = tmp_path / "es.pdf"
    run = subprocess.run([sys.executable, "-m", "ecomap_desktop", "export", str(EXAMPLE), str(out),
                          "--language", "es"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "Leyenda" in " ".join(_pdf_lines(out))
    summary = subprocess.run([sys.executable, "-m", "ecomap_desktop", "summary", str(EXAMPLE),
                              "--language", "es"], capture_output=True, text=True)
    assert summary.returncode == 0 and "En el mapa" in summary.stdout, summary.stdout
    bad = subprocess.run([sys.executable, "-m", "ecomap_desktop", "export", str(EXAMPLE), str(out),
                          "--language", "xx"], capture_output=True, text=True)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


# ----- the language machinery: nothing leaks from one language into another -------------------------


#: Two tests run by a pytest of their own, with this suite's conftest: the first switches the window to
#: Spanish and never switches back (as a test that fails half-way does); the second reads what every
#: test should start with.
_LEAVES_SPANISH = """
from ecomap_desktop import i18n, labels


def test_leaves_spanish(qapp):
    i18n.install("es")
    assert labels.strength_name("strong") == "Fuerte"


def test_starts_in_english_with_us_dates(qapp):
    from PySide6.QtCore import QDate, QLocale

    assert i18n.installed_language() == "en" and labels.strength_name("strong") == "Strong"
    assert QLocale().name() == "en_US"
    assert QLocale().toString(QDate(2025, 3, 4), QLocale.FormatType.LongFormat) == "Tuesday, March 4, 2025"
"""


def _run_own_pytest(tmp_path: Path, *tests: str) -> subprocess.CompletedProcess:
    """Run *tests* of _LEAVES_SPANISH, in that order, in a fresh pytest with this suite's conftest, on a
    machine set to German (LC_TIME=de_DE gave "Dienstag, 4. März 2025" for a US date before)."""
    (tmp_path / "conftest.py").write_text((ROOT / "tests" / "conftest.py").read_text(encoding="utf-8"),
                                          encoding="utf-8")
    (tmp_path / "test_inner.py").write_text(_LEAVES_SPANISH, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="de_DE.UTF-8", LC_TIME="de_DE.UTF-8",
               LC_ALL="", PYTHONPATH=str(ROOT / "tests"))
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           *(f"test_inner.py::{name}" for name in tests)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


def test_a_language_one_test_leaves_installed_a(tmp_path):
    """A test that switches the window to Spanish and fails before switching back (or never does)
    leaves the next test in English with US dates (conftest puts them back); before, every later test
    read Spanish words and dates. Both tests run, in this order, in a pytest of their own."""
    run = _run_own_pytest(tmp_path, "test_leaves_spanish", "test_starts_in_english_with_us_dates")
    assert run.returncode == 0 and "2 passed" in run.stdout, run.stdout[-3000:] + run.stderr[-2000:]


def test_a_language_one_test_leaves_installed_b(tmp_path):
    """The first test of a run starts in English with US dates whatever the machine's regional
    settings (German here), not only the tests after one that switched language."""
    run = _run_own_pytest(tmp_path, "test_starts_in_english_with_us_dates")
    assert run.returncode == 0 and "1 passed" in run.stdout, run.stdout[-3000:] + run.stderr[-2000:]


def test_installing_another_language_later_leaves_no_dates_behind(qapp, monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(i18n, "_system_locale", lambda: QLocale("en_GB"))
    try:
        i18n.install("es")
        assert QLocale().language() == QLocale.Language.Spanish
        i18n.install("en")
        assert QLocale().name() == "en_GB"  # the computer's own formats again, not Spanish ones
    finally:
        monkeypatch.undo()
        i18n.install("en")


def test_a_page_in_the_computers_language_keeps_its_regional_dates(qapp, monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(i18n, "_system_locale", lambda: QLocale("es_MX"))
    try:
        i18n.install("en")  # the worker reads English on a Mexican computer
        with i18n.export_language("es"):
            assert i18n.current_locale().name() == "es_MX"
        with i18n.export_language("en"):
            assert i18n.current_locale().language() == QLocale.Language.English
    finally:
        monkeypatch.undo()
        i18n.install("en")


def test_export_language_none_inside_another_is_the_window_language(qapp):
    with i18n.export_language("es"):
        assert labels.strength_name("strong") == "Fuerte"
        with i18n.export_language(None) as code:
            assert code == "en"
            assert labels.strength_name("strong") == "Strong"
        assert labels.strength_name("strong") == "Fuerte"
    assert labels.strength_name("strong") == "Strong"


def test_export_language_belongs_to_its_own_thread(qapp):
    import threading

    seen = {}
    inside, release = threading.Event(), threading.Event()

    def worker():
        with i18n.export_language("es"):
            inside.set()
            release.wait(5)
            seen["worker"] = labels.strength_name("strong")

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(5)
    seen["main"] = labels.strength_name("strong")
    release.set()
    thread.join(5)
    assert seen == {"main": "Strong", "worker": "Fuerte"}


def test_export_warnings_are_in_the_windows_language_not_the_pages(qapp):
    from ecomap_desktop.export import pdf
    from ecomap_desktop.export.options import PageOptions
    from ecomap_desktop.model.document import Document

    doc = Document("\U00013000 family")  # no bundled font has this character: a warning
    _, report = pdf.render(doc, PageOptions("a4", "portrait", language="es"))
    assert any("none of the bundled fonts" in w for w in report.warnings), report.warnings
    i18n.install("es")
    try:
        _, report = pdf.render(doc, PageOptions("a4", "portrait", language="en"))
    finally:
        i18n.install("en")
    assert report.warnings and not any("bundled fonts" in w for w in report.warnings), report.warnings


def test_menu_accelerators_are_unique_within_each_menu(qtbot, qapp):
    """Alt+letter reaches one item, in every language."""
    from ecomap_desktop.ui.main_window import MainWindow

    for code in i18n.LANGUAGES:
        i18n.install(code)
        try:
            window = MainWindow()
            qtbot.addWidget(window)
            menus = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
            problems = []
            for menu in menus:
                keys = []
                for action in menu.actions():
                    found = re.search(r"&([^&\s])", action.text().replace("&&", ""))
                    if found and action.isVisible():
                        keys.append(found.group(1).lower())
                repeated = sorted({k for k in keys if keys.count(k) > 1})
                if repeated:
                    problems.append(f"{code} {menu.title() or 'menu bar'}: {repeated}")
            window.undo_stack.setClean()
            window.close()
        finally:
            i18n.install("en")
        assert problems == [], problems


def test_a_missing_catalogue_is_a_plain_message_not_a_crash(qapp, monkeypatch, tmp_path, capsys):
    from ecomap_desktop import cli
    from ecomap_desktop.export.options import ExportError, PageOptions
    from ecomap_desktop.export.pdf import export_pdf

    monkeypatch.setattr(i18n, "qm_path", lambda language: tmp_path / f"ecomap_{language}.qm")
    try:
        assert i18n.install("es") == "en"  # the window falls back to English
        with pytest.raises(ExportError, match="reinstall"):  # the app shows this in its error box
            export_pdf(load_document(str(EXAMPLE)), tmp_path / "es.pdf", PageOptions(language="es"))
        for argv in (["export", str(EXAMPLE), str(tmp_path / "es.pdf"), "--language", "es"],
                     ["summary", str(EXAMPLE), "--language", "es"],
                     ["worksheet", str(tmp_path / "sheet.pdf"), "--language", "es"]):
            assert cli.main(argv) == 1, argv
            err = capsys.readouterr().err
            assert "reinstall" in err and "Traceback" not in err, err
    finally:
        monkeypatch.undo()
        i18n.install("en")


def test_a_page_in_english_on_a_computer_with_spanish_regional_settings(tmp_path):
    """The page's language decides the words of its date, not the computer's regional settings."""
    env = dict(os.environ, LANG="es_ES.UTF-8", LANGUAGE="en", QT_QPA_PLATFORM="offscreen")
    for code, month in (("en", "March"), ("es", "marzo")):
        out = tmp_path / f"{code}.pdf"
        run = subprocess.run([sys.executable, "-m", "ecomap_desktop", "export", str(EXAMPLE), str(out),
                              "--language", code], capture_output=True, text=True, env=env)
        assert run.returncode == 0, run.stderr
        assert month in " ".join(_pdf_lines(out)), code


@pytest.mark.parametrize("code", list(i18n.LANGUAGES))
def test_the_whole_toolbar_fits_a_1280_pixel_screen_in_every_language(qtbot, qapp, code):
    """On a 1280x800 screen the window first opens 1228 pixels wide: no tool hides behind "»", in the
    worker's view or the parent view."""
    from PySide6.QtWidgets import QAbstractButton

    from ecomap_desktop.ui.main_window import MainWindow

    i18n.install(code)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1228, 736)
        window.show()
        qtbot.waitExposed(window)
        toolbar = window.actions.toolbar
        more = [b for b in toolbar.findChildren(QAbstractButton) if b.objectName() == "qt_toolbar_ext_button"]
        assert not any(b.isVisible() for b in more), toolbar.sizeHint().width()
        # In the parent view too (its bigger words hid the last tools, its own switch among them).
        window.conversation.parent_view.action.trigger()
        wait_painted(qtbot, toolbar)  # laid out again in the bigger words
        assert window.conversation.parent_view.is_on()
        assert not any(b.isVisible() for b in more), toolbar.sizeHint().width()
        window.conversation.parent_view.action.trigger()
        window.undo_stack.setClean()
        window.close()
    finally:
        i18n.install("en")


def test_the_open_and_save_dialogs_speak_spanish_whole(qtbot, qapp, tmp_path):
    """Qt's own file dialog, as Open and Save as show it: each of its words in Spanish (Qt 6's "&Look
    in:" and "Files of &type:" are not in the catalogue Qt ships, so they stayed in English)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    from ecomap_desktop.ui.dialogs import questions

    def words_of_the_dialog() -> list[str]:
        dialog = next(w for w in qapp.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
        found = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
        found += [w.toolTip() for w in dialog.findChildren(QAbstractButton)]
        dialog.reject()
        return [text.replace("&", "") for text in found if text]

    def shown(ask) -> list[str]:
        seen: list[list[str]] = []

        def look() -> None:
            if any(isinstance(w, QFileDialog) and w.isVisible() for w in qapp.topLevelWidgets()):
                seen.append(words_of_the_dialog())
            else:
                QTimer.singleShot(20, look)

        QTimer.singleShot(0, look)
        ask(None, str(tmp_path))
        return seen[0]

    i18n.install("es")
    try:
        for ask in (questions.ask_open_path, questions.ask_save_path):
            words = shown(ask)
            assert "Buscar en:" in words and "Tipo de archivo:" in words and "Nombre del archivo:" in words
            english = {"Look in:", "File name:", "Files of type:", "Back", "Forward", "Cancel", "Open",
                       "Save", "Parent Directory", "Create New Folder", "List View", "Detail View"}
            assert not english & set(words), english & set(words)
    finally:
        i18n.install("en")
    assert "Look in:" in shown(questions.ask_open_path)  # English again once English is chosen
