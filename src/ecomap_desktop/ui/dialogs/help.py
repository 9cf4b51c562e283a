"""Help ▸ Quick guide: the bundled offline guide (resources/help/), with the legend drawn by the app.

The guide is an HTML file shown in a QTextBrowser. Its pictures of the lines ("legend:strong" and so
on) are drawn here with the canvas's own pens, so the guide always shows what the map shows. The
window is not modal: it can stay open beside the map.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...i18n import installed_language, normalise, translate as _tr
from ...model.vocabulary import STRENGTHS
from ...resources import resource_path
from ..icons.lines import flow_icon, strength_icon
from ..widgets.screen_fit import resize_within_screen
from ..widgets.reader_language import tell_reader
from ..widgets.swipe_scroll import swipe_to_scroll

GUIDE_FILE = "quick-guide"
LEGEND_SIZE = (96, 24)


def guide_path(language: str | None = None):
    """The guide in *language* (default: the interface's installed language), else in English.

    Following the installed language keeps the guide in the language of the menus it names, also
    when the chosen language has no catalogue and the interface fell back to English.
    """
    code = normalise(language) if language is not None else installed_language()
    if code and code != "en":
        try:
            return resource_path("help", f"{GUIDE_FILE}.{code}.html")
        except FileNotFoundError:
            pass
    return resource_path("help", f"{GUIDE_FILE}.html")


def legend_images() -> dict[str, QImage]:
    """The pictures the guide's legend uses, by name ("strong", ..., "arrow")."""
    width, height = LEGEND_SIZE
    images = {key: strength_icon(key, width, height).pixmap(width, height).toImage() for key in STRENGTHS}
    images["arrow"] = flow_icon("to_target", width, height).pixmap(width, height).toImage()
    return images


class QuickGuideDialog(QDialog):
    """The quick guide; `show_section("lines")` scrolls to a part of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickGuide")
        self.setWindowTitle(_tr("HelpDialog", "Quick guide"))
        self.setModal(False)
        resize_within_screen(self, 720, 760)  # its Close button on screen on a 720-pixel-high laptop
        self.browser = QTextBrowser()
        self.browser.setObjectName("quickGuideText")
        tell_reader(self.browser, name=lambda: _tr("HelpDialog", "Quick guide"))
        self.browser.setOpenLinks(False)  # links inside the guide only; nothing opens outside the app
        swipe_to_scroll(self.browser)
        self.browser.anchorClicked.connect(self._follow)
        document = self.browser.document()
        for name, image in legend_images().items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"legend:{name}"), image)
        self.source = guide_path()
        self.browser.setHtml(self.source.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def _follow(self, url: QUrl) -> None:
        if url.hasFragment() and not url.path():
            self.show_section(url.fragment())

    def show_section(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)

    def text(self) -> str:
        return self.browser.toPlainText()


def show_guide(window: QWidget, section: str | None = None) -> QuickGuideDialog:
    """Show *window*'s guide (one per window, raised if already open), optionally at *section*."""
    dialog = getattr(window, "_quick_guide", None)
    if dialog is None:
        dialog = QuickGuideDialog(window)
        window._quick_guide = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.show_section(section or "top")
    if section is None:
        dialog.browser.verticalScrollBar().setValue(0)
    return dialog
