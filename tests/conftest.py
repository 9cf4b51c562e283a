"""Test set-up: Qt runs offscreen so the suite works on machines with no screen, and settings go to
a throwaway folder so tests never read or write the user's real settings."""

import atexit
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

# Qt's offscreen platform has one screen of 800 x 800 pixels, narrower than the windows the tests make
# (1280 x 720, a small laptop): a finger on a window past the screen's edge was on no screen, and Qt's
# gesture manager, which finds the window under a swipe through the screens, printed "could not find
# the target for gesture" at each swipe there (a finger on a real screen always has a window under
# it). A second screen to the right of Qt's own holds the rest of every window the tests make; the
# first stays as it was, and windows start on it as before (a window's first size follows its screen).
_SCREEN = {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1, "y": 0, "height": 800}
_SCREENS = {"screens": [{**_SCREEN, "name": "1", "x": 0, "width": 800},
                        {**_SCREEN, "name": "2", "x": 800, "width": 2400}]}
if os.environ.setdefault("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen_dir = tempfile.mkdtemp(prefix="ecomap-test-screen-")
    atexit.register(shutil.rmtree, _screen_dir, True)
    _screen_file = Path(_screen_dir) / "screen.json"
    _screen_file.write_text(json.dumps(_SCREENS), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_file}"
# The suite reads English unless a test asks for another language, whatever the machine speaks (the
# app follows the computer's language: Qt reads LANGUAGE first for the interface's language).
os.environ["LANGUAGE"] = "en"

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths  # noqa: E402

_SETTINGS_DIR = tempfile.mkdtemp(prefix="ecomap-test-settings-")
QCoreApplication.setOrganizationName("EcomapTests")
QCoreApplication.setApplicationName("Ecomap Desktop Tests")
QStandardPaths.setTestModeEnabled(True)
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _SETTINGS_DIR)


# The least time a test waits for what it waits on before it fails. A wait ends as soon as its
# condition holds, so a longer one costs a passing test nothing; but CI runs the suite on a machine we
# do not know (one slow core, shared), where opening a window or a map can take several times as long
# as on a desk, and a few seconds' wait failed a test whose app was only slow.
LEAST_WAIT_MS = 20_000


@pytest.fixture(scope="session", autouse=True)
def _patient_waits():
    """Every qtbot wait that fails when it times out waits at least LEAST_WAIT_MS, whatever timeout
    the test gave (a wait that expects nothing to come, raising=False, keeps its own)."""
    from pytestqt.qtbot import QtBot

    def patient(wait, check_raising: bool):
        def waiting(self, *args, timeout: int = 5000, **kwargs):
            if not check_raising or kwargs.get("raising") is not False:
                timeout = max(timeout, LEAST_WAIT_MS)
            return wait(self, *args, timeout=timeout, **kwargs)
        return waiting

    with pytest.MonkeyPatch.context() as patch:
        for name, check_raising in (("waitUntil", False), ("waitExposed", False), ("waitActive", False),
                                    ("waitSignal", True), ("waitSignals", True)):
            patch.setattr(QtBot, name, patient(getattr(QtBot, name), check_raising))
        yield


@pytest.fixture(autouse=True)
def _collector_pause_ended(request):
    """Opening a big map keeps Python's cycle collector paused until the canvas has painted it
    (ui/editor/collector_wait.py). That pause must end by itself, never outlive its test: the tests
    after it would run with no collection (and those that check the collector would fail there). A
    test module may also ask that the collector be on after each of its tests (COLLECTOR_ON_AFTER)."""
    import gc
    import time

    from ecomap_desktop import collector

    yield
    if collector.kept():  # a map just painted: the pause ends a moment after
        from ecomap_desktop.ui.editor.collector_wait import LATEST_MS

        app = QCoreApplication.instance()
        deadline = time.monotonic() + LATEST_MS / 1000 + 5
        while collector.kept() and app is not None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
    assert not collector.kept(), "a map's pause of the cycle collector outlived its test"
    if getattr(request.module, "COLLECTOR_ON_AFTER", False):
        assert gc.isenabled(), "the cycle collector was left off"


@pytest.fixture(scope="session", autouse=True)
def _fixed_ui_font(qapp):
    """Every test sees the same window text, whatever font size the machine's desktop gives (many
    give 10 pt): the application font is set, as a desktop's font reaches the app, to the one Qt's
    offscreen platform gives (Sans Serif, 9 pt). The app itself sets no font at start."""
    from PySide6.QtGui import QFont

    qapp.setFont(QFont("Sans Serif", 9))


