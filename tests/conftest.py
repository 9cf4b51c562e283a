"""Test set-up: Qt runs offscreen so the suite works on machines with no screen, and settings go to
a throwaway folder so tests never read or write the user's real settings."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths  # noqa: E402

_SETTINGS_DIR = tempfile.mkdtemp(prefix="ecomap-test-settings-")
QCoreApplication.setOrganizationName("EcomapTests")
QCoreApplication.setApplicationName("Ecomap Desktop Tests")
QStandardPaths.setTestModeEnabled(True)
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _SETTINGS_DIR)


@pytest.fixture(autouse=True)
def _fresh_settings():
    """Each test starts from default settings."""
    QSettings().clear()
    yield
    QSettings().clear()
