"""Edit ▸ Settings…: paper size, how often a recovery copy is kept, recent maps, language, touch.

The dialog reads the current values when it opens and writes them only on OK. The autosave interval
and touch mode take effect at once in every open window; the language the next time the app starts.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ecomap_desktop.i18n import fill, translate as _tr

from .. import preferences
from ..window.autosave import INTERVAL_KEY, MAX_INTERVAL, MIN_INTERVAL, autosave_interval
from ..window.safety_actions import remembers_recent, set_remember_recent
from ..widgets.screen_fit import resize_within_screen
from ..widgets.reader_language import tell_reader
from ..widgets.swipe_scroll import swipe_to_scroll
from ..window.touch_mode import apply_touch_mode_setting

# Choices offered for the recovery copy, in seconds.
INTERVAL_CHOICES = (30, 60, 120, 300, 600)


def interval_text(seconds: int) -> str:
    if seconds < 60:
        return fill(_tr("SettingsDialog", "every %1 seconds"), str(seconds))
    minutes, rest = divmod(seconds, 60)
    if rest:
        return fill(_tr("SettingsDialog", "every %1 seconds"), str(seconds))
    if minutes == 1:
        return _tr("SettingsDialog", "every minute")
    return fill(_tr("SettingsDialog", "every %1 minutes"), str(minutes))


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("settingsNote")
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class SettingsDialog(QDialog):
    """The app's settings, written to QSettings on OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(_tr("SettingsDialog", "Settings"))
        self.setMinimumWidth(520)

        self.page_size = QComboBox()
        self.page_size.addItem(_tr("SettingsDialog", "US Letter"), "letter")
        self.page_size.addItem(_tr("SettingsDialog", "A4"), "a4")
        self.page_size.setCurrentIndex(self.page_size.findData(preferences.page_size()))
        tell_reader(self.page_size, name=lambda: _tr("SettingsDialog", "Paper size"))

        self.interval = QComboBox()
        current = autosave_interval()
        for seconds in sorted(set(INTERVAL_CHOICES) | {current}):
            self.interval.addItem(interval_text(seconds), seconds)
        self.interval.setCurrentIndex(self.interval.findData(current))
        tell_reader(self.interval, name=lambda: _tr("SettingsDialog", "Keep a recovery copy"))

        self.remember_recent = QCheckBox(
            _tr("SettingsDialog", "Remember the maps I open, under File ▸ Open Recent"))
        self.remember_recent.setChecked(remembers_recent())

        self.language = QComboBox()
        for code, name in preferences.LANGUAGES:
            self.language.addItem(_tr("Preferences", name), code)
        self.language.setCurrentIndex(self.language.findData(preferences.language()))
        tell_reader(self.language, name=lambda: _tr("SettingsDialog", "Language"))

        self.touch = QComboBox()
        self.touch.addItem(_tr("SettingsDialog", "Larger once the screen is touched"), "auto")
        self.touch.addItem(_tr("SettingsDialog", "Always larger"), "on")
        self.touch.addItem(_tr("SettingsDialog", "Never larger"), "off")
        self.touch.setCurrentIndex(self.touch.findData(preferences.touch_mode()))
        tell_reader(self.touch, name=lambda: _tr("SettingsDialog", "Touch screen"))
        self.touch.setToolTip(_tr(
            "SettingsDialog", "Larger once the screen is touched: the first touch anywhere in the window "
            "makes the buttons bigger. Never larger: they stay as they are, even when the screen is "
            "touched."))
        # Its tooltip begins with the first choice, which a reader hears already as the box's value.
        tell_reader(self.touch, description=lambda: _tr(
            "SettingsDialog", "Whether the buttons grow for a finger: after the first touch anywhere in "
            "the window, always, or never, even when the screen is touched."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(_tr("SettingsDialog", "Paper for PDFs and printing:"), self.page_size)
        form.addRow("", _note(_tr("SettingsDialog", "Used when you export a PDF or print a map.")))
        form.addRow(_tr("SettingsDialog", "Keep a recovery copy:"), self.interval)
        form.addRow("", _note(_tr("SettingsDialog", "While a map has unsaved changes, a copy is kept in your "
                                  "own app folder on this computer, so a crash or a flat battery does not "
                                  "lose it.")))
        form.addRow(_tr("SettingsDialog", "Recent maps:"), self.remember_recent)
        form.addRow("", _note(_tr("SettingsDialog", "On a laptop that others use, turn this off so the list "
                                  "does not show the names of families' maps. Turning it off also clears "
                                  "the list.")))
        form.addRow(_tr("SettingsDialog", "Touch screen:"), self.touch)
        form.addRow("", _note(_tr("SettingsDialog", "Touch mode makes the toolbar's buttons and the "
                                  "\"+\" on a selected person or group big enough for a fingertip.")))
        form.addRow(_tr("SettingsDialog", "Language:"), self.language)
        self.language_note = _note(
            _tr("SettingsDialog", "A new language is used the next time you start Ecomap Desktop."))
        form.addRow("", self.language_note)

        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        # The settings scroll above OK and Cancel, which stay in sight: at 150% on a 1280 x 720
        # laptop (853 x 480 to lay out) the dialog was taller than the screen, its buttons below it.
        page = QWidget()
        page.setObjectName("settingsPage")
        page.setLayout(form)
        self.page_area = _WholePage(page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.page_area, 1)
        layout.addSpacing(8)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if not event.spontaneous():
            # All of the settings in sight if the screen has the room (Qt gives a new window two
            # thirds of the screen at most); the rest scrolls. Before QDialog centres it: in the
            # middle of the window at the size it shows.
            resize_within_screen(self, self.width(), max(self.height(), self.sizeHint().height()))
        super().showEvent(event)

    def accept(self) -> None:
        self.save()
        super().accept()

    def save(self) -> None:
        """Write the dialog's values to the settings and apply what can be applied now."""
        from PySide6.QtCore import QSettings

        preferences.set_page_size(self.page_size.currentData())
        seconds = max(MIN_INTERVAL, min(MAX_INTERVAL, int(self.interval.currentData())))
        QSettings().setValue(INTERVAL_KEY, seconds)
        if self.remember_recent.isChecked() != remembers_recent():
            set_remember_recent(self.remember_recent.isChecked())
        preferences.set_language(self.language.currentData())
        preferences.set_touch_mode(self.touch.currentData())
        apply_autosave_interval()
        apply_touch_mode_setting()


class _WholePage(QScrollArea):
    """Scrolls the settings when the screen is too small for them, and asks for the room to show
    all of them otherwise (a scroll area's own wish is a few lines)."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setObjectName("settingsScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the words wrap
        self.setWidget(page)
        swipe_to_scroll(self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.widget()
        shown = max(self.viewport().width(), page.minimumSizeHint().width())
        height = page.heightForWidth(shown) if page.hasHeightForWidth() else -1
        # Room for the scroll bar beside the settings, not over their right edge.
        width = page.sizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, height if height > 0 else page.sizeHint().height())


def apply_autosave_interval() -> None:
    """Give every open window's autosave timer the interval from the settings."""
    milliseconds = autosave_interval() * 1000
    for widget in QApplication.topLevelWidgets():
        saver = getattr(widget, "autosave", None)
        timer = getattr(saver, "timer", None)
        if timer is not None and timer.interval() != milliseconds:
            timer.setInterval(milliseconds)


def show_settings(parent: QWidget | None = None) -> bool:
    """Show the settings; True when the user pressed OK."""
    return SettingsDialog(parent).exec() == QDialog.DialogCode.Accepted