@pytest.fixture(scope="session", autouse=True)
def _fixed_locale(qapp):
    """Dates and numbers as the app formats them in US English, whatever the machine's regional
    settings: the locale Qt starts with is the system's, whose dates follow LC_TIME (German dates on
    an English page), and it lasted only until the first test that switched languages."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture(autouse=True)
def _language_restored(_fixed_locale):
    """Each test starts in English with US dates, whatever the test before it switched to and left
    (i18n.install sets the locale for the whole application: QLocale.setDefault)."""
    from PySide6.QtCore import QLocale

    from ecomap_desktop import i18n

    language, locale = i18n.installed_language(), QLocale()
    yield
    if i18n.installed_language() != language:
        i18n.install(language)
    if QLocale() != locale:
        QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def _fresh_settings():
    """Each test starts from default settings."""
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def _safe_data_dialogs_and_recovery(monkeypatch, tmp_path_factory):
    """Data-safety questions never block a test, and recovery copies go to a throwaway folder.

    By default a map already open in another window opens read-only and password questions are
    cancelled; tests that exercise these questions patch them with their own answers.
    """
    from ecomap_desktop.io import recovery
    from ecomap_desktop.ui.dialogs import questions as dialogs

    folder = tmp_path_factory.mktemp("recovery")
    monkeypatch.setattr(recovery, "default_folder", lambda: folder)
    monkeypatch.setattr(dialogs, "ask_open_read_only", lambda parent, name: True)
    monkeypatch.setattr(dialogs, "ask_password", lambda parent, name, error="": None)
    monkeypatch.setattr(dialogs, "ask_new_password", lambda parent, name: None)
    monkeypatch.setattr(dialogs, "choose_recovery", lambda parent, copies, discard: [])
    # Windows left with unsaved changes are closed by pytest-qt at teardown: the question about
    # them must not wait for a click that never comes. Tests of the question patch their own.
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda parent, name: "discard")
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: None)
    monkeypatch.setattr(dialogs, "ask_open_backup", lambda parent, message, backup_name: False)
    recovery.shutdown_default_store()
    yield
    recovery.shutdown_default_store()


@pytest.fixture(autouse=True)
def _no_key_held_over():
    """No test starts with a key held down. A simulated Ctrl+Z that triggers a shortcut can leave
    Qt believing Ctrl is still held; the next test's table then toggles a row instead of selecting
    it, as with Ctrl held (seen when the household editor's tests ran after the main window's)."""
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    held = QGuiApplication.keyboardModifiers() if QApplication.instance() is not None else None
    if not held:
        return
    sink = QWidget()  # a throwaway receiver for the releases; Python deletes it on return
    for modifier, key in ((Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Control),
                          (Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Shift),
                          (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Alt),
                          (Qt.KeyboardModifier.MetaModifier, Qt.Key.Key_Meta)):
        if QGuiApplication.keyboardModifiers() & modifier:
            QTest.keyRelease(sink, key)


@pytest.fixture
def noto_app_font(qapp):
    """The window's text in the bundled Noto Sans at 9 pt, as on a machine whose own font is that size,
    so the guide's layout tests measure the same on every machine."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from ecomap_desktop.typeface import register_qt_fonts

    register_qt_fonts()
    before = QApplication.font()
    QApplication.setFont(QFont("Noto Sans", 9))
    yield
    QApplication.setFont(before)


@pytest.fixture
def window(qtbot):
    """A main window on show and active, so keys go to it (a test module may make its own instead)."""
    from window_support import open_window

    return open_window(qtbot)


SHIPPED_EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def own_copy(tmp_path_factory) -> Callable[[Path], Path]:
    """own_copy(path): a copy of a shipped example (same name) for this test alone, to open in a
    window. An open map holds its lock file (QLockFile), so a second run of the suite at the same
    time would find a shared example taken and open it read-only."""
    folder = tmp_path_factory.mktemp("own-copy")

    def copy(path: Path) -> Path:
        mine = folder / path.name
        if not mine.exists():
            shutil.copyfile(path, mine)
        return mine
    return copy


@pytest.fixture(autouse=True)
def _no_window_holds_a_shipped_example(monkeypatch):
    """A test that opened a shipped example in a window would take its lock from any other run of the
    suite at the same time: it fails, and says to open own_copy(path)."""
    from ecomap_desktop.io import filelock

    acquire, lock_early = filelock.MapFileLock.acquire, filelock.lock_early

    def refuse_shipped(path) -> None:
        assert Path(path).resolve().parent != SHIPPED_EXAMPLES, f"open own_copy(...) of {Path(path).name}"

    def acquire_unless_shipped(self, path):
        refuse_shipped(path)
        return acquire(self, path)

    def lock_early_unless_shipped(path) -> None:
        # The app's start takes the lock early, on a thread of its own (ui/app.py): the same rule.
        refuse_shipped(path)
        lock_early(path)
    monkeypatch.setattr(filelock.MapFileLock, "acquire", acquire_unless_shipped)
    monkeypatch.setattr(filelock, "lock_early", lock_early_unless_shipped)
