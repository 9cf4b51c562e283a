"""What the window's start-up loads, and what it leaves until it is needed (issue 18)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def _modules_after(code: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, env=env, check=True, timeout=60).stdout
    return out.split()


def _child_output(code: str) -> str:
    """What *code*, run in a fresh interpreter on the offscreen platform, prints."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          check=True, timeout=60).stdout


def _window_start(settings: Path, example: str, before_events: str = "") -> str:
    """A child script that starts as the app does: the model, the application, the window shown,
    *example* (a file in examples/) opened, then *before_events* and one round of events. Settings
    go to *settings*."""
    # A copy of its own: the original may be open in another run of the suite at the same time, whose
    # lock would make this window ask (with no one to answer) whether to open it read-only.
    path = Path(settings) / example
    if not path.exists():
        shutil.copyfile(Path(__file__).resolve().parent.parent / "examples" / example, path)
    return (
        f"import os\nos.environ['XDG_CONFIG_HOME'] = {str(settings)!r}\n"
        "import sys\n"
        "from ecomap_desktop.model import document\n"
        "from ecomap_desktop.ui.app import create_application\n"
        "app = create_application()\n"
        "from ecomap_desktop.ui.main_window import MainWindow\n"
        "window = MainWindow()\n"
        "window.show()\n"
        f"window.open_path({str(path)!r})\n"
        + before_events +
        "app.processEvents()\n"
    )


def _built_types(wanted: dict[str, tuple[str, ...]]) -> str:
    """Child code printing `built: [...]`, which of *wanted*'s Qt classes (by PySide module) have had
    their Python type built so far, then `seen once named: True` if naming the first of them makes
    the same check see it.

    PySide builds a Qt class's Python type and enums the first time the class is named, which is
    what the tests below keep out of a start; it is PySide's doing, not a module in sys.modules. The
    second line shows the check sees a type once built, so `built: []` cannot come from a check that
    sees nothing (a PySide that kept its types elsewhere would fail these tests, not pass them)."""
    return (
        "import importlib\n"
        f"wanted = {wanted!r}\n"
        "modules = {name: importlib.import_module(name) for name in wanted}\n"
        "print('built:', [kind for name, kinds in wanted.items() for kind in kinds\n"
        "                 if kind in vars(modules[name])])\n"
        "module, kinds = next(iter(wanted.items()))\n"
        "getattr(modules[module], kinds[0])\n"
        "print('seen once named:', kinds[0] in vars(modules[module]))\n"
    )


def test_the_ecomap_command_imports_no_qt_before_it_knows_what_to_start():
    """`ecomap FILE` loads the map's modules (networkx) before Qt's: once PySide6 is loaded it reads
    the source of every module imported after it, which made the window start about a tenth slower.
    The commands' own modules (which load Qt for their words) come in only for a command."""
    modules = _modules_after("import ecomap_desktop.cli")
    assert not [m for m in modules if m.startswith(("PySide6", "shiboken6", "networkx"))]
    commands = [m for m in modules if m.startswith("ecomap_desktop.cli.")]
    assert commands == ["ecomap_desktop.cli.common"]


