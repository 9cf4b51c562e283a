"""The banner over a past visit's map: which visit it is, that nothing can be changed, the way back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...model.visits import date_in_words
from .reader_words import shortcut_words
from .reader_language import tell_reader
from ecomap_desktop.i18n import fill, translate as _tr

# Dark text on a pale amber, framed: unlike anything on the canvas, readable in every display mode.
# Set as a palette, not a style sheet: a style sheet would stop the window's font (bigger in the
# parent view, with the text size) reaching the banner.
_BACKGROUND = "#fff1c7"
_INK = "#2b2100"
_BORDER = "#8a6100"
# "Back to today" in touch mode: the way out of a past visit, as tall as the visits' buttons.
TOUCH_BUTTON_HEIGHT = 48


def banner_text(date: str) -> str:
    """"4 March 2025: looking back; nothing here can be changed"."""
    text = _tr("PastVisit", "%1: looking back; nothing here can be changed")
    return fill(text, date_in_words(date))


class PastBanner(QFrame):
    """Says which past visit is on show and offers "Back to today" (Esc does the same)."""

    # "Back to today" was clicked.
    back_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pastBanner")
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(_BACKGROUND))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(_BORDER))  # the frame's line
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        self.label = QLabel()
        self.label.setObjectName("pastBannerText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont()  # only the weight: the size follows the window's (bigger in the parent view)
        bold.setBold(True)
        self.label.setFont(bold)
        text = self.label.palette()
        text.setColor(QPalette.ColorRole.WindowText, QColor(_INK))
        self.label.setPalette(text)
        self.back_button = QPushButton(_tr("PastVisit", "Back to today"))
        self.back_button.setObjectName("backToToday")
        self.back_button.setToolTip(_tr("PastVisit", "Back to today's map (Esc)"))
        tell_reader(self.back_button, description=lambda: shortcut_words(QKeySequence("Esc")))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.back_button)

    def set_touch(self, on: bool) -> None:
        """"Back to today" a fingertip high in touch mode, as the visits' buttons above it."""
        self.back_button.setMinimumHeight(TOUCH_BUTTON_HEIGHT if on else 0)

    def show_date(self, date: str) -> None:
        text = banner_text(date)
        self.label.setText(text)
        self.setAccessibleName(text)