def test_the_cycle_collector_is_paused_while_the_window_starts_and_on_again_once_it_is_up(tmp_path):
    """Start-up runs without Python's cycle collector (what it makes lasts as long as the app), the
    first window is moved out of the collector's way as the modules are (before any map is opened),
    and the collector is back as soon as the window is up, so a long session frees what it drops."""
    code = (
        "import gc, sys\n"
        "from ecomap_desktop.cli import main\n"
        "from ecomap_desktop.model import document\n"
        "from ecomap_desktop.ui import app as ui_app\n"
        "start = ui_app.start_windows\n"
        "def watched(path):\n"
        "    from PySide6.QtCore import QTimer\n"
        "    from PySide6.QtWidgets import QApplication\n"
        "    print('while starting:', gc.isenabled())\n"
        "    frozen = gc.get_freeze_count()\n"
        "    windows = start(path)\n"
        "    print('the window frozen with the modules:', gc.get_freeze_count() > frozen)\n"
        "    def up():\n"
        "        print('window up:', gc.isenabled(), windows[0].isVisible())\n"
        "        QApplication.instance().quit()\n"
        "    QTimer.singleShot(200, up)\n"
        "    return windows\n"
        "ui_app.start_windows = watched\n"
        "sys.exit(main([sys.argv[1]]))\n"
    )
    example = tmp_path / "01-rivera-family.ecomap"  # a copy of its own (see _window_start)
    shutil.copyfile(Path(__file__).resolve().parent.parent / "examples" / example.name, example)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))  # settings of its own
    env.update({name: str(tmp_path / name.lower()) for name in
                ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")})
    out = subprocess.run([sys.executable, "-c", code, str(example)], capture_output=True, text=True,
                         env=env, check=True, timeout=60).stdout
    assert out.splitlines() == ["while starting: False", "the window frozen with the modules: True",
                                "window up: True True"]


@pytest.mark.parametrize("rings, legend", [(False, True), (True, False), (True, True)])
def test_circles_and_legend_come_back_as_they_were_left_without_writing_the_settings(qtbot, rings, legend):
    from PySide6.QtCore import QSettings

    from ecomap_desktop.ui.main_window import MainWindow

    settings = QSettings()
    if not rings:
        settings.setValue("view/show_rings", False)
    if not legend:
        settings.setValue("view/show_legend", False)
    settings.sync()
    before = {key: settings.value(key) for key in settings.allKeys()}
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for action, shown, on_map in ((window.actions.show_rings, rings, window.scene.rings_visible()),
                                  (window.actions.show_legend, legend, window.scene.legend_visible())):
        assert action.isChecked() is shown and on_map is shown
        assert window.actions.toolbar.widgetForAction(action).isChecked() is shown
    after = QSettings()
    assert {key: after.value(key) for key in after.allKeys() if key.startswith("view/")} == {
        key: value for key, value in before.items() if key.startswith("view/")}
    # The toolbar's button still turns the circles on and off, and that is remembered.
    window.actions.toolbar.widgetForAction(window.actions.show_rings).click()
    assert window.scene.rings_visible() is not rings
    assert str(QSettings().value("view/show_rings")).lower() == str(not rings).lower()


def test_what_a_visit_rarely_opens_is_loaded_when_first_opened_not_at_start(tmp_path):
    """The password and recovery dialogs, the visit dialogs, a past visit's canvas, the twins of the
    summary and the list, the What changed panel, the summary's sums (analysis.insights: the guide and
    the screen reader need only how support flows, from analysis.connections), the canvas's name
    editor, the line drawn while connecting and Arrange, the canvas's context menu, mouse and finger
    gestures, what a screen reader is given and told of the canvas and the panels' tab bar (until one
    asks),
    the rules and marks of a comparison, the module that writes files (atomic.py), uuid (ids come from
    os.urandom) and unicodedata are imported the first time they are needed, not with the window."""
    modules = _modules_after(_window_start(tmp_path, "03-rivera-family-three-visits.ecomap"))
    assert "ecomap_desktop.ui.main_window" in modules
    for later in ("ecomap_desktop.ui.dialogs.password", "ecomap_desktop.ui.dialogs.recovery",
                  "ecomap_desktop.ui.dialogs.visit_questions", "ecomap_desktop.ui.editor.past_canvas",
                  "ecomap_desktop.ui.panels.insights", "ecomap_desktop.ui.panels.map_list.panel",
                  "ecomap_desktop.ui.widgets.trend_chart", "ecomap_desktop.analysis.changes",
                  "ecomap_desktop.ui.panels.changes.panel", "ecomap_desktop.analysis.insights",
                  "ecomap_desktop.canvas.items.label_editor", "ecomap_desktop.canvas.items.preview_item",
                  "ecomap_desktop.ui.editor.arrange", "ecomap_desktop.ui.editor.accessible_items",
                  "ecomap_desktop.ui.widgets.tab_bar_accessible",
                  "ecomap_desktop.ui.widgets.accessible_leaf",
                  "ecomap_desktop.ui.editor.context_menu",
                  "ecomap_desktop.ui.editor.interactions.touch_press",
                  "ecomap_desktop.ui.editor.interactions.touch_pinch",
                  "ecomap_desktop.ui.editor.interactions.move",
                  "ecomap_desktop.ui.editor.interactions.connect",
                  "ecomap_desktop.ui.panels.map_list.sentences",
                  "secrets", "hmac",  # a save's temporary names, a protected map's check
                  "uuid", "platform",  # ids are made from os.urandom (model/ids.py)
                  "unicodedata",  # a name's control characters are taken out by one pattern
                  "encodings.utf_8_sig",  # a map's byte order mark is passed over by hand
                  "ecomap_desktop.io.atomic",  # the writing module, with the first save or copy
                  "ecomap_desktop.canvas.items.compare_items",  # the legend knows them by number
                  "ecomap_desktop.model.visit_commands",  # with the first visit added or changed
                  "ecomap_desktop.canvas.compare_overlay"):
        assert later not in modules, later


@pytest.mark.parametrize("argv", [[], ["map.ecomap"], ["my map.ecomap"], [""], ["-"], ["frobnicate"],
                                  ["Mapa de la familia Núñez.ecomap"]])
def test_the_window_opens_the_file_the_command_line_parser_would_read(argv):
    """`ecomap` and `ecomap FILE` skip building the parser; they open what it would have read."""
    from ecomap_desktop.cli import _gui_file, _gui_parser

    assert _gui_file(argv) == _gui_parser().parse_args(argv).file


@pytest.mark.parametrize("argv", [["--no-such-option"], ["a.ecomap", "b.ecomap"], ["--version"], ["-h"]])
def test_anything_else_still_goes_through_the_parser(argv, capsys):
    from ecomap_desktop.cli import _gui_file

    with pytest.raises(SystemExit):
        _gui_file(argv)


def test_closing_a_window_left_where_it_was_does_not_rewrite_the_settings(tmp_path):
    """The window's place is saved when it closes; a window closed where it came back is not saved again
    (each write rewrites the settings file and syncs it to disk), and the place still comes back.

    Where a window opens is the window manager's to decide (one may cascade or centre new windows, no
    fault of ours), and the suite may run on a real screen under any of them (conftest only sets the
    offscreen platform when none is set). So the three windows open in a process of their own on Qt's
    offscreen platform, where a window goes where it asks to go: the same answer under any screen or
    window manager, or none."""
    code = (
        "import os, sys\n"
        "from PySide6.QtCore import QCoreApplication, QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "QCoreApplication.setOrganizationName('EcomapTests')\n"
        "QCoreApplication.setApplicationName('Ecomap Desktop Tests')\n"
        "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
        "QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])\n"
        "app = QApplication(['ecomap'])\n"
        "from ecomap_desktop.ui.main_window import MainWindow\n"
        "def open_and_close():\n"
        "    window = MainWindow()\n"
        "    window.show()\n"
        "    while window.windowHandle() is None or not window.windowHandle().isExposed():\n"
        "        app.processEvents()\n"
        "    shown = bytes(window.saveGeometry())\n"
        "    window.close()\n"
        "    QSettings().sync()\n"
        "    written = os.stat(QSettings().fileName())\n"
        "    return shown, (written.st_ino, written.st_mtime_ns)\n"
        "open_and_close()\n"
        "_, written = open_and_close()  # opened where the first was left\n"
        "saved = bytes(QSettings().value('window/geometry'))\n"
        "shown, after = open_and_close()\n"
        "print('came back:', shown == saved)\n"
        "print('file untouched:', after == written)\n"
        "print('still saved:', bytes(QSettings().value('window/geometry')) == saved)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))  # whatever the suite runs on
    env.update({name: str(tmp_path / name.lower()) for name in
                ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")})
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "settings")], capture_output=True,
                         text=True, env=env, check=True, timeout=60).stdout
    assert out.splitlines() == ["came back: True", "file untouched: True", "still saved: True"]


def test_a_solid_brush_is_the_brush_qbrush_makes():
    from PySide6.QtGui import QBrush, QColor

    from ecomap_desktop.canvas.items.brush import solid_brush

    for colour in (QColor("#d55e00"), QColor(255, 255, 255, 150), QColor("#000000"), QColor()):
        made, qt = solid_brush(colour), QBrush(colour)
        assert made == qt and made.color() == qt.color() and made.style() == qt.style()


def test_a_start_builds_no_gradient_or_image_types_for_the_canvas(tmp_path):
    """The canvas's brushes are made without QBrush's constructor (canvas/items/brush.py): choosing
    among its overloads would build QGradient's and QImage's Python types and enums, about 2 ms of
    every start, for nothing the window shows."""
    code = (
        # the map drawn, as on the first paint
        _window_start(tmp_path, "02-agency-caseload-map.ecomap", "window.view.viewport().grab()\n")
        + _built_types({"PySide6.QtGui": ("QGradient", "QImage")})
    )
    out = _child_output(code)
    assert out.splitlines()[-2:] == ["built: []", "seen once named: True"]


def test_pyside_looks_at_no_module_imported_after_the_models_first_qt_import(tmp_path):
    """PySide6 puts a function of its own in front of `import` (for its opt-in `__feature__`
    switches, which we never use): it runs Python code at each import statement and reads the whole
    source of each new module. pyside_sources takes it out of the way again just before the model
    first imports Qt: no module imported after that, ours, Python's or anyone's, is read or noted
    (about 13M instructions of each start), and `import` is the one that function passed each
    statement on to."""
    (tmp_path / "neighbour.py").write_text("# Uses PySide6.\n", encoding="utf-8")
    code = (
        f"import os\nos.environ['XDG_CONFIG_HOME'] = {str(tmp_path)!r}\n"
        "import builtins, linecache, sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "from ecomap_desktop.model import document\n"
        "from ecomap_desktop.ui.app import create_application\n"
        "app = create_application()\n"
        "from ecomap_desktop.ui.main_window import MainWindow\n"
        "window = MainWindow()\n"
        "import colorsys, neighbour\n"  # Python's own and someone else's, imported after PySide
        "table = sys.modules['PySide6.support.feature'].pyside_feature_dict\n"
        "read = [os.path.basename(name) for name in linecache.cache]\n"
        # The model's modules and Python's that the model brings in after Qt, before the window's.
        "print('read:', [name for name in ('main_window.py', 'vocabulary.py', 'ids.py', 'datetime.py',\n"
        "                                  'colorsys.py', 'neighbour.py') if name in read])\n"
        "print('noted:', [name for name in ('ecomap_desktop.ui.main_window', 'ecomap_desktop.labels',\n"
        "                 'ecomap_desktop.model.ids', 'colorsys', 'neighbour') if name in table])\n"
        "print('import passed on:', builtins.__import__ is builtins.__orig_import__)\n"
    )
    assert _child_output(code).splitlines() == ["read: []", "noted: []", "import passed on: True"]


def test_a_start_compiles_no_pattern_for_the_messages_it_does_not_show(tmp_path):
    """The pattern that escapes control characters in a message (io/errors.py) is compiled the first
    time a message is escaped: its range of lone surrogates makes re build a table of every
    character, about 4M instructions that a start showing no message would pay for nothing."""
    code = _window_start(tmp_path, "02-agency-caseload-map.ecomap", "window.view.viewport().grab()\n") + (
        "import re\n"
        "from ecomap_desktop.io.errors import escape_controls\n"
        "pattern = '[\\x00-\\x1f\\x7f-\\x9f\\ud800-\\udfff]'\n"
        "def compiled():\n"
        "    caches = [cache for name, cache in vars(re).items() if name.startswith('_cache')]\n"
        "    return any(isinstance(key, tuple) and pattern in key for cache in caches for key in cache)\n"
        "print('compiled:', compiled())\n"
        "print('escaped:', escape_controls('a\\x1bb\\udcff'))\n"
        "print('seen once used:', compiled())\n"
    )
    assert _child_output(code).splitlines()[-3:] == [
        "compiled: False", "escaped: a\\x1bb\\xff", "seen once used: True"]


def test_the_windows_actions_take_every_part_by_name_and_no_other():
    """`Actions` is a plain class (a dataclass's generated methods cost ~0.5 ms of each start); it
    still refuses a part left out or misnamed, as the dataclass did."""
    from ecomap_desktop.ui.window.actions import Actions

    names = list(Actions.__annotations__)
    parts = {name: object() for name in names}
    actions = Actions(**parts)
    assert all(getattr(actions, name) is parts[name] for name in names)
    with pytest.raises(TypeError):
        Actions(**{name: part for name, part in parts.items() if name != "toolbar"})
    with pytest.raises(TypeError):
        Actions(**parts, toolbox=object())


def test_a_start_builds_no_qstyle_types(tmp_path):
    """The first window, drawn whole (its toolbar's greyed Undo and Redo, the arrow and colour boxes),
    calls no QStyle from Python: PySide would build QStyle's Python types and their ~600 enum values,
    about 4 ms of every start. Qt greys the icons and draws and sizes the boxes itself."""
    code = (
        _window_start(tmp_path, "02-agency-caseload-map.ecomap", "window.grab()\n")
        + "print('greyed:', not window.actions.undo.isEnabled())\n"
        + _built_types({"PySide6.QtWidgets": ("QStyle", "QCommonStyle", "QProxyStyle")})
    )
    out = _child_output(code)
    assert out.splitlines()[-3:] == ["greyed: True", "built: []", "seen once named: True"]


def test_the_records_a_start_makes_are_read_only_values():
    """Visits, line styles, the canvas's looks, a loaded map, a recovery copy and the share options
    are read-only records compared by value (NamedTuples: no methods compiled at start, as a frozen
    dataclass's are, ~0.3 ms each)."""
    from ecomap_desktop import style
    from ecomap_desktop.model.visits import Visit

    visit = Visit("1b4e28ba-2fa1-11d2-883f-0016d3cca427", "2025-03-04")
    assert visit == Visit("1b4e28ba-2fa1-11d2-883f-0016d3cca427", "2025-03-04", "") and visit.label == ""
    assert visit != Visit("1b4e28ba-2fa1-11d2-883f-0016d3cca427", "2025-03-05")
    assert len({visit, Visit(visit.id, visit.date)}) == 1
    for record in (visit, style.LINE_STYLES["tenuous"], style.HIGH_CONTRAST):
        with pytest.raises(AttributeError):
            record.label = "changed"
    assert style.HIGH_CONTRAST.fill("friend") == style.HIGH_CONTRAST.node_fill
    assert style.STANDARD.fill("friend") == style.category_fill("friend")


def test_a_start_builds_no_types_for_what_it_does_not_do(tmp_path):
    """QDir (the home folder, for a first Save when there is no Documents folder), QPointingDevice
    (a pen's barrel button), QInputDevice and QEventPoint (a finger's touch) and QLibraryInfo (Qt's
    own catalogue, for a translated window) are named where they are used: PySide builds a Qt
    class's type and enums the first time it is named, which an English start with no pen, no touch
    and no Save would pay for nothing."""
    code = (
        _window_start(tmp_path, "02-agency-caseload-map.ecomap", "window.grab()\n")
        + _built_types({"PySide6.QtCore": ("QDir", "QLibraryInfo"),
                        "PySide6.QtGui": ("QPointingDevice", "QInputDevice", "QEventPoint")})
    )
    assert _child_output(code).splitlines()[-2:] == ["built: []", "seen once named: True"]


def test_the_first_save_and_recovery_copy_of_a_start_write_their_files(tmp_path):
    """The writing module (io/atomic.py) comes with the first save or recovery copy, not with the
    window; both then write at once."""
    code = (
        _window_start(tmp_path, "02-agency-caseload-map.ecomap")
        + "print('loaded at start:', 'ecomap_desktop.io.atomic' in sys.modules)\n"
        "from pathlib import Path\n"
        "from ecomap_desktop.io.mapfile import document_to_bytes, load_document, save_document\n"
        "from ecomap_desktop.io.recovery import RecoveryStore, new_key\n"
        f"target = Path({str(tmp_path)!r}) / 'copy.ecomap'\n"
        "save_document(window.document, target)\n"
        "print('saved:', document_to_bytes(load_document(target)) == document_to_bytes(window.document))\n"
        f"store = RecoveryStore(Path({str(tmp_path)!r}) / 'recovery')\n"
        "copy = store.write(new_key(), document_to_bytes(window.document), name='copy',\n"
        "                   original_path=None, protected=False)\n"
        "print('copy written:', copy.is_file())\n"
        "store.stop()\n"
    )
    out = _child_output(code).splitlines()
    assert out[-3:] == ["loaded at start: False", "saved: True", "copy written: True"]


def test_the_first_visit_of_a_start_is_added_changed_and_deleted_at_once(tmp_path):
    """The visits' undo commands come with the first visit added, changed or deleted, not with the
    window; each then works at once and is one undo step."""
    code = (
        _window_start(tmp_path, "02-agency-caseload-map.ecomap")
        + "print('loaded at start:', 'ecomap_desktop.model.visit_commands' in sys.modules)\n"
        "from ecomap_desktop.ui.dialogs import visit_questions\n"
        "visits = window.visits\n"
        "first = window.document.current_visit().date\n"
        "print('added:', visits.start_visit('2099-01-02', 'Follow-up'), window.document.visit_count())\n"
        "new = window.document.current_visit().id\n"
        "visits_module = sys.modules['ecomap_desktop.ui.window.visits']\n"
        "visits_module._date_and_label = lambda dialog: ('2099-01-03', 'Second')\n"
        "visits.ask_edit_visit(new)\n"
        "print('changed:', tuple(window.document.current_visit())[1:])\n"
        "visit_questions.ask_delete_visit = lambda parent, date: True\n"
        "visits.ask_delete_visit(new)\n"
        "print('deleted:', window.document.visit_count(), window.document.current_visit().date == first)\n"
        "window.undo_stack.undo()\n"
        "print('undone:', window.document.visit_count())\n"
    )
    out = _child_output(code).splitlines()
    assert out[-5:] == ["loaded at start: False", "added: True 2", "changed: ('2099-01-03', 'Second')",
                        "deleted: 1 True", "undone: 2"]


def test_the_other_scripts_fonts_are_registered_just_after_the_first_paint(tmp_path):
    """A map of Latin names opens with the bundled Latin faces only (reading a font file is most of
    what registering it costs); just after the first paint the other scripts' follow, and a font made
    before then falls back to them too: a Chinese word after a Latin one is drawn with the bundled
    CJK font, not the system's."""
    example = "02-agency-caseload-map.ecomap"
    shutil.copyfile(Path(__file__).resolve().parent.parent / "examples" / example, tmp_path / example)
    out = _child_output(
        f"import os\nos.environ['XDG_CONFIG_HOME'] = {str(tmp_path)!r}\n"
        "import time\n"
        "from ecomap_desktop.model import document\n"
        "from ecomap_desktop.ui.app import create_application, start_windows\n"
        "app = create_application()\n"
        "from ecomap_desktop import typeface\n"
        "from ecomap_desktop.canvas.items.text_layout import label_font\n"
        f"windows = start_windows({str(tmp_path / example)!r})\n"
        "print('before:', sorted(typeface.registered_font_files()))\n"
        "font = label_font(14, False, 'Ana')\n"
        "every = set(typeface.FONT_FILES.values())\n"
        "deadline = time.monotonic() + 30\n"
        "while typeface.registered_font_files() != every and time.monotonic() < deadline:\n"
        "    app.processEvents()\n"
        "print('after:', typeface.registered_font_files() == every)\n"
        "from PySide6.QtGui import QTextLayout\n"
        "layout = QTextLayout('Ana \u674e', font)\n"
        "layout.beginLayout()\nlayout.createLine()\nlayout.endLayout()\n"
        "print('drawn with:', sorted({run.rawFont().familyName() for run in layout.glyphRuns()}))\n")
    assert "before: ['NotoSans-Bold.ttf', 'NotoSans-Regular.ttf']" in out
    assert "after: True" in out
    assert "drawn with: ['Droid Sans Fallback', 'Noto Sans']" in out


def test_a_name_in_another_script_registers_its_font_at_once(tmp_path):
    """A map whose names need another script is drawn with its bundled font from the first paint."""
    out = _child_output(
        f"import os\nos.environ['XDG_CONFIG_HOME'] = {str(tmp_path)!r}\n"
        "from ecomap_desktop.ui.app import create_application\n"
        "app = create_application()\n"
        "from ecomap_desktop import typeface\n"
        "print('first:', len(typeface.registered_font_files()))\n"
        "print('families:', typeface.families_for('\u0e2a\u0e21\u0e0a\u0e32\u0e22')[:2])\n"
        "print('then:', typeface.registered_font_files() == set(typeface.FONT_FILES.values()))\n")
    assert "first: 2" in out
    assert "families: ['Noto Sans Thai', 'Noto Sans']" in out
    assert "then: True" in out


def test_the_first_windows_panels_are_swiped_once_it_is_painted_not_before(tmp_path):
    """The first window is drawn before its panels get their finger scrollers (QScroller's types
    and one scroller per panel: about 8 million instructions of each start); they come just after
    its first paint, before a finger can reach them. A panel made later is swipeable at once."""
    code = (
        "import sys, time\n"
        "from ecomap_desktop.cli import main\n"
        "from ecomap_desktop.model import document\n"
        "from ecomap_desktop.ui import app as ui_app\n"
        "start = ui_app.start_windows\n"
        "def watched(path):\n"
        "    from PySide6 import QtWidgets\n"
        "    from PySide6.QtCore import QEvent, QObject, QTimer\n"
        "    from PySide6.QtWidgets import QApplication, QScrollArea\n"
        "    from ecomap_desktop.ui.widgets.swipe_scroll import is_swipeable, swipe_to_scroll\n"
        "    windows = start(path)\n"
        "    window = windows[0]\n"
        "    panels = (window.conversation.guide.scroll_area, window.details_dock.widget())\n"
        # Looked at again from the event loop after the paint (never from inside it: Qt does not
        # let a paint run the event loop), until the panels are swipeable or half a minute is up.
        "    deadline = time.monotonic() + 30\n"
        "    def look_after_the_paint():\n"
        "        if not all(map(is_swipeable, panels)) and time.monotonic() < deadline:\n"
        "            QTimer.singleShot(10, look_after_the_paint)\n"
        "            return\n"
        "        print('panels swiped after:', all(map(is_swipeable, panels)))\n"
        "        later = QScrollArea(window)\n"
        "        swipe_to_scroll(later)\n"
        "        print('a later panel at once:', is_swipeable(later))\n"
        "        QApplication.instance().quit()\n"
        "    class FirstPaint(QObject):\n"
        "        def eventFilter(self, obj, event):\n"
        "            if event.type() == QEvent.Type.Paint:\n"
        "                obj.removeEventFilter(self)\n"
        "                print('scrollers while painting:', 'QScroller' in vars(QtWidgets))\n"
        "                QTimer.singleShot(0, look_after_the_paint)\n"
        "            return False\n"
        "    watched.filter = FirstPaint()\n"
        "    window.view.viewport().installEventFilter(watched.filter)\n"
        "    return windows\n"
        "ui_app.start_windows = watched\n"
        "sys.exit(main([sys.argv[1]]))\n"
    )
    example = tmp_path / "02-agency-caseload-map.ecomap"  # a copy of its own (see _window_start)
    shutil.copyfile(Path(__file__).resolve().parent.parent / "examples" / example.name, example)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))  # settings of its own
    env.update({name: str(tmp_path / name.lower()) for name in
                ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")})
    run = subprocess.run([sys.executable, "-c", code, str(example)], capture_output=True, text=True,
                         env=env, check=True, timeout=60)
    assert run.stdout.splitlines() == ["scrollers while painting: False", "panels swiped after: True",
                                       "a later panel at once: True"]
    assert "Recursive repaint" not in run.stderr and "Painter not active" not in run.stderr


def _held_window_start(settings: Path) -> str:
    """_window_start with the 60-node example, the window built as start_windows builds it (the
    panels' swiping, which asks for their viewports, waits for the first paint), the map drawn and
    its canvas's viewport asked for as start-up's first paint watcher asks."""
    start = _window_start(settings, "02-agency-caseload-map.ecomap", "window.view.viewport().grab()\n")
    held = ("from ecomap_desktop.ui.widgets.swipe_scroll import held_areas\n"
            "with held_areas():\n    window = MainWindow()\n")
    assert "window = MainWindow()\n" in start
    return start.replace("window = MainWindow()\n", held)


def test_a_start_wraps_no_widget_qt_made_without_saying_its_class(tmp_path):
    """The first window, drawn, never hands Python a plain widget Qt made for itself (the canvas's
    viewport, a note field's, the parts inside the household table): PySide wraps one by trying every
    widget class it has, building the Python type and enums of each the first time (a colour
    dialog, a wizard, a calendar... about 4 ms of every start) for nothing the window shows."""
    code = _held_window_start(tmp_path) + _built_types(
        {"PySide6.QtWidgets": ("QColorDialog", "QWizard", "QCalendarWidget", "QMdiArea", "QLCDNumber")})
    assert _child_output(code).splitlines()[-2:] == ["built: []", "seen once named: True"]


def test_a_start_builds_no_types_for_the_questions_it_does_not_ask(tmp_path):
    """The message boxes, file dialogs and the export and share dialogs' buttons are named where they
    are asked for: no start asks them before the window is drawn (about 1 ms of every start)."""
    code = _held_window_start(tmp_path) + _built_types(
        {"PySide6.QtWidgets": ("QMessageBox", "QFileDialog", "QDialogButtonBox")})
    assert _child_output(code).splitlines()[-2:] == ["built: []", "seen once named: True"]
